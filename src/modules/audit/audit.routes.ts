import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id, Instant } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { AuditService } from './audit.service.js';

const AuditEntrySchema = Type.Object({
  id: Id,
  at: Instant,
  actorId: Type.Union([Id, Type.Null()]),
  actorName: Type.String(),
  siteId: Type.Union([Id, Type.Null()]),
  departmentId: Type.Union([Id, Type.Null()]),
  action: Type.String(),
  actionLabel: Type.String({ description: '操作（中文）' }),
  entityType: Type.String(),
  entityLabel: Type.String({ description: '对象（中文，含标题、名称或编号）' }),
  entityId: Type.String(),
  before: Type.Unknown({ description: '修改前的内容' }),
  after: Type.Unknown({ description: '修改后的内容' }),
  ip: Type.String(),
});

export function auditRoutes(app: App, audit: AuditService): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['审计日志'],
        summary: '查询审计日志',
        querystring: Type.Object(
          {
            siteId: Type.Optional(Id),
            entityType: Type.Optional(Type.String({ maxLength: 50 })),
            entityId: Type.Optional(Type.String({ maxLength: 100 })),
            action: Type.Optional(Type.String({ maxLength: 50 })),
            actor: Type.Optional(Type.String({ maxLength: 50 })),
            from: Type.Optional(Type.String({ maxLength: 30, description: '起始时间（含），ISO-8601' })),
            to: Type.Optional(Type.String({ maxLength: 30, description: '截止时间（不含），ISO-8601' })),
            q: Type.Optional(Type.String({ maxLength: 100, description: '在修改内容中查找' })),
            page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
            size: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(AuditEntrySchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { page, size, q, ...filters } = request.query;
      return audit.search(requireActor(request), { ...filters, text: q, limit: size, offset: (page - 1) * size });
    },
  );
}
