import type { NameSpan } from './names.js';
import { ADDRESS_CHARS, ADDRESS_LEAD, type AddressSpan, endsOf, lastNameEnd, PLACE_PART } from './addresses.js';
import { firstNameFrom, ORGANISATION } from './owner.js';
import { SINGLE_SURNAMES } from './surnames.js';

/**
 * A house named in running text with nothing to introduce it: a complaint (…鸦儿胡同23号院里住着一位
 * 孤寡老人), a letter (俺是…孙六村东头的孙老五), a news report (…新兴三路57号一栋老房出现裂缝，房主…). Found
 * by its structure — a road, lane, estate or village down to a house number, a group or a hamlet —
 * and weighed by what the clause says around it: a home when it speaks of the people who live there
 * and their house, not when it names an office, a shop or a place of business or of work.
 *
 * Addresses after a label are decided by the label (addresses.ts); this looks only at the rest.
 */

/**
 * A numbered house on a road, lane, courtyard or estate, or a group or a hamlet of a village (not a word begun:
 * …村集体经济组|织).
 */
const HOUSE =
  /(?:[路街巷弄道里坊院村区园苑庄屯寨埭浜湾塆坪营社队组堡坝岗冲坳垸]|胡同|社区|小区|新村|嘎查|巷子|院子)(?:[东西南北中]段)?(?:[\d一二三四五六七八九十]+[巷弄条])?\d+号(?:院|楼)?(?:\d+(?:号楼|栋|幢|单元|室|楼|层|号)|(?<=单元)\d{2,4}|-\d+|附\d+号|之[一二三四五六七八九十])*|(?:村|嘎查)(?!信用社|合作社|[\u4e00-\u9fff]{0,2}(?:合作社|信用社))(?:[\u4e00-\u9fff]{1,4}(?:组|社|队|屯|庄|寨|湾|塆|坪|自然村)(?![织会伍])|[\d一二三四五六七八九十]+(?:组|社|队)|[东西南北]头|[\u4e00-\u9fff]{0,3}[前后东西南北]街)|(?:镇|乡|街道)[\u4e00-\u9fff]{1,12}村(?=的?(?:家中|家里|老家|老宅|老屋|祖屋))/g;
const MAX_LENGTH = 40;
/** A home's own word right before its address (其家…, 祖宅…, 自建房…, 生源地…): where the address begins, and a sign it is a home. */
const HOME_NOUN =
  /(?:自家房屋|自家|祖宅|祖屋|老宅|旧宅|自建房|家门口|(?<=[我俺他她其你您的])家|生源地|户籍地址|户籍地)/g;

/** Said right after a house of the people in it and of the house itself: the strongest sign of a home. */
const HOME_AFTER =
  /^(?:的)?(?:老)?(?:住户|人家|房主|家(?![具电政])|自家|房子|住房|老房|老宅|旧宅|祖宅|院里|院内|北房|南房|[东西]厢房|自建房|自住房|自有住房|私房|平房|危房|祖屋|老屋|小院|楼顶|屋顶|漏雨|渗水|暖气|墙体|选民|村民(?!委员会|小组|代表)|居民(?!委员会|小组|代表))|^(?:里|内)?住(?:着|了|的)|^(?:有)?一(?:户|栋|座|间)|^(?:就)?是(?:我|他|她|俺)们?的?家|^[，,]?(?:也|同时|还)是(?:[他她我其俺]|[他她我]们)?[^，。；]{0,8}的家/;
/** Said a little further on of the house and who lives in it (…8号的刘家宝家房子漏雨, …41号，系其自有住房). */
const HOME_NEAR =
  /住户|房子|住房|老房|自有住房|自住|住着|独居|漏雨|漏水|家中|家里|家门口|^[一二三四五六七八九]楼(?!门面|商铺|店)/;
/**
 * Right before a house, whose home it is: 她家…, 其…, 俺是…, 自住的…, 老人居住的…, 老人家在…, 回到…, 祖宅…,
 * and a house an applicant asks about (申请公开其租住房屋…), and in brackets after the house a shop is kept in
 * (…开在其住宅一楼（…）, …位于其住宅临街一侧（…）).
 */
const HOME_BEFORE = new RegExp(
  `(?:[我俺他她其你您]们?家|(?<![尤极])其在?|[他她]在|(?:我|俺)们?(?:是|家是)|(?:自住|居住|住)的?|家(?:在|住)|回到|搬回|(?:住宅|住房|自住房|自建房)[^，,。（(]{0,6}[（(]|(?:申请|要求)公开(?:其|你|您)?(?:租住|居住)?的?(?:房屋)?“?|${HOME_NOUN.source})$`,
);
/** The clause speaks of a person: the writer, the party, a resident. */
const PERSON_WORDS = /[我俺他她其你您]|邻居|老人|住户|居民|户主|房主|权属人|村民|牧民|一家/;
/** The clause speaks of living somewhere. */
const LIVING_WORDS = /住(?![所宿院])|居住|家中|家里|老家|自家|搬|租住|独居/;
/** Right after a house, what makes it a place of business, an office or a site. */
const PLACE_AFTER = new RegExp(
  `^(?:的)?(?:[一二三四五六七八九]楼)?(?:门面|商铺|门店|店|铺|公司|厂|市场|广场|停车场|门前|窗口|大厅|工地|项目|地块|山林|车间|仓库|加装|(?:[\\u4e00-\\u9fff]{0,8}(?:${ORGANISATION.source})))`,
);
/** An organisation, a shop or a works, then its address in brackets. */
const IN_ORGANISATION_BRACKETS = new RegExp(`(?:${ORGANISATION.source}|[厂店馆铺行])[^，,。（(]{0,6}[（(]$`);
/** Said in the clause of an office, a meeting, works or a service: the house is where it happens. */
const PLACE_WORDS =
  /交至|送至|递交|提交|召开|举行|会议|发布会|施工|工程|改造工程|路段|交叉口|考点|考场|窗口|办理|领取|咨询|报名|认领|受理|办公|营业|经营|开设|开办|门店|商铺|店铺|厂房|仓库/;

