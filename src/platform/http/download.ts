import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file as a response body, as the OpenAPI document describes it. */
export const FileBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

/** Sends bytes as a download; the name may hold any characters (RFC 5987 encoding). */
export function sendDownload(reply: FastifyReply, fileName: string, type: string, bytes: Buffer): FastifyReply {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(bytes);
}
