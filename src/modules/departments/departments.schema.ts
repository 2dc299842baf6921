import { Type } from '@sinclair/typebox';
import { Id, Instant, NonEmpty, Text } from '../../platform/http/schemas.js';
import { DEPARTMENT_KINDS } from './departments.kinds.js';

export const DepartmentInputSchema = Type.Object(
  {
    parentId: Type.Union([Id, Type.Null()], { default: null, description: '上级单位，空表示顶级' }),
    name: NonEmpty(100, { description: '单位全称' }),
    shortName: Text(50, { default: '', description: '简称' }),
    code: Type.Union([Type.String({ maxLength: 20 }), Type.Null()], {
      default: null,
      description: '统一社会信用代码（18 位）或组织机构代码（9 位）',
    }),
    kind: Type.Union(
      DEPARTMENT_KINDS.map((k) => Type.Literal(k)),
      { description: 'government 政府部门 · street 街道(镇) · public_institution 公共企事业单位 · other 其他' },
    ),
    phone: Text(50, { default: '' }),
    fax: Text(50, { default: '' }),
    email: Text(100, { default: '' }),
    address: Text(200, { default: '' }),
    officeHours: Text(200, { default: '', description: '办公时间' }),
    sortOrder: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
  },
  { additionalProperties: false },
);

export const DepartmentSchema = Type.Object({
  id: Id,
  siteId: Id,
  ...DepartmentInputSchema.properties,
  createdAt: Instant,
  updatedAt: Instant,
});
