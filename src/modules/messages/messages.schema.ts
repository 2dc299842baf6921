import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import { AcceptanceSchema } from '../publication-checks/publication-checks.schema.js';
import { CHANNELS, EVENT_TYPES, LEGAL_CHANNELS, MESSAGE_KINDS, RATINGS, STATES } from './messages.model.js';

const literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description ? { description } : {},
  );

export const MessageKindSchema = literals(
  MESSAGE_KINDS,
  'inquiry 咨询 · complaint 投诉 · suggestion 建议 · report 举报',
);

/** A mailbox as the office configures it. */
export const MailboxInputSchema = Type.Object(
  {
    name: NonEmpty(50, { description: '信箱名称，如“区长信箱”' }),
    description: Text(500, { default: '', description: '写给留言人的说明' }),
    kind: Type.Union([MessageKindSchema, Type.Null()], {
      default: null,
      description: '信箱的留言类别；空表示由留言人选择',
    }),
    answerWorkdays: Type.Integer({ minimum: 0, maximum: 60, description: '答复时限（工作日；0 为当日）' }),
    publishAnswers: Type.Boolean({ default: true, description: '留言人同意时是否公开答复' }),
    departmentId: Type.Union([Id, Type.Null()], { default: null, description: '部门信箱所属部门' }),
    sort: Type.Integer({ default: 0, minimum: 0, maximum: 9999 }),
    active: Type.Boolean({ default: true }),
  },
  { additionalProperties: false },
);
export type MailboxInput = Static<typeof MailboxInputSchema>;

export const MailboxSchema = Type.Object({
  id: Id,
  name: Type.String(),
  description: Type.String(),
  kind: Type.Union([MessageKindSchema, Type.Null()]),
  answerWorkdays: Type.Integer(),
  publishAnswers: Type.Boolean(),
  departmentId: Type.Union([Id, Type.Null()]),
  sort: Type.Integer(),
  active: Type.Boolean(),
});

/** The writer: identity and contacts stay in the back office. */
export const WriterSchema = Type.Object(
  {
    name: NonEmpty(50, { description: '姓名' }),
    phone: NonEmpty(30, { description: '联系电话' }),
    email: Text(100, { default: '', description: '电子邮箱' }),
    address: Text(200, { default: '', description: '联系地址' }),
  },
  { additionalProperties: false },
);
export type Writer = Static<typeof WriterSchema>;

const MessageFields = {
  mailboxId: Id,
  kind: Type.Optional(MessageKindSchema),
  subject: NonEmpty(100, { description: '标题' }),
  body: NonEmpty(3000, { description: '留言内容' }),
  writer: WriterSchema,
  consentToPublish: Type.Boolean({ description: '是否同意公开留言及答复（公开时隐去个人信息）' }),
};

/** A message written on the portal (the form posts the same fields flat). */
export const OnlineMessageSchema = Type.Object(MessageFields, { additionalProperties: false });
export type OnlineMessageBody = Static<typeof OnlineMessageSchema>;

/** A message the office takes by phone, letter or visit and registers. */
export const RegisterMessageSchema = Type.Object(
  {
    ...MessageFields,
    channel: literals(CHANNELS, 'online 网上留言 · phone 电话 · letter 来信 · visit 来访'),
    receivedOn: DateString,
  },
  { additionalProperties: false },
);
export type RegisterMessageBody = Static<typeof RegisterMessageSchema>;

