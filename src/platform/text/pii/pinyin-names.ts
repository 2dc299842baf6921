import { pinyin } from 'pinyin-pro';
import type { NameSpan } from './names.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

/**
 * A name typed in pinyin where the form or the sentence asks for a person (留言人：huang liping, 包工头叫
 * zhang weiguo): people typing on a phone spell their own and others' names so. Believed only right after
 * a word that says a person, as two or three words of pinyin syllables, the first a surname's.
 */

/** Words a name stands right after, perhaps with a colon: the writer's and caller's labels, and 叫. */
const LABEL_BEFORE =
  /(?:留言人|来信人|写信人|来电人|诉求人|咨询人|投诉人|举报人|反映人|建议人|网友|申请人|联系人|姓名|我叫|名叫|叫做|叫|是)[：:\s]*$/;
/** Two or three words of letters, nothing else of Latin script around them (not an e-mail, not a code). */
const LATIN_NAME = /(?<![A-Za-z0-9@._-])[A-Za-z]+(?: [A-Za-z]+){1,2}(?![A-Za-z0-9@._-])/g;
/** One pinyin syllable: an initial, if any, and a final. */
const SYLLABLES =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v))+$/;

let surnames: ReadonlySet<string> | undefined;
/** The surnames as pinyin (wang, zhang, ouyang …). */
function surnamesInPinyin(): ReadonlySet<string> {
  return (surnames ??= new Set(
    [...SINGLE_SURNAMES, ...COMPOUND_SURNAMES].map((s) =>
      pinyin(s, { toneType: 'none', mode: 'surname', separator: '' }).replace(/ü/g, 'v'),
    ),
  ));
}

export function findPinyinNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(LATIN_NAME)) {
    if (!LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const words = m[0].toLowerCase().split(' ');
    if (!surnamesInPinyin().has(words[0]!) || !words.every((w) => SYLLABLES.test(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
