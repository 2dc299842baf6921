/**
 * A set of words looked up right before or right after a position of a text — the labels, roles
 * and boundaries the recognisers read, at nearly every position of every text. Words are indexed by
 * their last and their first character, so a look-up where no word can end (or start) costs one
 * table access, and otherwise one slice per length of the words that could begin and end there.
 * Characters are read by UTF-16 code, not as `text[i]`: a Han character read that way is a new
 * string each time (only Latin-1 ones are cached).
 */
export class Words {
  private readonly words: Set<string>;
  private readonly byLast = new Map<number, number[]>();
  private readonly byFirst = new Map<number, number[]>();
  // The words' first and last characters with their length, hashed into a table: a slice is cut and looked up
  // only where a word of that length could begin and end (false positives are sorted out by the look-up).
  private readonly ends = new Uint8Array(1 << 16);
  // Which characters end or begin a word at all: most positions hold neither.
  private readonly lasts = new Uint8Array(1 << 16);
  private readonly firsts = new Uint8Array(1 << 16);

  constructor(list: string) {
    this.words = new Set(list.split(/\s+/).filter(Boolean));
    const index = (map: Map<number, number[]>, key: number, length: number) => {
      const lengths = map.get(key) ?? [];
      if (!lengths.includes(length)) lengths.push(length);
      map.set(
        key,
        lengths.sort((a, b) => b - a),
      );
    };
    for (const w of this.words) {
      index(this.byLast, w.charCodeAt(w.length - 1), w.length);
      index(this.byFirst, w.charCodeAt(0), w.length);
      this.ends[endsKey(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;
      this.lasts[w.charCodeAt(w.length - 1)] = 1;
      this.firsts[w.charCodeAt(0)] = 1;
    }
  }

  /** The longest word ending exactly at `index`, if any. */
  endingAt(text: string, index: number): string | undefined {
    const last = text.charCodeAt(index - 1);
    if (this.lasts[last] !== 1) return undefined;
    for (const n of this.byLast.get(last)!) {
      if (n > index || this.ends[endsKey(text.charCodeAt(index - n), last, n)] === 0) continue;
      const w = text.slice(index - n, index);
      if (this.words.has(w)) return w;
    }
    return undefined;
  }

  /** The longest word starting exactly at `index`, if any. */
  startingAt(text: string, index: number): string | undefined {
    const first = text.charCodeAt(index);
    if (this.firsts[first] !== 1) return undefined;
    for (const n of this.byFirst.get(first)!) {
      if (index + n > text.length || this.ends[endsKey(first, text.charCodeAt(index + n - 1), n)] === 0) continue;
      const w = text.slice(index, index + n);
      if (w.length === n && this.words.has(w)) return w;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }
}

const endsKey = (first: number, last: number, length: number) => (first * 7919 + last * 31 + length) & 0xffff;

/**
 * A set of characters asked of a position of a text. Looked up by UTF-16 code in a table, not as
 * `text[i]`: a Han character read that way is a new string each time (only Latin-1 ones are cached),
 * and the recognisers ask at nearly every position of a text.
 */
export class Chars {
  private readonly table = new Uint8Array(0x10000);

  constructor(chars: Iterable<string>) {
    for (const c of chars) this.table[c.charCodeAt(0)] = 1;
  }

  /** Whether the character at `index` is one of the set (false outside the text). */
  at(text: string, index: number): boolean {
    return index >= 0 && index < text.length && this.table[text.charCodeAt(index)] === 1;
  }
}

/** What `trim()` takes off a string: a cell's value starts right after one of these, or at a cell's start. */
export const SPACES = new Chars(
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
);
