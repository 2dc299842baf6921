import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id, Ok, Text } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  QueryReportSchema,
  SearchQuerySchema,
  SearchResultSchema,
  SynonymBodySchema,
  SynonymGroupSchema,
} from './search.schema.js';
import type { SearchService } from './search.service.js';

const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const tags = ['站内搜索'];

export function searchRoutes(app: App, search: SearchService, sites: SitesService): void {
  app.get(
    '/api/v1/search',
    {
      schema: {
        tags,
        summary: '站内搜索（本站点公开内容，按访问域名确定站点）',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const site = await sites.forHost(request.hostname);
      if (!site) throw Errors.SITE_NOT_FOUND();
      return search.search(site.id, request.query);
    },
  );

  app.get(
    '/api/v1/search/synonyms',
    {
      schema: {
        tags,
        summary: '同义词组（站点管理员）',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(SynonymGroupSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await search.listSynonyms(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.post(
    '/api/v1/search/synonyms',
    {
      schema: {
        tags,
        summary: '新增同义词组',
        querystring: SiteQuery,
        body: SynonymBodySchema,
        response: { 201: SynonymGroupSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await search.saveSynonyms(requireActor(request), siteId, request.body.words));
    },
  );

  app.put(
    '/api/v1/search/synonyms/:id',
    {
      schema: {
        tags,
        summary: '修改同义词组',
        params: Type.Object({ id: Id }),
        querystring: SiteQuery,
        body: SynonymBodySchema,
        response: { 200: SynonymGroupSchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return search.saveSynonyms(requireActor(request), siteId, request.body.words, request.params.id);
    },
  );

  app.delete(
    '/api/v1/search/synonyms/:id',
    {
      schema: {
        tags,
        summary: '删除同义词组',
        params: Type.Object({ id: Id }),
        querystring: SiteQuery,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await search.deleteSynonyms(requireActor(request), siteId, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/search/words',
    {
      schema: {
        tags,
        summary: '分词词典中本站点添加的词语',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(Type.String()) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await search.listWords(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.post(
    '/api/v1/search/words',
    {
      schema: {
        tags,
        summary: '向分词词典添加词语（随后重建本站点索引）',
        querystring: SiteQuery,
        body: Type.Object({ word: Text(20) }, { additionalProperties: false }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await search.addWord(requireActor(request), siteId, request.body.word);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/v1/search/words/:word',
    {
      schema: {
        tags,
        summary: '从分词词典删除本站点添加的词语',
        params: Type.Object({ word: Text(20) }),
        querystring: SiteQuery,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await search.removeWord(requireActor(request), siteId, request.params.word);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/search/hot-queries',
    {
      schema: {
        tags,
        summary: '审定一个热门检索词（在检索页向公众展示）',
        querystring: SiteQuery,
        body: Type.Object({ query: Text(20) }, { additionalProperties: false }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await search.approveHotQuery(requireActor(request), siteId, request.body.query);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/v1/search/hot-queries/:query',
    {
      schema: {
        tags,
        summary: '撤下一个热门检索词',
        params: Type.Object({ query: Text(20) }),
        querystring: SiteQuery,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await search.withdrawHotQuery(requireActor(request), siteId, request.params.query);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/search/queries',
    {
      schema: {
        tags,
        summary: '检索词统计：无结果的检索词和热门检索词（站点管理员）',
        querystring: Type.Object(
          { siteId: Type.Optional(Id), days: Type.Integer({ minimum: 1, maximum: 366, default: 90 }) },
          { additionalProperties: false },
        ),
        response: { 200: QueryReportSchema, ...errorResponses },
      },
    },
    async (request) =>
      search.queryReport(
        requireActor(request),
        await siteIdFor(sites, request, request.query.siteId),
        request.query.days,
      ),
  );
}
