import { describe, expect, it } from 'vitest';
import { extendDictionary, indexWords, normaliseText, queryWords, searchWords } from './segment.js';

describe('normalising text for search', () => {
  it('makes every bracket of a 文号 the same, so 姑政办发[2018]12号 finds 姑政办发〔2018〕12号', () => {
    for (const written of [
      '姑政办发[2018]12号',
      '姑政办发(2018)12号',
      '姑政办发【2018】12号',
      '姑政办发（２０１８）１２号',
    ])
      expect(normaliseText(written)).toBe('姑政办发〔2018〕12号');
  });

  it('turns full-width letters and digits to half-width and traditional characters to simplified', () => {
    expect(normaliseText('ＡＢＣ１２３')).toBe('abc123');
    expect(normaliseText('政府資訊公開條例')).toBe('政府资讯公开条例');
    expect(normaliseText('  行政   審批 ')).toBe('行政 审批');
  });
});

describe('search words', () => {
  it('keeps government terms whole, with the words inside them', () => {
    const words = searchWords('深化放管服改革，推进不见面审批和一网通办');
    for (const w of ['放管服', '不见面审批', '一网通办', '审批', '改革']) expect(words).toContain(w);
    expect(words).not.toContain('，');
    expect(searchWords('姑苏区行政审批局关于双随机一公开监管工作的通知')).toEqual(
      expect.arrayContaining(['姑苏区', '行政审批局', '双随机一公开', '监管']),
    );
  });

  it('keeps a 文号 whole however its brackets were written', () => {
    expect(searchWords('姑政办发[2018]12号')).toContain('姑政办发〔2018〕12号');
    expect(searchWords('见《关于做好政务公开工作的通知》（姑政办发[2018]12号）')).toContain('姑政办发〔2018〕12号');
    // Run into other words, the year and number still match.
    expect(searchWords('根据姑政办发〔2018〕12号文件')).toContain('〔2018〕12号');
  });

  it('learns words an administrator adds', () => {
    // (A word no other test adds: the dictionary is the process's, and test files share a process.)
    expect(searchWords('沧浪新片区保护更新')).not.toContain('沧浪新片区');
    extendDictionary(['沧浪新片区']);
    expect(searchWords('沧浪新片区保护更新')).toContain('沧浪新片区');
  });
});

describe('query words', () => {
  it('keeps a 文号 whole and cuts the rest into the longest words', () => {
    expect(queryWords('姑政办发[2018]12号 通知')).toEqual(['姑政办发〔2018〕12号', '通知']);
    expect(queryWords('〔2018〕12号')).toEqual(['〔2018〕12号']);
    expect(queryWords('深化放管服改革')).toEqual(['深化', '放管服', '改革']);
  });

  it('counts every occurrence for the index', () => {
    const words = indexWords('低保申请，低保审核');
    expect(words.filter((w) => w === '低保')).toHaveLength(2);
  });
});
