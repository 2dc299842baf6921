import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../../db/database.js';
import { AppError, Errors } from './errors.js';
import { validationDetails } from './validation.js';

export type HtmlErrorRenderer = (
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
) => Promise<FastifyReply> | FastifyReply;

/** JSON for the API and integrators; a Chinese HTML page for people on the portal. */
export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.startsWith('/healthz') || request.url.startsWith('/readyz');
}

/** Maps whatever was thrown to an entry of the error catalogue. */
export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  // The database is away (restarting, failing over, not answering): try again, not a bug.
  if (isDatabaseUnavailable(error)) return Errors.UNAVAILABLE('数据库暂时无法访问，请稍后再试');
  const e = error as FastifyError;
  if (e.validation)
    return Errors.VALIDATION_FAILED(undefined, validationDetails(e.validation as never, e.validationContext));
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return Errors.BAD_JSON();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return Errors.UNSUPPORTED_MEDIA_TYPE();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return Errors.PAYLOAD_TOO_LARGE();
  }
  if (e.name === 'SyntaxError' && e.statusCode === 400) return Errors.BAD_JSON();
  if (e.statusCode === 429) return Errors.RATE_LIMITED();
  if (e.statusCode === 413) return Errors.PAYLOAD_TOO_LARGE();
  if (e.statusCode === 404) return Errors.NOT_FOUND();
  if (e.statusCode === 405) return Errors.METHOD_NOT_ALLOWED();
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return Errors.BAD_REQUEST();
  return Errors.INTERNAL();
}

export function registerErrorHandling(app: FastifyInstance, renderHtml: HtmlErrorRenderer): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code }, 'request refused');
    if (wantsJson(request)) {
      return reply.code(appError.status).send({
        error: {
          code: appError.code,
          message: appError.message,
          ...(appError.details ? { details: appError.details } : {}),
        },
      });
    }
    return renderHtml(request, reply, appError);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const error = Errors.NOT_FOUND();
    if (wantsJson(request)) return reply.code(404).send({ error: { code: error.code, message: error.message } });
    return renderHtml(request, reply, error);
  });
}

/**
 * Errors Fastify's router raises before any route or error handler runs — a path that is not valid
 * UTF-8 after decoding, a parameter over the length limit — answered in Chinese with a stable code
 * like every other error, instead of the framework's English JSON.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const appError = Errors.BAD_REQUEST(
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? '网址过长' : '网址中有无法识别的字符，请检查后重新访问',
  );
  request.log.info({ code: error.code }, 'request refused');
  if (wantsJson(request)) {
    void reply.code(appError.status).send({ error: { code: appError.code, message: appError.message } });
    return;
  }
  void reply
    .code(appError.status)
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>网址有误</title><p>${appError.message}。</p><p><a href="/">返回首页</a></p></html>`,
    );
}

/**
 * Requests Node's HTTP parser itself refuses (raw non-ASCII or control characters in the request
 * line or a header, headers too large, a client too slow) never reach Fastify: they are answered
 * here, in Chinese with a stable code like every other error, instead of Node's and Fastify's
 * English. What the request asked for is not known, so the answer is the JSON error body.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, appError] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', Errors.BAD_REQUEST('请求超时，请重试')]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', Errors.BAD_REQUEST('请求头过大')]
        : [400, 'Bad Request', Errors.BAD_REQUEST('请求格式不正确：网址或请求头中有无法识别的字符')];
  const body = JSON.stringify({ error: { code: appError.code, message: appError.message } });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}
