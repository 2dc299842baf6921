import { Type, type Static } from '@sinclair/typebox';
import { Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import { LEVELS, MEDIA_PLATFORMS, MEDIA_STATUSES, MILESTONES } from './opinions.model.js';

const literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description ? { description } : {},
  );
const HttpUrl = (description: string) => Type.String({ maxLength: 500, pattern: '^https?://[^\\s]+$', description });

export const OpinionInputSchema = Type.Object(
  {
    source: NonEmpty(100, { description: '来源，如“微博”“××论坛”“网民留言”' }),
    url: Type.Union([HttpUrl('原文链接'), Type.Literal('')], { default: '' }),
    summary: NonEmpty(2000, { description: '舆情摘要' }),
    firstSeenAt: Type.String({
      format: 'date-time',
      description: '首次发现时间（带时区，如 2026-10-02T22:00:00+08:00）',
    }),
    level: Type.Union([literals(LEVELS, 'major 重大 · general 一般'), Type.Null()], {
      description: '级别；为空表示待研判（不计时）',
    }),
    departmentId: Type.Union([Id, Type.Null()], { default: null, description: '责任单位' }),
  },
  { additionalProperties: false },
);
export type OpinionInput = Static<typeof OpinionInputSchema>;

export const MilestoneInputSchema = Type.Object(
  {
    milestone: literals(MILESTONES, 'authoritative 发布权威信息 · press_conference 召开新闻发布会 · response 回应'),
    at: Type.String({ format: 'date-time', description: '完成时间' }),
    documentId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type MilestoneInput = Static<typeof MilestoneInputSchema>;

const DeadlineSchema = Type.Object({
  milestone: literals(MILESTONES),
  label: Type.String(),
  hours: Type.Integer(),
  dueAt: Instant,
  dueAtChina: Type.String({ description: '北京时间 YYYY-MM-DD HH:mm' }),
  remindAt: Instant,
  doneAt: Type.Union([Type.String(), Type.Null()]),
  state: Type.String({ description: 'met · met_late · late · due_soon · pending' }),
  stateLabel: Type.String(),
});

export const OpinionItemSchema = Type.Object({
  id: Id,
  source: Type.String(),
  url: Type.String(),
  summary: Type.String(),
  firstSeenAt: Type.String(),
  firstSeenAtChina: Type.String(),
  level: Type.Union([literals(LEVELS), Type.Null()]),
  levelLabel: Type.String(),
  departmentId: Type.Union([Id, Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  deadlines: Type.Array(DeadlineSchema),
  authoritativeDocumentId: Type.Union([Id, Type.Null()]),
  responseDocumentId: Type.Union([Id, Type.Null()]),
  evaluation: Type.Union([Type.String(), Type.Null()]),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  imported: Type.Boolean({ description: '由订阅源导入' }),
});

export const FeedInputSchema = Type.Object(
  {
    name: NonEmpty(100, { description: '订阅源名称' }),
    url: HttpUrl('RSS 或 Atom 地址'),
    active: Type.Boolean({ default: true }),
  },
  { additionalProperties: false },
);
export type FeedInput = Static<typeof FeedInputSchema>;
export const FeedSchema = Type.Object({
  id: Id,
  name: Type.String(),
  url: Type.String(),
  active: Type.Boolean(),
  lastPolledAt: Type.Union([Type.String(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
});

export const MediaAccountInputSchema = Type.Object(
  {
    name: NonEmpty(100, { description: '账号名称' }),
    platform: literals(MEDIA_PLATFORMS),
    account: Text(100, { default: '', description: '账号或微信号' }),
    url: Type.Union([HttpUrl('主页链接'), Type.Literal('')], { default: '' }),
    departmentId: Id,
    operator: Text(100, { default: '', description: '运维单位' }),
    status: literals(MEDIA_STATUSES),
  },
  { additionalProperties: false },
);
export type MediaAccountInput = Static<typeof MediaAccountInputSchema>;
export const MediaAccountSchema = Type.Object({
  id: Id,
  ...MediaAccountInputSchema.properties,
  departmentName: Type.String(),
});
