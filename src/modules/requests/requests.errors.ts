import { defineErrors } from '../../platform/http/errors.js';

export const RequestInputErrors = defineErrors({
  REQUEST_ORGANISATION_KIND: { status: 400, message: '法人或其他组织须选择组织类别' },
  REQUEST_CREDIT_CODE: { status: 400, message: '统一社会信用代码不正确（校验位不符）' },
  REQUEST_DEPARTMENT: { status: 400, message: '申请的机关不存在或不属于本站点' },
  REQUEST_RECEIVED_DATE: { status: 400, message: '收到申请之日不能晚于今天' },
  REQUEST_NOT_FOUND: { status: 404, message: '申请编号或查询码不正确' },
  REQUEST_FEE_NONE: { status: 400, message: '按国办函〔2020〕109号的标准，本申请不收取信息处理费' },
  NOTICE_KIND: { status: 404, message: '没有这种文书' },
  NOTICE_NOT_APPLICABLE: { status: 409, message: '该申请尚无可生成此文书的办理记录' },
  NOTICE_PLACEHOLDER: { status: 400, message: '文书模板中有不认识的占位符' },
});
