import { inflateRawSync } from 'node:zlib';

/**
 * Whether a ZIP container (DOCX, XLSX) unpacks to no more than `limit` bytes. Office files are ZIP
 * archives, and a zip bomb is one whose few hundred kilobytes unpack to gigabytes: reading it would
 * fill the memory before any text came out. The central directory says how large each entry is,
 * and each entry is then inflated with that budget as a hard cap (zlib's maxOutputLength), so a
 * file that lies about its sizes is caught too. Anything that is not a readable ZIP is refused.
 */
export function unpacksWithin(bytes: Buffer, limit: number): boolean {
  const entries = centralDirectory(bytes);
  if (!entries) return false;
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > limit) return false;
  let budget = limit;
  for (const e of entries) {
    // The local header gives the lengths of the name and extra field before the data.
    if (bytes.readUInt32LE(e.offset) !== 0x04034b50) return false;
    const start = e.offset + 30 + bytes.readUInt16LE(e.offset + 26) + bytes.readUInt16LE(e.offset + 28);
    const data = bytes.subarray(start, start + e.compressed);
    if (e.method === 0) budget -= data.length;
    else if (e.method === 8) {
      try {
        budget -= inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch {
        return false;
      }
    } else return false;
    if (budget < 0) return false;
  }
  return true;
}

interface Entry {
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The entries of the central directory, from the end-of-central-directory record; null if there is none. */
function centralDirectory(bytes: Buffer): Entry[] | null {
  // The record is at the end, after a comment of at most 65,535 bytes.
  const from = Math.max(0, bytes.length - 22 - 65_535);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}
