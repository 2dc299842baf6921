/**
 * The written sections of the annual report (legal.md §2): 一、总体情况 in the five subjects common
 * since the 2021 format, 五、存在的主要问题及改进情况 and 六、其他需要报告的事项. The platform knows
 * most of what they must say, so 一 and 五 start prefilled from its figures for the office to edit;
 * 六 opens with the facts the law asks for — the 信息处理费 charged (国办函〔2020〕109号, "0件、0元"
 * when none) and how far the year's work plan got — which stay computed, and then the office's text.
 */

/** The three sections the office writes; stored per site, agency and year. */
export const NARRATIVE_SECTIONS = ['overview', 'improvements', 'otherMatters'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
export type Narrative = Record<NarrativeSection, string>;

export const NARRATIVE_HEADINGS: Record<NarrativeSection, string> = {
  overview: '一、总体情况',
  improvements: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
};

/** What is still to be written, in every prefilled text; a report is not published while it remains. */
export const TO_BE_WRITTEN = '（请填写）';

export interface WorkPlanSummary {
  title: string;
  items: number;
  done: number;
  inProgress: number;
  overdue: number;
}

export interface NarrativeFacts {
  year: number;
  agency: string;
  published: { documents: number; interpretations: number };
  kinds: Record<'rule' | 'normative', { issued: number; repealed: number; inForce: number }>;
  requests: { received: number; carried: number; closed: number; carriedOver: number };
  timeliness: { closed: number; onTime: number };
  remedies: { reviews: number; lawsuits: number; corrected: number };
  fees: { cases: number; amount: number };
  workPlan: WorkPlanSummary | null;
  columns: number;
}

const percent = (part: number, whole: number) => `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`;

/** Section 六's opening: the fee and the work plan, as the modules count them at drafting. */
export function section6Facts(f: NarrativeFacts): string[] {
  const plan = f.workPlan;
  return [
    `（一）信息处理费收取情况。全年收取信息处理费${f.fees.cases}件、${f.fees.amount}元。`,
    plan
      ? `（二）年度政务公开工作要点落实情况。《${plan.title}》共${plan.items}项工作，已完成${plan.done}项，正在推进${plan.inProgress}项，逾期未完成${plan.overdue}项。`
      : `（二）年度政务公开工作要点落实情况。本平台未录入${f.year}年政务公开工作要点。`,
  ];
}

/** The texts the office starts from; each paragraph on its own line. */
export function prefilledNarrative(f: NarrativeFacts): Narrative {
  const r = f.requests;
  const t = f.timeliness;
  const late = t.closed - t.onTime;
  const overview = [
    `${f.year}年，${f.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，${TO_BE_WRITTEN}`,
    `（一）主动公开。全年主动公开政府信息${f.published.documents}条，发布政策解读${f.published.interpretations}篇；制发规章${f.kinds.rule.issued}件、行政规范性文件${f.kinds.normative.issued}件。${TO_BE_WRITTEN}`,
    `（二）依申请公开。全年新收政府信息公开申请${r.received}件，上年结转${r.carried}件，办结${r.closed}件，结转下年度继续办理${r.carriedOver}件；` +
      (t.closed > 0 ? `按期答复率${percent(t.onTime, t.closed)}。` : '全年无办结的申请。') +
      TO_BE_WRITTEN,
    `（三）政府信息管理。本年废止规章${f.kinds.rule.repealed}件、行政规范性文件${f.kinds.normative.repealed}件，现行有效规章${f.kinds.rule.inForce}件、行政规范性文件${f.kinds.normative.inForce}件。${TO_BE_WRITTEN}`,
    `（四）平台建设。政府网站设置政务公开栏目${f.columns}个。${TO_BE_WRITTEN}`,
    `（五）监督保障。全年因政府信息公开被申请行政复议${f.remedies.reviews}件、提起行政诉讼${f.remedies.lawsuits}件，其中被纠错${f.remedies.corrected}件。${TO_BE_WRITTEN}`,
  ].join('\n');
  const problems = [
    late > 0 ? `${late}件政府信息公开申请未在法定期限内答复` : '',
    f.workPlan && f.workPlan.overdue > 0 ? `年度工作要点中${f.workPlan.overdue}项逾期未完成` : '',
  ].filter(Boolean);
  const improvements = [
    `（一）存在的主要问题。${problems.length ? `${problems.join('；')}。` : ''}${TO_BE_WRITTEN}`,
    `（二）改进情况。${TO_BE_WRITTEN}`,
  ].join('\n');
  const otherMatters = `（三）其他事项。人大代表建议和政协提案办理结果公开情况、本年度政务公开工作创新等：${TO_BE_WRITTEN}`;
  return { overview, improvements, otherMatters };
}
