import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  departmentGroup,
  looksLikeUnits,
  parsePlanGrid,
  parsePlanText,
  splitUnits,
  type GridCell,
} from './work-plans.parse.js';
import { formatOf, readPlan } from './work-plans.read.js';

// A verbatim copy of shared/seeds/000_323450052c6265a4.txt (the demo site imports it too).
const SEED = path.resolve(import.meta.dirname, '../../seed/gusu-2018-work-plan.txt');
const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/work-plans');

describe('reading the 2018 work plan (the seed, as copied from the published page)', () => {
  const { plan, warnings } = parsePlanText(readFileSync(SEED, 'utf8'));
  const tasks = plan.goals.flatMap((g) => g.tasks);
  const items = tasks.flatMap((t) => t.items);
  const item = (start: string) => {
    const found = items.filter((i) => i.content.startsWith(start));
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('finds the title, the year, 3 goals, 11 tasks numbered across the plan and all 39 items', () => {
    expect(warnings).toEqual([]);
    expect(plan.title).toBe('姑苏区2018年政务公开工作要点实施方案');
    expect(plan.year).toBe(2018);
    expect(plan.goals.map((g) => [g.no, g.title])).toEqual([
      ['一', '高质量推进政务发布解读回应工作'],
      ['二', '着力提升政务服务公开质量和实效'],
      ['三', '强化政务公开制度保障和平台支撑'],
    ]);
    expect(tasks.map((t) => t.no)).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].map((n) => `(${n})`),
    );
    expect(tasks.map((t) => t.items.length)).toEqual([7, 4, 3, 4, 4, 5, 1, 2, 1, 3, 5]);
    expect(items).toHaveLength(39);
    expect(tasks[6]).toMatchObject({ title: '深化网上办事服务“一号答”' });
  });

  it('ignores the site header and footer around the table', () => {
    const all = JSON.stringify(plan);
    for (const noise of ['中国政府网', '当前位置', '发布时间', '扫一扫', '分享到', '打印', '主要内容']) {
      expect(all).not.toContain(noise);
    }
    expect(items.at(-1)!.content).toMatch(/^加大政府数据统一归集和开放力度.*集中统一开放政府数据。$/);
  });

  it('reads lead and responsible departments, several to a cell, and a single unit line as the responsible unit', () => {
    expect(item('及时公开政府全体会议')).toEqual(
      expect.objectContaining({ lead: ['区党政办'], responsible: ['区各有关单位'] }),
    );
    // One unit line after the paragraph: it is the responsible unit, there is no separate lead.
    expect(item('做好行政许可、行政处罚信息公示')).toEqual({
      content: '做好行政许可、行政处罚信息公示。',
      lead: [],
      responsible: ['区各有关单位'],
    });
    expect(item('进一步贯彻“放管服”改革要求').lead).toEqual(['区编委办', '区市场监督管理局', '区行政审批局']);
    // Separated by a comma in the source.
    expect(item('推进“不见面审批”工作').lead).toEqual(['区编委办', '区行政审批局']);
    expect(item('继续深化“3550”改革').lead).toEqual(['区住建委', '区市场监督管理局']);
    expect(item('依托“江苏12345在线”平台').lead).toEqual(['区联动中心']);
    expect(item('区各有关主管单位要履行好监管职责')).toMatchObject({ lead: [], responsible: ['区各有关主管单位'] });
    const withLead = items.filter((i) => i.lead.length > 0).length;
    // Counted by hand in the seed: 4 + 2 + 1 + 1 + 2 + 5 + 1 + 0 + 1 + 0 + 5.
    expect(withLead).toBe(22);
  });

  it('gives the same tree from the page’s HTML table and from a spreadsheet', async () => {
    for (const file of ['gusu-2018.html', 'gusu-2018.xlsx']) {
      const bytes = readFileSync(path.join(FIXTURES, file));
      const read = await readPlan(bytes, file);
      expect(read.warnings, file).toEqual([]);
      expect(read.plan, file).toEqual(plan);
    }
    expect(formatOf(readFileSync(path.join(FIXTURES, 'gusu-2018.xlsx')))).toBe('xlsx');
    expect(formatOf(readFileSync(path.join(FIXTURES, 'gusu-2018.html')))).toBe('html');
    expect(formatOf(readFileSync(SEED))).toBe('text');
  });
});

describe('tables laid out differently', () => {
  it('matches columns loosely, in any order, and reads an empty goal or task cell as the one above', () => {
    let n = 0;
    const row = (...texts: string[]): GridCell[] => texts.map((text) => ({ id: String(n++), text }));
    const { plan, warnings } = parsePlanGrid(
      [
        row('序号', '工作任务', '工作目标', '具体内容', '责任部门', '牵头部门'),
        row('1', '(一)做好预决算公开', '一、推进重点领域公开', '公开区级预算。', '区审计局，区统计局', '区财政局'),
        row('2', '', '', '公开部门预算。', '区各有关单位', ''),
        row('3', '(二)公开审计结果', '', '公开审计工作报告。', '区审计局', ''),
        row('', '', '', '', '', ''),
      ],
      '某区2027年政务公开工作要点',
    );
    expect(warnings).toEqual([]);
    expect(plan).toEqual({
      title: '某区2027年政务公开工作要点',
      year: 2027,
      goals: [
        {
          no: '一',
          title: '推进重点领域公开',
          tasks: [
            {
              no: '(一)',
              title: '做好预决算公开',
              items: [
                { content: '公开区级预算。', lead: ['区财政局'], responsible: ['区审计局', '区统计局'] },
                { content: '公开部门预算。', lead: [], responsible: ['区各有关单位'] },
              ],
            },
            {
              no: '(二)',
              title: '公开审计结果',
              items: [{ content: '公开审计工作报告。', lead: [], responsible: ['区审计局'] }],
            },
          ],
        },
      ],
    });
  });
});

describe('unit cells', () => {
  it('splits on 、 ， , and spaces', () => {
    expect(splitUnits('区编委办、区市场监督管理局，区行政审批局,区财政局 区审计局')).toEqual([
      '区编委办',
      '区市场监督管理局',
      '区行政审批局',
      '区财政局',
      '区审计局',
    ]);
  });

  it('tells a unit line from a short paragraph', () => {
    expect(looksLikeUnits('区编委办,区行政审批局')).toBe(true);
    expect(looksLikeUnits('区各有关主管单位')).toBe(true);
    expect(looksLikeUnits('做好行政许可、行政处罚信息公示。')).toBe(false);
    expect(looksLikeUnits('扫一扫在手机打开当前页')).toBe(false);
    expect(looksLikeUnits('TOP 打印 关闭')).toBe(false);
  });

  it('knows the groups that mean all departments or all competent ones', () => {
    expect(departmentGroup('区各有关单位')).toBe('all');
    expect(departmentGroup('各相关部门')).toBe('all');
    expect(departmentGroup('区各有关主管单位')).toBe('competent');
    expect(departmentGroup('区各有关主管部门')).toBe('competent');
    expect(departmentGroup('区财政局')).toBeNull();
  });

  it('reports a text without the plan’s table header instead of guessing', () => {
    const { plan, warnings } = parsePlanText('2019年工作要点\n一、\n目标\n区财政局\n');
    expect(plan.goals).toEqual([]);
    expect(warnings[0]).toContain('没有找到表头');
  });
});
