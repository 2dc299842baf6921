import type { Config } from '../../config.js';
import { inTransaction, isUniqueViolation, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, scopeOf, type Actor, type Grant } from '../../platform/auth/actor.js';
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from '../../platform/auth/passwords.js';
import type { Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { UserErrors } from './users.errors.js';
import { signInThrottle } from './sign-in-throttle.js';
import * as repo from './users.repository.js';
import type { GrantRecord, UserRecord } from './users.repository.js';

export interface User {
  id: string;
  account: string;
  name: string;
  isPlatformAdmin: boolean;
  disabled: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  grants: Grant[];
}

export interface CreateUserInput {
  account: string;
  name: string;
  /** When absent a compliant password is generated and returned once. */
  password?: string;
  isPlatformAdmin?: boolean;
  grants: Grant[];
  /**
   * Whether the password must be replaced at the first sign-in. Always so when it comes through
   * the API (an administrator chose or generated it); false only for accounts set up where the
   * user chose it, e.g. by an operator script.
   */
  temporaryPassword?: boolean;
}

export interface UsersDeps {
  db: Executor;
  clock: Clock;
  auth: Config['auth'];
  departments: DepartmentsService;
}

export function createUsersService({ db, clock, auth, departments }: UsersDeps) {
  const throttle = signInThrottle(auth);
  const slowed = (users: UserRecord[]) =>
    throttle.slowed(
      db,
      users.map((u) => u.account),
      clock.now(),
    );

  function view(u: UserRecord, grants: Grant[], slowedAccounts: Set<string>): User {
    return {
      id: u.id,
      account: u.account,
      name: u.name,
      isPlatformAdmin: u.isPlatformAdmin,
      disabled: u.disabled,
      locked: slowedAccounts.has(u.account),
      mustChangePassword: u.mustChangePassword,
      lastSignInAt: u.lastSignInAt,
      createdAt: u.createdAt,
      grants,
    };
  }

  async function mayManageGrant(actor: Actor, g: Grant): Promise<boolean> {
    const path = g.departmentId ? await departments.path(g.siteId, g.departmentId) : [];
    return can(actor, g.siteId, ['site_admin'], path);
  }

  /** An actor manages a user when every grant the user holds lies within the actor's administration. */
  async function mayManage(actor: Actor, user: UserRecord, grants: Grant[]): Promise<boolean> {
    if (actor.isPlatformAdmin) return true;
    if (user.isPlatformAdmin || grants.length === 0) return false;
    for (const g of grants) if (!(await mayManageGrant(actor, g))) return false;
    return true;
  }

  /** Who may see a user: themselves, and administrators or auditors whose scope covers one of the user's grants. */
  async function maySee(actor: Actor, user: UserRecord, grants: Grant[]): Promise<boolean> {
    if (actor.isPlatformAdmin || actor.userId === user.id) return true;
    for (const g of grants) {
      const path = g.departmentId ? await departments.path(g.siteId, g.departmentId) : [];
      if (can(actor, g.siteId, ['site_admin', 'auditor'], path)) return true;
    }
    return false;
  }

  async function checkGrants(actor: Actor, grants: Grant[]): Promise<GrantRecord[]> {
    const records: GrantRecord[] = [];
    const seen = new Set<string>();
    for (const g of grants) {
      const key = `${g.siteId}|${g.role}|${g.departmentId ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (g.departmentId) {
        const dept = await departments.get(g.departmentId).catch(() => undefined);
        if (!dept || dept.siteId !== g.siteId) throw UserErrors.GRANT_INVALID('授权的单位不存在或不属于该站点');
      }
      if (!(await mayManageGrant(actor, g))) throw Errors.FORBIDDEN('不能授予超出自己管理范围的角色');
      records.push({ ...g, id: newId(), userId: '' });
    }
    return records;
  }

  async function load(id: string): Promise<{ user: UserRecord; grants: Grant[] }> {
    const user = await repo.findUser(db, id);
    if (!user) throw Errors.NOT_FOUND('用户不存在');
    const grants = (await repo.grantsOf(db, [id])).map(({ siteId, role, departmentId }) => ({
      siteId,
      role,
      departmentId,
    }));
    return { user, grants };
  }

  async function loadManaged(actor: Actor, id: string): Promise<{ user: UserRecord; grants: Grant[] }> {
    const loaded = await load(id);
    if (!(await maySee(actor, loaded.user, loaded.grants))) throw Errors.NOT_FOUND('用户不存在');
    if (!(await mayManage(actor, loaded.user, loaded.grants))) throw Errors.FORBIDDEN('没有权限管理该用户');
    return loaded;
  }

  function checkPassword(password: string, account: string): void {
    const problems = passwordProblems(password, account, auth.passwordMinLength);
    if (problems.length > 0)
      throw UserErrors.PASSWORD_POLICY(
        undefined,
        problems.map((message) => ({ field: 'password', message })),
      );
  }

  return {
    async create(actor: Actor, input: CreateUserInput): Promise<{ user: User; password: string | null }> {
      if (input.isPlatformAdmin && !actor.isPlatformAdmin) throw Errors.FORBIDDEN('只有平台管理员可以创建平台管理员');
      if (!actor.isPlatformAdmin && input.grants.length === 0) throw UserErrors.GRANT_INVALID('请至少授予一个角色');
      const account = input.account.trim();
      const generated = input.password === undefined ? generatePassword() : null;
      const password = input.password ?? generated ?? '';
      checkPassword(password, account);
      const grants = await checkGrants(actor, input.grants);
      const id = newId();
      const at = clock.now().toISOString();
      const passwordHash = await hashPassword(password);
      try {
        await inTransaction(db, async (trx) => {
          await repo.insertUser(trx, {
            id,
            account,
            name: input.name.trim(),
            passwordHash,
            isPlatformAdmin: input.isPlatformAdmin ?? false,
            disabled: false,
            passwordChangedAt: at,
            mustChangePassword: input.temporaryPassword ?? true,
            createdAt: at,
            updatedAt: at,
          });
          for (const siteId of new Set(grants.map((g) => g.siteId))) {
            await repo.replaceGrants(
              trx,
              id,
              siteId,
              grants.filter((g) => g.siteId === siteId),
              at,
            );
          }
          await recordAudit(trx, clock, actor, {
            action: 'user.create',
            entityType: 'user',
            entityId: id,
            siteId: grants[0]?.siteId ?? null,
            departmentId: grants[0]?.departmentId ?? null,
            after: { account, name: input.name, isPlatformAdmin: input.isPlatformAdmin ?? false, grants: input.grants },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw UserErrors.ACCOUNT_TAKEN();
        throw error;
      }
      return { user: await this.get(actor, id), password: generated };
    },

    async get(actor: Actor, id: string): Promise<User> {
      const { user, grants } = await load(id);
      if (!(await maySee(actor, user, grants))) throw Errors.NOT_FOUND('用户不存在');
      return view(user, grants, await slowed([user]));
    },

    /**
     * Users holding a role on the site, as far as the actor's administration or audit scope
     * reaches: a department administrator sees the users of their department and those below it.
     */
    async list(actor: Actor, siteId: string | null): Promise<User[]> {
      if (siteId === null) {
        if (!actor.isPlatformAdmin) throw Errors.FORBIDDEN();
        const users = await repo.listAllUsers(db);
        const grants = await repo.grantsOf(
          db,
          users.map((u) => u.id),
        );
        const slowedAccounts = await slowed(users);
        return users.map((u) =>
          view(
            u,
            grants.filter((g) => g.userId === u.id),
            slowedAccounts,
          ),
        );
      }
      const scope = scopeOf(actor, siteId, ['site_admin', 'auditor']);
      if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有权限查看该站点的用户');
      const users = await repo.listUsersByIds(db, await repo.userIdsWithGrantsOn(db, siteId));
      const grants = (
        await repo.grantsOf(
          db,
          users.map((u) => u.id),
        )
      ).filter((g) => g.siteId === siteId);
      const visible = scope === 'site' ? null : new Set(await departments.subtree(siteId, scope));
      const slowedAccounts = await slowed(users);
      return users
        .map((u) =>
          view(
            u,
            grants
              .filter((g) => g.userId === u.id)
              .map(({ siteId: s, role, departmentId }) => ({ siteId: s, role, departmentId })),
            slowedAccounts,
          ),
        )
        .filter(
          (u) => visible === null || u.grants.some((g) => g.departmentId !== null && visible.has(g.departmentId)),
        );
    },

    async update(actor: Actor, id: string, fields: { name: string; disabled: boolean }): Promise<User> {
      const { user, grants } = await loadManaged(actor, id);
      if (fields.disabled && actor.userId === id) throw Errors.FORBIDDEN('不能停用自己的账号');
      await inTransaction(db, async (trx) => {
        await repo.updateUserProfile(
          trx,
          id,
          { name: fields.name.trim(), disabled: fields.disabled },
          clock.now().toISOString(),
        );
        if (fields.disabled) await repo.deleteSessionsOf(trx, id);
        await recordAudit(trx, clock, actor, {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          siteId: grants[0]?.siteId ?? null,
          departmentId: grants[0]?.departmentId ?? null,
          before: { name: user.name, disabled: user.disabled },
          after: fields,
        });
      });
      return this.get(actor, id);
    },

    /** Replaces the user's roles on one site. The actor must administer both the old and the new grants. */
    async setGrants(actor: Actor, id: string, siteId: string, grants: Grant[]): Promise<User> {
      const { grants: before } = await load(id);
      const onSite = before.filter((g) => g.siteId === siteId);
      for (const g of onSite)
        if (!(await mayManageGrant(actor, g))) throw Errors.FORBIDDEN('该用户有超出您管理范围的角色');
      if (grants.some((g) => g.siteId !== siteId)) throw UserErrors.GRANT_INVALID('授权的站点与请求不一致');
      const records = await checkGrants(actor, grants);
      await inTransaction(db, async (trx) => {
        await repo.replaceGrants(trx, id, siteId, records, clock.now().toISOString());
        await recordAudit(trx, clock, actor, {
          action: 'user.grants',
          entityType: 'user',
          entityId: id,
          siteId,
          departmentId: records[0]?.departmentId ?? onSite[0]?.departmentId ?? null,
          before: onSite,
          after: grants,
        });
      });
      return this.get(actor, id);
    },

    /** Sets a new password (generated when not given) and ends the user's sessions. */
    async resetPassword(actor: Actor, id: string, password?: string): Promise<{ password: string | null }> {
      const { user, grants } = await loadManaged(actor, id);
      const generated = password === undefined ? generatePassword() : null;
      const next = password ?? generated ?? '';
      checkPassword(next, user.account);
      const hash = await hashPassword(next);
      await inTransaction(db, async (trx) => {
        await repo.setPassword(trx, id, hash, true, clock.now().toISOString());
        await repo.deleteSessionsOf(trx, id);
        await recordAudit(trx, clock, actor, {
          action: 'user.reset_password',
          entityType: 'user',
          entityId: id,
          siteId: grants[0]?.siteId ?? null,
          departmentId: grants[0]?.departmentId ?? null,
        });
      });
      return { password: generated };
    },

    async unlock(actor: Actor, id: string): Promise<User> {
      const { user, grants } = await loadManaged(actor, id);
      const locked = (await slowed([user])).size > 0;
      await inTransaction(db, async (trx) => {
        await throttle.release(trx, user.account);
        await recordAudit(trx, clock, actor, {
          action: 'user.unlock',
          entityType: 'user',
          entityId: id,
          siteId: grants[0]?.siteId ?? null,
          departmentId: grants[0]?.departmentId ?? null,
          before: { locked },
        });
      });
      return this.get(actor, id);
    },

    async changeOwnPassword(actor: Actor, current: string, next: string): Promise<void> {
      if (!actor.userId) throw Errors.UNAUTHENTICATED();
      const user = await repo.findUser(db, actor.userId);
      if (!user) throw Errors.UNAUTHENTICATED();
      if (!(await verifyPassword(current, user.passwordHash))) throw UserErrors.PASSWORD_WRONG();
      checkPassword(next, user.account);
      const hash = await hashPassword(next);
      await inTransaction(db, async (trx) => {
        await repo.setPassword(trx, user.id, hash, false, clock.now().toISOString());
        // Every session ends, this one included: whoever knew the old password is signed out.
        await repo.deleteSessionsOf(trx, user.id);
        await recordAudit(trx, clock, actor, {
          action: 'user.change_password',
          entityType: 'user',
          entityId: user.id,
          siteId: null,
        });
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
