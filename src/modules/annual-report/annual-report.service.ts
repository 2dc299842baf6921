import type { Executor } from '../../db/database.js';
import type { Clock } from '../../platform/clock/clock.js';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Actor, Role } from '../../platform/auth/actor.js';
import { inTransaction } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can } from '../../platform/auth/actor.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { DOCUMENT_KIND_LABELS } from '../documents/documents.model.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { DocumentDetail, DocumentsService } from '../documents/documents.service.js';
import { AnnualReportBody } from './annual-report.html.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { RequestsService } from '../requests/requests.service.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  caseStates,
  checkArithmetic,
  processingFees,
  section3,
  section4,
  SECTION3_NOTE,
  SECTION4_GROUPS,
  timeliness,
  type Section3,
  type Section4,
} from './annual-report.js';
import { section3Labels, type LabelCell } from './annual-report.layout.js';
import {
  NARRATIVE_SECTIONS,
  prefilledNarrative,
  section6Facts,
  TO_BE_WRITTEN,
  type Narrative,
  type NarrativeSection,
  type WorkPlanSummary,
} from './annual-report.narrative.js';

/** Section 二's figures the office enters (the others come from the documents). */
export const ENTERED_FIGURES = ['licensing', 'penalties', 'enforcement', 'fees'] as const;
export type EnteredFigure = (typeof ENTERED_FIGURES)[number];

export interface AnnualReport {
  year: number;
  siteId: string;
  /** The agency the report is for; null for the whole government (every case of the site). */
  department: { id: string; name: string } | null;
  /** Whose report it is: the department's name, or the site's (the government's). */
  agency: string;
  section2: { blocks: { title: string; columns: string[]; rows: { label: string; values: (number | null)[] }[] }[] };
  /** With the row labels laid out as the national form prints them (annual-report.layout.ts). */
  section3: Section3 & { note: string; labels: LabelCell[][] };
  section4: Section4 & { groups: string[] };
  /** 一、五 and the office's part of 六: as the office wrote them, or prefilled where it has not. */
  narrative: Narrative & { edited: NarrativeSection[] };
  /** 六's opening, computed at drafting: the 信息处理费 charged and how far the year's work plan got. */
  section6: {
    facts: string[];
    processingFees: { cases: number; amount: number };
    workPlan: WorkPlanSummary | null;
  };
  /** Arithmetic that does not hold (legal.md §2); a report is published only when this is empty. */
  problems: string[];
}

export const AnnualReportErrors = defineErrors({
  ANNUAL_REPORT_ARITHMETIC: { status: 409, message: '年度报告的勾稽关系不成立，不能发布' },
  ANNUAL_REPORT_COLUMN: { status: 409, message: '站点没有“政府信息公开年报”栏目' },
  ANNUAL_REPORT_UNFINISHED: {
    status: 409,
    message: `年度报告中还有标注“${TO_BE_WRITTEN}”的内容，请写完后再提交`,
  },
  ANNUAL_REPORT_OFFICE_REVIEW: {
    status: 403,
    message: '本站点规定：部门的政府信息公开工作年度报告由政务公开办审核',
  },
  ANNUAL_REPORT_CHANGED: {
    status: 409,
    message: '年度报告起草后，办理数据发生了变化，表格已不准确；请重新起草后再发布',
  },
});

/** The report as filed for a year (drafted as a document), if any. */
async function snapshotOf(
  db: Executor,
  siteId: string,
  departmentId: string | null,
  year: number,
): Promise<AnnualReport | undefined> {
  const row = await db
    .selectFrom('annual_report_snapshots')
    .select('report_json')
    .where('site_id', '=', siteId)
    .where('department_key', '=', departmentId ?? '')
    .where('year', '=', year)
    .executeTakeFirst();
  return row && (JSON.parse(row.report_json) as AnnualReport);
}

/**
 * A check of a document's content on submission and publication: a drafted annual report is not
 * sent for review or published while a prefilled passage still says what is to be written.
 */
