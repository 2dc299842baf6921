import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';

interface Entry {
  siteId: string;
  /** Run when the page is answered from the cache (e.g. to count a view). */
  onHit?: () => void;
  version: number;
  status: number;
  html: string;
  etag: string;
  lastModified: string;
}

/**
 * Whole rendered pages, kept per instance and keyed by host, URL and the visitor's display
 * preferences. An entry is served only while the site's content version is the one it was
 * rendered at, so a change on any instance retires it on every instance at the next request.
 * Browsers revalidate with ETag / Last-Modified and get 304 when nothing changed.
 */
export class PageCache {
  private readonly entries: LRUCache<string, Entry>;

  constructor(maxEntries = 5000) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  /** The cached page for this request, if there is one; its site's current version is checked by the caller. */
  lookup(request: FastifyRequest, variant: string): Entry | undefined {
    return this.entries.get(`${request.hostname}${request.url}|${variant}`);
  }

  send(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
    reply.header('etag', entry.etag).header('last-modified', entry.lastModified).header('cache-control', 'no-cache');
    if (entry.status === 200 && request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
    return reply.code(entry.status).type('text/html; charset=utf-8').send(entry.html);
  }

  async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: {
      siteId: string;
      variant: string;
      version: number;
      render: () => Promise<{ status: number; html: string }>;
      onHit?: () => void;
    },
  ): Promise<FastifyReply> {
    const key = `${request.hostname}${request.url}|${opts.variant}`;
    let entry = this.entries.get(key);
    if (!entry || entry.version !== opts.version) {
      const { status, html } = await opts.render();
      entry = {
        siteId: opts.siteId,
        onHit: opts.onHit,
        version: opts.version,
        status,
        html,
        etag: `"${createHash('sha1').update(html).digest('base64url')}"`,
        lastModified: new Date().toUTCString(),
      };
      if (status === 200) this.entries.set(key, entry);
    }
    return this.send(request, reply, entry);
  }

  clear(): void {
    this.entries.clear();
  }
}
