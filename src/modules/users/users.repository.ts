import type { Executor } from '../../db/database.js';
import type { UserTable } from '../../db/schema.js';
import type { Grant, Role } from '../../platform/auth/actor.js';

export interface UserRecord {
  id: string;
  account: string;
  name: string;
  passwordHash: string;
  isPlatformAdmin: boolean;
  disabled: boolean;
  lastSignInAt: string | null;
  passwordChangedAt: string;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface GrantRecord extends Grant {
  id: string;
  userId: string;
}

function toUser(r: UserTable): UserRecord {
  return {
    id: r.id,
    account: r.account,
    name: r.name,
    passwordHash: r.password_hash,
    isPlatformAdmin: r.is_platform_admin === 1,
    disabled: r.disabled === 1,
    lastSignInAt: r.last_sign_in_at,
    passwordChangedAt: r.password_changed_at,
    mustChangePassword: r.must_change_password === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function findUserByAccount(db: Executor, account: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').selectAll().where('account', '=', account).executeTakeFirst();
  return r && toUser(r);
}

export async function findUser(db: Executor, id: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toUser(r);
}

export async function listUsersByIds(db: Executor, ids: string[]): Promise<UserRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('users').selectAll().where('id', 'in', ids).orderBy('account').execute();
  return rows.map(toUser);
}

export async function listAllUsers(db: Executor): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('account').execute();
  return rows.map(toUser);
}

export async function insertUser(
  db: Executor,
  u: Omit<UserRecord, 'failedSignIns' | 'lockedUntil' | 'lastSignInAt'>,
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      account: u.account,
      name: u.name,
      password_hash: u.passwordHash,
      is_platform_admin: u.isPlatformAdmin ? 1 : 0,
      disabled: u.disabled ? 1 : 0,
      last_sign_in_at: null,
      password_changed_at: u.passwordChangedAt,
      must_change_password: u.mustChangePassword ? 1 : 0,
      created_at: u.createdAt,
      updated_at: u.updatedAt,
    })
    .execute();
}

export async function updateUserProfile(
  db: Executor,
  id: string,
  fields: { name: string; disabled: boolean },
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ name: fields.name, disabled: fields.disabled ? 1 : 0, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** `temporary`: set by someone other than the user, so it must be changed at the next sign-in. */
export async function setPassword(
  db: Executor,
  id: string,
  hash: string,
  temporary: boolean,
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: hash,
      password_changed_at: at,
      must_change_password: temporary ? 1 : 0,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function recordSignInSuccess(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', id).execute();
}

export async function grantsOf(db: Executor, userIds: string[]): Promise<GrantRecord[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('role_grants')
    .selectAll()
    .where('user_id', 'in', userIds)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    siteId: r.site_id,
    role: r.role as Role,
    departmentId: r.department_id,
  }));
}

export async function userIdsWithGrantsOn(db: Executor, siteId: string): Promise<string[]> {
  const rows = await db.selectFrom('role_grants').select('user_id').distinct().where('site_id', '=', siteId).execute();
  return rows.map((r) => r.user_id);
}

/** Replaces a user's grants on one site, leaving grants on other sites alone. */
export async function replaceGrants(
  db: Executor,
  userId: string,
  siteId: string,
  grants: GrantRecord[],
  at: string,
): Promise<void> {
  await db.deleteFrom('role_grants').where('user_id', '=', userId).where('site_id', '=', siteId).execute();
  if (grants.length === 0) return;
  await db
    .insertInto('role_grants')
    .values(
      grants.map((g) => ({
        id: g.id,
        user_id: userId,
        site_id: g.siteId,
        role: g.role,
        department_id: g.departmentId,
        created_at: at,
      })),
    )
    .execute();
}

// Sessions ----------------------------------------------------------------------------------

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export async function insertSession(db: Executor, s: SessionRecord & { ip: string; userAgent: string }): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      last_seen_at: s.lastSeenAt,
      ip: s.ip,
      user_agent: s.userAgent.slice(0, 300),
    })
    .execute();
}

export async function findSession(db: Executor, tokenHash: string): Promise<SessionRecord | undefined> {
  const r = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return (
    r && {
      tokenHash: r.token_hash,
      userId: r.user_id,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      lastSeenAt: r.last_seen_at,
    }
  );
}

export async function touchSession(
  db: Executor,
  tokenHash: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

// API tokens --------------------------------------------------------------------------------

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function insertApiToken(db: Executor, t: ApiTokenRecord & { tokenHash: string }): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: t.id,
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

const tokenColumns = ['id', 'user_id', 'name', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'] as const;

function toToken(r: {
  id: string;
  user_id: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

export async function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const r = await db
    .selectFrom('api_tokens')
    .select(tokenColumns)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return r && toToken(r);
}

export async function findApiToken(db: Executor, id: string): Promise<ApiTokenRecord | undefined> {
  const r = await db.selectFrom('api_tokens').select(tokenColumns).where('id', '=', id).executeTakeFirst();
  return r && toToken(r);
}

export async function listApiTokens(db: Executor, userId: string): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(tokenColumns)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toToken);
}

export async function markApiTokenUsed(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function revokeApiToken(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}
