import { Type } from '@sinclair/typebox';
import { requireActor } from '../../platform/http/auth.js';
import { errorResponses } from '../../platform/http/errors.js';
import { Id, Ok, Text } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { siteIdFor } from '../sites/sites.routes.js';
import type { SitesService } from '../sites/sites.service.js';
import { AcceptanceSchema } from './publication-checks.schema.js';
import type { PublicationChecksService } from './publication-checks.service.js';

const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });
const tags = ['发布前检查'];

const FindingSchema = Type.Object({
  type: Type.String({
    description: 'id_card、mobile、landline、bank_card、email、plate、person_name、address 或 wording',
  }),
  field: Type.String(),
  start: Type.Integer({ description: '在该部分文本中的位置（JavaScript 字符串下标）' }),
  end: Type.Integer(),
  text: Type.String(),
  label: Type.String(),
  correction: Type.Union([Type.String(), Type.Null()], { description: '一键修改为：去标识化后的写法或正确表述' }),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  note: Type.String(),
  accepted: Type.Union([Type.Object({ basis: Type.String(), reason: Type.String() }), Type.Null()]),
});
const WordingRuleSchema = Type.Object({
  wrong: Type.String(),
  correction: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([Type.Literal('wrong'), Type.Literal('sensitive')]),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  note: Type.String(),
});
const SiteRuleSchema = Type.Object({ id: Id, ...WordingRuleSchema.properties, updatedAt: Type.String() });

const Keep = Type.Object(
  { keepStart: Type.Integer({ minimum: 0, maximum: 8 }), keepEnd: Type.Integer({ minimum: 0, maximum: 8 }) },
  { additionalProperties: false },
);
const MaskingPolicySchema = Type.Object(
  { idCard: Keep, bankCard: Keep, plate: Keep },
  { additionalProperties: false, description: '遮盖时保留的前几位、后几位（最多保留一半）' },
);

export function publicationChecksRoutes(app: App, checks: PublicationChecksService, sites: SitesService): void {
  app.post(
    '/api/v1/text-checks',
    {
      schema: {
        tags,
        summary: '检查一段文字中的个人信息和错敏字（不保存）',
        querystring: SiteQuery,
        body: Type.Object({ text: Text(200_000) }, { additionalProperties: false }),
        response: { 200: Type.Object({ findings: Type.Array(FindingSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      findings: await checks.checkText(
        requireActor(request),
        await siteIdFor(sites, request, request.query.siteId),
        request.body.text,
      ),
    }),
  );

  app.get(
    '/api/v1/documents/:id/findings',
    {
      schema: {
        tags,
        summary: '信息最新版本的检查结果（含已确认公开的），以及无法自动检查、须人工核对的附件',
        params: Type.Object({ id: Id }),
        response: {
          200: Type.Object({
            findings: Type.Array(FindingSchema),
            unchecked: Type.Array(Type.String(), {
              description: '没有可读文字的附件（扫描件、图片、旧版 Office 文件等）的名称',
            }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        findings: await checks.documentFindings(actor, request.params.id),
        unchecked: await checks.uncheckedAttachments(actor, request.params.id),
      };
    },
  );

  app.post(
    '/api/v1/documents/:id/findings/accept',
    {
      schema: {
        tags,
        summary: '审核人员确认某项发现可以公开（注明依据和理由，记入审计日志）',
        params: Type.Object({ id: Id }),
        body: AcceptanceSchema,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await checks.accept(requireActor(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/masking-policy',
    {
      schema: {
        tags,
        summary: '本站点的去标识化规则（身份证号、银行卡号、车牌号保留几位）',
        querystring: SiteQuery,
        response: { 200: MaskingPolicySchema, ...errorResponses },
      },
    },
    async (request) =>
      checks.maskingPolicy(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
  );

  app.put(
    '/api/v1/masking-policy',
    {
      schema: {
        tags,
        summary: '设置本站点的去标识化规则',
        querystring: SiteQuery,
        body: MaskingPolicySchema,
        response: { 200: MaskingPolicySchema, ...errorResponses },
      },
    },
    async (request) =>
      checks.saveMaskingPolicy(
        requireActor(request),
        await siteIdFor(sites, request, request.query.siteId),
        request.body,
      ),
  );

  app.get(
    '/api/v1/wording-rules',
    {
      schema: {
        tags,
        summary: '错敏字规则：平台默认规则和本站点规则',
        querystring: SiteQuery,
        response: {
          200: Type.Object({ defaults: Type.Array(WordingRuleSchema), site: Type.Array(SiteRuleSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => checks.listRules(requireActor(request), await siteIdFor(sites, request, request.query.siteId)),
  );

  app.post(
    '/api/v1/wording-rules',
    {
      schema: {
        tags,
        summary: '新增本站点错敏字规则',
        querystring: SiteQuery,
        body: Type.Object(
          {
            wrong: Text(50, { minLength: 1 }),
            correction: Type.Union([Text(50), Type.Null()], { default: null }),
            kind: Type.Union([Type.Literal('wrong'), Type.Literal('sensitive')]),
            severity: Type.Union([Type.Literal('error'), Type.Literal('warning')], { default: 'error' }),
            note: Text(200, { default: '' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: SiteRuleSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      return reply.code(201).send(await checks.addRule(requireActor(request), siteId, request.body));
    },
  );

  app.delete(
    '/api/v1/wording-rules/:id',
    {
      schema: {
        tags,
        summary: '删除本站点错敏字规则',
        params: Type.Object({ id: Id }),
        querystring: SiteQuery,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const siteId = await siteIdFor(sites, request, request.query.siteId);
      await checks.removeRule(requireActor(request), siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
