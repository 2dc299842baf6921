import { describe, expect, it } from 'vitest';
import { checkArithmetic, SECTION3_COLUMNS, SECTION3_ROWS, SECTION4_COLUMNS, type Section3 } from './annual-report.js';

/** legal.md §2: the arithmetic a report must satisfy before it is published. */
function consistent(): Section3 {
  const rows = SECTION3_ROWS.map((label) => ({ label, values: SECTION3_COLUMNS.map(() => 0) }));
  const set = (row: number, col: number, v: number) => {
    const values = rows[row]?.values ?? [];
    values[col] = v;
    values[6] = values.slice(0, 6).reduce((a, b) => a + b, 0);
  };
  set(0, 0, 5); // 一: five new applications by people
  set(1, 0, 1); // 二: one carried over
  set(2, 0, 4); // （一）予以公开: four
  set(23, 0, 4); // （七）总计
  set(24, 0, 2); // 四: two carried forward
  return { columns: [...SECTION3_COLUMNS], rows };
}
const s4 = { columns: [...SECTION4_COLUMNS], values: [1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };

describe('the arithmetic of the annual report', () => {
  it('holds for a consistent report', () => {
    expect(checkArithmetic(consistent(), s4, [1, 0, 0, 0, 0, 0, 1])).toEqual([]);
  });

  it('finds 一 + 二 ≠ （七） + 四, a total that is not the sum of the outcome rows, and a wrong 总计 column', () => {
    const s3 = consistent();
    (s3.rows[24]?.values ?? [])[0] = 3;
    (s3.rows[24]?.values ?? [])[6] = 3;
    expect(checkArithmetic(s3, s4).join()).toContain('第一项加第二项之和（6）不等于第三项加第四项之和（7）');
    const s3b = consistent();
    (s3b.rows[3]?.values ?? [])[0] = 1;
    (s3b.rows[3]?.values ?? [])[6] = 1;
    expect(checkArithmetic(s3b, s4).join()).toContain('（七）总计（4）不等于各办理结果之和（5）');
    const s3c = consistent();
    (s3c.rows[0]?.values ?? [])[6] = 9;
    expect(checkArithmetic(s3c, s4).join()).toContain('第三部分第 1 行：总计（9）不等于各类申请人之和（5）');
  });

  it('checks this year’s 二 against last year’s 四, and each total of section 四', () => {
    expect(checkArithmetic(consistent(), s4, [2, 0, 0, 0, 0, 0, 2]).join()).toContain(
      '上年结转（1）不等于上年报告的结转下年度（2）',
    );
    const bad = { ...s4, values: [1, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expect(checkArithmetic(consistent(), bad).join()).toContain('第四部分“行政复议”：总计（3）不等于其余四项之和（2）');
  });
});
