import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import { WorkbenchBlockSchema } from './workbench.schema.js';
import type { WorkbenchService } from './workbench.service.js';

export function workbenchRoutes(app: App, { workbench, sites }: { workbench: WorkbenchService; sites: SitesService }) {
  app.get(
    '/api/v1/workbench',
    {
      schema: {
        tags: ['工作台'],
        summary: '工作台：按本人角色列出待办、临期和逾期事项及网站检查风险',
        querystring: Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false }),
        response: { 200: Type.Object({ blocks: Type.Array(WorkbenchBlockSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      blocks: await workbench.forActor(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
    }),
  );
}
