import { Type, type Static } from '@sinclair/typebox';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { DateString, Id, NonEmpty, Text } from '../../platform/http/schemas.js';
import { newId } from '../../platform/ids/ids.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { REPLACEMENTS, type Guide } from './service-items.model.js';
import * as repo from './service-items.repository.js';

/**
 * 证明事项清单 (GLOSSARY: certificateRequirement; seed 二(五): certificates without a legal basis are
 * cancelled, those that can be are simplified): what each department still asks for, with its
 * basis, and what was cancelled, when, and what replaces it — published, and checked against the
 * guides, since a guide still asking for a cancelled certificate is the thing to catch.
 */

export const CertificateInputSchema = Type.Object(
  {
    departmentId: Id,
    name: NonEmpty(100, { description: '证明名称' }),
    issuer: Text(200, { default: '', description: '开具单位' }),
    basis: Text(1000, { default: '', description: '设定依据（保留的须填写）' }),
    status: Type.Union([Type.Literal('kept'), Type.Literal('cancelled')], {
      description: 'kept 保留 · cancelled 取消',
    }),
    cancelledOn: Type.Union([DateString, Type.Null()], { default: null, description: '取消日期' }),
    replacement: Type.Union(
      [...Object.keys(REPLACEMENTS).map((k) => Type.Literal(k as keyof typeof REPLACEMENTS)), Type.Null()],
      {
        default: null,
        description:
          '取消后的替代方式：notification_commitment 告知承诺 · department_check 部门核查 · data_sharing 数据共享 · none 直接取消',
      },
    ),
    note: Text(500, { default: '' }),
  },
  { additionalProperties: false },
);
export type CertificateInput = Static<typeof CertificateInputSchema>;

export const CertificateSchema = Type.Object({
  id: Id,
  ...CertificateInputSchema.properties,
  departmentName: Type.String(),
  replacementLabel: Type.Union([Type.String(), Type.Null()]),
});
export type Certificate = Static<typeof CertificateSchema>;

export const CertificateErrors = defineErrors({
  CERTIFICATE_INCOMPLETE: { status: 400, message: '证明事项信息不完整' },
});

/** Whether a material is a cancelled certificate under another wording (居住证明 ~ 居住证明（社区出具）). */
export function asksFor(materialName: string, certificateName: string): boolean {
  const plain = (s: string) => s.replace(/[\s（）()《》“”"、，,.。:：]/g, '');
  const m = plain(materialName);
  const c = plain(certificateName);
  return c.length >= 3 && m.length >= 3 && (m.includes(c) || c.includes(m));
}

/** The cancelled certificates a guide still asks for, as `material → certificate`. */
export function cancelledAskedFor(guide: Guide, cancelled: readonly Pick<Certificate, 'name'>[]): string[] {
  return guide.materials.flatMap((m) =>
    cancelled
      .filter((c) => asksFor(m.name, c.name))
      .map((c) => (m.name === c.name ? c.name : `${m.name}（${c.name}）`)),
  );
}

export function createCertificatesService({
  db,
  clock,
  departments,
}: {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
}) {
  async function list(siteId: string): Promise<Certificate[]> {
    const [rows, depts] = await Promise.all([repo.listCertificates(db, siteId), departments.list(siteId)]);
    const names = new Map(depts.map((d) => [d.id, d.name]));
    return rows.map(({ siteId: _s, ...r }) => ({
      ...r,
      departmentName: names.get(r.departmentId) ?? '',
      replacement: r.replacement as keyof typeof REPLACEMENTS | null,
      replacementLabel: r.replacement ? REPLACEMENTS[r.replacement as keyof typeof REPLACEMENTS] : null,
    }));
  }

  return {
    list,
    cancelled: async (siteId: string) => (await list(siteId)).filter((c) => c.status === 'cancelled'),

    /** Records a certificate on the list, or changes it; a department's editors keep their own. */
    async save(actor: Actor, siteId: string, id: string | null, input: CertificateInput): Promise<Certificate> {
      const dept = await departments.get(input.departmentId).catch(() => undefined);
      if (!dept || dept.siteId !== siteId)
        throw Errors.VALIDATION_FAILED('部门不存在', [{ field: 'departmentId', message: '请选择部门' }]);
      if (!can(actor, siteId, ['editor', 'site_admin'], await departments.path(siteId, dept.id)))
        throw Errors.FORBIDDEN('没有权限维护该部门的证明事项');
      if (input.status === 'kept' && !input.basis.trim())
        throw CertificateErrors.CERTIFICATE_INCOMPLETE('保留的证明事项须写明设定依据；没有依据的应当取消', [
          { field: 'basis', message: '请填写设定依据' },
        ]);
      if (input.status === 'cancelled' && (!input.cancelledOn || !input.replacement))
        throw CertificateErrors.CERTIFICATE_INCOMPLETE('取消的证明事项须写明取消日期和替代方式', [
          { field: input.cancelledOn ? 'replacement' : 'cancelledOn', message: '请填写' },
        ]);
      const before = id ? (await list(siteId)).find((c) => c.id === id) : undefined;
      if (id && !before) throw Errors.NOT_FOUND('证明事项不存在');
      const row: repo.CertificateRow = {
        id: id ?? newId(),
        siteId,
        departmentId: dept.id,
        name: input.name.trim(),
        issuer: input.issuer.trim(),
        basis: input.basis.trim(),
        status: input.status,
        cancelledOn: input.status === 'cancelled' ? input.cancelledOn : null,
        replacement: input.status === 'cancelled' ? input.replacement : null,
        note: input.note.trim(),
      };
      const certificateId = row.id;
      await inTransaction(db, async (trx) => {
        await repo.saveCertificate(trx, row, !before, clock.now().toISOString());
        await recordAudit(trx, clock, actor, {
          action: before ? 'certificate.update' : 'certificate.create',
          entityType: 'certificate_requirement',
          entityId: certificateId,
          siteId,
          departmentId: dept.id,
          before,
          after: row,
        });
      });
      return (await list(siteId)).find((c) => c.id === certificateId)!;
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
