/**
 * Text extracted from a PDF (or read from a scan) carries spaces its writer never typed: a line
 * set out character by character (申 请 人 ： 王 建 国), a line break joined again as a space inside
 * a word (东 关街 318号), a flat number spaced (6 0 1). The detector reads a copy without those
 * spaces and reports what it finds in the text as it came (`map`).
 *
 * Spaces that may mean something stay: between two words of two characters or more (a list of
 * names set apart by spaces, 张三 李四), between two numbers of several digits (a telephone number
 * grouped by the writer, an amount beside a number in a flattened table), tabs and ideographic
 * spaces (cells and padded names, read by spaced-rows.ts and padding.ts).
 */

import { luhnValid } from './numbers.js';

export interface Compacted {
  text: string;
  /** For each character of `text`, its index in the text as it came. */
  map: Int32Array;
}

const HAN = /[\u4e00-\u9fff]/;
const DIGIT = /[0-9０-９]/;
/**
 * Punctuation a space is never needed beside (联系电话 ： 0571, 王 建 国 ，), Chinese or the half-width
 * forms Excel and OCR leave (廖 春 生 ,钦州市…16号 ,补贴).
 */
const PUNCTUATION = /[：，。；、（）【】《》“”·•,;:()]/;

/** Words that follow a number that counts: house, building, unit, room, group, date, page, item. */
const UNIT = /[号栋幢座单室楼层组村门弄巷排期户年月日时页条款项届次元岁]/;

function digitsBefore(text: string, at: number): number {
  let n = 0;
  while (DIGIT.test(text[at - 1 - n] ?? '')) n++;
  return n;
}

/** Where the number starting at `at` ends, its digits set out one by one (8 0 2) or not. */
function numberEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    while (DIGIT.test(text[end] ?? '')) end++;
    if (text[end] === ' ' && DIGIT.test(text[end + 1] ?? '') && alone(text, end + 1)) end++;
    else return end;
  }
}

/** How many digits the number starting at `at` has. */
const numberAt = (text: string, at: number) => text.slice(at, numberEnd(text, at)).replaceAll(' ', '').length;

/** A number of at most four digits starting at `at` and followed (after a space, perhaps) by what it counts. */
function counts(text: string, at: number): boolean {
  const end = numberEnd(text, at);
  if (numberAt(text, at) > 4) return false;
  return UNIT.test(text[end] === ' ' ? (text[end + 1] ?? '') : (text[end] ?? ''));
}

/** A word that names a level of an address (市, 区, 街道, 路, 村, 组 …, or an estate: 家园, 雅苑, 公寓). */
const ADDRESS_PART = /[\u4e00-\u9fff][省市区县旗州镇乡街道路巷弄村组社屯队号院段园苑寓]$/;
const wordBefore = (text: string, at: number) => /[^\s]*$/.exec(text.slice(Math.max(0, at - 20), at))![0];
// (…up to the punctuation after it: 三组,0476-5917328 in a CSV row is the word 三组.)
const wordAfter = (text: string, at: number) => /^[^\s，。；、：）,.;:)]*/.exec(text.slice(at + 1, at + 21))![0];

/** A short word that may stand between two parts of an address (西关, 南城). */
const FILLER = /^[\u4e00-\u9fff]{1,3}$/;
/** The next part of an address: a level, or a number (14号, 188号). */
const nextPart = (word: string) => ADDRESS_PART.test(word) || /^\d/.test(word);

/** Whether the space at `at` lies between two words of an address set out word by word. */
function addressWords(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  const after = wordAfter(text, at);
  if (ADDRESS_PART.test(before)) {
    // (…81号院 平房5号, 13号 附2号: a part numbered after a word.)
    if (ADDRESS_PART.test(after) || /^[\u4e00-\u9fff]{1,4}\d+[号栋幢室]$/.test(after)) return true;
    const next = at + 1 + after.length;
    return FILLER.test(after) && text[next] === ' ' && nextPart(wordAfter(text, next));
  }
  const previous = at - before.length - 1;
  return (
    FILLER.test(before) && text[previous] === ' ' && ADDRESS_PART.test(wordBefore(text, previous)) && nextPart(after)
  );
}

/** A character that stands alone: the line, a tab or a space on both sides of it. */
function alone(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return (
    (before === undefined || before === ' ' || before === '\t' || before === '\n') &&
    (after === undefined || after === ' ' || after === '\t' || after === '\n')
  );
}

