import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { FileBody, sendDownload, XLSX_TYPE } from '../../platform/http/download.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import { WorkPlanErrors } from './work-plans.errors.js';
import { readPlanIsolated } from './work-plans.read.js';
import {
  AliasBodySchema,
  AliasSchema,
  AssessmentRowSchema,
  ImportSummarySchema,
  ItemBodySchema,
  ItemSchema,
  MarkBodySchema,
  PlanFileSchema,
  PlanSchema,
  PlanSummarySchema,
  PreviewSchema,
  PublicationBodySchema,
  ReportBodySchema,
  ReportForReviewSchema,
  ReportSchema,
  ReviewBodySchema,
  UrgeBodySchema,
  UrgeSchema,
  WorkItemSchema,
} from './work-plans.schema.js';
import type { WorkPlansService } from './work-plans.service.js';
import { assessmentXlsx, progressXlsx } from './work-plans.xlsx.js';

const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const Params = Type.Object({ id: Id });
const tags = ['工作要点'];
const list = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item) });

async function parseFile(body: { fileName: string; content: string }) {
  const bytes = Buffer.from(body.content, 'base64');
  if (bytes.length === 0) throw Errors.VALIDATION_FAILED('文件为空');
  const parsed = await readPlanIsolated(bytes, body.fileName);
  if (!parsed) throw WorkPlanErrors.PLAN_FILE_UNREADABLE();
  return parsed;
}

