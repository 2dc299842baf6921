import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

/**
 * Two-character names padded to the width of three in lists, tables and signatures (赵\u3000红,
 * 欧阳\u3000雪, 书记员\u3000钱\u3000怡): the name finder reads a same-length copy in which the padding is moved
 * behind the given name (赵红\u3000), and a name found there is widened back over its padding. Only a
 * surname, one or two ideographic spaces and one character that ends the name are moved, so a full
 * name after a heading (审判员\u3000陆晓明) stays as it was.
 */
const PADDED = /\u3000{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])/g;

export interface Unpadded {
  text: string;
  /** The stretches that were padded names, in the original text. */
  padded: { start: number; end: number }[];
}

export function unpadNames(text: string): Unpadded {
  if (!text.includes('\u3000')) return { text, padded: [] };
  let out = '';
  let at = 0;
  const padded: Unpadded['padded'] = [];
  for (const m of text.matchAll(PADDED)) {
    const spaceAt = m.index;
    const compound = COMPOUND_SURNAMES.find((s) => text.startsWith(s, spaceAt - s.length));
    const surnameLength = compound ? compound.length : SINGLE_SURNAMES.has(text[spaceAt - 1] ?? '') ? 1 : 0;
    if (surnameLength === 0 || spaceAt - surnameLength < at) continue;
    const end = spaceAt + m[0].length;
    out += text.slice(at, spaceAt) + m[1] + m[0].slice(0, -1);
    padded.push({ start: spaceAt - surnameLength, end });
    at = end;
  }
  return { text: out + text.slice(at), padded };
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
