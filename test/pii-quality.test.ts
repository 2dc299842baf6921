import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlToLayoutText } from '../src/platform/text/html.js';
import { findPersonalInformation, PII_TYPES, type PiiType } from '../src/platform/text/pii.js';
import { CORPUS, contentOf } from './fixtures/search/corpus.js';
import { PRECISION_TARGET, RECALL_TARGET, measureDetection } from './fixtures/pii/measure.js';
import { loadCorpus } from './fixtures/pii/real.js';

/**
 * Where the held-out set still falls short of its target, last measured on 2026-11-30 (bench/RESULTS.md,
 * heldout2: written that day by a helper who saw no code, never tuned on). These floors only keep
 * the detector from getting worse; issue 14 stays open until this is empty.
 */
const KNOWN_GAP: Partial<Record<PiiType, number>> = { landline: 0.88, bank_card: 0.94, person_name: 0.92 };
const KNOWN_PRECISION_GAP = 0.935;

/**
 * Issue 14 on the hand-written corpora (test/fixtures/pii): the held-out set, never tuned on, must
 * meet the targets; `npm run bench:pii` prints every figure and the speed.
 */
describe('personal-information detection on the hand-written corpus', () => {
  const heldout = loadCorpus('heldout2');
  const dev = loadCorpus('dev');

  it('has at least 600 sentences in at least ten genres, the held-out set apart from what was tuned on', () => {
    expect(heldout.length + dev.length).toBeGreaterThanOrEqual(600);
    expect(new Set(heldout.map((s) => s.genre)).size).toBeGreaterThanOrEqual(10);
    // No held-out sentence is in a development set.
    const devTexts = new Set(
      (['dev', 'dev2', 'dev3', 'dev4', 'heldout'] as const).flatMap((part) => loadCorpus(part).map((s) => s.text)),
    );
    expect(heldout.filter((s) => devTexts.has(s.text))).toEqual([]);
  });

  it('meets the targets on the held-out set, but for the gaps still open', () => {
    const { scores, precision } = measureDetection(heldout);
    for (const type of PII_TYPES)
      expect(scores.get(type)!.recall, `${type} recall`).toBeGreaterThanOrEqual(KNOWN_GAP[type] ?? RECALL_TARGET[type]);
    expect(precision, 'precision over all findings').toBeGreaterThanOrEqual(
      Math.min(PRECISION_TARGET, KNOWN_PRECISION_GAP),
    );
  });

  it('finds nothing in government writing about no one: 513 notices, plans and reports, and the 2018 work plan', () => {
    const texts = [
      ...CORPUS.map((d) => {
        const c = contentOf(d);
        return `${c.title}\n${htmlToLayoutText(c.bodyHtml)}`;
      }),
      readFileSync(new URL('../src/seed/gusu-2018-work-plan.txt', import.meta.url), 'utf8'),
    ];
    const found = texts.flatMap((t) => findPersonalInformation(t).map((f) => `${f.type} ${f.text}`));
    expect(found).toEqual([]);
  });
});
