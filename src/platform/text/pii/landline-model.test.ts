import { describe, expect, it } from 'vitest';
import { corpusDigest, DEVELOPMENT_PARTS } from '../../../../test/fixtures/pii/real.js';
import { findPersonalInformation } from '../pii.js';
import { landlineModel, lineFeatures, type ObservedLine, privateLineProbability } from './landline-model.js';
import { layoutOf } from './layout.js';
import type { Owner } from './owner.js';

const landlines = (text: string) =>
  findPersonalInformation(text)
    .filter((f) => f.type === 'landline')
    .map((f) => f.text);

/** The landlines the rules could not place in a text, as training sees them. */
function undecided(text: string): ObservedLine[] {
  const lines: ObservedLine[] = [];
  findPersonalInformation(text, (line) => lines.push(line));
  return lines;
}

describe('the second opinion on landlines the rules cannot place', () => {
  it('is trained on the development corpora as they are now (npm run train:pii after changing one)', () => {
    expect(landlineModel().trainedOn.parts).toEqual([...DEVELOPMENT_PARTS]);
    expect(landlineModel().trainedOn.digest).toBe(corpusDigest(DEVELOPMENT_PARTS));
  });

  it('takes a line for a person’s where no name was found before it and the rules guessed an office', () => {
    // (石榴 and 钟表 read as words, so the rules know no person before the numbers.)
    const cases: [text: string, line: string][] = [
      ['信用修复登记：石榴签收，电话（0771-5836299），已办结。', '0771-5836299'],
      ['送达情况表\t钟表\t苏州市姑苏区十全街乌鹊桥弄15号\t(0512)65174299\t已送达', '(0512)65174299'],
    ];
    for (const [text, line] of cases) {
      expect(undecided(text).map((l) => [l.owner, l.ruled])).toEqual([[undefined, false]]);
      expect(landlines(text)).toEqual([line]);
    }
  });

  it('leaves an office’s line in its notice public', () => {
    const notice = '冬季供暖报修：热力公司电话0471-6920033，请住户提前联系。';
    expect(undecided(notice)).toHaveLength(1);
    expect(landlines(notice)).toEqual([]);
  });

  /** The features of the first number in the text (twelve characters long unless said). */
  const featuresOf = (text: string, owner: Owner, personInSentence: boolean, length = 12) => {
    const start = text.indexOf('0471');
    return lineFeatures({ text, start, end: start + length, owner, closesNotice: false, personInSentence });
  };

  it('reads the characters around the number within its sentence, digits by their shape', () => {
    const features = featuresOf('上一句。申请人电话0471-6920033，已回访。', 'person', true);
    expect(features).toContain('LEND3:人电话');
    expect(features).toContain('RSTART2:，已');
    expect(features).toContain('OWNER:person');
    expect(features.some((f) => f.includes('上一句') || f.includes('句'))).toBe(false);
    expect(featuresOf('电话0471-6920033转8', undefined, false, 13)).toContain('EXTENSION');
  });

  it('sees how far back the organisation was named, the person before it and an office’s line after it', () => {
    const features = featuresOf(
      '申请人经区民政局审核，联系电话0471-6920033，审核单位电话0471-6920034。',
      'organisation',
      true,
    );
    expect(features).toEqual(
      expect.arrayContaining(['ORG_GAP:8', 'PERSON_BEFORE:organisation', 'NUMBER_AFTER', 'OFFICE_LINE_AFTER']),
    );
    expect(features).toContain('organisation|LEND2:电话');
    expect(features).not.toContain('NUMBER_BEFORE');
  });

  it('reads the heading of the table column the number stands in', () => {
    const text = '序号\t经营者\t经营者联系电话\n1\t甘有才\t0471-6920033';
    const start = text.indexOf('0471');
    const cell = layoutOf(text).cellAt(start)!;
    expect(cell.heading).toBe('经营者联系电话');
    const features = lineFeatures({
      text,
      start,
      end: start + 12,
      owner: 'person',
      closesNotice: false,
      personInSentence: true,
      heading: cell.heading,
    });
    expect(features).toEqual(expect.arrayContaining(['HEADED', 'HEAD:营者', 'HEAD:电话']));
    expect(featuresOf('电话0471-6920033', undefined, false)).not.toContain('HEADED');
  });

  it('weighs its features as a logistic model', () => {
    const weights = new Map([
      ['A', 2],
      ['B', -2],
    ]);
    expect(privateLineProbability(['A', 'B'], weights)).toBe(0.5);
    expect(privateLineProbability(['A', 'unknown'], weights)).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});
