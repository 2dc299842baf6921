import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';

export const SiteInputSchema = Type.Object(
  {
    name: NonEmpty(100, { description: '站点名称' }),
    siteCode: Type.String({ pattern: '^[0-9A-Za-z]{10}$', description: '网站标识码（10 位）' }),
    sponsor: NonEmpty(100, { description: '主办单位' }),
    orgCode: Text(20, { description: '主办单位统一社会信用代码或组织机构代码，用于索引号' }),
    address: Text(200),
    phone: Text(50),
    email: Text(100),
    icpNo: Text(50, { description: 'ICP 备案号' }),
    policeFilingNo: Text(50, { description: '公安机关备案号' }),
    indexNoTemplate: NonEmpty(100, { description: '索引号模板，如 {orgCode}/{yyyy}-{seq:05}' }),
    feePausesClock: Type.Boolean({
      default: true,
      description: '收费通知发出至缴费期间是否不计入答复期限（默认不计入）',
    }),
    ratingFollowUpWorkdays: Type.Integer({
      minimum: 1,
      maximum: 60,
      default: 15,
      description: '好差评：差评整改反馈时限（工作日）',
    }),
    annualReportOfficeReview: Type.Boolean({
      default: false,
      description: '各部门的政府信息公开工作年度报告是否须经政务公开办（站点管理员）审核后发布',
    }),
    hosts: Type.Array(NonEmpty(253), { maxItems: 20, description: '站点绑定的域名' }),
  },
  { additionalProperties: false },
);
export type SiteInputBody = Static<typeof SiteInputSchema>;

export const SiteRetirementSchema = Type.Object(
  { notice: Text(1000, { description: '关停公告：关停原因、整合后的网站地址等，门户首页将显示此公告' }) },
  { additionalProperties: false },
);

export const SiteSchema = Type.Object({
  id: Id,
  ...SiteInputSchema.properties,
  retiredAt: Type.Union([Instant, Type.Null()], { description: '关停时间；未关停为 null' }),
  retiredNotice: Type.String({ description: '关停公告（门户显示）' }),
  createdAt: Instant,
  updatedAt: Instant,
});

/** What anyone may read about a site: the footer facts every government page shows. */
export const PublicSiteSchema = Type.Pick(SiteSchema, [
  'id',
  'name',
  'siteCode',
  'sponsor',
  'address',
  'phone',
  'email',
  'icpNo',
  'policeFilingNo',
]);
