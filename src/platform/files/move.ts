import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { filesDirectory, listDirectoryFiles, type FileStore } from './files.js';

/**
 * Copies every file of the data directory into `store` (the database, on PostgreSQL), checking
 * each against its name on the way; the data directory keeps its copies until the operator
 * removes them. Returns how many files and bytes were copied and the names that did not check.
 */
export async function moveFilesInto(
  store: FileStore,
  dataDir: string,
): Promise<{ files: number; bytes: number; damaged: string[] }> {
  const root = filesDirectory(dataDir);
  const out = { files: 0, bytes: 0, damaged: [] as string[] };
  for (const { relative, sha256 } of await listDirectoryFiles(root)) {
    const bytes = await readFile(path.join(root, relative));
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      out.damaged.push(sha256);
      continue;
    }
    await store.put(bytes);
    out.files++;
    out.bytes += bytes.length;
  }
  return out;
}