export const MessageEventInputSchema = Type.Object(
  {
    type: literals(
      EVENT_TYPES.filter((t) => t !== 'received' && t !== 'rated'),
      '办理步骤（受理、转办、退回、签收、延期、答复、审核、办结、回访 …）',
    ),
    on: Type.Optional(DateString),
    note: Type.Optional(Text(1000, { description: '理由或说明' })),
    urgent: Type.Optional(Type.Boolean({ description: '受理时标记为紧急（当日答复）' })),
    departmentId: Type.Optional(Id),
    channel: Type.Optional(
      literals(LEGAL_CHANNELS, 'litigation 诉讼 · arbitration 仲裁 · petition 信访 · disclosure_request 依申请公开'),
    ),
    reply: Type.Optional(Text(5000, { description: '答复内容，或引导至法定渠道的告知内容' })),
    intoTrackingNo: Type.Optional(Text(30, { description: '合并到的留言编号' })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    approved: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type MessageEventInput = Static<typeof MessageEventInputSchema>;

const CaseSchema = Type.Object({
  state: literals(STATES),
  stateLabel: Type.String(),
  departmentId: Type.Union([Id, Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  round: Type.Integer(),
  dueOn: Type.Union([DateString, Type.Null()]),
  provisional: Type.Boolean(),
  urgent: Type.Boolean(),
  extensionDays: Type.Integer(),
  pendingExtension: Type.Union([Type.Object({ days: Type.Integer(), note: Type.String() }), Type.Null()]),
  draft: Type.Union([Type.String(), Type.Null()]),
  answer: Type.Union([Type.String(), Type.Null()]),
  answeredOn: Type.Union([DateString, Type.Null()]),
  onTime: Type.Union([Type.Boolean(), Type.Null()]),
  firstOnTime: Type.Union([Type.Boolean(), Type.Null()]),
  closedOn: Type.Union([DateString, Type.Null()]),
  rating: Type.Union([literals(RATINGS), Type.Null()]),
  lastRating: Type.Union([literals(RATINGS), Type.Null()], { description: '留言人最近一次评价（计入满意率）' }),
  returnedReason: Type.Union([Type.String(), Type.Null()]),
  valid: Type.Boolean(),
  vetoOn: DateString,
  overdue: Type.Boolean(),
  watch: Type.Union([Type.Literal('veto'), Type.Literal('near'), Type.Null()]),
});

export const MessageSummarySchema = Type.Object({
  id: Id,
  trackingNo: Type.String({ description: '留言编号' }),
  mailboxId: Id,
  mailboxName: Type.String(),
  kind: MessageKindSchema,
  channel: literals(CHANNELS),
  subject: Type.String(),
  writerName: Type.String({ description: '留言人（审计员看到的是“张某”）' }),
  receivedOn: DateString,
  consentToPublish: Type.Boolean(),
  published: Type.Boolean(),
  case: CaseSchema,
});

export const MessageDetailSchema = Type.Object({
  ...MessageSummarySchema.properties,
  body: Type.String(),
  writer: Type.Object({ name: Type.String(), phone: Type.String(), email: Type.String(), address: Type.String() }),
  mergedInto: Type.Union([Type.String(), Type.Null()]),
  attachments: Type.Array(Type.Object({ id: Id, name: Type.String(), mime: Type.String(), size: Type.Integer() }), {
    description: '留言人上传的附件（仅办理人员可见，从不公开）',
  }),
  events: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      type: literals(EVENT_TYPES),
      label: Type.String(),
      on: DateString,
      note: Type.Union([Type.String(), Type.Null()]),
      departmentName: Type.Union([Type.String(), Type.Null()]),
      reply: Type.Union([Type.String(), Type.Null()]),
      days: Type.Union([Type.Integer(), Type.Null()]),
      approved: Type.Union([Type.Boolean(), Type.Null()]),
      rating: Type.Union([literals(RATINGS), Type.Null()]),
      recordedBy: Type.Union([Type.String(), Type.Null()]),
      recordedAt: Instant,
    }),
  ),
  /** What the actor may do next, so the back office offers nothing the role may not do. */
  actions: Type.Array(literals(EVENT_TYPES)),
  mayPublish: Type.Boolean(),
  publication: Type.Union([
    Type.Object({
      publishedAt: Instant,
      subject: Type.String(),
      body: Type.String(),
      answer: Type.String(),
      department: Type.String(),
      answeredOn: DateString,
    }),
    Type.Null(),
  ]),
});

export const PublicationInputSchema = Type.Object(
  {
    subject: NonEmpty(100),
    body: NonEmpty(3000),
    answer: NonEmpty(5000),
    acceptedFindings: Type.Array(AcceptanceSchema, {
      default: [],
      maxItems: 50,
      description: '审核人员注明理由后确认公开的发现（依据与理由）',
    }),
  },
  { additionalProperties: false },
);
export type PublicationInput = Static<typeof PublicationInputSchema>;

export const StatisticsSchema = Type.Object({
  month: Type.String({ description: 'YYYY-MM' }),
  received: Type.Integer({ description: '收到' }),
  valid: Type.Integer({ description: '有效留言' }),
  closed: Type.Integer({ description: '办结（已答复）' }),
  closedOnTime: Type.Integer({ description: '按期办结' }),
  onTimeRate: Type.Union([Type.Number(), Type.Null()], { description: '按期办结率' }),
  rated: Type.Integer(),
  satisfied: Type.Integer({ description: '满意与基本满意' }),
  satisfactionRate: Type.Union([Type.Number(), Type.Null()], { description: '满意率' }),
  byKind: Type.Array(Type.Object({ kind: MessageKindSchema, received: Type.Integer() })),
});
export type Statistics = Static<typeof StatisticsSchema>;
