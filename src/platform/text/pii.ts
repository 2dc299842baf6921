import { findAddresses } from './pii/addresses.js';
import { tabulateDelimitedRows } from './pii/delimited-rows.js';
import { compactExtraction } from './pii/extraction.js';
import { findForeignAddresses } from './pii/foreign-addresses.js';
import { findForeignNames } from './pii/foreign-names.js';
import type { ObservedLine } from './pii/landline-model.js';
import { layoutOf } from './pii/layout.js';
import { breaksInProse, type Cut, isCut, reflowCutLines, spansAcrossBreaks } from './pii/line-breaks.js';
import { findNames, type NameSpan } from './pii/names.js';
import { findNumbers } from './pii/numbers.js';
import { unpadNames, widenOverPadding } from './pii/padding.js';
import { findPinyinNames } from './pii/pinyin-names.js';
import { tabulateSpacedRows } from './pii/spaced-rows.js';
import { surnameOf } from './pii/surnames.js';
import { simplifiedInPlace } from './simplified.js';

export { isIdCardNumber, luhnValid } from './pii/numbers.js';

/**
 * Personal information in text (legal.md §5), found with positions so it can be shown, masked or
 * accepted one by one. Structured numbers are checked, not just matched: an ID number needs its
 * GB 11643 check digit and a real birth date, a bank card its Luhn digit. Office phone numbers
 * given as official contacts, e-mail addresses of government domains, 统一社会信用代码, 文号 and
 * amounts are not personal information and are left alone.
 */
export const PII_TYPES = [
  'id_card',
  'mobile',
  'landline',
  'bank_card',
  'email',
  'plate',
  'person_name',
  'address',
] as const;
export type PiiType = (typeof PII_TYPES)[number];

