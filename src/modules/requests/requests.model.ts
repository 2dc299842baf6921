/**
 * 依申请公开 (GLOSSARY: disclosureRequest): applicants, channels, events and outcomes.
 * Facts: reference/legal.md §1 (Arts 29–45) and §2 (the annual report's rows); website.md §3.
 */

export const APPLICANT_KINDS = ['person', 'organisation'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** The annual report's applicant columns for organisations (legal.md §2, section 三). */
export const ORGANISATION_KINDS = ['business', 'research', 'nonprofit', 'legal_service', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  business: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal_service: '法律服务机构',
  other: '其他',
};

/** How an application arrived, and the Art. 31 rule that fixes its date of receipt. */
export const CHANNELS = ['online', 'in_person', 'registered_post', 'ordinary_post', 'fax', 'oral'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNELS_INFO: Record<Channel, { label: string; receivedOnLabel: string; rule: string }> = {
  online: {
    label: '网上申请',
    receivedOnLabel: '双方确认日期',
    rule: '通过互联网提交的，以双方确认之日为收到申请之日',
  },
  in_person: { label: '当面提交', receivedOnLabel: '提交日期', rule: '当面提交的，以提交之日为收到申请之日' },
  registered_post: {
    label: '邮寄（挂号信、EMS 等需签收）',
    receivedOnLabel: '签收日期',
    rule: '以邮政快递等需签收方式提交的，以行政机关签收之日为收到申请之日',
  },
  ordinary_post: {
    label: '邮寄（平常信函）',
    receivedOnLabel: '与申请人确认日期',
    rule: '以平常信函等无需签收方式提交的，以政府信息公开工作机构与申请人确认之日为收到申请之日',
  },
  fax: { label: '传真', receivedOnLabel: '双方确认日期', rule: '通过传真提交的，以双方确认之日为收到申请之日' },
  oral: {
    label: '口头提出（代为填写）',
    receivedOnLabel: '提出日期',
    rule: '书面申请确有困难、口头提出的，由受理机构代为填写申请，以提出之日为收到申请之日',
  },
};

export const DELIVERY_FORMS = ['paper', 'email', 'disc', 'disk'] as const;
export type DeliveryForm = (typeof DELIVERY_FORMS)[number];
export const DELIVERY_FORM_LABELS: Record<DeliveryForm, string> = {
  paper: '纸质',
  email: '电子邮件',
  disc: '光盘',
  disk: '磁盘',
};
export const DELIVERY_METHODS = ['post', 'express', 'email', 'fax', 'pickup', 'on_site'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  post: '邮寄',
  express: '快递',
  email: '电子邮件',
  fax: '传真',
  pickup: '自行领取',
  on_site: '当场阅读、抄录',
};

/**
 * 办理结果: exactly the outcome rows of the annual report's section 三, in its order, with the row
 * labels as printed (legal.md §2). Each application counts in exactly one of them.
 */
export const OUTCOMES = [
  { code: 'disclosed', group: null, label: '（一）予以公开' },
  { code: 'partially_disclosed', group: null, label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { code: 'withheld_state_secret', group: '（三）不予公开', label: '1.属于国家秘密' },
  { code: 'withheld_prohibited', group: '（三）不予公开', label: '2.其他法律行政法规禁止公开' },
  { code: 'withheld_security_stability', group: '（三）不予公开', label: '3.危及“三安全一稳定”' },
  { code: 'withheld_third_party', group: '（三）不予公开', label: '4.保护第三方合法权益' },
  { code: 'withheld_internal_affairs', group: '（三）不予公开', label: '5.属于三类内部事务信息' },
  { code: 'withheld_process_info', group: '（三）不予公开', label: '6.属于四类过程性信息' },
  { code: 'withheld_enforcement_file', group: '（三）不予公开', label: '7.属于行政执法案卷' },
  { code: 'withheld_query_matter', group: '（三）不予公开', label: '8.属于行政查询事项' },
  { code: 'unavailable_not_held', group: '（四）无法提供', label: '1.本机关不掌握相关政府信息' },
  { code: 'unavailable_needs_creation', group: '（四）无法提供', label: '2.没有现成信息需要另行制作' },
  { code: 'unavailable_unclear_after_correction', group: '（四）无法提供', label: '3.补正后申请内容仍不明确' },
  { code: 'not_processed_petition', group: '（五）不予处理', label: '1.信访举报投诉类申请' },
  { code: 'not_processed_repeat', group: '（五）不予处理', label: '2.重复申请' },
  { code: 'not_processed_publication', group: '（五）不予处理', label: '3.要求提供公开出版物' },
  { code: 'not_processed_excessive', group: '（五）不予处理', label: '4.无正当理由大量反复申请' },
  {
    code: 'not_processed_confirmation',
    group: '（五）不予处理',
    label: '5.要求行政机关确认或重新出具已获取信息',
  },
  {
    code: 'other_no_correction',
    group: '（六）其他处理',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  },
  {
    code: 'other_fee_unpaid',
    group: '（六）其他处理',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  },
  { code: 'other', group: '（六）其他处理', label: '3.其他' },
] as const;
export type Outcome = (typeof OUTCOMES)[number]['code'];
export const OUTCOME_CODES = OUTCOMES.map((o) => o.code) as readonly Outcome[];
export const outcomeLabel = (code: Outcome): string => {
  const o = OUTCOMES.find((x) => x.code === code);
  return o ? `${o.group ?? ''}${o.label}` : code;
};
/**
 * A refusal to disclose, in whole or in part: the notice must say administrative review comes before
 * any lawsuit (行政复议法 2023 Art. 23).
 */
export const requiresReviewFirst = (code: Outcome): boolean =>
  code === 'partially_disclosed' || code.startsWith('withheld_');

export const EVENT_TYPES = [
  'received',
  'assigned',
  'correction_requested',
  'correction_received',
  'consultation_started',
  'consultation_ended',
  'extended',
  'fee_notice_sent',
  'fee_paid',
  'replied',
  'delivered',
  'withdrawn',
  'review_filed',
  'review_decided',
  'lawsuit_filed',
  'lawsuit_decided',
  'archived',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_LABELS: Record<EventType, string> = {
  received: '收到申请',
  assigned: '分办',
  correction_requested: '发出补正通知',
  correction_received: '收到补正',
  consultation_started: '征求意见',
  consultation_ended: '征求意见结束',
  extended: '延期答复',
  fee_notice_sent: '发出收费通知',
  fee_paid: '申请人缴费',
  replied: '作出答复',
  delivered: '送达',
  withdrawn: '申请人撤回申请',
  review_filed: '申请人申请行政复议',
  review_decided: '行政复议结果',
  lawsuit_filed: '申请人提起行政诉讼',
  lawsuit_decided: '行政诉讼结果',
  archived: '归档',
};

/** 行政复议 / 行政诉讼 results, the columns of the annual report's section 四. */
export const REMEDY_RESULTS = ['upheld', 'corrected', 'other'] as const;
export type RemedyResult = (typeof REMEDY_RESULTS)[number];
export const REMEDY_RESULT_LABELS: Record<RemedyResult, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
};

/** Where a case stands, derived from its events (requests.case.ts). */
export type CaseStateName =
  | 'processing'
  | 'awaiting_correction'
  | 'consulting'
  | 'awaiting_fee'
  | 'replied'
  | 'lapsed'
  | 'withdrawn'
  | 'archived';
export const CASE_STATE_LABELS: Record<CaseStateName, string> = {
  processing: '办理中',
  awaiting_correction: '待补正',
  consulting: '征求意见中',
  awaiting_fee: '待缴费',
  replied: '已答复',
  lapsed: '已终止办理',
  withdrawn: '已撤回',
  archived: '已归档',
};
