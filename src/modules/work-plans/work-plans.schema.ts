import { Type } from '@sinclair/typebox';
import { DateString, Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';

const States = Type.Union([Type.Literal('not_started'), Type.Literal('in_progress'), Type.Literal('done')], {
  description: 'not_started 未开始 · in_progress 推进中 · done 已完成',
});
const ItemStates = Type.Union([States, Type.Literal('overdue')], { description: '另有 overdue 已逾期' });
const Progress = Type.Number({ minimum: 0, maximum: 100, description: '进度（%）' });

export const ParsedPlanSchema = Type.Object({
  title: Type.String(),
  year: Type.Union([Type.Integer(), Type.Null()]),
  goals: Type.Array(
    Type.Object({
      no: Type.String(),
      title: Type.String(),
      tasks: Type.Array(
        Type.Object({
          no: Type.String(),
          title: Type.String(),
          items: Type.Array(
            Type.Object({
              content: Type.String(),
              lead: Type.Array(Type.String(), { description: '牵头单位（原文）' }),
              responsible: Type.Array(Type.String(), { description: '责任单位（原文）' }),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const PlanFileSchema = Type.Object(
  {
    fileName: Text(200, { description: '文件名（据扩展名与内容判断格式：网页复制的文本、HTML 或 XLSX）' }),
    content: Type.String({ maxLength: 8_000_000, contentEncoding: 'base64', description: '文件内容，Base64' }),
    dueOn: Type.Optional(DateString),
  },
  { additionalProperties: false },
);

export const PreviewSchema = Type.Object({
  plan: ParsedPlanSchema,
  warnings: Type.Array(Type.String()),
  names: Type.Array(
    Type.Object({
      name: Type.String(),
      group: Type.Union([Type.Literal('all'), Type.Literal('competent'), Type.Null()]),
      departments: Type.Array(Type.Object({ id: Id, name: Type.String() }), {
        description: '空数组：本站点找不到该单位',
      }),
    }),
  ),
});

export const ImportSummarySchema = Type.Object({
  id: Id,
  title: Type.String(),
  year: Type.Integer(),
  goals: Type.Integer(),
  tasks: Type.Integer(),
  items: Type.Integer(),
});

const Milestone = Type.Object(
  {
    title: NonEmpty(100),
    dueOn: DateString,
    progress: Type.Optional(
      Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()], {
        description: '到该日期应达到的进度（%）',
      }),
    ),
  },
  { additionalProperties: false },
);
const EvidenceSchema = Type.Object(
  {
    title: NonEmpty(200),
    url: Text(500, { pattern: '^(https?://|/)\\S*$', description: '本站页面路径（/documents/…）或 http(s) 网址' }),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({
  not_started: Type.Integer(),
  in_progress: Type.Integer(),
  done: Type.Integer(),
  overdue: Type.Integer(),
});

export const PlanSummarySchema = Type.Object({
  id: Id,
  title: Type.String(),
  year: Type.Integer(),
  documentId: Type.Union([Id, Type.Null()]),
  reportEveryDays: Type.Integer(),
  assignedAt: Type.Union([Instant, Type.Null()]),
  published: Type.Boolean(),
  progress: Progress,
  counts: Counts,
  createdAt: Instant,
});

export const AssignmentSchema = Type.Object({
  id: Id,
  departmentId: Id,
  department: Type.String(),
  role: Type.Union([Type.Literal('lead'), Type.Literal('responsible')]),
  state: States,
  progress: Progress,
  doneOn: Type.Union([DateString, Type.Null()]),
  lastReportedAt: Type.Union([Instant, Type.Null()]),
  /** Below the progress a passed milestone expected (节点滞后). */
  lagging: Type.Boolean(),
});

export const ItemSchema = Type.Object({
  id: Id,
  content: Type.String(),
  lead: Type.Array(Type.String()),
  responsible: Type.Array(Type.String()),
  dueOn: DateString,
  milestones: Type.Array(Milestone),
  weight: Type.Number(),
  state: ItemStates,
  progress: Progress,
  /** Some department on it is behind a passed milestone. */
  lagging: Type.Boolean(),
  assignments: Type.Array(AssignmentSchema),
  evidence: Type.Array(EvidenceSchema),
});

export const PlanSchema = Type.Composite([
  PlanSummarySchema,
  Type.Object({
    goals: Type.Array(
      Type.Object({
        id: Id,
        no: Type.String(),
        title: Type.String(),
        weight: Type.Number(),
        progress: Progress,
        tasks: Type.Array(
          Type.Object({
            id: Id,
            no: Type.String(),
            title: Type.String(),
            weight: Type.Number(),
            progress: Progress,
            items: Type.Array(ItemSchema),
          }),
        ),
      }),
    ),
  }),
]);

export const ItemBodySchema = Type.Object(
  {
    dueOn: DateString,
    milestones: Type.Array(Milestone, { maxItems: 12, default: [] }),
    weight: Type.Number({ minimum: 0, maximum: 100, default: 1 }),
    lead: Type.Array(Id, { maxItems: 50, description: '牵头单位编号' }),
    responsible: Type.Array(Id, { maxItems: 500, description: '责任单位编号' }),
  },
  { additionalProperties: false },
);

export const ReportBodySchema = Type.Object(
  {
    state: States,
    progress: Type.Integer({ minimum: 0, maximum: 100 }),
    text: Text(5000, { minLength: 2, description: '工作进展' }),
    evidence: Type.Array(EvidenceSchema, {
      maxItems: 20,
      default: [],
      description: '佐证：已公开的信息、解读、活动等',
    }),
  },
  { additionalProperties: false },
);

export const ReportSchema = Type.Object({
  id: Id,
  assignmentId: Id,
  state: States,
  progress: Progress,
  text: Type.String(),
  evidence: Type.Array(EvidenceSchema),
  status: Type.Union([Type.Literal('submitted'), Type.Literal('accepted'), Type.Literal('returned')], {
    description: 'submitted 待审核 · accepted 已采纳 · returned 已退回',
  }),
  submittedAt: Instant,
  reviewedAt: Type.Union([Instant, Type.Null()]),
  reviewNote: Type.Union([Type.String(), Type.Null()]),
});

export const ReviewBodySchema = Type.Object(
  {
    decision: Type.Union([Type.Literal('accept'), Type.Literal('return')]),
    note: Text(500, { default: '', description: '退回理由（退回时必填）' }),
  },
  { additionalProperties: false },
);

export const WorkItemSchema = Type.Object({
  assignment: AssignmentSchema,
  planId: Id,
  planTitle: Type.String(),
  itemId: Id,
  content: Type.String(),
  dueOn: DateString,
  milestones: Type.Array(Milestone),
  latestReport: Type.Union([ReportSchema, Type.Null()]),
  /** The last reminder sent about this share and not yet answered by a report: the department sees it here too. */
  latestReminder: Type.Union([
    Type.Object({
      kind: Type.Union([
        Type.Literal('due_soon'),
        Type.Literal('lagging'),
        Type.Literal('escalation'),
        Type.Literal('unreported'),
        Type.Literal('urged'),
      ]),
      sentOn: DateString,
      /** The office's words when it urged by hand. */
      note: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
});

export const ReportForReviewSchema = Type.Composite([
  ReportSchema,
  Type.Object({
    departmentId: Id,
    department: Type.String(),
    itemId: Id,
    content: Type.String(),
    dueOn: DateString,
    planTitle: Type.String(),
  }),
]);

export const AssessmentRowSchema = Type.Object({
  departmentId: Id,
  department: Type.String(),
  assigned: Type.Integer({ description: '承担事项' }),
  done: Type.Integer(),
  doneOnTime: Type.Integer({ description: '按期完成' }),
  reportsAccepted: Type.Integer(),
  reportsReturned: Type.Integer(),
  reminders: Type.Integer({ description: '催办次数' }),
  requestsReplied: Type.Integer({ description: '依申请公开答复件数' }),
  requestsOnTime: Type.Integer(),
  policies: Type.Integer({ description: '当年发布的规章、规范性文件' }),
  policiesInterpreted: Type.Integer(),
  adjustment: Type.Number(),
  note: Type.String(),
  overdueNow: Type.Integer({ description: '目前已逾期未完成的事项' }),
  laggingNow: Type.Integer({ description: '目前未逾期、但未达到已过节点应达进度的事项' }),
  silentNow: Type.Integer({ description: '目前超过报送周期未报送进展的事项' }),
  score: Type.Object({
    plan: Type.Number({ description: '工作要点完成（50）' }),
    reports: Type.Number({ description: '进展报送（20）' }),
    requests: Type.Number({ description: '依申请公开按期答复（20）' }),
    interpretations: Type.Number({ description: '政策解读（10）' }),
    adjustment: Type.Number({ description: '公开办评分（±20）' }),
    total: Type.Number(),
  }),
});

export const UrgeBodySchema = Type.Object(
  { note: Text(500, { description: '催办要求，随提醒发给该单位' }) },
  { additionalProperties: false },
);
export const UrgeSchema = Type.Object({ sentOn: DateString });

export const MarkBodySchema = Type.Object(
  { adjustment: Type.Number({ minimum: -20, maximum: 20 }), note: Text(500, { default: '' }) },
  { additionalProperties: false },
);

export const PublicationBodySchema = Type.Object(
  {
    published: Type.Boolean({ description: '在门户公开进度' }),
    documentId: Type.Union([Id, Type.Null()], { description: '工作要点原文（本站点已公开的信息）' }),
    reportEveryDays: Type.Integer({ minimum: 7, maximum: 366, description: '报送周期（天）' }),
  },
  { additionalProperties: false },
);

export const AliasSchema = Type.Object({ id: Id, departmentId: Id, alias: Type.String() });
export const AliasBodySchema = Type.Object(
  { alias: NonEmpty(50, { minLength: 2 }), departmentId: Id },
  { additionalProperties: false },
);
