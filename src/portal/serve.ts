import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import type { Executor } from '../db/database.js';
import { contentVersion } from '../platform/cache/content-version.repository.js';
import { PageCache, type CachedPage, type VersionReader } from '../platform/cache/page-cache.js';
import { variantOf } from './preferences.js';
import { renderPage, sendPage } from './render.js';

/** Serves portal pages from the page cache, rendering them when their site's content has changed. */
export interface PageServer {
  /**
   * Answers a GET straight from the cache, before Fastify sees the request, when the page is
   * cached and its site unchanged. Returns whether it answered; when it did not, it wrote nothing.
   */
  answerFromCache(request: IncomingMessage, response: ServerResponse): boolean | Promise<boolean>;
  /** The route handlers' way to answer with a page: from the cache, or rendered and kept. */
  serve(
    request: FastifyRequest,
    reply: FastifyReply,
    siteId: string,
    render: () => Promise<JSX.Element>,
    onHit?: () => void,
  ): Promise<FastifyReply>;
  clear(): void;
}

export function createPageServer(
  db: Executor,
  readVersion: VersionReader,
  cache: PageCache | null = new PageCache(),
): PageServer {
  const keyOf = (request: IncomingMessage) => cache?.key(request, variantOf(request.headers.cookie)) ?? '';
  const send = (request: FastifyRequest, reply: FastifyReply, entry: CachedPage) => {
    reply.headers(entry.headers);
    if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
    return reply.code(200).send(entry.html);
  };
  return {
    answerFromCache(request, response) {
      if (!cache || request.method !== 'GET') return false;
      const entry = cache.get(keyOf(request));
      if (!entry) return false;
      const version = readVersion(entry.siteId);
      return typeof version === 'number'
        ? PageCache.answer(entry, version, request, response)
        : version.then((v) => PageCache.answer(entry, v, request, response));
    },
    async serve(request, reply, siteId, render, onHit) {
      if (!cache) return sendPage(reply, await render());
      const key = keyOf(request.raw);
      // Read through the query builder, which sees committed data only: a page is never kept
      // under a version whose transaction might still roll back.
      const version = await contentVersion(db, siteId);
      let entry = cache.get(key);
      if (!entry || entry.version !== version) {
        const html = renderPage(await render());
        entry = cache.store(key, { siteId, version, html, onHit }, reply.getHeaders());
      }
      return send(request, reply, entry);
    },
    clear: () => cache?.clear(),
  };
}

/**
 * Fastify's `serverFactory`: an HTTP server that answers cached portal pages itself, before
 * Fastify parses, routes and runs hooks (most of the cost of a hit), and hands everything else on.
 */
export function pageCachingServer(pages: PageServer) {
  return (handler: (request: IncomingMessage, response: ServerResponse) => void): Server =>
    createServer((request, response) => {
      const answered = pages.answerFromCache(request, response);
      if (answered === false) handler(request, response);
      else if (answered !== true)
        answered.then(
          (done) => done || handler(request, response),
          () => handler(request, response),
        );
    });
}
