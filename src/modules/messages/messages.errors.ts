import { defineErrors } from '../../platform/http/errors.js';

export const MessageErrors = defineErrors({
  MESSAGE_KIND_REQUIRED: { status: 400, message: '请选择留言类别' },
  MESSAGE_RECEIVED_DATE: { status: 400, message: '收到日期不能晚于今天' },
  MESSAGE_NOT_FOUND: { status: 404, message: '留言编号或查询码不正确' },
  MESSAGE_DEPARTMENT: { status: 400, message: '转办的部门不存在或不属于本站点' },
  MESSAGE_MERGE_TARGET: { status: 400, message: '要合并到的留言不存在，或就是这条留言本身，或它自己也已被合并' },
  MESSAGE_NOT_PUBLISHABLE: {
    status: 409,
    message: '只有留言人同意公开、且已经答复的留言才能公开',
  },
});