export function annualReportContentCheck() {
  return async (db: Executor, doc: { id: string }, content: { bodyHtml: string }): Promise<void> => {
    if (!content.bodyHtml.includes(TO_BE_WRITTEN)) return;
    const filed = await db
      .selectFrom('annual_report_snapshots')
      .select('year')
      .where('document_id', '=', doc.id)
      .executeTakeFirst();
    if (filed) throw AnnualReportErrors.ANNUAL_REPORT_UNFINISHED();
  };
}

/**
 * A check of who reviews: where the site says so (annualReportOfficeReview), a department's annual
 * report is reviewed by the office — a site administrator — not by the department's own reviewer.
 */
export function annualReportReviewCheck() {
  return async (db: Executor, actor: Actor, doc: { id: string; siteId: string }): Promise<void> => {
    const filed = await db
      .selectFrom('annual_report_snapshots as s')
      .innerJoin('sites', 'sites.id', 's.site_id')
      .select(['s.department_key', 'sites.annual_report_office_review'])
      .where('s.document_id', '=', doc.id)
      .executeTakeFirst();
    if (!filed || filed.department_key === '' || Number(filed.annual_report_office_review) !== 1) return;
    if (!can(actor, doc.siteId, ['site_admin'], [])) throw AnnualReportErrors.ANNUAL_REPORT_OFFICE_REVIEW();
  };
}

/** One agency's report for a year and how far it has got. */
export interface Filing {
  departmentId: string | null;
  agency: string;
  documentId: string | null;
  state: 'not_drafted' | 'drafted' | 'published';
  publishedAt: string | null;
}

const READERS: Role[] = ['site_admin', 'request_handler', 'auditor'];
const WRITERS: Role[] = ['site_admin', 'request_handler'];

/** The report's own title, as published. */
export const reportTitle = (report: { agency: string; year: number }): string =>
  `${report.agency}${report.year}年政府信息公开工作年度报告`;

/** The name of the report's tables, for files and pages. */
export const tablesTitle = (report: AnnualReport): string =>
  `${report.agency}${report.year}年政府信息公开工作年度报告（统计表）`;

export interface AnnualReportDeps {
  db: Executor;
  clock: Clock;
  sites: Pick<SitesService, 'get'>;
  departments: Pick<DepartmentsService, 'get' | 'list' | 'path'>;
  columns: Pick<ColumnsService, 'list'>;
  documents: Pick<DocumentsService, 'create' | 'kindStatistics' | 'publishedInYear'>;
  requests: Pick<RequestsService, 'reportCases'>;
  /** How far the year's work plan got (the work-plans module); without it 六 says none was entered. */
  workPlans?: {
    yearSummary(siteId: string, year: number, departmentId: string | null): Promise<WorkPlanSummary | null>;
  };
}

