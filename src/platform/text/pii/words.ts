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

  /** The longest word starting exactly at `index` (and ending by `until`), if any. */
  startingAt(text: string, index: number, until = text.length): string | undefined {
    const first = text.charCodeAt(index);
    if (this.firsts[first] !== 1) return undefined;
    for (const n of this.byFirst.get(first)!) {
      if (index + n > until || this.ends[endsKey(first, text.charCodeAt(index + n - 1), n)] === 0) continue;
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

/**
 * A regular expression of many alternatives (ORGANISATION's hundred words) is tried alternative by alternative at
 * every position of the string it searches. Led by a lookahead for the characters its alternatives can begin
 * with, it is tried only where one of them can begin, and finds the same. The characters are read from its
 * source: each alternative's first character, class or group, past lookarounds and past what may be left out
 * ((?:合作)?联社). Where an alternative may begin with any character (a negated class, a wide range, \s) the
 * expression is returned as it is.
 */
export function ledByFirstCharacters(re: RegExp): RegExp {
  const firsts = alternationFirsts(re.source);
  if (!firsts || firsts.size === 0) return re;
  const escaped = [...firsts].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('');
  return new RegExp(`(?=[${escaped}])(?:${re.source})`, re.flags);
}

/** The index of the bracket closing the group or class opened at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced group in ${source}`);
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Error(`unclosed class in ${source}`);
}

/** The first characters of an alternation, or undefined where any character may begin it. */
function alternationFirsts(source: string): Set<string> | undefined {
  const out = new Set<string>();
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = closing(source, i);
    else if (c === '|' || c === undefined) {
      const firsts = alternativeFirsts(source.slice(start, i));
      if (!firsts) return undefined;
      for (const f of firsts) out.add(f);
      start = i + 1;
    }
  }
  return out;
}

function alternativeFirsts(alternative: string): Set<string> | undefined {
  const out = new Set<string>();
  let i = 0;
  while (i < alternative.length) {
    const c = alternative[i]!;
    let atom: Set<string> | undefined;
    let next: number;
    if (/^\(\?<?[=!]/.test(alternative.slice(i, i + 4))) {
      i = closing(alternative, i) + 1;
      continue;
    } else if (c === '(') {
      next = closing(alternative, i) + 1;
      atom = alternationFirsts(alternative.slice(alternative.startsWith('(?:', i) ? i + 3 : i + 1, next - 1));
    } else if (c === '[') {
      next = classEnd(alternative, i) + 1;
      const inside = alternative.slice(i + 1, next - 1);
      // (Only a plain list of characters: no negation, range or escape.)
      atom = /^[^^\\-][^\\-]*$/.test(inside) ? new Set(inside) : undefined;
    } else if (c === '\\' || c === '.' || c === '^' || c === '$') return undefined;
    else {
      atom = new Set([c]);
      next = i + 1;
    }
    if (!atom || atom.size === 0) return undefined;
    for (const a of atom) out.add(a);
    // (What may be left out lets the next atom begin the match too.)
    const optional = /^(?:\?|\*|\{0(?:,\d*)?\})\??/.exec(alternative.slice(next!));
    if (!optional) return out;
    i = next! + optional[0].length;
  }
  return undefined;
}
