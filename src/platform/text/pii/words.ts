/**
 * A set of words looked up right before or right after a position of a text — the labels, roles
 * and boundaries the recognisers read. Words are indexed by their last and their first character,
 * so a look-up where no word can end (or start) costs one map access, and otherwise one slice per
 * length of the words that could.
 */
export class Words {
  private readonly words: Set<string>;
  private readonly byLast = new Map<string, number[]>();
  private readonly byFirst = new Map<string, number[]>();

  constructor(list: string) {
    this.words = new Set(list.split(/\s+/).filter(Boolean));
    const index = (map: Map<string, number[]>, key: string, length: number) => {
      const lengths = map.get(key) ?? [];
      if (!lengths.includes(length)) lengths.push(length);
      map.set(
        key,
        lengths.sort((a, b) => b - a),
      );
    };
    for (const w of this.words) {
      index(this.byLast, w[w.length - 1]!, w.length);
      index(this.byFirst, w[0]!, w.length);
    }
  }

  /** The longest word ending exactly at `index`, if any. */
  endingAt(text: string, index: number): string | undefined {
    for (const n of this.byLast.get(text[index - 1] ?? '') ?? []) {
      if (n > index) continue;
      const w = text.slice(index - n, index);
      if (this.words.has(w)) return w;
    }
    return undefined;
  }

  /** The longest word starting exactly at `index`, if any. */
  startingAt(text: string, index: number): string | undefined {
    for (const n of this.byFirst.get(text[index] ?? '') ?? []) {
      const w = text.slice(index, index + n);
      if (w.length === n && this.words.has(w)) return w;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }
}
