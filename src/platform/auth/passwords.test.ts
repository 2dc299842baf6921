import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from './passwords.js';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Zheng-Wu-Gong-Kai-1');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('Zheng-Wu-Gong-Kai-1');
    expect(await verifyPassword('Zheng-Wu-Gong-Kai-1', hash)).toBe(true);
    expect(await verifyPassword('Zheng-Wu-Gong-Kai-2', hash)).toBe(false);
    expect(await verifyPassword('Zheng-Wu-Gong-Kai-1', 'not-a-hash')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('Same-Passw0rd')).not.toBe(await hashPassword('Same-Passw0rd'));
  });
});

describe('password policy', () => {
  it('names each problem in Chinese', () => {
    expect(passwordProblems('Abc-123', 'zhangsan', 10)).toEqual(['密码长度至少为 10 位']);
    expect(passwordProblems('abcdefghijkl', 'zhangsan', 10)).toEqual([
      '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    ]);
    expect(passwordProblems('Zhangsan-2026', 'zhangsan', 10)).toEqual(['密码不能包含账号']);
    expect(passwordProblems('Gongkai-2026!', 'zhangsan', 10)).toEqual([]);
  });

  it('generates passwords that pass it and differ every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(passwordProblems(p, 'admin', 10)).toEqual([]);
      expect(p).not.toMatch(/[0O1lI]/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
