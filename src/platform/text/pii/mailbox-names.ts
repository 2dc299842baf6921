import { pinyin } from 'pinyin-pro';
import type { NameSpan } from './names.js';
import { firstNameIndexFrom } from './owner.js';

/**
 * People make their mailboxes of their names: zhengchanggui_fz@163.com is 郑长贵's, wangjg@… 王建国's.
 * A mailbox whose name spells, in pinyin, a person named near it is that person's, whatever the label
 * before it says (报名邮箱, a clause that names an office). Offices name theirs by their own initials
 * and duties (see ORGANISATION_MAILBOX and OFFICE_IN_PINYIN in numbers.ts), not by a citizen's name.
 */

/** How far from the mailbox a name is looked for, each way: the same passage, not the whole text. */
const REACH = 300;

const spellings = new Map<string, string[]>();

/** The ways a name is spelled in a mailbox: all its syllables (zhengchanggui), or the surname's and the initials (zhengcg). */
function spellingsOf(name: string): string[] {
  let known = spellings.get(name);
  if (!known) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname' }).filter((s) =>
      /^[a-z]+$/.test(s),
    );
    const whole = syllables.join('');
    const initials =
      (syllables[0] ?? '') +
      syllables
        .slice(1)
        .map((s) => s[0])
        .join('');
    // (Short spellings — wangj, lim — are as likely an office's initials or a word: not taken.)
    known = [whole, initials].filter((s, i, all) => s.length >= 6 && all.indexOf(s) === i);
    if (spellings.size > 10_000) spellings.clear();
    spellings.set(name, known);
  }
  return known;
}

/** Whether the mailbox's name (`local`, lower case) spells a person named within REACH of `at`. */
export function spellsNameNear(local: string, text: string, names: readonly NameSpan[], at: number): boolean {
  const letters = local.replace(/[^a-z]/g, '');
  if (letters.length < 6) return false;
  for (let i = firstNameIndexFrom(names, at - REACH); i < names.length && names[i]!.start < at + REACH; i++) {
    const name = text.slice(names[i]!.start, names[i]!.end);
    if (spellingsOf(name).some((s) => letters.includes(s))) return true;
  }
  return false;
}
