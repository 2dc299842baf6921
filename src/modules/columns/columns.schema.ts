import { Type } from '@sinclair/typebox';
import { Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import { COLUMN_KINDS } from './columns.standard.js';

export const ColumnInputSchema = Type.Object(
  {
    parentId: Type.Union([Id, Type.Null()], { default: null }),
    name: NonEmpty(60, { description: '栏目名称' }),
    kind: Type.Union(
      COLUMN_KINDS.map((k) => Type.Literal(k)),
      {
        description:
          'news 动态类 · notice 通知公告类 · policy 政策文件类 · catalogue 目录节点 · page 单页 · link 外部链接 · topic 专题（以专题页展示下级栏目）',
      },
    ),
    linkUrl: Text(500, { default: '' }),
    updateIntervalDays: Type.Union([Type.Integer({ minimum: 1, maximum: 3650 }), Type.Null()], {
      default: null,
      description: '应更新周期（天），供网站监测使用；空表示不要求定期更新',
    }),
    sortOrder: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
    description: Text(500, { default: '', description: '栏目简介；专题页顶部显示' }),
  },
  { additionalProperties: false },
);

export const ColumnSchema = Type.Object({
  id: Id,
  siteId: Id,
  code: Type.Union([Type.String(), Type.Null()], { description: '标准栏目的固定标识' }),
  ...ColumnInputSchema.properties,
  path: Type.String({ description: '栏目路径，如 政府信息公开/法定主动公开内容/财政预算、决算' }),
  createdAt: Instant,
  updatedAt: Instant,
});
