import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The one place that reads process.env. Everything else receives this frozen object.
 * Every variable is documented in .env.example.
 */
export interface Config {
  readonly host: string;
  readonly port: number;
  /** PostgreSQL connection string; when absent the embedded SQLite file under dataDir is used. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** How long one database statement may take before its request fails with 503 (also bounds waiting for a connection). */
  readonly databaseTimeoutMs: number;
  /** Public address printed at start and used in absolute links, e.g. http://localhost:3000 */
  readonly publicUrl: string;
  readonly sessionSecret: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seed the demo site when the database holds no site yet. */
  readonly seedDemo: boolean;
  /**
   * Which X-Forwarded-For hops to believe: false (none), a number of proxies in front of the
   * instance, or the proxies' addresses/CIDRs. Never "every hop", which lets a client choose its
   * own address and so escape every per-address limit.
   */
  readonly trustProxy: false | number | string;
  /** Keep rendered portal pages in memory (retired when the site's content changes). */
  readonly pageCache: boolean;
  /** Bearer token a Prometheus scraper presents at /metrics; without one only the machine itself may scrape. */
  readonly metricsToken: string | undefined;
  /** Largest attachment accepted, in bytes. */
  readonly maxAttachmentBytes: number;
  /** Public form submissions (依申请公开 applications) accepted per minute from one address. */
  readonly publicFormsPerMinute: number;
  /** Outgoing mail (reminders): an smtp:// or smtps:// URL; without one, mail is written to the log. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly auth: {
    readonly sessionIdleMinutes: number;
    readonly sessionMaxHours: number;
    /** Failed sign-ins allowed before each further attempt has to wait (twice as long each time). */
    readonly maxFailedSignIns: number;
    /** The longest such wait. */
    readonly maxDelayMinutes: number;
    readonly passwordMinLength: number;
    /** Sign-in attempts accepted per minute from one address, on top of the growing waits after failures. */
    readonly signInPerMinute: number;
  };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} 必须是整数，实际为 “${raw}”`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} 必须在 ${min}–${max} 之间`);
  return value;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} 必须是 true 或 false，实际为 “${raw}”`);
}

/** false/0 → no proxy; true → one proxy; n → n proxies; otherwise the proxies' addresses, comma-separated. */
function trustProxyVar(raw: string | undefined): false | number | string {
  const value = (raw ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
  if (['true', 'yes', 'on'].includes(value)) return 1;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  if (/^[0-9a-f.:/,\s]+$/.test(value)) return value.replace(/\s+/g, '');
  throw new ConfigError(
    'GONGKAI_TRUST_PROXY 须为 false、true（一层代理）、代理层数，或以逗号分隔的代理地址（可含 CIDR）',
  );
}

function metricsToken(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.length < 24) throw new ConfigError('GONGKAI_METRICS_TOKEN 至少需要 24 个字符');
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The session secret signs CSRF tokens. When not given it is generated once and kept in the
 * data directory, so restarts keep sessions valid and no secret ever lives in the code.
 */
function sessionSecret(env: Env, dataDir: string): string {
  const given = env.GONGKAI_SESSION_SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError('GONGKAI_SESSION_SECRET 至少需要 32 个字符');
    return given;
  }
  const file = path.join(dataDir, 'session-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(48).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process starting at the same moment wrote it first; use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

export function loadConfig(env: Env = process.env): Config {
  const dataDir = path.resolve(env.GONGKAI_DATA_DIR || './data');
  const port = intVar(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL 必须以 postgres:// 或 postgresql:// 开头');
  }
  const publicUrl = (env.GONGKAI_PUBLIC_URL || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(
    /\/+$/,
    '',
  );
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new ConfigError('GONGKAI_PUBLIC_URL 必须是 http(s) 地址');
  const logLevel = (env.GONGKAI_LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`GONGKAI_LOG_LEVEL 必须是 ${LOG_LEVELS.join('/')}`);

  const smtpUrl = env.GONGKAI_SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl))
    throw new ConfigError('GONGKAI_SMTP_URL 必须是 smtp:// 或 smtps:// 地址');

  return Object.freeze({
    host,
    port,
    databaseUrl,
    dataDir,
    databaseTimeoutMs: intVar(env, 'GONGKAI_DB_TIMEOUT_SECONDS', 30, 1, 600) * 1000,
    publicUrl,
    sessionSecret: sessionSecret(env, dataDir),
    logLevel,
    seedDemo: boolVar(env, 'GONGKAI_SEED_DEMO', true),
    trustProxy: trustProxyVar(env.GONGKAI_TRUST_PROXY),
    pageCache: boolVar(env, 'GONGKAI_PAGE_CACHE', true),
    metricsToken: metricsToken(env.GONGKAI_METRICS_TOKEN),
    maxAttachmentBytes: intVar(env, 'GONGKAI_MAX_ATTACHMENT_MB', 20, 1, 500) * 1024 * 1024,
    publicFormsPerMinute: intVar(env, 'GONGKAI_PUBLIC_FORMS_PER_MINUTE', 5, 1, 10000),
    smtpUrl,
    mailFrom: env.GONGKAI_MAIL_FROM || 'gongkai@localhost',
    auth: Object.freeze({
      sessionIdleMinutes: intVar(env, 'GONGKAI_SESSION_IDLE_MINUTES', 120, 5, 24 * 60),
      sessionMaxHours: intVar(env, 'GONGKAI_SESSION_MAX_HOURS', 12, 1, 24 * 30),
      maxFailedSignIns: intVar(env, 'GONGKAI_MAX_FAILED_SIGN_INS', 5, 1, 100),
      maxDelayMinutes: intVar(env, 'GONGKAI_SIGN_IN_MAX_DELAY_MINUTES', 15, 1, 24 * 60),
      passwordMinLength: intVar(env, 'GONGKAI_PASSWORD_MIN_LENGTH', 10, 8, 128),
      signInPerMinute: intVar(env, 'GONGKAI_SIGN_IN_PER_MINUTE', 20, 1, 10000),
    }),
  });
}
