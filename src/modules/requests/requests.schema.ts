import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import {
  APPLICANT_KINDS,
  CASE_STATE_LABELS,
  type CaseStateName,
  CHANNELS,
  DELIVERY_FORMS,
  DELIVERY_METHODS,
  EVENT_TYPES,
  ORGANISATION_KINDS,
  OUTCOME_CODES,
  REMEDY_RESULTS,
} from './requests.model.js';

const literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description ? { description } : {},
  );

/** The applicant (website.md §3). Identity and contact details stay in the back office. */
export const ApplicantSchema = Type.Object(
  {
    kind: literals(APPLICANT_KINDS, 'person 自然人 · organisation 法人或其他组织'),
    organisationKind: Type.Union([literals(ORGANISATION_KINDS), Type.Null()], {
      default: null,
      description:
        '法人或其他组织的类别：business 商业企业 · research 科研机构 · nonprofit 社会公益组织 · legal_service 法律服务机构 · other 其他',
    }),
    name: NonEmpty(100, { description: '姓名或名称' }),
    idType: Text(30, { default: '居民身份证', description: '证件名称（自然人）' }),
    idNumber: NonEmpty(30, { description: '证件号码，或统一社会信用代码' }),
    workUnit: Text(100, { default: '', description: '工作单位（自然人）' }),
    legalRepresentative: Text(50, { default: '', description: '法定代表人（组织）' }),
    contactName: Text(50, { default: '', description: '联系人（组织）' }),
    phone: NonEmpty(30, { description: '联系电话' }),
    email: Text(100, { default: '', description: '电子邮箱' }),
    address: Text(200, { default: '', description: '通信地址' }),
    postcode: Text(10, { default: '', description: '邮政编码' }),
  },
  { additionalProperties: false },
);
export type Applicant = Static<typeof ApplicantSchema>;

const ApplicationFields = {
  departmentId: Type.Union([Id, Type.Null()], {
    default: null,
    description: '申请的行政机关（部门）；空表示本级人民政府',
  }),
  applicant: ApplicantSchema,
  infoTitle: NonEmpty(200, { description: '所需信息的名称' }),
  infoDocNo: Text(100, { default: '', description: '所需信息的文号' }),
  infoDescription: Text(2000, { default: '', description: '所需信息的内容描述' }),
  purpose: Text(500, { default: '', description: '用途（可不填）' }),
  deliveryForm: literals(DELIVERY_FORMS, '提供方式：paper 纸质 · email 电子邮件 · disc 光盘 · disk 磁盘'),
  deliveryMethod: literals(
    DELIVERY_METHODS,
    '获取方式：post 邮寄 · express 快递 · email 电子邮件 · fax 传真 · pickup 自行领取 · on_site 当场阅读抄录',
  ),
  feeWaiverRequested: Type.Boolean({ default: false, description: '申请减免信息处理费' }),
  feeWaiverReason: Text(500, { default: '', description: '减免理由' }),
};

/** A staff member registering an application received by another channel (Art. 31). */
export const RegisterRequestSchema = Type.Object(
  {
    ...ApplicationFields,
    channel: literals(CHANNELS, '收到方式'),
    receivedOn: Type.Union([DateString], { description: '按条例第三十一条确定的收到申请之日' }),
  },
  { additionalProperties: false },
);
export type RegisterRequestBody = Static<typeof RegisterRequestSchema>;

/** The portal's online application; the date of receipt is the day it is submitted. */
export const OnlineRequestSchema = Type.Object(ApplicationFields, { additionalProperties: false });
export type OnlineRequestBody = Static<typeof OnlineRequestSchema>;

