import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import {
  createDirectoryFileStore,
  createFileStore,
  filesDirectory,
  listDirectoryFiles,
} from '../src/platform/files/files.js';
import { createWorld, testApp, testConfig, type TestApp } from './helpers/app.js';
import { dbEnv, runCli } from './helpers/cli.js';
import { freshDatabase, onPostgres, testDatabaseUrl } from './helpers/db.js';
import { documentContent } from './helpers/documents.js';

/**
 * Issue 18 §2 and §3: files every instance can read, and a backup taken while the platform writes
 * that restores into an empty place with every table's rows and every file as they were.
 */
const actor = systemActor('运维测试');
const host = { host: 'site-3205080001.test' };
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A PNG of its own: a 1×1 image with bytes of its own after its end, so each one's hash differs. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const uniquePng = (size = 64) => Buffer.concat([PNG, randomBytes(size)]);

/** A published document with one attachment; returns the attachment's public address and bytes. */
async function publishWithAttachment(t: TestApp, siteId: string, deptId: string, bytes: Buffer) {
  const news = (await t.services.columns.list(siteId)).find((c) => c.code === 'news')?.id ?? '';
  const doc = await t.services.documents.create(
    actor,
    siteId,
    deptId,
    documentContent({
      title: '关于公布2026年度区级专项资金分配结果的通知',
      writtenOn: '2026-03-01',
      columnIds: [news],
    }),
  );
  const attachment = await t.services.documents.addAttachment(actor, doc.id, { name: '分配结果.png', bytes });
  await t.services.documents.submit(actor, doc.id);
  await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
  await t.services.documents.publish(actor, doc.id);
  return { url: `/attachments/${attachment.id}/${encodeURIComponent(attachment.name)}`, bytes };
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe(`files on ${onPostgres ? 'PostgreSQL: kept in the database' : 'SQLite: kept in the data directory'}`, () => {
  it('are served by a second instance with a data directory of its own (PostgreSQL) or the shared one (SQLite)', async () => {
    const t = await testApp();
    cleanups.push(() => t.close());
    const w = await createWorld(t.services);
    const big = uniquePng(2_500_000); // more than two 1 MB parts
    const { url } = await publishWithAttachment(t, w.siteId, w.deptA, big);

    // The second instance: same database; on PostgreSQL an empty data directory of its own.
    const otherDir = onPostgres ? mkdtempSync(path.join(tmpdir(), 'gongkai-other-')) : t.database.dataDir;
    const other = openDatabase({ databaseUrl: t.database.url, dataDir: otherDir });
    const second = await buildApp(testConfig(otherDir), { database: other, clock: new FixedClock(t.clock.now()) });
    cleanups.push(async () => {
      await second.app.close();
      await other.close();
      if (onPostgres) rmSync(otherDir, { recursive: true, force: true });
    });
    const res = await second.app.inject({ url, headers: host });
    expect(res.statusCode).toBe(200);
    // Streamed a part at a time, its length said up front.
    expect(res.headers['content-length']).toBe(String(big.length));
    expect(sha(res.rawPayload)).toBe(sha(big));
    // PostgreSQL keeps nothing in the data directory; the file is kept once, in three parts.
    if (onPostgres) {
      expect(await listDirectoryFiles(filesDirectory(t.database.dataDir))).toEqual([]);
      const parts = await t.database.db
        .selectFrom('stored_file_parts')
        .select('part')
        .where('sha256', '=', sha(big))
        .execute();
      expect(parts.map((p) => p.part)).toEqual([0, 1, 2]);
    }
  });

  it(
    onPostgres
      ? 'moves files written to the data directory into the database (gongkai files move)'
      : 'leaves files in the data directory (gongkai files move has nothing to do)',
    async () => {
      const database = await freshDatabase();
      cleanups.push(() => database.close());
      const older = [uniquePng(), uniquePng()];
      for (const bytes of older) await createDirectoryFileStore(database.dataDir).put(bytes);
      const moved = await runCli(['files', 'move'], dbEnv(database));
      expect(moved.stderr).toBe('');
      if (!onPostgres) {
        expect(moved.stdout).toContain('SQLite 的文件保存在数据目录中，无需移动');
        return;
      }
      expect(moved.stdout).toContain('已移入数据库 2 个文件');
      const audit = await database.db
        .selectFrom('audit_log')
        .select(['action', 'actor_name', 'after_json'])
        .where('action', '=', 'files.move')
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.after_json ?? '{}')).toMatchObject({ files: 2, damaged: [] });
      const kept = await database.db.selectFrom('stored_files').select(['sha256', 'size']).orderBy('sha256').execute();
      expect(kept).toEqual(
        older.map((b) => ({ sha256: sha(b), size: b.length })).sort((a, b) => a.sha256.localeCompare(b.sha256)),
      );
    },
  );
});

