import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { Errors } from './errors.js';

export const SESSION_COOKIE = 'gk_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Set before signing in, so the sign-in form carries a CSRF token too (issue 13 §4). */
export const SIGN_IN_COOKIE = 'gk_signin';
/** A browser that has signed in to an account before (OWASP's "device cookie"). */
export const DEVICE_COOKIE = 'gk_device';
const AUTH_PATH = '/api/v1/auth';

/** How the platform learns who a credential belongs to; the users module provides it. */
export interface ActorResolver {
  bySession(token: string, request: FastifyRequest): Promise<Actor | null>;
  byApiToken(token: string, request: FastifyRequest): Promise<Actor | null>;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor was established; CSRF applies only to cookie sessions. */
    authVia: 'session' | 'token' | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Set false on the few mutations that cannot carry a CSRF token (signing in). */
    csrf?: boolean;
    /** Set true on the routes a user with a temporary password may use (session, password, sign-out). */
    beforePasswordChange?: boolean;
  }
}

/**
 * The CSRF token is derived from the session token with the server secret, so it needs no
 * storage, differs per session, and cannot be computed by a page on another origin.
 */
export function csrfTokenFor(secret: string, sessionToken: string): string {
  return hmac(secret, `csrf:${sessionToken}`);
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

/**
 * Login CSRF: a page elsewhere must not be able to sign a browser into the attacker's account. The
 * sign-in form first fetches a token tied to a random cookie of its own (`signInToken`) and sends
 * it back in the CSRF header; a cross-site form can neither read the token nor set the header.
 */
export function signInToken(secret: string, request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  let value = request.cookies[SIGN_IN_COOKIE];
  if (!value || !/^[\w-]{43}$/.test(value)) {
    value = randomBytes(32).toString('base64url');
    reply.setCookie(SIGN_IN_COOKIE, value, { path: AUTH_PATH, httpOnly: true, sameSite: 'strict', secure });
  }
  return hmac(secret, `sign-in:${value}`);
}

export function checkSignInToken(secret: string, request: FastifyRequest): void {
  const value = request.cookies[SIGN_IN_COOKIE];
  const sent = request.headers[CSRF_HEADER];
  if (!value || typeof sent !== 'string' || !safeEqual(sent, hmac(secret, `sign-in:${value}`)))
    throw Errors.CSRF_FAILED();
}

/**
 * The device this browser was given when it last signed in to `account`, if its cookie is genuine:
 * failures from elsewhere do not slow this browser down, so nobody can keep a user out by guessing.
 */
export function deviceOf(secret: string, request: FastifyRequest, account: string): string | null {
  const [id, mac] = (request.cookies[DEVICE_COOKIE] ?? '').split('.');
  return id && mac && safeEqual(mac, hmac(secret, `device:${account}:${id}`)) ? id : null;
}

export function setDeviceCookie(
  secret: string,
  reply: FastifyReply,
  account: string,
  id: string | null,
  secure: boolean,
): void {
  const device = id ?? randomBytes(16).toString('base64url');
  reply.setCookie(DEVICE_COOKIE, `${device}.${hmac(secret, `device:${account}:${device}`)}`, {
    path: AUTH_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: 365 * 24 * 3600,
  });
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerAuth(app: FastifyInstance, resolver: ActorResolver, secret: string): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const actor = await resolver.byApiToken(header.slice(7).trim(), request);
      if (!actor) throw Errors.UNAUTHENTICATED('API 令牌无效、已过期或已被吊销');
      request.actor = actor;
      request.authVia = 'token';
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const actor = await resolver.bySession(token, request);
      if (actor) {
        request.actor = actor;
        request.authVia = 'session';
        request.sessionToken = token;
      }
    }
  });

  app.addHook('preHandler', (request, _reply, done) => {
    if (request.actor?.mustChangePassword && request.routeOptions.config.beforePasswordChange !== true) {
      return done(Errors.PASSWORD_CHANGE_REQUIRED());
    }
    if (request.authVia !== 'session' || !MUTATING.has(request.method) || request.routeOptions.config.csrf === false) {
      return done();
    }
    const sent = request.headers[CSRF_HEADER];
    const valid = typeof sent === 'string' && safeEqual(sent, csrfTokenFor(secret, request.sessionToken ?? ''));
    done(valid ? undefined : Errors.CSRF_FAILED());
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw Errors.UNAUTHENTICATED();
  return request.actor;
}

export interface SessionCookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: SessionCookieOptions): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
