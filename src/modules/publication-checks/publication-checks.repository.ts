import type { Executor } from '../../db/database.js';
import type { WordingKind, WordingRule, WordingSeverity } from '../../platform/text/wording.js';

export interface SiteWordingRule extends WordingRule {
  id: string;
  updatedAt: string;
}

export async function listRules(db: Executor, siteId: string): Promise<SiteWordingRule[]> {
  const rows = await db
    .selectFrom('wording_rules')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('wrong')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    wrong: r.wrong,
    correction: r.correction,
    kind: r.kind as WordingKind,
    severity: r.severity as WordingSeverity,
    note: r.note,
    updatedAt: r.updated_at,
  }));
}

export async function insertRule(db: Executor, siteId: string, rule: SiteWordingRule): Promise<boolean> {
  const r = await db
    .insertInto('wording_rules')
    .values({
      id: rule.id,
      site_id: siteId,
      wrong: rule.wrong,
      correction: rule.correction,
      kind: rule.kind,
      severity: rule.severity,
      note: rule.note,
      created_at: rule.updatedAt,
      updated_at: rule.updatedAt,
    })
    .onConflict((oc) => oc.columns(['site_id', 'wrong']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findRule(db: Executor, id: string) {
  return db.selectFrom('wording_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteRule(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('wording_rules').where('id', '=', id).execute();
}

export async function findPolicy(db: Executor, siteId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('masking_policies')
    .select('policy_json')
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return r?.policy_json;
}

export async function savePolicy(db: Executor, siteId: string, json: string, at: string): Promise<void> {
  await db
    .insertInto('masking_policies')
    .values({ site_id: siteId, policy_json: json, updated_at: at })
    .onConflict((oc) => oc.column('site_id').doUpdateSet({ policy_json: json, updated_at: at }))
    .execute();
}

export interface Acceptance {
  findingType: string;
  findingText: string;
  basis: string;
  reason: string;
}

export async function acceptances(db: Executor, entityType: string, entityId: string): Promise<Acceptance[]> {
  const rows = await db
    .selectFrom('finding_acceptances')
    .select(['finding_type', 'finding_text', 'basis', 'reason'])
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .execute();
  return rows.map((r) => ({
    findingType: r.finding_type,
    findingText: r.finding_text,
    basis: r.basis,
    reason: r.reason,
  }));
}

export async function insertAcceptance(
  db: Executor,
  row: {
    id: string;
    siteId: string;
    entityType: string;
    entityId: string;
    acceptedBy: string | null;
    at: string;
  } & Acceptance,
): Promise<void> {
  await db
    .insertInto('finding_acceptances')
    .values({
      id: row.id,
      site_id: row.siteId,
      entity_type: row.entityType,
      entity_id: row.entityId,
      finding_type: row.findingType,
      finding_text: row.findingText,
      basis: row.basis,
      reason: row.reason,
      accepted_by: row.acceptedBy,
      accepted_at: row.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['entity_type', 'entity_id', 'finding_type', 'finding_text'])
        .doUpdateSet({ basis: row.basis, reason: row.reason, accepted_by: row.acceptedBy, accepted_at: row.at }),
    )
    .execute();
}
