import type { AddressSpan } from './addresses.js';
import type { Layout } from './layout.js';

/**
 * A home abroad written in its own script, as an overseas-Chinese family's or a foreign resident's is given
 * (住No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Malaysia; 境外住址：г. Алматы, ул. Тулебаева, д. 112): letters of
 * the Latin, Cyrillic or Thai script with a number among them, right after a word that says a home, or alone
 * in a cell of a column headed as one (境外住址 | Flat 12C, Block 3, Kingsford Gardens …) — perhaps with its
 * country or city named in Chinese before it (新加坡Blk 208 Toa Payoh North #06-1127).
 */

/** The letters of the scripts homes abroad are written in. */
const LETTER = 'A-Za-z\\u0400-\\u04ff\\u0e00-\\u0e7f';
/** A word's worth of those letters: a text without one holds no home abroad. */
const LETTERS = new RegExp(`[${LETTER}]{3}`);
/** The address: up to Chinese punctuation, a bracket, a line's or a cell's end, or the next Chinese word. */
const BODY = `[${LETTER}0-9#](?:[^，。；;、\\n\\t（）()“”\\u4e00-\\u9fff]){5,120}`;
const AFTER_HOME_WORD = new RegExp(
  `(?:住址|(?:家庭|境外|国外|海外|本人|其)地址|住所|现住|原住|居住于|居住在|住在|原居|生前住|家住|住)(?:为|是|在)?[：:\\s]*((?:[\\u4e00-\\u9fff]{2,6}(?=[${LETTER}0-9]))?${BODY})`,
  'g',
);
const IN_CELL = new RegExp(`(?<=^|\\t)(${BODY})(?=\\t|\\n|$)`, 'gm');
/** A column of homes (家庭住址, 境外住址, 现住址). */
const HOME_HEADING = /住址|住所|居住地|现住|家庭地址|境外地址/;

/** Whether the run is an address: a number in it, and words of letters, not a code (MF472816) or a mailbox. */
function addressLike(value: string): boolean {
  return /\d/.test(value) && LETTERS.test(value) && /\s/.test(value) && !value.includes('@');
}

export function findForeignAddresses(text: string, layout: Layout): AddressSpan[] {
  const out: AddressSpan[] = [];
  // (Only a text with Latin, Cyrillic or Thai letters is looked through.)
  if (!LETTERS.test(text)) return out;
  const push = (start: number, value: string) => {
    const trimmed = value.replace(/[\s,.]+$/, '');
    if (addressLike(trimmed)) out.push({ start, end: start + trimmed.length });
  };
  for (const m of text.matchAll(AFTER_HOME_WORD)) push(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(IN_CELL))
    if (HOME_HEADING.test(layout.cellAt(m.index)?.heading ?? '')) push(m.index, m[1]!);
  return out.sort((a, b) => a.start - b.start);
}
