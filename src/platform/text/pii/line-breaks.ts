/**
 * A PDF, a scan or a narrow column breaks its lines where the page ends, not where the sentence does:
 * a name or an address may be cut in two (…家住长春市朝阳区湖光路 | 33号院2栋), perhaps with the page's number
 * between the halves. The detector reads a copy with such breaks taken out and reports what it finds in the
 * text as it came, a finding that spans a break as one piece on each line.
 *
 * A break is taken for a cut only where something plainly goes on across it — an address, a label's
 * value — between two lines that are no table's rows, the second opening with no list number,
 * label or date of its own (2、…, （一）…, 来信人：…, 附件…, 2026年11月3日). A list of one name a line, a
 * form's fields, a letter's sign-off and a sentence that merely ends at the line's end keep their breaks.
 * The breaks left between full lines of prose are read again for a name across them (breaksInProse).
 */

export interface Reflowed {
  text: string;
  /** For each character of `text`, its index in the text as it came. */
  map: Int32Array;
  /**
   * The stretches taken out, in the text as it came and in order: a break, or a page's number standing on a line
   * of its own between the two halves of what it cut (…烟铺村二 | 第1页 | 组47号), with the breaks around it.
   */
  cuts: Cut[];
}

export interface Cut {
  start: number;
  end: number;
}

/** A page's number on a line of its own, as a PDF's header or footer leaves it (第1页 共2页, - 3 -, 2/5). */
const PAGE_LINE =
  /^\s*(?:第\s*\d+\s*页(?:\s*[，,、/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|[-－—]\s*\d+\s*[-－—]|\d+\s*\/\s*\d+)\s*$/;

/** Whether the text between two pieces of one finding is a cut: a break, perhaps around a page's number. */
export function isCut(between: string): boolean {
  if (between === '\n') return true;
  const m = /^\n([^\n]*)\n$/.exec(between);
  return m !== null && PAGE_LINE.test(m[1]!);
}

/** How a line that stands on its own begins: a list's number, a heading's, an attachment, a label, a page's number. */
const OWN_LINE_START =
  /^(?:\s|[\d０-９]{1,3}[、.．)）]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百\d]+[条章节款项]|附件|序号|[^\s，。；：:]{1,8}[：:]|第\s*\d+\s*页)/;
