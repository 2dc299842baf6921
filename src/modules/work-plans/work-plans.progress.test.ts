import { describe, expect, it } from 'vitest';
import { isLagging, milestoneText, missedMilestone } from './work-plans.progress.js';

describe('a share behind a milestone (节点滞后)', () => {
  const milestones = [
    { title: '完成方案', dueOn: '2026-03-31', progress: 20 },
    { title: '召开会议', dueOn: '2026-04-30', progress: null },
    { title: '完成迁移', dueOn: '2026-06-30', progress: 60 },
  ];

  it('is the latest milestone passed whose expected progress the share has not reached', () => {
    const share = { state: 'in_progress' as const, progress: 10 };
    expect(missedMilestone(milestones, share, '2026-03-31')).toBeNull(); // due today: not passed yet
    expect(missedMilestone(milestones, share, '2026-04-01')?.title).toBe('完成方案');
    expect(missedMilestone(milestones, share, '2026-07-01')?.title).toBe('完成迁移');
    // Reached exactly: not behind. A milestone without a progress is only a date.
    expect(missedMilestone(milestones, { state: 'in_progress', progress: 60 }, '2026-07-01')).toBeNull();
    expect(missedMilestone(milestones, { state: 'in_progress', progress: 30 }, '2026-05-01')).toBeNull();
  });

  it('is not said of an overdue item: overdue says more', () => {
    const item = { dueOn: '2026-06-30', milestones };
    const share = { state: 'in_progress' as const, progress: 10 };
    expect(isLagging(item, share, '2026-06-30')).toBe(true);
    expect(isLagging(item, share, '2026-07-01')).toBe(false);
  });

  it('is never a share that is done', () => {
    expect(missedMilestone(milestones, { state: 'done', progress: 0 }, '2026-07-01')).toBeNull();
  });

  it('is written with its date and expected progress', () => {
    expect(milestones.map(milestoneText)).toEqual([
      '2026-03-31 完成方案（应达 20%）',
      '2026-04-30 召开会议',
      '2026-06-30 完成迁移（应达 60%）',
    ]);
  });
});
