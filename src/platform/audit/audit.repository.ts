import type { Executor } from '../../db/database.js';
import type { AuditLogTable } from '../../db/schema.js';
import { contains } from '../../db/sql.js';

export type AuditRow = AuditLogTable;

export interface AuditQuery {
  siteIds?: string[] | 'all';
  /** Entity types kept platform-wide (site_id null) that site-wide readers may also see. */
  sharedEntityTypes?: string[];
  /** Restrict to entries about these departments (department-scoped auditors). */
  departmentIds?: string[];
  entityType?: string;
  entityId?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  text?: string;
  limit: number;
  offset: number;
}

export async function insertAudit(db: Executor, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export async function searchAudit(db: Executor, q: AuditQuery): Promise<{ total: number; rows: AuditRow[] }> {
  let query = db.selectFrom('audit_log');
  if (q.siteIds !== undefined && q.siteIds !== 'all') {
    const ids = q.siteIds;
    const shared = q.sharedEntityTypes ?? [];
    if (ids.length === 0) return { total: 0, rows: [] };
    query = query.where((eb) =>
      shared.length === 0
        ? eb('site_id', 'in', ids)
        : eb.or([eb('site_id', 'in', ids), eb.and([eb('site_id', 'is', null), eb('entity_type', 'in', shared)])]),
    );
  }
  if (q.departmentIds) {
    if (q.departmentIds.length === 0) return { total: 0, rows: [] };
    query = query.where('department_id', 'in', q.departmentIds);
  }
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.actor) query = query.where('actor_name', '=', q.actor);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  if (q.text) {
    const text = q.text;
    query = query.where((eb) =>
      eb.or([
        contains(eb.ref('before_json'), text),
        contains(eb.ref('after_json'), text),
        contains(eb.ref('entity_id'), text),
      ]),
    );
  }
  const count = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { total: Number(count.n), rows };
}
