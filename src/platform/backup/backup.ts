import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { create as createArchive, extract as extractArchive } from 'tar';
import { filesDirectory, listDirectoryFiles } from '../files/files.js';

const run = promisify(execFile);

/** What a backup holds, written into it as manifest.json and checked again after a restore. */
export interface BackupManifest {
  format: 1;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  /** Rows in every table at the moment the snapshot was taken. */
  tables: Record<string, number>;
  /** Files of the data directory: content hash → size in bytes. */
  files: Record<string, number>;
  /** PostgreSQL: files kept in the database, and the schema dumped. */
  storedFiles?: number;
  schema?: string;
}

export interface BackupTarget {
  /** PostgreSQL connection string; absent for the embedded SQLite database. */
  databaseUrl: string | undefined;
  dataDir: string;
}

/** A backup or restore that cannot go on, said in words for the operator. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const SQLITE_FILE = 'gongkai.sqlite';
const PG_DUMP_FILE = 'database.pgdump';
const MANIFEST = 'manifest.json';
/** Kept beside the data so sessions and CSRF tokens stay valid after a restore. */
const SESSION_SECRET = 'session-secret';

/**
 * Writes a backup of everything the platform keeps to `out` (a gzipped tar), safe while servers
 * run and write. SQLite: `VACUUM INTO` copies the database as of one read transaction (writers go
 * on; the WAL's pages are included). PostgreSQL: `pg_dump` reads the snapshot this function
 * exported, in which it has just counted every table. Data-directory files are content-addressed
 * and never change, so copying them after the snapshot is as good as copying them with it.
 */
