import type { Config } from '../../config.js';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/passwords.js';
import type { Clock } from '../../platform/clock/clock.js';
import { hashSecret, newId, newSecret } from '../../platform/ids/ids.js';
import { UserErrors } from './users.errors.js';
import { signInThrottle } from './sign-in-throttle.js';
import * as repo from './users.repository.js';
import type { ApiTokenRecord, UserRecord } from './users.repository.js';

export interface AuthDeps {
  db: Executor;
  clock: Clock;
  auth: Config['auth'];
}

export interface SignInInput {
  account: string;
  password: string;
  ip: string;
  userAgent: string;
  /** The device cookie's id when the browser signed in to this account before (checked by the route). */
  device: string | null;
}

export interface SignInResult {
  token: string;
  /** The signed-in user as an actor, for answering in their name. */
  actor: Actor;
  expiresAt: string;
}

/** Session activity is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;
/** API token use is recorded at most this often. */
const TOKEN_USE_INTERVAL_MS = 60_000;

const API_TOKEN_PREFIX = 'gk_';

export async function actorFor(db: Executor, user: UserRecord, ip: string): Promise<Actor> {
  const grants = await repo.grantsOf(db, [user.id]);
  return {
    userId: user.id,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    grants: grants.map(({ siteId, role, departmentId }) => ({ siteId, role, departmentId })),
    ip,
    mustChangePassword: user.mustChangePassword,
  };
}

