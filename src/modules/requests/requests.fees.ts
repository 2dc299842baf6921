/**
 * 信息处理费 (Art. 42; 国办函〔2020〕109号, legal.md §1), charged per request or per page, never both.
 * Both scales are marginal: each band's price applies only to the part within it ("……的部分").
 */

/** The fee, in yuan, for an applicant's nth application in one calendar month: ≤10 free, 11–30 100 元, then +100 元 per band of 10. */
export function perRequestFee(nthInMonth: number): number {
  if (!Number.isInteger(nthInMonth) || nthInMonth < 1) throw new RangeError('nthInMonth must be a positive integer');
  if (nthInMonth <= 10) return 0;
  if (nthInMonth <= 30) return 100;
  return 100 + 100 * (Math.floor((nthInMonth - 31) / 10) + 1);
}

/** The fee, in yuan, for a number of pages: ≤30 free; pages 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元. */
export function perPageFee(pages: number): number {
  if (!Number.isInteger(pages) || pages < 0) throw new RangeError('pages must be a non-negative integer');
  const band = (from: number, to: number) => Math.max(0, Math.min(pages, to) - from + 1);
  return band(31, 100) * 10 + band(101, 200) * 20 + band(201, Infinity) * 40;
}