export async function backup(target: BackupTarget, out: string, now: Date = new Date()): Promise<BackupManifest> {
  const staging = path.join(target.dataDir, `.backup-${process.pid}-${now.getTime()}`);
  await mkdir(staging, { recursive: true });
  try {
    const database = target.databaseUrl
      ? await dumpPostgres(target.databaseUrl, path.join(staging, PG_DUMP_FILE))
      : snapshotSqlite(target.dataDir, path.join(staging, SQLITE_FILE));
    // Files after the snapshot: a file is written before the rows that refer to it, so every
    // file the snapshot refers to is there by now.
    const files = await stageFiles(target.dataDir, staging);
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      dialect: target.databaseUrl ? 'postgres' : 'sqlite',
      ...database,
      files,
    };
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    const secret = path.join(target.dataDir, SESSION_SECRET);
    if (existsSync(secret)) await copyFile(secret, path.join(staging, SESSION_SECRET));
    await createArchive({ gzip: true, file: out, cwd: staging, portable: true }, await readdir(staging));
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Restores a backup into an empty data directory (and, for PostgreSQL, an empty database), then
 * checks it: every table's row count and every file's hash must be as the backup recorded.
 */
export async function restore(target: BackupTarget, file: string): Promise<BackupManifest> {
  if (existsSync(path.join(target.dataDir, SQLITE_FILE)))
    throw new BackupError(`数据目录 ${target.dataDir} 中已有数据库，恢复只写入空的数据目录`);
  const staging = path.join(target.dataDir, `.restore-${process.pid}-${Date.now()}`);
  await mkdir(staging, { recursive: true });
  try {
    const manifest = await readBackup(file, staging);
    if ((manifest.dialect === 'postgres') !== Boolean(target.databaseUrl))
      throw new BackupError(
        manifest.dialect === 'postgres'
          ? '这是 PostgreSQL 数据库的备份，请设置 DATABASE_URL 指向一个空数据库后再恢复'
          : '这是 SQLite 数据库的备份，请不要设置 DATABASE_URL',
      );
    if (target.databaseUrl) await restorePostgres(target.databaseUrl, path.join(staging, PG_DUMP_FILE));
    else await rename(path.join(staging, SQLITE_FILE), path.join(target.dataDir, SQLITE_FILE));
    await moveFiles(path.join(staging, 'files'), filesDirectory(target.dataDir));
    if (existsSync(path.join(staging, SESSION_SECRET)))
      await copyFile(path.join(staging, SESSION_SECRET), path.join(target.dataDir, SESSION_SECRET));
    await verify(target, manifest);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Unpacks a backup into `staging` and reads its manifest; anything else is refused in words. */
async function readBackup(file: string, staging: string): Promise<BackupManifest> {
  if (!existsSync(file)) throw new BackupError(`找不到备份文件 ${file}`);
  try {
    await extractArchive({ file, cwd: staging, strict: true });
    const manifest = JSON.parse(await readFile(path.join(staging, MANIFEST), 'utf8')) as BackupManifest;
    if (manifest.format === 1 && typeof manifest.tables === 'object' && typeof manifest.files === 'object')
      return manifest;
  } catch {
    // Told below: not a backup this version can read.
  }
  throw new BackupError(`${file} 不是 gongkai backup 写出的备份文件，或已损坏`);
}

/** Links (or copies) every data-directory file into the staging folder; returns hash → size. */
async function stageFiles(dataDir: string, staging: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const { relative, sha256 } of await listDirectoryFiles(filesDirectory(dataDir))) {
    const from = path.join(filesDirectory(dataDir), relative);
    const to = path.join(staging, 'files', relative);
    await mkdir(path.dirname(to), { recursive: true });
    // Same file system: a hard link costs nothing and the content never changes.
    await link(from, to).catch(() => copyFile(from, to));
    out[sha256] = (await stat(to)).size;
  }
  return out;
}

async function moveFiles(from: string, to: string): Promise<void> {
  for (const { relative } of await listDirectoryFiles(from)) {
    await mkdir(path.dirname(path.join(to, relative)), { recursive: true });
    await rename(path.join(from, relative), path.join(to, relative));
  }
}

function snapshotSqlite(dataDir: string, to: string): Pick<BackupManifest, 'tables'> {
  const source = path.join(dataDir, SQLITE_FILE);
  if (!existsSync(source)) throw new BackupError(`数据目录 ${dataDir} 中没有数据库`);
  const live = new SQLite(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    live.prepare('vacuum into ?').run(to);
  } finally {
    live.close();
  }
  return { tables: sqliteCounts(to) };
}

function sqliteCounts(file: string): Record<string, number> {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

/** pg_dump of the connection's schema, from a snapshot in which every table was counted. */
async function dumpPostgres(
  url: string,
  to: string,
): Promise<Pick<BackupManifest, 'tables' | 'schema' | 'storedFiles'>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0]!.s;
    const schema = (await client.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
    const tables = await postgresCounts(client, schema);
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--snapshot=${snapshot}`,
      `--schema=${schema}`,
      `--file=${to}`,
      `--dbname=${libpq(url)}`,
    ]).catch((error: Error & { stderr?: string }) => {
      throw new BackupError(`pg_dump 失败：${error.stderr?.trim() || error.message}`);
    });
    await client.query('commit');
    return { tables, schema, storedFiles: tables.stored_files ?? 0 };
  } finally {
    await client.end();
  }
}

async function postgresCounts(client: pg.Client, schema: string): Promise<Record<string, number>> {
  const { rows } = await client.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by table_name",
    [schema],
  );
  const out: Record<string, number> = {};
  for (const { table_name: name } of rows) {
    const q = `select count(*)::int as n from ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;
    out[name] = (await client.query<{ n: number }>(q)).rows[0]!.n;
  }
  return out;
}

async function restorePostgres(url: string, dump: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let existingSchemas: string[];
  try {
    existingSchemas = (await client.query<{ s: string }>('select nspname as s from pg_namespace')).rows.map((r) => r.s);
    const schema = (await client.query<{ s: string | null }>('select current_schema() as s')).rows[0]?.s;
    const existing = schema
      ? (
          await client.query(
            "select 1 from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' limit 1",
            [schema],
          )
        ).rowCount
      : 0;
    if (existing) throw new BackupError(`数据库的 ${schema} 模式中已有数据表，恢复只写入空数据库`);
  } finally {
    await client.end();
  }
  // The dump creates its schema; one that exists already (public, in a new database) is left out
  // of the list of what to restore.
  const { stdout: contents } = await run('pg_restore', ['--list', dump], { maxBuffer: 64 * 1024 * 1024 });
  const list = contents
    .split('\n')
    .filter((line) => !existingSchemas.some((schema) => line.includes(` SCHEMA - ${schema} `)))
    .join('\n');
  const listFile = `${dump}.list`;
  await writeFile(listFile, list);
  // One transaction: a restore that fails leaves the database as empty as it was.
  const args = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--use-list=${listFile}`];
  await run('pg_restore', [...args, `--dbname=${libpq(url)}`, dump]).catch((error: Error & { stderr?: string }) => {
    throw new BackupError(`pg_restore 失败：${error.stderr?.trim() || error.message}`);
  });
}

/**
 * The connection string as libpq reads it: a space in the query (options=-c search_path=…) written
 * as %20, since libpq does not read + as a space the way node-postgres and URLSearchParams do.
 */
function libpq(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? url : url.slice(0, at) + url.slice(at).replace(/\+/g, '%20');
}

/** Row counts and file hashes as the backup recorded; a BackupError names what differs. */
async function verify(target: BackupTarget, manifest: BackupManifest): Promise<void> {
  const problems: string[] = [];
  let counts: Record<string, number>;
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      const schema = (await client.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
      counts = await postgresCounts(client, schema);
      // Files kept in the database: each one's parts must hash to its name.
      const { rows } = await client.query<{ sha256: string }>('select sha256 from stored_files');
      for (const { sha256 } of rows) {
        const parts = await client.query<{ bytes: Buffer }>(
          'select bytes from stored_file_parts where sha256 = $1 order by part',
          [sha256],
        );
        const hash = createHash('sha256');
        for (const p of parts.rows) hash.update(p.bytes);
        if (hash.digest('hex') !== sha256) problems.push(`数据库中的文件 ${sha256} 内容不符`);
      }
    } finally {
      await client.end();
    }
  } else counts = sqliteCounts(path.join(target.dataDir, SQLITE_FILE));
  for (const [table, rows] of Object.entries(manifest.tables))
    if (counts[table] !== rows) problems.push(`表 ${table}：备份时 ${rows} 行，恢复后 ${counts[table] ?? 0} 行`);
  for (const [sha256, size] of Object.entries(manifest.files)) {
    const bytes = await readFile(path.join(filesDirectory(target.dataDir), sha256.slice(0, 2), sha256)).catch(
      () => undefined,
    );
    if (!bytes) problems.push(`文件 ${sha256} 缺失`);
    else if (bytes.length !== size || createHash('sha256').update(bytes).digest('hex') !== sha256)
      problems.push(`文件 ${sha256} 内容不符`);
  }
  if (problems.length) throw new BackupError(`恢复后的核对未通过：\n${problems.join('\n')}`);
}
