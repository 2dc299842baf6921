import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { AcceptanceSchema } from '../publication-checks/publication-checks.schema.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  AdoptionInputSchema,
  ConclusionSchema,
  ModerationSchema,
  PublicCommentDetailSchema,
  PublicCommentInputSchema,
  PublicCommentSummarySchema,
} from './public-comments.schema.js';
import type { PublicCommentsService } from './public-comments.service.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const TAG = ['征集意见'];
const Detail = { 200: PublicCommentDetailSchema, ...errorResponses };

/** 征集意见 for staff: drafts, publishing, moderating comments, adoption decisions, the report. */
export function publicCommentsRoutes(
  app: App,
  { publicComments, sites }: { publicComments: PublicCommentsService; sites: SitesService },
): void {
  app.get(
    '/api/v1/public-comments',
    {
      schema: {
        tags: TAG,
        summary: '征集意见列表',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(PublicCommentSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await publicComments.list(requireActor(request), siteId) };
    },
  );
  app.post(
    '/api/v1/public-comments',
    {
      schema: {
        tags: TAG,
        summary: '起草征集（重大行政决策不少于 30 日）',
        querystring: SiteQuery,
        body: PublicCommentInputSchema,
        response: { 201: PublicCommentDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await publicComments.create(requireActor(request), siteId, request.body));
    },
  );
  app.get(
    '/api/v1/public-comments/:id',
    { schema: { tags: TAG, summary: '一次征集及其全部意见（含留言人）', params: Params, response: Detail } },
    async (request) => publicComments.get(requireActor(request), request.params.id),
  );
  app.put(
    '/api/v1/public-comments/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改尚未发布的征集',
        params: Params,
        body: PublicCommentInputSchema,
        response: Detail,
      },
    },
    async (request) => publicComments.update(requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/public-comments/:id/publication',
    {
      schema: {
        tags: TAG,
        summary: '发布到门户（经发布前检查）',
        params: Params,
        body: Type.Object(
          { acceptedFindings: Type.Array(AcceptanceSchema, { default: [], maxItems: 50 }) },
          { additionalProperties: false },
        ),
        response: Detail,
      },
    },
    async (request) => publicComments.publish(requireActor(request), request.params.id, request.body.acceptedFindings),
  );
  app.get(
    '/api/v1/comments/:id/moderation-draft',
    {
      schema: {
        tags: TAG,
        summary: '意见的公开稿：已隐去留言人姓名、电话和检出的个人信息',
        params: Params,
        response: { 200: Type.Object({ publicBody: Type.String() }), ...errorResponses },
      },
    },
    async (request) => publicComments.moderationDraft(requireActor(request), request.params.id),
  );
  app.post(
    '/api/v1/comments/:id/moderation',
    {
      schema: {
        tags: TAG,
        summary: '审核意见：公开（经发布前检查）或不予公开',
        params: Params,
        body: ModerationSchema,
        response: Detail,
      },
    },
    async (request) => publicComments.moderate(requireActor(request), request.params.id, request.body),
  );
  app.put(
    '/api/v1/comments/:id/adoption',
    {
      schema: {
        tags: TAG,
        summary: '意见的采纳情况（部分采纳、未采纳须说明理由）',
        params: Params,
        body: AdoptionInputSchema,
        response: Detail,
      },
    },
    async (request) => publicComments.decideAdoption(requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/public-comments/:id/conclusion',
    {
      schema: {
        tags: TAG,
        summary: '发布采纳情况反馈并结束征集（截止后；全部意见已审核并填写采纳情况）',
        params: Params,
        body: ConclusionSchema,
        response: Detail,
      },
    },
    async (request) => publicComments.conclude(requireActor(request), request.params.id, request.body),
  );
  app.put(
    '/api/v1/public-comments/:id/final-document',
    {
      schema: {
        tags: TAG,
        summary: '关联最终出台的文件',
        params: Params,
        body: Type.Object({ documentId: Id }, { additionalProperties: false }),
        response: Detail,
      },
    },
    async (request) =>
      publicComments.linkFinalDocument(requireActor(request), request.params.id, request.body.documentId),
  );
}
