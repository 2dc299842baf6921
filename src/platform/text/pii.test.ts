import { describe, expect, it } from 'vitest';
import { DEFAULT_MASKING_POLICY, deidentify, findPersonalInformation, isIdCardNumber, luhnValid } from './pii.js';

/** legal.md §5: personal information found with positions, look-alikes left alone, masked as courts do. */
const ID = '320508199003070025';
const CARD = '6222021234567890128';
const DECISION =
  `当事人张三，男，身份证号码${ID}，住址：苏州市姑苏区十全街88号3幢201室，联系电话13912345678，` +
  `银行账号${CARD}。法定代表人欧阳修文。车牌号苏E·A1234。邮箱zhang@example.com。`;

describe('finding personal information', () => {
  it('checks ID numbers (GB 11643 check digit, real birth date) and bank cards (Luhn)', () => {
    expect(isIdCardNumber(ID)).toBe(true);
    expect(isIdCardNumber('320508199003070026')).toBe(false);
    expect(isIdCardNumber('320508199002300021')).toBe(false);
    expect(luhnValid(CARD)).toBe(true);
    expect(luhnValid('6222021234567890127')).toBe(false);
  });

  it('finds each kind with its position in a penalty decision', () => {
    const found = findPersonalInformation(DECISION);
    expect(found.map((f) => [f.type, f.text])).toEqual([
      ['person_name', '张三'],
      ['id_card', ID],
      ['address', '苏州市姑苏区十全街88号3幢201室'],
      ['mobile', '13912345678'],
      ['bank_card', CARD],
      ['person_name', '欧阳修文'],
      ['plate', '苏E·A1234'],
      ['email', 'zhang@example.com'],
    ]);
    for (const f of found) expect(DECISION.slice(f.start, f.end)).toBe(f.text);
  });

  it('leaves alone what is not personal: codes, 文号, amounts, dates, office contacts, names already masked', () => {
    const text =
      '统一社会信用代码91320508MA1XXXXXX0，文号姑政办发〔2018〕12号，索引号113205080000140070/2026-00001，' +
      '罚款人民币5000元，2026年3月2日作出。咨询电话：0512-65250000，监督电话0512-12345678，' +
      '邮箱gkb@suzhou.gov.cn。当事人李某，申请人苏州某某有限公司。';
    expect(findPersonalInformation(text)).toEqual([]);
  });

  it('finds a private landline, a mobile written with dashes, and an old 15-digit ID number', () => {
    const found = findPersonalInformation('其住宅电话0512-68881234，手机139-1234-5678，原身份证号320508900307002。');
    expect(found.map((f) => f.type)).toEqual(['landline', 'mobile', 'id_card']);
  });
});

describe('masking', () => {
  it('follows court-judgment practice: surname + 某, numbers masked, contacts removed, address cut to the district', () => {
    expect(deidentify(DECISION)).toBe(
      '当事人张某，男，身份证号码******************，住址：苏州市姑苏区，联系电话××，' +
        '银行账号***************0128。法定代表人欧阳某。车牌号苏E******。邮箱××。',
    );
  });
});

describe('a site’s masking policy', () => {
  const id = '身份证号110101199003074514';
  it('keeps what the site chooses, but never fewer than eight hidden characters', () => {
    const policy = { ...DEFAULT_MASKING_POLICY, idCard: { keepStart: 6, keepEnd: 4 } };
    expect(deidentify(id, undefined, policy)).toBe('身份证号110101********4514');
    const greedy = { ...DEFAULT_MASKING_POLICY, idCard: { keepStart: 18, keepEnd: 18 } };
    expect(deidentify(id, undefined, greedy)).toBe('身份证号1101011990********');
    expect(deidentify(id)).toBe('身份证号******************');
  });
});
