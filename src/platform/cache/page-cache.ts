import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';

export interface CachedPage {
  siteId: string;
  /** The site's content version the page was rendered at. */
  version: number;
  html: string;
  etag: string;
  /** Every response header, security headers included, exactly as the first answer carried them. */
  headers: OutgoingHttpHeaders;
  /** Run when the page is answered from the cache (e.g. to count a view). */
  onHit?: () => void;
}

type ResponseHeaders = Record<string, string | number | string[] | undefined>;

/** What a cache hit needs from the database: the site's current content version. */
export type VersionReader = (siteId: string) => number | Promise<number>;

/**
 * Whole rendered pages, kept per instance. The key is everything that decides what a portal page
 * shows: the host headers (site routing), the URL and the visitor's display variant. An entry is
 * served only while its site's content version is the one it was rendered at, so a change on any
 * instance retires it on every instance at the next request. Browsers revalidate with ETag /
 * Last-Modified and get 304 when nothing changed.
 */
export class PageCache {
  private readonly entries: LRUCache<string, CachedPage>;

  /**
   * Bounded by bytes as well as by count: every new URL, query string or host is a new key, and
   * a few thousand copies of a long page would otherwise fill the memory (issue 13).
   * `trustProxy`: whether X-Forwarded-Host chooses the site, and so is part of the key.
   */
  constructor(private readonly options: { maxEntries?: number; maxBytes?: number; trustProxy?: unknown } = {}) {
    const maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
    this.entries = new LRUCache({
      max: options.maxEntries ?? 5000,
      maxSize: maxBytes,
      // UTF-16 in memory: two bytes a character, and a little for the headers.
      sizeCalculation: (page) => page.html.length * 2 + 1024,
      // A page over a twentieth of the cache is rendered each time rather than crowding out the rest.
      maxEntrySize: Math.floor(maxBytes / 20),
    });
  }

  key(request: IncomingMessage, variant: string): string {
    // X-Forwarded-Host is in the key only when proxies are trusted: only then does it choose the
    // site, and otherwise any client could make new entries with made-up values.
    const forwarded = this.options.trustProxy ? String(request.headers['x-forwarded-host'] ?? '') : '';
    return `${request.headers.host ?? ''}|${forwarded}|${request.url ?? ''}|${variant}`;
  }

  get(key: string): CachedPage | undefined {
    return this.entries.get(key);
  }

  /** Keeps a freshly rendered page; returns the entry to answer with. */
  store(key: string, page: Omit<CachedPage, 'etag' | 'headers'>, headers: ResponseHeaders): CachedPage {
    const etag = `"${createHash('sha1').update(page.html).digest('base64url')}"`;
    const entry: CachedPage = {
      ...page,
      etag,
      headers: {
        ...withoutPerResponse(headers),
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        etag,
        'last-modified': new Date().toUTCString(),
      },
    };
    // Too large to keep: answered this once, rendered again next time.
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Answers `request` with `entry` when the entry is current: 304 when the browser already has
   * these bytes, the page otherwise. Returns false, having written nothing, when it is stale.
   */
  static answer(
    entry: CachedPage,
    currentVersion: number,
    request: IncomingMessage,
    response: ServerResponse,
  ): boolean {
    if (entry.version !== currentVersion) return false;
    entry.onHit?.();
    if (request.headers['if-none-match'] === entry.etag) {
      const { etag, 'last-modified': lastModified, 'cache-control': cacheControl } = entry.headers;
      response.writeHead(304, { etag, 'last-modified': lastModified, 'cache-control': cacheControl }).end();
    } else {
      response.writeHead(200, entry.headers).end(entry.html);
    }
    return true;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Headers that belong to one response only and must never be replayed to another visitor. */
function withoutPerResponse(headers: ResponseHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'set-cookie' || name === 'content-length' || value === undefined) continue;
    kept[name] = value;
  }
  return kept;
}
