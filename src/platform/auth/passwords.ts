import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt parameters (N=2^15, r=8, p=1): ~50 ms per hash on this class of machine, 32 MiB memory.
const PARAMS = { N: 32768, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 128 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Stored as `scrypt$N$r$p$salt$hash` so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to compare against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/**
 * Password policy (the usual 等级保护 baseline): a minimum length, at least three of the four
 * character classes, and not containing the account name. Returns the problems, in Chinese.
 */
export function passwordProblems(password: string, account: string, minLength: number): string[] {
  const problems: string[] = [];
  if (password.length < minLength) problems.push(`密码长度至少为 ${minLength} 位`);
  if (password.length > 128) problems.push('密码长度不能超过 128 位');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  if (account && password.toLowerCase().includes(account.toLowerCase())) problems.push('密码不能包含账号');
  return problems;
}

/** A password that satisfies the policy, for generated accounts (printed once, never stored). */
export function generatePassword(): string {
  // No look-alike characters (0/O, 1/l/I), so it can be read aloud or copied from paper.
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  for (;;) {
    let body = '';
    for (let i = 0; i < 16; i++) body += alphabet[randomInt(alphabet.length)];
    const password = body.match(/.{4}/g)?.join('-') ?? body;
    // 16 of 56 characters is about 93 bits; redraw the rare result that misses a class.
    if (passwordProblems(password, '', 10).length === 0) return password;
  }
}
