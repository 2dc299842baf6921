import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Services } from '../app.js';
import type { Executor } from '../db/database.js';
import { systemActor } from '../platform/auth/actor.js';
import { chinaDate, type Clock } from '../platform/clock/clock.js';
import { escapeHtml } from '../platform/text/html.js';
import { currentCalendar } from '../platform/workdays/workdays.js';
import type { DocumentContent } from '../modules/documents/documents.model.js';
import type { RegisterRequestBody } from '../modules/requests/requests.schema.js';
import { DEFAULT_THEME_COLOUR } from '../portal/identity.js';

/** demo-content.json: written for the demo, every line fictional; dates are counted back from today. */
interface DemoContent {
  documents: DemoDocument[];
  knowledge: { department: string; question: string; alternatives: string[]; answer: string; source: string | null }[];
}

interface DemoDocument {
  key: string;
  column: string;
  department: string;
  title: string;
  docNo: string;
  writtenDaysAgo: number;
  publishedDaysAgo: number;
  subject: string;
  keywords: string[];
  summary: string;
  paragraphs: string[];
  interprets: string | null;
  documentKind: 'normative' | null;
}

/** How many of the 2018 plan's items the demo shows reported on. */
const DEMO_ITEMS_REPORTED = 12;

/** Marks every demo document as such where a visitor reads its source. */
export const DEMO_SOURCE = '（演示内容）';

/** The demo portal's identity: who runs it and the sites above it (no 党政机关 mark: it would name a real registration). */
const DEMO_IDENTITY = {
  organiser: '苏州市姑苏区大数据管理中心（演示）',
  themeColour: DEFAULT_THEME_COLOUR,
  conacId: '',
  relatedSites: [
    { name: '中国政府网', url: 'https://www.gov.cn/' },
    { name: '江苏省人民政府', url: 'https://www.jiangsu.gov.cn/' },
    { name: '苏州市人民政府', url: 'https://www.suzhou.gov.cn/' },
  ],
  bannerAlt: '',
};

export function demoContent(): DemoContent {
  return JSON.parse(readFileSync(new URL('./demo-content.json', import.meta.url), 'utf8')) as DemoContent;
}

/**
 * Fills the new demo site so a newcomer sees every capability at work (issue 17 §6): documents in
 * the standard columns, dated over the last months, with interpretations and a spreadsheet
 * attached, knowledge-base entries, and disclosure requests in different states. Each item is its
 * own transaction through the services, checked like any other; returns how many of each landed.
 */
