/**
 * 互动交流 (GLOSSARY: message, mailbox): what a public message is, the events of its closed loop
 * and the states derived from them. Facts: reference/website.md §6 (the loop: 受理 → 转办 → 办理 →
 * 答复 → 办结 → 回访 → 评价; duplicates merged; 退回 and reassignment; legal channels redirected;
 * local limits) and §2 (a valid message unanswered for more than three months fails the inspection).
 */

export const MESSAGE_KINDS = ['inquiry', 'complaint', 'suggestion', 'report'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  inquiry: '咨询',
  complaint: '投诉',
  suggestion: '建议',
  report: '举报',
};

/** The answer limits of local practice (website.md §6), offered when the office creates a mailbox. */
export const SUGGESTED_ANSWER_WORKDAYS: Record<MessageKind, number> = {
  inquiry: 3,
  complaint: 13,
  suggestion: 13,
  report: 13,
};

export const CHANNELS = ['online', 'phone', 'letter', 'visit'] as const;
export type MessageChannel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<MessageChannel, string> = {
  online: '网上留言',
  phone: '电话',
  letter: '来信',
  visit: '来访',
};

/**
 * The legal channels a message may belong to instead (website.md §6), each with the standard reply
 * that tells the writer where to go. The office may edit the wording of a reply before sending it.
 */
export const LEGAL_CHANNELS = ['litigation', 'arbitration', 'petition', 'disclosure_request'] as const;
export type LegalChannel = (typeof LEGAL_CHANNELS)[number];
export const LEGAL_CHANNEL_REPLIES: Record<LegalChannel, { label: string; reply: string }> = {
  litigation: {
    label: '诉讼',
    reply:
      '您反映的事项已进入或属于司法程序，请依照《中华人民共和国民事诉讼法》《中华人民共和国行政诉讼法》等规定，向人民法院提出，本渠道不再作为留言办理。',
  },
  arbitration: {
    label: '仲裁',
    reply: '您反映的事项属于仲裁受理范围（如劳动人事争议），请向有管辖权的仲裁委员会申请仲裁，本渠道不再作为留言办理。',
  },
  petition: {
    label: '信访',
    reply:
      '您反映的事项属于《信访工作条例》规定的信访事项，请通过信访渠道（来信、来访或网上信访）依法提出，本渠道不再作为留言办理。',
  },
  disclosure_request: {
    label: '依申请公开',
    reply:
      '您要求获取的是政府信息，请依照《中华人民共和国政府信息公开条例》第二十九条，通过本网站“依申请公开”栏目在线提出申请，本渠道不再作为留言办理。',
  },
};

export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

/**
 * Who records each event: the dispatcher (the office: a site-wide 留言办理人 or the site
 * administrator), the department the message is assigned to, or the writer on the portal.
 */
export const EVENT_TYPES = [
  'received',
  'accepted',
  'not_accepted',
  'redirected',
  'merged',
  'assigned',
  'returned',
  'started',
  'extension_requested',
  'extension_decided',
  'answer_submitted',
  'answer_rejected',
  'answer_approved',
  'closed',
  'rated',
  'followed_up',
] as const;
export type MessageEventType = (typeof EVENT_TYPES)[number];
export const EVENT_LABELS: Record<MessageEventType, string> = {
  received: '收到留言',
  accepted: '受理',
  not_accepted: '不予受理',
  redirected: '引导至法定渠道',
  merged: '合并重复留言',
  assigned: '转办',
  returned: '退回',
  started: '签收办理',
  extension_requested: '申请延期',
  extension_decided: '延期审批',
  answer_submitted: '提交答复',
  answer_rejected: '答复退回修改',
  answer_approved: '答复审核通过',
  closed: '办结',
  rated: '留言人评价',
  followed_up: '回访',
};

/** Where a message stands, derived from its events (messages.case.ts). */
export const STATES = [
  'received',
  'accepted',
  'assigned',
  'returned',
  'in_progress',
  'answer_review',
  'answered',
  'closed',
  'followed_up',
  'not_accepted',
  'redirected',
  'merged',
] as const;
export type MessageState = (typeof STATES)[number];
export const STATE_LABELS: Record<MessageState, string> = {
  received: '待受理',
  accepted: '已受理待转办',
  assigned: '已转办待签收',
  returned: '已退回待重新转办',
  in_progress: '办理中',
  answer_review: '答复待审核',
  answered: '已答复',
  closed: '已办结',
  followed_up: '已回访',
  not_accepted: '不予受理',
  redirected: '已引导至法定渠道',
  merged: '已合并',
};
/** What the writer sees on the portal: fewer, plainer states. */
export const PUBLIC_STATE_LABELS: Record<MessageState, string> = {
  received: '已收到，待受理',
  accepted: '已受理，正在办理',
  assigned: '已受理，正在办理',
  returned: '已受理，正在办理',
  in_progress: '已受理，正在办理',
  answer_review: '已受理，正在办理',
  answered: '已答复',
  closed: '已办结',
  followed_up: '已办结',
  not_accepted: '不予受理',
  redirected: '已告知法定渠道',
  merged: '已与相同诉求的留言合并办理',
};

/** A message's answer is late when it is approved after this many working days; at most this many more may be granted. */
export const MAX_EXTENSION_WORKDAYS = 20;
/** A valid message unanswered longer than this fails the website inspection (website.md §2). */
export const VETO_MONTHS = 3;
/** The office's watch list shows valid unanswered messages from this many days before the veto. */
export const WATCH_DAYS_BEFORE_VETO = 30;
