import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import { DepartmentInputSchema, DepartmentSchema } from './departments.schema.js';
import type { DepartmentsService } from './departments.service.js';

export function departmentsRoutes(app: App, departments: DepartmentsService, sites: SitesService): void {
  app.get(
    '/api/v1/departments',
    {
      schema: {
        tags: ['单位'],
        summary: '站点的单位列表（公开信息）',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(DepartmentSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await departments.list(await siteIdFor(sites, request, request.query.siteId)) }),
  );

  app.get(
    '/api/v1/departments/:id',
    {
      schema: {
        tags: ['单位'],
        summary: '单位详情',
        params: Type.Object({ id: Id }),
        response: { 200: DepartmentSchema, ...errorResponses },
      },
    },
    async (request) => departments.get(request.params.id),
  );

  app.post(
    '/api/v1/departments',
    {
      schema: {
        tags: ['单位'],
        summary: '新建单位',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        body: DepartmentInputSchema,
        response: { 201: DepartmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await departments.create(requireActor(request), siteId, request.body));
    },
  );

  app.put(
    '/api/v1/departments/:id',
    {
      schema: {
        tags: ['单位'],
        summary: '修改单位',
        params: Type.Object({ id: Id }),
        body: DepartmentInputSchema,
        response: { 200: DepartmentSchema, ...errorResponses },
      },
    },
    async (request) => departments.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/departments/:id',
    {
      schema: {
        tags: ['单位'],
        summary: '删除单位（无下级单位和用户时）',
        params: Type.Object({ id: Id }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await departments.remove(requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
}
