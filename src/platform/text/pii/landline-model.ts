import { readFileSync } from 'node:fs';
import { ORGANISATION, type Owner } from './owner.js';

/**
 * A second opinion on a landline the rules could not place. The rules decide whose a line is from
 * what names it (a home's label, an office's, a name before it); when none of them speaks, the
 * nearer mention before the number decides, and where nothing is mentioned before it they take it
 * for an office's. That guess misses a person's line in writing the rules were not written for: a
 * row whose person has a name that reads as a word (石榴, 钟表), a record that names nobody. A
 * logistic model over the characters around the number, trained on the development corpora's lines
 * that reached the guess (`npm run train:pii`), overrides it there where it finds a person's line
 * the likelier: where nothing was mentioned before the line, and, at a higher bar, where an
 * organisation was (a person's line given after their employer, the office that reached them). It
 * never clears a line the rules found.
 */

/** What the rules knew about an undecided line: the nearer mention before it, and whether it closes a notice. */
export interface UndecidedLine {
  /** The detector's working copy of the text (half-width digits, 座机 read as 电话). */
  text: string;
  start: number;
  end: number;
  owner: Owner;
  closesNotice: boolean;
  /** Whether a person (a name, a party's word) was named earlier in the sentence. */
  personInSentence: boolean;
  /** The heading of the table column the number stands in (联系电话, 经营者联系电话, 单位电话), if any. */
  heading?: string;
}

/** An undecided line as training sees it: its features, and whether the rules' guess made it a person's. */
export interface ObservedLine extends UndecidedLine {
  features: string[];
  ruled: boolean;
}

/**
 * The evidence the model weighs, as named features: characters and pairs of characters before the
 * number within its sentence (the nearest ones on their own, and those since the last organisation),
 * after it up to the sentence's end, the number's form, and what the rules knew. Digits are read as
 * one character, so numbers beside it count by their shape, not their value.
 */
