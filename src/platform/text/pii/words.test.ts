import { describe, expect, it } from 'vitest';
import { ledByFirstCharacters, Words } from './words.js';

describe('a regular expression led by its first characters', () => {
  it('finds what it found, and is tried only where an alternative can begin', () => {
    const re = /(?:有限公司|(?:合作)?联社|[区市]委(?!托)|(?<=[区县][\u4e00-\u9fff]{1,8})办(?![理法])|(?<!本人)科)/g;
    const led = ledByFirstCharacters(re);
    expect(led.source.startsWith('(?=[')).toBe(true);
    for (const c of '有合联区市办科') expect(led.source.slice(0, led.source.indexOf(']'))).toContain(c);
    expect(led.flags).toBe('g');
    for (const text of [
      '某某有限公司',
      '信用联社',
      '农村合作联社',
      '区委办公室',
      '区委托',
      '县住建办',
      '本人科',
      '财务科',
      '市办理',
    ])
      expect([...text.matchAll(led)].map((m) => [m.index, m[0]])).toEqual(
        [...text.matchAll(re)].map((m) => [m.index, m[0]]),
      );
  });

  it('is returned as it is where an alternative may begin with any character', () => {
    for (const re of [/(?:公司|[^，]局)/, /(?:公司|\d+号)/, /(?:公司|[\u4e00-\u9fff]办)/, /(?:公司|.)/, /(?:公司|x?)/])
      expect(ledByFirstCharacters(re)).toBe(re);
  });
});

describe('words starting at a position', () => {
  it('gives the longest that ends by the bound', () => {
    const words = new Words('王芳 王芳芳');
    expect(words.startingAt('王芳芳说', 0)).toBe('王芳芳');
    expect(words.startingAt('王芳芳说', 0, 2)).toBe('王芳');
    expect(words.startingAt('王芳芳说', 0, 1)).toBeUndefined();
  });
});
