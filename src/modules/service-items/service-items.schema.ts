import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import {
  AUDIENCES,
  COMMITMENTS_3550,
  ITEM_TYPES,
  LIFE_EVENTS,
  MATERIAL_FORMS,
  ONLINE_LEVELS,
  REVISION_STATES,
} from './service-items.model.js';

const oneOf = <T extends Record<string, unknown>>(values: T, description: string) =>
  Type.Union(
    Object.keys(values).map((k) => Type.Literal(k as keyof T & string)),
    { description },
  );
const labelled = (values: Record<string, string | { label: string }>) =>
  Object.entries(values)
    .map(([k, v]) => `${k} ${typeof v === 'string' ? v : v.label}`)
    .join(' · ');
const Days = Type.Union([Type.Integer({ minimum: 0, maximum: 3650 }), Type.Null()], { default: null });

export const MaterialSchema = Type.Object(
  {
    name: NonEmpty(200, { description: '材料名称' }),
    form: Type.Union(
      Object.keys(MATERIAL_FORMS).map((k) => Type.Literal(k as keyof typeof MATERIAL_FORMS)),
      { default: 'original', description: labelled(MATERIAL_FORMS) },
    ),
    copies: Type.Integer({ minimum: 0, maximum: 99, default: 1, description: '份数' }),
    required: Type.Boolean({ default: true, description: '是否必需' }),
    fromLicence: Type.Boolean({ default: false, description: '可通过电子证照获取' }),
    basis: Text(1000, { default: '', description: '要求提交的依据；为空的会被标出' }),
    templateUrl: Text(500, { default: '', description: '空白表格或示例样表地址' }),
    note: Text(500, { default: '', description: '备注' }),
  },
  { additionalProperties: false },
);

export const StepSchema = Type.Object(
  {
    name: NonEmpty(100, { description: '环节名称' }),
    description: Text(1000, { default: '' }),
    days: Days,
  },
  { additionalProperties: false },
);

/** A 办事指南 as the back office saves it: drafts may be incomplete, publication checks the ten elements. */
export const GuideSchema = Type.Object(
  {
    name: NonEmpty(200, { description: '事项名称' }),
    itemType: oneOf(ITEM_TYPES, `事项类型：${labelled(ITEM_TYPES)}`),
    basicCode: Text(50, { default: '', description: '基本编码' }),
    implementationCode: NonEmpty(60, { pattern: '^[0-9A-Za-z-]+$', description: '实施编码（站点内唯一）' }),
    implementer: Text(200, { default: '', description: '实施主体（办理机构）' }),
    creditCode: Text(18, { default: '', description: '实施主体统一社会信用代码' }),
    competentDepartment: Text(200, { default: '' }),
    audiences: Type.Array(oneOf(AUDIENCES, labelled(AUDIENCES)), { default: [], maxItems: 2 }),
    lifeEvents: Type.Array(oneOf(LIFE_EVENTS, labelled(LIFE_EVENTS)), { default: [], maxItems: 20 }),
    themes: Type.Array(NonEmpty(30), { default: [], maxItems: 10 }),
    basis: Text(5000, { default: '', description: '设定依据' }),
    conditions: Text(5000, { default: '', description: '受理条件' }),
    materials: Type.Array(MaterialSchema, { default: [], maxItems: 100 }),
    steps: Type.Array(StepSchema, { default: [], maxItems: 30 }),
    legalDays: Days,
    committedDays: Days,
    fee: Type.Object(
      { standard: Text(1000, { default: '' }), basis: Text(1000, { default: '' }) },
      {
        additionalProperties: false,
        default: { standard: '', basis: '' },
        description: '收费标准（不收费写“不收费”）和收费依据',
      },
    ),
    location: Text(500, { default: '' }),
    hours: Text(300, { default: '' }),
    consultPhone: Text(100, { default: '' }),
    complaintPhone: Text(100, { default: '' }),
    onlineLevel: Type.Union(
      Object.keys(ONLINE_LEVELS).map((k) => Type.Literal(k as keyof typeof ONLINE_LEVELS)),
      { default: 'offline', description: `网上可办程度：${labelled(ONLINE_LEVELS)}` },
    ),
    visits: Type.Integer({ minimum: 0, maximum: 9, default: 1, description: '到现场次数' }),
    applyUrl: Text(500, { default: '', pattern: '^(https?://\\S+)?$' }),
    resultName: Text(200, { default: '' }),
    commitment3550: Type.Union(
      [...Object.keys(COMMITMENTS_3550).map((k) => Type.Literal(k as keyof typeof COMMITMENTS_3550)), Type.Null()],
      { default: null, description: `3550 改革承诺：${labelled(COMMITMENTS_3550)}` },
    ),
    faqEntryIds: Type.Array(Id, {
      default: [],
      maxItems: 10,
      description: '常见问题：咨询问答知识库中的条目（与门户、智能问答、窗口同源）',
    }),
  },
  { additionalProperties: false },
);
export type GuideInput = Static<typeof GuideSchema>;

export const SaveItemSchema = Type.Object(
  {
    departmentId: Id,
    guide: GuideSchema,
    changeNote: Text(500, { default: '', description: '变更说明（进入公开的修订记录）' }),
  },
  { additionalProperties: false },
);
export type SaveItemInput = Static<typeof SaveItemSchema>;

export const ReviewSchema = Type.Object(
  { approve: Type.Boolean(), note: Text(500, { default: '' }) },
  { additionalProperties: false },
);

const Revision = Type.Object({
  number: Type.Integer(),
  state: oneOf(REVISION_STATES, labelled(REVISION_STATES)),
  stateLabel: Type.String(),
  changeNote: Type.String(),
  createdAt: Instant,
  approvedOn: Type.Union([DateString, Type.Null()]),
  publishedAt: Type.Union([Instant, Type.Null()]),
  reviewNote: Type.String(),
});

export const ItemSummarySchema = Type.Object({
  id: Id,
  departmentId: Id,
  departmentName: Type.String(),
  implementationCode: Type.String(),
  name: Type.String(),
  implementer: Type.String({ description: '实施主体（同名事项由不同主体实施时据此区分）' }),
  itemTypeLabel: Type.String(),
  published: Type.Boolean(),
  /** The newest revision's state: what the department works on. */
  latestState: Type.String(),
  latestStateLabel: Type.String(),
  missing: Type.Array(Type.String(), { description: '最新版本缺少的要素' }),
  materialsWithoutBasis: Type.Array(Type.String()),
  cancelledCertificates: Type.Array(Type.String(), { description: '仍要求提交的已取消证明事项' }),
  publicationDue: Type.Union([
    Type.Object({ approvedOn: DateString, dueOn: DateString, late: Type.Boolean() }),
    Type.Null(),
  ]),
});

export const ItemDetailSchema = Type.Object({
  ...ItemSummarySchema.properties,
  guide: GuideSchema,
  publishedGuide: Type.Union([GuideSchema, Type.Null()]),
  revisions: Type.Array(Revision),
  actions: Type.Array(Type.String(), { description: 'submit · review · publish · withdraw · edit' }),
});

export const ImportResultSchema = Type.Object({
  line: Type.Integer(),
  implementationCode: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union(
    [
      Type.Literal('created'),
      Type.Literal('draft'),
      Type.Literal('revised'),
      Type.Literal('unchanged'),
      Type.Literal('failed'),
    ],
    {
      description:
        'created 已导入并公开 · draft 已导入为草稿 · revised 已存为新版本草稿 · unchanged 未变化 · failed 未导入',
    },
  ),
  reasons: Type.Array(Type.String()),
});
export type ImportResult = Static<typeof ImportResultSchema>;
