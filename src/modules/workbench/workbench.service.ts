import { ROLES, type Actor, type Role, isOnSite } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { pathOf, type ColumnsService } from '../columns/columns.service.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { MessagesService } from '../messages/messages.service.js';
import type { RequestsService } from '../requests/requests.service.js';
import type { ServiceCasesService } from '../service-cases/service-cases.service.js';
import type { ServiceItemsService } from '../service-items/service-items.service.js';
import type { WorkPlansService } from '../work-plans/work-plans.service.js';
import type { AnnualReportService } from '../annual-report/annual-report.service.js';
import {
  columnRisks,
  HOME_PAGE_STALE_DAYS,
  homePageAge,
  VETO_BLANK_COLUMNS,
  VETO_STALE_COLUMNS,
} from './workbench.inspection.js';
import type { BlockKey } from './workbench.schema.js';

/** overdue: past its limit; soon: near it (or a risk to act on); normal: waiting, nothing late. */
export type Tone = 'overdue' | 'soon' | 'normal';

export interface WorkbenchItem {
  id: string;
  title: string;
  note: string;
  tone: Tone;
  /** The back-office page it is dealt with on. */
  page: string;
}

/** One block of the 工作台: what one kind of work asks of the user now, and the page where it is done. */
export interface WorkbenchBlock {
  key: BlockKey;
  title: string;
  /** The back-office page listing all of them; null when they come from several. */
  page: string | null;
  count: number;
  /** The first few, most urgent first; `count` says how many there are. */
  items: WorkbenchItem[];
  /** A sentence above the items when the count means something on its own (the inspection's veto). */
  summary: string;
}

const SHOWN = 8;

export interface WorkbenchDeps {
  clock: Clock;
  columns: ColumnsService;
  documents: DocumentsService;
  requests: RequestsService;
  messages: MessagesService;
  serviceItems: ServiceItemsService;
  serviceCases: ServiceCasesService;
  workPlans: WorkPlansService;
  annualReport: Pick<AnnualReportService, 'filings'>;
}

const workdays = (n: number) => (n < 0 ? `超期 ${-n} 个工作日` : n === 0 ? '今天到期' : `剩 ${n} 个工作日`);

/**
 * The 工作台: on signing in, each user sees what their roles ask of them now — an editor their
 * drafts and what came back, a reviewer the queue, a handler the cases by urgency, the office
 * everything overdue across modules and what the inspection would count against the site. Each
 * block is read through the module's own service with the user's own grants.
 */
