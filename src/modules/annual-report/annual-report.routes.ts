import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { DOCX_TYPE, FileBody, sendDownload, XLSX_TYPE } from '../../platform/http/download.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import { DocumentDetailSchema } from '../documents/documents.schema.js';
import { AnnualReportSchema } from './annual-report.schema.js';
import { annualReportDocx } from './annual-report.docx.js';
import { annualReportXlsx } from './annual-report.xlsx.js';
import { reportTitle, tablesTitle, type AnnualReportService } from './annual-report.service.js';

const ReportQuery = Type.Object(
  {
    siteId: Type.Optional(Id),
    year: Type.Integer({ minimum: 2008, maximum: 2100 }),
    departmentId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export function annualReportRoutes(app: App, deps: { annualReport: AnnualReportService; sites: SitesService }): void {
  app.get(
    '/api/v1/reports/annual',
    {
      schema: {
        tags: ['年度报告'],
        summary: '政府信息公开工作年度报告统计表（第二、三、四部分）及勾稽关系校验',
        querystring: ReportQuery,
        response: { 200: AnnualReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { siteId, year, departmentId } = request.query;
      const site = await siteIdFor(deps.sites, request, siteId);
      return deps.annualReport.view(requireActor(request), site, year, departmentId ?? null);
    },
  );

  app.get(
    '/api/v1/reports/annual/xlsx',
    {
      schema: {
        tags: ['年度报告'],
        summary: '年度报告统计表（Excel，按官方表格样式合并表头）',
        querystring: ReportQuery,
        produces: [XLSX_TYPE],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { siteId, year, departmentId } = request.query;
      const site = await siteIdFor(deps.sites, request, siteId);
      const report = await deps.annualReport.view(requireActor(request), site, year, departmentId ?? null);
      const name = tablesTitle(report);
      return sendDownload(reply, `${name}.xlsx`, XLSX_TYPE, await annualReportXlsx(report, name));
    },
  );

  app.get(
    '/api/v1/reports/annual/docx',
    {
      schema: {
        tags: ['年度报告'],
        summary: '年度报告全文（Word，六个部分，统计表为按国家表样合并单元格的 Word 表格）',
        querystring: ReportQuery,
        produces: [DOCX_TYPE],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { siteId, year, departmentId } = request.query;
      const site = await siteIdFor(deps.sites, request, siteId);
      const report = await deps.annualReport.view(requireActor(request), site, year, departmentId ?? null);
      const name = reportTitle(report);
      return sendDownload(reply, `${name}.docx`, DOCX_TYPE, await annualReportDocx(report, name));
    },
  );

  const Text = Type.Optional(Type.Union([Type.String({ maxLength: 20_000 }), Type.Null()]));
  app.put(
    '/api/v1/reports/annual/narrative',
    {
      schema: {
        tags: ['年度报告'],
        summary:
          '填写年度报告的文字部分（一、总体情况；五、存在的主要问题及改进情况；六、其他需要报告的事项）；null 恢复为预填文字',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        body: Type.Object(
          {
            year: Type.Integer({ minimum: 2008, maximum: 2100 }),
            departmentId: Type.Union([Id, Type.Null()], { default: null }),
            overview: Text,
            improvements: Text,
            otherMatters: Text,
          },
          { additionalProperties: false },
        ),
        response: { 200: AnnualReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(deps.sites, request, request.query.siteId);
      const { year, departmentId, ...texts } = request.body;
      return deps.annualReport.saveNarrative(requireActor(request), siteId, { year, departmentId, texts });
    },
  );

  const Count = Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100_000_000 }), Type.Null()]));
  app.put(
    '/api/v1/reports/annual/figures',
    {
      schema: {
        tags: ['年度报告'],
        summary: '填报第二部分中由机关统计的数字（行政许可、处罚、强制决定数，行政事业性收费金额）；null 表示清除',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        body: Type.Object(
          {
            year: Type.Integer({ minimum: 2008, maximum: 2100 }),
            departmentId: Type.Union([Id, Type.Null()], { default: null }),
            licensing: Count,
            penalties: Count,
            enforcement: Count,
            fees: Type.Optional(
              Type.Union([Type.Number({ minimum: 0, maximum: 1_000_000_000, description: '万元' }), Type.Null()]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: AnnualReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(deps.sites, request, request.query.siteId);
      const { year, departmentId, ...figures } = request.body;
      return deps.annualReport.saveFigures(requireActor(request), siteId, { year, departmentId, figures });
    },
  );

  app.post(
    '/api/v1/reports/annual/document',
    {
      schema: {
        tags: ['年度报告'],
        summary: '将年度报告起草为“政府信息公开年报”栏目中的信息（勾稽关系不成立时拒绝），再经审核发布',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        body: Type.Object(
          {
            year: Type.Integer({ minimum: 2008, maximum: 2100 }),
            departmentId: Type.Union([Id, Type.Null()], { default: null, description: '报告的单位；空为本级政府' }),
            publisherId: Type.Union([Id], { description: '发布机构' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(deps.sites, request, request.query.siteId);
      const doc = await deps.annualReport.draftDocument(requireActor(request), siteId, request.body);
      return reply.code(201).send(doc);
    },
  );
}
