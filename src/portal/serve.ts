import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import type { Executor } from '../db/database.js';
import { contentVersion } from '../platform/cache/content-version.repository.js';
import { PageCache } from '../platform/cache/page-cache.js';
import { preferencesOf } from './preferences.js';
import { renderPage, sendPage } from './render.js';

/** Serves a portal page from the page cache, rendering it when the site's content has changed. */
export interface PageServer {
  /**
   * Answers from the cache before any other work when the page is cached and its site unchanged
   * (one indexed read). Returns whether it answered; a boolean, because a Fastify reply is
   * thenable and awaiting one would wait for the response to finish and yield undefined.
   */
  tryCached(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
  serve(
    request: FastifyRequest,
    reply: FastifyReply,
    siteId: string,
    render: () => Promise<JSX.Element>,
    onHit?: () => void,
  ): Promise<FastifyReply>;
  clear(): void;
}

export function createPageServer(db: Executor, cache: PageCache | null = new PageCache()): PageServer {
  const variantOf = (request: FastifyRequest) => {
    const prefs = preferencesOf(request);
    return `${prefs.elder ? 'e' : ''}${prefs.largeText ? 'l' : ''}`;
  };
  return {
    async tryCached(request, reply) {
      const entry = cache?.lookup(request, variantOf(request));
      if (!cache || !entry || entry.version !== (await contentVersion(db, entry.siteId))) return false;
      entry.onHit?.();
      cache.send(request, reply, entry);
      return true;
    },
    async serve(request, reply, siteId, render, onHit) {
      if (!cache) return sendPage(reply, await render());
      return cache.serve(request, reply, {
        siteId,
        variant: variantOf(request),
        version: await contentVersion(db, siteId),
        render: async () => ({ status: 200, html: renderPage(await render()) }),
        onHit,
      });
    },
    clear: () => cache?.clear(),
  };
}
