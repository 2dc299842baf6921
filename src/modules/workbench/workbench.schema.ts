import { Type } from '@sinclair/typebox';

/** The 工作台's blocks, each one kind of work (workbench.service.ts says whose). */
export const BLOCK_KEYS = [
  'returned',
  'drafts',
  'reviewQueue',
  'publicationDeadlines',
  'guideReviews',
  'guidePublication',
  'requests',
  'messages',
  'serviceCases',
  'followUps',
  'workPlan',
  'officeOverdue',
  'inspection',
  'annualReports',
] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];

const WorkbenchItemSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  note: Type.String(),
  tone: Type.Union([Type.Literal('overdue'), Type.Literal('soon'), Type.Literal('normal')], {
    description: 'overdue 已超期 · soon 临近期限或需处理 · normal 待办',
  }),
  page: Type.String({ description: '办理该事项的后台页面' }),
});

export const WorkbenchBlockSchema = Type.Object({
  key: Type.Union(BLOCK_KEYS.map((k) => Type.Literal(k))),
  title: Type.String(),
  page: Type.Union([Type.String(), Type.Null()], { description: '列出全部事项的后台页面；来自多个模块时为空' }),
  count: Type.Integer({ description: '事项总数' }),
  items: Type.Array(WorkbenchItemSchema, { description: '最紧急的前几项' }),
  summary: Type.String(),
});
