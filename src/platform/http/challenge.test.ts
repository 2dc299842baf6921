import { describe, expect, it } from 'vitest';
import { checkChallenge, newChallenge } from './challenge.js';

const SECRET = 'test-secret-test-secret-test-secret-0123456789';
const at = (ms: number) => new Date(Date.UTC(2026, 2, 2, 2) + ms);
const DIGITS = '零一二三四五六七八九';

/** Reads the sum as a person does. */
function answerOf(question: string): number {
  const [a, b] = [...question.slice(0, 3)].filter((c) => c !== '加').map((c) => DIGITS.indexOf(c));
  return a! + b!;
}

describe('the public forms’ question', () => {
  it('is answered by reading it, in half-width or full-width digits', () => {
    const c = newChallenge(SECRET, at(0));
    expect(c.question).toMatch(/^[一二三四五六七八九]加[一二三四五六七八九]等于几？/);
    const answer = answerOf(c.question);
    expect(checkChallenge(SECRET, c.token, String(answer), at(10_000))).toBe('ok');
    const fullWidth = String(answer).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(checkChallenge(SECRET, c.token, fullWidth, at(10_000))).toBe('ok');
  });

  it('refuses a wrong answer, a forged or altered token, a form sent at once or left open for hours', () => {
    const c = newChallenge(SECRET, at(0));
    const answer = String(answerOf(c.question));
    expect(checkChallenge(SECRET, c.token, String(Number(answer) + 1), at(10_000))).toBe('wrong');
    expect(checkChallenge(SECRET, c.token, '', at(10_000))).toBe('wrong');
    expect(checkChallenge('another-secret-another-secret-another-secret', c.token, answer, at(10_000))).toBe('wrong');
    const [issued, signature] = c.token.split('.');
    expect(checkChallenge(SECRET, `${Number(issued) + 1}.${signature}`, answer, at(10_000))).toBe('wrong');
    expect(checkChallenge(SECRET, 'x.y', answer, at(10_000))).toBe('expired');
    expect(checkChallenge(SECRET, c.token, answer, at(500))).toBe('too_fast');
    expect(checkChallenge(SECRET, c.token, answer, at(3 * 60 * 60_000))).toBe('expired');
  });
});
