/**
 * Tables saved from Excel as CSV and pasted as text, their cells set apart by ASCII commas
 * (3,何小兵,2,南充市顺庆区…5楼,0817-2271 608,840; 来信人,莫志强,住址,…19号,电话,0775-…): read as the
 * tab-separated rows the rest of the detector knows, in a same-length copy, so positions hold. A
 * row has three commas or more and no Chinese punctuation or tab (a sentence that lists with ASCII
 * commas is no row); a comma inside double quotes stays, as Excel writes an amount ("5,000").
 */
export function tabulateCsvRows(text: string): string {
  if (!text.includes(',')) return text;
  return text
    .split('\n')
    .map((line) => (csvRow(line) ? cells(line) : line))
    .join('\n');
}

function csvRow(line: string): boolean {
  if (/[\t，。；：、]/.test(line)) return false;
  return (line.replace(/"[^"\n]*"/g, '').match(/,/g)?.length ?? 0) >= 3;
}

/** The line with each comma outside double quotes turned into a tab. */
function cells(line: string): string {
  let quoted = false;
  let out = '';
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    out += c === ',' && !quoted ? '\t' : c;
  }
  return out;
}
