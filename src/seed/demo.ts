import { readFileSync } from 'node:fs';
import { createServices } from '../app.js';
import { inTransaction, takeLock, type DatabaseHandle } from '../db/database.js';
import { systemActor } from '../platform/auth/actor.js';
import type { Clock } from '../platform/clock/clock.js';
import type { Config } from '../config.js';
import type { DepartmentKind } from '../modules/departments/departments.service.js';
import { DEFAULT_INDEX_NO_TEMPLATE } from '../modules/sites/index-number.js';
import { parsePlanText } from '../modules/work-plans/work-plans.parse.js';
import { planDocument } from '../modules/work-plans/work-plans.document.js';

/**
 * The demo site: 姑苏区人民政府, the departments named in the district's 2018 work plan
 * (gusu-2018-work-plan.txt, a copy of shared/seeds/000_…) and that plan itself. "区各有关单位" and "区各有关主管单位" are groups, not departments.
 * Codes and filing numbers here are made-up examples that pass the check-digit rules.
 */
const DEMO_DEPARTMENTS: { name: string; shortName: string; kind: DepartmentKind; code: string }[] = [
  { name: '苏州市姑苏区党政办公室', shortName: '区党政办', kind: 'government', code: '11320508000014373U' },
  { name: '苏州市姑苏区机构编制委员会办公室', shortName: '区编委办', kind: 'government', code: '11320508000014744J' },
  { name: '苏州市姑苏区市场监督管理局', shortName: '区市场监督管理局', kind: 'government', code: '11320508000015114L' },
  { name: '苏州市姑苏区财政局', shortName: '区财政局', kind: 'government', code: '11320508000015480G' },
  { name: '苏州市姑苏区发展和改革局', shortName: '区发改局', kind: 'government', code: '113205080000158517' },
  { name: '中共苏州市姑苏区委宣传部', shortName: '区委宣传部', kind: 'government', code: '113205080000162219' },
  { name: '苏州市姑苏区行政审批局', shortName: '区行政审批局', kind: 'government', code: '113205080000165987' },
  { name: '苏州市姑苏区住房和建设委员会', shortName: '区住建委', kind: 'government', code: '11320508000016969X' },
  {
    name: '苏州市姑苏区社会综合治理联动中心',
    shortName: '区联动中心',
    kind: 'public_institution',
    code: '113205080000173390',
  },
];

export interface SeedResult {
  seeded: boolean;
  siteId?: string;
  adminAccount?: string;
  /** Generated once, shown once; only its hash is stored. */
  adminPassword?: string;
}

export interface SeedDeps {
  database: Pick<DatabaseHandle, 'db' | 'dialect'>;
  clock: Clock;
  config: Config;
}

/**
 * Seeds the demo site when the platform has no site yet. The check and the writes share one
 * transaction holding the start-up lock, so instances starting together seed it once.
 */
export async function seedDemoIfEmpty({ database, clock, config }: SeedDeps): Promise<SeedResult> {
  return inTransaction(database.db, async (trx) => {
    await takeLock(trx, 'startup', clock.now().toISOString());
    // The app's own services, wired as app.ts wires them, all in this one transaction.
    const { sites, departments, users, documents, workPlans, columns } = createServices(
      { db: trx, dialect: database.dialect },
      config,
      clock,
    );
    if ((await sites.count()) > 0) return { seeded: false };
    const actor = systemActor('初始化');

    const site = await sites.create(actor, {
      name: '姑苏区人民政府',
      siteCode: '3205080001',
      sponsor: '苏州市姑苏区人民政府办公室',
      orgCode: '113205080000140070',
      address: '江苏省苏州市姑苏区示例路 1 号',
      phone: '0512-00000000',
      email: 'gongkai@example.gov.cn',
      icpNo: '苏ICP备00000000号',
      policeFilingNo: '苏公网安备 32050802000000号',
      indexNoTemplate: DEFAULT_INDEX_NO_TEMPLATE,
      hosts: ['localhost', '127.0.0.1', new URL(config.publicUrl).hostname],
    });
    for (const [i, d] of DEMO_DEPARTMENTS.entries()) {
      await departments.create(actor, site.id, {
        parentId: null,
        name: d.name,
        shortName: d.shortName,
        code: d.code,
        kind: d.kind,
        phone: '',
        fax: '',
        email: '',
        address: '',
        officeHours: '工作日 上午 9:00—12:00，下午 13:30—17:30',
        sortOrder: i + 1,
      });
    }
    // The district's 2018 plan: handed out, published as a document on the day the district
    // published it, and on its public progress page.
    const { plan } = parsePlanText(readFileSync(new URL('./gusu-2018-work-plan.txt', import.meta.url), 'utf8'));
    const { id: planId } = await workPlans.importPlan(actor, site.id, plan);
    await workPlans.assign(actor, planId);
    const office = (await departments.list(site.id)).find((d) => d.shortName === '区党政办');
    const rules = (await columns.list(site.id)).find((c) => c.code === 'rules');
    const document = await documents.importPublished(actor, site.id, {
      departmentId: office?.id ?? '',
      content: {
        ...planDocument(await workPlans.get(actor, planId)),
        columnIds: rules ? [rules.id] : [],
      },
      publishedAt: '2019-01-08T02:45:00.000Z',
      indexNo: null,
    });
    await workPlans.publish(actor, planId, { published: true, documentId: document?.id ?? null, reportEveryDays: 30 });
    const { password } = await users.create(actor, {
      account: 'admin',
      name: '平台管理员',
      isPlatformAdmin: true,
      grants: [{ siteId: site.id, role: 'site_admin', departmentId: null }],
    });
    return { seeded: true, siteId: site.id, adminAccount: 'admin', adminPassword: password ?? undefined };
  });
}
