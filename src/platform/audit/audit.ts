import type { Executor } from '../../db/database.js';
import type { Actor } from '../auth/actor.js';
import type { Clock } from '../clock/clock.js';
import { newId } from '../ids/ids.js';
import { insertAudit } from './audit.repository.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  siteId: string | null;
  /** The department the record belongs to, so department-scoped auditors see it. */
  departmentId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never written to the audit log, wherever they appear in a before/after snapshot. */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'password_hash', 'token', 'tokenHash', 'token_hash']);

function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? '[已隐去]' : v));
}

/**
 * Writes one audit entry. Call it with the transaction of the mutation it describes, so the
 * entry and the change are committed or rolled back together.
 */
export async function recordAudit(trx: Executor, clock: Clock, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAudit(trx, {
    id: newId(),
    at: clock.now().toISOString(),
    actor_id: actor.userId,
    actor_name: actor.name,
    site_id: entry.siteId,
    department_id: entry.departmentId ?? null,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before_json: snapshot(entry.before),
    after_json: snapshot(entry.after),
    ip: actor.ip,
  });
}
