import { describe, expect, it } from 'vitest';
import { splitByShare } from './postgres.js';
import { parseQuery, Synonyms } from './query.js';
import { highlight, snippet } from './snippet.js';
import { Vocabulary } from './suggest.js';

describe('parsing a query', () => {
  const synonyms = new Synonyms([['房贷', '住房公积金贷款']]);

  it('drops the words of a question that carry no meaning and adds synonyms as alternatives', () => {
    const q = parseQuery('低保怎么申请', synonyms);
    expect(q.phrases).toEqual([]);
    expect(q.groups).toHaveLength(2);
    // 低保 ↔ 最低生活保障 is a default group.
    expect(q.groups[0]).toEqual(expect.arrayContaining([['低保'], ['最低生活保障']]));
    expect(q.groups[1]).toEqual([['申请']]);
  });

  it('turns a synonym of several words into words that must all occur', () => {
    // (A synonym no other test adds to the dictionary, which the process's test files share.)
    const q = parseQuery('车补', new Synonyms([['车补', '公务用车补贴']]));
    expect(q.groups[0]).toEqual(expect.arrayContaining([['车补'], ['公务用车', '补贴']]));
  });

  it('asks once for two words of one synonym group', () => {
    const q = parseQuery('招生入学', new Synonyms([['招生', '入学']]));
    expect(q.groups).toHaveLength(1);
    expect(q.groups[0]).toEqual(expect.arrayContaining([['招生'], ['入学']]));
  });

  it('keeps quoted phrases in normal form, whatever the quotes', () => {
    for (const text of ['"政务公开 工作要点"', '“政务公开 工作要点”', '「政务公开 工作要点」'])
      expect(parseQuery(text, synonyms).phrases).toEqual(['政务公开 工作要点']);
  });
});

describe('which words PostgreSQL asks its index for', () => {
  const shares = new Map([
    ['工作', 0.9],
    ['部门', 0.6],
    ['预算', 0.03],
    ['医保', 0.05],
    ['医疗保险', 0.06],
  ]);
  const share = (w: string) => shares.get(w) ?? 0;

  it('checks a word in a tenth of the entries or more on the rows the rarer words found', () => {
    expect(splitByShare([[['部门']], [['预算']]], share)).toEqual({ indexed: [[['预算']]], checked: [[['部门']]] });
  });

  it('counts a group as common as its alternatives together, a single character as matching everything', () => {
    // 医保 or 医疗保险: 0.11 together; 税 starts too many words to be worth the index.
    expect(splitByShare([[['医保'], ['医疗保险']], [['预算']], [['税']]], share)).toEqual({
      indexed: [[['预算']]],
      checked: [[['医保'], ['医疗保险']], [['税']]],
    });
  });

  it('asks the index for the rarest group when every group is common, and for all when none is', () => {
    expect(splitByShare([[['工作']], [['部门']]], share)).toEqual({ indexed: [[['部门']]], checked: [[['工作']]] });
    expect(splitByShare([[['预算']], [['年度']]], share).checked).toEqual([]);
  });
});

describe('snippets', () => {
  it('escapes the text and marks the words, adjacent words as one mark', () => {
    expect(highlight('<b>住房公积金贷款</b>', ['住房公积金', '贷款'])).toBe(
      '&lt;b&gt;<mark>住房公积金贷款</mark>&lt;/b&gt;',
    );
  });

  it('shows the part of a long text where the words are', () => {
    const text = '前言'.repeat(100) + '申请低保需要户口簿。' + '结尾'.repeat(100);
    const s = snippet(text, ['低保'], 40);
    expect(s.startsWith('…')).toBe(true);
    expect(s).toContain('<mark>低保</mark>');
    expect(s.length).toBeLessThan(80);
  });
});

describe('did you mean', () => {
  const vocabulary = new Vocabulary([
    ['公积金', 5],
    ['营商环境', 4],
    ['申请', 10],
    ['申请书', 3],
    ['低保', 3],
    ['垃圾分类', 2],
  ]);

  it('corrects homophones and one wrong character', () => {
    expect(vocabulary.correct('公基金提取')).toBe('公积金提取');
    expect(vocabulary.correct('营商坏境')).toBe('营商环境');
    expect(vocabulary.correct('垃圾分累')).toBe('垃圾分类');
  });

  it('leaves a query of known words alone', () => {
    expect(vocabulary.correct('申请低保')).toBeNull();
    expect(vocabulary.correct('最低生活保障')).toBeNull();
  });
});
