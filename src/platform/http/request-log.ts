import type { FastifyRequest } from 'fastify';

/**
 * What a request log line says about the request. Query values are dropped and only their names
 * kept: a visitor's search text (`/search?q=…`), a tracking code or a filter holding a name would
 * otherwise sit in every log file, where no retention or access rule of ours reaches.
 */
export function requestLogFields(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: withoutQueryValues(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}

export function withoutQueryValues(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split('&')
    .map((pair) => pair.split('=')[0])
    .filter((name) => name !== '');
  return names.length ? `${url.slice(0, at)}?${[...new Set(names)].join('&')}` : url.slice(0, at);
}
