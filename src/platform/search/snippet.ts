import { escapeHtml } from '../text/html.js';

const BEFORE = 20;

/** Where each word occurs in the text (lower-cased), longest words first so 放管服改革 wins over 改革. */
function occurrences(text: string, words: string[]): { start: number; end: number; word: string }[] {
  const lower = text.toLowerCase();
  const found: { start: number; end: number; word: string }[] = [];
  for (const word of [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = lower.indexOf(word); at >= 0 && found.length < 500; at = lower.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (!found.some((f) => at < f.end && end > f.start)) found.push({ start: at, end, word });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** HTML of the text with each word marked; everything else escaped. */
export function highlight(text: string, words: string[]): string {
  // Words next to each other are one mark: <mark>住房公积金贷款</mark>, not three.
  const runs: { start: number; end: number }[] = [];
  for (const o of occurrences(text, words)) {
    const last = runs.at(-1);
    if (last && last.end === o.start) last.end = o.end;
    else runs.push({ start: o.start, end: o.end });
  }
  let html = '';
  let at = 0;
  for (const o of runs) {
    html += escapeHtml(text.slice(at, o.start)) + `<mark>${escapeHtml(text.slice(o.start, o.end))}</mark>`;
    at = o.end;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * A piece of the text about `length` characters long where the most different query words occur,
 * as escaped HTML with the words in <mark>; the start of the text when none occurs.
 */
export function snippet(text: string, words: string[], length = 120): string {
  const found = occurrences(text, words);
  let start = 0;
  let best = 0;
  for (const o of found) {
    const from = Math.max(0, o.start - BEFORE);
    const distinct = new Set(found.filter((f) => f.start >= from && f.end <= from + length).map((f) => f.word)).size;
    if (distinct > best) [best, start] = [distinct, from];
  }
  const piece = text.slice(start, start + length);
  return (start > 0 ? '…' : '') + highlight(piece, words) + (start + length < text.length ? '…' : '');
}