export function workPlansRoutes(
  app: App,
  { workPlans, sites }: { workPlans: WorkPlansService; sites: SitesService },
): void {
  // Plans arrive as files of a few megabytes (an XLSX with formatting, a saved web page).
  const fileLimit = { bodyLimit: 12 * 1024 * 1024 };

  app.get(
    '/api/v1/work-plans',
    {
      schema: {
        tags,
        summary: '工作要点列表',
        querystring: SiteQuery,
        response: { 200: list(PlanSummarySchema), ...errorResponses },
      },
    },
    async (request) => ({
      items: await workPlans.list(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.post(
    '/api/v1/work-plans/preview',
    {
      ...fileLimit,
      schema: {
        tags,
        summary: '解析工作要点文件（不保存）：目标、任务、工作事项，以及各单位名称与本站点单位的对应',
        querystring: SiteQuery,
        body: PlanFileSchema,
        response: { 200: PreviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      // Who may import is known before a byte of the file is read.
      workPlans.mayImport(actor, siteId);
      const { plan, warnings } = await parseFile(request.body);
      return { ...(await workPlans.preview(actor, siteId, plan)), warnings };
    },
  );

  app.post(
    '/api/v1/work-plans',
    {
      ...fileLimit,
      schema: {
        tags,
        summary: '导入工作要点（单位名称须全部能对应本站点单位或别名）',
        querystring: SiteQuery,
        body: PlanFileSchema,
        response: { 201: ImportSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      workPlans.mayImport(actor, siteId);
      const { plan } = await parseFile(request.body);
      const summary = await workPlans.importPlan(actor, siteId, plan, { dueOn: request.body.dueOn });
      return reply.code(201).send(summary);
    },
  );

  app.get(
    '/api/v1/work-plans/my-work',
    {
      schema: {
        tags,
        summary: '本单位承担的工作事项及最近一次报送',
        querystring: SiteQuery,
        response: { 200: list(WorkItemSchema), ...errorResponses },
      },
    },
    async (request) => ({
      items: await workPlans.myWork(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.get(
    '/api/v1/work-plans/:id',
    {
      schema: {
        tags,
        summary: '工作要点：目标、任务、工作事项、承担单位及进度（逐级汇总）',
        params: Params,
        response: { 200: PlanSchema, ...errorResponses },
      },
    },
    async (request) => workPlans.get(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/work-plans/:id/assign',
    {
      schema: {
        tags,
        summary: '分解下达：按牵头、责任单位（“区各有关单位”展开为各单位）生成各单位的工作任务',
        params: Params,
        response: { 200: Type.Object({ created: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => workPlans.assign(requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/work-plans/:id/publication',
    {
      schema: {
        tags,
        summary: '公开进度页面、关联工作要点原文、设定报送周期',
        params: Params,
        body: PublicationBodySchema,
        response: { 200: Type.Object({ id: Id, published: Type.Boolean() }), ...errorResponses },
      },
    },
    async (request) => workPlans.publish(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/work-plans/:id/document',
    {
      schema: {
        tags,
        summary: '把工作要点起草为一条信息（经审核后发布），并与之关联',
        params: Params,
        body: Type.Object({ departmentId: Id }, { additionalProperties: false }),
        response: { 201: Type.Object({ id: Id }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const draft = await workPlans.draftDocument(requireActor(request), request.params.id, request.body.departmentId);
      return reply.code(201).send({ id: draft.id });
    },
  );

  app.delete(
    '/api/v1/work-plans/:id',
    {
      schema: {
        tags,
        summary: '删除误导入的工作要点（已有进展报送的不能删除）',
        params: Params,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await workPlans.remove(requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  const Weights = Type.Array(Type.Object({ id: Id, weight: Type.Number({ minimum: 0, maximum: 100 }) }), {
    maxItems: 500,
  });
  app.put(
    '/api/v1/work-plans/:id/weights',
    {
      schema: {
        tags,
        summary: '设定目标、任务的权重（逐级汇总进度时加权；未设定为 1）',
        params: Params,
        body: Type.Object({ goals: Weights, tasks: Weights }, { additionalProperties: false }),
        response: { 200: PlanSchema, ...errorResponses },
      },
    },
    async (request) => workPlans.setWeights(requireActor(request), request.params.id, request.body),
  );

  app.put(
    '/api/v1/work-plan-items/:id',
    {
      schema: {
        tags,
        summary: '修改工作事项的期限、节点、权重和承担单位',
        params: Params,
        body: ItemBodySchema,
        response: { 200: ItemSchema, ...errorResponses },
      },
    },
    async (request) => workPlans.updateItem(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/work-plan-assignments/:id/reports',
    {
      schema: {
        tags,
        summary: '一项工作任务的全部进展报送',
        params: Params,
        response: { 200: list(ReportSchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await workPlans.reports(requireActor(request), request.params.id) }),
  );

  app.post(
    '/api/v1/work-plan-assignments/:id/reports',
    {
      schema: {
        tags,
        summary: '报送进展（牵头单位或政务公开办审核）',
        params: Params,
        body: ReportBodySchema,
        response: { 201: ReportSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await workPlans.report(requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/work-plan-assignments/:id/urge',
    {
      schema: {
        tags,
        summary: '政务公开办催办：就一项工作提醒承担单位（邮件通知，并显示在该单位的任务中）',
        params: Params,
        body: UrgeBodySchema,
        response: { 201: UrgeSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await workPlans.urge(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/progress-reports/pending',
    {
      schema: {
        tags,
        summary: '待我审核的进展报送',
        querystring: SiteQuery,
        response: { 200: list(ReportForReviewSchema), ...errorResponses },
      },
    },
    async (request) => ({
      items: await workPlans.reviewQueue(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.post(
    '/api/v1/progress-reports/:id/review',
    {
      schema: {
        tags,
        summary: '采纳或退回进展报送（退回须说明理由）',
        params: Params,
        body: ReviewBodySchema,
        response: { 200: ReportSchema, ...errorResponses },
      },
    },
    async (request) => workPlans.review(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/work-plans/:id/assessment',
    {
      schema: {
        tags,
        summary: '年度考核：各单位得分及依据',
        params: Params,
        response: { 200: list(AssessmentRowSchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await workPlans.assessment(requireActor(request), request.params.id) }),
  );

  app.get(
    '/api/v1/work-plans/:id/assessment/xlsx',
    {
      schema: {
        tags,
        summary: '年度考核表（Excel）',
        params: Params,
        produces: [XLSX_TYPE],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { title, rows } = await workPlans.assessmentSheet(requireActor(request), request.params.id);
      const name = `${title}考核表`;
      return sendDownload(reply, `${name}.xlsx`, XLSX_TYPE, await assessmentXlsx(name, rows));
    },
  );

  app.get(
    '/api/v1/work-plans/:id/progress/xlsx',
    {
      schema: {
        tags,
        summary: '工作要点落实情况表（Excel）：各项工作的状态、进度，各单位最近采纳的进展和佐证',
        params: Params,
        produces: [XLSX_TYPE],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { plan, latest } = await workPlans.progressSheet(requireActor(request), request.params.id);
      return sendDownload(reply, `${plan.title}落实情况表.xlsx`, XLSX_TYPE, await progressXlsx(plan, latest));
    },
  );

  app.put(
    '/api/v1/work-plans/:id/marks/:departmentId',
    {
      schema: {
        tags,
        summary: '公开办评分（−20 至 +20，有加减分须说明理由）',
        params: Type.Object({ id: Id, departmentId: Id }),
        body: MarkBodySchema,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await workPlans.setMark(requireActor(request), request.params.id, request.params.departmentId, request.body);
      return { ok: true as const };
    },
  );

  // The public progress page as JSON, for integrators and open-data clients: published plans only,
  // with the evidence the portal shows.
  app.get(
    '/api/v1/public/work-plans',
    {
      schema: {
        tags,
        summary: '公开的工作要点及总体进度',
        response: { 200: list(PlanSummarySchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await workPlans.publicPlans(await siteIdFor(sites, request)) }),
  );

  app.get(
    '/api/v1/public/work-plans/:id',
    {
      schema: {
        tags,
        summary: '公开的工作要点：逐项状态、进度和佐证（与门户进度页面相同）',
        params: Params,
        response: { 200: PlanSchema, ...errorResponses },
      },
    },
    async (request) => {
      const plan = await workPlans.publicPlan(await siteIdFor(sites, request), request.params.id);
      if (!plan) throw Errors.NOT_FOUND('工作要点不存在或未公开');
      return plan;
    },
  );

  app.get(
    '/api/v1/department-aliases',
    {
      schema: {
        tags,
        summary: '单位别名（工作要点等文件中的写法，如“区党政办”）',
        querystring: SiteQuery,
        response: { 200: list(AliasSchema), ...errorResponses },
      },
    },
    async (request) => ({
      items: await workPlans.aliases(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.post(
    '/api/v1/department-aliases',
    {
      schema: {
        tags,
        summary: '新增单位别名',
        querystring: SiteQuery,
        body: AliasBodySchema,
        response: { 201: AliasSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await workPlans.addAlias(requireActor(request), siteId, request.body));
    },
  );

  app.delete(
    '/api/v1/department-aliases/:id',
    { schema: { tags, summary: '删除单位别名', params: Params, response: { 200: Ok, ...errorResponses } } },
    async (request) => {
      await workPlans.removeAlias(requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
}