export function createAnnualReportService({
  db,
  clock,
  sites,
  departments,
  columns,
  documents,
  requests,
  workPlans,
}: AnnualReportDeps) {
  async function readFigures(trx: Executor, siteId: string, departmentId: string | null, year: number) {
    const rows = await trx
      .selectFrom('annual_report_figures')
      .select(['figure', 'value'])
      .where('site_id', '=', siteId)
      .where('department_key', '=', departmentId ?? '')
      .where('year', '=', year)
      .execute();
    return new Map(rows.map((r) => [r.figure as EnteredFigure, Number(r.value)]));
  }

  async function readNarrative(trx: Executor, siteId: string, departmentId: string | null, year: number) {
    const rows = await trx
      .selectFrom('annual_report_narratives')
      .select(['section', 'body'])
      .where('site_id', '=', siteId)
      .where('department_key', '=', departmentId ?? '')
      .where('year', '=', year)
      .execute();
    return new Map(rows.map((r) => [r.section as NarrativeSection, r.body]));
  }

  const service = {
    /** The report for a member of staff: the office sees the government's, a department its own. */
    async view(actor: Actor, siteId: string, year: number, departmentId: string | null): Promise<AnnualReport> {
      const path = departmentId ? await departments.path(siteId, departmentId) : [];
      if (!can(actor, siteId, READERS, path)) throw Errors.FORBIDDEN('没有查看该年度报告的权限');
      return service.build(siteId, year, departmentId);
    },

    /**
     * The report's figures for a year, for the whole site or one department, with its arithmetic
     * checked; in the caller's transaction when it passes one (there the work plan, which bears on
     * no figure, is left out).
     */
    async build(
      siteId: string,
      year: number,
      departmentId: string | null = null,
      trx: Executor = db,
    ): Promise<AnnualReport> {
      const site = await sites.get(siteId, trx);
      const dept = departmentId ? await departments.get(departmentId, trx) : null;
      const [calendar, cases, kinds, entered, published, written, plan, siteColumns] = await Promise.all([
        currentCalendar(trx),
        requests.reportCases(siteId, departmentId, trx),
        documents.kindStatistics(siteId, year, departmentId, trx),
        readFigures(trx, siteId, departmentId, year),
        documents.publishedInYear(siteId, year, departmentId, trx),
        readNarrative(trx, siteId, departmentId, year),
        trx === db && workPlans ? workPlans.yearSummary(siteId, year, departmentId) : null,
        columns.list(siteId, trx),
      ]);
      const figure = (f: EnteredFigure) => entered.get(f) ?? null;
      // One state per case and year-end, shared by every table that asks.
      const stateAt = caseStates(calendar, { feePausesClock: site.feePausesClock });
      const s3 = section3(cases, year, stateAt);
      const s4 = section4(cases, year);
      // This year's 二 must equal last year's 四 as filed; recomputed when nothing was filed here.
      const filed = await snapshotOf(trx, siteId, departmentId, year - 1);
      const previousCarried = (filed ?? { section3: section3(cases, year - 1, stateAt) }).section3.rows.at(-1)?.values;
      const total = (i: number) => s3.rows.at(i)?.values[6] ?? 0;
      const fees = processingFees(cases, year);
      const facts = {
        year,
        agency: dept?.name ?? site.name,
        published,
        kinds,
        requests: { received: total(0), carried: total(1), closed: total(-2), carriedOver: total(-1) },
        timeliness: timeliness(cases, year, stateAt),
        remedies: {
          reviews: s4.values[4] ?? 0,
          lawsuits: (s4.values[9] ?? 0) + (s4.values[14] ?? 0),
          corrected: (s4.values[1] ?? 0) + (s4.values[6] ?? 0) + (s4.values[11] ?? 0),
        },
        fees,
        workPlan: plan,
        columns: siteColumns.length,
      };
      const prefilled = prefilledNarrative(facts);
      const narrative = Object.fromEntries(
        NARRATIVE_SECTIONS.map((k) => [k, written.get(k) ?? prefilled[k]]),
      ) as Narrative;
      return {
        year,
        siteId,
        department: dept && { id: dept.id, name: dept.name },
        agency: dept?.name ?? site.name,
        // Section 二 as printed; a figure the office has not entered is null, never a made-up zero.
        section2: {
          blocks: [
            {
              title: '第二十条第（一）项',
              columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
              rows: (['rule', 'normative'] as const).map((k) => ({
                label: DOCUMENT_KIND_LABELS[k],
                values: [kinds[k].issued, kinds[k].repealed, kinds[k].inForce],
              })),
            },
            {
              title: '第二十条第（五）项',
              columns: ['本年处理决定数量'],
              rows: [{ label: '行政许可', values: [figure('licensing')] }],
            },
            {
              title: '第二十条第（六）项',
              columns: ['本年处理决定数量'],
              rows: [
                { label: '行政处罚', values: [figure('penalties')] },
                { label: '行政强制', values: [figure('enforcement')] },
              ],
            },
            {
              title: '第二十条第（八）项',
              columns: ['本年收费金额（单位：万元）'],
              rows: [{ label: '行政事业性收费', values: [figure('fees')] }],
            },
          ],
        },
        section3: { ...s3, note: SECTION3_NOTE, labels: section3Labels(s3.rows) },
        section4: { ...s4, groups: [...SECTION4_GROUPS] },
        narrative: { ...narrative, edited: NARRATIVE_SECTIONS.filter((k) => written.has(k)) },
        section6: { facts: section6Facts(facts), processingFees: fees, workPlan: plan },
        problems: checkArithmetic(s3, s4, previousCarried),
      };
    },

    /**
     * Whose report for the year is due (条例 Art. 49: published by 31 January): the government's
     * and each government department's and street's, with how far each has got — not drafted,
     * drafted (the document not yet published), or published.
     */
    async filings(siteId: string, year: number): Promise<Filing[]> {
      const site = await sites.get(siteId);
      const agencies = [
        { departmentId: null, agency: site.name },
        ...(await departments.list(siteId))
          .filter((d) => d.parentId === null && (d.kind === 'government' || d.kind === 'street'))
          .map((d) => ({ departmentId: d.id, agency: d.name })),
      ];
      const filed = await db
        .selectFrom('annual_report_snapshots as s')
        .innerJoin('documents as d', 'd.id', 's.document_id')
        .select(['s.department_key', 's.document_id', 'd.status', 'd.published_at'])
        .where('s.site_id', '=', siteId)
        .where('s.year', '=', year)
        .execute();
      const byKey = new Map(filed.map((f) => [f.department_key, f]));
      return agencies.map((a) => {
        const f = byKey.get(a.departmentId ?? '');
        const published = f?.status === 'published' && f.published_at !== null;
        return {
          ...a,
          documentId: f?.document_id ?? null,
          state: !f ? 'not_drafted' : published ? 'published' : 'drafted',
          publishedAt: published ? f.published_at : null,
        };
      });
    },

    /**
     * The office's text of 一、五 and 六, kept across re-drafts; a null goes back to the prefilled text.
     */
    async saveNarrative(
      actor: Actor,
      siteId: string,
      q: { year: number; departmentId: string | null; texts: Partial<Record<NarrativeSection, string | null>> },
    ): Promise<AnnualReport> {
      const path = q.departmentId ? await departments.path(siteId, q.departmentId) : [];
      if (!can(actor, siteId, WRITERS, path)) throw Errors.FORBIDDEN('没有填写年度报告的权限');
      await inTransaction(db, async (trx) => {
        const key = { site_id: siteId, department_key: q.departmentId ?? '', year: q.year };
        for (const section of NARRATIVE_SECTIONS) {
          const body = q.texts[section];
          if (body === undefined) continue;
          await trx
            .deleteFrom('annual_report_narratives')
            .where('site_id', '=', key.site_id)
            .where('department_key', '=', key.department_key)
            .where('year', '=', key.year)
            .where('section', '=', section)
            .execute();
          if (body !== null && body.trim() !== '')
            await trx
              .insertInto('annual_report_narratives')
              .values({ ...key, section, body: body.trim(), updated_at: clock.now().toISOString() })
              .execute();
        }
        await recordAudit(trx, clock, actor, {
          action: 'annual_report.narrative',
          entityType: 'annual_report',
          entityId: `${siteId}:${q.departmentId ?? ''}:${q.year}`,
          siteId,
          departmentId: q.departmentId,
          after: q.texts,
        });
      });
      return service.build(siteId, q.year, q.departmentId);
    },

    /** The figures of section 二 the office enters; a null clears one. */
    async saveFigures(
      actor: Actor,
      siteId: string,
      q: { year: number; departmentId: string | null; figures: Partial<Record<EnteredFigure, number | null>> },
    ): Promise<AnnualReport> {
      const path = q.departmentId ? await departments.path(siteId, q.departmentId) : [];
      if (!can(actor, siteId, ['site_admin', 'request_handler'], path))
        throw Errors.FORBIDDEN('没有填报年度报告的权限');
      await inTransaction(db, async (trx) => {
        const at = clock.now().toISOString();
        for (const [figure, value] of Object.entries(q.figures)) {
          const key = { site_id: siteId, department_key: q.departmentId ?? '', year: q.year, figure };
          await trx
            .deleteFrom('annual_report_figures')
            .where('site_id', '=', key.site_id)
            .where('department_key', '=', key.department_key)
            .where('year', '=', key.year)
            .where('figure', '=', figure)
            .execute();
          if (value !== null && value !== undefined)
            await trx
              .insertInto('annual_report_figures')
              .values({ ...key, value, updated_at: at })
              .execute();
        }
        await recordAudit(trx, clock, actor, {
          action: 'annual_report.figures',
          entityType: 'annual_report',
          entityId: `${siteId}:${q.departmentId ?? ''}:${q.year}`,
          siteId,
          departmentId: q.departmentId,
          after: q.figures,
        });
      });
      return service.build(siteId, q.year, q.departmentId);
    },

    /**
     * Drafts the report as a document in 政府信息公开年报, its tables filled in and the narrative
     * sections left for the office to write; it is then reviewed and published like any document.
     * Refused while any arithmetic rule fails.
     */
    async draftDocument(
      actor: Actor,
      siteId: string,
      q: { year: number; departmentId: string | null; publisherId: string },
    ): Promise<DocumentDetail> {
      const report = await service.build(siteId, q.year, q.departmentId);
      if (report.problems.length > 0)
        throw AnnualReportErrors.ANNUAL_REPORT_ARITHMETIC(
          undefined,
          report.problems.map((message) => ({ message })),
        );
      const column = (await columns.list(siteId)).find((c) => c.code === 'annual-reports');
      if (!column) throw AnnualReportErrors.ANNUAL_REPORT_COLUMN();
      const who = report.agency;
      // The whole report; its tables are filed as they are now.
      const body = renderToString(h(AnnualReportBody, { report }));
      // The document and its filed tables are written together.
      const fileTables = async (trx: Executor, documentId: string) => {
        const key = { site_id: siteId, department_key: q.departmentId ?? '', year: q.year };
        await trx
          .deleteFrom('annual_report_snapshots')
          .where('site_id', '=', key.site_id)
          .where('department_key', '=', key.department_key)
          .where('year', '=', key.year)
          .execute();
        await trx
          .insertInto('annual_report_snapshots')
          .values({
            ...key,
            document_id: documentId,
            report_json: JSON.stringify(report),
            created_at: clock.now().toISOString(),
          })
          .execute();
      };
      return documents.create(
        actor,
        siteId,
        q.publisherId,
        {
          title: reportTitle(report),
          docNo: '',
          writtenOn: null,
          subject: '政务公开',
          keywords: ['年度报告'],
          disclosure: 'proactive',
          validity: 'effective',
          replacedById: null,
          interpretsId: null,
          documentKind: null,
          summary: `${who}${q.year}年政府信息公开工作情况，包括主动公开、依申请公开和行政复议、行政诉讼情况。`,
          bodyHtml: body,
          source: who,
          columnIds: [column.id],
        },
        fileTables,
      );
    },

    /**
     * A check the documents service runs before publishing, in the publication's transaction: a
     * document that carries an annual report is published only while its filed tables still match
     * the cases and their arithmetic holds.
     */
    async publishCheck(trx: Executor, doc: { id: string }): Promise<void> {
      const row = await trx
        .selectFrom('annual_report_snapshots')
        .selectAll()
        .where('document_id', '=', doc.id)
        .executeTakeFirst();
      if (!row) return;
      const filed = JSON.parse(row.report_json) as AnnualReport;
      const now = await service.build(row.site_id, Number(row.year), row.department_key || null, trx);
      const figures = (r: AnnualReport) => JSON.stringify([r.section2, r.section3, r.section4]);
      if (now.problems.length > 0)
        throw AnnualReportErrors.ANNUAL_REPORT_ARITHMETIC(
          undefined,
          now.problems.map((message) => ({ message })),
        );
      if (figures(now) !== figures(filed)) throw AnnualReportErrors.ANNUAL_REPORT_CHANGED();
    },
  };
  return service;
}

export type AnnualReportService = ReturnType<typeof createAnnualReportService>;
