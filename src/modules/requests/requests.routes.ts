import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { DOCX_TYPE, FileBody, sendDownload } from '../../platform/http/download.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id, Instant, NonEmpty } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  EventInputSchema,
  RegisterRequestSchema,
  RequestDetailSchema,
  RequestSummarySchema,
} from './requests.schema.js';
import { PLACEHOLDERS } from './requests.notices.js';
import type { RequestsService } from './requests.service.js';

const Params = Type.Object({ id: Id });
const Created = Type.Object({
  id: Id,
  trackingNo: Type.String({ description: '申请编号' }),
  queryCode: Type.String({ description: '查询码（只显示这一次，交给申请人）' }),
});

/** 依申请公开 for staff: registering, the work queue, one case, and its events. */
export function requestsRoutes(app: App, requests: RequestsService, sites: SitesService): void {
  app.post(
    '/api/v1/requests',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '登记当面、邮寄、传真或口头提出的申请（按条例第三十一条确定收到日期）',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        body: RegisterRequestSchema,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      const created = await requests.register(requireActor(request), siteId, request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/requests',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '申请办理队列：按紧急程度排列（已超期、3 个工作日内到期、正常、暂停、已办结）',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            open: Type.Boolean({ default: false, description: '只看未办结的' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(RequestSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await requests.list(requireActor(request), siteId, { open: request.query.open }) };
    },
  );

  app.get(
    '/api/v1/requests/proactive-suggestions',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '被申请 3 次及以上的信息，建议转为主动公开（条例第四十四条）',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                infoTitle: Type.String(),
                infoDocNo: Type.String(),
                requests: Type.Integer(),
                trackingNos: Type.Array(Type.String()),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await requests.proactiveSuggestions(requireActor(request), siteId) };
    },
  );

  app.get(
    '/api/v1/requests/:id',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '一件申请：申请人、所需信息、事件记录、期限和状态',
        params: Params,
        response: { 200: RequestDetailSchema, ...errorResponses },
      },
    },
    async (request) => requests.get(requireActor(request), request.params.id),
  );

  app.get(
    '/api/v1/requests/:id/id-proof',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '申请人上传的身份证明（仅办理人员可见）',
        params: Params,
        produces: ['image/png', 'image/jpeg', 'image/gif', 'application/pdf'],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const proof = await requests.idProof(requireActor(request), request.params.id);
      // Never cached by a browser or proxy, never sniffed into something else.
      return reply
        .type(proof.mime)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', 'inline')
        .send(proof.bytes);
    },
  );

  app.post(
    '/api/v1/requests/:id/events',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '记录一个办理事件（{"type","on",…}）；违反条例规则的事件被拒绝并给出原因代码',
        params: Params,
        body: EventInputSchema,
        response: { 200: RequestDetailSchema, ...errorResponses },
      },
    },
    async (request) => requests.addEvent(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/requests/:id/notices/:kind',
    {
      schema: {
        tags: ['依申请公开'],
        summary:
          '生成文书（DOCX）：acceptance 受理回执 · correction 补正 · consultation 征求意见 · extension 延期 · fee 收费 · reply 按办理结果的答复书',
        params: Type.Object({ id: Id, kind: Type.String({ maxLength: 40 }) }),
        produces: [DOCX_TYPE],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const notice = await requests.notice(requireActor(request), request.params.id, request.params.kind);
      return sendDownload(reply.header('cache-control', 'no-store'), notice.fileName, DOCX_TYPE, notice.bytes);
    },
  );

  const Template = Type.Object({
    kind: Type.String({ description: '文书种类' }),
    label: Type.String(),
    version: Type.Integer({ description: '版本；0 为内置文本' }),
    title: Type.String(),
    body: Type.String({ description: '正文，每行一段，{申请人} 等为占位符' }),
  });
  const TemplateQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });

  app.get(
    '/api/v1/notice-templates',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '文书模板（各种类的最新版本）及可用的占位符',
        querystring: TemplateQuery,
        response: {
          200: Type.Object({ items: Type.Array(Template), placeholders: Type.Array(Type.String()) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return {
        items: await requests.noticeTemplates(requireActor(request), siteId),
        placeholders: [...PLACEHOLDERS],
      };
    },
  );

  app.put(
    '/api/v1/notice-templates/:kind',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '修改文书模板（保存为新版本）',
        params: Type.Object({ kind: Type.String({ maxLength: 40 }) }),
        querystring: TemplateQuery,
        body: Type.Object({ title: NonEmpty(100), body: NonEmpty(20_000) }, { additionalProperties: false }),
        response: { 200: Template, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return requests.saveNoticeTemplate(requireActor(request), siteId, request.params.kind, request.body);
    },
  );

  app.get(
    '/api/v1/notice-templates/:kind/versions',
    {
      schema: {
        tags: ['依申请公开'],
        summary: '文书模板的历史版本',
        params: Type.Object({ kind: Type.String({ maxLength: 40 }) }),
        querystring: TemplateQuery,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ version: Type.Integer(), title: Type.String(), body: Type.String(), createdAt: Instant }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await requests.noticeTemplateVersions(requireActor(request), siteId, request.params.kind) };
    },
  );
}
