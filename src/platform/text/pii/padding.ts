import { wordFrequency } from './lexicon.js';
import { FOLLOWING } from './names.js';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

/**
 * Two-character names padded to the width of three in lists, tables and signatures (赵\u3000红,
 * 欧阳\u3000雪, 书记员\u3000钱\u3000怡): the name finder reads a same-length copy in which the padding is moved
 * behind the given name (赵红\u3000), and a name found there is widened back over its padding. Only a
 * surname, one or two ideographic spaces and one character that ends the name are moved, so a full
 * name after a heading (审判员\u3000陆晓明) stays as it was. Text typed or converted from Word pads with
 * two ordinary spaces (金  星) or no-break spaces as often as with one ideographic space.
 */
const PADDED = /(?:\u3000{1,2}|\u00a0{1,2}| {1,2})([\u4e00-\u9fff])(?![\u4e00-\u9fff])/g;
/**
 * In running text a padded name may run straight on into the sentence (闫\u3000磊的, 葛\u3000松称):
 * moved too, but only where the padding stands alone — a heading spaced out character by character
 * (公\u3000开\u3000目\u3000录) is no name.
 */
const PADDED_IN_TEXT =
  /(?<![\u3000\u00a0 ][\u4e00-\u9fff])(?<=[\u4e00-\u9fff])(?:\u3000{1,2}|\u00a0{1,2}| {1,2})([\u4e00-\u9fff])(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff][\u3000\u00a0 ])/g;

export interface Unpadded {
  text: string;
  /** The stretches that were padded names, in the original text. */
  padded: { start: number; end: number }[];
}

export function unpadNames(text: string): Unpadded {
  if (!/[\u3000\u00a0 ]/.test(text)) return { text, padded: [] };
  let out = '';
  let at = 0;
  const padded: Unpadded['padded'] = [];
  const matches = [
    ...[...text.matchAll(PADDED)].map((m) => ({ m, inText: false })),
    ...[...text.matchAll(PADDED_IN_TEXT)].map((m) => ({ m, inText: true })),
  ].sort((a, b) => a.m.index - b.m.index);
  for (const { m, inText } of matches) {
    const spaceAt = m.index;
    const compound = COMPOUND_SURNAMES.find((s) => text.startsWith(s, spaceAt - s.length));
    const surnameLength = compound
      ? compound.length
      : SINGLE_SURNAMES.has(text[spaceAt - 1] ?? '') || wholeItem(text, spaceAt - 1, spaceAt + m[0].length)
        ? 1
        : 0;
    if (surnameLength === 0 || spaceAt - surnameLength < at) continue;
    // One ordinary space pads a name only after a title, a label, a relative or a list's separator, with a
    // common surname (区长陈 明讲话, 调查人王 磊、韩 雪, 其子黄 俊), not between any two characters.
    if (
      m[0].length === 2 &&
      m[0][0] === ' ' &&
      !(
        surnameLength === 1 &&
        COMMON_SURNAMES.has(text[spaceAt - 1]!) &&
        /^(?:[长员官人者师子女儿夫妻父母哥姐弟妹孙侄婿媳：:、，,\t（(\s]|)$/.test(
          text.slice(Math.max(0, spaceAt - 2), spaceAt - 1),
        )
      )
    )
      continue;
    // Not a word's last character taken for a surname (记者\u3000钟\u3000\u3000南: 者 ends 记者).
    // (A label's 人 or 者 before the surname makes no word with it: 申请执行人文\u3000军.)
    if (
      surnameLength === 1 &&
      !'人者'.includes(text[spaceAt - 2] ?? '') &&
      wordFrequency(text.slice(spaceAt - 2, spaceAt)) >= 20
    )
      continue;
    if (inText && gluedInText(text, spaceAt - surnameLength, spaceAt + m[0].length)) continue;
    const end = spaceAt + m[0].length;
    out += text.slice(at, spaceAt) + m[1] + m[0].slice(0, -1);
    padded.push({ start: spaceAt - surnameLength, end });
    at = end;
  }
  return { text: out + text.slice(at), padded };
}

/**
 * Two characters padded apart that are a whole item of a list or a whole cell (岩\u3000帕（傣族）、
 * 排\u3000勒、…): a name whatever its first character, as no word is written so.
 */
function wholeItem(text: string, start: number, end: number): boolean {
  return /^[、：:\t]?$/.test(text.slice(start - 1, start)) && /^(?:[、（(\t，；。]|$)/.test(text.slice(end, end + 1));
}

/**
 * A padded name running on into the sentence is believed only where neither end is glued into a
 * word: not the end of a word before it (工单\u3000来电, 顾振华\u3000审判员), nor the start of one
 * after it (方向\u3000通讯员, 车\u3000住址), and with a rarer surname only before a word that follows
 * people (书\u3000成公武 is no one).
 */
function gluedInText(text: string, start: number, end: number): boolean {
  const given = text[end - 1]!;
  const next = text[end] ?? '';
  return (
    // (A label's 人 or 者 before the surname makes no word with it: 申请执行人|文\u3000军.)
    (!'人者'.includes(text[start - 1] ?? '') && wordFrequency(text.slice(start - 1, start + 1)) >= 20) ||
    // (…unless the person speaks: 孙\u3000明说 is 孙明 saying.)
    (wordFrequency(given + next) >= 20 && !'说称'.includes(next)) ||
    // A rarer surname, where a word that follows people comes next (芮\u3000军的, 葛\u3000松称, 华\u3000夏|提出,
    // 宫\u3000平|遗失, 禹\u3000翔|提交).
    (!COMMON_SURNAMES.has(text.slice(start, start + 1)) &&
      !'的称说在于等是为和与向将已自被'.includes(next) &&
      !FOLLOWING.startingAt(text, end) &&
      wordFrequency(text.slice(end, end + 2)) < 1000)
  );
}

/** Spans found in the unpadded copy (in order of position), each widened to cover the padded name it falls in. */
export function widenOverPadding<T extends { start: number; end: number }>(spans: T[], u: Unpadded): T[] {
  if (u.padded.length === 0) return spans;
  // Both lists are in order of position: one pointer walks the padded names alongside the spans.
  let next = 0;
  return spans.map((s) => {
    while (next < u.padded.length && u.padded[next]!.end <= s.start) next++;
    const run = u.padded[next];
    return run && run.start < s.end ? { ...s, start: Math.min(s.start, run.start), end: Math.max(s.end, run.end) } : s;
  });
}