export interface PiiFinding {
  type: PiiType;
  /** JavaScript string indices into the text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Everything personal in a text, in order of position; where two findings overlap the first kept
 * wins (an ID number is not also a bank card). Names come first because they decide whose the
 * addresses and telephone numbers after them are, and homes before numbers for the same reason.
 */
export function findPersonalInformation(
  original: string,
  /** Shown each landline the rules could not place, at its place in `original` (to train landline-model.ts). */
  observeUndecidedLine?: (line: ObservedLine, at: { start: number; end: number }) => void,
): PiiFinding[] {
  // Lines cut where a page ends are read joined (line-breaks.ts), extraction's spaces left out (extraction.ts);
  // what is found is put back in place, a finding over a cut line as a piece on each line.
  const reflow = reflowCutLines(original);
  const joined = reflow?.text ?? original;
  const compact = compactExtraction(joined);
  const inJoined = compact
    ? (s: { start: number; end: number }) => ({ start: compact.map[s.start]!, end: compact.map[s.end - 1]! + 1 })
    : (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
  const place = reflow
    ? (s: { start: number; end: number }) => spansAcrossBreaks(inJoined(s), reflow)
    : (s: { start: number; end: number }) => [inJoined(s)];
  const observe =
    observeUndecidedLine &&
    ((line: ObservedLine) => {
      const pieces = place(line);
      observeUndecidedLine(line, { start: pieces[0]!.start, end: pieces.at(-1)!.end });
    });
  // (Traditional characters are read as their simplified forms, one for one: 香港荃灣…212號 as …荃湾…212号.)
  const spans = findSpans(simplifiedInPlace(compact?.text ?? joined), observe).flatMap((f) =>
    place(f).map((p) => ({ ...f, ...p })),
  );
  const cutNames = namesAcrossBreaks(original, breaksInProse(original, reflow), spans);
  const all = cutNames.length ? keepFirst([...spans, ...cutNames]) : spans;
  return all.map((f) => ({ ...f, text: original.slice(f.start, f.end) }));
}

/** How far either side of a break a name cut by it is looked for. */
const CUT_NAME_REACH = 12;
/** How far back on its line what says whose the name is (审核人：…办公室 周明 | 德阳市…) is read with it. */
const CUT_CONTEXT_REACH = 40;

/**
 * Names a line break cuts in running prose (…第三人之子罗 | 俊的证言…): each break is read again joined, a few
 * characters either side, and a name found across it is reported a piece on each line — unless a name was found
 * starting right after it.
 */
function namesAcrossBreaks(
  text: string,
  cuts: readonly Cut[],
  spans: readonly { type: PiiType; start: number; end: number }[],
): { type: PiiType; start: number; end: number }[] {
  const out: { type: PiiType; start: number; end: number }[] = [];
  if (cuts.length === 0) return out;
  const nameStarts = new Set(spans.filter((s) => s.type === 'person_name').map((s) => s.start));
  for (const { start: b, end: resumes } of cuts) {
    // (A name found starting right after the break is whole; one found ending at it may be cut: 宓德 | 胜老人.)
    if (nameStarts.has(resumes)) continue;
    // (A name cut by the break begins with its surname in the last three characters before it.)
    if (![1, 2, 3].some((k) => surnameOf(text.slice(b - k, b)) !== undefined)) continue;
    const left = text.slice(Math.max(text.lastIndexOf('\n', b - 1) + 1, b - CUT_CONTEXT_REACH), b);
    const right = text.slice(resumes, resumes + CUT_NAME_REACH).split('\n')[0]!;
    const window = left + right;
    for (const f of findNames(window, layoutOf(window))) {
      if (f.start >= left.length || f.end <= left.length) continue;
      out.push({ type: 'person_name', start: b - left.length + f.start, end: b });
      out.push({ type: 'person_name', start: resumes, end: resumes + f.end - left.length });
    }
  }
  return out;
}

/**
 * In order of position, where two overlap the first kept wins: a finding overlaps a kept one exactly when it
 * starts before the furthest end kept so far.
 */
function keepFirst<T extends { start: number; end: number }>(spans: T[]): T[] {
  let keptUntil = 0;
  return spans
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((f) => {
      if (f.start < keptUntil) return false;
      keptUntil = f.end;
      return true;
    });
}

/** The spans found in a text without extraction's spaces (extraction.ts). */
function findSpans(
  typed: string,
  observe?: (line: ObservedLine) => void,
): { type: PiiType; start: number; end: number }[] {
  const text = fullWidthPunctuation(tabulateDelimitedRows(tabulateSpacedRows(typed)));
  const layout = layoutOf(text);
  const unpadded = unpadNames(text);
  const officials: NameSpan[] = [];
  const names = widenOverPadding(
    findNames(
      unpadded.text,
      unpadded.text === text ? layout : layoutOf(unpadded.text),
      new Set(unpadded.padded.map((p) => p.start)),
      officials,
    ),
    unpadded,
  );
  const homes = [...findAddresses(text, layout, names), ...findForeignAddresses(text, layout)].sort(
    (a, b) => a.start - b.start,
  );
  const spans: { type: PiiType; start: number; end: number }[] = [
    ...findNumbers(text, layout, names, homes, observe, widenOverPadding(officials, unpadded)),
    ...[...names, ...findPinyinNames(text), ...findForeignNames(text, layout, names)].map((n) => ({
      type: 'person_name' as const,
      ...n,
    })),
    ...homes.map((a) => ({ type: 'address' as const, ...a })),
  ];
  return keepFirst(spans);
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；' };
/**
 * Half-width punctuation beside Chinese as Excel and OCR leave it (王文明(0898-…)、…; 申请人:…,电话:…) read as the
 * full-width it stands for, one character for one, so the rules need know one form only: brackets in pairs
 * that hold or follow Chinese, the rest beside it. Between digits it stays (5,000; 10:30; (0898)6652…).
 */
function fullWidthPunctuation(text: string): string {
  return (
    text
      .replace(/(?<=([\u4e00-\u9fff])?)\(([^()\n]{0,80})\)/g, (pair, han: string | undefined, inside: string) =>
        han || /[\u4e00-\u9fff]/.test(inside) ? `（${inside}）` : pair,
      )
      .replace(/(?<=[\u4e00-\u9fff）])[,:;]|[,:;](?=[\u4e00-\u9fff（])/g, (c) => FULL_WIDTH[c]!)
      // (…and a full stop typed between the parts of a name for the dot, 阿依达尔.别克苏丹, read as that dot.)
      .replace(/(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])/g, '·')
  );
}

/**
 * How much of a number stays visible when it is masked. The defaults follow court-judgment practice
 * (法释〔2016〕19号): ID numbers wholly masked, a bank card's last four digits, a plate's province and
 * city letter; a site may keep more (or less).
 */
export interface MaskingPolicy {
  idCard: { keepStart: number; keepEnd: number };
  bankCard: { keepStart: number; keepEnd: number };
  plate: { keepStart: number; keepEnd: number };
}

export const DEFAULT_MASKING_POLICY: MaskingPolicy = {
  idCard: { keepStart: 0, keepEnd: 0 },
  bankCard: { keepStart: 0, keepEnd: 4 },
  plate: { keepStart: 2, keepEnd: 0 },
};

/** Names to surname + 某, numbers masked as the policy says, contacts removed, addresses cut to the district. */
export function deidentify(
  text: string,
  findings = findPersonalInformation(text),
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
): string {
  let out = '';
  let at = 0;
  let previous: PiiFinding | undefined;
  // (Where the text's lines were cut, worked out only if two findings of a kind stand either side of a break.)
  let cuts: Set<string> | undefined;
  const cutBetween = (end: number, start: number) => {
    if (!cuts) {
      const reflow = reflowCutLines(text);
      cuts = new Set([...(reflow?.cuts ?? []), ...breaksInProse(text, reflow)].map((c) => `${c.start}:${c.end}`));
    }
    return cuts.has(`${end}:${start}`);
  };
  for (const f of findings) {
    // (The rest of a name or an address a line break cut goes with its first piece: 罗某 | 的证言, not 罗某 | 某的证言;
    // not a name on the next line of a list: 王某 | 赵某.)
    const rest =
      previous?.type === f.type && isCut(text.slice(previous.end, f.start)) && cutBetween(previous.end, f.start);
    out += text.slice(at, f.start) + (rest ? '' : masked(f, policy));
    at = f.end;
    previous = f;
  }
  return out + text.slice(at);
}

function keep(value: string, { keepStart, keepEnd }: { keepStart: number; keepEnd: number }): string {
  // Whatever the policy, at least eight characters (or half of a short number) stay hidden.
  const visible = value.length - Math.min(8, Math.ceil(value.length / 2));
  const start = Math.min(keepStart, visible);
  const end = Math.min(keepEnd, visible - start);
  return value.slice(0, start) + '*'.repeat(value.length - start - end) + (end > 0 ? value.slice(-end) : '');
}

function masked(f: PiiFinding, policy: MaskingPolicy): string {
  switch (f.type) {
    case 'person_name':
      return `${surnameOf(f.text) ?? ''}某`;
    case 'id_card':
      return keep(f.text, policy.idCard);
    case 'bank_card':
      return keep(f.text, policy.bankCard);
    case 'plate':
      return keep(f.text, policy.plate);
    case 'address':
      // Up to and including the district (区/县/市), the rest removed.
      return /^.*?(区|县|旗)/.exec(f.text)?.[0] ?? /^.*?市/.exec(f.text)?.[0] ?? '';
    default:
      return '××';
  }
}