/** Whether the single space at `at` was left by extraction rather than typed. */
function extraneous(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  if (after === ' ' || before === ' ') return false;
  if (PUNCTUATION.test(before) || PUNCTUATION.test(after))
    return HAN.test(before) || HAN.test(after) || DIGIT.test(before) || DIGIT.test(after);
  if (HAN.test(before) && HAN.test(after))
    // (…286号 之二, 13号 附2号, 28号 院, 17号 门前: the parts of one address, and the door of its house.)
    return (
      alone(text, at - 1) ||
      alone(text, at + 1) ||
      (/[号栋幢楼]/.test(before) && /[之附院楼栋幢门]/.test(after)) ||
      // 江门市蓬江区 白沙街道 堤东路: an address set out word by word, perhaps with a word between
      // two of its parts that names no level (定中街 街道 西关 前街 14号, 南坪街道 南城 大道).
      addressWords(text, at)
    );
  // 3栋 2单元, 东关街 318号, 第 58 号: a short number and the word it counts are one (not a 准考证号
  // and the name after it, 24050801016 司马嘉怡).
  if (HAN.test(before) && DIGIT.test(after))
    // (…街 23号, and 3栋 802 or 9号 2-1, the next part of an address; not the area code of a telephone
    // after it, …二组31号 0357 2917364.)
    return (
      counts(text, at + 1) ||
      (/[号栋幢座楼层元室院弄巷路街道村组社屯队]/.test(before) &&
        numberAt(text, at + 1) <= 4 &&
        !/^0\d{2,3}[ \-－—–]\d/.test(text.slice(at + 1, at + 7)))
    );
  if (DIGIT.test(before) && HAN.test(after)) return UNIT.test(after) && digitsBefore(text, at) <= 4;
  // (…3号 B区12栋, 阳光嘉城 B区: a block named by a letter.)
  if (HAN.test(before)) return /^[A-Za-z][区栋座幢]/.test(text.slice(at + 1, at + 3));
  // 6 0 1: digits one by one (not the groups of a telephone abroad after its country's code: +886 3 572 6194).
  if (DIGIT.test(before) && DIGIT.test(after))
    return (
      (alone(text, at - 1) || alone(text, at + 1)) &&
      !/\+\d{1,3}(?:[ -]\d+)*$/.test(text.slice(Math.max(0, at - 16), at))
    );
  return false;
}

/**
 * Digits set apart by single spaces that together make a mobile number or a bank card, however a
 * line break cut them (15368 0426 91, 6228480398 2115 67126): the spaces inside are extraction's.
 */
function spacesInsideNumbers(text: string): Set<number> {
  const inside = new Set<number>();
  // (Not a telephone abroad, its groups after its country's code: +1 415 728 3516.)
  for (const m of text.matchAll(/(?<![\d.+]|(?<!\d)\d{1,3},(?=\d{3}(?!\d)))\d+(?: \d+)+(?![\d.]|,\d{3}(?!\d))/g)) {
    const digits = m[0].replaceAll(' ', '');
    const mobile = /^1[3-9]\d{9}$/.test(digits);
    const card = /^(?:62|4|5[1-5])\d{14,17}$/.test(digits) && luhnValid(digits);
    if (!mobile && !card) continue;
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === ' ') inside.add(m.index + i);
  }
  // A landline's local number cut anywhere (0933-8576 318, 027-87316 048): seven or eight digits in all.
  // (A comma may stand beside either, as in a CSV row: …5号,0898-66810 395,620, …6421,0531-887 26314; not
  // a thousands separator, 5,000.)
  for (const m of text.matchAll(
    /(?<![\d.]|(?<!\d)\d{1,3},(?=\d{3}(?!\d)))(0\d{2,3})([-－ ]|[)）] ?)(\d+(?: \d+)+)(?![\d.])/g,
  )) {
    const local = m[3]!.replaceAll(' ', '');
    const length = /^0(?:10|2\d)$/.test(m[1]!) ? [8] : [7, 8];
    if (!length.includes(local.length) || !/^[2-9]/.test(local)) continue;
    const from = m.index + m[1]!.length + m[2]!.length;
    for (let i = 0; i < m[3]!.length; i++) if (m[3]![i] === ' ') inside.add(from + i);
  }
  return inside;
}

/**
 * A mailbox set out character by character in a spaced line (w a n g j g @ 1 6 3 . c o m): every
 * space between its characters is extraction's.
 */
function spacesInsideMailboxes(text: string): number[] {
  const inside: number[] = [];
  for (const m of text.matchAll(/(?<!\S)[\w.%+-](?: [\w.%+@-])+(?!\S)/g)) {
    if (!/^[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}$/.test(m[0].replaceAll(' ', ''))) continue;
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === ' ') inside.push(m.index + i);
  }
  return inside;
}

/** The text without the spaces extraction left, or null when there are none. */
export function compactExtraction(text: string): Compacted | null {
  if (!text.includes(' ')) return null;
  const inNumbers = spacesInsideNumbers(text);
  for (const at of spacesInsideMailboxes(text)) inNumbers.add(at);
  const parts: string[] = [];
  const map = new Int32Array(text.length);
  let length = 0;
  let from = 0;
  // Keeps text[from, to) as it is, then `insert` (a tab standing for the cell gap at `to`).
  const keep = (to: number, insert?: string) => {
    parts.push(text.slice(from, to));
    for (let k = from; k < to; k++) map[length++] = k;
    if (insert) {
      parts.push(insert);
      map[length++] = to;
    }
  };
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    // A flattened table's cells, set apart by a bar or by a run of spaces, become a tab row.
    // (Two spaces pad a name, 金  星, as often as they part cells: padding.ts reads them.)
    const bar = text[i + 1] === '|' && text[i + 2] === ' ';
    // (A table's outer bars, at the start and the end of its row, go: | 格桑 | … | 已签约 |.)
    if (text[i - 1] === '|' && (i === 1 || text[i - 2] === '\n') && text[i + 1] !== ' ') {
      keep(i - 1);
      from = i + 1;
    } else if (text[i + 1] === '|' && (i + 2 === text.length || text[i + 2] === '\n') && text[i - 1] !== ' ') {
      keep(i);
      i += 1;
      from = i + 1;
    } else if (bar || (text[i + 1] === ' ' && text[i + 2] === ' ')) {
      keep(i, '\t');
      i += 2;
      if (!bar) while (text[i + 1] === ' ') i++;
      from = i + 1;
    } else if (inNumbers.has(i) || extraneous(text, i)) {
      keep(i);
      from = i + 1;
    }
  }
  if (from === 0) return null;
  keep(text.length);
  return { text: parts.join(''), map: map.subarray(0, length) };
}
