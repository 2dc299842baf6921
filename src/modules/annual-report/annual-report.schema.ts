import { Type } from '@sinclair/typebox';
import { Id } from '../../platform/http/schemas.js';

export const NarrativeSectionSchema = Type.Union([
  Type.Literal('overview'),
  Type.Literal('improvements'),
  Type.Literal('otherMatters'),
]);

/** The annual report as the API returns it (annual-report.service.ts builds it). */
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
    labels: Type.Array(
      Type.Array(Type.Object({ text: Type.String(), rowSpan: Type.Integer(), colSpan: Type.Integer() })),
      {
        description: '每行起始的行标题单元格（三列行标题，按国家表样合并：三、本年度办理结果及（三）至（六）各组标题）',
      },
    ),
  }),
  section4: Type.Object({ groups: Type.Array(Type.String()), columns: Type.Array(Type.String()), values: Values }),
  narrative: Type.Object({
    overview: Type.String({ description: '一、总体情况（未填写时为按平台数据预填的文字）' }),
    improvements: Type.String({ description: '五、存在的主要问题及改进情况' }),
    otherMatters: Type.String({ description: '六、其他需要报告的事项中由机关填写的部分' }),
    edited: Type.Array(NarrativeSectionSchema, { description: '机关已填写（不再是预填文字）的部分' }),
  }),
  section6: Type.Object({
    facts: Type.Array(Type.String(), { description: '第六部分开头由平台统计的事项：信息处理费、年度工作要点落实情况' }),
    processingFees: Type.Object({ cases: Type.Integer({ minimum: 0 }), amount: Type.Number({ minimum: 0 }) }),
    workPlan: Type.Union([
      Type.Object({
        title: Type.String(),
        items: Type.Integer({ minimum: 0 }),
        done: Type.Integer({ minimum: 0 }),
        inProgress: Type.Integer({ minimum: 0 }),
        overdue: Type.Integer({ minimum: 0 }),
      }),
      Type.Null(),
    ]),
  }),
  problems: Type.Array(Type.String(), { description: '不成立的勾稽关系；为空才可发布' }),
});
