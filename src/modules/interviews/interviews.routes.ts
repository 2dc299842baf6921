import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { AcceptanceSchema } from '../publication-checks/publication-checks.schema.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  EntryInputSchema,
  EntrySchema,
  InterviewDetailSchema,
  InterviewInputSchema,
  InterviewSummarySchema,
  QuestionModerationSchema,
  TranscriptInputSchema,
} from './interviews.schema.js';
import type { InterviewsService } from './interviews.service.js';
import { MAX_PHOTO_BYTES, type InterviewRecords } from './interviews.records.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const TAG = ['在线访谈'];
const Detail = { 200: InterviewDetailSchema, ...errorResponses };
const Accepted = Type.Object(
  { acceptedFindings: Type.Array(AcceptanceSchema, { default: [], maxItems: 50 }) },
  { additionalProperties: false },
);

const AcceptedList = Type.Array(AcceptanceSchema, { maxItems: 50 });
/** The findings a reviewer accepted, sent as JSON in a multipart field; anything else accepts nothing. */
function acceptedFrom(json: string): Static<typeof AcceptedList> {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = null;
  }
  if (!Value.Check(AcceptedList, value))
    throw Errors.VALIDATION_FAILED('确认的发现格式不对', [{ field: 'acceptedFindings', message: '格式不对' }]);
  return value;
}

/** 在线访谈 and 新闻发布会 for the office: scheduling, questions, the live record. */
export function interviewsRoutes(
  app: App,
  {
    interviews,
    interviewRecords,
    sites,
  }: { interviews: InterviewsService; interviewRecords: InterviewRecords; sites: SitesService },
) {
  app.get(
    '/api/v1/interviews',
    {
      schema: {
        tags: TAG,
        summary: '在线访谈和新闻发布会',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(InterviewSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await interviews.list(requireActor(request), siteId) };
    },
  );
  app.post(
    '/api/v1/interviews',
    {
      schema: {
        tags: TAG,
        summary: '安排访谈或发布会',
        querystring: SiteQuery,
        body: InterviewInputSchema,
        response: { 201: InterviewDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await interviews.save(requireActor(request), siteId, null, request.body));
    },
  );
  app.get(
    '/api/v1/interviews/:id',
    { schema: { tags: TAG, summary: '一场访谈：嘉宾、问题（含提问人）、文字实录', params: Params, response: Detail } },
    async (request) => interviews.get(requireActor(request), request.params.id),
  );
  app.put(
    '/api/v1/interviews/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改（开始前）',
        params: Params,
        querystring: SiteQuery,
        body: InterviewInputSchema,
        response: Detail,
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return interviews.save(requireActor(request), siteId, request.params.id, request.body);
    },
  );
  app.post(
    '/api/v1/interviews/:id/publication',
    { schema: { tags: TAG, summary: '发布预告（经发布前检查）', params: Params, body: Accepted, response: Detail } },
    async (request) => interviews.publish(requireActor(request), request.params.id, request.body.acceptedFindings),
  );
  app.post(
    '/api/v1/interviews/:id/entries',
    {
      schema: {
        tags: TAG,
        summary: '发布一条文字实录（经发布前检查）',
        params: Params,
        body: EntryInputSchema,
        response: Detail,
      },
    },
    async (request) => interviews.addEntry(requireActor(request), request.params.id, request.body),
  );
  app.get(
    '/api/v1/interviews/:id/entries',
    {
      schema: {
        tags: TAG,
        summary: '文字直播的新条目（公开，无须登录；按访问的站点域名取站点；门户页面自动更新用）',
        params: Params,
        querystring: Type.Object({ after: Type.Integer({ minimum: 0, default: 0 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ phase: Type.String(), entries: Type.Array(EntrySchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const site = await sites.forHost(request.hostname);
      if (!site) throw Errors.SITE_NOT_FOUND();
      return interviews.entriesAfter(site.id, request.params.id, request.query.after);
    },
  );
  app.post(
    '/api/v1/interviews/:id/end',
    { schema: { tags: TAG, summary: '结束访谈（文字实录留存为全文）', params: Params, response: Detail } },
    async (request) => interviews.end(requireActor(request), request.params.id),
  );
  app.post(
    '/api/v1/interviews/:id/photos',
    {
      schema: {
        tags: TAG,
        summary:
          '上传照片（multipart/form-data：file 图片，caption 照片说明，acceptedFindings 可选，确认的发现的 JSON 数组）',
        consumes: ['multipart/form-data'],
        params: Params,
        response: { 201: InterviewDetailSchema, 413: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await request.file({ limits: { fields: 5, files: 1, fileSize: MAX_PHOTO_BYTES + 1 } });
      if (!file) throw Errors.VALIDATION_FAILED('请选择照片', [{ field: 'file', message: '缺少照片' }]);
      const bytes = await file.toBuffer();
      const field = (name: string) => {
        const f = file.fields[name];
        return f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : '';
      };
      await interviewRecords.addPhoto(actor, request.params.id, {
        bytes,
        caption: field('caption').slice(0, 200),
        acceptedFindings: acceptedFrom(field('acceptedFindings')),
      });
      return reply.code(201).send(await interviews.get(actor, request.params.id));
    },
  );
  app.delete(
    '/api/v1/interviews/:id/photos/:photoId',
    {
      schema: {
        tags: TAG,
        summary: '删除照片',
        params: Type.Object({ id: Id, photoId: Id }),
        response: Detail,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await interviewRecords.removePhoto(actor, request.params.id, request.params.photoId);
      return interviews.get(actor, request.params.id);
    },
  );
  app.post(
    '/api/v1/interviews/:id/transcript',
    {
      schema: {
        tags: TAG,
        summary: '把结束的访谈的文字实录存为文件（草稿，按文件的审核发布流程公开）',
        params: Params,
        body: TranscriptInputSchema,
        response: { 201: Type.Object({ documentId: Id }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await interviewRecords.fileTranscript(requireActor(request), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/interview-questions/:id/moderation-draft',
    {
      schema: {
        tags: TAG,
        summary: '问题的公开稿（已隐去提问人信息）',
        params: Params,
        response: { 200: Type.Object({ publicBody: Type.String() }), ...errorResponses },
      },
    },
    async (request) => interviews.questionDraft(requireActor(request), request.params.id),
  );
  app.post(
    '/api/v1/interview-questions/:id/moderation',
    {
      schema: { tags: TAG, summary: '审核网民提问', params: Params, body: QuestionModerationSchema, response: Detail },
    },
    async (request) => interviews.moderateQuestion(requireActor(request), request.params.id, request.body),
  );
}
