import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import type { DatabaseHandle } from '../../db/database.js';
import { stripInvisible } from '../http/input.js';
import { createDatabaseFileStore } from './database-store.js';

/** Where uploaded files are kept, named by the SHA-256 of their content. */
export interface FileStore {
  put(bytes: Buffer): Promise<string>;
  get(sha256: string): Promise<Buffer>;
  /**
   * The file read a part at a time, for a download: many visitors fetching a large attachment at
   * once do not each hold all of it in memory. Refuses (ENOENT) before anything is read when the
   * file is not kept, so the response can still say 404.
   */
  stream(sha256: string): Promise<StoredFile>;
}

export interface StoredFile {
  size: number;
  body: Readable;
}

/**
 * The platform's file store: on PostgreSQL the database itself, so every instance serves every
 * file and a database backup holds them (files still in the data directory are read from there
 * until moved); on SQLite the data directory, beside the database file.
 */
export function createFileStore(
  database: Pick<DatabaseHandle, 'db' | 'dialect'>,
  dataDir: string,
  now: () => Date,
): FileStore {
  const directory = createDirectoryFileStore(dataDir);
  return database.dialect === 'postgres' ? createDatabaseFileStore(database.db, now, directory) : directory;
}

/** The folder of the data directory that holds its files. */
export function filesDirectory(dataDir: string): string {
  return path.join(dataDir, 'files');
}

/** Every file kept under a files folder (xx/<sha256>), in order, leaving out any still being written. */
export async function listDirectoryFiles(root: string): Promise<{ relative: string; sha256: string }[]> {
  if (!existsSync(root)) return [];
  const out: { relative: string; sha256: string }[] = [];
  for (const prefix of (await readdir(root)).sort())
    for (const name of (await readdir(path.join(root, prefix)).catch(() => [])).sort())
      if (/^[0-9a-f]{64}$/.test(name)) out.push({ relative: path.join(prefix, name), sha256: name });
  return out;
}

/**
 * Files kept under `<dataDir>/files`: the same file is kept once, a name can never point at
 * other bytes, and instances on one machine can share the folder.
 */
export function createDirectoryFileStore(dataDir: string): FileStore {
  const root = filesDirectory(dataDir);
  const pathOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        await mkdir(path.dirname(target), { recursive: true });
        // Written aside and renamed, so a reader never sees half a file.
        const temp = `${target}.${process.pid}.tmp`;
        await writeFile(temp, bytes);
        await rename(temp, target);
      }
      return sha256;
    },
    get: (sha256) => readFile(pathOf(sha256)),
    async stream(sha256) {
      const { size } = await stat(pathOf(sha256));
      return { size, body: createReadStream(pathOf(sha256)) };
    },
  };
}

/** Types a government document may carry, told by content (magic numbers), never by file name. */
const ALLOWED: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  // The old binary .doc / .xls / .ppt formats share one container format.
  'application/x-cfb': 'Office 97–2003',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
};

export async function detectAllowedType(bytes: Buffer): Promise<string | undefined> {
  const type = await fileTypeFromBuffer(bytes);
  return type && type.mime in ALLOWED ? type.mime : undefined;
}

/** The extensions a file of each allowed type may carry (WPS's own names for the old formats too). */
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/x-cfb': ['doc', 'xls', 'ppt', 'wps', 'et', 'dps'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
};

/**
 * A file name for display: no directories, no control or invisible characters (a right-to-left
 * override makes `invoice‮fdp.exe` read as `invoiceexe.pdf`), at most 120 characters.
 */
export function cleanFileName(name: string): string {
  const base = stripInvisible(name.split(/[\\/]/).pop() ?? '');
  const kept = [...base].filter((ch) => ch.charCodeAt(0) >= 32 && ch !== '\u007f' && !'<>:"|?*'.includes(ch)).join('');
  return kept.trim().slice(-120) || '附件';
}

/**
 * The name an upload is kept under, agreeing with the type its content shows: a name without an
 * extension gets the type's; a name whose extension names another type (`通知.exe` holding a PDF)
 * is refused, returning null, so nobody downloads a file that is not what its name says.
 */
export function nameForType(name: string, mime: string): string | null {
  const clean = cleanFileName(name);
  const allowed = EXTENSIONS[mime] ?? [];
  const extension = /\.([A-Za-z][A-Za-z0-9]{0,7})$/.exec(clean)?.[1]?.toLowerCase();
  if (!extension) return allowed[0] ? `${clean}.${allowed[0]}` : clean;
  return allowed.includes(extension) ? clean : null;
}

/** The label of an allowed type, for messages (PDF, Word …). */
export function typeLabel(mime: string): string {
  return ALLOWED[mime] ?? mime;
}
