import { normaliseText, queryWords, SYNONYM_GROUPS } from '../text/segment.js';

/**
 * A query as the engines take it: groups that must all match (each group is a word of the query
 * and the words that mean the same), and quoted phrases that must appear exactly. A group matches
 * when one of its alternatives does; an alternative is one or more words that must all occur (the
 * synonym 住房公积金贷款 is the words 住房公积金 and 贷款).
 */
export interface ParsedQuery {
  /** Every group must match (or, in `any` mode, at least one). */
  groups: string[][][];
  /** In normal form; each must appear in the text as written. */
  phrases: string[];
}

/** Words that carry no meaning in a question: 怎么办理低保 searches for 办理 低保. */
const STOPWORDS = new Set(
  '的 了 吗 呢 啊 吧 呀 么 是 在 和 与 及 或 我 我们 你 你们 他 她 它 请问 请 想 想要 要 需要 可以 能 能否 能不能 怎么 怎样 怎么样 如何 什么 哪里 哪儿 哪个 哪些 哪 多少 几 谁 为什么 是否 有没有 有 没有 去 到 给 把 被 让 吗？ 一下 关于 对于 应该 该 办 呢？'.split(
    ' ',
  ),
);

/** Word → every word of its groups (itself included), from the defaults and the site's own groups. */
export class Synonyms {
  private readonly map = new Map<string, Set<string>>();

  constructor(siteGroups: readonly (readonly string[])[] = []) {
    for (const group of [...SYNONYM_GROUPS, ...siteGroups]) {
      const words = group.map(normaliseText).filter(Boolean);
      for (const word of words) {
        const set = this.map.get(word) ?? new Set([word]);
        for (const other of words) set.add(other);
        this.map.set(word, set);
      }
    }
  }

  /** Every word of every group: words "did you mean" may correct towards. */
  words(): string[] {
    return [...this.map.keys()];
  }

  of(word: string): string[] {
    return [...(this.map.get(word) ?? [word])];
  }
}

const QUOTED = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g;

export function parseQuery(text: string, synonyms: Synonyms): ParsedQuery {
  const phrases: string[] = [];
  const rest = text.replace(QUOTED, (_, phrase: string) => {
    const normal = normaliseText(phrase);
    if (normal) phrases.push(normal);
    return ' ';
  });
  const groups: string[][][] = [];
  for (const phrase of phrases) for (const word of queryWords(phrase)) groups.push([[word]]);
  const words = queryWords(rest);
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  // A query of nothing but "common" words (e.g. 如何) still searches for them.
  // Two words of one synonym group (招生入学) ask for the same thing once, not twice.
  const asked = new Set<string>();
  for (const word of meaningful.length ? meaningful : words) {
    const alternatives = synonyms.of(word);
    const key = [...alternatives].sort().join(' ');
    if (asked.has(key)) continue;
    asked.add(key);
    groups.push(alternatives.map((alternative) => (alternative === word ? [word] : queryWords(alternative))));
  }
  return { groups, phrases };
}
