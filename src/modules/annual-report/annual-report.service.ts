import type { Executor } from '../../db/database.js';
import type { Clock } from '../../platform/clock/clock.js';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Actor } from '../../platform/auth/actor.js';
import { defineErrors } from '../../platform/http/errors.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import { createColumnsService } from '../columns/columns.service.js';
import { createDocumentsService, type DocumentDetail } from '../documents/documents.service.js';
import { AnnualReportTables } from './annual-report.html.js';
import { createDepartmentsService } from '../departments/departments.service.js';
import * as requestsRepo from '../requests/requests.repository.js';
import { createSitesService } from '../sites/sites.service.js';
import {
  checkArithmetic,
  section3,
  section4,
  SECTION3_NOTE,
  SECTION4_GROUPS,
  type Section3,
  type Section4,
} from './annual-report.js';

/**
 * Section 二 (主动公开政府信息情况): its blocks and rows as printed. The figures for 规章 and
 * 行政规范性文件 will come from the documents and the others from the office; until then they are
 * null, meaning "not entered", never a made-up zero.
 */
const SECTION2_BLOCKS = [
  {
    title: '第二十条第（一）项',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
    rows: ['规章', '行政规范性文件'],
  },
  { title: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: ['行政许可'] },
  { title: '第二十条第（六）项', columns: ['本年处理决定数量'], rows: ['行政处罚', '行政强制'] },
  { title: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], rows: ['行政事业性收费'] },
];

export interface AnnualReport {
  year: number;
  siteId: string;
  /** The agency the report is for; null for the whole government (every case of the site). */
  department: { id: string; name: string } | null;
  section2: { blocks: { title: string; columns: string[]; rows: { label: string; values: (number | null)[] }[] }[] };
  section3: Section3 & { note: string };
  section4: Section4 & { groups: string[] };
  /** Arithmetic that does not hold (legal.md §2); a report is published only when this is empty. */
  problems: string[];
}

export const AnnualReportErrors = defineErrors({
  ANNUAL_REPORT_ARITHMETIC: { status: 409, message: '年度报告的勾稽关系不成立，不能发布' },
  ANNUAL_REPORT_COLUMN: { status: 409, message: '站点没有“政府信息公开年报”栏目' },
});

export function createAnnualReportService({ db, clock }: { db: Executor; clock: Clock }) {
  const sites = createSitesService({ db, clock });
  const departments = createDepartmentsService({ db, clock });
  const columns = createColumnsService({ db, clock });
  const documents = createDocumentsService({ db, clock });

  async function casesOf(siteId: string, departmentId: string | null) {
    const rows = await requestsRepo.listRequests(db, {
      siteId,
      departmentIds: departmentId ? [departmentId] : undefined,
    });
    const events = await requestsRepo.eventsOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      receivedOn: r.receivedOn,
      applicantKind: r.applicantKind,
      organisationKind: r.organisationKind,
      events: (events.get(r.id) ?? []).filter((e) => e.type !== 'received'),
    }));
  }

  const service = {
    /** The report's figures for a year, for the whole site or one department, with its arithmetic checked. */
    async build(siteId: string, year: number, departmentId: string | null = null): Promise<AnnualReport> {
      const site = await sites.get(siteId);
      const dept = departmentId ? await departments.get(departmentId) : null;
      const [calendar, cases] = await Promise.all([currentCalendar(db), casesOf(siteId, departmentId)]);
      const settings = { feePausesClock: site.feePausesClock };
      const s3 = section3(cases, year, calendar, settings);
      const s4 = section4(cases, year);
      const previous = section3(cases, year - 1, calendar, settings);
      const previousCarried = previous.rows.at(-1)?.values;
      return {
        year,
        siteId,
        department: dept && { id: dept.id, name: dept.name },
        section2: {
          blocks: SECTION2_BLOCKS.map((b) => ({
            title: b.title,
            columns: b.columns,
            rows: b.rows.map((label) => ({ label, values: b.columns.map(() => null) })),
          })),
        },
        section3: { ...s3, note: SECTION3_NOTE },
        section4: { ...s4, groups: [...SECTION4_GROUPS] },
        problems: checkArithmetic(s3, s4, previousCarried),
      };
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
      const site = await sites.get(siteId);
      const who = report.department?.name ?? site.name;
      const placeholder = (heading: string) => `<h2>${heading}</h2><p>（请填写）</p>`;
      const body =
        placeholder('一、总体情况') +
        renderToString(h(AnnualReportTables, { report })) +
        placeholder('五、存在的主要问题及改进情况') +
        placeholder('六、其他需要报告的事项');
      return documents.create(actor, siteId, q.publisherId, {
        title: `${who}${q.year}年政府信息公开工作年度报告`,
        docNo: '',
        writtenOn: null,
        subject: '政务公开',
        keywords: ['年度报告'],
        disclosure: 'proactive',
        validity: 'effective',
        replacedById: null,
        interpretsId: null,
        summary: `${who}${q.year}年政府信息公开工作情况，包括主动公开、依申请公开和行政复议、行政诉讼情况。`,
        bodyHtml: body,
        source: who,
        columnIds: [column.id],
      });
    },
  };
  return service;
}

export type AnnualReportService = ReturnType<typeof createAnnualReportService>;
