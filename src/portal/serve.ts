import { randomUUID } from 'node:crypto';
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
  /** Told of each cacheable page: answered from the cache (true) or rendered (false). */
  observe: (hit: boolean) => void = () => undefined,
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
      const answer = (v: number) => {
        const answered = PageCache.answer(entry, v, request, response);
        if (answered) observe(true);
        return answered;
      };
      return typeof version === 'number' ? answer(version) : version.then(answer);
    },
    async serve(request, reply, siteId, render, onHit) {
      if (!cache) return sendPage(reply, await render());
      const key = keyOf(request.raw);
      // Read through the query builder, which sees committed data only: a page is never kept
      // under a version whose transaction might still roll back.
      const version = await contentVersion(db, siteId);
      let entry = cache.get(key);
      observe(entry?.version === version);
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
      // The request id every answer carries, cached or not (Fastify reads the same header).
      const id = requestIdOf(request);
      request.headers['x-request-id'] = id;
      response.setHeader('x-request-id', id);
      const answered = pages.answerFromCache(request, response);
      if (answered === false) handler(request, response);
      else if (answered !== true)
        answered.then(
          (done) => done || handler(request, response),
          () => handler(request, response),
        );
    });
}

/**
 * The id a request is known by in every log line and in its answer's X-Request-Id: the one the
 * proxy in front gave it (nginx's $request_id), when it looks like an id, or a new one.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}
