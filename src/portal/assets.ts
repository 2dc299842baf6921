import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

/**
 * Portal assets are served under a name that carries a hash of their content, so browsers and
 * proxies may keep them for a year: a changed file gets a new name.
 */
function fingerprint(file: string): { url: string; body: Buffer } {
  const body = readFileSync(path.join(dir, file));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const ext = path.extname(file);
  return { url: `/assets/${path.basename(file, ext)}.${hash}${ext}`, body };
}

const css = fingerprint('portal.css');
/** The portal's scripts do extras only; every page reads and works fully without them. */
/** It updates a live 在线访谈 page. */
const interviewJs = fingerprint('interview.js');
/** 朗读: loaded only while the visitor has switched reading aloud on. */
const readAloudJs = fingerprint('read-aloud.js');

export const PORTAL_CSS_URL = css.url;
export const INTERVIEW_JS_URL = interviewJs.url;
export const READ_ALOUD_JS_URL = readAloudJs.url;

export function registerPortalAssets(app: FastifyInstance): void {
  app.get(css.url, { schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', 'public, max-age=31536000, immutable').type('text/css; charset=utf-8').send(css.body),
  );
  for (const script of [interviewJs, readAloudJs])
    app.get(script.url, { schema: { hide: true } }, (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type('text/javascript; charset=utf-8')
        .send(script.body),
    );
}
