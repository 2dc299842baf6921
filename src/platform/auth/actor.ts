/**
 * Who is acting. Services receive an Actor and refuse what its grants do not allow; routes only
 * establish who the actor is.
 */
export const ROLES = [
  'site_admin',
  'editor',
  'reviewer',
  'request_handler',
  'message_handler',
  'service_clerk',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  site_admin: '站点管理员',
  editor: '信息编辑',
  reviewer: '审核人',
  request_handler: '依申请公开办理人',
  message_handler: '留言办理人',
  service_clerk: '办件窗口人员',
  auditor: '审计员',
};

export interface Grant {
  readonly siteId: string;
  readonly role: Role;
  /** null: the whole site; otherwise this department and every department under it. */
  readonly departmentId: string | null;
}

export interface Actor {
  readonly userId: string | null;
  readonly name: string;
  readonly isPlatformAdmin: boolean;
  readonly grants: readonly Grant[];
  readonly ip: string;
  /** Signed in with a temporary password: nothing but changing it is allowed yet. */
  readonly mustChangePassword?: boolean;
}

/** The platform itself acting (start-up seeding, the CLI run by an operator on the server). */
export function systemActor(name = '系统'): Actor {
  return { userId: null, name, isPlatformAdmin: true, grants: [], ip: '' };
}

/**
 * May the actor act in one of `roles` on a record of `siteId` owned by a department whose path
 * (the department, then its parent, up to the root) is `departmentPath`? A record owned by no
 * department (`departmentPath` empty) needs a site-wide grant.
 */
export function can(actor: Actor, siteId: string, roles: readonly Role[], departmentPath: readonly string[]): boolean {
  if (actor.isPlatformAdmin) return true;
  return actor.grants.some(
    (g) =>
      g.siteId === siteId &&
      roles.includes(g.role) &&
      (g.departmentId === null || departmentPath.includes(g.departmentId)),
  );
}

/**
 * The part of a site the actor may see in one of `roles`: 'site' for all of it, otherwise the
 * departments granted (each covering its descendants), possibly none.
 */
export function scopeOf(actor: Actor, siteId: string, roles: readonly Role[]): 'site' | string[] {
  if (actor.isPlatformAdmin) return 'site';
  const grants = actor.grants.filter((g) => g.siteId === siteId && roles.includes(g.role));
  if (grants.some((g) => g.departmentId === null)) return 'site';
  return grants.map((g) => g.departmentId).filter((id): id is string => id !== null);
}

/** Sites on which the actor holds any grant (platform admins: every site). */
export function sitesOf(actor: Actor): string[] {
  return [...new Set(actor.grants.map((g) => g.siteId))];
}

/** Whether the actor works on the site at all (any grant there, or a platform administrator). */
export function isOnSite(actor: Actor, siteId: string): boolean {
  return actor.isPlatformAdmin || sitesOf(actor).includes(siteId);
}
