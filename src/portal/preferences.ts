import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A visitor's display preferences, kept in cookies so they work without JavaScript and follow
 * the visitor from page to page: 适老版 (elder mode), a larger font, and the 无障碍 toolbar's
 * switches (工信厅信管函〔2021〕67号, website.md §7: high contrast, wider line spacing, a large
 * cursor, and reading pages aloud with an on/off switch).
 */
export const SWITCHES = {
  elder: { cookie: 'gk_elder', class: 'elder', letter: 'e' },
  largeText: { cookie: 'gk_large', class: 'large-text', letter: 'l' },
  contrast: { cookie: 'gk_contrast', class: 'high-contrast', letter: 'c' },
  spacing: { cookie: 'gk_spacing', class: 'wide-spacing', letter: 's' },
  cursor: { cookie: 'gk_cursor', class: 'big-cursor', letter: 'k' },
  readAloud: { cookie: 'gk_speech', class: 'read-aloud', letter: 'r' },
} as const;

export type PreferenceName = keyof typeof SWITCHES;
export type Preferences = Record<PreferenceName, boolean>;
export const PREFERENCE_NAMES = Object.keys(SWITCHES) as PreferenceName[];

const YEAR = 365 * 24 * 3600;

function fromCookies(cookies: Record<string, string | undefined>): Preferences {
  return Object.fromEntries(PREFERENCE_NAMES.map((n) => [n, cookies[SWITCHES[n].cookie] === '1'])) as Preferences;
}

export function preferencesOf(request: FastifyRequest): Preferences {
  // (An error page may be drawn for a request that failed before its cookies were read.)
  return fromCookies(request.cookies ?? {});
}

/** The display variant a page is cached under, read from the raw Cookie header (no Fastify needed). */
export function variantOf(cookieHeader: string | undefined): string {
  if (!cookieHeader) return '';
  // The same parser Fastify's cookie plugin uses, so both paths read the same preferences.
  const prefs = fromCookies(fastifyCookie.parse(cookieHeader));
  return PREFERENCE_NAMES.filter((n) => prefs[n])
    .map((n) => SWITCHES[n].letter)
    .join('');
}

/** The classes of the page's root element for these preferences. */
export function preferenceClasses(prefs: Preferences): string[] {
  return PREFERENCE_NAMES.filter((n) => prefs[n]).map((n) => SWITCHES[n].class);
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

export function setPreference(reply: FastifyReply, name: PreferenceName, on: boolean): void {
  reply.setCookie(SWITCHES[name].cookie, on ? '1' : '0', { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: true });
}
