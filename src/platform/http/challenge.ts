import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * A question on a public form that a person answers at a glance and a script has to read the page
 * for: a sum in words (七加五等于几？), with a signed token in a hidden field. No third-party service,
 * no image: a screen reader reads it like any label, and it passes axe. Together with the rate limit
 * per address and a field people never see (a script fills in every field), it keeps out scripted
 * posting; it does not stop a person paid to post, and is not meant to.
 */
export interface Challenge {
  question: string;
  token: string;
}

export type ChallengeResult = 'ok' | 'wrong' | 'expired' | 'too_fast';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Faster than a person can read and fill in a form. */
const MIN_AGE_MS = 2_000;
/** A form left open longer is asked again. */
const MAX_AGE_MS = 2 * 60 * 60_000;

const sign = (secret: string, answer: number, issuedAt: number) =>
  createHmac('sha256', secret).update(`challenge|${answer}|${issuedAt}`).digest('base64url');

export function newChallenge(secret: string, now: Date): Challenge {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const issuedAt = now.getTime();
  return {
    question: `${DIGITS[a]}加${DIGITS[b]}等于几？（请填写阿拉伯数字）`,
    token: `${issuedAt}.${sign(secret, a + b, issuedAt)}`,
  };
}

export function checkChallenge(secret: string, token: string, answer: string, now: Date): ChallengeResult {
  const [issued = '', signature = ''] = token.split('.');
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt)) return 'expired';
  const age = now.getTime() - issuedAt;
  if (age < 0 || age > MAX_AGE_MS) return 'expired';
  // Full-width digits typed with a Chinese input method count as the same number.
  const given = Number(answer.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (!Number.isInteger(given)) return 'wrong';
  const expected = Buffer.from(sign(secret, given, issuedAt));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return 'wrong';
  if (age < MIN_AGE_MS) return 'too_fast';
  return 'ok';
}
