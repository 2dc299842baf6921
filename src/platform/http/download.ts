import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { StoredFile } from '../files/files.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file as a response body, as the OpenAPI document describes it. */
export const FileBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

/** Sends bytes, or a stored file read as it is sent, as a download; the name may hold any characters (RFC 5987 encoding). */
export function sendDownload(
  reply: FastifyReply,
  fileName: string,
  type: string,
  bytes: Buffer | StoredFile,
): FastifyReply {
  reply.type(type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  if (Buffer.isBuffer(bytes)) return reply.send(bytes);
  // A stored file streamed: its length said up front, so a browser shows the download's progress.
  return reply.header('content-length', bytes.size).send(bytes.body);
}
