import { describe, expect, it } from 'vitest';
import { isValidOrgCode, isValidUscc, normaliseOrganisationCode } from './identifiers.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes with a correct check character', () => {
    // Examples from reference/website.md §4 and widely published examples.
    expect(isValidUscc('11441700007280420Y')).toBe(true);
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('refuses a wrong check character, a wrong length, and letters the standard excludes', () => {
    expect(isValidUscc('11441700007280420X')).toBe(false);
    expect(isValidUscc('1144170000728042Y')).toBe(false);
    expect(isValidUscc('91350100M000100I43')).toBe(false);
  });
});

describe('组织机构代码 (GB 11714)', () => {
  it('accepts a valid code with or without the hyphen and refuses a wrong check digit', () => {
    // The organisation code embedded in 11441700007280420Y is 00728042-0.
    expect(isValidOrgCode('00728042-0')).toBe(true);
    expect(isValidOrgCode('007280420')).toBe(true);
    expect(isValidOrgCode('007280421')).toBe(false);
  });

  it('normalises either kind to upper case without hyphen', () => {
    expect(normaliseOrganisationCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normaliseOrganisationCode('00728042-0')).toBe('007280420');
    expect(normaliseOrganisationCode('姑政办发〔2018〕12号')).toBeUndefined();
  });
});
