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
  return { elder: request.cookies[ELDER] === '1', largeText: request.cookies[LARGE] === '1' };
}

/** The display variant a page is cached under, read from the raw Cookie header (no Fastify needed). */
export function variantOf(cookieHeader: string | undefined): string {
  if (!cookieHeader) return '';
  // The same parser Fastify's cookie plugin uses, so both paths read the same preferences.
  const cookies = fastifyCookie.parse(cookieHeader);
  return `${cookies[ELDER] === '1' ? 'e' : ''}${cookies[LARGE] === '1' ? 'l' : ''}`;
}

/** Only same-site paths are followed back, so the switch cannot be used as an open redirect. */
export function safeBackPath(back: string | undefined): string {
  return back && back.startsWith('/') && !back.startsWith('//') ? back : '/';
}

export function setPreference(reply: FastifyReply, name: 'elder' | 'largeText', on: boolean): void {
  const cookie = name === 'elder' ? ELDER : LARGE;
  reply.setCookie(cookie, on ? '1' : '0', { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: true });
}
