import { describe, expect, it } from 'vitest';
import { cleanInput, cleanText, MAX_INPUT_DEPTH } from './input.js';

describe('the input normaliser (issue 13 §5, §9)', () => {
  it('removes bidi overrides and zero-width characters, keeping the text a person sees', () => {
    expect(cleanText('invoice\u202Efdp.exe').text).toBe('invoicefdp.exe');
    expect(cleanText('张\u200B三\u2066\u2069\uFEFF').text).toBe('张三');
    expect(cleanText('第一行\n\t第二行\r\n').text).toBe('第一行\n\t第二行\r\n');
  });

  it('refuses NUL, other control characters and lone surrogates, naming the field', () => {
    const body = { name: '张\u0000三', list: ['ok', 'x\u0007'], nested: { deep: 'a\uD800b' }, fine: '公开' };
    const problems = cleanInput(body);
    expect(problems).toEqual([
      { field: 'name', message: expect.stringContaining('控制字符') as unknown },
      { field: 'list.1', message: expect.stringContaining('控制字符') as unknown },
      { field: 'nested.deep', message: expect.stringContaining('无法识别') as unknown },
    ]);
  });

  it('cleans strings in place, in objects and arrays, keys included in the check', () => {
    const body: Record<string, unknown> = { title: '通\u200D知', tags: ['a\u202Eb'] };
    expect(cleanInput(body)).toEqual([]);
    expect(body).toEqual({ title: '通知', tags: ['ab'] });
    expect(cleanInput({ ['k\u0000']: 1 })).toHaveLength(1);
  });

  it('refuses nesting deeper than any form, without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(cleanInput(deep)).toBe('too_deep');
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) ok = { a: ok };
    expect(cleanInput(ok)).toEqual([]);
  });
});
