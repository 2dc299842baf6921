import { defineErrors } from '../../platform/http/errors.js';

export const DocumentErrors = defineErrors({
  DOCUMENT_STATE: { status: 409, message: '信息当前所处的环节不允许此操作' },
  DOCUMENT_COLUMN_INVALID: { status: 400, message: '所选栏目不存在或不属于本站点' },
  DOCUMENT_PUBLISHER_INVALID: { status: 400, message: '发布机构不存在或不属于本站点' },
  DOCUMENT_REVIEW_INCOMPLETE: { status: 400, message: '审核通过前须完成保密审查' },
  DOCUMENT_REASON_REQUIRED: { status: 400, message: '请填写理由' },
  DOCUMENT_REPLACEMENT_INVALID: { status: 400, message: '替代文件不存在或不属于本站点' },
  DOCUMENT_INTERPRETS_INVALID: { status: 400, message: '所解读的政策文件不存在、不属于本站点或就是本信息' },
  DOCUMENT_SYNDICATED_COPY: {
    status: 409,
    message: '该信息是从其他站点同步发布的，内容随源信息更新，请到源站点修改（本站点只能撤回）',
  },
  DOCUMENT_SYNDICATION_TARGET_INVALID: { status: 400, message: '同步发布的站点、发布机构或栏目不正确' },
  DOCUMENT_ALREADY_SYNDICATED: { status: 409, message: '该信息已同步发布到这个站点' },
  INDEX_NO_TAKEN: { status: 409, message: '该索引号已被使用' },
  DOCUMENT_BODY_TOO_COMPLEX: { status: 400, message: '正文的格式过于复杂或过长，请简化后重新提交' },
  ATTACHMENT_UNREADABLE: {
    status: 422,
    message: '附件的文字无法在限定的时间和内存内读出（文件可能已损坏、过大或经过特殊构造），请检查后重新上传',
  },
  ATTACHMENT_NAME_TYPE: { status: 415, message: '文件名的扩展名与文件内容不符，请改正文件名后重新上传' },
  ATTACHMENT_TYPE: {
    status: 415,
    message: '附件只能是 PDF、Word、Excel、PowerPoint 文件或 PNG、JPEG、GIF 图片（按文件内容判断）',
  },
  ATTACHMENT_TOO_LARGE: { status: 413, message: '附件超过大小限制' },
});
