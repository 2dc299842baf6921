import type { FastifyReply } from 'fastify';
import type { JSX } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a page component to HTML. Preact escapes every text and attribute value. */
export function renderPage(page: JSX.Element): string {
  return '<!doctype html>' + renderToString(page);
}

export function sendPage(reply: FastifyReply, page: JSX.Element, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderPage(page));
}
