import type { Executor } from '../../db/database.js';
import { searchAudit, type AuditQuery, type AuditRow } from '../../platform/audit/audit.repository.js';
import { scopeOf, sitesOf, type Actor } from '../../platform/auth/actor.js';
import { Errors } from '../../platform/http/errors.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { actionLabel, entityLabel } from './audit.labels.js';

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  siteId: string | null;
  departmentId: string | null;
  action: string;
  /** The action in Chinese (信息 · 发布). */
  actionLabel: string;
  entityType: string;
  /** The object in words (信息《…》, 办件 BJ2026-00001). */
  entityLabel: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string;
}

export type AuditSearch = Omit<AuditQuery, 'siteIds' | 'departmentIds' | 'sharedEntityTypes'> & { siteId?: string };

/** Records shared by every site on the platform (the national calendar): site-wide readers see their history too. */
const SHARED_ENTITY_TYPES = ['calendar_year', 'calendar_day'];

function view(r: AuditRow): AuditEntryView {
  const before: unknown = r.before_json ? JSON.parse(r.before_json) : null;
  const after: unknown = r.after_json ? JSON.parse(r.after_json) : null;
  return {
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    siteId: r.site_id,
    departmentId: r.department_id,
    action: r.action,
    actionLabel: actionLabel(r.action),
    entityType: r.entity_type,
    entityLabel: entityLabel(r.entity_type, before, after),
    entityId: r.entity_id,
    before,
    after,
    ip: r.ip,
  };
}

/**
 * Reading the audit log: platform administrators see everything; site administrators and
 * auditors see their site, or — when their grant is for a department — entries about that
 * department and the departments under it.
 */
export function createAuditService({ db, departments }: { db: Executor; departments: DepartmentsService }) {
  return {
    async search(actor: Actor, q: AuditSearch): Promise<{ total: number; items: AuditEntryView[] }> {
      let query: AuditQuery;
      if (actor.isPlatformAdmin) {
        query = { ...q, siteIds: q.siteId ? [q.siteId] : 'all' };
      } else {
        const siteId = q.siteId ?? sitesOf(actor)[0];
        if (!siteId) throw Errors.FORBIDDEN('没有权限查看审计日志');
        const scope = scopeOf(actor, siteId, ['site_admin', 'auditor']);
        if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有权限查看审计日志');
        query = {
          ...q,
          siteIds: [siteId],
          ...(scope === 'site'
            ? { sharedEntityTypes: SHARED_ENTITY_TYPES }
            : { departmentIds: await departments.subtree(siteId, scope) }),
        };
      }
      const { total, rows } = await searchAudit(db, query);
      return { total, items: rows.map(view) };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
