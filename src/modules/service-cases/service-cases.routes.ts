import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import type { ServiceCaseFigures } from './service-cases.figures.js';
import type { ServiceCaseImporter } from './service-cases.import.js';
import {
  Board3550Schema,
  CaseDetailSchema,
  CaseImportResultSchema,
  CaseSummarySchema,
  FinishSchema,
  FollowUpItemSchema,
  FollowUpSchema,
  RatingFiguresSchema,
  RegisterCaseSchema,
  RegisteredSchema,
  ResultsSchema,
  StepSchema,
} from './service-cases.schema.js';
import type { ServiceCasesService } from './service-cases.service.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const MonthQuery = Type.Object(
  {
    siteId: Type.Optional(Id),
    month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: '月份 YYYY-MM' }),
  },
  { additionalProperties: false },
);
const TAG = ['办事服务'];
const Detail = { 200: CaseDetailSchema, ...errorResponses };

/** 办件 for the hall's staff, and the public figures (办件结果公示, 3550, 好差评) as JSON. */
export function serviceCasesRoutes(
  app: App,
  {
    serviceCases,
    serviceCaseImporter,
    serviceCaseFigures,
    sites,
  }: {
    serviceCases: ServiceCasesService;
    serviceCaseImporter: ServiceCaseImporter;
    serviceCaseFigures: ServiceCaseFigures;
    sites: SitesService;
  },
): void {
  const siteOf = (request: Parameters<typeof siteIdFor>[1], given?: string) => siteIdFor(sites, request, given);

  app.get(
    '/api/v1/service-cases',
    {
      schema: {
        tags: TAG,
        summary: '办件列表（最近 500 件，本人可见部门的）',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(CaseSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await serviceCases.list(actor, await siteOf(request, request.query.siteId)) };
    },
  );

  app.post(
    '/api/v1/service-cases',
    {
      schema: {
        tags: TAG,
        summary: '窗口登记办件（返回办件编号和只显示一次的查询码）',
        querystring: SiteQuery,
        body: RegisterCaseSchema,
        response: { 201: RegisteredSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const siteId = await siteOf(request, request.query.siteId);
      return reply.code(201).send(await serviceCases.register(actor, siteId, request.body));
    },
  );

  app.get(
    '/api/v1/service-cases/follow-ups',
    {
      schema: {
        tags: TAG,
        summary: '待整改的差评（本人可见部门的），超期的在前',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(FollowUpItemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await serviceCases.followUps(actor, await siteOf(request, request.query.siteId));
      return { items: items.sort((a, b) => Number(b.late) - Number(a.late) || a.dueOn.localeCompare(b.dueOn)) };
    },
  );

  app.post(
    '/api/v1/service-cases/import',
    {
      schema: {
        tags: TAG,
        summary: '导入大厅系统的办件（multipart/form-data，字段 file：XLSX 或 CSV，列见 docs/guides/service-cases.md）',
        consumes: ['multipart/form-data'],
        querystring: SiteQuery,
        response: { 200: Type.Object({ results: Type.Array(CaseImportResultSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const siteId = await siteOf(request, request.query.siteId);
      const file = await request.file({ limits: { files: 1, fileSize: 50 * 1024 * 1024 } });
      if (!file) throw Errors.VALIDATION_FAILED('请选择要导入的文件', [{ field: 'file', message: '缺少文件' }]);
      return { results: await serviceCaseImporter.importFile(actor, siteId, await file.toBuffer(), file.filename) };
    },
  );

  app.get(
    '/api/v1/service-cases/results',
    {
      schema: {
        tags: TAG,
        summary: '办件结果公示：每个事项当月受理、办结、按时办结件数（公开，无个人信息）',
        querystring: MonthQuery,
        response: { 200: ResultsSchema, ...errorResponses },
      },
    },
    async (request) => serviceCaseFigures.results(await siteOf(request, request.query.siteId), request.query.month),
  );

  app.get(
    '/api/v1/service-cases/board-3550',
    {
      schema: {
        tags: TAG,
        summary: '“3550”办理时间：每月办结件数、平均和最长工作日、超过承诺的件数（公开）',
        querystring: Type.Object(
          { siteId: Type.Optional(Id), year: Type.Integer({ minimum: 2000, maximum: 2100 }) },
          { additionalProperties: false },
        ),
        response: { 200: Board3550Schema, ...errorResponses },
      },
    },
    async (request) => serviceCaseFigures.board3550(await siteOf(request, request.query.siteId), request.query.year),
  );

  app.get(
    '/api/v1/service-cases/ratings',
    {
      schema: {
        tags: TAG,
        summary: '当月好差评：各等级件数、好评率、差评整改（公开）',
        querystring: MonthQuery,
        response: { 200: RatingFiguresSchema, ...errorResponses },
      },
    },
    async (request) => serviceCaseFigures.ratings(await siteOf(request, request.query.siteId), request.query.month),
  );

  app.get(
    '/api/v1/service-cases/:id',
    { schema: { tags: TAG, summary: '一件办件：办理环节、期限、评价', params: Params, response: Detail } },
    async (request) => serviceCases.get(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/service-cases/:id/steps',
    {
      schema: {
        tags: TAG,
        summary: '记录办理环节（申请人查询时可见）',
        params: Params,
        body: StepSchema,
        response: Detail,
      },
    },
    async (request) => serviceCases.addStep(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/service-cases/:id/finish',
    { schema: { tags: TAG, summary: '办结', params: Params, body: FinishSchema, response: Detail } },
    async (request) => serviceCases.finish(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/service-cases/:id/query-code',
    {
      schema: {
        tags: TAG,
        summary: '重置查询码（申请人遗失回执时；旧查询码随即失效，新查询码只返回这一次）',
        params: Params,
        response: { 200: RegisteredSchema, ...errorResponses },
      },
    },
    async (request) => serviceCases.resetQueryCode(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/service-cases/:id/follow-up',
    { schema: { tags: TAG, summary: '差评整改反馈', params: Params, body: FollowUpSchema, response: Detail } },
    async (request) => serviceCases.followUp(requireActor(request), request.params.id, request.body.note),
  );
}
