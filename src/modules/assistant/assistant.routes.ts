import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id, Ok, Text } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  AssistantReplySchema,
  KnowledgeBodySchema,
  KnowledgeEntrySchema,
  QueuedQuestionSchema,
} from './assistant.schema.js';
import type { AssistantService } from './assistant.service.js';
import type { RateLimits } from '../../platform/http/rate-limit.js';

const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const Params = Type.Object({ id: Id });
const tags = ['智能问答'];

export async function assistantRoutes(
  app: App,
  {
    assistant,
    sites,
    rateLimits,
    perMinute,
  }: { assistant: AssistantService; sites: SitesService; rateLimits: RateLimits; perMinute: number },
): Promise<void> {
  await app.register(async (scoped) => {
    // Anyone may ask; a flood of questions is slowed down like the portal's other forms.
    await rateLimits.register(scoped, 'assistant-api', perMinute * 4);
    scoped.withTypeProvider<TypeBoxTypeProvider>().post(
      '/api/v1/assistant',
      {
        schema: {
          tags,
          summary: '提问：从咨询问答知识库作答，并给出相关信息（门户与窗口同源）',
          querystring: SiteQuery,
          body: Type.Object({ question: Text(200) }, { additionalProperties: false }),
          response: { 200: AssistantReplySchema, ...errorResponses },
        },
      },
      async (request) => {
        // The portal asks for the site of its host; the back office (counter staff) names its site.
        const siteId = request.query.siteId ?? (await sites.forHost(request.hostname))?.id;
        if (!siteId) throw Errors.SITE_NOT_FOUND();
        return assistant.ask(siteId, request.body.question);
      },
    );
  });

  app.get(
    '/api/v1/knowledge-entries',
    {
      schema: {
        tags,
        summary: '知识库问答列表',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            q: Type.Optional(Text(100, { description: '问题包含' })),
            page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
            size: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(KnowledgeEntrySchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { siteId, q, page, size } = request.query;
      const { total, rows } = await assistant.list(requireActor(request), await siteIdFor(sites, request, siteId), {
        text: q?.trim() || undefined,
        limit: size,
        offset: (page - 1) * size,
      });
      return { total, items: rows };
    },
  );

  app.get(
    '/api/v1/knowledge-entries/:id',
    {
      schema: {
        tags,
        summary: '知识库问答',
        params: Params,
        response: { 200: KnowledgeEntrySchema, ...errorResponses },
      },
    },
    async (request) => assistant.get(requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/knowledge-entries',
    {
      schema: {
        tags,
        summary: '新增知识库问答',
        querystring: SiteQuery,
        body: KnowledgeBodySchema,
        response: { 201: KnowledgeEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await assistant.save(requireActor(request), siteId, request.body));
    },
  );

  app.put(
    '/api/v1/knowledge-entries/:id',
    {
      schema: {
        tags,
        summary: '修改知识库问答',
        params: Params,
        querystring: SiteQuery,
        body: KnowledgeBodySchema,
        response: { 200: KnowledgeEntrySchema, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return assistant.save(requireActor(request), siteId, request.body, request.params.id);
    },
  );

  app.delete(
    '/api/v1/knowledge-entries/:id',
    { schema: { tags, summary: '删除知识库问答', params: Params, response: { 200: Ok, ...errorResponses } } },
    async (request) => {
      await assistant.remove(requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/assistant/questions',
    {
      schema: {
        tags,
        summary: '未能回答的问题（待补充知识库），按提问次数排列',
        querystring: SiteQuery,
        response: { 200: Type.Object({ items: Type.Array(QueuedQuestionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await assistant.queue(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );

  app.post(
    '/api/v1/assistant/questions/:id/dismiss',
    {
      schema: {
        tags,
        summary: '不予补充，移出待补充问题',
        params: Params,
        querystring: SiteQuery,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await assistant.dismiss(requireActor(request), siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
