import { pinyin } from 'pinyin-pro';

/**
 * "Did you mean": corrects a query towards words the site actually uses. Chinese typing errors
 * are mostly homophones picked from the input method (公基金 for 公积金), or one wrong character in
 * a longer word (营商坏境 for 营商环境). The query is re-read as the cheapest sequence of known
 * words, corrected words and leftover characters, so 申请低保 stays as it is (two known words)
 * while 公基金 becomes 公积金.
 */

const HAN = /^\p{Script=Han}+$/u;
const MAX_WORD = 6;
// Costs: a known word, a word corrected by sound, by one character, a character left as it is.
const KNOWN = 1;
const BY_SOUND = 3;
const BY_CHARACTER = 4;
const LEFT = 5;

const sound = (word: string) => pinyin(word, { toneType: 'none', type: 'array' }).join(' ');

export class Vocabulary {
  private readonly weights = new Map<string, number>();
  private readonly bySound = new Map<string, string>();
  private readonly byPattern = new Map<string, string>();

  /** Words with how common they are (e.g. in how many titles they occur). */
  constructor(words: Iterable<[word: string, weight: number]>) {
    for (const [word, weight] of words) {
      if (!HAN.test(word) || word.length < 2 || word.length > MAX_WORD) continue;
      this.weights.set(word, (this.weights.get(word) ?? 0) + weight);
    }
    // The commonest word wins each sound and each pattern.
    const ordered = [...this.weights].sort((a, b) => a[1] - b[1]);
    for (const [word] of ordered) {
      this.bySound.set(sound(word), word);
      if (word.length >= 3) for (const p of patterns(word)) this.byPattern.set(p, word);
    }
  }

  get size(): number {
    return this.weights.size;
  }

  private replacement(piece: string): [string, number] | null {
    if (this.weights.has(piece)) return [piece, KNOWN];
    if (!HAN.test(piece)) return null;
    const heard = this.bySound.get(sound(piece));
    if (heard) return [heard, BY_SOUND];
    if (piece.length >= 3)
      for (const p of patterns(piece)) {
        const word = this.byPattern.get(p);
        if (word) return [word, BY_CHARACTER];
      }
    return null;
  }

  /** The corrected text, or null when nothing in it needs correcting. */
  correct(text: string): string | null {
    const n = text.length;
    const cost: number[] = Array.from({ length: n + 1 }, () => Infinity);
    const back: { from: number; text: string }[] = new Array<{ from: number; text: string }>(n + 1);
    cost[0] = 0;
    for (let i = 0; i < n; i++) {
      const here = cost[i] ?? Infinity;
      if (here === Infinity) continue;
      const char = text.charAt(i);
      const step = (to: number, replaced: string, c: number) => {
        if (here + c < (cost[to] ?? Infinity)) {
          cost[to] = here + c;
          back[to] = { from: i, text: replaced };
        }
      };
      step(i + 1, char, HAN.test(char) ? LEFT : 0);
      for (let length = 2; length <= MAX_WORD && i + length <= n; length++) {
        const found = this.replacement(text.slice(i, i + length));
        if (found) step(i + length, found[0], found[1]);
      }
    }
    let corrected = '';
    for (let at = n; at > 0;) {
      const b = back[at];
      if (!b) return null;
      corrected = b.text + corrected;
      at = b.from;
    }
    return corrected === text ? null : corrected;
  }
}

/** The word with each of its characters in turn replaced by a wildcard. */
function patterns(word: string): string[] {
  return [...word].map((_, i) => `${word.slice(0, i)}?${word.slice(i + 1)}`);
}
