import { EVENT_LABELS as MESSAGE_EVENTS } from '../messages/messages.model.js';
import { EVENT_LABELS as REQUEST_EVENTS } from '../requests/requests.model.js';

/**
 * The audit log in words an office reads (issue 17 §5): who did what to which object, in Chinese.
 * An action is `<object>.<verb>` (document.publish); its name is the object's and the verb's, unless
 * the whole action has a name of its own. An unknown code is shown as it is, never hidden.
 */
export const ENTITY_LABELS: Record<string, string> = {
  annual_report: '年度报告',
  api_token: 'API 令牌',
  assistant_question: '问答问题',
  calendar_day: '工作日历（单日）',
  calendar_year: '工作日历（全年）',
  certificate_requirement: '证明事项',
  column: '栏目',
  department: '单位',
  disclosure_request: '依申请公开',
  document: '信息',
  interview: '在线访谈',
  knowledge_entry: '知识库条目',
  mailbox: '信箱',
  masking_policy: '隐私遮蔽规则',
  media_account: '政务新媒体',
  message: '留言',
  notice_template: '告知书模板',
  opinion_feed: '舆情来源',
  opinion_item: '舆情',
  progress_report: '进展报送',
  public_comment: '意见征集',
  search_hot_query: '热门检索词',
  search_synonyms: '同义词',
  search_word: '检索词典',
  service_case: '办件',
  service_item: '办事事项',
  site: '站点',
  user: '用户',
  wording_rule: '错敏字规则',
  work_plan: '工作要点',
  work_plan_assignment: '工作要点任务分解',
  work_plan_item: '工作要点事项',
};

/** The object named first in an action code, when it differs from the entity type. */
const ACTION_OBJECTS: Record<string, string> = {
  auth: '',
  calendar: '工作日历',
  certificate: '证明事项',
  comment: '征集意见',
  files: '文件存储',
  knowledge: '知识库条目',
  masking: '隐私遮蔽规则',
  opinion: '舆情',
  request: '依申请公开',
  search: '站内搜索',
  wording: '错敏字规则',
};

const VERBS: Record<string, string> = {
  create: '新建',
  create_standard: '按标准栏目新建',
  update: '修改',
  edit: '编辑',
  delete: '删除',
  remove: '删除',
  add: '添加',
  save: '保存',
  import: '导入',
  publish: '发布',
  unpublish: '撤下',
  submit: '提交审核',
  approve: '审核通过',
  reject: '退回修改',
  return: '退回修改',
  withdraw: '撤回',
  revise: '修订',
  schedule: '定时发布',
  syndicate: '同步发布到其他站点',
  move: '移入数据库',
  attach: '上传附件',
  detach: '删除附件',
  receive: '收到',
  register: '窗口登记',
  finish: '办结',
  rate: '评价',
  rated: '评价',
  step: '记录办理环节',
  follow_up: '差评整改反馈',
  query_code_reset: '重置查询码',
  reminder: '发送提醒',
  review_reminder: '发送审核提醒',
  urge: '督办',
  assign: '分解任务',
  report: '报送进展',
  mark: '标记',
  weights: '设置权重',
  document: '关联原文',
  evaluate: '评估',
  end: '结束',
  entry: '发布实录',
  photo: '上传图片',
  photo_remove: '删除图片',
  question: '收到提问',
  transcript: '归档实录',
  conclude: '结束征集',
  final_document: '关联最终文件',
  adoption: '采纳',
  revoke: '吊销',
  figures: '生成统计数据',
  dismiss: '忽略',
  reindex: '重建索引',
  accept: '采纳',
  grants: '设置角色',
};

/** Whole actions whose name is not their parts'. */
export const ACTIONS: Record<string, string> = {
  'auth.sign_in': '登录',
  'auth.sign_in_failed': '登录失败',
  'auth.sign_out': '退出登录',
  'auth.locked': '账号锁定',
  'user.grants': '设置用户角色',
  'user.reset_password': '重置用户密码',
  'user.change_password': '修改密码',
  'user.unlock': '解除登录限制',
  'calendar.set_year': '录入全年放假安排',
  'calendar.delete_year': '删除全年放假安排',
  'calendar.set_day': '更正单日安排',
  'calendar.delete_day': '撤销单日更正',
  'department.alias.add': '添加单位别名',
  'department.alias.remove': '删除单位别名',
  'document.finding.accept': '采纳发布前检查意见',
  'knowledge_entry.finding.accept': '采纳发布前检查意见',
  'search.hot_query.approve': '审定热门检索词',
  'search.hot_query.withdraw': '撤下热门检索词',
  'search.reindex': '重建站内搜索索引',
  'work_plan.item.update': '修改工作要点事项',
  'work_plan.report.accept': '采纳进展报送',
  'work_plan.report.return': '退回进展报送',
  'work_plan.report_returned': '进展报送被退回',
  'assistant.question.dismiss': '忽略问答问题',
  'annual_report.figures': '填报年报数据',
  'annual_report.narrative': '填写年报文字部分',
  'site.identity.update': '修改门户外观与标识',
  'site.identity.logo': '上传网站标志',
  'site.identity.logo_remove': '删除网站标志',
  'site.identity.banner': '上传首页横幅',
  'site.identity.banner_remove': '删除首页横幅',
  'site.retire': '关停站点',
  'site.reinstate': '恢复站点',
};

export function actionLabel(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action];
  const [object = '', ...rest] = action.split('.');
  const verb = rest.join('.');
  const what = ACTION_OBJECTS[object] ?? ENTITY_LABELS[object] ?? object;
  // Events of a case keep the case's own words (request.replied → 依申请公开 · 答复).
  const event =
    object === 'request'
      ? (REQUEST_EVENTS as Record<string, string>)[verb]
      : object === 'message'
        ? (MESSAGE_EVENTS as Record<string, string>)[verb]
        : undefined;
  const done = event ?? VERBS[verb.replace(/\./g, '_')] ?? VERBS[verb.split('.').at(-1) ?? ''];
  if (!done) return action;
  return what ? `${what} · ${done}` : done;
}

/** What names an object in its recorded content: a title, a name, a number. */
const NAME_FIELDS = ['title', 'name', 'caseNo', 'trackingNo', 'account', 'code', 'subject', 'query', 'year', 'date'];

/** The object in words: its kind, and the name its record gives it (信息《…》, 办件 BJ2026-00001). */
export function entityLabel(entityType: string, before: unknown, after: unknown): string {
  const kind = ENTITY_LABELS[entityType] ?? entityType;
  for (const record of [after, before])
    if (record && typeof record === 'object')
      for (const field of NAME_FIELDS) {
        const value = (record as Record<string, unknown>)[field];
        if (typeof value === 'string' || typeof value === 'number') {
          const text = String(value).slice(0, 60);
          return entityType === 'document' && field === 'title' ? `${kind}《${text}》` : `${kind} ${text}`;
        }
      }
  return kind;
}
