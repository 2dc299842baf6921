import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { DateString, Id, Instant, Text } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  CreateDocumentSchema,
  DocumentContentSchema,
  DocumentDetailSchema,
  DocumentSchema,
  RevisionSchema,
  RevisionStateSchema,
  AttachmentSchema,
  SyndicationSchema,
  SyndicationTargetSchema,
} from './documents.schema.js';
import type { DocumentsService } from './documents.service.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });

export function documentsRoutes(app: App, documents: DocumentsService, sites: SitesService): void {
  app.get(
    '/api/v1/documents',
    {
      schema: {
        tags: ['政府信息'],
        summary: '信息列表（后台，本人所在单位范围内）',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            status: Type.Optional(
              Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('withdrawn')]),
            ),
            departmentId: Type.Optional(Id),
            columnId: Type.Optional(Id),
            q: Type.Optional(Text(100, { description: '标题包含' })),
            page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
            size: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            items: Type.Array(Type.Object({ ...DocumentSchema.properties, latestState: RevisionStateSchema })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { siteId, page, size, q, columnId, ...filters } = request.query;
      const { total, rows } = await documents.list(requireActor(request), await siteIdFor(sites, request, siteId), {
        ...filters,
        text: q,
        columnIds: columnId ? [columnId] : undefined,
        limit: size,
        offset: (page - 1) * size,
      });
      return { total, items: rows };
    },
  );

  app.get(
    '/api/v1/documents/lookup',
    {
      schema: {
        tags: ['政府信息'],
        summary: '按标题、文号或索引号查找本站已公开的信息（用于关联政策解读、替代文件）',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            q: Text(100, { default: '', description: '标题、文号或索引号包含' }),
            id: Type.Optional(Type.String({ format: 'uuid', description: '只查这一条（显示已关联信息的标题）' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Id,
                title: Type.String(),
                docNo: Type.String(),
                indexNo: Type.Union([Type.String(), Type.Null()]),
                publishedAt: Type.Union([Instant, Type.Null()]),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      const { q, id } = request.query;
      const rows = await documents.lookupPublic(requireActor(request), siteId, { text: q, id });
      return {
        items: rows.map((d) => ({
          id: d.id,
          title: d.content.title,
          docNo: d.content.docNo,
          indexNo: d.indexNo,
          publishedAt: d.publishedAt,
        })),
      };
    },
  );

  app.get(
    '/api/v1/documents/deadline-risks',
    {
      schema: {
        tags: ['政府信息'],
        summary: '临近或超过 20 个工作日主动公开时限（条例第二十六条）的未发布信息',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            within: Type.Integer({ minimum: 0, maximum: 20, default: 5, description: '剩余工作日不多于' }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                document: DocumentSchema,
                state: Type.String(),
                dueOn: DateString,
                provisional: Type.Boolean(),
                workdaysLeft: Type.Integer({ description: '剩余工作日，负数为已超期' }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      items: await documents.deadlineRisks(
        requireActor(request),
        await siteIdFor(sites, request, request.query.siteId),
        request.query.within,
      ),
    }),
  );

  app.get(
    '/api/v1/documents/review-queue',
    {
      schema: {
        tags: ['政府信息'],
        summary: '待我审核的信息',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(DocumentDetailSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await documents.reviewQueue(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.post(
    '/api/v1/documents',
    {
      schema: {
        tags: ['政府信息'],
        summary: '起草信息',
        querystring: SiteQuery,
        body: CreateDocumentSchema,
        response: { 201: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { departmentId, ...content } = request.body;
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await documents.create(requireActor(request), siteId, departmentId, content));
    },
  );

  app.get(
    '/api/v1/documents/:id',
    {
      schema: {
        tags: ['政府信息'],
        summary: '信息详情（含最新版本）',
        params: Params,
        response: { 200: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request) => documents.get(requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/documents/:id',
    {
      schema: {
        tags: ['政府信息'],
        summary: '修改信息（已发布的信息生成新版本，审核发布后替换）',
        params: Params,
        body: DocumentContentSchema,
        response: { 200: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request) => documents.edit(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/documents/:id/revisions',
    {
      schema: {
        tags: ['政府信息'],
        summary: '版本历史',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(RevisionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await documents.revisions(requireActor(request), request.params.id) }),
  );

  app.post(
    '/api/v1/documents/:id/submit',
    {
      schema: {
        tags: ['政府信息'],
        summary: '提交审核',
        params: Params,
        response: { 200: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request) => documents.submit(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/documents/:id/review',
    {
      schema: {
        tags: ['政府信息'],
        summary: '审核（保密审查和内容审核）：通过或退回',
        params: Params,
        body: Type.Object(
          {
            approve: Type.Boolean(),
            confidentialityReviewed: Type.Boolean({ description: '已完成保密审查（通过时必须为 true）' }),
            note: Text(500, { default: '', description: '审核意见；退回时必填' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request) => documents.review(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/documents/:id/publish',
    {
      schema: {
        tags: ['政府信息'],
        summary: '发布已审核的版本：立即发布，或在指定时间定时发布',
        params: Params,
        body: Type.Object({ at: Type.Optional(Instant) }, { additionalProperties: false }),
        response: { 200: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request) => documents.publish(requireActor(request), request.params.id, request.body.at),
  );

  const withUrl = (a: { id: string; name: string; mime: string; size: number; createdAt: string }) => ({
    id: a.id,
    name: a.name,
    mime: a.mime,
    size: a.size,
    createdAt: a.createdAt,
    url: `/attachments/${a.id}/${encodeURIComponent(a.name)}`,
  });

  app.get(
    '/api/v1/documents/:id/attachments',
    {
      schema: {
        tags: ['政府信息'],
        summary: '附件列表',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(AttachmentSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await documents.attachments(requireActor(request), request.params.id)).map(withUrl),
    }),
  );

  app.post(
    '/api/v1/documents/:id/attachments',
    {
      schema: {
        tags: ['政府信息'],
        summary: '上传附件（multipart/form-data，字段 file；PDF、Office 文件或图片，按内容识别类型）',
        consumes: ['multipart/form-data'],
        params: Params,
        response: { 201: AttachmentSchema, 413: errorResponses[400], 415: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) throw Errors.VALIDATION_FAILED('请选择要上传的文件', [{ field: 'file', message: '缺少文件' }]);
      const bytes = await file.toBuffer();
      const row = await documents.addAttachment(requireActor(request), request.params.id, {
        name: file.filename,
        bytes,
      });
      return reply.code(201).send(withUrl(row));
    },
  );

  app.delete(
    '/api/v1/documents/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['政府信息'],
        summary: '删除附件',
        params: Type.Object({ id: Id, attachmentId: Id }),
        response: { 200: Type.Object({ ok: Type.Literal(true) }), ...errorResponses },
      },
    },
    async (request) => {
      await documents.removeAttachment(requireActor(request), request.params.id, request.params.attachmentId);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/documents/:id/withdraw',
    {
      schema: {
        tags: ['政府信息'],
        summary: '撤回已发布的信息（记录保留）',
        params: Params,
        body: Type.Object({ reason: Text(500, { minLength: 1 }) }, { additionalProperties: false }),
        response: { 200: DocumentDetailSchema, ...errorResponses },
      },
    },
    async (request) => documents.withdraw(requireActor(request), request.params.id, request.body.reason),
  );

  const Copies = Type.Object({ items: Type.Array(SyndicationSchema) });

  app.get(
    '/api/v1/documents/:id/syndications',
    {
      schema: {
        tags: ['政府信息'],
        summary: '一稿多发：本信息在其他站点的副本（各站点的索引号和状态）',
        params: Params,
        response: { 200: Copies, ...errorResponses },
      },
    },
    async (request) => ({ items: await documents.syndications(requireActor(request), request.params.id) }),
  );

  app.post(
    '/api/v1/documents/:id/syndications',
    {
      schema: {
        tags: ['政府信息'],
        summary:
          '一稿多发：把已发布的信息同时发布到平台上的其他站点（各站点按自己的规则编索引号；源信息再发布或撤回时副本随之更新或撤回）',
        params: Params,
        body: Type.Object(
          { targets: Type.Array(SyndicationTargetSchema, { minItems: 1, maxItems: 50 }) },
          { additionalProperties: false },
        ),
        response: { 200: Copies, ...errorResponses },
      },
    },
    async (request) => ({
      items: await documents.syndicate(requireActor(request), request.params.id, request.body.targets),
    }),
  );
}
