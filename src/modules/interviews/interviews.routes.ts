import { Type } from '@sinclair/typebox';
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
} from './interviews.schema.js';
import type { InterviewsService } from './interviews.service.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const TAG = ['在线访谈'];
const Detail = { 200: InterviewDetailSchema, ...errorResponses };
const Accepted = Type.Object(
  { acceptedFindings: Type.Array(AcceptanceSchema, { default: [], maxItems: 50 }) },
  { additionalProperties: false },
);

/** 在线访谈 and 新闻发布会 for the office: scheduling, questions, the live record. */
export function interviewsRoutes(
  app: App,
  { interviews, sites }: { interviews: InterviewsService; sites: SitesService },
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