export function lineFeatures(line: UndecidedLine): string[] {
  const { text, start, end } = line;
  const features = ['BIAS', `OWNER:${line.owner ?? 'none'}`, `CLOSES:${line.closesNotice}`];
  const window = text.slice(Math.max(0, start - 40), start);
  const left = window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n')) + 1).replace(/\d/g, '#');
  const right = text
    .slice(end, end + 40)
    .split(/[。\n]/)[0]!
    .replace(/\d/g, '#');
  for (let i = 0; i < left.length; i++) {
    features.push(`L:${left[i]}`);
    if (i + 1 < left.length) features.push(`LL:${left.slice(i, i + 2)}`);
  }
  const near = left.slice(-10);
  for (let i = 0; i + 1 < near.length; i++) features.push(`NEAR:${near.slice(i, i + 2)}`);
  for (let k = 1; k <= 4 && k <= left.length; k++) features.push(`LEND${k}:${left.slice(-k)}`);
  for (let i = 0; i + 1 < right.length; i++) features.push(`RR:${right.slice(i, i + 2)}`);
  for (let k = 1; k <= 3 && k <= right.length; k++) features.push(`RSTART${k}:${right.slice(0, k)}`);
  // How far back the last organisation was named, and whether it was named with a person before it:
  // an office named between a person and a line is read differently from one that opens the sentence.
  const organisations = [...left.matchAll(ORGANISATION)];
  const lastOrganisation = organisations.at(-1);
  const gap = lastOrganisation ? left.length - lastOrganisation.index - lastOrganisation[0].length : -1;
  features.push(`ORG_GAP:${gap < 0 ? 'none' : gap === 0 ? 0 : gap <= 3 ? 3 : gap <= 8 ? 8 : gap <= 16 ? 16 : 'far'}`);
  // What stands between the last organisation and the number (…医院工作，她的…), and the word that put the
  // organisation in its clause (在…医院, 向…局, 拨打…中心): an office the person works at, turned to or was
  // called from is not the one the number reaches.
  if (lastOrganisation) {
    const since = left.slice(lastOrganisation.index + lastOrganisation[0].length);
    for (let i = 0; i + 1 < since.length; i++) features.push(`GAP:${since.slice(i, i + 2)}`);
    const clause = left
      .slice(0, lastOrganisation.index)
      .split(/[，,；;：:\t]/)
      .at(-1)!;
    const prep = /(在|到|向|对|经|由|从|与|给|被|找|去|拨打|打)[^在到向对经由从与给被找去]{0,20}$/.exec(clause);
    if (prep) features.push(`ORG_PREP:${prep[1]}`);
  }
  if (line.personInSentence) features.push('PERSON_BEFORE', `PERSON_BEFORE:${line.owner ?? 'none'}`);
  for (const f of features.filter((f) => /^(?:NEAR|LEND\d):/.test(f))) features.push(`${line.owner ?? 'none'}|${f}`);
  // Other numbers in the sentence: one before it, one after it, and whether the one after is labelled an office's.
  if (/#{7}/.test(left.replace(/[\s\-－—()（）]/g, ''))) features.push('NUMBER_BEFORE');
  const rest = text.slice(end, end + 60).split(/[。\n]/)[0]!;
  const next = /[（(]?\d[\d\s\-－—()（）]{6,}/.exec(rest);
  if (next) {
    features.push('NUMBER_AFTER');
    const nextLabel = rest
      .slice(0, next.index)
      .split(/[，,；;\t|]/)
      .at(-1)!;
    if (nextLabel.search(ORGANISATION) >= 0) features.push('OFFICE_LINE_AFTER');
  }
  const number = text.slice(start, end);
  if (/转|分机|\d-\d{1,5}$/.test(number)) features.push('EXTENSION');
  if (text[start - 1] === '\t' || text[end] === '\t') features.push('CELL');
  if (!left) features.push('STARTS_SENTENCE');
  // In a table, the words its column is headed with (家庭电话, 单位电话, 经营者联系电话, 联系电话).
  if (line.heading) {
    const heading = line.heading.replace(/\d/g, '#');
    features.push('HEADED');
    for (let i = 0; i + 1 < heading.length; i++) features.push(`HEAD:${heading.slice(i, i + 2)}`);
  }
  return features;
}

/**
 * Above this probability the model's word outranks the rules' guess, by what was mentioned before the line.
 * Chosen on development cross-validation (`npm run train:pii -- --cv`: 8 folds by corpus, in six partitions averaged)
 * by the score of persons' lines found less a fifth of the offices' lines flagged (a third until 2026-12-07; see
 * OFFICE_WEIGHT in train-landline-model.ts): a miss publishes a citizen's number, a false alarm asks a reviewer for one
 * click. The bar is the lowest that scores within one of the best: the scores are flat near the top, and the best bar
 * moves by a step or two from one retraining to the next, so within that noise the bar leans to finding. Last run
 * 2026-12-07 over dev–dev343 with five orders per model (`--orders=5`; 17,941 undecided lines, the rules' guess misses
 * 199 persons' lines among them):
 * - Nothing mentioned: 0.07 is the lowest within one of the best (0.1), adding 102.3 persons' lines and 55.8 offices'
 *   (0.1 adds 101.2 and 47.2, 0.05 adds 103.2 and 63.2). With a third the rule picked 0.1 (runs over dev–dev273 to
 *   dev–dev293 picked 0.1 or 0.15).
 * - After an organisation: 0.15 scores best, adding 38.3 and 76.0 (0.1 adds 41.3 and 97.0, 0.2 adds 35.7 and 66.3) —
 *   the rules have weighed the organisation already, and the model finds fewer there; the same bar as with a third.
 * - After a person the guess is already the person's.
 * The weight moves few lines: against a third it adds about one person's line and nine offices' on the development
 * sets. Finding many more would cost many more offices' lines (0.03 after an organisation adds eleven persons' lines
 * for 93 offices').
 */
export const PRIVATE_LINE_THRESHOLD: Readonly<Record<'none' | 'organisation', number>> = {
  none: 0.07,
  organisation: 0.15,
};

export interface LandlineModel {
  /** The development parts it was trained on and a digest of their files, to tell a stale model. */
  trainedOn: { parts: string[]; digest: string };
  weights: Record<string, number>;
}

// Read on first use, not at start-up: a process that never scans a text never parses the weights.
let model: LandlineModel | undefined;
let modelWeights: ReadonlyMap<string, number> | undefined;
export function landlineModel(): LandlineModel {
  return (model ??= JSON.parse(
    readFileSync(new URL('./landline-model.json', import.meta.url), 'utf8'),
  ) as LandlineModel);
}
const weightsOfModel = () => (modelWeights ??= new Map(Object.entries(landlineModel().weights)));

/** The model's probability that the line is a person's. */
export function privateLineProbability(
  features: readonly string[],
  weights: ReadonlyMap<string, number> = weightsOfModel(),
): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
