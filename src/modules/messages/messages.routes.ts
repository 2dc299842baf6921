import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { FileBody, XLSX_TYPE, sendDownload } from '../../platform/http/download.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  MailboxInputSchema,
  MailboxSchema,
  MessageDetailSchema,
  MessageEventInputSchema,
  MessageSummarySchema,
  PublicationInputSchema,
  RegisterMessageSchema,
  StatisticsSchema,
} from './messages.schema.js';
import type { MailboxesService } from './messages.mailboxes.js';
import type { MessagesService } from './messages.service.js';
import { statisticsXlsx } from './messages.xlsx.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const TAG = ['互动交流'];

/** 互动交流 for staff: mailboxes, registering, the work queue, the loop's steps, publication, statistics. */
export function messagesRoutes(
  app: App,
  { messages, mailboxes, sites }: { messages: MessagesService; mailboxes: MailboxesService; sites: SitesService },
): void {
  app.get(
    '/api/v1/mailboxes',
    {
      schema: {
        tags: TAG,
        summary: '信箱列表（含停用的）',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(MailboxSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await mailboxes.list(siteId, { all: true }) };
    },
  );

  app.post(
    '/api/v1/mailboxes',
    {
      schema: {
        tags: TAG,
        summary: '新建信箱（站点管理员）',
        querystring: SiteQuery,
        body: MailboxInputSchema,
        response: { 201: MailboxSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await mailboxes.save(requireActor(request), siteId, null, request.body));
    },
  );

  app.put(
    '/api/v1/mailboxes/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改信箱（名称、时限、是否公开答复、停用）',
        params: Params,
        querystring: SiteQuery,
        body: MailboxInputSchema,
        response: { 200: MailboxSchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return mailboxes.save(requireActor(request), siteId, request.params.id, request.body);
    },
  );

  app.post(
    '/api/v1/messages',
    {
      schema: {
        tags: TAG,
        summary: '登记电话、来信或来访的留言（公开办）',
        querystring: SiteQuery,
        body: RegisterMessageSchema,
        response: {
          201: Type.Object({
            id: Id,
            trackingNo: Type.String({ description: '留言编号' }),
            queryCode: Type.String({ description: '查询码（只显示这一次，告知留言人）' }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await messages.register(requireActor(request), siteId, request.body));
    },
  );

  app.get(
    '/api/v1/messages',
    {
      schema: {
        tags: TAG,
        summary: '留言办理队列：三个月未答复的、已超期的排在前面；部门只看到转给本部门的',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            open: Type.Boolean({ default: false, description: '只看未办结的' }),
            watch: Type.Boolean({ default: false, description: '只看三个月未答复预警（网站普查单项否决）' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(MessageSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      const { open, watch } = request.query;
      return { items: await messages.list(requireActor(request), siteId, { open, watch }) };
    },
  );

  app.get(
    '/api/v1/messages/statistics',
    {
      schema: {
        tags: TAG,
        summary: '月度统计：收到、办结、按期办结率、满意率（与门户公开的相同）',
        querystring: Type.Object(
          { siteId: Type.Optional(Id), month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) },
          { additionalProperties: false },
        ),
        response: { 200: StatisticsSchema, ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return messages.statistics(siteId, request.query.month);
    },
  );

  app.get(
    '/api/v1/messages/statistics/xlsx',
    {
      schema: {
        tags: TAG,
        summary: '全年逐月统计（Excel）',
        querystring: Type.Object(
          { siteId: Type.Optional(Id), year: Type.Integer({ minimum: 2000, maximum: 2100 }) },
          { additionalProperties: false },
        ),
        produces: [XLSX_TYPE],
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      const { year } = request.query;
      const months = await Promise.all(
        Array.from({ length: 12 }, (_, i) => messages.statistics(siteId, `${year}-${String(i + 1).padStart(2, '0')}`)),
      );
      const site = await sites.get(siteId);
      const title = `${site.name}${year}年留言办理统计`;
      return sendDownload(reply, `${title}.xlsx`, XLSX_TYPE, await statisticsXlsx(title, months));
    },
  );

  app.get(
    '/api/v1/messages/:id',
    {
      schema: {
        tags: TAG,
        summary: '一条留言：内容、留言人、办理记录、期限、可进行的步骤',
        params: Params,
        response: { 200: MessageDetailSchema, ...errorResponses },
      },
    },
    async (request) => messages.get(requireActor(request), request.params.id),
  );

  app.get(
    '/api/v1/messages/:id/attachments/:attachmentId',
    {
      schema: {
        tags: TAG,
        summary: '留言人上传的附件（仅办理人员可见）',
        params: Type.Object({ id: Id, attachmentId: Id }),
        response: { 200: FileBody, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await messages.attachment(requireActor(request), request.params.id, request.params.attachmentId);
      // Never cached by a browser or proxy, never sniffed into something else.
      reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
      return sendDownload(reply, file.name, file.mime, file.bytes);
    },
  );

  app.post(
    '/api/v1/messages/:id/events',
    {
      schema: {
        tags: TAG,
        summary:
          '办理一步（受理、转办、退回、签收、延期、提交答复、审核、办结、回访 …）；不合流程的被拒绝并给出原因代码',
        params: Params,
        body: MessageEventInputSchema,
        response: { 200: MessageDetailSchema, ...errorResponses },
      },
    },
    async (request) => messages.addEvent(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/messages/:id/publication-draft',
    {
      schema: {
        tags: TAG,
        summary: '公开稿：留言和答复中的个人信息已按去标识化规则隐去，供公开办修改后公开',
        params: Params,
        response: {
          200: Type.Object({ subject: Type.String(), body: Type.String(), answer: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request) => messages.publicationDraft(requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/messages/:id/publication',
    {
      schema: {
        tags: TAG,
        summary: '公开留言和答复（经发布前检查：个人信息、错敏字须修改或注明理由确认）',
        params: Params,
        body: PublicationInputSchema,
        response: { 200: MessageDetailSchema, ...errorResponses },
      },
    },
    async (request) => messages.publish(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/messages/:id/publication',
    {
      schema: {
        tags: TAG,
        summary: '撤下已公开的留言',
        params: Params,
        response: { 200: MessageDetailSchema, ...errorResponses },
      },
    },
    async (request) => messages.unpublish(requireActor(request), request.params.id),
  );
}