export function createWorkbenchService(deps: WorkbenchDeps) {
  const { clock } = deps;

  function rolesOn(actor: Actor, siteId: string): Set<Role> {
    if (actor.isPlatformAdmin) return new Set(ROLES);
    return new Set(actor.grants.filter((g) => g.siteId === siteId).map((g) => g.role));
  }

  const block = (
    key: BlockKey,
    title: string,
    page: string | null,
    items: WorkbenchItem[],
    summary = '',
  ): WorkbenchBlock => ({ key, title, page, count: items.length, items: items.slice(0, SHOWN), summary });

  async function authorBlocks(actor: Actor, siteId: string): Promise<WorkbenchBlock[]> {
    const open = await deps.documents.authorWork(actor, siteId);
    const item = (r: (typeof open)[number], note: string): WorkbenchItem => ({
      id: r.documentId,
      title: r.content.title || '（无标题）',
      note,
      tone: r.state === 'rejected' ? 'soon' : 'normal',
      page: 'documents',
    });
    return [
      block(
        'returned',
        '被退回修改的信息',
        'documents',
        open
          .filter((r) => r.state === 'rejected')
          .map((r) => item(r, r.reviewNote ? `退回意见：${r.reviewNote}` : '审核人已退回')),
      ),
      block(
        'drafts',
        '我的草稿',
        'documents',
        open.filter((r) => r.state === 'draft').map((r) => item(r, `最后修改 ${chinaDate(new Date(r.updatedAt))}`)),
      ),
    ];
  }

  async function publicationDeadlines(actor: Actor, siteId: string): Promise<WorkbenchItem[]> {
    return (await deps.documents.deadlineRisks(actor, siteId)).map((r) => ({
      id: r.document.id,
      title: r.document.content.title,
      note: `条例第二十六条：应于 ${r.dueOn} 前公开，${workdays(r.workdaysLeft)}`,
      tone: r.workdaysLeft < 0 ? 'overdue' : 'soon',
      page: 'documents',
    }));
  }

  async function requestItems(actor: Actor, siteId: string, onlyOverdue: boolean): Promise<WorkbenchItem[]> {
    const open = await deps.requests.list(actor, siteId, { open: true });
    return open
      .filter((r) => !onlyOverdue || r.urgency === 'overdue')
      .map((r) => ({
        id: r.id,
        title: `依申请公开 ${r.trackingNo}：${r.infoTitle}`,
        note:
          r.urgency === 'paused'
            ? '计时中止（补正、征求意见或缴费）'
            : r.workdaysLeft === null
              ? '答复期限待定'
              : `答复期限 ${r.clock.dueOn}，${workdays(r.workdaysLeft)}`,
        tone: r.urgency === 'overdue' ? 'overdue' : r.urgency === 'due_soon' ? 'soon' : 'normal',
        page: 'requests',
      }));
  }

  async function messageItems(actor: Actor, siteId: string, onlyOverdue: boolean): Promise<WorkbenchItem[]> {
    const open = await deps.messages.list(actor, siteId, { open: true });
    return open
      .filter((m) => !onlyOverdue || m.case.overdue || m.case.watch === 'veto')
      .map((m) => ({
        id: m.id,
        title: `留言 ${m.trackingNo}：${m.subject}`,
        note:
          m.case.watch === 'veto'
            ? '有效留言超过 3 个月未答复（网站检查单项否决）'
            : m.case.dueOn
              ? `${m.case.stateLabel}，答复期限 ${m.case.dueOn}${m.case.overdue ? '，已超期' : ''}`
              : m.case.stateLabel,
        tone: m.case.overdue || m.case.watch === 'veto' ? 'overdue' : m.case.watch === 'near' ? 'soon' : 'normal',
        page: 'messages',
      }));
  }

  async function caseItems(actor: Actor, siteId: string, onlyOverdue: boolean): Promise<WorkbenchItem[]> {
    const cases = (await deps.serviceCases.list(actor, siteId)).filter(
      (c) => c.finishedOn === null && (!onlyOverdue || c.overdue),
    );
    return cases
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? '9').localeCompare(b.dueOn ?? '9'))
      .map((c) => ({
        id: c.id,
        title: `办件 ${c.caseNo}：${c.itemName}`,
        note: c.dueOn ? `承诺办结 ${c.dueOn}${c.overdue ? '，已超期' : ''}` : '即办件',
        tone: c.overdue ? 'overdue' : 'normal',
        page: 'serviceCases',
      }));
  }

  async function followUpItems(actor: Actor, siteId: string, onlyLate: boolean): Promise<WorkbenchItem[]> {
    return (await deps.serviceCases.followUps(actor, siteId))
      .filter((f) => !onlyLate || f.late)
      .map((f) => ({
        id: f.caseId,
        title: `差评整改 ${f.caseNo}：${f.itemName}`,
        note: `${f.label}，整改反馈期限 ${f.dueOn}${f.late ? '，已超期' : ''}`,
        tone: f.late ? 'overdue' : 'soon',
        page: 'serviceCases',
      }));
  }

  async function guideItems(actor: Actor, siteId: string) {
    const all = await deps.serviceItems.list(actor, siteId);
    const toItem = (s: (typeof all)[number], note: string, tone: Tone): WorkbenchItem => ({
      id: s.id,
      title: `办事指南：${s.name}`,
      note,
      tone,
      page: 'serviceItems',
    });
    return {
      reviews: all.filter((s) => s.latestState === 'submitted').map((s) => toItem(s, s.departmentName, 'normal')),
      publication: all
        .filter((s) => s.publicationDue)
        .map((s) =>
          toItem(
            s,
            `变更已于 ${s.publicationDue!.approvedOn} 审核，应于 ${s.publicationDue!.dueOn} 前公开${s.publicationDue!.late ? '，已逾期' : ''}`,
            s.publicationDue!.late ? 'overdue' : 'soon',
          ),
        ),
    };
  }

  async function workPlanItems(actor: Actor, siteId: string, onlyLate: boolean): Promise<WorkbenchItem[]> {
    const today = chinaDate(clock.now());
    // A share past its item's date and not done; a plan of two years ago is history, not work.
    const since = `${Number(today.slice(0, 4)) - 1}-01-01`;
    const pastDue = (dueOn: string) => dueOn < today && dueOn >= since;
    return (await deps.workPlans.myWork(actor, siteId))
      .filter((w) => w.assignment.state !== 'done' && (!onlyLate || w.assignment.lagging || pastDue(w.dueOn)))
      .map((w) => ({
        id: w.assignment.id,
        title: `${w.planTitle}：${w.content}`,
        note: [
          w.assignment.department,
          `完成时限 ${w.dueOn}`,
          pastDue(w.dueOn) ? '已超过完成时限' : '',
          w.latestReport?.status === 'returned' ? '报送被退回' : '',
          w.latestReminder ? '收到催办' : '',
          w.assignment.lagging ? '进度滞后' : '',
        ]
          .filter(Boolean)
          .join('，'),
        tone:
          w.assignment.lagging || pastDue(w.dueOn)
            ? 'overdue'
            : w.latestReport?.status === 'returned' || w.latestReminder
              ? 'soon'
              : 'normal',
        page: 'workPlans',
      }));
  }

  /**
   * Last year's annual reports, due by 31 January (条例 Art. 49): those not yet published, soon in
   * January and overdue after it; the summary says how many are published. `departmentIds` limits
   * it to a department's own; null is the office's view of every agency.
   */
  async function annualReports(siteId: string, departmentIds: string[] | null): Promise<WorkbenchBlock> {
    const today = chinaDate(clock.now());
    const year = Number(today.slice(0, 4)) - 1;
    const dueOn = `${year + 1}-01-31`;
    const filings = (await deps.annualReport.filings(siteId, year)).filter(
      (f) => departmentIds === null || (f.departmentId !== null && departmentIds.includes(f.departmentId)),
    );
    const published = filings.filter((f) => f.state === 'published');
    const items: WorkbenchItem[] = filings
      .filter((f) => f.state !== 'published')
      .map((f) => ({
        id: f.departmentId ?? 'government',
        title: `${f.agency}${year}年政府信息公开工作年度报告`,
        note: `${f.state === 'drafted' ? '已起草，尚未发布' : '尚未起草'}；条例第四十九条：应于 ${dueOn} 前公开`,
        tone: today > dueOn ? 'overdue' : 'soon',
        page: 'requests',
      }));
    const summary = `${year}年度报告共 ${filings.length} 份，已发布 ${published.length} 份${
      published.length ? `（${published.map((f) => f.agency).join('、')}）` : ''
    }`;
    return block('annualReports', `${year}年度政府信息公开工作年度报告`, 'requests', items, summary);
  }

  async function inspection(siteId: string): Promise<WorkbenchBlock> {
    const [columns, last] = await Promise.all([
      deps.columns.list(siteId),
      deps.documents.lastPublishedByColumn(siteId),
    ]);
    const today = chinaDate(clock.now());
    const risks = columnRisks(
      columns.map((c) => ({ id: c.id, path: pathOf(columns, c.id), updateIntervalDays: c.updateIntervalDays })),
      last,
      today,
    );
    const stale = risks.filter((r) => r.kind === 'stale').length;
    const blank = risks.length - stale;
    const age = homePageAge(last, today);
    const items: WorkbenchItem[] = [];
    if (age === null || age > HOME_PAGE_STALE_DAYS)
      items.push({
        id: 'home',
        title: '首页',
        note: age === null ? '尚未发布任何信息' : `已 ${age} 天没有新信息（超过 ${HOME_PAGE_STALE_DAYS} 天即单项否决）`,
        tone: 'overdue',
        page: 'documents',
      });
    for (const r of risks)
      items.push({
        id: r.columnId,
        title: r.path,
        note:
          r.kind === 'blank'
            ? '空白栏目：从未发布信息'
            : `${r.daysSince} 天未更新（应每 ${r.intervalDays} 天内更新），最近一条 ${r.lastPublishedOn}`,
        tone: r.kind === 'stale' ? 'overdue' : 'soon',
        page: 'columns',
      });
    const veto = stale >= VETO_STALE_COLUMNS || blank >= VETO_BLANK_COLUMNS;
    const summary =
      `不更新栏目 ${stale} 个、空白栏目 ${blank} 个` +
      (veto
        ? `，已达网站检查单项否决线（各 ${VETO_STALE_COLUMNS} 个）`
        : `；任一类达到 ${VETO_STALE_COLUMNS} 个即单项否决`);
    return block('inspection', '网站检查风险', 'columns', items, summary);
  }

  return {
    /** The blocks for the actor's roles on the site, those with something in them first. */
    async forActor(actor: Actor, siteId: string): Promise<WorkbenchBlock[]> {
      if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
      const roles = rolesOn(actor, siteId);
      const has = (...r: Role[]) => r.some((x) => roles.has(x));
      const office = has('site_admin');
      const blocks: WorkbenchBlock[] = [];
      // Read once: the editor's block and the office's overdue list both show them.
      const deadlines = has('editor', 'site_admin') ? await publicationDeadlines(actor, siteId) : [];
      if (has('editor', 'site_admin')) {
        blocks.push(...(await authorBlocks(actor, siteId)));
        blocks.push(block('publicationDeadlines', '临近主动公开时限的信息', 'documents', deadlines));
      }
      if (has('reviewer', 'site_admin')) {
        const queue = await deps.documents.reviewQueue(actor, siteId);
        blocks.push(
          block(
            'reviewQueue',
            '待我审核的信息',
            'documents',
            queue.map((d) => ({
              id: d.id,
              title: d.latest.content.title,
              note: d.latest.submittedAt ? `${chinaDate(new Date(d.latest.submittedAt))} 提交` : '',
              tone: 'normal',
              page: 'documents',
            })),
          ),
        );
      }
      if (has('editor', 'reviewer', 'site_admin', 'service_clerk')) {
        const guides = await guideItems(actor, siteId);
        if (has('reviewer', 'site_admin'))
          blocks.push(block('guideReviews', '待审核的办事指南', 'serviceItems', guides.reviews));
        blocks.push(block('guidePublication', '待公开的办事指南变更', 'serviceItems', guides.publication));
      }
      if (has('request_handler'))
        blocks.push(
          block('requests', '依申请公开（按紧急程度）', 'requests', await requestItems(actor, siteId, false)),
        );
      if (has('message_handler'))
        blocks.push(block('messages', '待办留言（按紧急程度）', 'messages', await messageItems(actor, siteId, false)));
      if (has('service_clerk')) {
        blocks.push(block('serviceCases', '在办办件', 'serviceCases', await caseItems(actor, siteId, false)));
        blocks.push(block('followUps', '差评整改', 'serviceCases', await followUpItems(actor, siteId, false)));
      }
      if (!office) {
        blocks.push(block('workPlan', '本单位工作要点任务', 'workPlans', await workPlanItems(actor, siteId, false)));
        const own = actor.grants.flatMap((g) => (g.siteId === siteId && g.departmentId ? [g.departmentId] : []));
        if (own.length && has('request_handler', 'editor', 'reviewer')) blocks.push(await annualReports(siteId, own));
      }
      if (office) {
        // Everything past its limit, whichever module it lives in (the 政务公开办's overview).
        const overdue = [
          ...(await requestItems(actor, siteId, true)),
          ...(await messageItems(actor, siteId, true)),
          ...(await caseItems(actor, siteId, true)),
          ...(await followUpItems(actor, siteId, true)),
          ...deadlines.filter((i) => i.tone === 'overdue'),
          ...(await workPlanItems(actor, siteId, true)),
        ];
        blocks.push(block('officeOverdue', '全站逾期事项', null, overdue));
        blocks.push(await inspection(siteId));
        blocks.push(await annualReports(siteId, null));
      }
      return [...blocks.filter((b) => b.count > 0), ...blocks.filter((b) => b.count === 0)];
    },
  };
}

export type WorkbenchService = ReturnType<typeof createWorkbenchService>;
