import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, NonEmpty, Text } from '../../platform/http/schemas.js';
import { BAD_RATING_REASONS } from './service-cases.model.js';

const Result = Type.Union([Type.Literal('approved'), Type.Literal('refused')], {
  description: 'approved 准予办理 · refused 不予办理',
});
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const RegisterCaseSchema = Type.Object(
  {
    itemId: Id,
    caseNo: Type.Optional(
      Text(40, { pattern: '^[0-9A-Za-z-]*$', description: '大厅系统的办件编号；不填则由平台编号' }),
    ),
    applicant: Type.Object(
      { name: NonEmpty(100, { description: '申请人（个人姓名或单位名称）' }), phone: Text(40, { default: '' }) },
      { additionalProperties: false },
    ),
    receivedOn: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export type RegisterCaseBody = Static<typeof RegisterCaseSchema>;

export const StepSchema = Type.Object(
  {
    name: NonEmpty(50, { description: '环节，如“审查”“决定”' }),
    note: Text(500, { default: '' }),
    on: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export const FinishSchema = Type.Object(
  { result: Result, note: Text(500, { default: '' }), on: Type.Optional(DateString) },
  { additionalProperties: false },
);
export const FollowUpSchema = Type.Object(
  { note: NonEmpty(1000, { description: '核实和整改情况' }) },
  { additionalProperties: false },
);

const Clock = {
  dueOn: Nullable(DateString),
  onTime: Type.Union([Type.Boolean(), Type.Null()]),
  overdue: Type.Boolean(),
  actualWorkdays: Type.Union([Type.Integer(), Type.Null()]),
};
const Steps = Type.Array(
  Type.Object({ seq: Type.Integer(), name: Type.String(), on: DateString, note: Type.String() }),
);
const Rating = Type.Union([
  Type.Object({
    level: Type.Integer(),
    label: Type.String(),
    reasons: Type.Array(Type.String()),
    comment: Type.String(),
    ratedOn: DateString,
    followUpDueOn: Nullable(DateString),
    followedUpOn: Nullable(DateString),
    followUpNote: Nullable(Type.String()),
  }),
  Type.Null(),
]);

export const CaseSummarySchema = Type.Object({
  id: Id,
  caseNo: Type.String(),
  itemName: Type.String(),
  receivedOn: DateString,
  finishedOn: Nullable(DateString),
  resultLabel: Nullable(Type.String()),
  ...Clock,
});

export const CaseDetailSchema = Type.Object({
  id: Id,
  caseNo: Type.String(),
  itemName: Type.String(),
  itemCode: Type.String(),
  departmentId: Id,
  applicant: Type.Object({ name: Type.String(), phone: Type.String() }),
  channelLabel: Type.String(),
  receivedOn: DateString,
  committedDays: Type.Union([Type.Integer(), Type.Null()]),
  finishedOn: Nullable(DateString),
  result: Type.Union([Result, Type.Null()]),
  resultLabel: Nullable(Type.String()),
  ...Clock,
  steps: Steps,
  rating: Rating,
});

export const RegisteredSchema = Type.Object({
  ...CaseDetailSchema.properties,
  queryCode: Type.String({ description: '查询码：只在登记时返回这一次，打印在回执上交给申请人' }),
});

export const FollowUpItemSchema = Type.Object({
  caseId: Id,
  caseNo: Type.String(),
  itemName: Type.String(),
  level: Type.Integer(),
  label: Type.String(),
  reasons: Type.Array(Type.String()),
  comment: Type.String(),
  ratedOn: DateString,
  dueOn: DateString,
  late: Type.Boolean(),
});

export const RateSchema = Type.Object(
  {
    level: Type.Integer({
      minimum: 1,
      maximum: 5,
      description: '5 非常满意 · 4 满意 · 3 基本满意 · 2 不满意 · 1 非常不满意',
    }),
    reasons: Type.Array(Type.Union(BAD_RATING_REASONS.map((r) => Type.Literal(r))), { default: [], maxItems: 7 }),
    comment: Text(500, { default: '' }),
  },
  { additionalProperties: false },
);

export const CaseImportResultSchema = Type.Object({
  row: Type.Integer(),
  caseNo: Nullable(Type.String()),
  status: Type.Union([
    Type.Literal('created'),
    Type.Literal('finished'),
    Type.Literal('unchanged'),
    Type.Literal('failed'),
  ]),
  reasons: Type.Array(Type.String()),
});

export const ResultsSchema = Type.Object({
  month: Type.String(),
  items: Type.Array(
    Type.Object({
      itemName: Type.String(),
      itemCode: Type.String(),
      received: Type.Integer(),
      finished: Type.Integer(),
      onTime: Type.Integer(),
      onTimeRate: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  total: Type.Object({ received: Type.Integer(), finished: Type.Integer(), onTime: Type.Integer() }),
});

export const Board3550Schema = Type.Array(
  Type.Object({
    commitment: Type.String(),
    label: Type.String(),
    targetDays: Type.Integer(),
    months: Type.Array(
      Type.Object({
        month: Type.String(),
        finished: Type.Integer(),
        averageDays: Type.Union([Type.Number(), Type.Null()]),
        maxDays: Type.Union([Type.Integer(), Type.Null()]),
        overTarget: Type.Integer(),
      }),
    ),
  }),
);

export const RatingFiguresSchema = Type.Object({
  month: Type.String(),
  rated: Type.Integer(),
  levels: Type.Array(Type.Object({ level: Type.Integer(), label: Type.String(), count: Type.Integer() })),
  goodRate: Type.Union([Type.Number(), Type.Null()]),
  bad: Type.Integer(),
  followedUp: Type.Integer(),
});