/** 75 → "1 分 15 秒", for the person waiting. */
function waitText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} 分${s ? ` ${s} 秒` : '钟'}` : `${s} 秒`;
}

export function createAuthService({ db, clock, auth }: AuthDeps) {
  const throttle = signInThrottle(auth);
  const idleMs = auth.sessionIdleMinutes * 60_000;
  const maxMs = auth.sessionMaxHours * 3_600_000;

  function sessionExpiry(createdAt: string, now: Date): string {
    return new Date(Math.min(new Date(createdAt).getTime() + maxMs, now.getTime() + idleMs)).toISOString();
  }

  return {
    /**
     * Signs in with account and password. Every attempt is counted before the password is checked
     * and repeated ones are slowed down (`sign-in-throttle.ts`); a throttled attempt is refused
     * with the same answer whether the account exists or not.
     */
    async signIn(input: SignInInput): Promise<SignInResult> {
      const now = clock.now();
      const at = now.toISOString();
      const wait = await throttle.take(db, input.account, input.ip, input.device, now);
      if (wait > 0) throw UserErrors.SIGN_IN_THROTTLED(`登录尝试过于频繁，请 ${waitText(wait)}后再试`);
      const user = await repo.findUserByAccount(db, input.account);
      // Sign-in events are filed under the user's (first) site and department, so that site's
      // administrators and auditors see them.
      const home = user ? (await repo.grantsOf(db, [user.id]))[0] : undefined;
      const where = { siteId: home?.siteId ?? null, departmentId: home?.departmentId ?? null };
      const visitor: Actor = {
        userId: user?.id ?? null,
        name: user?.name ?? input.account,
        isPlatformAdmin: false,
        grants: [],
        ip: input.ip,
      };
      // An unknown account costs the same hashing time as a wrong password, and is counted the same.
      const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
      if (!user || !ok) {
        await inTransaction(db, async (trx) => {
          await recordAudit(trx, clock, visitor, {
            action: 'auth.sign_in_failed',
            entityType: 'user',
            entityId: user?.id ?? input.account,
            ...(user ? where : { siteId: null }),
            after: { reason: user ? 'wrong_password' : 'unknown_account' },
          });
        });
        throw UserErrors.INVALID_CREDENTIALS();
      }
      if (user.disabled) throw UserErrors.ACCOUNT_DISABLED();

      const token = newSecret();
      const expiresAt = sessionExpiry(at, now);
      await inTransaction(db, async (trx) => {
        await throttle.succeeded(trx, input.account, input.ip, input.device);
        // Expired sessions are cleared here, so the table holds only live ones without a separate job.
        await repo.deleteExpiredSessions(trx, at);
        await repo.recordSignInSuccess(trx, user.id, at);
        await repo.insertSession(trx, {
          tokenHash: hashSecret(token),
          userId: user.id,
          createdAt: at,
          expiresAt,
          lastSeenAt: at,
          ip: input.ip,
          userAgent: input.userAgent,
        });
        await recordAudit(trx, clock, visitor, {
          action: 'auth.sign_in',
          entityType: 'user',
          entityId: user.id,
          ...where,
        });
      });
      return { token, actor: await actorFor(db, user, input.ip), expiresAt };
    },

    async signOut(token: string, actor: Actor): Promise<void> {
      await inTransaction(db, async (trx) => {
        await repo.deleteSession(trx, hashSecret(token));
        await recordAudit(trx, clock, actor, {
          action: 'auth.sign_out',
          entityType: 'user',
          entityId: actor.userId ?? '',
          siteId: null,
        });
      });
    },

    /** The actor behind a session cookie, or null when the session is unknown, expired or its user disabled. */
    async actorForSession(token: string, ip: string): Promise<Actor | null> {
      const hash = hashSecret(token);
      const session = await repo.findSession(db, hash);
      const now = clock.now();
      if (!session || session.expiresAt <= now.toISOString()) return null;
      const user = await repo.findUser(db, session.userId);
      if (!user || user.disabled) return null;
      if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
        await repo.touchSession(db, hash, now.toISOString(), sessionExpiry(session.createdAt, now));
      }
      return actorFor(db, user, ip);
    },

    async actorForApiToken(token: string, ip: string): Promise<Actor | null> {
      if (!token.startsWith(API_TOKEN_PREFIX)) return null;
      const record = await repo.findApiTokenByHash(db, hashSecret(token));
      const now = clock.now();
      const at = now.toISOString();
      if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= at)) return null;
      const user = await repo.findUser(db, record.userId);
      if (!user || user.disabled) return null;
      if (!record.lastUsedAt || now.getTime() - new Date(record.lastUsedAt).getTime() > TOKEN_USE_INTERVAL_MS) {
        await repo.markApiTokenUsed(db, record.id, at);
      }
      return actorFor(db, user, ip);
    },

    /** Makes an API token acting as the caller. The token is returned once and only its hash is kept. */
    async createApiToken(
      actor: Actor,
      name: string,
      expiresInDays: number | null,
    ): Promise<{ token: string; record: ApiTokenRecord }> {
      if (!actor.userId) throw UserErrors.GRANT_INVALID('系统身份不能创建 API 令牌');
      const token = API_TOKEN_PREFIX + newSecret();
      const now = clock.now();
      const record: ApiTokenRecord = {
        id: newId(),
        userId: actor.userId,
        name,
        createdAt: now.toISOString(),
        expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000).toISOString() : null,
        lastUsedAt: null,
        revokedAt: null,
      };
      await inTransaction(db, async (trx) => {
        await repo.insertApiToken(trx, { ...record, tokenHash: hashSecret(token) });
        await recordAudit(trx, clock, actor, {
          action: 'api_token.create',
          entityType: 'api_token',
          entityId: record.id,
          siteId: null,
          after: record,
        });
      });
      return { token, record };
    },

    listApiTokens(actor: Actor): Promise<ApiTokenRecord[]> {
      return actor.userId ? repo.listApiTokens(db, actor.userId) : Promise.resolve([]);
    },

    async revokeApiToken(actor: Actor, id: string): Promise<void> {
      const record = await repo.findApiToken(db, id);
      if (!record || (record.userId !== actor.userId && !actor.isPlatformAdmin)) throw UserErrors.TOKEN_NOT_FOUND();
      if (record.revokedAt) return;
      await inTransaction(db, async (trx) => {
        const at = clock.now().toISOString();
        await repo.revokeApiToken(trx, id, at);
        await recordAudit(trx, clock, actor, {
          action: 'api_token.revoke',
          entityType: 'api_token',
          entityId: id,
          siteId: null,
          before: record,
          after: { ...record, revokedAt: at },
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
