import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { inTransaction, type Db } from '../../db/database.js';
import type { FileStore } from './files.js';

/** Files are kept in parts of this size, so no single value grows with the file. */
export const PART_BYTES = 1024 * 1024;

/**
 * Files kept in the database (issue 18 §2), named by the SHA-256 of their content like the
 * directory store: every instance on one PostgreSQL database reads what any of them stored, and a
 * `pg_dump` backs them up with everything else. A file is written in one transaction, so a reader
 * sees all of it or nothing; the same content is kept once. `fallback` serves files written to
 * the data directory before they were moved in (`gongkai files move`).
 */
export function createDatabaseFileStore(db: Db, now: () => Date, fallback?: FileStore): FileStore {
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const parts = Math.max(1, Math.ceil(bytes.length / PART_BYTES));
      // (In the caller's transaction when the store was built on one: the demo seed's.)
      await inTransaction(db, async (trx) => {
        const kept = await trx
          .insertInto('stored_files')
          .values({ sha256, size: bytes.length, parts, created_at: now().toISOString() })
          .onConflict((oc) => oc.column('sha256').doNothing())
          .executeTakeFirst();
        // Kept already (by this or another instance): nothing more to write.
        if (Number(kept.numInsertedOrUpdatedRows ?? 0) === 0) return;
        for (let part = 0; part < parts; part++)
          await trx
            .insertInto('stored_file_parts')
            .values({ sha256, part, bytes: bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES) })
            .execute();
      });
      return sha256;
    },
    async get(sha256) {
      const rows = await db
        .selectFrom('stored_file_parts')
        .select('bytes')
        .where('sha256', '=', sha256)
        .orderBy('part')
        .execute();
      if (rows.length > 0) return Buffer.concat(rows.map((r) => r.bytes));
      if (fallback) return fallback.get(sha256);
      throw notStored(sha256);
    },
    async stream(sha256) {
      const file = await db
        .selectFrom('stored_files')
        .select(['size', 'parts'])
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      if (!file) {
        if (fallback) return fallback.stream(sha256);
        throw notStored(sha256);
      }
      // One part per query: a file is never changed once kept, so its parts need no transaction.
      // The first is read before anything is sent, so a database that is away fails the request
      // with an error page of its own rather than a download that holds one.
      const read = (part: number) =>
        db
          .selectFrom('stored_file_parts')
          .select('bytes')
          .where('sha256', '=', sha256)
          .where('part', '=', part)
          .executeTakeFirstOrThrow();
      const first = await read(0);
      async function* parts() {
        yield first.bytes;
        for (let part = 1; part < file!.parts; part++) {
          yield (await read(part)).bytes;
        }
      }
      return { size: Number(file.size), body: Readable.from(parts()) };
    },
  };
}

function notStored(sha256: string): Error {
  return Object.assign(new Error(`file ${sha256} is not stored`), { code: 'ENOENT' });
}
