import { isValidUscc } from './identifiers.js';

/**
 * Personal information in text (legal.md §5), found with positions so it can be shown, masked or
 * accepted one by one. Structured numbers are checked, not just matched: an ID number needs its
 * GB 11643 check digit and a real birth date, a bank card its Luhn digit. Office phone numbers
 * given as official contacts, e-mail addresses of government domains, 统一社会信用代码, 文号 and
 * amounts are not personal information and are left alone.
 */
export const PII_TYPES = [
  'id_card',
  'mobile',
  'landline',
  'bank_card',
  'email',
  'plate',
  'person_name',
  'address',
] as const;
export type PiiType = (typeof PII_TYPES)[number];

export interface PiiFinding {
  type: PiiType;
  /** JavaScript string indices into the text. */
  start: number;
  end: number;
  text: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validBirth(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    y >= 1900 &&
    date <= new Date() &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d
  );
}

/** An 18-digit 居民身份证号码 (GB 11643): area, birth date, sequence, check character. */
export function isIdCardNumber(value: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(value) || !validBirth(value.slice(6, 14))) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17]?.toUpperCase();
}

/** A 15-digit first-generation ID number: area and a 19YYMMDD birth date. */
function isOldIdCardNumber(value: string): boolean {
  return /^[1-8]\d{14}$/.test(value) && validBirth(`19${value.slice(6, 12)}`);
}

/** The Luhn check bank cards carry. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

/** Labels after which a landline is an office's published contact, not a person's. */
const OFFICIAL_PHONE = /(咨询|监督|举报|投诉|办公|值班|服务|受理)(电话|热线)[：:\s]*$/;
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Common surnames, compound ones first, so a name is masked to its surname (张某, 欧阳某). */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
/** Labels that put a private person's name next to them in penalty decisions, notices, replies and questions people ask. */
const NAME_LABEL =
  /(当事人|申请人|被申请人|被处罚人|被征收人|法定代表人|联系人|姓名|经营者|户主|车主|驾驶人|业主|承租人|权利人|负责人|委托代理人|投诉人|举报人|我叫|我是|本人)[：:\s]*/g;
const ADDRESS_LABEL = /(家庭住址|住址|住所地|居住地|户籍地|通讯地址|通信地址|联系地址|地址)[：:\s]*/g;

/**
 * What may follow a name right after its label: punctuation, 男/女, the end, or the words that
 * go on a sentence about a person (当事人王芳经营的…, 申请人李强于…, 当事人张伟驾驶…).
 */