/** A business's or an office's place, named before its address (其经营场所…): the address begins after it. */
const PLACE_LABEL = /经营场所|营业场所|场所|地点|地址/g;

/** The clause the house stands in: back to the last full stop, semicolon, line or cell, at most 40 characters. */
function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > Math.max(0, start - 40) && !/[。；;！？!?\n\t]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < Math.min(text.length, end + 16) && !/[。；;！？!?\n\t]/.test(text[to]!)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/** How much the clause says the house is someone's home; at least HOME_SCORE to be taken as one. */
function homeScore(text: string, start: number, end: number, names: readonly NameSpan[]): number {
  const { before, after } = clauseAround(text, start, end);
  // (Not 门前 of one's own house: 其家…18号门前的排水沟, 自家…27号门前.)
  const possessive = HOME_BEFORE.test(before) && !(/其$/.test(before) && /^[中他余实次]/.test(text.slice(start)));
  // (…nor where a person named in the clause does something before their house: 当事人X在…17号门前燃放.)
  const personsDoor = /^门前/.test(after) && /在$/.test(before) && lastNameEnd(names, start) > start - before.length;
  // An office's or a business's house, by what follows it (…路12号区政务中心, …街8号门面).
  if (PLACE_AFTER.test(after) && !((possessive || personsDoor) && /^门前/.test(after))) return 0;
  // After a label, which has decided it already (地址：…, 经营场所…, 设在…).
  if (/(?:地址|住所地?|场所|地点|位于|坐落|设在|寄|送达|门牌|仓库|厂房|车间|门店|分店)[：:为是在于]?$/.test(before))
    return 0;
  // In brackets after an organisation: its own address (…信访局接待大厅（…东湖大道2号）).
  if (IN_ORGANISATION_BRACKETS.test(before)) return 0;
  let score = 0;
  // (Not 其中, 其他, 其余: 其中西牌楼巷24号 is one of several houses.)
  // (…or a person named right after it, who lives there: …9号的王淑兰老人, …25号罗家.)
  if (
    HOME_AFTER.test(after) ||
    possessive ||
    personsDoor ||
    ownerInBrackets(text, end, names) ||
    residentAfter(text, end, names)
  )
    score += 3;
  else if (HOME_NEAR.test(after)) score += 2;
  if (PERSON_WORDS.test(before)) score += 1;
  if (lastNameEnd(names, start) > start - before.length) score += 1;
  if (LIVING_WORDS.test(before + after)) score += 1;
  if (PLACE_WORDS.test(before + after)) score -= 2;
  return score;
}
const HOME_SCORE = 3;

/** Who lives at a house, named right after it (…9号的王淑兰老人, …25号罗家现场调解). */
function residentAfter(text: string, end: number, names: readonly NameSpan[]): boolean {
  const lead = text[end] === '的' ? 1 : 0;
  if (firstNameFrom(names, end + lead)?.start === end + lead) return true;
  return SINGLE_SURNAMES.has(text[end] ?? '') && /^家(?![具电政属长])/.test(text.slice(end + 1, end + 3));
}

/** Whose house it is, named in brackets right after it (…增兴里4号（乔玉凤）). */
function ownerInBrackets(text: string, end: number, names: readonly NameSpan[]): boolean {
  if (!'（('.includes(text[end] ?? '')) return false;
  const name = firstNameFrom(names, end + 1);
  return name?.start === end + 1 && '）)、，,'.includes(text[name.end] ?? '');
}

/** Where a house found by its number begins: back over address characters, after the last lead word. */
function houseStart(text: string, index: number, end: number, names: readonly NameSpan[]): number {
  let start = index;
  const floor = Math.max(0, end - MAX_LENGTH, lastNameEnd(names, index));
  while (start > floor && ADDRESS_CHARS.test(text[start - 1]!)) start--;
  const before = text.slice(start, index);
  for (const at of [ADDRESS_LEAD, HOME_NOUN, PLACE_LABEL]
    .flatMap((lead) => endsOf(lead, before))
    .sort((a, b) => b - a)) {
    const from = start + at;
    if (PLACE_PART.test(text.slice(from, end)) || /[社队]\d/.test(text.slice(from, end)))
      return from + neighbourWord(text, from);
  }
  return start + neighbourWord(text, start);
}

/** Where the house is said to be beside the speaker's (隔壁小港巷14号, 楼下6栋2单元101): not part of it. */
function neighbourWord(text: string, at: number): number {
  return /^(?:隔壁|对门|对面|斜对面|楼上|楼下|旁边|邻居|附近)*/.exec(text.slice(at, at + 8))![0].length;
}

/** Homes in running text that nothing else found (`taken`: what was found, in order of position). */
export function homesInClauses(text: string, names: readonly NameSpan[], taken: readonly AddressSpan[]): AddressSpan[] {
  const out: AddressSpan[] = [];
  for (const m of text.matchAll(HOUSE)) {
    const end = m.index + m[0].length;
    const start = houseStart(text, m.index, end, names);
    if (end - start < 5) continue;
    if (overlapsAny(taken, start, end) || (out.at(-1)?.end ?? 0) > start) continue;
    if (homeScore(text, start, end, names) >= HOME_SCORE) out.push({ start, end });
  }
  return out;
}

/** Whether a span overlaps one of `spans` (in order of position, none overlapping): a binary search. */
function overlapsAny(spans: readonly AddressSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < end;
}
