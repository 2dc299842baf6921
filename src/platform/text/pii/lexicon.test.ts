import { describe, expect, it } from 'vitest';
import { isKnownName, isVerb, wordFrequency } from './lexicon.js';

// The answers are jieba's dictionary lines (node_modules/@node-rs/jieba/dict.txt), read through the table lexicon.ts
// builds in place of a Map.
describe("jieba's dictionary as the name finder asks it", () => {
  it('gives a kept word its frequency, and nothing for what it does not keep', () => {
    expect(wordFrequency('大学')).toBeGreaterThan(50); // frequent: kept whatever its first character
    expect(wordFrequency('文明')).toBeGreaterThan(0); // begins with a surname character: kept
    expect(wordFrequency('大')).toBe(0); // one character: none kept
    expect(wordFrequency('中华人民共和国')).toBe(0); // over four: none kept
    expect(wordFrequency('钮建平')).toBe(0); // no word
  });

  it('knows three-character names it tags nr, and not two-character ones', () => {
    expect(isKnownName('姬晓峰')).toBe(true);
    expect(isKnownName('黎明')).toBe(false); // tagged nr, but two characters
    expect(isKnownName('方法论')).toBe(false); // tagged n
  });

  it('knows the verbs that begin with a surname character', () => {
    expect(isVerb('申请')).toBe(true);
    expect(isVerb('文明')).toBe(false);
  });
});
