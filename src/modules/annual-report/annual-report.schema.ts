import { Type } from '@sinclair/typebox';
import { Id } from '../../platform/http/schemas.js';

/** The annual report's tables as the API returns them (annual-report.service.ts builds them). */
const Values = Type.Array(Type.Integer({ minimum: 0 }));
export const AnnualReportSchema = Type.Object({
  year: Type.Integer(),
  siteId: Id,
  department: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]),
  agency: Type.String({ description: '报告单位：部门名称或本级政府（站点）名称' }),
  section2: Type.Object({
    blocks: Type.Array(
      Type.Object({
        title: Type.String(),
        columns: Type.Array(Type.String()),
        rows: Type.Array(
          Type.Object({
            label: Type.String(),
            values: Type.Array(Type.Union([Type.Number(), Type.Null()]), { description: '空表示尚未填报' }),
          }),
        ),
      }),
    ),
  }),
  section3: Type.Object({
    note: Type.String(),
    columns: Type.Array(Type.String()),
    rows: Type.Array(Type.Object({ label: Type.String(), values: Values })),
  }),
  section4: Type.Object({ groups: Type.Array(Type.String()), columns: Type.Array(Type.String()), values: Values }),
  problems: Type.Array(Type.String(), { description: '不成立的勾稽关系；为空才可发布' }),
});
