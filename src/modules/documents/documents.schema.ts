import { Type } from '@sinclair/typebox';
import { DateString, Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import { DISCLOSURES, DOCUMENT_KINDS, REVISION_STATES, VALIDITIES } from './documents.model.js';

export const DocumentContentSchema = Type.Object(
  {
    title: NonEmpty(200, { description: '标题' }),
    docNo: Text(100, { default: '', description: '文号，如 姑政办发〔2018〕12号' }),
    writtenOn: Type.Union([DateString, Type.Null()], { default: null, description: '成文日期' }),
    subject: Text(50, { default: '', description: '主题分类' }),
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), {
      maxItems: 10,
      default: [],
      description: '主题词',
    }),
    disclosure: Type.Union(
      DISCLOSURES.map((d) => Type.Literal(d)),
      { description: '公开属性：proactive 主动公开 · on_request 依申请公开 · withheld 不予公开' },
    ),
    validity: Type.Union(
      VALIDITIES.map((v) => Type.Literal(v)),
      { default: 'effective', description: '有效性：effective 有效 · amended 已修改 · expired 失效 · repealed 已废止' },
    ),
    replacedById: Type.Union([Id, Type.Null()], { default: null, description: '修改或废止后替代它的信息' }),
    interpretsId: Type.Union([Id, Type.Null()], {
      default: null,
      description: '政策解读：本信息所解读的政策文件',
    }),
    documentKind: Type.Union([...DOCUMENT_KINDS.map((k) => Type.Literal(k)), Type.Null()], {
      default: null,
      description: '文件类别：rule 规章 · normative 行政规范性文件（年度报告第二部分据此统计）',
    }),
    summary: Text(100, { default: '', description: '内容概述（不超过 100 字）' }),
    bodyHtml: Text(500_000, { default: '', description: '正文（HTML，服务器按白名单清理）' }),
    source: Text(100, { default: '', description: '来源' }),
    columnIds: Type.Array(Id, { minItems: 1, maxItems: 10, description: '所属栏目' }),
  },
  { additionalProperties: false },
);

export const CreateDocumentSchema = Type.Object(
  { departmentId: Type.Union([Id], { description: '发布机构' }), ...DocumentContentSchema.properties },
  { additionalProperties: false },
);

export const RevisionStateSchema = Type.Union(
  REVISION_STATES.map((s) => Type.Literal(s)),
  {
    description:
      'draft 草稿 · submitted 待审核 · rejected 已退回 · approved 已审核 · scheduled 定时发布 · published 已发布 · superseded 历史版本',
  },
);

export const RevisionSchema = Type.Object({
  id: Id,
  number: Type.Integer(),
  state: RevisionStateSchema,
  content: Type.Omit(DocumentContentSchema, []),
  scheduledAt: Type.Union([Instant, Type.Null()]),
  createdAt: Instant,
  submittedAt: Type.Union([Instant, Type.Null()]),
  reviewedAt: Type.Union([Instant, Type.Null()]),
  reviewNote: Type.String({ description: '审核意见（退回理由）' }),
  publishedAt: Type.Union([Instant, Type.Null()]),
});

const { columnIds: _columnIds, ...publishedFields } = DocumentContentSchema.properties;

export const DocumentSchema = Type.Object({
  id: Id,
  siteId: Id,
  departmentId: Id,
  status: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('withdrawn')], {
    description: 'draft 未发布 · published 已发布 · withdrawn 已撤回',
  }),
  indexNo: Type.Union([Type.String(), Type.Null()], { description: '索引号（首次发布时生成，不再改变）' }),
  content: Type.Object(publishedFields, { description: '已发布（或尚未发布时的草稿）内容' }),
  publishedAt: Type.Union([Instant, Type.Null()], { description: '发布日期（首次发布）' }),
  withdrawnAt: Type.Union([Instant, Type.Null()]),
  withdrawnReason: Type.String(),
  views: Type.Integer({ description: '访问量' }),
  syndicatedFromId: Type.Union([Id, Type.Null()], {
    description: '一稿多发：本信息是从其他站点同步发布的副本时，源信息的 id（内容随源信息更新，本站点只能撤回）',
  }),
  createdAt: Instant,
  updatedAt: Instant,
});

export const DocumentDetailSchema = Type.Object({
  ...DocumentSchema.properties,
  columnIds: Type.Array(Id),
  latest: RevisionSchema,
});

export const AttachmentSchema = Type.Object({
  id: Id,
  name: Type.String({ description: '文件名' }),
  mime: Type.String({ description: '按文件内容识别的类型' }),
  size: Type.Integer({ description: '字节数' }),
  url: Type.String({ description: '门户下载地址（信息公开后可用）' }),
  createdAt: Instant,
});

export const SyndicationTargetSchema = Type.Object(
  {
    siteId: Id,
    departmentId: Type.String({ format: 'uuid', description: '目标站点上的发布机构' }),
    columnIds: Type.Array(Id, { maxItems: 20, description: '目标站点上的栏目' }),
  },
  { additionalProperties: false },
);

export const SyndicationSchema = Type.Object({
  documentId: Id,
  siteId: Id,
  siteName: Type.String(),
  departmentId: Id,
  indexNo: Type.Union([Type.String(), Type.Null()], { description: '该站点的索引号' }),
  status: DocumentSchema.properties.status,
  publishedAt: Type.Union([Instant, Type.Null()]),
});