const AFTER_NAME =
  /^(?:[，,、。；;：:（(\s男女]|$|于|在|因|系|等|向|将|未|已|自|所|对|与|和|为|是|的|称|经营|驾驶|反映|申请|提出|持有|名下|户籍)/;

const STRICT_AFTER_NAME = /^(?:[，,、。；;：:（(\s男女]|$)/;
const AMBIGUOUS_SURNAMES = ['向', '于', '和', '与', '时', '将', '应', '对', '在', '经'];

/** A person's name at the start of the text: a known surname and one or two more characters, then a boundary. */
function nameAt(text: string): string | undefined {
  for (const length of [4, 3, 2]) {
    const name = text.slice(0, length);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || name.length < length) continue;
    const surname = surnameOf(name);
    const given = name.length - (surname?.length ?? 0);
    if (!surname || given < 1 || given > 2) continue;
    // 向, 于, 和 … are surnames but far more often the word after a label (申请人向户籍所在地…):
    // such a name counts only when punctuation follows it.
    const boundary = AMBIGUOUS_SURNAMES.includes(surname) ? STRICT_AFTER_NAME : AFTER_NAME;
    if (boundary.test(text.slice(length))) return name;
  }
  return undefined;
}

function surnameOf(name: string): string | undefined {
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  if (compound) return compound;
  return SURNAMES.includes(name[0] ?? '') ? name[0] : undefined;
}

export function findPersonalInformation(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  const add = (type: PiiType, start: number, value: string) =>
    found.push({ type, start, end: start + value.length, text: value });

  for (const m of text.matchAll(/(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g)) {
    const v = m[1] ?? '';
    // One in 31 ID numbers is also a valid 统一社会信用代码: the label before it decides, and an
    // unlabelled one is taken for an ID number (the safer mistake).
    const labelledAsCode = /(信用代码|机构代码|注册号)[：:\s]*$/.test(text.slice(Math.max(0, m.index - 10), m.index));
    if (
      (v.length === 18 && isIdCardNumber(v) && !(isValidUscc(v) && labelledAsCode)) ||
      (v.length === 15 && isOldIdCardNumber(v))
    )
      add('id_card', m.index, v);
  }
  for (const m of text.matchAll(/(?<![0-9A-Za-z])([3-6]\d{15,18})(?![0-9A-Za-z])/g)) {
    const v = m[1] ?? '';
    if (luhnValid(v) && !found.some((f) => f.start === m.index)) add('bank_card', m.index, v);
  }
  for (const m of text.matchAll(/(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])/g))
    add('mobile', m.index, m[0]);
  for (const m of text.matchAll(/(?<![0-9-])0\d{2,3}-?\d{7,8}(?![0-9])/g)) {
    if (!OFFICIAL_PHONE.test(text.slice(Math.max(0, m.index - 12), m.index))) add('landline', m.index, m[0]);
  }
  // Linear in the text: an address starts only where a run of address characters starts (the
  // look-behind), and every part is bounded (RFC 5321: 64 for the local part, 253 for the domain) —
  // unbounded, a long run of letters or digits made this quadratic (issue 13 §2).
  for (const m of text.matchAll(
    /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}(?![A-Za-z])/g,
  )) {
    if (!/\.gov\.cn$/i.test(m[0])) add('email', m.index, m[0]);
  }
  const plate = new RegExp(`[${PROVINCES}][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]`, 'g');
  for (const m of text.matchAll(plate)) add('plate', m.index, m[0]);

  for (const m of text.matchAll(NAME_LABEL)) {
    const from = m.index + m[0].length;
    // A name: a known surname and one or two more characters (three after a compound surname),
    // then punctuation, 男/女 or the end — so a company name after the label is not taken.
    const name = nameAt(text.slice(from, from + 8));
    if (name && !name.includes('某')) add('person_name', from, name);
  }
  for (const m of text.matchAll(ADDRESS_LABEL)) {
    const from = m.index + m[0].length;
    const address = /^[^，,。；;\n（(）)]{4,60}/.exec(text.slice(from, from + 61))?.[0] ?? '';
    // Only addresses that go below the district: a street, road, number or building.
    if (/(路|街|巷|弄|号|村|组|栋|幢|室|小区|大道)/.test(address)) add('address', from, address);
  }
  // Keep the first of overlapping findings (an ID number is not also a bank card, a mobile not a
  // landline); in order of position, a finding overlaps a kept one exactly when it starts before
  // the furthest end kept so far.
  let keptUntil = 0;
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((f) => {
      if (f.start < keptUntil) return false;
      keptUntil = f.end;
      return true;
    });
}

/**
 * How much of a number stays visible when it is masked. The defaults follow court-judgment practice
 * (法释〔2016〕19号): ID numbers wholly masked, a bank card's last four digits, a plate's province and
 * city letter; a site may keep more (or less).
 */
export interface MaskingPolicy {
  idCard: { keepStart: number; keepEnd: number };
  bankCard: { keepStart: number; keepEnd: number };
  plate: { keepStart: number; keepEnd: number };
}

export const DEFAULT_MASKING_POLICY: MaskingPolicy = {
  idCard: { keepStart: 0, keepEnd: 0 },
  bankCard: { keepStart: 0, keepEnd: 4 },
  plate: { keepStart: 2, keepEnd: 0 },
};

/** Names to surname + 某, numbers masked as the policy says, contacts removed, addresses cut to the district. */
export function deidentify(
  text: string,
  findings = findPersonalInformation(text),
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + masked(f, policy);
    at = f.end;
  }
  return out + text.slice(at);
}

function keep(value: string, { keepStart, keepEnd }: { keepStart: number; keepEnd: number }): string {
  // Whatever the policy, at least eight characters (or half of a short number) stay hidden.
  const visible = value.length - Math.min(8, Math.ceil(value.length / 2));
  const start = Math.min(keepStart, visible);
  const end = Math.min(keepEnd, visible - start);
  return value.slice(0, start) + '*'.repeat(value.length - start - end) + (end > 0 ? value.slice(-end) : '');
}

function masked(f: PiiFinding, policy: MaskingPolicy): string {
  switch (f.type) {
    case 'person_name':
      return `${surnameOf(f.text) ?? ''}某`;
    case 'id_card':
      return keep(f.text, policy.idCard);
    case 'bank_card':
      return keep(f.text, policy.bankCard);
    case 'plate':
      return keep(f.text, policy.plate);
    case 'address':
      // Up to and including the district (区/县/市), the rest removed.
      return /^.*?(区|县|旗)/.exec(f.text)?.[0] ?? /^.*?市/.exec(f.text)?.[0] ?? '';
    default:
      return '××';
  }
}
