import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A visitor's display preferences, kept in cookies so they work without JavaScript and follow
 * the visitor from page to page: 适老版 (elder mode) and a larger font.
 */
export interface Preferences {
  elder: boolean;
  largeText: boolean;
}

const ELDER = 'gk_elder';
const LARGE = 'gk_large';
const YEAR = 365 * 24 * 3600;

export function preferencesOf(request: FastifyRequest): Preferences {
  // (An error page may be drawn for a request that failed before its cookies were read.)
  const cookies = (request.cookies as Record<string, string | undefined> | undefined) ?? {};
  return { elder: cookies[ELDER] === '1', largeText: cookies[LARGE] === '1' };
}

/** The display variant a page is cached under, read from the raw Cookie header (no Fastify needed). */
export function variantOf(cookieHeader: string | undefined): string {
  if (!cookieHeader) return '';
  // The same parser Fastify's cookie plugin uses, so both paths read the same preferences.
  const cookies = fastifyCookie.parse(cookieHeader);
  return `${cookies[ELDER] === '1' ? 'e' : ''}${cookies[LARGE] === '1' ? 'l' : ''}`;
}

const HERE = 'http://same-site.invalid';

/**
 * Where the switch sends the visitor back: only a path on this site, read the way a browser reads
 * a Location header (as Django's `url_has_allowed_host_and_scheme` does). The WHATWG URL parser
 * drops tabs and line breaks and takes `\` for `/`, so `/\evil.com`, `/\t/evil.com` and
 * `//evil.com` all name another host and fall back to the home page. What is returned is the
 * parser's own percent-encoded form, so no character can break the header.
 */
export function safeBackPath(back: string | undefined): string {
  if (!back || !back.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(back, HERE);
  } catch {
    return '/';
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can leave a path that a browser reads as another host (/.//evil.com → //evil.com).
  return url.origin === HERE && !/^\/[\\/]/.test(path) ? path : '/';
}

export function setPreference(reply: FastifyReply, name: 'elder' | 'largeText', on: boolean): void {
  const cookie = name === 'elder' ? ELDER : LARGE;
  reply.setCookie(cookie, on ? '1' : '0', { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: true });
}
