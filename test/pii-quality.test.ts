import { describe, expect, it } from 'vitest';
import { generateCorpus } from './fixtures/pii/corpus.js';
import { measureDetection } from './fixtures/pii/measure.js';

/** Issue 6 §5 on the labelled corpus; `npm run bench:pii` prints the figures and the speed. */
describe('personal-information detection on the labelled corpus', () => {
  const corpus = generateCorpus();

  it('has at least 300 sentences with personal information and look-alikes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((s) => s.spans.length === 0).length).toBeGreaterThan(30);
  });

  it('meets the targets for every type', () => {
    const { scores, mistakes } = measureDetection(corpus);
    for (const [type, s] of scores) expect(s.meetsTarget, `${type}: ${mistakes.join('\n')}`).toBe(true);
  });
});
