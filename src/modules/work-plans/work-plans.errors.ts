import { defineErrors } from '../../platform/http/errors.js';

export const WorkPlanErrors = defineErrors({
  PLAN_EMPTY: { status: 400, message: '没有读出任何目标和任务' },
  PLAN_FILE_UNREADABLE: {
    status: 422,
    message: '文件无法在限定的时间和内存内读出（可能已损坏、过大或经过特殊构造），请检查后重新上传',
  },
  PLAN_YEAR_MISSING: { status: 400, message: '标题中没有年份，请指定完成期限' },
  PLAN_UNKNOWN_DEPARTMENTS: { status: 422, message: '以下单位在本站点找不到，请先新建单位或添加别名' },
  PLAN_NOT_ASSIGNED: { status: 409, message: '工作要点尚未分解下达' },
  PLAN_REPORT_INVALID: { status: 400, message: '进展报送内容不完整或前后矛盾' },
  PLAN_REPORT_PENDING: { status: 409, message: '上一次报送的进展尚未审核' },
  PLAN_REPORT_REVIEWED: { status: 409, message: '该进展已审核' },
  PLAN_RETURN_REASON_REQUIRED: { status: 400, message: '退回须说明理由' },
  PLAN_ITEM_INVALID: { status: 400, message: '工作事项的期限、节点或单位不正确' },
  PLAN_MARK_INVALID: { status: 400, message: '公开办评分须在 −20 至 +20 之间，有加减分时须说明理由' },
  PLAN_ALIAS_TAKEN: { status: 409, message: '该别名已对应其他单位' },
  PLAN_DOCUMENT_INVALID: { status: 400, message: '须关联本站点已公开的信息' },
  PLAN_IN_USE: { status: 409, message: '已有单位报送进展的工作要点不能删除' },
  PLAN_EXISTS: { status: 409, message: '本站点已有同名的工作要点' },
  PLAN_URGE_INVALID: { status: 400, message: '催办须写明要求（至少 2 个字）' },
  PLAN_URGED_TODAY: { status: 409, message: '今天已就这项工作催办过该单位' },
});
