import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import { ColumnInputSchema, ColumnSchema } from './columns.schema.js';
import { pathOf, type Column, type ColumnsService } from './columns.service.js';

export function columnsRoutes(app: App, columns: ColumnsService, sites: SitesService): void {
  const withPath = async (c: Column) => ({ ...c, path: pathOf(await columns.list(c.siteId), c.id) });

  app.get(
    '/api/v1/columns',
    {
      schema: {
        tags: ['栏目'],
        summary: '站点的栏目（公开信息）',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(ColumnSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const all = await columns.list(await siteIdFor(sites, request, request.query.siteId));
      return { items: all.map((c) => ({ ...c, path: pathOf(all, c.id) })) };
    },
  );

  app.post(
    '/api/v1/columns',
    {
      schema: {
        tags: ['栏目'],
        summary: '新建栏目',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        body: ColumnInputSchema,
        response: { 201: ColumnSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await withPath(await columns.create(requireActor(request), siteId, request.body)));
    },
  );

  app.put(
    '/api/v1/columns/:id',
    {
      schema: {
        tags: ['栏目'],
        summary: '修改栏目',
        params: Type.Object({ id: Id }),
        body: ColumnInputSchema,
        response: { 200: ColumnSchema, ...errorResponses },
      },
    },
    async (request) => withPath(await columns.update(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/columns/:id',
    {
      schema: {
        tags: ['栏目'],
        summary: '删除栏目（非标准、无子栏目和信息时）',
        params: Type.Object({ id: Id }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await columns.remove(requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
}
