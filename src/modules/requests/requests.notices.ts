import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { requiresReviewFirst, type Outcome } from './requests.model.js';

/**
 * Notices (告知书) of 依申请公开, generated as DOCX from templates the office edits. A template is a
 * title and a body of paragraphs (one per line) with placeholders in braces, e.g. {申请人}; the
 * built-in texts below are version 0 and are used until the office saves its own.
 */
export const NOTICE_KINDS = [
  'acceptance',
  'correction',
  'consultation',
  'extension',
  'fee',
  'reply_disclosed',
  'reply_partial',
  'reply_withheld',
  'reply_unavailable',
  'reply_not_processed',
  'reply_other',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const PLACEHOLDERS = [
  '申请人',
  '申请编号',
  '收到日期',
  '所需信息',
  '机关名称',
  '日期',
  '答复期限',
  '补正事项',
  '补正期限',
  '征求意见对象',
  '延长工作日',
  '收费金额',
  '缴费期限',
  '办理结果',
  '法律依据',
  '救济途径',
  '说明',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const REMEDY = '{救济途径}';
export const DEFAULT_TEMPLATES: Record<NoticeKind, { label: string; title: string; body: string }> = {
  acceptance: {
    label: '受理回执',
    title: '政府信息公开申请受理回执',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），所需信息为“{所需信息}”。
根据《中华人民共和国政府信息公开条例》第三十三条的规定，本机关将于{答复期限}前作出答复。`,
  },
  correction: {
    label: '补正告知书',
    title: '政府信息公开申请补正告知书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}）。经审查，您的申请内容不明确，根据《中华人民共和国政府信息公开条例》第三十条的规定，请您在{补正期限}前对以下内容作出补正：
{补正事项}
答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  },
  consultation: {
    label: '征求意见函',
    title: '政府信息公开征求意见函',
    body: `{征求意见对象}：
本机关收到政府信息公开申请（申请编号：{申请编号}），所需信息“{所需信息}”可能涉及你方合法权益（或需与你方协商）。根据《中华人民共和国政府信息公开条例》第三十二条、第三十四条的规定，请你方自收到本函之日起 15 个工作日内提出意见；逾期未提出意见的，由本机关依照条例的规定决定是否公开。`,
  },
  extension: {
    label: '延期答复告知书',
    title: '政府信息公开申请延期答复告知书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}）。因{说明}，不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经政府信息公开工作机构负责人同意，答复期限延长{延长工作日}个工作日，本机关将于{答复期限}前作出答复。`,
  },
  fee: {
    label: '收费通知书',
    title: '政府信息公开信息处理费缴费通知书',
    body: `{申请人}：
您（单位）提出的政府信息公开申请（申请编号：{申请编号}）的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第四十二条和《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号），应缴纳信息处理费{收费金额}元。
请于{缴费期限}前缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  },
  reply_disclosed: {
    label: '公开告知书',
    title: '政府信息公开申请答复书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），所需信息为“{所需信息}”。
经审查，您申请的信息属于公开范围，根据{法律依据}的规定，现予以提供。{说明}
${REMEDY}`,
  },
  reply_partial: {
    label: '部分公开告知书',
    title: '政府信息部分公开告知书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），所需信息为“{所需信息}”。
经审查，您申请的信息中含有不应当公开的内容，但能够作区分处理。根据{法律依据}的规定，本机关向您提供可以公开的部分，不予公开的部分及理由如下：{说明}
${REMEDY}`,
  },
  reply_withheld: {
    label: '不予公开告知书',
    title: '政府信息不予公开告知书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），所需信息为“{所需信息}”。
经审查，该信息{办理结果}，根据{法律依据}的规定，不予公开。理由：{说明}
${REMEDY}`,
  },
  reply_unavailable: {
    label: '无法提供告知书',
    title: '政府信息无法提供告知书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），所需信息为“{所需信息}”。
经审查，{办理结果}，根据{法律依据}的规定，本机关无法提供。{说明}
${REMEDY}`,
  },
  reply_not_processed: {
    label: '不予处理告知书',
    title: '政府信息公开申请不予处理告知书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），所需信息为“{所需信息}”。
经审查，您的申请属于“{办理结果}”的情形，根据{法律依据}的规定，本机关不作为政府信息公开申请处理。{说明}
${REMEDY}`,
  },
  reply_other: {
    label: '终止办理告知书',
    title: '政府信息公开申请办理结果告知书',
    body: `{申请人}：
本机关于{收到日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），所需信息为“{所需信息}”。
{办理结果}。根据{法律依据}的规定，本机关不再处理该政府信息公开申请。{说明}
${REMEDY}`,
  },
};

/** The reply notice for an outcome. */
export function replyKindFor(outcome: Outcome): NoticeKind {
  if (outcome === 'disclosed') return 'reply_disclosed';
  if (outcome === 'partially_disclosed') return 'reply_partial';
  if (outcome.startsWith('withheld_')) return 'reply_withheld';
  if (outcome.startsWith('unavailable_')) return 'reply_unavailable';
  if (outcome.startsWith('not_processed_')) return 'reply_not_processed';
  return 'reply_other';
}

const ACT = '《中华人民共和国政府信息公开条例》';
/** The article a reply of each outcome rests on (legal.md §1). */
export const LEGAL_BASIS: Record<Outcome, string> = {
  disclosed: `${ACT}第三十六条第（二）项`,
  partially_disclosed: `${ACT}第三十七条`,
  withheld_state_secret: `${ACT}第十四条`,
  withheld_prohibited: `${ACT}第十四条`,
  withheld_security_stability: `${ACT}第十四条`,
  withheld_third_party: `${ACT}第十五条`,
  withheld_internal_affairs: `${ACT}第十六条第一款`,
  withheld_process_info: `${ACT}第十六条第二款`,
  withheld_enforcement_file: `${ACT}第十六条第二款`,
  withheld_query_matter: `${ACT}第三十六条第（七）项`,
  unavailable_not_held: `${ACT}第三十六条第（四）项`,
  unavailable_needs_creation: `${ACT}第三十八条`,
  unavailable_unclear_after_correction: `${ACT}第三十条`,
  not_processed_petition: `${ACT}第三十九条第一款`,
  not_processed_repeat: `${ACT}第三十六条第（六）项`,
  not_processed_publication: `${ACT}第三十九条第二款`,
  not_processed_excessive: `${ACT}第三十五条`,
  not_processed_confirmation: `${ACT}的有关规定`,
  other_no_correction: `${ACT}第三十条`,
  other_fee_unpaid: `${ACT}第四十二条和国办函〔2020〕109号`,
  other: `${ACT}的有关规定`,
};

/**
 * The remedy every reply states (行政复议 60 days, 行政诉讼 6 months); a refusal to disclose must
 * name administrative review as the first step (行政复议法 2023 Art. 23).
 */
export function remedyStatement(outcome: Outcome | null, reviewBody: string): string {
  if (outcome && requiresReviewFirst(outcome))
    return `如对本答复不服，根据《中华人民共和国行政复议法》第二十三条的规定，应当先自收到本告知书之日起六十日内向${reviewBody}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。`;
  return `如对本答复不服，可以自收到本告知书之日起六十日内向${reviewBody}申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。`;
}

/** Placeholders that a template uses but the office's text does not know: refused when saving. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}]+)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

export function fillTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(/\{([^{}]+)\}/g, (whole, name: string) => values[name as Placeholder] ?? whole);
}

/** A notice as a Word document: centred title, the body's lines as paragraphs, the agency and date at the foot. */
export async function noticeDocx(title: string, body: string, agency: string, date: string): Promise<Buffer> {
  const font = { ascii: 'FangSong', eastAsia: '仿宋' };
  const line = (text: string, opts: { bold?: boolean; center?: boolean; right?: boolean; size?: number } = {}) =>
    new Paragraph({
      alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { line: 560 },
      children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 32, font })],
    });
  const document = new Document({
    title,
    sections: [
      {
        children: [
          line(title, { bold: true, center: true, size: 44 }),
          ...body.split('\n').map((text) => line(text)),
          line(''),
          line(agency, { right: true }),
          line(date, { right: true }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
