import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id, NonEmpty } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import type { OpinionFeeds } from './opinions.feeds.js';
import {
  FeedInputSchema,
  FeedSchema,
  MediaAccountInputSchema,
  MediaAccountSchema,
  MilestoneInputSchema,
  OpinionInputSchema,
  OpinionItemSchema,
} from './opinions.schema.js';
import type { OpinionsService } from './opinions.service.js';

const Params = Type.Object({ id: Id });
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const TAG = ['舆情回应'];
const Item = { 200: OpinionItemSchema, ...errorResponses };

/** 舆情回应 for staff: items with their hour clocks, feeds, and the 政务新媒体 registry. */
export function opinionsRoutes(
  app: App,
  deps: { opinions: OpinionsService; opinionFeeds: OpinionFeeds; sites: SitesService },
): void {
  const { opinions, opinionFeeds, sites } = deps;
  app.get(
    '/api/v1/opinion-items',
    {
      schema: {
        tags: TAG,
        summary: '舆情列表：超时和临近时限的在前',
        querystring: Type.Object(
          { siteId: Type.Optional(Id), open: Type.Boolean({ default: false }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(OpinionItemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await opinions.list(requireActor(request), siteId, { open: request.query.open }) };
    },
  );
  app.post(
    '/api/v1/opinion-items',
    {
      schema: {
        tags: TAG,
        summary: '登记舆情（重大：5 小时内发布权威信息、24 小时内召开发布会；一般：48 小时内回应）',
        querystring: SiteQuery,
        body: OpinionInputSchema,
        response: { 201: OpinionItemSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await opinions.create(requireActor(request), siteId, request.body));
    },
  );
  app.get(
    '/api/v1/opinion-items/:id',
    { schema: { tags: TAG, summary: '一条舆情及其时限', params: Params, response: Item } },
    async (request) => opinions.get(requireActor(request), request.params.id),
  );
  app.put(
    '/api/v1/opinion-items/:id',
    {
      schema: {
        tags: TAG,
        summary: '研判级别、指定责任单位',
        params: Params,
        body: OpinionInputSchema,
        response: Item,
      },
    },
    async (request) => opinions.update(requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/opinion-items/:id/milestones',
    {
      schema: {
        tags: TAG,
        summary: '记录处置环节（权威信息、回应须关联已公开的信息）',
        params: Params,
        body: MilestoneInputSchema,
        response: Item,
      },
    },
    async (request) => opinions.recordMilestone(requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/opinion-items/:id/evaluation',
    {
      schema: {
        tags: TAG,
        summary: '评估回应效果并办结',
        params: Params,
        body: Type.Object({ evaluation: NonEmpty(2000) }, { additionalProperties: false }),
        response: Item,
      },
    },
    async (request) => opinions.evaluate(requireActor(request), request.params.id, request.body.evaluation),
  );

  app.get(
    '/api/v1/opinion-feeds',
    {
      schema: {
        tags: TAG,
        summary: '舆情订阅源（RSS/Atom）',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(FeedSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await opinionFeeds.list(requireActor(request), siteId) };
    },
  );
  app.post(
    '/api/v1/opinion-feeds',
    {
      schema: {
        tags: TAG,
        summary: '添加订阅源',
        querystring: SiteQuery,
        body: FeedInputSchema,
        response: { 201: FeedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await opinionFeeds.save(requireActor(request), siteId, null, request.body));
    },
  );
  app.put(
    '/api/v1/opinion-feeds/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改订阅源',
        params: Params,
        querystring: SiteQuery,
        body: FeedInputSchema,
        response: { 200: FeedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return opinionFeeds.save(requireActor(request), siteId, request.params.id, request.body);
    },
  );
  app.post(
    '/api/v1/opinion-feeds/poll',
    {
      schema: {
        tags: TAG,
        summary: '立即读取本站的订阅源（平时每 15 分钟自动读取）',
        querystring: SiteQuery,
        response: { 200: Type.Object({ added: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await opinionFeeds.list(requireActor(request), siteId);
      return { added: await opinionFeeds.poll(siteId) };
    },
  );

  app.get(
    '/api/v1/media-accounts',
    {
      schema: {
        tags: TAG,
        summary: '政务新媒体名录',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(MediaAccountSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return { items: await opinions.mediaAccounts(siteId) };
    },
  );
  app.post(
    '/api/v1/media-accounts',
    {
      schema: {
        tags: TAG,
        summary: '登记政务新媒体账号',
        querystring: SiteQuery,
        body: MediaAccountInputSchema,
        response: { 201: MediaAccountSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await opinions.saveMediaAccount(requireActor(request), siteId, null, request.body));
    },
  );
  app.put(
    '/api/v1/media-accounts/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改政务新媒体账号（含关停）',
        params: Params,
        querystring: SiteQuery,
        body: MediaAccountInputSchema,
        response: { 200: MediaAccountSchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return opinions.saveMediaAccount(requireActor(request), siteId, request.params.id, request.body);
    },
  );
}