/** One event posted to a case: `{"type": …, "on": "YYYY-MM-DD", …}`; what each type needs is checked by the rules. */
export const EventInputSchema = Type.Object(
  {
    type: literals(
      EVENT_TYPES.filter((t) => t !== 'received'),
      '事件类型',
    ),
    on: DateString,
    note: Text(1000, { default: '', description: '说明' }),
    departmentId: Type.Optional(Id),
    handlerId: Type.Optional(Type.Union([Id, Type.Null()])),
    items: Type.Optional(Text(2000, { description: '补正事项' })),
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, description: '延期或补正期限（工作日）' })),
    approvedBy: Type.Optional(Text(50, { description: '延期批准人' })),
    party: Type.Optional(Text(200, { description: '征求意见的第三方或机关' })),
    partyKind: Type.Optional(literals(['third_party', 'agency'] as const, 'third_party 第三方 · agency 其他机关')),
    basis: Type.Optional(literals(['per_request', 'per_page'] as const, '收费方式：按件 · 按量（页）')),
    pages: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, description: '页数（按量收费时）' })),
    outcome: Type.Optional(literals(OUTCOME_CODES, '办理结果（年报第三部分的行）')),
    result: Type.Optional(literals(REMEDY_RESULTS, 'upheld 结果维持 · corrected 结果纠正 · other 其他结果')),
    afterReview: Type.Optional(Type.Boolean({ description: '行政诉讼是否经复议后提起' })),
  },
  { additionalProperties: false },
);
export type EventInput = Static<typeof EventInputSchema>;

export const EventSchema = Type.Object({
  ...EventInputSchema.properties,
  type: literals(EVENT_TYPES),
  note: Type.Optional(Type.String()),
  channel: Type.Optional(literals(CHANNELS)),
  amount: Type.Optional(Type.Integer({ description: '信息处理费（元），按国办函〔2020〕109号计算' })),
  recordedAt: Instant,
});

const ClockSchema = Type.Object({
  countsFrom: DateString,
  dueOn: Type.Union([DateString, Type.Null()], { description: '答复期限；暂停时为空' }),
  correctionNoticeDueOn: DateString,
  correctionDueOn: Type.Union([DateString, Type.Null()]),
  feeDueOn: Type.Union([DateString, Type.Null()]),
  pausedBy: Type.Union([literals(['correction', 'consultation', 'fee'] as const), Type.Null()]),
  extensionDays: Type.Integer(),
  pausedWorkdays: Type.Integer(),
  provisional: Type.Boolean({ description: '期限涉及尚未公布放假安排的年份，暂定' }),
});

const CASE_STATES = Object.keys(CASE_STATE_LABELS) as CaseStateName[];

export const RequestSummarySchema = Type.Object({
  id: Id,
  trackingNo: Type.String({ description: '申请编号' }),
  departmentId: Type.Union([Id, Type.Null()], { description: '申请的机关；空为本级人民政府' }),
  handlingDepartmentId: Type.Union([Id, Type.Null()], { description: '分办后的承办单位' }),
  channel: literals(CHANNELS),
  receivedOn: DateString,
  applicantKind: literals(APPLICANT_KINDS),
  organisationKind: Type.Union([literals(ORGANISATION_KINDS), Type.Null()]),
  applicantName: Type.String(),
  infoTitle: Type.String(),
  state: literals(CASE_STATES),
  outcome: Type.Union([literals(OUTCOME_CODES), Type.Null()]),
  closedOn: Type.Union([DateString, Type.Null()]),
  clock: ClockSchema,
  urgency: literals(['overdue', 'due_soon', 'paused', 'normal', 'closed'] as const, '紧急程度'),
  workdaysLeft: Type.Union([Type.Integer(), Type.Null()], { description: '距答复期限的工作日数，负数为已超期' }),
});

export const RequestDetailSchema = Type.Object({
  ...RequestSummarySchema.properties,
  applicant: ApplicantSchema,
  infoDocNo: Type.String(),
  infoDescription: Type.String(),
  purpose: Type.String(),
  deliveryForm: literals(DELIVERY_FORMS),
  deliveryMethod: literals(DELIVERY_METHODS),
  feeWaiverRequested: Type.Boolean(),
  feeWaiverReason: Type.String(),
  hasIdProof: Type.Boolean(),
  events: Type.Array(EventSchema),
  delivered: Type.Boolean(),
  /** Earlier applications by the same applicant for the same information (不予重复处理, Art. 36(6)). */
  repeats: Type.Array(Type.Object({ id: Id, trackingNo: Type.String(), receivedOn: DateString })),
});

/** What an applicant sees with the tracking number and query code: no identity or contact details. */
export const PublicStatusSchema = Type.Object({
  trackingNo: Type.String(),
  receivedOn: DateString,
  infoTitle: Type.String(),
  state: literals(CASE_STATES),
  dueOn: Type.Union([DateString, Type.Null()]),
  provisional: Type.Boolean(),
  steps: Type.Array(Type.Object({ on: DateString, label: Type.String() })),
});
