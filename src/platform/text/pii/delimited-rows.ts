/**
 * Tables pasted as text with their cells set apart by a character: a CSV row saved from Excel
 * (3,何小兵,2,南充市顺庆区…5楼,0817-2271 608,840; 来信人,莫志强,住址,…19号,电话,0775-…) or a row flattened
 * with bars (来信人|莫志强|住址|…). Read as the tab-separated rows the rest of the detector knows, in a
 * same-length copy, so positions hold. A CSV row has three commas or more and no Chinese punctuation,
 * half-width colon or semicolon beside a word, or tab (a sentence that lists with ASCII commas is no
 * row); a comma inside double quotes stays, as Excel writes an amount ("5,000"). A bar row has two bars
 * or more (half- or full-width, ｜) and no tab. (Bars with spaces around them, 王芳 | 女 | …, are read as cells by extraction.ts.)
 */
export function tabulateDelimitedRows(text: string): string {
  if (!text.includes(',') && !text.includes('|') && !text.includes('｜')) return text;
  return text
    .split('\n')
    .map((line) => (csvRow(line) ? csvCells(line) : barRow(line) ? line.replace(/[|｜]/g, '\t') : line))
    .join('\n');
}

function csvRow(line: string): boolean {
  // (Half-width colons and semicolons beside words are OCR's punctuation: 申请人:贾银生,电话:…;…)
  if (/[\t，。；：、]|[\u4e00-\u9fff][:;]|[:;][\u4e00-\u9fff]/.test(line)) return false;
  return (line.replace(/"[^"\n]*"/g, '').match(/,/g)?.length ?? 0) >= 3;
}

const barRow = (line: string) => !line.includes('\t') && (line.match(/[|｜]/g)?.length ?? 0) >= 2;

/**
 * The line with each comma outside double quotes turned into a tab, and the quotes that enclose a cell
 * ("黄海军","右江区…") into figure spaces, which a cell's trimmed text leaves out: what is read is its value.
 */
function csvCells(line: string): string {
  let quoted = false;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      const encloses = quoted ? /^(?:,|$)/.test(line.slice(i + 1, i + 2)) : i === 0 || line[i - 1] === ',';
      quoted = !quoted;
      out += encloses ? '\u2007' : c;
    } else out += c === ',' && !quoted ? '\t' : c;
  }
  return out;
}
