/**
 * Checks for the two codes a Chinese organisation carries:
 *  - 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character mod 31;
 *  - 组织机构代码 (GB 11714-1997): 8 characters and a check character mod 11, often written 12345678-9.
 */

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

export function isValidUscc(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && usccCheckChar(code.slice(0, 17)) === code[17];
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function orgCodeCheckChar(first8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i] ?? '';
    const v = /[0-9]/.test(c) ? Number(c) : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : -1;
    if (v < 0) return undefined;
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function isValidOrgCode(code: string): boolean {
  const plain = code.replace('-', '');
  return /^[0-9A-Z]{8}[0-9X]$/.test(plain) && orgCodeCheckChar(plain.slice(0, 8)) === plain[8];
}

/** A department or site code: either kind, upper-cased, hyphen removed. Returns undefined when invalid. */
export function normaliseOrganisationCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (isValidUscc(upper)) return upper;
  if (isValidOrgCode(upper)) return upper.replace('-', '');
  return undefined;
}
