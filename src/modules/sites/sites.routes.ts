import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { IMAGE_KINDS, SiteIdentityInputSchema, SiteIdentitySchema } from './site-identity.js';
import { MAX_SITE_IMAGE_BYTES, type SiteIdentityService } from './site-identity.service.js';
import { PublicSiteSchema, SiteInputSchema, SiteRetirementSchema, SiteSchema } from './sites.schema.js';
import type { Site, SitesService } from './sites.service.js';

/** The site a request is about: the one named, or else the one its host name belongs to. */
export async function siteIdFor(sites: SitesService, request: FastifyRequest, given?: string): Promise<string> {
  if (given) return given;
  const site = await sites.forHost(request.hostname);
  if (!site) throw Errors.SITE_NOT_FOUND();
  return site.id;
}

export function sitesRoutes(app: App, sites: SitesService, identity: SiteIdentityService): void {
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

  app.post(
    '/api/v1/sites/:id/retire',
    {
      schema: {
        tags: ['站点'],
        summary: '关停站点（平台管理员）：门户各页显示关停公告（HTTP 410），数据保留',
        params: Type.Object({ id: Id }),
        body: SiteRetirementSchema,
        response: { 200: SiteSchema, ...errorResponses },
      },
    },
    async (request) => sites.retire(requireActor(request), request.params.id, request.body.notice),
  );

  app.post(
    '/api/v1/sites/:id/reinstate',
    {
      schema: {
        tags: ['站点'],
        summary: '恢复已关停的站点（平台管理员）',
        params: Type.Object({ id: Id }),
        response: { 200: SiteSchema, ...errorResponses },
      },
    },
    async (request) => sites.reinstate(requireActor(request), request.params.id),
  );

  const IdentityParams = Type.Object({ id: Id });
  const ImageParams = Type.Object({ id: Id, kind: Type.Union(IMAGE_KINDS.map((k) => Type.Literal(k))) });
  const identityTags = ['站点'];
  app.get(
    '/api/v1/sites/:id/identity',
    {
      schema: {
        tags: identityTags,
        summary: '门户外观与标识（承办单位、主题色、党政机关网站标识、相关网站、首页区块、标志与横幅）',
        params: IdentityParams,
        response: { 200: SiteIdentitySchema, ...errorResponses },
      },
    },
    async (request) => identity.get(requireActor(request), request.params.id),
  );
  app.put(
    '/api/v1/sites/:id/identity',
    {
      schema: {
        tags: identityTags,
        summary: '设置门户外观与标识（站点管理员）',
        params: IdentityParams,
        body: SiteIdentityInputSchema,
        response: { 200: SiteIdentitySchema, ...errorResponses },
      },
    },
    async (request) => identity.update(requireActor(request), request.params.id, request.body),
  );
  app.put(
    '/api/v1/sites/:id/identity/:kind',
    {
      schema: {
        tags: identityTags,
        summary: '上传网站标志（logo）或首页横幅（multipart/form-data：file，PNG 或 JPEG，不超过 1 MB）',
        consumes: ['multipart/form-data'],
        params: ImageParams,
        response: { 200: SiteIdentitySchema, 413: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const file = await request.file({ limits: { fields: 0, files: 1, fileSize: MAX_SITE_IMAGE_BYTES + 1 } });
      if (!file) throw Errors.VALIDATION_FAILED('请选择图片', [{ field: 'file', message: '缺少图片' }]);
      return identity.setImage(actor, request.params.id, request.params.kind, await file.toBuffer());
    },
  );
  app.delete(
    '/api/v1/sites/:id/identity/:kind',
    {
      schema: {
        tags: identityTags,
        summary: '删除网站标志或首页横幅',
        params: ImageParams,
        response: { 200: SiteIdentitySchema, ...errorResponses },
      },
    },
    async (request) => identity.removeImage(requireActor(request), request.params.id, request.params.kind),
  );
}
