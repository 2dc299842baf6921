import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import { AcceptanceSchema } from '../publication-checks/publication-checks.schema.js';
import { INTERVIEW_KINDS } from './interviews.model.js';

const Kind = Type.Union(
  INTERVIEW_KINDS.map((k) => Type.Literal(k)),
  { description: 'interview 在线访谈 · press_conference 新闻发布会' },
);
const Accepted = Type.Array(AcceptanceSchema, { default: [], maxItems: 50 });
export const GuestSchema = Type.Object(
  {
    name: NonEmpty(50),
    title: NonEmpty(100, { description: '职务，如“区住建委主任”' }),
    spokesperson: Type.Boolean({ default: false, description: '新闻发言人' }),
  },
  { additionalProperties: false },
);

export const InterviewInputSchema = Type.Object(
  {
    kind: Kind,
    title: NonEmpty(200),
    summary: Text(5000, { default: '', description: '内容简介' }),
    startsAt: Type.String({ format: 'date-time', description: '开始时间（带时区）' }),
    guests: Type.Array(GuestSchema, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type InterviewInput = Static<typeof InterviewInputSchema>;

export const EntryInputSchema = Type.Object(
  {
    speaker: NonEmpty(100, { description: '发言人，如“主持人”“区住建委主任 张某某”' }),
    text: NonEmpty(5000),
    acceptedFindings: Accepted,
  },
  { additionalProperties: false },
);
export type EntryInput = Static<typeof EntryInputSchema>;

export const QuestionModerationSchema = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
    publicBody: Type.Optional(Text(2000)),
    acceptedFindings: Accepted,
  },
  { additionalProperties: false },
);
export type QuestionModeration = Static<typeof QuestionModerationSchema>;

export const TranscriptInputSchema = Type.Object(
  {
    departmentId: Id,
    columnId: Id,
  },
  { additionalProperties: false, description: '存为文件：发布机构和所属栏目' },
);
export type TranscriptInput = Static<typeof TranscriptInputSchema>;

export const PhotoSchema = Type.Object({ id: Id, seq: Type.Integer(), caption: Type.String() });

export const EntrySchema = Type.Object({
  seq: Type.Integer(),
  speaker: Type.String(),
  text: Type.String(),
  at: Instant,
});

const Fields = {
  id: Id,
  kind: Kind,
  kindLabel: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  startsAt: Instant,
  startsAtChina: Type.String(),
  guests: Type.Array(GuestSchema),
  phase: Type.String({ description: 'draft · upcoming · live · ended' }),
  phaseLabel: Type.String(),
};
export const InterviewSummarySchema = Type.Object(Fields);
export const InterviewDetailSchema = Type.Object({
  ...Fields,
  questions: Type.Array(
    Type.Object({
      id: Id,
      seq: Type.Integer(),
      receivedOn: Type.String(),
      body: Type.String(),
      writer: Type.Object({ name: Type.String(), phone: Type.String() }),
      state: Type.String({ description: 'pending · approved · rejected' }),
      publicBody: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  entries: Type.Array(EntrySchema),
  photos: Type.Array(PhotoSchema),
  transcriptDocumentId: Type.Union([Id, Type.Null()], { description: '文字实录存成的文件' }),
});
