import { cleanFileName, detectAllowedType, nameForType, typeLabel } from '../../platform/files/files.js';
import { defineErrors } from '../../platform/http/errors.js';

/**
 * What a writer may attach to a message: a few photos or papers (a broken street lamp, a notice
 * received), told apart by content. They reach those handling the message and never the portal.
 */
export const MAX_MESSAGE_ATTACHMENTS = 3;
export const MAX_MESSAGE_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export const MessageAttachmentErrors = defineErrors({
  MESSAGE_ATTACHMENT: { status: 400, message: '附件不符合要求' },
});

export interface Upload {
  name: string;
  bytes: Buffer;
  /** Cut off at the size limit while reading. */
  truncated?: boolean;
}

export interface CheckedUpload {
  name: string;
  mime: string;
  bytes: Buffer;
}

const refuse = (message: string) =>
  MessageAttachmentErrors.MESSAGE_ATTACHMENT(message, [{ field: 'attachments', message }]);

/** The uploads as they will be kept, or an error naming the first file that cannot be, in plain words. */
export async function checkUploads(uploads: readonly Upload[]): Promise<CheckedUpload[]> {
  if (uploads.length > MAX_MESSAGE_ATTACHMENTS) throw refuse(`最多上传 ${MAX_MESSAGE_ATTACHMENTS} 个附件`);
  const checked: CheckedUpload[] = [];
  for (const u of uploads) {
    const shown = cleanFileName(u.name);
    if (u.truncated || u.bytes.length > MAX_MESSAGE_ATTACHMENT_BYTES)
      throw refuse(`附件“${shown}”超过 5 MB，请压缩后再上传`);
    const mime = await detectAllowedType(u.bytes);
    if (!mime) throw refuse(`附件“${shown}”不是图片、PDF 或 Office 文件`);
    const name = nameForType(u.name, mime);
    if (!name) throw refuse(`附件“${shown}”的扩展名与内容（${typeLabel(mime)}）不符`);
    checked.push({ name, mime, bytes: u.bytes });
  }
  return checked;
}
