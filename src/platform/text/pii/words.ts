/**
 * A set of words looked up right before or right after a position of a text — the labels, roles
 * and boundaries the recognisers read. Words are indexed by their last and their first character,
 * so a look-up where no word can end (or start) costs one map access, and otherwise one slice per
 * length of the words that could.
 */
export class Words {
  private readonly words: Set<string>;
  // Keyed by UTF-16 code, not by one-character string: a Han character read as `text[i]` is a new string
  // each time (only Latin-1 ones are cached), and these look-ups run at nearly every position of a text.
  private readonly byLast = new Map<number, number[]>();
  private readonly byFirst = new Map<number, number[]>();

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
    }
  }

  /** The longest word ending exactly at `index`, if any. */
  endingAt(text: string, index: number): string | undefined {
    for (const n of this.byLast.get(text.charCodeAt(index - 1)) ?? []) {
      if (n > index) continue;
      const w = text.slice(index - n, index);
      if (this.words.has(w)) return w;
    }
    return undefined;
  }

  /** The longest word starting exactly at `index`, if any. */
  startingAt(text: string, index: number): string | undefined {
    for (const n of this.byFirst.get(text.charCodeAt(index)) ?? []) {
      const w = text.slice(index, index + n);
      if (w.length === n && this.words.has(w)) return w;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }
}

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
