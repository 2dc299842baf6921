import type { Layout } from './layout.js';
import type { NameSpan } from './names.js';
import { lastNameBefore } from './owner.js';
import { surnameOf } from './surnames.js';

/**
 * A name in Latin or Cyrillic script, as overseas-Chinese, Hong Kong and foreign people are named in a 侨办's, a
 * police station's or an arbitration commission's papers (Tan Boon Huat, Maria Santos Reyes, Nguyen Thi Hoa):
 * two to four capitalised words in Latin or Cyrillic letters, believed only where the text says a person —
 * their Chinese name or their nationality in brackets right after (Linda Chen（陈玉兰）, Nguyen Thi Hoa（越南籍）),
 * a word for a person right before (申请人：, 我叫, 华裔老人, 孙女, 俄罗斯籍人员), in brackets after their
 * Chinese name, or alone under a column of names — and then wherever else the same name stands. Firms', places'
 * and schools' names in English are not names (Golden Bay Trading Co.).
 */

const LATIN_NAME =
  /(?<![A-Za-z0-9@._\u0400-\u04ff-])[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-Za-zА-Яа-я][a-zа-яё]+)?(?: (?:[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-Za-zА-Яа-я][a-zа-яё]+)?|bin|binti|de|da|van|von|al)){1,3}(?![A-Za-z0-9@._\u0400-\u04ff-])/g;
/** Words that make the run a firm's, a place's or a body's name, not a person's. */
const NOT_A_PERSON =
  /\b(?:Co|Ltd|Limited|Inc|Company|Corporation|Group|Bank|University|College|School|Hospital|Trading|Street|Road|Avenue|Lane|City|District|Province|County|Association|Foundation|Center|Centre|Hotel|Restaurant|Holdings|International|Technology|Industrial|Industries|Studio|Club|Church|Temple|Society|Chamber|Council|Office|Department|Ministry|Embassy|Consulate|Airport|Port|Plaza|Tower|Building|Garden|Park|Mall|Market|Shop|Store|Express|Airlines|Village|Town|Island|Kingdom|Republic|Union|United|States|Times|Post|News|Daily|Mr|Mrs|Ms|Dr|Miss|Sir|Madam|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** Right after it: a Chinese name in brackets (（陈玉兰）, （中文名施友良）, （黄小玲，香港居民…）), a surname's first. */
const CHINESE_NAME_AFTER = /^[ \u3000]?[（(](?:中文名(?:字)?[：:为是]?)?([\u4e00-\u9fff]{2,4})[）)，,、]/;
/** …or a nationality or a sex (Nguyen Thi Hoa（越南籍）, Maria Santos Reyes，女，…). */
const NATIONALITY_AFTER = /^[ \u3000]?[（(，,][^（）()\n，,。]{0,8}籍|^[，,]\s*[男女][，,]/;
/** Right before it: a word that says a person (a party's label, kin, a nationality's people, 我叫). */
const PERSON_BEFORE =
  /(?:人|侨|裔|胞|老人|夫|妻|子|女|儿|孙|母|父|兄|哥|弟|姐|妹|嫂|叔|伯|姨|舅|籍|员|我叫|名叫|叫做|姓名|向|给|受|与)[：:\s\u3000]*$/;
/** A column of people's names (姓名, 租客姓名, 外籍务工人员). */
const NAME_HEADING = /姓名|名字|人员|租客|来信人|申请人/;

export function findForeignNames(text: string, layout: Layout, names: readonly NameSpan[]): NameSpan[] {
  const found = new Set<string>();
  for (const m of text.matchAll(LATIN_NAME)) {
    if (NOT_A_PERSON.test(m[0])) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 14);
    const chinese = CHINESE_NAME_AFTER.exec(after)?.[1];
    const cell = layout.cellAt(m.index);
    if (
      (chinese !== undefined && surnameOf(chinese) !== undefined) ||
      NATIONALITY_AFTER.test(after) ||
      PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) ||
      // (…or given in brackets after the person's Chinese name: 韩阿娇（Han Ah Kiau）…)
      (/[（(]/.test(text[m.index - 1] ?? '') && lastNameBefore(names, m.index - 1)?.end === m.index - 1) ||
      // (…or alone in a cell of a column of names: 姓名 | Maung Aung Ko.)
      (cell?.start === m.index && cell.end === end && NAME_HEADING.test(cell.heading ?? ''))
    )
      found.add(m[0]);
  }
  if (!found.size) return [];
  // (…and the same name wherever else it stands: 以上事实有 Ivan Petrov 的陈述.)
  const out: NameSpan[] = [];
  for (const m of text.matchAll(LATIN_NAME))
    if (found.has(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
