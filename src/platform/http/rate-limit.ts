import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Executor } from '../../db/database.js';
import type { Clock } from '../clock/clock.js';
import { hit } from '../throttle/throttle.js';

/**
 * Request rate limits per visitor address, counted in the database (`platform/throttle`) so that
 * every instance counts the same requests: two instances let no more through than one.
 * `@fastify/rate-limit` does the rest (headers, the 429 the error handler turns into Chinese).
 */
export interface RateLimits {
  /** Limits every route registered in `scope` to `max` requests a minute from one address, counted under `name`. */
  register(scope: FastifyInstance, name: string, max: number): Promise<void>;
}

export function createRateLimits(db: Executor, clock: Clock): RateLimits {
  const storeFor = (name: string) =>
    class DatabaseStore implements FastifyRateLimitStore {
      incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void) {
        // The plugin passes the window as a third argument its types do not show.
        // eslint-disable-next-line prefer-rest-params
        const windowMs = Number(arguments[2]) || 60_000;
        const now = clock.now();
        hit(db, `rate:${name}:${key}`, now, windowMs).then(
          (c) => callback(null, { current: c.hits, ttl: Math.max(0, Date.parse(c.windowEnds) - now.getTime()) }),
          (error: Error) => callback(error),
        );
      }
      child(): FastifyRateLimitStore {
        return this;
      }
    };
  return {
    async register(scope, name, max) {
      // When the database is away the request fails on its own, with its own message.
      await scope.register(rateLimit, { max, timeWindow: 60_000, store: storeFor(name), skipOnError: true });
    },
  };
}