describe(`backup and restore on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('backs up while documents and files are written, and restores every table and file as the backup saw them', async () => {
    const t = await testApp();
    cleanups.push(() => t.close());
    const w = await createWorld(t.services);
    for (let i = 0; i < 3; i++) await publishWithAttachment(t, w.siteId, w.deptA, uniquePng());

    // Writes go on (documents with attachments) while the first backup runs in its own process.
    let writing = true;
    const writer = (async () => {
      while (writing) await publishWithAttachment(t, w.siteId, w.deptA, uniquePng());
    })();
    const before = await liveCount(t, 'documents');
    const workDir = mkdtempSync(path.join(tmpdir(), 'gongkai-backup-'));
    cleanups.push(() => Promise.resolve(rmSync(workDir, { recursive: true, force: true })));
    const during = path.join(workDir, 'during.tar.gz');
    const first = await runCli(['backup', '--out', during], dbEnv(t.database));
    writing = false;
    await writer;
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const after = await liveCount(t, 'documents');
    expect(after, 'documents were written while the backup ran').toBeGreaterThan(before);

    // Then a backup of the platform at rest, to compare with what is live.
    const quiet = path.join(workDir, 'quiet.tar.gz');
    expect((await runCli(['backup', '--out', quiet], dbEnv(t.database))).code).toBe(0);

    // The backup taken during writes restores, checks itself, and holds what was there when it began.
    const target1 = await emptyTarget(workDir, 'one', t.database.url);
    const restored1 = await runCli(['restore', during], target1.env);
    expect(restored1.stderr).toBe('');
    expect(restored1.stdout).toContain('核对无误');
    const restoredDocs = await target1.count('documents');
    expect(restoredDocs).toBeGreaterThanOrEqual(before);
    expect(restoredDocs).toBeLessThanOrEqual(after);
    // Every attachment the restored rows name has its file, with the bytes its name says.
    const refs = await target1.query('select sha256 from attachments');
    const files = target1.files();
    for (const { sha256 } of refs) expect(sha(await files.get(sha256))).toBe(sha256);

    // The backup at rest: every table's row count and every file as they are live.
    const target2 = await emptyTarget(workDir, 'two', t.database.url);
    expect((await runCli(['restore', quiet], target2.env)).code).toBe(0);
    for (const table of await liveTables(t)) expect(await target2.count(table), table).toBe(await liveCount(t, table));
    const liveFiles = await t.database.db.selectFrom('attachments').select('sha256').orderBy('sha256').execute();
    for (const { sha256 } of liveFiles) expect(sha(await target2.files().get(sha256))).toBe(sha256);

    // A file that is no backup is refused in words, and writes nothing.
    const target3 = await emptyTarget(workDir, 'three', t.database.url);
    const notABackup = path.join(workDir, 'notes.tar.gz');
    writeFileSync(notABackup, '这不是备份');
    const refused = await runCli(['restore', notABackup], target3.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('不是 gongkai backup 写出的备份文件');
    expect(existsSync(path.join(target3.env.GONGKAI_DATA_DIR!, 'gongkai.sqlite'))).toBe(false);

    // A restore never writes over a platform: the same target is refused.
    const again = await runCli(['restore', quiet], target2.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/恢复只写入空的数据目录|恢复只写入空数据库/);
  });
});

async function liveCount(t: TestApp, table: string): Promise<number> {
  const { rows } = await sqlOn(t, `select count(*) as n from "${table}"`);
  return Number(rows[0]?.n);
}

async function liveTables(t: TestApp): Promise<string[]> {
  const query = onPostgres
    ? "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'"
    : "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'";
  return (await sqlOn(t, query)).rows.map((r) => String(r.name));
}

async function sqlOn(t: TestApp, query: string): Promise<{ rows: Record<string, unknown>[] }> {
  return sql.raw<Record<string, unknown>>(query).execute(t.database.db);
}

/**
 * An empty place to restore into: a new data directory, and on PostgreSQL a new database (the
 * dump recreates its schema there).
 */
async function emptyTarget(workDir: string, name: string, sourceUrl: string | undefined) {
  const dataDir = path.join(workDir, `restore-${name}`);
  let url: string | undefined;
  if (onPostgres) {
    const adminUrl = testDatabaseUrl();
    const database = `gk_restore_${process.pid}_${name}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${database} with (force)`);
      await c.end();
    });
    const target = new URL(adminUrl);
    target.pathname = `/${database}`;
    url = target.toString();
  }
  // The source's search path (the suite's own schema) names the schema in the new database too.
  const options = sourceUrl ? new URL(sourceUrl).searchParams.get('options') : null;
  if (url && options) {
    const u = new URL(url);
    u.searchParams.set('options', options);
    url = u.toString();
  }
  const env = dbEnv({ dataDir, url });
  const open = () => openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
  return {
    env,
    async query(q: string): Promise<{ sha256: string }[]> {
      const database = open();
      try {
        return (await sql.raw<{ sha256: string }>(q).execute(database.db)).rows;
      } finally {
        await database.close();
      }
    },
    async count(table: string): Promise<number> {
      const rows = (await this.query(`select count(*) as sha256 from "${table}"`)) as unknown as { sha256: number }[];
      return Number(rows[0]?.sha256);
    },
    files() {
      if (!onPostgres) return createDirectoryFileStore(dataDir);
      return {
        get: async (sha256: string) => {
          const database = open();
          try {
            return await createFileStore(database, dataDir, () => new Date()).get(sha256);
          } finally {
            await database.close();
          }
        },
      };
    },
  };
}
