import { Type } from '@sinclair/typebox';
import { can, type Role } from '../../platform/auth/actor.js';
import { requireActor } from '../../platform/http/auth.js';
import { Errors, errorResponses } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import { AnnualReportSchema } from './annual-report.schema.js';
import type { AnnualReportService } from './annual-report.service.js';

const READERS: Role[] = ['site_admin', 'request_handler', 'auditor'];

export function annualReportRoutes(
  app: App,
  deps: { annualReport: AnnualReportService; sites: SitesService; departments: DepartmentsService },
): void {
  app.get(
    '/api/v1/reports/annual',
    {
      schema: {
        tags: ['年度报告'],
        summary: '政府信息公开工作年度报告统计表（第二、三、四部分）及勾稽关系校验',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            year: Type.Integer({ minimum: 2008, maximum: 2100 }),
            departmentId: Type.Optional(Id),
          },
          { additionalProperties: false },
        ),
        response: { 200: AnnualReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const siteId = await siteIdFor(deps.sites, request, request.query.siteId);
      const departmentId = request.query.departmentId ?? null;
      const path = departmentId ? await deps.departments.path(siteId, departmentId) : [];
      if (!can(actor, siteId, READERS, path)) throw Errors.FORBIDDEN('没有查看该年度报告的权限');
      return deps.annualReport.build(siteId, request.query.year, departmentId);
    },
  );
}
