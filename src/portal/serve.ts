import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import type { Executor } from '../db/database.js';
import { contentVersion } from '../platform/cache/content-version.repository.js';
import { PageCache } from '../platform/cache/page-cache.js';
import { preferencesOf } from './preferences.js';
import { renderPage, sendPage } from './render.js';

/** Serves a portal page from the page cache, rendering it when the site's content has changed. */
export interface PageServer {
  serve(
    request: FastifyRequest,
    reply: FastifyReply,
    siteId: string,
    render: () => Promise<JSX.Element>,
  ): Promise<FastifyReply>;
  clear(): void;
}

export function createPageServer(db: Executor, cache: PageCache | null = new PageCache()): PageServer {
  return {
    async serve(request, reply, siteId, render) {
      if (!cache) return sendPage(reply, await render());
      const prefs = preferencesOf(request);
      return cache.serve(request, reply, {
        variant: `${prefs.elder ? 'e' : ''}${prefs.largeText ? 'l' : ''}`,
        version: await contentVersion(db, siteId),
        render: async () => ({ status: 200, html: renderPage(await render()) }),
      });
    },
    clear: () => cache?.clear(),
  };
}
