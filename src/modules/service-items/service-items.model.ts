/**
 * 政务服务事项 and their 办事指南 (GLOSSARY: serviceItem, serviceGuide, material). Facts:
 * reference/website.md §5 (the fields of a guide; every required material has a legal basis) and §2
 * (a guide missing any of ten key elements fails the website inspection outright); seed 二(五):
 * a changed guide is published within 1 working day of its approval.
 */

export const ITEM_TYPES = {
  licensing: '行政许可',
  confirmation: '行政确认',
  payment: '行政给付',
  ruling: '行政裁决',
  reward: '行政奖励',
  other_power: '其他行政权力',
  public_service: '公共服务',
} as const;
export type ItemType = keyof typeof ITEM_TYPES;

export const AUDIENCES = { person: '个人', organisation: '法人' } as const;
export type Audience = keyof typeof AUDIENCES;

/** 个人 and 法人 life events: how a citizen looks for a service ("我要开公司"), not by department. */
export const LIFE_EVENTS = {
  birth: { label: '生育收养', audience: 'person' },
  education: { label: '入学教育', audience: 'person' },
  employment: { label: '就业创业', audience: 'person' },
  marriage: { label: '婚姻登记', audience: 'person' },
  housing: { label: '住房保障', audience: 'person' },
  social_security: { label: '社会保障', audience: 'person' },
  medical: { label: '医疗卫生', audience: 'person' },
  retirement: { label: '退休养老', audience: 'person' },
  disability: { label: '残疾人服务', audience: 'person' },
  veterans: { label: '优待抚恤', audience: 'person' },
  travel: { label: '交通出行', audience: 'person' },
  death: { label: '身后事', audience: 'person' },
  establish: { label: '设立', audience: 'organisation' },
  change: { label: '变更', audience: 'organisation' },
  operate: { label: '经营', audience: 'organisation' },
  construction: { label: '工程建设', audience: 'organisation' },
  tax: { label: '纳税缴费', audience: 'organisation' },
  close: { label: '注销', audience: 'organisation' },
} as const satisfies Record<string, { label: string; audience: Audience }>;
export type LifeEvent = keyof typeof LIFE_EVENTS;

export const ONLINE_LEVELS = {
  full: '全程网办',
  partial: '网上申报、窗口核验',
  offline: '窗口办理',
} as const;
export type OnlineLevel = keyof typeof ONLINE_LEVELS;

export const MATERIAL_FORMS = {
  original: '原件',
  copy: '复印件',
  original_and_copy: '原件和复印件',
  electronic: '电子件',
} as const;
export type MaterialForm = keyof typeof MATERIAL_FORMS;

/** The 3550 commitments (seed 二(五)): a service's cases are measured against these working days. */
export const COMMITMENTS_3550 = {
  business_start: { label: '开办企业', targetDays: 3 },
  property_registration: { label: '不动产登记', targetDays: 5 },
  construction_permit: { label: '工业建设项目施工许可', targetDays: 50 },
} as const;
export type Commitment3550 = keyof typeof COMMITMENTS_3550;

export interface Material {
  name: string;
  form: MaterialForm;
  copies: number;
  required: boolean;
  /** Can be fetched from 电子证照 instead of brought. */
  fromLicence: boolean;
  /** The law or rule that asks for it; empty means it has none and should be removed. */
  basis: string;
  /** Where the blank form or a filled-in sample can be downloaded. */
  templateUrl: string;
  note: string;
}

export interface Step {
  name: string;
  description: string;
  /** Working days the step takes; null when it takes no set time (受理 on the spot). */
  days: number | null;
}

/** A 办事指南: what the public reads. Drafts may be incomplete; publication checks the ten elements. */
export interface Guide {
  name: string;
  itemType: ItemType;
  basicCode: string;
  implementationCode: string;
  /** 实施主体 as the public reads it, and its 统一社会信用代码. */
  implementer: string;
  creditCode: string;
  competentDepartment: string;
  audiences: Audience[];
  lifeEvents: LifeEvent[];
  themes: string[];
  basis: string;
  conditions: string;
  materials: Material[];
  steps: Step[];
  legalDays: number | null;
  committedDays: number | null;
  fee: { standard: string; basis: string };
  location: string;
  hours: string;
  consultPhone: string;
  complaintPhone: string;
  onlineLevel: OnlineLevel;
  visits: number;
  applyUrl: string;
  resultName: string;
  /** Which 3550 commitment the item's cases count towards, if any. */
  commitment3550: Commitment3550 | null;
  /**
   * 常见问题: entries of the knowledge base, the one source the portal, the assistant and the hall's
   * counter answer from (seed 二(五) 同源管理).
   */
  faqEntryIds: string[];
}

/**
 * The ten key elements of website.md §2, in the inspection's order, each with how a guide shows it.
 * A guide missing any one fails the inspection outright, so it cannot be published.
 */
export const VETO_ELEMENTS: readonly { label: string; present: (g: Guide) => boolean }[] = [
  { label: '事项名称', present: (g) => filled(g.name) },
  { label: '设定依据', present: (g) => filled(g.basis) },
  { label: '申请条件', present: (g) => filled(g.conditions) },
  { label: '办理材料', present: (g) => g.materials.length > 0 && g.materials.every((m) => filled(m.name)) },
  { label: '办理地点', present: (g) => filled(g.location) },
  { label: '办理机构', present: (g) => filled(g.implementer) },
  { label: '收费标准', present: (g) => filled(g.fee.standard) },
  { label: '办理时间', present: (g) => filled(g.hours) },
  { label: '联系电话', present: (g) => filled(g.consultPhone) },
  { label: '办理流程', present: (g) => g.steps.length > 0 && g.steps.every((s) => filled(s.name)) },
];

function filled(text: string): boolean {
  return text.trim().length > 0;
}

/** The key elements a guide lacks, by their inspection names; empty when it may be published. */
export function missingElements(g: Guide): string[] {
  return VETO_ELEMENTS.filter((e) => !e.present(g)).map((e) => e.label);
}

/** Materials asked for without a legal basis: the seed says such materials are removed. */
export function materialsWithoutBasis(g: Guide): string[] {
  return g.materials.filter((m) => !filled(m.basis)).map((m) => m.name);
}

/** How a cancelled certificate is replaced (证明事项清单). */
export const REPLACEMENTS = {
  notification_commitment: '告知承诺',
  department_check: '部门核查',
  data_sharing: '数据共享',
  none: '直接取消',
} as const;

export const REVISION_STATES = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '已审核，待公开',
  published: '已公开',
  superseded: '历史版本',
} as const;
export type RevisionState = keyof typeof REVISION_STATES;
