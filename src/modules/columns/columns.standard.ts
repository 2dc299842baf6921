/**
 * Column kinds and the standard tree every new site gets (reference/website.md §4, legal.md §1:
 * Art. 20's fifteen and Art. 21's seven categories of proactive disclosure).
 */
export const COLUMN_KINDS = ['news', 'notice', 'policy', 'catalogue', 'page', 'link', 'topic'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const COLUMN_KIND_LABELS: Record<ColumnKind, string> = {
  news: '动态类',
  notice: '通知公告类',
  policy: '政策文件类',
  catalogue: '目录节点',
  page: '单页',
  link: '外部链接',
  topic: '专题',
};

/**
 * Inspection thresholds (国办秘函〔2019〕19号, website.md §2): dynamic columns stale after two weeks,
 * 通知公告 and 政策文件 after six months. Settable per column; these are the defaults.
 */
export const DEFAULT_UPDATE_INTERVAL_DAYS: Record<ColumnKind, number | null> = {
  news: 14,
  notice: 180,
  policy: 180,
  catalogue: null,
  page: null,
  link: null,
  topic: null,
};

export interface StandardColumn {
  code: string;
  name: string;
  kind: ColumnKind;
  /** When the kind's default does not fit (statutory categories change only when the facts do). */
  updateIntervalDays?: number | null;
  children?: StandardColumn[];
}

const ART20 = [
  '法规文件',
  '机构职能',
  '规划信息',
  '统计信息',
  '行政许可',
  '行政处罚和行政强制',
  '财政预算、决算',
  '行政事业性收费',
  '政府集中采购',
  '重大建设项目',
  '扶贫、教育、医疗、社会保障、促进就业',
  '突发公共事件应急管理',
  '环境保护、公共卫生、安全生产、食品药品、产品质量监督检查',
  '公务员招考',
  '其他法定主动公开信息',
];

const ART21 = ['市政建设', '公共服务', '公益事业', '土地征收', '房屋征收', '治安管理', '社会救助'];

export const STANDARD_COLUMNS: StandardColumn[] = [
  {
    code: 'openness',
    name: '政府信息公开',
    kind: 'catalogue',
    children: [
      { code: 'guide', name: '政府信息公开指南', kind: 'page' },
      { code: 'rules', name: '政府信息公开制度', kind: 'policy' },
      {
        code: 'statutory',
        name: '法定主动公开内容',
        kind: 'catalogue',
        children: [
          ...ART20.map((name, i) => ({
            code: `art20-${i + 1}`,
            name,
            kind: 'policy' as const,
            updateIntervalDays: null,
          })),
          ...ART21.map((name, i) => ({
            code: `art21-${i + 1}`,
            name,
            kind: 'policy' as const,
            updateIntervalDays: null,
          })),
        ],
      },
      { code: 'annual-reports', name: '政府信息公开年报', kind: 'policy' },
      { code: 'on-request', name: '依申请公开', kind: 'page' },
    ],
  },
  { code: 'news', name: '政务动态', kind: 'news' },
  { code: 'notices', name: '通知公告', kind: 'notice' },
  { code: 'interpretations', name: '政策解读', kind: 'policy' },
];
