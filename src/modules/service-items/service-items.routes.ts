import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { FileBody, sendDownload, XLSX_TYPE } from '../../platform/http/download.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id, Text } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import type { ServiceItemImporter } from './service-items.import.js';
import { CertificateInputSchema, CertificateSchema, type CertificatesService } from './service-items.certificates.js';
import {
  ImportResultSchema,
  ItemDetailSchema,
  ItemSummarySchema,
  ReviewSchema,
  SaveItemSchema,
} from './service-items.schema.js';
import type { ServiceItemsService } from './service-items.service.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const TAG = ['办事服务'];
const Detail = { 200: ItemDetailSchema, ...errorResponses };
const Items = { 200: Type.Object({ items: Type.Array(ItemSummarySchema) }), ...errorResponses };

/** 政务服务事项 and their 办事指南 for staff: editing, review, publication, import and export. */
export function serviceItemsRoutes(
  app: App,
  {
    serviceItems,
    serviceItemImporter,
    certificates,
    sites,
  }: {
    serviceItems: ServiceItemsService;
    serviceItemImporter: ServiceItemImporter;
    certificates: CertificatesService;
    sites: SitesService;
  },
): void {
  app.get(
    '/api/v1/certificate-requirements',
    {
      schema: {
        tags: TAG,
        summary: '证明事项清单：保留的（含设定依据）和已取消的（含取消日期、替代方式）（公开）',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(CertificateSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await certificates.list(await siteIdFor(sites, request, request.query.siteId)) }),
  );

  app.post(
    '/api/v1/certificate-requirements',
    {
      schema: {
        tags: TAG,
        summary: '登记证明事项（保留的须有设定依据；取消的须有取消日期和替代方式）',
        querystring: SiteQuery,
        body: CertificateInputSchema,
        response: { 201: CertificateSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await certificates.save(requireActor(request), siteId, null, request.body));
    },
  );

  app.put(
    '/api/v1/certificate-requirements/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改证明事项（如改为已取消）',
        params: Params,
        querystring: SiteQuery,
        body: CertificateInputSchema,
        response: { 200: CertificateSchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return certificates.save(requireActor(request), siteId, request.params.id, request.body);
    },
  );

  app.get(
    '/api/v1/service-items',
    { schema: { tags: TAG, summary: '事项列表（本人可见部门的）', querystring: SiteQuery, response: Items } },
    async (request) => {
      const actor = requireActor(request);
      return { items: await serviceItems.list(actor, await siteIdFor(sites, request, request.query.siteId)) };
    },
  );

  app.get(
    '/api/v1/service-items/check',
    {
      schema: {
        tags: TAG,
        summary: '需要处理的事项：缺少必备要素、材料缺少设定依据、审核通过后超过 1 个工作日未公开',
        querystring: SiteQuery,
        response: Items,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      const visible = new Set((await serviceItems.list(actor, siteId)).map((s) => s.id));
      return { items: (await serviceItems.check(siteId)).filter((s) => visible.has(s.id)) };
    },
  );

  app.get(
    '/api/v1/service-items/export.jsonl',
    {
      schema: {
        tags: TAG,
        summary: '导出事项（JSON Lines，格式同导入，见 docs/guides/service-items-import.md）',
        querystring: SiteQuery,
        produces: ['application/jsonl'],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      const text = await serviceItemImporter.exportLines(actor, siteId);
      return sendDownload(reply, '办事指南.jsonl', 'application/jsonl; charset=utf-8', Buffer.from(text));
    },
  );

  app.get(
    '/api/v1/service-items/export.xlsx',
    {
      schema: {
        tags: TAG,
        summary: '导出事项（XLSX：事项、申请材料、办理流程三张表，可原样导回）',
        querystring: SiteQuery,
        produces: [XLSX_TYPE],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return sendDownload(reply, '办事指南.xlsx', XLSX_TYPE, await serviceItemImporter.exportXlsx(actor, siteId));
    },
  );

  app.post(
    '/api/v1/service-items/import',
    {
      schema: {
        tags: TAG,
        summary:
          '批量导入事项（multipart/form-data，字段 file：JSON Lines 或 XLSX 文件，格式见 docs/guides/service-items-import.md；逐行报告结果）',
        consumes: ['multipart/form-data'],
        querystring: SiteQuery,
        response: { 200: Type.Object({ results: Type.Array(ImportResultSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      const file = await request.file({ limits: { files: 1, fileSize: 50 * 1024 * 1024 } });
      if (!file) throw Errors.VALIDATION_FAILED('请选择要导入的文件', [{ field: 'file', message: '缺少文件' }]);
      const bytes = await file.toBuffer();
      return {
        results: /\.xlsx$/i.test(file.filename)
          ? await serviceItemImporter.importXlsx(actor, siteId, bytes)
          : await serviceItemImporter.importLines(actor, siteId, bytes.toString('utf8')),
      };
    },
  );

  app.get(
    '/api/v1/service-items/:id',
    { schema: { tags: TAG, summary: '一个事项：最新版本、公开版本、修订记录', params: Params, response: Detail } },
    async (request) => serviceItems.get(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/service-items',
    {
      schema: {
        tags: TAG,
        summary: '新建事项（草稿）',
        querystring: SiteQuery,
        body: SaveItemSchema,
        response: { 201: ItemDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await serviceItems.save(requireActor(request), siteId, null, request.body));
    },
  );

  app.put(
    '/api/v1/service-items/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改办事指南（草稿就地修改；已公开的另起新版本，审核公开前门户仍显示原版本）',
        params: Params,
        querystring: SiteQuery,
        body: SaveItemSchema,
        response: Detail,
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return serviceItems.save(requireActor(request), siteId, request.params.id, request.body);
    },
  );

  app.post(
    '/api/v1/service-items/:id/submission',
    { schema: { tags: TAG, summary: '送审（缺少必备要素的不能送审）', params: Params, response: Detail } },
    async (request) => serviceItems.submit(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/service-items/:id/review',
    {
      schema: {
        tags: TAG,
        summary: '审核：通过（须在 1 个工作日内公开）或退回（写明理由）',
        params: Params,
        body: ReviewSchema,
        response: Detail,
      },
    },
    async (request) => serviceItems.review(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/service-items/:id/publication',
    {
      schema: {
        tags: TAG,
        summary: '公开审核通过的版本（再次检查十项必备要素）',
        params: Params,
        response: Detail,
      },
    },
    async (request) => serviceItems.publish(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/service-items/:id/withdrawal',
    {
      schema: {
        tags: TAG,
        summary: '撤下已公开的指南（事项取消或调整）',
        params: Params,
        body: Type.Object({ reason: Text(500, { minLength: 1 }) }, { additionalProperties: false }),
        response: Detail,
      },
    },
    async (request) => serviceItems.withdraw(requireActor(request), request.params.id, request.body.reason),
  );
}