/** A date on a line of its own, as a letter or a decision is dated, under its signature (2026年11月3日). */
export const DATE_LINE =
  /^\s*(?:[\d０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d０-９一二三四五六七八九十]{1,2}\s*月\s*[\d０-９一二三四五六七八九十]{1,3}\s*日\s*$/;
/**
 * What shows a line was cut inside something: an address broken off at one of its levels (…朝阳区 |
 * 湖光路33号, …湖光路 | 33号院2栋) or inside a road's name (…湖光 | 路33号); a label whose value the next line
 * holds (…家住 | 长春市…). (Not a number on both sides: a list's next row opens with its number.)
 */
const CUT_ADDRESS = /(?:[省市区县旗镇乡道路街巷弄村组号院栋幢楼元]|小区|花园|新村|家园|胡同|嘎查)$/;
const ADDRESS_GOES_ON =
  /^(?:[\d０-９]+(?:号院|号楼|号|栋|幢|单元|室|楼|组)(?![\s\u3000])|[\u4e00-\u9fff]{1,10}?(?:[路街巷弄道村组]|小区|花园|新村|家园|社区)[\u4e00-\u9fff]{0,8}?[\d０-９一二三四五六七八九十]+(?:号|栋|幢|单元|室|组|楼))/;
/** The rest of a road's name and the house on it (…湖光 | 路33号院). */
const ROAD_GOES_ON = /^(?:[路街巷弄道]|胡同)[\u4e00-\u9fff]{0,4}?[\d０-９一二三四五六七八九十]+(?:号|弄|巷)/;
/** The rest of an estate's name after its road and the building in it (…中山路紫金 | 花园3幢1204). */
const ESTATE_GOES_ON = /^[\u4e00-\u9fff]{0,3}?(?:花园|小区|新村|家园|公寓|苑|园)[\d０-９]+(?:号楼|栋|幢|号|单元)/;
const CUT_LABEL =
  /(?:住|住在|家住|现住|居住在|住址|地址|户籍地|电话|手机|联系电话|座机|名叫|叫|申请人|当事人|被申请人|被执行人|来信人|来电人|反映人|诉求人|户主|其[父母妻夫子女]|[之的](?:父亲|母亲|妻子|丈夫|儿子|女儿))[：:]?$/;

/** A table's row, its cells set apart by tabs, bars, commas (CSV) or wide spaces. */
const rowOfCells = (line: string) =>
  /[\t|｜]/.test(line) || (line.match(/,/g)?.length ?? 0) >= 2 || (line.match(/\u3000+|\s{2,}/g)?.length ?? 0) >= 2;

/** Whether a line break between these two lines cuts something that goes on across it. */
function cutBetween(line: string, next: string): boolean {
  return (
    !rowOfCells(line) &&
    !rowOfCells(next) &&
    !OWN_LINE_START.test(next) &&
    !DATE_LINE.test(next) &&
    ((CUT_ADDRESS.test(line) && ADDRESS_GOES_ON.test(next)) ||
      (/[\u4e00-\u9fff]$/.test(line) && ROAD_GOES_ON.test(next)) ||
      (/[路街巷道][\u4e00-\u9fff]{1,4}$/.test(line) && ESTATE_GOES_ON.test(next)) ||
      // (…or between a number and what it counts: …烟铺村二 | 组47号, …2栋1单元4 | 02室.)
      (/[\d０-９一二三四五六七八九十]$/.test(line) && /^(?:[组社队号栋幢单元室楼层]|[\d０-９]+[室号])/.test(next)) ||
      (CUT_LABEL.test(line) && /^[\u4e00-\u9fff\d（(]/.test(next)) ||
      numberCut(line, next))
  );
}

/**
 * A telephone number begun after its label and broken off (…联系电话为0312-30 | 68425，…; 我家电话是0575－ | 85136027;
 * 收件电话136 5172 | 3849; 座机0816-245 | 2076).
 */
const NUMBER_BEGUN = /(?:电话|座机|号码|手机|热线)(?:是|为)?[：:]?\s*((?:[（(]0\d{2,3}[）)]|\d)[\d\s\-－]{0,12})$/;
const NUMBER_ENDED = /^\d[\d\s\-－]{0,12}/;
function numberCut(line: string, next: string): boolean {
  const begun = NUMBER_BEGUN.exec(line)?.[1];
  const ended = begun && NUMBER_ENDED.exec(next)?.[0];
  if (!begun || !ended) return false;
  const digits = (s: string) => s.replace(/\D/g, '').length;
  // (Not a whole number at a line's end, nor one that would run on past any telephone's length.)
  const whole = digits(begun) + digits(ended);
  if (/^1[3-9]/.test(begun)) return digits(begun) < 11 && whole === 11;
  // (…nor one whose local part after its area code is whole: 0816-245 | 2076 is cut, 0816-2452076 is not.)
  const local = /^(?:[（(]0\d{2,3}[）)]|0\d{2,3}[\s\-－])\s*([\d\s]+)$/.exec(begun)?.[1];
  if (local !== undefined) return digits(local) < 7 && digits(local) + digits(ended) <= 8;
  return (digits(begun) < 7 || /[-－]$/.test(begun)) && whole >= 7 && whole <= 12;
}

/**
 * The line after line `k`, looking past a page's number on a line of its own: its index, and where the stretch
 * a cut would take out ends (the start of that line).
 */
function lineAfter(lines: readonly string[], k: number, lineEnd: number): { index: number; end: number } {
  const next = lines[k + 1]!;
  if (k + 2 < lines.length && PAGE_LINE.test(next)) return { index: k + 2, end: lineEnd + 1 + next.length + 1 };
  return { index: k + 1, end: lineEnd + 1 };
}

export function reflowCutLines(text: string): Reflowed | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let k = 0, at = 0; k < lines.length; at += lines[k]!.length + 1, k++) starts.push(at);
  const cuts: Cut[] = [];
  for (let k = 0; k + 1 < lines.length;) {
    const lineEnd = starts[k]! + lines[k]!.length;
    const after = lineAfter(lines, k, lineEnd);
    if (cutBetween(lines[k]!, lines[after.index]!)) {
      cuts.push({ start: lineEnd, end: after.end });
      k = after.index;
    } else k++;
  }
  if (cuts.length === 0) return undefined;
  const removed = cuts.reduce((n, c) => n + c.end - c.start, 0);
  const map = new Int32Array(text.length - removed);
  let out = '';
  let from = 0;
  let j = 0;
  for (const c of cuts) {
    out += text.slice(from, c.start);
    for (let i = from; i < c.start; i++) map[j++] = i;
    from = c.end;
  }
  out += text.slice(from);
  for (let i = from; i < text.length; i++) map[j++] = i;
  return { text: out, map, cuts };
}

/** A span of the reflowed text as one span on each line of the text as it came. */
export function spansAcrossBreaks(span: { start: number; end: number }, r: Reflowed): { start: number; end: number }[] {
  const start = r.map[span.start]!;
  const end = r.map[span.end - 1]! + 1;
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  // (The first cut after the span's start, by halving: a long text has many.)
  let lo = 0;
  let hi = r.cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.cuts[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < r.cuts.length && r.cuts[k]!.start < end; k++) {
    if (r.cuts[k]!.start > from) pieces.push({ start: from, end: r.cuts[k]!.start });
    from = r.cuts[k]!.end;
  }
  if (end > from) pieces.push({ start: from, end });
  return pieces;
}

/**
 * The breaks left in place that may cut a name in running prose (…被申请人仅凭第三人之子罗 | 俊的证言…): a full line
 * ending in a Chinese character, the next (past a page's number) opening with one, neither a table's row, the
 * next no list's item. Only these are read again joined, a few characters either side, for a name across them.
 */
export function breaksInProse(text: string, reflowed: Reflowed | undefined): Cut[] {
  const taken = new Set(reflowed?.cuts.map((c) => c.start));
  const lines = text.split('\n');
  const out: Cut[] = [];
  for (let k = 0, at = 0; k + 1 < lines.length; at += lines[k]!.length + 1, k++) {
    const line = lines[k]!;
    const lineEnd = at + line.length;
    if (taken.has(lineEnd) || line.length < MIN_PROSE_LINE || !HAN_END.test(line) || rowOfCells(line)) continue;
    const after = lineAfter(lines, k, lineEnd);
    const next = lines[after.index]!;
    if (HAN_START.test(next) && !rowOfCells(next) && !OWN_LINE_START.test(next))
      out.push({ start: lineEnd, end: after.end });
  }
  return out;
}
const MIN_PROSE_LINE = 15;
const HAN_END = /[\u4e00-\u9fff]$/;
const HAN_START = /^[\u4e00-\u9fff]/;