export async function seedDemoContent(services: Services, db: Executor, siteId: string, clock: Clock) {
  const actor = systemActor('演示数据');
  const content = demoContent();
  const [columns, departments] = await Promise.all([services.columns.list(siteId), services.departments.list(siteId)]);
  const departmentId = (shortName: string) => {
    const found = departments.find((d) => d.shortName === shortName);
    if (!found) throw new Error(`演示数据中的单位不存在：${shortName}`);
    return found.id;
  };
  const columnId = (code: string) => {
    const found = columns.find((c) => c.code === code);
    if (!found) throw new Error(`演示数据中的栏目不存在：${code}`);
    return found.id;
  };
  const daysAgo = (days: number) => new Date(clock.now().getTime() - days * 86_400_000);
  const ids = new Map<string, string>();

  // The portal's identity, and a 专题 whose sections gather what was published on one theme.
  await services.siteIdentity.update(actor, siteId, {
    ...DEMO_IDENTITY,
    homeBlocks: [],
  });
  const topic = await services.columns.create(actor, siteId, {
    parentId: null,
    name: '优化营商环境',
    kind: 'topic',
    linkUrl: '',
    updateIntervalDays: null,
    sortOrder: 90,
    description: '姑苏区优化营商环境的政策措施、解读和工作进展，一页看全。（演示内容）',
  });
  const section = async (name: string, kind: 'policy' | 'news', sortOrder: number) =>
    (
      await services.columns.create(actor, siteId, {
        parentId: topic.id,
        name,
        kind,
        linkUrl: '',
        updateIntervalDays: null,
        sortOrder,
      })
    ).id;
  const topicPolicies = await section('政策措施', 'policy', 1);
  const topicNews = await section('工作动态', 'news', 2);
  const topicColumn = (d: DemoDocument) =>
    !d.title.includes('营商环境') ? [] : d.column === 'news' ? [topicNews] : [topicPolicies];

  // Policies before the interpretations that name them.
  const ordered = [...content.documents.filter((d) => !d.interprets), ...content.documents.filter((d) => d.interprets)];
  for (const d of ordered) {
    const department = departments.find((x) => x.shortName === d.department);
    const body: DocumentContent = {
      title: d.title,
      docNo: d.docNo,
      writtenOn: chinaDate(daysAgo(d.writtenDaysAgo)),
      subject: d.subject,
      keywords: d.keywords,
      disclosure: 'proactive',
      validity: 'effective',
      replacedById: null,
      interpretsId: d.interprets ? (ids.get(d.interprets) ?? null) : null,
      documentKind: d.documentKind,
      summary: d.summary,
      bodyHtml: d.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
      source: `${department?.name ?? ''}${DEMO_SOURCE}`,
      columnIds: [columnId(d.column), ...topicColumn(d)],
    };
    const publishedAt = new Date(daysAgo(d.publishedDaysAgo).setUTCHours(2, 0, 0, 0)).toISOString();
    const row = await services.documents.importPublished(actor, siteId, {
      departmentId: departmentId(d.department),
      content: body,
      publishedAt,
      indexNo: null,
    });
    if (row) ids.set(d.key, row.id);
  }

  // A budget table attached to the first budget document, as offices publish them.
  const budget = content.documents.find((d) => d.column === 'art20-7');
  const budgetId = budget && ids.get(budget.key);
  if (budgetId) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('一般公共预算支出');
    sheet.addRows([
      ['项目', '2025年执行数（万元）', '2026年预算数（万元）'],
      ['一般公共服务支出', 41230, 40560],
      ['教育支出', 98610, 102300],
      ['社会保障和就业支出', 76540, 79820],
      ['城乡社区支出', 65200, 63150],
      ['合计', 281580, 285830],
    ]);
    await services.documents.addAttachment(actor, budgetId, {
      name: '2026年一般公共预算支出表（演示）.xlsx',
      bytes: Buffer.from(await book.xlsx.writeBuffer()),
    });
  }

  // The district's 2018 plan (seeded with the site) with some progress: the shares of its first
  // items reported by their departments and accepted, two of every three done, the third under way.
  const [plan] = await services.workPlans.list(actor, siteId);
  const items = plan ? plan.goals.flatMap((g) => g.tasks.flatMap((t) => t.items)).slice(0, DEMO_ITEMS_REPORTED) : [];
  let reports = 0;
  for (const [i, item] of items.entries())
    for (const share of item.assignments) {
      const done = i % 3 !== 2;
      const report = await services.workPlans.report(actor, share.id, {
        state: done ? 'done' : 'in_progress',
        progress: done ? 100 : 60,
        text: done
          ? `已按要求完成，相关信息已在门户网站公开。${DEMO_SOURCE}`
          : `正在推进，主要工作已完成。${DEMO_SOURCE}`,
        evidence: done ? [{ title: '政府信息公开指南', url: '/openness/guide/' }] : [],
      });
      await services.workPlans.review(actor, report.id, { decision: 'accept', note: '' });
      reports++;
    }

  let knowledge = 0;
  for (const k of content.knowledge) {
    await services.assistant.save(actor, siteId, {
      departmentId: departmentId(k.department),
      question: k.question,
      alternatives: k.alternatives,
      answer: k.answer,
      sourceDocumentId: k.source ? (ids.get(k.source) ?? null) : null,
      validUntil: null,
    });
    knowledge++;
  }

  // Disclosure requests at the office: one just received, one extended, one answered, one late.
  const calendar = await currentCalendar(db);
  const workdaysAgo = (n: number) => {
    let at = clock.now();
    for (let counted = 0; counted < n;) {
      at = new Date(at.getTime() - 86_400_000);
      if (calendar.isWorkday(chinaDate(at))) counted++;
    }
    return chinaDate(at);
  };
  const office = departmentId('区党政办');
  const request = (over: Partial<RegisterRequestBody> & Pick<RegisterRequestBody, 'infoTitle' | 'receivedOn'>) =>
    services.requests.register(actor, siteId, {
      departmentId: office,
      channel: 'online',
      applicant: {
        kind: 'person',
        organisationKind: null,
        name: '演示申请人',
        idType: '居民身份证',
        idNumber: '320508199001010010',
        workUnit: '',
        legalRepresentative: '',
        contactName: '',
        phone: '13800000000',
        email: '',
        address: '',
        postcode: '',
      },
      infoDocNo: '',
      infoDescription: '',
      purpose: '',
      deliveryForm: 'email',
      deliveryMethod: 'email',
      feeWaiverRequested: false,
      feeWaiverReason: '',
      ...over,
    });
  await request({ infoTitle: '2026年老旧小区改造项目清单', receivedOn: workdaysAgo(2) });
  const extended = await request({ infoTitle: '平江路历史街区保护规划批复文件', receivedOn: workdaysAgo(18) });
  await services.requests.addEvent(actor, extended.id, {
    type: 'extended',
    on: workdaysAgo(1),
    days: 20,
    approvedBy: '区党政办主任',
    note: '需调取档案，经批准延期答复',
  });
  const answered = await request({ infoTitle: '2025年区级部门预算公开情况', receivedOn: workdaysAgo(15) });
  await services.requests.addEvent(actor, answered.id, {
    type: 'replied',
    on: workdaysAgo(5),
    outcome: 'disclosed',
    note: '已通过电子邮件提供',
  });
  await request({ infoTitle: '古城区停车收费标准的制定依据', receivedOn: workdaysAgo(22) });

  return { documents: ids.size, knowledge, requests: 4, reports };
}
