import { describe, expect, it } from 'vitest';
import { applyCorrections, DEFAULT_WORDING_RULES, findWording, type WordingRule } from './wording.js';

describe('wording checks (错敏字)', () => {
  it('finds misspelled official names and agency names the 2018 reform replaced, with positions', () => {
    const text = '根据《中华人民共和国政府信息公开条列》，区环境保护局负责。';
    const found = findWording(text, DEFAULT_WORDING_RULES);
    expect(found.map((f) => [f.text, f.correction, f.severity])).toEqual([
      ['中华人民共和国政府信息公开条列', '中华人民共和国政府信息公开条例', 'error'],
      ['环境保护局', '生态环境局', 'warning'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(applyCorrections(text, found)).toBe('根据《中华人民共和国政府信息公开条例》，区生态环境局负责。');
  });

  it('leaves correct text alone, also where a wrong expression is part of the right one', () => {
    const rules: WordingRule[] = [
      { wrong: '税务局', correction: '国家税务总局', kind: 'wrong', severity: 'warning', note: '' },
    ];
    expect(findWording('国家税务总局苏州市税务局', rules).map((f) => f.start)).toEqual([9]);
    expect(findWording('区生态环境局、区市场监督管理局依法履职。', DEFAULT_WORDING_RULES)).toEqual([]);
  });

  it('finds a site’s sensitive words, which have no correction', () => {
    const rules: WordingRule[] = [
      { wrong: '内部资料', correction: null, kind: 'sensitive', severity: 'error', note: '不得公开' },
    ];
    const found = findWording('本件为内部资料。', rules);
    expect(found).toMatchObject([{ text: '内部资料', correction: null, kind: 'sensitive' }]);
    expect(applyCorrections('本件为内部资料。', found)).toBe('本件为内部资料。');
  });
});
