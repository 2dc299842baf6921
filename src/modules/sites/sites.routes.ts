import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { PublicSiteSchema, SiteInputSchema, SiteSchema } from './sites.schema.js';
import type { Site, SitesService } from './sites.service.js';

/** The site a request is about: the one named, or else the one its host name belongs to. */
export async function siteIdFor(sites: SitesService, request: FastifyRequest, given?: string): Promise<string> {
  if (given) return given;
  const site = await sites.forHost(request.hostname);
  if (!site) throw Errors.SITE_NOT_FOUND();
  return site.id;
}

export function sitesRoutes(app: App, sites: SitesService): void {
  app.get(
    '/api/v1/site',
    {
      schema: {
        tags: ['站点'],
        summary: '当前域名对应站点的公开信息',
        response: { 200: PublicSiteSchema, ...errorResponses },
      },
    },
    async (request) => {
      const site = await sites.forHost(request.hostname);
      if (!site) throw Errors.SITE_NOT_FOUND();
      return site;
    },
  );

  app.get(
    '/api/v1/sites',
    {
      schema: {
        tags: ['站点'],
        summary: '我可管理的站点',
        response: { 200: Type.Object({ items: Type.Array(SiteSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await sites.list(requireActor(request)) }),
  );

  app.post(
    '/api/v1/sites',
    {
      schema: {
        tags: ['站点'],
        summary: '新建站点（平台管理员）',
        body: SiteInputSchema,
        response: { 201: SiteSchema, ...errorResponses },
      },
    },
    async (request, reply): Promise<Site> => {
      const site = await sites.create(requireActor(request), request.body);
      return reply.code(201).send(site);
    },
  );

  app.put(
    '/api/v1/sites/:id',
    {
      schema: {
        tags: ['站点'],
        summary: '修改站点信息',
        params: Type.Object({ id: Id }),
        body: SiteInputSchema,
        response: { 200: SiteSchema, ...errorResponses },
      },
    },
    async (request) => sites.update(requireActor(request), request.params.id, request.body),
  );
}
