import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import { AcceptanceSchema } from '../publication-checks/publication-checks.schema.js';
import { ADOPTIONS, COMMENT_STATES } from './public-comments.model.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Accepted = Type.Array(AcceptanceSchema, {
  default: [],
  maxItems: 50,
  description: '审核人员注明理由后确认公开的发现（依据与理由）',
});

export const PublicCommentInputSchema = Type.Object(
  {
    title: NonEmpty(200, { description: '征集标题，如“关于《××办法（征求意见稿）》公开征求意见”' }),
    body: NonEmpty(50000, { description: '征求意见稿全文及说明' }),
    departmentId: Type.Union([Id, Type.Null()], { default: null, description: '起草单位' }),
    major: Type.Boolean({ default: false, description: '是否重大行政决策（征求意见不少于 30 日）' }),
    opensOn: DateString,
    closesOn: DateString,
  },
  { additionalProperties: false },
);
export type PublicCommentInput = Static<typeof PublicCommentInputSchema>;

export const CommentSchema = Type.Object({
  id: Id,
  seq: Type.Integer(),
  receivedOn: DateString,
  body: Type.String({ description: '原文（仅后台）' }),
  writer: Type.Object({ name: Type.String(), phone: Type.String() }),
  state: literals(COMMENT_STATES),
  publicBody: Type.Union([Type.String(), Type.Null()]),
  moderationNote: Type.Union([Type.String(), Type.Null()]),
  adoption: Type.Union([literals(ADOPTIONS), Type.Null()]),
  adoptionReason: Type.Union([Type.String(), Type.Null()]),
});

const Fields = {
  id: Id,
  title: Type.String(),
  departmentId: Type.Union([Id, Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  major: Type.Boolean(),
  opensOn: DateString,
  closesOn: DateString,
  phase: Type.String({ description: 'draft · upcoming · open · awaiting_report · concluded' }),
  phaseLabel: Type.String(),
  publishedAt: Type.Union([Instant, Type.Null()]),
  comments: Type.Integer({ description: '收到的意见数' }),
};
export const PublicCommentSummarySchema = Type.Object(Fields);
export const PublicCommentDetailSchema = Type.Object({
  ...Fields,
  body: Type.String(),
  adoptionSummary: Type.Union([Type.String(), Type.Null()]),
  finalDocumentId: Type.Union([Id, Type.Null()]),
  items: Type.Array(CommentSchema),
});

export const ModerationSchema = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
    publicBody: Type.Optional(Text(5000, { description: '公开的文字（已隐去个人信息）' })),
    note: Type.Optional(Text(500, { description: '不予公开的理由（不公开）' })),
    acceptedFindings: Accepted,
  },
  { additionalProperties: false },
);
export type Moderation = Static<typeof ModerationSchema>;

export const AdoptionInputSchema = Type.Object(
  {
    adoption: literals(ADOPTIONS),
    reason: Text(1000, { default: '', description: '采纳情况说明；部分采纳或未采纳时必填' }),
  },
  { additionalProperties: false },
);
export type AdoptionInput = Static<typeof AdoptionInputSchema>;

export const ConclusionSchema = Type.Object(
  {
    summary: NonEmpty(20000, { description: '意见收集和采纳情况的总体说明' }),
    acceptedFindings: Accepted,
  },
  { additionalProperties: false },
);
export type Conclusion = Static<typeof ConclusionSchema>;
