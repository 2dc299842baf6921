import { isValidUscc } from '../identifiers.js';
import { lineFeatures, type ObservedLine, PRIVATE_LINE_THRESHOLD, privateLineProbability } from './landline-model.js';
import type { Cell, Layout } from './layout.js';
import { spellsNameNear } from './mailbox-names.js';
import type { NameSpan } from './names.js';
import {
  ENDS_AS_ORGANISATION,
  firstNameFrom,
  lastNameBefore,
  ORGANISATION,
  organisationHoldsRow,
  ownerBefore,
  PARTY,
  ROW_SERIALS,
} from './owner.js';
import { ledByFirstCharacters } from './words.js';

/**
 * Personal numbers: checked, not just matched — an ID number needs its GB 11643 check digit and a
 * real birth date, a bank card its Luhn digit — and judged by what surrounds them: a serial number
 * labelled 流水号 that happens to pass the Luhn check is not a card, an office's telephone is public,
 * a company's vehicle is not a person's. Every pattern is bounded, so scanning is linear.
 */
export type NumberType = 'id_card' | 'mobile' | 'landline' | 'bank_card' | 'email' | 'plate';

export interface NumberSpan {
  type: NumberType;
  start: number;
  end: number;
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

/**
 * A 15-digit first-generation ID number: a province's area code and a 19YYMMDD birth date. (It carries no check
 * character, so the province is what tells it from a serial of that length: 202554020103117, 270101000412839.)
 */
function isOldIdCardNumber(value: string): boolean {
  return /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])\d{13}$/.test(value) && validBirth(`19${value.slice(6, 12)}`);
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

/** Labels of numbers that are not a person's: serials, registrations, case and certificate numbers. */
const SERIAL_LABEL = ledByFirstCharacters(
  /(?:索引号|文号|流水号|订单编号|订单号|登记序号|序号|结算单号|单号|编号|工单号|邮件号|缴款书编号|登记号|准考证号|证书编号|证号|注册号|许可证号|回执编号|案号|认定书编号|识别代号|代码|信用代码|机构代码|批准文号|档案编号|协议编号|合同编号|合同号|借据号|缴款码|付款码|缴款编号|交易号|户号|编码|编码段|耳标号|第|(?<=\d)至)(?:为|是)?[：:\s]*$/,
);
/** Labels of a person's own number, which outrank the serial labels they end like (身份证号 ends in 证号). */
const PERSONAL_NUMBER_LABEL =
  /(?:身份证号码?|身份证件号码|证件号码|公民身份号码|驾驶证号|残疾人证号|社会保障号码|社保卡号|银行卡号|卡号|账号|身分证)(?:为|是)?[：:\s]*$/;
const serial = (left: string) => SERIAL_LABEL.test(left) && !PERSONAL_NUMBER_LABEL.test(left);

/**
 * What stands between an official and their office's line: their certificates' numbers, a comma or a bracket and the
 * line's label (，电话：, （).
 */
// (Not across a table's cell: the row is whoever it lists.)
const OFFICIALS_LINE =
  /^(?:[（(](?:行政)?执法证(?:件)?号?(?:码)?[：:]?[\dA-Z、，, ]{4,60}[）)])?[ \u3000]*[，,（(]?[ \u3000]*(?:(?:联系|办公|值班)?(?:电话|联系方式)(?:号码)?)?[：: \u3000]*$/;

/** Labels after which a landline is an office's published contact, not a person's. */
const OFFICIAL_PHONE = ledByFirstCharacters(
  /(?:企业|超市|商场|商店|宾馆|酒店|饭店|餐馆|矿部|矿上|厂部|队部|厂里|部门|工地|项目部?|网点|营业部|招标人|采购人|招标代理机构|采购代理机构|建设单位)的?(?:联系|办公|值班)?(?:电话|座机)[：:\s]*$|(?:[所院局站队厂校]内|厂区|订票|售票|售后|客服|(?<!人)反馈|城管|执法|地点|现场|考点|考场|会场|报料|爆料|新闻|公共|公用)(?:联系)?(?:电话|座机)[：:\s]*$|(?:社区|村委会?|居委会?|单位|学校|公司)代(?:转|接)[：:\s]*$|(?:登记|受理|经办|承办|发证|审批)(?:机构|机关|部门)[：:\s]+[^，,。；\d]{2,30}$|(?:执法|检查|回访|送达|核查|办案|工作|调查|答复|接待|经办)人员的?(?:工作|办公|联系|值班)?(?:电话|座机)[：:\s]*$|(?<![受被])(?:送达|承办|经办|办案|调查|询问|记录|核查)人的?(?:联系|办公)?(?:电话|座机)[：:\s]*$|(?:打|拨打?|致电)你们的?电话[：:\s]*$|(?:打|拨打?|致电)[^，,。；]{0,6}(?:食堂|[局办委所站]|中心|社区|街道|村委会?|居委会|物业|公司|医院|学校)$|(?:测量|施工|工作|维修|抢修|巡查|医疗)队(?:的)?(?:联系|值班)?(?:电话|座机)[：:\s]*$|(?:站点|网点|场部|车间|调度室|(?:登记|报名|服务|接种|免疫|采样|检测|投放|助餐|办理|受理|咨询|代办|收购|回收)点|市场|测量组|调解员|监管部门|售楼处)的?(?:联系|办公|值班)?电话[：:\s]*$|给[^，,。；]{0,12}(?:街道|社区|政府|[局办委所站]|中心|村委会|居委会|物业|公司)打(?:过|了)?电话[：:\s]*$|(?<![个私])管理(?:电话|热线|专线)[：:\s]*$|(?:咨询[，,]?|查询|监督|举报|投诉|办公|值班|服务|受理|传真|热线|客服|报名|来访|接待|总机(?:号码)?|前台|总台|应诉|线索|援助|寻亲|求助|公示|听证|看样|征集|认领|审批|帮办员?|应急|执法部门|平台|(?<!报修|的)抢修|(?<=小时)报修)(?:联系人?的?)?(?:电话|热线|专线)?(?:就是|即为|即|是|为)?[：:\s]*$|(?:请拨打?|拨打|请致电|可致电|[请可]来电|请通过|与[^，,。；\s]{0,20}联系)[（(：:，,\s]*(?:电话[：:\s]*)?$|如有(?:疑问|问题|异议|不明之处)[，,]?\s*(?:请|可)?(?:回电|来电|致电|拨打|联系)(?:电话)?[：:\s]*$|(?:街道|社区|政府|[局办委厅院站]|(?:人事|财务|后勤|保卫|教务|学生|科研|组织|宣传|办公|管理|服务|联络|接待|外事|审计)处|(?<![\d\s])室|(?<!住)所|(?:联合|协|商|工)会|(?:执法|大|中|支)队|法庭|律所|律师事务所|中心|机构|考察组|工作组|专班|专干|所在单位|房管员|网格员|协管员|送餐员|社工|客户经理|客服经理|食堂|村委|居委|村部)(?:的)?(?:联系|办公|应急|值班|预约|报修|推荐|咨询|监督|举报|投诉|答复|回复|服务)?(?:电话|座机)[：:\s]*$|(?:(?:法|中|医|考试|福利|检察|研究|设计|卫生|敬老|养老)院|燃气|水务|供水|供电|热力|自来水|监管所|派出所|司法所|[局站]|(?<=[^\d\s（(，,、：:])[办委]|中心|办事处|委员会|街道|社区|居委会|村委会|调度室|值班室|服务台|联社|信用社)(?:[（(]| )?$/,
);
/** The office a case was passed to, and its line (承办：江北区五里店街道，电话…), or its official (办理人：符强，电话…). */
const HANDLING_OFFICE =
  /(?:(?:承办|办理|经办)人[：:][^。；，,：:]{2,6}|(?:承办|转办|交办|责任|办理|处理)(?:(?:单位|部门)?[：:]|单位|部门)([^。；，,：:人]{2,20}))[，,]\s*(?:联系)?电话[：:\s]*$/;
function handlingOffice(left: string, start: number, names: readonly NameSpan[]): boolean {
  const m = HANDLING_OFFICE.exec(left);
  if (!m) return false;
  // (What a case was passed to is an office, not a person: 转办：诉求人于海洋，电话… is the caller's.)
  const office = m[1];
  if (office === undefined) return true;
  const officeStart = start - left.length + m.index + m[0].indexOf(office);
  return !((lastNameBefore(names, start)?.end ?? -1) > officeStart);
}
/**
 * An office named, then its line in brackets (…信访室（电话…）, …有限责任公司（电话…）, 我找过社区（电话…）), not a
 * home's (…3号院（电话…）, 住所（电话…）, 住阳光社区（电话…）) nor one who acts for another (孙女X代办（电话…）); a firm named in brackets after its lawyer or a
 * customer (律师吕德伟（…律师事务所，电话…）, （租用…有限公司房屋，电话…）), nor a keeper's 小卖部 (邱玉琴小卖部（电话…）).
 */
const OFFICE_THEN_LINE =
  /(?<![号住代])(?:街道|政府|[局办委厅所院站处]|(?<!小卖)部|信访室|办公室|(?:执法|大|中|支|维修|施工|抢修|工程)队|法庭|律所|律师事务所|中心|公司)[（(](?:联系|办公)?电话[：:\s]*$|(?:法官|书记员|执行员|调解员|承办人|经办人|工作人员|民警|干警)[（(](?:(?:联系|办公)?电话[：:\s]*)?$|(?:^|[到向至找])[^，,。；（(到向至找]{1,12}(?:[局办委所站]|中心|支行|分行|信用社)[（(]$|(?<!住[^，,。；（(]{0,10})(?:社区|村委会|居委会)[（(](?:联系|办公)?电话[：:\s]*$|[（(][^（）()，,]{2,30}(?:律师事务所|律所|公司)[^（）()，,]{0,6}[，,]\s*(?:联系|办公)?电话[：:\s]*$/;
/**
 * Any organisation's full name, then its line in brackets (…征收项目指挥部（0734-…）, …水利工程队（电话…）,
 * …公证处（…）), in a clause that speaks of no home (住…社区（电话…）).
 */
function organisationThenBracket(left: string): boolean {
  const bracket = /[（(](?:(?:联系|办公|值班)?电话[：:\s]*)?$/.exec(left);
  if (!bracket) return false;
  const named = left.slice(0, bracket.index);
  const clause = named.split(/[，,；;。：:\t]/).at(-1)!;
  return ENDS_AS_ORGANISATION.test(named) && !/住|家|宅/.test(clause);
}
/**
 * A note in brackets of its own, opening a sentence or after one, that names an organisation and then its line
 * (…情况属实。（大民街道新明社区，电话…）): the organisation's, as a form's opinion box signs off. (Not a
 * person's particulars in brackets after their name: 谯德明（门球协会，电话…）.)
 */
const ORGANISATION_NOTE =
  /(?:^|[。！？!?；;：:\n])\s*[（(]([^（）()，,。；]{2,30})[，,]\s*(?:联系|办公|值班)?电话[：:\s]*$/;
const organisationNote = (left: string) => {
  const named = ORGANISATION_NOTE.exec(left)?.[1];
  return named !== undefined && (ENDS_AS_ORGANISATION.test(named) || /(?:社区|街道)$/.test(named));
};
/** An office's mailbox said as such, then a line (意见征集邮箱tsqzsb@126.com，电话…): the office's too. */
const OFFICE_MAILBOX_THEN_LINE =
  /(?:公共|官方|单位|部门|办公|受理|征集|专班|信访|监督|举报|投诉|咨询)(?:电子)?邮箱[为是：:]?\s*[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[，,；;\s]*(?:联系|咨询)?电话[：:\s]*$/;
const officeMailboxThenLine = (left: string) => left.includes('@') && OFFICE_MAILBOX_THEN_LINE.test(left);
/**
 * The office the reader is sent to, and its line (异议请向二堡镇农经站反映，电话…; 请携带材料到南明区管理部办理（电话…）),
 * not the office someone turned to (王建国向区信访局反映，联系电话… is his).
 */
const SENT_TO =
  /(?:请|可|须|应)[^，。；]{0,8}?(?:向|到|至)((?![其他她你您我])[^，。；、\d]{2,20})(?:反映|办理|咨询|申请|提出)[（(，,]\s*(?:联系)?电话[：:\s]*$/;
function sentToOffice(left: string, start: number, names: readonly NameSpan[]): boolean {
  const m = SENT_TO.exec(left);
  if (!m || /人$/.test(m[1]!)) return false;
  // (Sent to a person, the line is theirs: 可向王建国反映，电话….)
  const officeStart = start - left.length + m.index + 1;
  return !((lastNameBefore(names, start)?.end ?? -1) > officeStart);
}
/** A class of people a notice asks to act (请车主…, 请有关当事人…): no one in particular. */
const ADDRESSED_PARTY = new RegExp(`请(?:有关|相关|各位?|上述|下列)?(?:${PARTY.source})`, 'g');
/**
 * Sentences that name no one and close an office's notice or letter with its line (如有异议，…提出复核申请。
 * 联系电话…; 如时间不便，请致电…): the office's, not that of whom the sentence before was about.
 */
function closesNotice(text: string, start: number, people: readonly NameSpan[]): boolean {
  let end = start;
  for (let sentences = 0; sentences < 3; sentences++) {
    // (Searched back within 80 characters only, so a text of many numbers stays linear.)
    const window = Math.max(0, end - 80);
    const from = window + Math.max(0, ...['。', '\n'].map((c) => text.slice(window, end).lastIndexOf(c) + 1));
    const sentence = text.slice(from, end);
    // (A class of people the notice asks to act is no one in particular: 请车主于…前自行挪移.)
    if ((lastNameBefore(people, end)?.end ?? -1) > from || sentence.replace(ADDRESSED_PARTY, '').search(PARTY) >= 0)
      return false;
    if (/异议|复核|复议|疑问|咨询|另约|致电|通告|公告/.test(sentence)) return true;
    if (text[from - 1] !== '。') return false;
    end = from - 1;
  }
  return false;
}
/**
 * Said right after a number to be a person's: in brackets (（本人）, （申请人戴小芸本人）, （本人家中）) or in words
 * (，系其本人家中电话; 即其家中电话; 经查系当事人住宅电话; 为申请人孔令辉本人在单位的专用座机), or a relative's or
 * neighbour's home (（父亲家）, （其兄戴宏斌家）), not a business's (（厂家）); answered by the person (…联系上其本人); one
 * tried before the person's other line (拨打…无人接听，改拨其预留的另一号码…); a shop they also live in (（…承包经营并居住的门面）); their own
 * desk at work, said to be theirs (那是我值班的座机, ，系其在…医院的科室电话, （…财务处，其本人在该处工作）) or answered by them (由同事叫其本人接听).
 */
const SAID_PERSONAL_AFTER =
  /^(?:[^。；\n不]{0,4}作为(?:其|他|她|我)?(?:本人|个人)的?(?:联系方式|联系电话|电话)|(?:是|系|为)(?:其|她|他|我)?(?:家里|家中|家)的(?=[，,。；;）)\s]|$)|[（(][^（）()]{0,20}(?:与|同)(?:其|本人)?(?:住宅|家庭|家里|家中)电话相同|[”"]?(?:是|系)(?:我|俺|他|她)(?:家|爸|妈|父亲|母亲|老伴|儿子|女儿|爱人|丈夫|妻子|哥哥?|姐姐?|弟弟?|妹妹?)?(?:留下|装|用|自己)?的(?=[，,。；;”"\s]|$)|[（(](?:系|为)?(?:其|本人)(?:[^（）()]{0,12}(?:电话|号码|分机))?[）)]|[（(][^（）()]{0,10}(?:本人|家中|家里|住宅)[）)]|[”"]?[，,]?\s*(?:经查|经核实|实际上?|其实|实)?(?:系|即|为|是)(?:其|你|您|[\u4e00-\u9fff]{0,6}?人(?:[\u4e00-\u9fff·]{2,6}?)?)?(?:本人)?(?:住宅|家庭|家里|家中)的?(?:电话|号码)|[”"]?[，,]?\s*(?:经查|经核实)?(?:系|即|为|是)[\u4e00-\u9fff]{0,8}?本人(?:在单位)?的[^，。；]{0,6}(?:电话|号码)|[（(](?![^（）()]*(?:[厂商店卖买专国农酒东作画管住]家|公司|单位))[^（）()，,]{0,10}家[）)，,]|[^。；\n）)]{0,4}(?:联系上|联系到|找到)了?(?:其|当事人|申请人)?本人|[^。；\n]{0,10}[，,]\s*(?:改拨|改打|再拨|又拨)了?其[^。；\n]{0,8}另一|[（(][^（）()]{0,30}(?:并|兼|也)(?:居住|住家|自住)|[，,]?\s*[那这]?(?:是|系)(?:我|她|他|其)(?:本人)?(?:值班|办公|上班|工作)用?的(?:座机|电话)|[，,]\s*系其(?:本人)?在[^，。；（）()]{2,24}的[^，。；（）()]{0,4}(?:电话|座机)|[^。；\n]{0,30}?(?:叫其本人|转接(?:其)?本人|与(?:其)?本人通话)|[（(][^（）()]{0,24}其?本人在[该此]|[^。；\n]{0,40}[，,]\s*其本人(?:确|就)?在[该此]处(?:值班|工作|上班)|[”"]?[，,]?\s*(?:经查|经(?:电话)?核实)?(?:就|实际上?|其实)?(?:系|即|为|是)[^，。；（）()]{0,20}?(?:(?<![厂商店卖买专国农酒东作画管住])家(?:里|中)?|住处|住所|住宅|宿舍楼?|租住的?房屋?|(?<=[其他她我])在家[^，。；（）()]{0,8}?)的?(?:座机|电话|号码)|[，,（(]?\s*(?:该号码)?(?:实为|实系|系|为|是)(?:[\u4e00-\u9fff·]{2,6}?|其|你|您)本人(?:在[^，。；]{0,10}?)?(?:所?填|所?留|登记|提供)|[，,（(]?\s*(?:该号码)?(?:实为|实系|系|为|是)(?:其|本人|[他她])(?:本人)?(?:在[^，。；（）()]{0,10}?)?(?:经营|开设|开办|开|承包|自装|私装)[^，。；（）()]{0,12}?(?:座机|电话))/;
/** A verb that dials a number, right before it (拨打, 通过, 经, 在…上, 按, 已电话（…）通知其本人). */
const REACHED_THROUGH = /(?:拨打|拨通|通过|经由?|在|按|用|打|电话[（(])$/;
/** …and the person reached there, in the words after it (…上与陆振华本人核对, …，申请人范国良本人接听). */
const REACHED_PERSON = /^上?[，,]?\s*[^。；\n]{0,24}?(?:[\u4e00-\u9fff·]{2,6}|[其你您她他])本人/;
/** Whom a verb right after the number reaches: a pronoun or a person found there (与黄大炳当面约谈, 联系到孔令波). */
const REACH_VERB =
  /^上?[，,]?\s*(?:与|向|给|联系到|联系上|找到|通知到?|告知)(?:申请人|当事人|来电人|来信人|信访人|诉求人|被执行人|第三人)?(?:其|你|您|她|他)?/;
const TALK_AFTER =
  /^(?:本人)?(?:当面)?(?:通话|约定|约谈|联系|沟通|核实|核对|确认|预约|反馈|取得联系)|^(?:本人)?(?=[，,。；\s]|$)/;
function reachedPerson(text: string, end: number, names: readonly NameSpan[]): boolean {
  const after = text.slice(end, end + 40);
  if (REACHED_PERSON.test(after)) return true;
  const verb = REACH_VERB.exec(after);
  if (!verb) return false;
  let at = end + verb[0].length;
  if (!/[其你您她他]$/.test(verb[0])) {
    const name = firstNameFrom(names, at);
    if (name?.start !== at) return false;
    at = name.end;
  }
  return TALK_AFTER.test(
    text
      .slice(at, at + 60)
      .replace(/^[（(][^（）()]{0,50}[）)]/, '')
      .slice(0, 8),
  );
}
/** A home said in brackets after the line, with its address (（现住所…吉和街118号4栋301座机）). */
/**
 * What a call-back record says right after the number it rang: the person's verdict or the call answered
 * (回访电话…，满意; …|回访结果 …本人满意; …已接通确认).
 */
const CALLED_BACK_CONTENT =
  /^[，,；;|\s]*(?:回访)?(?:结果[：:为]?\s*)?(?:[\u4e00-\u9fff·]{2,6}?)?(?:本人)?(?:表示)?(?:(?:非常|基本|不)?满意|已?接通)/;
const HOME_IN_BRACKETS_AFTER = /^[（(](?:现|原)?(?:住所|住处|住宅|家)[^（）()]{0,40}电话[）)]/;
/** A field of a form naming who asks, complains or applies, then the same word's line (咨询人：X | 咨询电话：…): theirs. */
const ASKER_THEN_LINE =
  /(咨询|投诉|举报|来电|求助|反映|报名|预约|诉求|(?<=被)回访)人[：:\s]*[\u4e00-\u9fff·]{2,6}[^。\n]{0,20}?\1电话[：:\s]*$/;
/**
 * An office named in brackets right after the line (…0937-7273885（办税服务厅）), or said after it to be whose
 * the line is (本人无电话，此为…街道征收工作站电话, …系其所在的…家政服务社总机, （原服务企业电话）): the office's, not the
 * person's the row is about.
 */
const OFFICE_SAID_AFTER = new RegExp(
  `^(?:[，,]\\s*对方称(?:是|系)[^，。；\\n]{0,24}(?:${ORGANISATION.source})|(?:是|系)(?:其|我|他|她)?(?:原来?|以前)(?:工作|上班)?(?:的)?(?:单位)?[^，。；\\n]{0,20}(?:${ORGANISATION.source})|(?:是|系)(?![其我他她本])[^，。；\\n在]{0,4}(?:村委会?|居委会?|单位|公司|物业)的|[（(](?![^（）()]*(?:本人|其|家|宿舍|转|分机|单位))[^（）()\\n]{0,16}(?:${ORGANISATION.source}|服务厅|大厅|值班室|传达室|门卫室|站|(?:专窗|窗口)(?:代收|代转|转交)?)[）)]|[^。\\n]{0,12}?[，,；;]\\s*(?:此|该号码?|该电话|以上号码)(?:为|系|是)[^，。；\\n]{0,20}(?:${ORGANISATION.source})的?(?:联系|办公|值班)?(?:电话|座机|号码)|[（(](?:工作日|周[一二三四五六日]至周[一二三四五六日]|上班时间|办公时间|受理时间)[^（）()\\n]{0,30}[）)]|(?:是|系)(?:其|我|他|她)?所在的?[^，。；\\n]{0,20}(?:${ORGANISATION.source})的?总机|[（(]原?(?:服务)?(?:企业|公司|中介)的?(?:总机|电话|座机)[）)])`,
);
/** A party's label before a line (申请人电话, 投诉人联系电话), and the party given as an organisation earlier (申请人：…有限公司). */
const PARTY_LINE_LABEL = /((?:申请|投诉|举报|诉求|反映|来信|来电|求助|委托|当事)人)的?(?:联系)?(?:电话|座机)[：:\s]*$/;
const PARTY_GIVEN = new Map<string, RegExp>();
function partyIsOrganisation(text: string, start: number, left: string): boolean {
  const role = PARTY_LINE_LABEL.exec(left)?.[1];
  if (!role) return false;
  let givenAs = PARTY_GIVEN.get(role);
  if (!givenAs) PARTY_GIVEN.set(role, (givenAs = new RegExp(`(?<!被)${role}[：:\\s]+([^，,；;|｜\\t\\n：:]{2,30})`)));
  const given = givenAs.exec(text.slice(Math.max(0, start - 200), start));
  return given !== null && ENDS_AS_ORGANISATION.test(given[1]!.trim());
}
/** A cell holding a telephone number alone comes next in the row. */
const LINE_CELL_NEXT =
  /^\t\s*(?:\+86[\s-]?|[（(]0\d{2,3}[）)]|0\d{2,3})[\s\-－—–]?\d{3,4}[\s\-－—–]?\d{3,4}\s*(?:\t|\n|$)/;
/** What a changed or corrected number is given after (已改号为, 新电话, 现号码, 更正为, 正确号码应为). */
const CHANGED_TO =
  /(?:改号为|改为|新号码?|新电话|现号码|现电话|变更为|更正为|正确(?:的)?(?:号码|电话)(?:应)?为)[：:\s]*$/;
/** Whether a landline was found at or after `index` (landlines are found last, in text order: read from the end). */
function landlineSince(found: readonly NumberSpan[], index: number): boolean {
  const last = found.at(-1);
  return last !== undefined && last.type === 'landline' && last.start >= index;
}
/**
 * A line alone in its cell, in a row that already gave a person's landline, with a cell between them that holds
 * no telephone and speaks of no one (a sum, a status, a note), nor labels the next line as someone's.
 */
function secondLineAfterOtherCell(
  text: string,
  found: readonly NumberSpan[],
  cell: Cell,
  start: number,
  names: readonly NameSpan[],
  homes: readonly { start: number; end: number }[],
): boolean {
  const previous = found.at(-1);
  if (
    previous?.type !== 'landline' ||
    previous.start < cell.rowStart ||
    text.slice(cell.start, start).replace(/[\s"“]/g, '')
  )
    return false;
  const inBetween = (s: { start: number; end: number }) => s.start >= previous.end && s.end <= cell.start;
  if (names.some(inBetween) || homes.some(inBetween)) return false;
  // (Nor one its own cell says is someone's: …（其母）, …（家）.)
  if (/本人|家|其|[父母妻夫子女兄姐弟妹]|邻居|亲属|代接|宅/.test(text.slice(start, cell.end))) return false;
  const between = text.slice(previous.end, cell.start).split('\t').slice(1, -1);
  return (
    // (A cell between that is a sum, a status, a note, a home or a card, not a telephone.)
    between.some((c) => c.trim() !== '' && !/(?<!\d)\d{7,12}(?!\d)/.test(c.replace(/[\s\-－—()（）+]/g, ''))) &&
    !between.some((c) =>
      /电话|座机|号码|联系方式|[父母妻夫子女兄姐弟妹]|家属|代理|推荐|见证|代表|户主|本人|其|单位|个体/.test(c),
    )
  );
}
/** 其联系电话: the line of whom the sentence is about. */
const ITS_PHONE = /(?<![该本])其(?:的|本人)?(?:联系)?(?:电话|座机)(?:号码?)?(?:为|是)?[：:\s]*$/;
/**
 * Whether the sentence before `index` is about a person: it names one before any organisation (王占峰已
 * 履行…，本院决定将其…删除；其联系电话…, not 被告…街道办事处辩称，…执法人员宋刚…；其联系电话…). The
 * writer's own office (本院, 我局) is never what 其 stands for.
 */
function aboutPerson(text: string, index: number, names: readonly NameSpan[]): boolean {
  const window = Math.max(0, index - 150);
  const from = window + text.slice(window, index).lastIndexOf('。') + 1;
  const first = firstNameFrom(names, from);
  if (!first || first.end > index) return false;
  const organisation = text
    .slice(from, index)
    .replace(/[本我][院局委办厅所庭处]/g, '  ')
    .search(ORGANISATION);
  return organisation < 0 || from + organisation > first.start;
}
/** Labels after which a telephone is a person's whoever the sentence is about (家庭电话, 家中另有座机, 本人预留的电话…). */
const PERSONAL_PHONE = ledByFirstCharacters(
  /(?:家(?:庭|里|中)?(?:另有|还有|也有)?(?:一部|一台)?的?(?:联系)?(?:电话|座机|固话)|(?:所住|居住)(?!地)的?[^，。；、\d（）()]{0,10}?的?(?:电话|座机)|家[里中]的?新?号码?|家[里中](?:新|安)?装了?的?(?:电话|座机|固话)|住所电话|住处的?电话|住址的?(?:电话|座机)|(?:[他她我俺其]|本人)?自家[^，。；、]{0,6}?的?(?:电话|座机)|(?:[您你他她其我]|本人)(?:手写|亲笔填?写|留在[^，。；]{0,10}?上|写在[^，。；]{0,10}?上)的?(?:联系)?(?:电话|号码|座机)|(?<!原[\u4e00-\u9fff]{0,6})宿舍(?:楼)?的?(?:电话|座机)|本人的?(?:住处|宿舍|家中|家里)的?(?:联系)?电话|(?:[您你他她其我]|本人)预?留(?:存)?的(?:联系)?(?:电话|号码)?|(?:[您你他她其我]|本人)所?(?:填写?|登记)的?(?:联系|回访|家庭|预留)?(?:电话|号码)|留存的?(?:联系)?(?:电话|号码)?|住宅电话|(?:房间|床位|床头|病房)(?:里)?的?(?:电话|座机)|宅电|(?<=[（(])宅|家电|固定电话|固话|手机|本人电话|个人(?:办公|联系)?电话|[他她我俺其]家的|[我俺]电话|[我俺他她]的(?:联系)?(?:电话|固话)|[我俺]家电话|联系我|打我电话|留下?了?(?:她|他|其|我)?自己的(?:电话|号码|座机)?|(?:打|拨|致电)(?:我|他|她|其|俺)?家里?|预留的?(?:联系)?(?:电话|号码)|预留的(?:联系)?|登记的(?:联系)?电话|按(?:其|你|您)?(?:登记|预留|留存)的?(?:联系)?电话|(?<!办公室|中心|[局办委院所科股站])收件电话|来电号码|来电显示(?:号码)?|回电号码|备用电话|(?<!预)留下?的(?:联系)?电话|留给[^，。；]{0,10}的(?:联系)?(?:电话|号码|座机)?|(?<!请[^，,。；;]{0,10}|可)回电(?:至|到)?|(?<!办公室|[局办委院所])留言电话|[其我俺他她]住宅|(?:(?<!被)申请人|当事人|来信人|来电人|来访人|信访人|留言人|咨询人|反映人|诉求人|求助人|(?<!被)投诉人|(?<!被)举报人|报名人|被传唤人|被征收人|受托人|委托人|职工|工人|农民工|班组长|包工头|村民|居民|住户|市民|经营者|应聘者|考生|患者|家属|亲属|家长|老人|户主|车主|业主|房东|房主|出租人|租户|承租人|监护人|法定代理人|紧急联系人|失主|拾得人|认领人)(?:的|[，,])?(?:联系)?(?:电话|座机|号码)|申请(?:表|书)(?:中|上)?(?:所?(?:填(?:写)?|留))?的?(?:固定|联系)?电话|[该本此]户的?(?:联系)?(?:电话|号码)|陪护(?:人员?)?的?电话|(?:农家乐|藏家乐|渔家乐|牧家乐|民宿|客栈|家庭旅馆)的?(?:电话|座机)|(?:父亲|母亲|父母|妻子|丈夫|老伴|儿子|女儿|爷爷|奶奶|外公|外婆|哥哥|姐姐|弟弟|妹妹|亲属|邻居)的(?:电话|座机|固话)|之(?:妻|夫|子|女|父|母)[，,]\s*(?:联系)?电话|转告[，,]|(?:请?保持|确保)(?:通讯|通信)?(?:联系)?(?:电话|座机|固话)|(?<![\d一二三四五六七八九十百千万两几多商厂店国专卖买东作画大本玩行赢农酒船])家(?:里|中)?)(?:号码?)?(?:应|依次|分别|还|仍|也|就)?(?:是|为)?[：:\s]*$/,
);
/**
 * Any party's label before a line (确认人电话, 承诺人联系电话), not an office's contact's (联系人, 负责人, 经办人 …)
 * nor a respondent's (被申请人). (Tested apart, and only where 人 is written: as an alternative of
 * PERSONAL_PHONE its lookbehinds made every test of that pattern three times slower.)
 */
const PARTY_PHONE =
  /(?<!联系|负责|经办|承办|办理|工作|受理|接待|审核|审批|值班|管理|责任|发言|主持|监督|代理|代表|联络|介绍|核查|核实|调查|检查|走访|回访|送达|询问|记录|登记)(?<!被[\u4e00-\u9fff]{1,3})(?<=[\u4e00-\u9fff]{2})人(?:的|[，,])?(?:联系)?(?:电话|座机)(?:号码?)?(?:是|为)?[：:\s]*$/;
/** A lawyer named with the firm, then the line (…，四川嘉岷律师事务所律师，联系电话…): the firm's, unless an extension reaches them. */
const LAWYER_THEN_LINE = /律师事务所(?:专职|执业|兼职|实习)?律师[，,]\s*(?:联系|办公)?电话[：:\s]*$/;
/** A label right after an office's name is the office's, whatever its words (财政局回电号码). */
const OFFICE_LABEL = new RegExp(`(?:${ORGANISATION.source})(?:回电|来电)(?:电话|号码?)[：:\\s]*$`);
const personalPhoneLabel = (left: string) =>
  (PERSONAL_PHONE.test(left) || (left.includes('人') && PARTY_PHONE.test(left))) && !OFFICE_LABEL.test(left);
/** The end of a mailbox's name that names an office or a duty in pinyin or its initials (…shijianju, …xinyong, …zsb). */
const OFFICE_IN_PINYIN =
  /(?:ju|ban|zhongxin|xinyong|yunguan|jiaotong|jiaojing|cheguan|hezhang|hzb|tsg|xiehui|jiazheng|zhengshou|zhengqian|fulian|funv|wenming|gongshang|xinfang|fucha|renshe|minzheng|jiaoyu|weijian|gongan|fayuan|zhengfu|shequ|jiedao|wuye|tousu|jubao|zixun|zsb|zhb|xh|jjh|cgj|zfj|gaj|jtj|sjj|zjj|hbj|ghj|rsj|mzj|jyj|wjw|fgw|swj|scj|yjj|lyj|nyj|slj)\d{0,4}$/;
/** The @ of a mailbox, or the # or (at) some pages write for it to keep robots off (wang.li#163.com, wangli(at)qq.com). */
const MAILBOX_AT = /@|#|[(（[]at[)）\]]/i;
const MAILBOX = new RegExp(
  `(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}(?:${MAILBOX_AT.source})[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}(?![A-Za-z])`,
  'gi',
);
/** Mailboxes named for a duty rather than a person (hr@, hr_yzjt@, xxgk@, service@, hunnanzwgk@ …). */
const ORGANISATION_MAILBOX =
  /^(?:hr|zp|zhaopin|job|jobs|info|office|service|services|support|admin|contact|kefu|xxgk|xinfang|jubao|tousu|bgs|bangongshi|webmaster|postmaster|news|press|mail)(?:[._-]?\d*|[._-][a-z]{2,8})$|(?:zwgk|xxgk|zfxxgk|bgs)$|recruit/;
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
// (挂 trailers, 学 driving-school and 领 consulate cars, 港/澳 cross-border ones (粤Z·A123港) and 临 temporary ones
// (桂K临7G362, 冀H·临7A35) may be a person's; a 警 plate is a police car's. Letters may be typed in lower case, the
// dot full-width, the province spaced off: 桂 C 6J035.)
const PLATE = new RegExp(
  `(?<![A-Za-z0-9])[${PROVINCES}][·•・． ]?[A-HJ-NP-Z][·•・.．\\- ]?(?:临[·•・.．\\- ]?[A-HJ-NP-Z0-9]{3,4}|[A-HJ-NP-Z0-9]{4,5})[A-HJ-NP-Z0-9挂学领港澳](?![A-Za-z0-9])`,
  'gi',
);
/**
 * A tractor's or harvester's plate (农机号牌): the province, two digits for the county and five,
 * 鲁13-27653. Taken when written with a separator, or bare beside the machine it belongs to.
 */
/** A village's, a community's or an owners' committee's post right before a name (村务监督委员会主任, 村民小组长, 业委会主任). */
const VILLAGE_POST_BEFORE =
  /(?:村|社区|居委会|业主委员会|业委会|村民小组)[\u4e00-\u9fff]{0,8}(?:主任|副主任|委员|书记|组长|小组长|会计|监督员)$/;
/** Plates joined to the one before (…、鲁K·T0638两辆车系…公司的): what is said after the last is said of each. */
const PLATES_JOINED = new RegExp(`^(?:\\s?[、和及与]\\s?(?:${PLATE.source}))+`);

/**
 * An electric bicycle's plate as cities issue them: the city, a letter and five or six digits (毕节A36172, 榆林 A36718,
 * 乐山A·81364),
 * in a text that speaks of electric bicycles, where a label, a cell or 名下 stands right before it.
 */
const E_BIKE_PLATE = /(?<![A-Za-z0-9])[A-Z]?[·•・]?\d{4,6}(?![A-Za-z0-9.．%元万千百个辆人次年月日台块份件余多])/g;
const E_BIKE_PLATE_BEFORE = /(?:号牌|车牌|牌照|名下|自行车|电动车|[为是：:\t\n（(，,、])([\u4e00-\u9fff]{2,3})\s?$/;
/**
 * …and, right after the vehicle or its plate is named, a city of two or three characters before digits alone or a letter
 * and four (电动自行车绵阳 018273, 电动自行车伊宁 A3725, 号牌：牡丹江A·286154).
 */
const E_BIKE_PLATE_AFTER_VEHICLE =
  /(?:号牌|车牌|牌照|自行车|电动车|电瓶车)(?:号码?)?[：:为是]?\s?((?:(?![号牌车为是的辆在已被])[\u4e00-\u9fff]){2,3})\s?$/;
const E_BIKE = /电动自行车|电动车|电瓶车|非机动车/;
const FARM_PLATE = new RegExp(`(?<![A-Za-z0-9])[${PROVINCES}](\\d{2})([·•・.．\\- ]?)\\d{5}(?![A-Za-z0-9])`, 'g');
const FARM_MACHINE = /拖拉机|收割机|插秧机|农机|农用|机耕|号牌/;
const PLATE_AT = new RegExp(PLATE.source, 'iy');
/** Whether a plate is written starting at `index` (a name does not end in its province: 那辆|云M·R0444). */
export function plateStartsAt(text: string, index: number): boolean {
  PLATE_AT.lastIndex = index;
  return PLATE_AT.test(text);
}
/** Whether a text holds something written as a vehicle's plate (an address does not run into one). */
export const holdsPlate = (value: string): boolean => new RegExp(PLATE.source, 'i').test(value);
/**
 * A vehicle said to belong to an organisation (营运, 公交, a company as its owner, a fleet). A taxi
 * is not one: its plate leads to its driver, unless a company is named as its owner (COMPANY_OWNER).
 */
const COMPANY_VEHICLE =
  /^(?:号?出租车)?(?:[（(][^（）()]{0,12}(?:营运|公交|公司|单位|警用|公务|殡仪|灵车)|号?(?:公交车|校车|灵车|殡仪车)|[、，,]?(?![^。；]{0,20}?(?:驾驶人|驾驶员|车主))[^。；]{0,20}等\d+辆|\s*\t[^\t\n]{0,16}?(?:(?:单位|公司|公务|执法|警用)(?:车辆|用车|车)|指挥车|巡逻车|巡查车|救护车|消防车|清运车|环卫车|洒水车|清扫车)|[，,][^，,。；（）()\n]{2,20}(?:公司|集团)[）)])/;
const COMPANY_OWNER =
  /(?:有限公司|公司|集团|单位)(?:所属|名下|的)?[^。；\n]{0,20}(?:车牌号|号牌|车牌|所属)码?(?:分别)?[为是]?[：:\s]*$|校车(?:[\d一二两三四五六七八九十]+辆)?[，,]?\s*的?(?:车牌号?|号牌)码?(?:分别)?[为是]?[：:\s]*$|(?:公司|集团)(?:[（(][^（）()]{0,40}[）)])?所属[^。；]{0,12}$|(?:公司|集团)[，,](?:运输|作业|清运|工程)?车辆[为是]?[：:\s]*$|执法(?:车辆|车)[为是]?[：:\s]*$|(?:公司|集团|单位|合作社)名下的?$|运营方(?:的)?车辆[：:\s]*$|[，,。；\n]运营车辆[：:\s]*$|(?:公司|集团|单位|物业|物流|公交|中心|[局站]|合作社|本社|村委会|居委会)[^。；，,\n]{0,8}(?:车辆|的车|皮卡(?!车)|旧车|货车|服务车|接驳车|工作车|工程车|清障车|班车|通勤车|配送车|运输车|专用车|渣土车|搅拌车|客车|校车|垃圾车|洒水车|罐车|巡逻车|中巴车|大巴车|商务车|面包车|皮卡车|叉车|吊车|铲车|作业车|环卫车|清雪车|扫雪车|清扫车|指挥车|冷藏车|冷链车|自卸车|安检车辆?|巡查车|收割机|拖拉机)[（(：:\s]*(?:如|即)?$|(?:公交车|校车|救护车|急救车|消防车|警车|试驾车|展车|班线客车|客运班车|长途客车|旅游大巴|通勤班车|通勤车|接驳车|殡仪车|宣传车)[（(：:\s]*(?:车牌号?|号牌)?[：:\s]*$|所属[\u4e00-\u9fff]{0,10}车辆?[（(：:\s]*(?:车牌号?|号牌)[：:\s]*$|(?:公司|集团|车队)(?:[（(][^（）()\n]{0,40}[）)])?(?:所属|所有|名下|登记|使用|自有|派出|安排)?的?(?:以|用|派)?$|(?:公司|集团|单位)[^。；\n]{0,30}[，,]\s*其(?:渣土(?:运输)?车|运输车|搅拌车|工程车|罐车|吊车|铲车|(?:服务|巡检|巡查|作业)车辆?)[（(：:\s]*$|(?:执法|公务|警用|巡逻|巡查|工作|作业|施工|工程|拆除|清运)(?:用车|车辆|客车|车)(?:\d+辆)?[（(]?(?:车牌号?|号牌)?[：:\s]*$|(?:镇|乡|街道|区|县|市)(?:政府)?应急救援(?:车辆|车)[（(：:\s]*$|(?:公司|集团)[（(][^（）()\n]{0,24}[）)][\u4e00-\u9fff]{0,4}(?:车辆|货车|车)[（(：:\s]*$|(?:公司|集团|单位|合作社)(?:名下|所属|所有)的?[\u4e00-\u9fff]{0,6}车(?:辆|[一二两三四五六七八九十\d]+辆)?[（(：:\s]*$|登记在[^。；\n]{0,20}(?:公司|单位|合作社|村委会|居委会|村民委员会|居民委员会|驾校|学校)名下[（(：:\s]*$/;
/**
 * A firm's or a public body's vehicle of any kind, named with it (运输公司的重型半挂牵引车, 燃气公司抢修车, 驾校教练车,
 * 区政府应急车, 该企业运输车辆共3辆：, 物流企业派出的两辆冷链车（车牌…）), with no one's own said between (公司职工王芳的
 * 私家车 is hers) and not where it stands (区政府门口停放的小轿车).
 */
const BODYS_VEHICLE =
  /(?:公司|集团|企业|单位|物业|物流|公交|邮政|驾校|政府|中心|[局站]|(?:环卫|派出|司法|管理|财政|林业|水利|农技|供电|卫生|执法)所|管理处|办事处|合作社|本社|殡仪馆|公墓)(?![^。；，,\n]*(?:私家|自家|个人|私人|员工|职工|[其他她]|门[口前外]|附近|旁|对面|院内|楼下|路边|停放|停在))[^。；，,\n]{0,8}?(?:车辆?|巴士)(?:共?[\d一二两三四五六七八九十]+辆)?[（(：:\s]*(?:车牌号?|号牌)?[：:\s]*$/;
/**
 * Said right after a plate: an organisation owns the vehicle (…为锦州联化运输有限公司所有, …属…股份有限公司, …是公司的,
 * …号轻型厢式货车（所有人：德州顺通物流有限公司）, …，隶属…出租汽车公司, 桂10-05826（合作社名下）).
 */
const COMPANY_OWNER_AFTER =
  /^[）)]?号?车?[，,]?\s*(?:该车)?(?:为|系|是)[^。；，,\n]{0,20}(?:公务用车|公务车|公务车辆|执法车|公车)|^[）)]?[，,]?\s*(?:登记在|挂靠(?:在|于)?)[^。；，,\n]{0,24}(?:公司|集团|单位|合作社)|^[（(](?:公司|集团|单位|合作社)(?:名下|所有)[）)]|^[，,]?(?:[^。；，,\n]{0,8}[，,])?(?:经查|经核实|经核查)?(?:登记)?(?:所有人)?(?:为|隶?属于?|系|是)[^。；，,\n]{0,24}(?:公司|集团|单位)(?:所有|的|所属)?|^[^。；，,\n]{0,8}?(?:车|车辆)[，,]?\s*(?:经查|经核实|经核查)?(?:属于?[^。；，,\n]{0,24}(?:公司|集团|单位|中心|政府|[局站队])|(?:为|系|是)[^。；，,\n]{0,24}(?:公司|集团|单位|中心|政府|[局站队])(?:所有|所属|名下|的(?:公务|执法|工作|营运)?(?:用车|车辆|车|出租车|巡游出租车)))|^[^。；，,（(\n]{0,10}[（(](?:登记|车辆)?所有人[：:为是系][^。；，,）)\n]{0,24}(?:公司|集团|单位|合作社)/;
/** Whether a column of the cell's table is headed as school buses' (校车标牌编号, 校车号牌). */
function headedAsSchoolBuses(cell: Cell): boolean {
  return cell.row.some((c) => /校车/.test(c.heading ?? ''));
}

/** A column of vehicles that are a firm's or a school's (驾驶车辆（公司所有）, 所驾校车号牌, 单位车辆). */
const COMPANY_COLUMN = /[（(](?:公司|单位|企业)(?:所有|所属|车辆)?[）)]|校车|公交车|公务车|(?:单位|公司)车辆/;
/** Whether the number is a cell of its own under a heading of serials or accounts (古树编号, 用水户号), not of telephones. */
function numberColumn(layout: Layout, index: number, written: string): boolean {
  const cell = layout.cellAt(index);
  return (
    cell?.text.trim() === written &&
    /编号|编码|代码|户号|注册号/.test(cell.heading ?? '') &&
    !/电话|手机|联系/.test(cell.heading ?? '')
  );
}
/** A taxi firm's or a driving school's cell. */
const FLEET_CELL =
  /出租(?:汽车|车)(?:服务)?(?:有限|股份)?(?:责任)?公司$|(?:驾驶员培训学校|驾驶培训学校|驾校)$|校车(?:服务|运营|运输)?(?:有限|股份)?(?:责任)?公司[）)]?$/;
/** …said in the vehicle's row to be registered to a firm. */
const REGISTERED_TO_FIRM = /登记在[^\t\n]{0,24}(?:公司|单位)名下/;
/** A business kept in the keeper's own house (设在自家…, 在…自家院内开办农家乐, 家中开设…, 经营场所为其自住房屋). */
const KEPT_AT_HOME =
  /(?:[他她其]|自)家(?:就是|即是|即为)[\u4e00-\u9fff]{1,4}(?:点|站|室|店|铺)|(?:[他她其]|自)家(?:的)?(?:门面|门市|铺面)|(?:经营场所|店面|门面|店铺)(?:为|是|系|设在)(?:其|本人)?(?:自住|自有|自家)|[（(](?:系|即|为)?(?:其|本人)?(?:自家|自有|自住)(?:住宅|住房|房屋)|(?:设在|设于|开在|开办在|开设在|就在|即)(?:本人|其|他|她|该)?(?:自有|自家)?(?:自家|家中|家里|住宅|住房|自建房|堂屋|住处|自住)|就在[^。；，,]{0,40}自家|(?:与|和)(?:其|本人)?(?:住宅|住所|住房|住家|家)(?:同址|同处|同在一处|在一起)|(?:自家|家中|自有住房|自建房)[^。；，,]{0,12}(?:开办|开设|经营|开了|开起了?|改成|改为|改建成)/;
/**
 * An organisation, perhaps its address, and the label of its line, as a letterhead or a party's particulars give them;
 * or in brackets after it its address and the line unlabelled (…林业站（栽麻镇栽麻街15号，0855-…）).
 */
const ADDRESS_AND_LINE_OF_ORGANISATION = new RegExp(
  `(?:${ORGANISATION.source})(?:(?:[（(](?:[^，,。；（）()\\n]{4,40}[，,]\\s*)?|[^，,。；（）()\\n]{0,8}?[，,]?\\s*(?:地址|住所地|位于|地处)[：:]?[^，,。；（）()\\n]{4,40}[，,]\\s*)(?:联系)?电话[：:]?|[（(][^，,。；（）()\\n]{2,30}?\\d+号[，,])\\s*$`,
);
/** Said right after a line to be an office's, the sentence going on (…系临渭区商务局，已更正). */
const SAID_OFFICE_AFTER = new RegExp(
  `^[，,]?\\s*(?:经核实?为|实为|实系|系|是)(?![^，。；（）()]*(?:其|本人|家|我|[他她]))[^，。；（）()]{0,24}(?:${ORGANISATION.source})的?(?=[，,。；]|$)`,
);
/** …said in the number's sentence, unless the number's own clause calls an organisation (…自家门面房…），不要再打…法院执行局…). */
const CALLS_ORGANISATION = new RegExp(`(?:打|拨打?|致电)[^，,。；]{0,20}(?:${ORGANISATION.source})[^，,。；]{0,3}$`);
const keptAtHome = (sentence: string) =>
  KEPT_AT_HOME.test(sentence) && !CALLS_ORGANISATION.test(sentence.split(/[，,；;]/).at(-1)!);
/**
 * A person's own desk at work, said to be theirs (本人办公室直线…, 自己办公室直线…, 其本人…的办公桌座机,
 * 单位电话…（本人办公室）, …是他在矿上机电科的本人工位, …总机转其本人办公室分机, 质检室座机…平时只有我一个人用,
 * …由其本人值守): it reaches them alone, as a home line does. An office giving its own line has no 本人 or
 * 自己 to say.
 */
const OWN_DESK = String.raw`(?:本人|自己|(?<=转)[我其他她])(?![到去来至往赴前])(?:在[^，。；\d（）()]{1,14}的|所在的?|的)?[\u4e00-\u9fff]{0,6}?(?:办公桌|工位|直线|分机|室)`;
const OWN_DESK_BEFORE = new RegExp(`${OWN_DESK}[^，。；：:\\d（）()]{0,4}(?:[，,][^，。；\\d]{0,6})?[：:为是\\s]*$`);
const OWN_DESK_AFTER = new RegExp(
  `^(?:[（(][^（）()]{0,20}${OWN_DESK}|[”"]?[，,]?\\s*(?:系|是|为|即)[^，。；（）()]{0,20}${OWN_DESK}|[^。；]{0,20}(?:只有|仅供?|仅有)(?:我|其|他|她)(?:本人)?一个?人(?:用|使用)|[”"]?[，,]?\\s*(?:是|系|为)(?:我|其|他|她)(?:本人|自己)?(?:一个?人(?:用|使用)|自己桌上|本人)的|[^。；]{0,12}由(?:其|他|她)?本人[\\u4e00-\\u9fff]{0,4}?值守|[（(][^（）()]{0,12}单人使用)`,
);
/** …or their own business, said after the line (…（申请人之夫在医院旁开的水果店）, …即其店内电话, …是你在村委会旁开的小卖部电话). */
const OWN_BUSINESS_AFTER =
  /^(?:[（(][^（）()]{0,14}(?:开的|开办的|经营的|自营的)[^（）()]{0,8}(?:店|铺|部|诊所|超市|馆)|[”"]?[，,]?\s*(?:是|系|为|即)(?:你|您|其|他|她|我)(?:本人)?(?:[^，。；（）()]{0,14}(?:开的|开办的|经营的|自营的)|的?(?:店|铺|诊所|摊)))/;
/** A business one person runs on their own: a 个体 clinic or stall, a one-person office, a shop someone opened, a licence's 经营者：…. */
const SOLE_TRADER =
  /(?:个体|个人|私人|独自|自己|夫妻)(?:开办|经营|开设|开|执业)?的?[^，。；\d]{0,8}?(?:诊所|卫生室|[店铺摊]|修理|工作室|咨询室|律师事务所|作坊)|个体[\u4e00-\u9fff]{0,3}?(?:医生|驾驶员|工商户|户|经营|运输|家)|[店铺室厂馆部房站点][”"」]?[（(](?:个体|个人承包)[）)]|经营者[：:]|(?<![司局院委行社会部心])(?:开(?:了|办|设)?(?:一)?[家间个]|开的|开办的|经营的)[^，。；\d]{0,10}?(?:诊所|卫生室|[店铺摊]|超市|小卖部|餐馆|饭店|旅馆|民宿|药房|工作室|作坊|修理厂|汽修厂|助餐点)|摆摊/;
/** Said right after a line to be an organisation's or in its name (…是济宁古槐竹艺有限公司的, 登记在…公司名下). */
const ORGANISATIONS_AFTER = new RegExp(
  `^[^，。；]{0,4}(?:是|系|为|属于?|登记在)[^，。；（）()]{0,24}(?:${ORGANISATION.source})[^，。；（）()]{0,4}(?:的|名下|所有)`,
);
/** The label of a business's own line, as its keeper gives it. */
const BUSINESS_LINE =
  /(?:诊所|服务部?|工作室?|咨询|经营(?:场所)?|门店|店[里内]?|铺|摊位?|餐馆|饭店|门市|单位|超市|小卖部|旅馆|民宿|药房|站点|助餐点|[场厂]里?)(?:值班)?(?:电话|座机)[：:”"\s]*$/;
/** Someone who called, and in brackets the number they called from (白云飞来电（029 85263147）), not 请来电（…）. */
const CALLED_FROM = /(?<![请迎可或您需即接时])来电[（(](?:号码|电话)?[：:]?$/;
/** Said right after a number: it is someone's home line too (…，也是他家的电话). */
// (…or after a clause on what else it is: …，是林场给管护站拉的专线，也是两口子的家里电话.)
// (…or further on in the sentence: …，由其老伴接听，确认该号码为其家中座机.)
// (…or said to be a named person's home line: …就是他家电话, …是村医吴秀云家的座机.)
const ALSO_A_HOME =
  /^[，,]?(?:[^。；，,\n]{0,20}[，,])?(?:这|那|该号码?|它)?(?:也|同时|还|就)是(?:[他她我俺其]|[他她我]们|老人|[^。；，,\n]{0,4}的)家(?:里|中)?的?(?:电话|座机|固话)|^[”"]?[，,]?(?:就|也|其实|实际上?)?是[^。；，,\n“”]{1,8}?家[里中]?的?(?:电话|座机|固话)|^[^。；\n]{0,30}[该此](?:号码?|电话|座机)(?:确)?(?:为|是|系|即)(?:其|[他她我]|本人)?(?:家中|家里|家庭|住宅)|^[，,]?\s*登记为(?:经营者|其|本人|户主)?(?:家庭|家中|住宅)(?:电话|座机)|^[（(][^（）()]{0,12}(?:住宅|家中|家里|家庭)(?:电话|座机)[）)]/;
/** An organisation's account: fines and fees are paid into these. */
// (A 缴款账户 is the payer's own, unless named as one of the above.)
const ORGANISATION_ACCOUNT = /(?:专户|非税|国库|财政|对公|(?:单位|工会|公司|合作社)账户|收款单位)([^。；\n]{0,30})$/;
/** Whose a card is said to be, after the money's source (财政补贴…发放至其本人一卡通, 户主账户). */
const PERSONS_ACCOUNT =
  /个人|本人|其|户主|申请人|当事人|[他她你您我]的?|的(?:银行卡|一卡通|社保卡|存折|账户|卡)|银行卡|一卡通|社保卡|存折/;

/**
 * An organisation's account (缴入区财政非税收入专户…) — not a person's card the money went to from
 * one (财政补贴发放至王某一卡通…), nor a card in a person's row of a table under such a heading
 * (农民工工资支付专户代发明细 | 吉木约呷 | … | 6221…).
 */
function organisationAccount(text: string, index: number, names: readonly NameSpan[], cell: Cell | undefined): boolean {
  const m = ORGANISATION_ACCOUNT.exec(text.slice(Math.max(0, index - 40), index));
  if (!m) return false;
  const between = m[1] ?? '';
  // (An account labelled as a body's right before it is the body's, in a person's row too: 工会账户30040286090245178.)
  if (/^(?:对公|(?:单位|工会|公司|合作社)账户)/.test(m[0]) && /^[（(：:\s为是]*$/.test(between)) return true;
  if (cell && nameInRow(names, cell.rowStart, cell.rowEnd)) return false;
  const last = lastNameBefore(names, index);
  return !PERSONS_ACCOUNT.test(between) && !(last && last.start >= index - between.length);
}

/**
 * A row giving other large figures besides the number (补偿金额 38650, 准考证号 2024050100123): its
 * bare 7–8 digit numbers are figures too. Small ones (人口 2, 金额 1080, 面积 18.7) and an ID number
 * do not make a row of figures.
 */
function rowOfFigures(text: string, cell: Cell): boolean {
  // Written in groups as telephones are (338 6124), it is no amount.
  if (/\d[- ]\d/.test(text.slice(cell.start, cell.end))) return false;
  const own = text.slice(cell.start, cell.end).replace(/\D/g, '');
  const cells = text
    .slice(cell.rowStart, cell.rowEnd)
    .split('\t')
    .map((c) => c.trim());
  // A mobile in the row makes it a row of contacts (妥文静 | 住址 | 8456723 | 139 1917 2046).
  if (cells.some((c) => /^(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}$/.test(c))) return false;
  // Other figures: not an ID or a card number, and counted by their whole part (1935.02 is a birth month).
  const others = cells
    .filter((c) => c.replace(/\D/g, '') !== own && /^[\d,，]+(?:\.\d+)?$/.test(c))
    .filter((c) => !isIdCardNumber(c) && !(c.length >= 16 && (luhnValid(c) || /^62/.test(c))))
    .map((c) => c.replace(/\..*$/, '').replace(/\D/g, ''));
  // A telephone with its area code beside other figures is the row's telephone: the bare number is a
  // figure too (区金好 | 143.20 | 2108600 | 6222… | 0757-49782140).
  // (Not one of eight digits, as a big city's local number is: 司徒志强 | 81642317 | … | 020-8185 1724 | 1,200.00.)
  if (
    own.length !== 8 &&
    others.length > 0 &&
    cells.some((c) => /^[(（]?0\d{2,3}[)）]?[- ]?\d{3,4}[- ]?\d{3,4}$/.test(c))
  )
    return true;
  // Eight digits, as most cities' numbers have, is a figure only beside a longer serial (准考证号
  // 2024050100123) or as a date; seven digits beside another large figure (补偿 1896420), or
  // alone with no other amount in the row (钱小弟 | 6 | 2231880), is the row's amount.
  if (own.length === 8) return validBirth(own) || others.some((c) => c.length >= 9);
  return others.some((c) => c.length >= 5) || (own.length === 7 && !others.some((c) => c.length >= 3));
}

/** What says a number was a fraudster's, said right after it (…系诈骗人员使用, …冒充“快递理赔”, …系他人冒用…). */
const FRAUD_AFTER = /^(?:[、，,]\s?\d[\d\s-]{6,})*[）)]?[^。；\n]{0,12}?(?:冒充|诈骗|系他人冒)/;
/** …or the sentence before speaks of fraud or cold calls and gives the number as the one used (对方用的号码是…). */
const FRAUD_SENTENCE = /(?:诈骗|骗子|冒充|冒办|冒用|推销|营销|骚扰)[^。\n]{0,40}(?:号码|来电)(?:如|为|是|：|:)?[（(]?$/;
function fraudstersNumber(text: string, start: number, end: number): boolean {
  return FRAUD_AFTER.test(text.slice(end, end + 40)) || FRAUD_SENTENCE.test(text.slice(Math.max(0, start - 50), start));
}
/** A country's code other than China's (after +), a space or a hyphen, then 7 to 11 digits in groups. */
const FOREIGN_TELEPHONE = /(?<![\w+.])\+(?!86[\s-])([1-9]\d{0,2})[ -](\d(?:[ -]?\d){6,10})(?![\d-])/g;
/**
 * How a mobile begins in the countries and regions these papers write to (Hong Kong's 5, 6 and 9, Taiwan's 9,
 * Singapore's 8 and 9, Malaysia's 1 …); a number that begins otherwise there is a landline. Not listed (North America,
 * where the two look alike, and the rest): read as a mobile.
 */
const MOBILE_START: Readonly<Record<string, RegExp>> = {
  '852': /^[5679]/,
  '853': /^6/,
  '886': /^9/,
  '65': /^[89]/,
  '60': /^1/,
  '62': /^8/,
  '63': /^9/,
  '66': /^[689]/,
  '84': /^[35789]/,
  '95': /^9/,
  '81': /^[789]0/,
  '82': /^1/,
  '44': /^7/,
  '61': /^4/,
  '7': /^[79]/,
};
/** Groups of four digits run up to a number, as accounts are printed (1208 0300 …): what follows is no telephone. */
const ACCOUNT_GROUPS_BEFORE = /(?<![\d-])\d{4}(?: \d{4})* $/;

/**
 * A telephone number as people write it: 0512-65123456, (0512)65123456, 0512 6512 3456, 0512.65123456,
 * 0512 - 65123456, 0512/65123456, +86 512 6512 3456, 0086-20-81903527, 0512-65123456-806 or 转806; or a
 * bare local 6512345(6). Matched on the half-width copy of the text, so full-width digits are the same
 * number.
 */
const LANDLINE = new RegExp(
  [
    // (A dash after a word is a separator, 隋玉芬-0459-5863127; after a digit or a letter, part of a code.)
    // (Nor after a letter, a code's part, unless the letters are a label run into it: TEL0577-…, Phone:….)
    '(?<![0-9+])(?<!(?<!TE|Te|te|HON|hon)[A-Za-z])(?<![0-9A-Za-z]-)(?:',
    // A country code, then the area code without its 0.
    '(?:\\+|00)?86[- ]?[(（]?0?[1-9]\\d{1,2}[)）]?[- ]?',
    // Or the area code with its 0, perhaps in brackets.
    // (…in any bracket, perhaps with a dash after it: 〔0571〕87654321, 【0571】…, (0571)-87654321.)
    '|[(（〔【［[](?:区号)?0[1-9]\\d{1,2}[)）〕】］\\]](?:\\s?[-—–]\\s?|\\s)?',
    // (An area code never begins 00: that is a way out of the country, 0021834561 a receipt's number.)
    '|0[1-9]\\d{1,2}(?: ?(?:[-—–‐/~～_]|--|(?<=\\d)一(?=\\d)) ?|[.]| {1,2})?',
    // Or no area code: a bare local number.
    '|(?=[2-8]))',
    // The local number, whole or in two groups (6512 3456, 651 2345, 6218 835), and an extension.
    '(?:\\d{7,8}|\\d{3,4}[- ]\\d{4}|\\d{4}[- ]\\d{3}|(?<=\\.)\\d{3,4}\\.\\d{4}',
    // (…or, after an area code, cut in two at an odd place, as scans and careless typing leave it: 0352—2 836417, 0438-36171 11.)
    '|(?<=0\\d{2,3}(?: ?[-—–‐/~～_] ?|[.]| {1,2})|[)）〕】］\\]](?:\\s?[-—–]\\s?|\\s)?)(?:\\d[ -]\\d{6,7}|\\d{2}[ -]\\d{5,6}|\\d{3}[ -]\\d{5}|\\d{5}[ -]\\d{2,3}|\\d{6} \\d{1,2}))',
    '(?:\\s?(?:-|转|分机)\\s?\\d{1,5})?',
    // (Not the end of a room number and an area code run together: …2单元301 0777-2836154; nor the first
    // groups of a masked card, 6217 0019 **** ***0 738.)
    '(?![0-9]|\\s?[-—–]\\s?\\d{6}| ?[*＊]{2})',
  ].join(''),
  'g',
);
/**
 * An office the reader is sent to, closing its sentence, then a telephone's label opening the next (…请与新城区教育局
 * 民办教育科联系。\n联系电话…): the line that follows, and the address after it, are the office's.
 */
export const OFFICE_THEN_TELEPHONE =
  /(?:请与|请向|可与|可向|请联系|可联系|请到|可到)[^。；\n]{0,30}(?:[局科股站所室办院]|中心|委员会|政府|街道)(?:联系|咨询|反映|查询|办理)?[。；]\s*(?:联系|咨询|办公|服务)?电话[：:\s]*/;
const OFFICE_THEN_CONTACT = new RegExp(`${OFFICE_THEN_TELEPHONE.source}$`);
/** An official named in their duties, then their number: public (执行法官：沈志刚，联系电话…). */
const OFFICIAL_CONTACT =
  /(?:(?:承办人|承办法官|执行法官|执行员|执行干警|干警|法官|审判员|书记员|法官助理|检察官|民警|警官|监察员|专管员|报账员|网格员|经办人|工作人员|回访人|(?:复查|复议|复核|承办|经办|答复|机构|机关)联系人)[：:\s]*(?:监察员)?[\u4e00-\u9fff·\u3000]{2,6}|[\u4e00-\u9fff][科股处]长|[\u4e00-\u9fff](?:主任|局长|所长)|联系人[：:\s]*(?:[\u4e00-\u9fff]{0,10}[\u4e00-\u9fff](?:法官|检察官|警官|科员|干事|专员|老师)|[\u4e00-\u9fff]工))[（(，,：:\s]*(?:联系|回访|办公)?(?:电话|手机)?[：:\s]*$/;
/** A writer speaking of themself, not an office (我局, 我单位 are offices). */
const FIRST_PERSON = /[我俺](?![局委办院厅部司处所区市县镇乡街中站队们科校馆社会]|单位)/;
/** Whether the sentence around a number is a writer speaking (我…, …那是我大伯家) or signed by one (。留言人：…). */
function writerAsks(text: string, start: number, end: number): boolean {
  const sentence =
    text
      .slice(Math.max(0, start - 80), start)
      .split(/[。\n]/)
      .pop() ?? '';
  const rest = text.slice(end, end + 60);
  // (…or the whole line is the writer's, in their own words: 包玉荣来信：我住…。…希望政府提高补贴。电话….)
  const line = text.slice(Math.max(0, start - 400), start);
  const opening = line.slice(line.lastIndexOf('\n') + 1, line.lastIndexOf('\n') + 30);
  return (
    FIRST_PERSON.test(sentence) ||
    (/^[^：:。]{0,16}(?:来信|来电|留言|来访|反映|诉求)[：:]\s*[我俺]/.test(opening) &&
      !/答复|回复|经查|办理|处理|转交|转办/.test(line.slice(line.lastIndexOf('\n') + 1))) ||
    FIRST_PERSON.test(rest.split(/[。\n]/)[0] ?? '') ||
    /^[^\n]{0,40}?(?:留言人|来信人|来电人|反映人|投诉人|举报人|写信人)[：:\s]*[\u4e00-\u9fff]/.test(rest)
  );
}
/** Where the sentence holding `index` starts, looked for within 100 characters: a text without full stops stays linear. */
function sentenceStart(text: string, index: number): number {
  const window = Math.max(0, index - 100);
  const head = text.slice(window, index);
  return window + Math.max(head.lastIndexOf('。'), head.lastIndexOf('\n')) + 1;
}
/** Whether a person — a name, a home, a number of theirs or a party's word — is named between `from` and `index`. */
function personInSentence(text: string, from: number, index: number, people: readonly NameSpan[]): boolean {
  return (
    (lastNameBefore(people, index)?.end ?? -1) > from ||
    [...text.slice(from, index).matchAll(PARTY)].some((m) => text[from + m.index - 1] !== '请')
  );
}
/** A clause or a cell that gives the other side of a case or a complaint (被申请人…, 被执行人…, 用人单位…). */
const OPPOSING_PARTY = /^\s*(?:被申请人|被申请单位|被执行人|被告|第三人|被投诉人|被举报人|被诉人|用人单位)/;
/** Who answers for an office, named by their part in it. */
const OFFICE_SIDE = /送达人|承办人|经办人|工作人员|接待室|值班室/;
/**
 * A person's line, then the office's given as such (受送达人X，经…人民法院送达，联系电话A，法院电话B;
 * 其母座机A，区民政局电话B): the plainly labelled line before the office's own is the person's, though
 * the office was named nearer it — the writer names the office's line because the other is not.
 */
function beforeOfficesOwnLine(text: string, start: number, end: number, people: readonly NameSpan[]): boolean {
  const from = sentenceStart(text, start);
  const clauses = text.slice(from, start).split(/[，,；;]/);
  const label = clauses.at(-1)!;
  if (
    label.search(ORGANISATION) >= 0 ||
    /联系人|被申请/.test(label) ||
    !/(?:电话|座机|固话)(?:分别)?[为是]?[：:\s]*$/.test(label)
  )
    return false;
  // (Not where the organisation is a party itself, 被执行人…有限公司，电话A，法院电话B, nor where the clause
  // before gives the office as a field whose details follow: 承办单位…住建局，联系电话A，承办人办公电话B.)
  if (clauses.some((c) => OPPOSING_PARTY.test(c) && c.search(ORGANISATION) >= 0)) return false;
  const previous = clauses.at(-2) ?? '';
  if (/^\s*[\u4e00-\u9fff]{0,4}(?:单位|部门|机关|机构)[：:为是]?/.test(previous)) return false;
  // (…nor where the clause before gives a party that is an organisation, 申请执行人…综合执法局，联系电话A，本院电话B, or
  // sends the reader to an office, 有线索请联系…派出所，电话A，或…民政局B.)
  const party = /^\s*(?:申请执行人|申请人|当事人|原告|上诉人|第三人|委托人|投诉人|举报人)[：:]?\s*(\S{2,30})$/.exec(
    previous,
  );
  if (party && ENDS_AS_ORGANISATION.test(party[1]!)) return false;
  if (/(?:联系|咨询|致电|拨打|询问)[^，,；;（(]{2,30}$/.test(previous) && ENDS_AS_ORGANISATION.test(previous))
    return false;
  if (!personInSentence(text, from, start, people)) return false;
  // (The next number not listed with it, 电话分别为A、B，登记中心电话C; the office's, or its staff's: 送达人联系电话.)
  const rest = text.slice(end, end + 80).split(/[。\n]/)[0]!;
  for (const next of rest.matchAll(/[（(]?\d[\d\s\-－—()（）]{6,}/g)) {
    const nextLabel = rest.slice(0, next.index).split(/[，,；;]/);
    if (nextLabel.length === 1) continue;
    return nextLabel.at(-1)!.search(ORGANISATION) >= 0 || OFFICE_SIDE.test(nextLabel.at(-1)!);
  }
  return false;
}
/**
 * Said after it to have been answered by a private person (…回拨，接听者为申请人牟春晖之妻于淑芬; 接听人是其女儿):
 * theirs, whatever its label. (Not by whom an office has answer for it: 接听者为值班人员, 接听的是街道工作人员.)
 */
function answeredByPerson(after: string): boolean {
  // (…or a relative said in brackets to have answered: 拨打电话…（其妻接听）.)
  if (
    /^[（(](?:由|系)?(?:其|之)[^（）()]{0,4}(?:子|女|夫|妻|伴|父|母|侄|孙|亲属|家属|家人|哥|姐|弟|妹|媳|婿)[^（）()]{0,3}接听[）)]/.test(
      after,
    )
  )
    return true;
  const answerer = /^[^。；\n]{0,16}?接听(?:者|人|的是)[为是：:]?([^，,。；\n]{1,16})/.exec(after)?.[1];
  return (
    answerer !== undefined && answerer.search(ORGANISATION) < 0 && !/工作人员|值班|客服|前台|接线|话务/.test(answerer)
  );
}
/** Labels after which a bare local number is a telephone. */
const PHONE_LABEL =
  /(?:电话|座机|固话|联系方式|号码)(?:号码?)?(?:[^，。；\d]{0,6}(?:是|为)(?:[\u4e00-\u9fff]{2,3}的)?)?[：:\s]*$/;

/** A telephone named as the way someone was sought, in a log of service (送达方式 | 电话 | 0533-… | 无人接听). */
const triedByTelephone = (cell: Cell): boolean =>
  FORM_PHONE_LABEL.test(cell.before.trim()) && /方式|途径|渠道/.test(cell.row[cell.column - 1]?.heading ?? '');

/**
 * A number that is the value of a form's telephone field (联系电话 | 0736-…), perhaps with a mailbox beside it
 * (…、wang@163.com). (Not a value under a column of the ways someone was sought: 送达方式 | 电话 | 0533-….)
 */
function formPhoneCell(text: string, cell: Cell | undefined, start: number, end: number): cell is Cell {
  return (
    cell !== undefined &&
    cell.start <= start &&
    end <= cell.end &&
    /^[\d\s()+\-—，,、/；;\w.%@]+$/.test(text.slice(cell.start, cell.end)) &&
    FORM_PHONE_LABEL.test(cell.before.trim()) &&
    !triedByTelephone(cell)
  );
}

/**
 * A cell after a telephone's label, in a row whose labels ask for a person's particulars, or in a
 * form row that names no organisation and no office's line (联系电话 | 0355-7411338 | 电子邮箱 | …):
 * forms in government papers are filled in by the people they are about.
 */
const FORM_PHONE_LABEL = /^(?:(?:联系|固定|家庭|住宅)?(?:电话|座机)|固话|联系方式)$/;
function personalFormCell(text: string, cell: Cell | undefined, start: number, end: number): boolean {
  if (!formPhoneCell(text, cell, start, end)) return false;
  // (Read from a bounded stretch of the row: a row may be very long.)
  const row = text.slice(Math.max(cell.rowStart, start - 300), Math.min(cell.rowEnd, end + 300));
  if (/(?:^|\t)(?:姓名|家庭住址|住址|现住址|通信地址|通讯地址|本人手机|个人邮箱|收件人|申请人)\t/.test(row))
    return true;
  // (…or opened by the form's title, which says who fills it in: 政府信息公开申请表 | 联系电话 | …; not the line of an
  // office named in a field before it: …登记表 | … | 转办单位 | …信访局 | 电话 | ….)
  const title = /^[^\t]{0,20}(?:申请表|登记表|申报表)\t/.exec(text.slice(cell.rowStart, cell.rowStart + 24));
  if (title && text.slice(cell.rowStart + title[0].length, cell.start).search(ORGANISATION) < 0) return true;
  // (The label opens the row: the form's own field, not a column of a table about others.)
  return (
    cell.start - cell.before.length - 1 === cell.rowStart &&
    row.search(ORGANISATION) < 0 &&
    !/单位|办公|咨询|监督|投诉|举报|受理|值班|传真/.test(row)
  );
}

/**
 * A line that is an office's reply (区委办公室回复：…, 【回复】…街道：…, 答复：…): the office writes it, and a
 * line it gives in a clause naming nobody is its own.
 */
function replyLine(text: string, index: number): boolean {
  // (Looked for within 400 characters: a text of one endless line is not searched back to its start.)
  const from = Math.max(0, index - 400);
  const newline = text.slice(from, index).lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const lineStart = from + newline + 1;
  const head = /^[^：:\n]{0,40}[：:]/.exec(text.slice(lineStart, lineStart + 41))?.[0] ?? '';
  // (A reply addressed to an applicant gives the applicant's particulars first: 政府信息公开申请答复书：申请人….)
  if (/答复书|告知书|申请答复|决定书/.test(head)) return false;
  return (
    /^(?:【(?:回复|答复)】|(?:回复|答复)(?:内容|意见)?[：:])/.test(head) ||
    (/回复|答复/.test(head) && head.search(ORGANISATION) >= 0)
  );
}

/**
 * The last clause of a letter (its line opens with …答复书：, …告知书：, …督办函：), a label alone after a
 * clause that names no one, where the addressee's own telephone was given earlier in the line: the sender's.
 */
function letterCloses(
  text: string,
  start: number,
  end: number,
  found: readonly NumberSpan[],
  names: readonly NameSpan[],
): boolean {
  if (!/^[。.]?\s*(?:\n|$)/.test(text.slice(end, end + 3))) return false;
  const clauses = text.slice(Math.max(0, start - 80), start).split(/[，,；;。\n]/);
  if (clauses.length < 3 || !/^(?:联系)?电话[：:\s]*$/.test(clauses.at(-1)!)) return false;
  // (…not a second party's, given after their name and home: 委托代理人边晓光，…，住…502号，电话….)
  const previous = clauses.at(-2)!;
  const previousStart = start - clauses.at(-1)!.length - 1 - previous.length;
  if (/住|系/.test(previous) || (lastNameBefore(names, start)?.end ?? -1) > previousStart) return false;
  const from = Math.max(0, start - 600);
  const lineStart = from + text.slice(from, start).lastIndexOf('\n') + 1;
  if (lineStart === from && from > 0) return false;
  const head = /^[^：:\n]{0,40}[：:]/.exec(text.slice(lineStart, lineStart + 41))?.[0] ?? '';
  return (
    /(?:答复书|告知书|决定书|通知书|督办函|征询函|复函|意见书)[：:]$/.test(head) &&
    found.some((f) => (f.type === 'landline' || f.type === 'mobile') && f.start >= lineStart && f.end <= start)
  );
}

/**
 * A clause of nothing but a telephone's label (，联系电话…; 。电话…; ，送餐员联系电话…), no person named or
 * spoken to in it, nor in the clause before it unless as the office's contact (联系人：许晓明，电话…), not
 * someone it reached (已联系龙春燕本人，电话…).
 */
function plainPhoneClause(text: string, start: number, names: readonly NameSpan[]): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const clauses = window.split(/[，,；;。！!？?\n]/);
  const clause = clauses.at(-1)!;
  const clauseStart = start - clause.length;
  if (
    !/^[\u4e00-\u9fff]{0,4}(?:联系)?(?:电话|座机)(?:号码)?[：:\s]*$/.test(clause) ||
    /[你您其他她我家人]/.test(clause)
  )
    return false;
  const previous = clauses.length > 1 ? clauses.at(-2)! : '';
  const previousStart = clauseStart - 1 - previous.length;
  // (A person the clause only mentions on the way is not whom the line reaches: …为檀世荣老人办理…认证，联系电话…;
  // one it ends with is: 已联系龙秀云本人，电话…, 转办：诉求人于长河，电话….)
  const lastName = lastNameBefore(names, start);
  const named =
    (lastName !== undefined && lastName.end > previousStart && lastName.end >= previousStart + previous.length - 2) ||
    /[你您其他她我]|人$|本人/.test(previous);
  return !named || /^\s*联系人[：:\s]*[^，,；;。！!]{2,12}$/.test(previous);
}

/** A cell that holds the number and nothing but telephone numbers (0510-85406217，13951580734). */
function numbersCell(text: string, cell: Cell, start: number, end: number): boolean {
  return (
    cell.start <= start && end <= cell.end && /^[\d\s()+\-—–‐~～_.，,、/；;]+$/.test(text.slice(cell.start, cell.end))
  );
}

/**
 * A person's own line at work, given by them or said to be theirs (预留的是其办公室座机…转2316, 请打我办公室电话…,
 * 你单位的办公座机…, 其在医院护士站的座机…, 其丈夫在…值班室的座机…, 打她办公室…, 我在…财政局上班，办公电话…): theirs, though
 * an office's switchboard stands beside it.
 */
const OWN_WORK_LINE =
  /(?:其|你|您|我|[他她](?=办公室|科室)|本人)(?:留下的|的|现任职|工作)?(?:单位|办公室|科室)的?(?:办公|值班)?(?:电话|座机|固话|直线)(?:号码)?(?:是|为)?[：:\s]*$|(?:其|[你您他她我]|本人)[\u4e00-\u9fff]{0,6}在[^，,。；]{1,14}的(?:办公室?)?(?:电话|座机|直线)[：:\s]*$|(?:打|拨打?|找)(?:我|她|他|俺)(?:在)?(?:单位)?的?(?:办公室|科室|值班室|单位|值班|办公)的?(?:值班)?(?:电话|座机)?[：:\s]*$|[我俺]的?(?:值班|单位值班)(?:电话|座机)[：:\s]*$|(?:打|拨打?)(?:我|她|他|俺)家?的?[\u4e00-\u9fff]{0,4}(?:店|铺|摊|档|工作室|诊所|门市)的?(?:电话|座机)[：:\s]*$|(?:[你您他她其我]|本人)(?:家)?的?(?:店|铺|摊|诊所|门市)[里内]?(?:电话|座机)[：:\s]*$|(?:我|[他她]?本人)(?:白天|平时|现)?在[^，,。；]{2,20}(?:上班|工作)[，,]\s*(?:办公室?|科室|值班)(?:电话|座机)[：:\s]*$/;

/**
 * A table row that is a company's: it opens with the company (after its number in the list), and
 * gives no sex or ID number of a person.
 */
function companyRow(row: string): boolean {
  return (
    /^(?:\d{1,4}\t)?[^\t]{2,40}(?:有限公司|有限责任公司|股份公司|集团|合作社|联合社|联社)(?:[（(][^）)\t]*[）)])?(?=\t|$)/.test(
      row,
    ) && !/\t[男女]\t|\d{17}[\dXx]|\d{6}\*{4,}/.test(row)
  );
}

/** A cell that names an organisation or its premises (…有限公司, 物业服务中心, …配送中心, 蓝色厢式货车（…物流有限公司）). */
// (A note in brackets may follow it: …出租汽车有限公司（驾驶员轮换）.)
const ORGANISATION_CELL =
  /(?:公司|集团|企业|物业服务中心|物业用房|配送中心|超市|车队|合作社)(?:[（(][^（）()]{0,12})?[）)]?$/;

/**
 * A row of a parking list or a fleet that names an organisation and no person (物业服务中心 | … | 陕A·…); a column of
 * the firm's vehicles its drivers drive (驾驶车辆（公司所有）, 所驾校车号牌); a row that says the vehicle is registered to
 * a firm (…不通过（车辆登记在…有限公司名下）): the plate at `index` is the organisation's.
 */
function organisationsRow(
  text: string,
  layout: Layout,
  names: readonly NameSpan[],
  index: number,
  end: number,
): boolean {
  const cell = layout.cellAt(index);
  if (!cell) return false;
  const rowCells = text
    .slice(cell.rowStart, Math.min(cell.rowEnd, cell.rowStart + 300))
    .split('\t')
    .map((c) => c.trim());
  return (
    COMPANY_COLUMN.test(cell.heading ?? '') ||
    // (…or a school bus, in a table that gives each bus's sign: 车牌号码 | 校车标牌编号 | … .)
    headedAsSchoolBuses(cell) ||
    REGISTERED_TO_FIRM.test(text.slice(end, cell.rowEnd)) ||
    // (…or the taxi firm or the driving school whose car it is, in a cell of its row, as before it in a sentence.)
    rowCells.some((c) => FLEET_CELL.test(c)) ||
    (!nameInRow(names, cell.rowStart, cell.rowEnd) && rowCells.some((c) => ORGANISATION_CELL.test(c)))
  );
}

/** 与其儿子联系，电话…: whom one contacts is the person's family, and the number theirs. */
const KIN_CONTACT =
  /(?:与|联系)(?:其|他的?|她的?)(?:儿子|女儿|子女|家属|家人|亲属|丈夫|妻子|老伴|父亲|母亲|哥哥|姐姐|弟弟|妹妹)(?:联系)?(?:[，,]\s*|[（(])(?:联系)?电话[：:\s]*$/;

/** A relative named, then their line in brackets (电话告知其女甘露（0371-…）). */
const KIN_NAMED_BRACKET =
  /(?:其|之)(?:妻|夫|子|女|父|母|兄|弟|姐|妹|儿子|女儿|丈夫|妻子|父亲|母亲|哥哥|姐姐|弟弟|妹妹)[\u4e00-\u9fff·]{0,4}[（(](?:(?:联系)?电话[：:]?)?$/;
/** 与X联系 where X is a person, named (经与申请人王建国电话联系（…）): the number is theirs. */
function contactedPerson(text: string, start: number, left: string, names: readonly NameSpan[]): boolean {
  const m = /与([^与]{0,20})联系[（(：:，,\s]*(?:电话[：:\s]*)?$/.exec(left);
  if (!m) return false;
  // (…or the writer of a notice of their own: 拾到者请与本人联系，电话….)
  if (/^(?:我|本人|失主|我本人)$/.test(m[1]!)) return true;
  const from = start - left.length + m.index + 1;
  const name = firstNameFrom(names, from);
  return name !== undefined && name.end <= from + m[1]!.length;
}

/**
 * The text with full-width digits, letters and signs as ASCII (ｗａｎｇｊｇ＠１６３．ｃｏｍ as a mailbox
 * typed in a Chinese input mode), and a full-width space between digits as a space
 * (０７３５\u3000２６５１８３４), one character for one, so offsets hold.
 */
function halfWidth(text: string): string {
  return (
    text
      .replace(/[０-９Ａ-Ｚａ-ｚ＋－（）＠．＿]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/(?<=[０-９\d])\u3000(?=[０-９\d])/g, ' ')
      // (A scanner's letter O for a zero inside a number: 0874 - 3O61528, O775-2712853, 139 9O81 4725.)
      .replace(/(?<![A-Za-z])[OoＯ](?=\d{2})|(?<=\d)[OoＯ](?![A-Za-z])/g, '0')
      .replace(SPELLED_NUMBER, (run) =>
        run.replace(/[〇零一二三四五六七八九]/g, (c) => String(SPELLED_DIGITS.indexOf(c) % 10)),
      )
  );
}
/**
 * A number spelled out digit by digit in Chinese (一三八一二三四五六七八, 零五七一-八七六五四三二一), as a caller
 * is written down or a number is kept from filters: seven such characters or more in a run, which words
 * and dates never make.
 */
const SPELLED_NUMBER = /[〇零一二三四五六七八九](?:[ -－—]?[〇零一二三四五六七八九]){6,}/g;
const SPELLED_DIGITS = '〇一二三四五六七八九零';

/** Whether a person's name stands in the table row between `rowStart` and `rowEnd`. */
function nameInRow(names: readonly NameSpan[], rowStart: number, rowEnd: number): boolean {
  const first = firstNameFrom(names, rowStart);
  return first !== undefined && first.end <= rowEnd;
}

/** Whether a table row's first cell (after its number in the list) is a person's name. */
function rowOpensWithName(text: string, names: readonly NameSpan[], rowStart: number): boolean {
  const name = firstNameFrom(names, rowStart);
  return (
    name !== undefined &&
    ROW_SERIALS.test(text.slice(rowStart, name.start)) &&
    /^[\t（(]/.test(text.slice(name.end, name.end + 1))
  );
}

/** A cell that names an organisation, a 社区 or a 街道 (a works too: …纺织厂). */
const organisationCell = (written: string) => {
  // (Quoted as CSV quotes it, perhaps with a note after it: "…长征街小学", …人民政府（包联单位）.)
  const cell = written.replace(/^"|"$/g, '').replace(/[（(][^（）()]{1,8}[）)]$/, '');
  // (…not a person's saying they have none: 无固定单位（个体）.)
  if (/^(?:无|没有)(?:固定)?(?:工作)?单位/.test(cell)) return false;
  return (
    /^[\u4e00-\u9fff（）()]{2,30}$/.test(cell) && (ENDS_AS_ORGANISATION.test(cell) || /(?:社区|街道|厂)$/.test(cell))
  );
};

/**
 * One of two lines standing alone in cells side by side after an organisation's cell, which follows a cell
 * that reads as a name (温振川 | 榆次区第二中学 | 0354-3062418 | 0354-2217596): a person's row giving the
 * organisation's line and their own, in either order.
 */
function twoLinesAfterOrganisation(text: string, layout: Layout, cell: Cell, start: number, end: number): boolean {
  if (!numbersCell(text, cell, start, end)) return false;
  const previous = layout.cellAt(cell.start - 2);
  const first =
    previous &&
    /\d{7}/.test(cell.before.replace(/\D/g, '')) &&
    numbersCell(text, previous, previous.start, previous.end)
      ? previous
      : LINE_CELL_NEXT.test(text.slice(cell.end, cell.end + 30))
        ? cell
        : undefined;
  if (!first || !organisationCell(first.before.trim())) return false;
  const person = (layout.cellAt(first.start - 2)?.before.trim() ?? '').replace(/^"|"$/g, '');
  return /^[\u4e00-\u9fff·]{2,6}$/.test(person) && !ENDS_AS_ORGANISATION.test(person);
}

/** A row that opens with this cell and a person's name in the next (022-2741 6839 | 冯子墨 | 询问…). */
function nameCellAfter(text: string, names: readonly NameSpan[], cell: Cell): boolean {
  const name = firstNameFrom(names, cell.end + 1);
  return (
    cell.start === cell.rowStart &&
    text[cell.end] === '\t' &&
    name?.start === cell.end + 1 &&
    /^(?:[\t（(]|$)/.test(text.slice(name.end, name.end + 1))
  );
}

/** A table row whose first cell names an organisation (a 街道办事处, a company), not a person. */
function organisationRow(text: string, rowStart: number): boolean {
  const first = text.slice(rowStart, rowStart + 40).split('\t')[0] ?? '';
  // (A form's label for an account is no organisation: 银行账户 | 中国建设银行 | 6217…, 工资发放银行卡 | 6217….)
  // (…its note in brackets after it says what the account is for: 开户银行及账号（奖励金发放）.)
  const label = first.trim().replace(/[（(][^（）()]{0,12}[）)]$/, '');
  return first.search(ORGANISATION) >= 0 && !/(?:账户|账号|卡号|银行卡|开户行|开户银行)$/.test(label);
}

export function findNumbers(
  original: string,
  layout: Layout,
  names: readonly NameSpan[],
  homes: readonly { start: number; end: number }[] = [],
  observe?: (line: ObservedLine) => void,
  officials: readonly NameSpan[] = [],
): NumberSpan[] {
  // (座机 is read as 电话, the word the rules are written with: 座机：0952-…, 留言座机0776-….)
  const text = halfWidth(original).replaceAll('座机', '电话');
  const found: NumberSpan[] = [];
  const add = (type: NumberType, start: number, end: number) => found.push({ type, start, end });
  const before = (index: number, length = 14) => text.slice(Math.max(0, index - length), index);

  const idStarts = new Set<number>();
  // Whole, or in groups as forms print it (320508 19900307 0025, 320508-1990-0307-0025) or as a card
  // is typed, in fours (3205 0819 9003 0700 25).
  for (const m of text.matchAll(
    // (…after the G of a pupil's 全国学籍号, which is the pupil's ID number: G131002201503262621.)
    /(?:(?<![0-9A-Za-z])|(?<=(?<![0-9A-Za-z])G)(?=\d{17}[\dXx](?![0-9A-Za-z])))(\d{17}[\dXx]|\d{15}|\d{6}([ -])\d{8}\2\d{3}[\dXx]|\d{6}([ -])\d{4}\3\d{4}\3\d{3}[\dXx]|\d{4}([ -])\d{4}\4\d{4}\4\d{4}\4\d[\dXx])(?![0-9A-Za-z])/g,
  )) {
    const written = m[1] ?? '';
    const v = written.replace(/[ -]/g, '');
    // One in 31 ID numbers is also a valid 统一社会信用代码: the label before it decides, and an
    // unlabelled one is taken for an ID number (the safer mistake).
    const labelledAsCode = /(?:信用代码|机构代码|注册号)[：:\s]*$/.test(before(m.index, 10));
    if (
      (v.length === 18 && isIdCardNumber(v) && !(isValidUscc(v) && labelledAsCode)) ||
      // (…a fifteen-digit one, of the first generation, neither after a serial's label nor in a column of serials:
      // 申请编号 | 510903260811027.)
      (v.length === 15 && isOldIdCardNumber(v) && !serial(before(m.index)) && !numberColumn(layout, m.index, written))
    ) {
      add('id_card', m.index, m.index + written.length);
      idStarts.add(m.index);
    }
  }
  // A 残疾人证号 is the holder's ID number and two digits more, the disability's category (1–7) and grade (1–4):
  // its first eighteen are the ID number (33080219790614073462).
  for (const m of text.matchAll(/(?<![0-9A-Za-z])(\d{17}[\dXx])[1-7][1-4](?![0-9A-Za-z])/g))
    if (isIdCardNumber(m[1]!) && !serial(before(m.index))) {
      add('id_card', m.index, m.index + 18);
      idStarts.add(m.index);
    }
  // Bank cards, written whole, in groups of four (6222 0212 3456 7890 128) or with the issuer's six
  // digits apart (622188 0652107483918); the older 19-digit debit cards of ICBC, ABC and CMB begin with
  // 9558, 9559, 9555.
  for (const m of text.matchAll(
    /(?<![0-9A-Za-z-])(?:(?:[3-6]\d{3}|955\d)(?:[ -]?\d{4}){2,3}[ -]?\d{1,4}|(?:[3-6]\d{5}|955\d{3})[ -]\d{10,13})(?![0-9A-Za-z])/g,
  )) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 16 || digits.length > 19) continue;
    // (A card beginning with 3 — JCB's — has sixteen digits: a longer number so begun is a contract's or a code's,
    // 37150220230918041.)
    if (digits[0] === '3' && digits.length !== 16) continue;
    const cell = layout.cellAt(m.index);
    // Not every card passes the Luhn check (some older 一卡通 and 存折 numbers, and numbers copied
    // with a slip). One is a card all the same in an account column or after a card's label (卡号,
    // 一卡通, 存折); a UnionPay or Bank of China number (62…, 601382…) also after an account's label
    // (账号, 账户), printed in groups of four as only cards are, or alone in a cell of a person's row.
    const ownCell = cell?.start === m.index && cell.end === m.index + m[0].length;
    const saidToBeCard =
      cell?.kind === 'account' ||
      /(?:卡号|银行卡|一卡通|存折|社保卡)(?:号码?|账号|账户)?[：:\s]*$/.test(before(m.index, 10)) ||
      (/^(?:62|601382)/.test(digits) &&
        (/(?:卡|一卡通|[账帐][号户]|存?折号?)(?:号码?|账号|账户)?[：:\s]*$/.test(before(m.index, 10)) ||
          /^\d{4}(?: \d{4}){3}(?: \d{1,3})?$/.test(m[0]) ||
          (ownCell && cell.kind === undefined && nameInRow(names, cell.rowStart, cell.rowEnd))));
    if (!luhnValid(digits) && !saidToBeCard) continue;
    // A row of a table that belongs to an organisation (化龙桥街道办事处 | … | 账号) gives its account;
    // one that names a person too is theirs (南关社区居委会 | 王桂芝 | 2 | 620 | 6217…), as is one said to be the
    // person's own (区司法局审核意见 | …奖励3000元，转入本人账户6212…).
    if (
      cell &&
      organisationRow(text, cell.rowStart) &&
      !nameInRow(names, cell.rowStart, cell.rowEnd) &&
      !/本人(?:的)?(?:银行)?(?:账户|账号|卡|银行卡|社保卡)[：:\s]*$/.test(before(m.index, 12))
    )
      continue;
    // (A longer number goes on after it; a list's next number, 2. or 2、, does not.)
    if (/^(?:[ -]\d(?![.、．])|号)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    if (serial(before(m.index)) || organisationAccount(text, m.index, names, cell)) continue;
    // (…nor in a column of serials or licences' numbers: 施工许可证编号 | 610802202610080101.)
    if (numberColumn(layout, m.index, m[0]) && !/卡|账/.test(cell?.heading ?? '')) continue;
    if (idStarts.has(m.index)) continue;
    add('bank_card', m.index, m.index + m[0].length);
  }
  // (In groups, perhaps with dots: 138 1234 5678, 138.1234.5678.)
  for (const m of text.matchAll(
    /(?<![0-9])(?:(?:\+|00)?86[-－ ]?)?1[3-9]\d(?:[-－ ]?\d{4}){2}(?![0-9])|(?<![0-9.])1[3-9]\d\.\d{4}\.\d{4}(?![.]?[0-9])/g,
  )) {
    // Eleven digits given as a certificate's or a staff number are not a telephone (执法证号15250210023).
    // (…nor a code after its letter: 医疗机构编码H14040200027.)
    if (/(?:证号|编号|编码|代码|工号|警号|证件号码?)[：:\s]*[A-Za-z]?$/.test(before(m.index, 10))) continue;
    // (…nor a cadre's or an officer's work mobile, given as such: 驻村第一书记…，工作手机….)
    if (/工作手机[：:\s]*$/.test(before(m.index, 8))) continue;
    // (…nor the number a fraudster or a caller posing as someone used: 来电号码…系诈骗人员使用, 有人用号码…冒充….)
    if (fraudstersNumber(text, m.index, m.index + m[0].length)) continue;
    // (…nor in a column of such numbers: 古树编号 | 13080200112.)
    if (numberColumn(layout, m.index, m[0])) continue;
    add('mobile', m.index, m.index + m[0].length);
  }
  // A telephone abroad, in Hong Kong, Macao or Taiwan, given with its country's code and a space (+852 9318 2764,
  // +60 3 2692 4175): in these papers an overseas-Chinese family's or a foreign resident's own, a mobile or a landline
  // by how it begins — unless an organisation owns it (驻新加坡大使馆 +65 6475 0165).
  for (const m of text.matchAll(FOREIGN_TELEPHONE)) {
    if (ownerBefore(text, m.index, names) === 'organisation') continue;
    const mobile = MOBILE_START[m[1]!]?.test(m[2]!) ?? true;
    add(mobile ? 'mobile' : 'landline', m.index, m.index + m[0].length);
  }
  // Landlines: with an area code (and a country code, an extension, digits in groups), and bare
  // 7–8 digit numbers where a person gives them as theirs.
  // Both in text order: one pointer walks the mobiles, so a text full of numbers stays linear.
  const mobiles = found.filter((f) => f.type === 'mobile');
  let nextMobile = 0;
  let nextOfficial = 0;
  // An ID number, a mobile or a home in the sentence says a person is being described, as a name
  // does (选择安置房：…1203室，联系电话…).
  const people = [...names, ...found, ...homes].sort((a, b) => a.start - b.start);
  // Where lines said to be an office's end: a mailbox named like an office's right after one is its too.
  const officeLineEnds: number[] = [];
  for (const m of text.matchAll(LANDLINE)) {
    const start = m.index;
    const end = start + m[0].length;
    while (nextMobile < mobiles.length && mobiles[nextMobile]!.end <= start) nextMobile++;
    if (nextMobile < mobiles.length && mobiles[nextMobile]!.start < end) continue;
    // (A serial or an account's number of a telephone's length is none: 供热户号0217360548, nor in a column of them:
    // 用水户号 | 0602130417.)
    if (serial(before(start, 14)) || numberColumn(layout, start, m[0])) continue;
    // (…nor the middle of an account's number in groups of four: 账号1208 0300 0920 0115 836.)
    if (text[start - 1] === ' ' && ACCOUNT_GROUPS_BEFORE.test(before(start, 20))) continue;
    // (…nor its first groups, right after its label: 账号0506 2100 0420 0017 862.)
    if (
      text[end] === ' ' &&
      /(?:账号|账户)[：:]?\s?$/.test(before(start, 6)) &&
      /^ \d{3}/.test(text.slice(end, end + 4))
    )
      continue;
    // A line tried in a log of service, under its way (送达方式 | 电话 | 0533-… | 无人接听): the addressee's.
    const methodCell = layout.cellAt(start);
    if (methodCell && triedByTelephone(methodCell)) {
      add('landline', start, end);
      continue;
    }
    // (A line given right after an official in their duties is their office's: 联系人：付强，电话：0833-6969359.)
    while (nextOfficial < officials.length && officials[nextOfficial]!.end <= start) nextOfficial++;
    const official = officials[nextOfficial - 1];
    // (…not a village's or a firm's officer's: 村务监督委员会主任郄宝田（电话…）.)
    if (
      official &&
      start - official.end <= 80 &&
      OFFICIALS_LINE.test(text.slice(official.end, start)) &&
      !/(?<!农)村|社区|居委|业主|业委会|合作社|公司/.test(text.slice(Math.max(0, official.start - 16), official.start))
    ) {
      officeLineEnds.push(end);
      continue;
    }
    // (…and a village's, a community's or an estate's officer's line in brackets right after them is theirs: 村务监督委员会
    // 主任郄宝田（电话…）.)
    // (The officer is passed over as an official by the names, or found as a person.)
    const named = [official, lastNameBefore(names, start)].find(
      (n) => n && /^[（(](?:联系)?电话[：:]?\s*$/.test(text.slice(n.end, start)),
    );
    if (named && VILLAGE_POST_BEFORE.test(text.slice(Math.max(0, named.start - 16), named.start))) {
      add('landline', start, end);
      continue;
    }
    // (Whether the words after it say the line is a person's: asked by several rules below, read once.)
    let saidPersonal: boolean | undefined;
    const saidPersonalAfter = () => (saidPersonal ??= SAID_PERSONAL_AFTER.test(text.slice(end, end + 50)));
    // (A city in brackets before the local number is no part of the label, 家里电话（广州）81867325, nor
    // one written before it, 预留电话：天津28357416, 本人电话北京59165750.)
    // (A place in brackets before it goes, 电话（北京）…; not a cell's gap after it, nor a person's state: 农机站（已退休） | ….)
    const left = before(start, 24)
      .replace(/[（(][\u4e00-\u9fff]{2,4}[）)](\s*)$/, (place, space: string) =>
        /家|宅|住|单位|办|公司|局|中心|本人|其|转|退休|离休|离职/.test(place) ? place : space,
      )
      .replace(
        /(?<=[：:]|电话|座机|宅电|固话)(?:北京|上海|天津|重庆|广州|深圳|南京|武汉|成都|西安|杭州|沈阳|苏州)市?$/,
        '',
      );
    // A shop's, a clinic's or a studio's line is the keeper's where it is said to be their home line
    // too (…，也是他家的电话) or the business is kept in their own house (工作室就设在自家…，工作室电话…), and
    // no other number was given since (摊位电话即家中电话…，执法人员工作电话… is not); across a semicolon
    // only when the number's clause names no office (…设在自家…；工作室电话…, not …；市场监管局电话…).
    // (…or the one an office called back from: 2026年6月10日以0533-2187633回访.)
    if (
      OFFICE_SAID_AFTER.test(text.slice(end, end + 50)) ||
      (text[start - 1] === '以' && /^(?:电话)?回访/.test(text.slice(end, end + 4)))
    ) {
      officeLineEnds.push(end);
      continue;
    }
    // An organisation's line given right after it, in brackets or with its address (…运输有限公司（电话…）,
    // …卫生服务中心（…向阳街128号，电话…）, …律师事务所律师，地址…武烈路218号，电话…): the organisation's, whoever works there.
    if (ADDRESS_AND_LINE_OF_ORGANISATION.test(before(start, 80))) {
      officeLineEnds.push(end);
      continue;
    }
    // A line in a table's row that an organisation holds where a person's would stand is the organisation's.
    const rowCell = layout.cellAt(start);
    if (rowCell && organisationHoldsRow(text, layout, rowCell.rowStart, rowCell.rowEnd, names)) {
      officeLineEnds.push(end);
      continue;
    }
    const directLine = /的?(?:单位|办公室?|科室)?直线(?:电话)?[：:\s]*$/.exec(left);
    if (
      OWN_DESK_BEFORE.test(left) ||
      // (A direct line given after a person reaches them: 她儿子刘强的单位直线….)
      (directLine !== null && ownerBefore(text, start - directLine[0].length, people) === 'person') ||
      OWN_DESK_AFTER.test(text.slice(end, end + 40)) ||
      OWN_BUSINESS_AFTER.test(text.slice(end, end + 30))
    ) {
      add('landline', start, end);
      continue;
    }
    // A number an office dialled, or reached someone at, that the words after say reached the person
    // (…通过0731 20616036联系到孔令波, 拨打0391-7360774，申请人范国良本人接听, 在0775-7381599与陆振华本人核对): theirs.
    if (
      (REACHED_THROUGH.test(left) && reachedPerson(text, end, names)) ||
      (/(?:其|本人|[你您她他])在$/.test(left) && /^上?(?:接听|接到)/.test(text.slice(end, end + 4))) ||
      // (…or a call-back that reached the household: 回访：拨打…（…），户主满意.)
      (/回访[：:，,]?(?:拨打|致电)$/.test(left) &&
        CALLED_BACK_CONTENT.test(text.slice(end, end + 50).replace(/^[（(][^（）()]{0,30}[）)]/, '')))
    ) {
      add('landline', start, end);
      continue;
    }
    const sinceStop = text
      .slice(Math.max(0, start - 80), start)
      .split(/[。\n]/)
      .at(-1)!;
    let sentence = sinceStop.split(/\d{7,}/).at(-1)!;
    const clause = sentence.split(/[；;]/).at(-1)!;
    if (clause.search(ORGANISATION) >= 0) sentence = clause;
    // …and so is a household's extension through a works' switchboard (…在冶炼厂家属区住，电话是厂里总机转的…转4417;
    // 学校总机…，其家属宿舍分机…-4621).
    const homeWord = /家属|宿舍|家中|家里/;
    const householdExtension =
      /转|分机|\d-\d{1,5}$/.test(m[0]) &&
      ((/总机/.test(sentence) && homeWord.test(sentence)) ||
        (/总机/.test(sinceStop) && homeWord.test(sinceStop.split(/[，,；;\s\u3000）)]/).at(-1)!)));
    // …and so is a sole trader's business line (个体诊所医生…，诊所电话…; 个人律师事务所主任…，工作电话…).
    // (…not where an office is named after the trade, as in a notice to traders: 个体工商户登记请到区市场监管局办理，咨询电话….)
    const trade = SOLE_TRADER.exec(sentence);
    // (…nor one said after it to be a company's: 店里电话…登记在…有限公司名下.)
    const soleTrader =
      trade !== null &&
      sentence
        .slice(trade.index + trade[0].length)
        .replace(BUSINESS_LINE, '')
        .search(ORGANISATION) < 0 &&
      BUSINESS_LINE.test(left) &&
      !ORGANISATIONS_AFTER.test(text.slice(end, end + 40));
    if (
      ALSO_A_HOME.test(text.slice(end, end + 40)) ||
      // (…not a line the number's own cell gives an office: …（店面即住宅） | 审批 …卫生健康局 0599 ….)
      (keptAtHome(sentence) && !ENDS_AS_ORGANISATION.test(left.replace(/[：:\s（(]+$/, ''))) ||
      householdExtension ||
      soleTrader
    ) {
      add('landline', start, end);
      continue;
    }
    // (与…联系 gives an office's number, unless whom one contacts is the person: 经与申请人王建国电话联系（…）;
    // a private lawyer's 办公电话 is theirs.)
    if (
      // (An office's place may stand in brackets before its label: 物业服务中心（…17号院门卫室）电话….)
      // (A table's cell before the number is no label unless it names a telephone: 理发服务 | 0563-….)
      (OFFICIAL_PHONE.test(
        left
          .replace(/[（(][^（）()]{1,20}[）)](?=(?:联系|办公)?(?:电话|座机)[：:\s]*$)/, '')
          .replace(/(?<!(?:电话|热线|专线|总机|座机|传真|号码|[局站办委院所]|中心|公司)[\s"]*)\t$/, '、'),
      ) ||
        // (An extension reaches one person there: 律师宗政良（…律师事务所，电话023-6390 8992 转 443）.)
        ((OFFICE_THEN_LINE.test(left) || LAWYER_THEN_LINE.test(left)) &&
          !/转|分机/.test(m[0]) &&
          !/^\s*(?:转|分机)/.test(text.slice(end, end + 4))) ||
        organisationThenBracket(left) ||
        organisationNote(before(start, 40)) ||
        officeMailboxThenLine(before(start, 70)) ||
        (/[向到至]/.test(left) && sentToOffice(left, start, names)) ||
        handlingOffice(left, start, names)) &&
      !contactedPerson(text, start, left, names) &&
      !KIN_CONTACT.test(left) &&
      !OWN_WORK_LINE.test(left) &&
      // (…nor the desk of a guesthouse or shop the person keeps themself, or the place they live in: 自家民宿的前台电话…,
      // 老人所住矿区家属院的电话….)
      !/(?:自家|所住|居住的)[^，。；、]{0,8}$/.test(left) &&
      // (…nor one the person left with the office: 她留给社区的电话….)
      !/(?:[您你他她其我]|本人)留给[^，。；]{0,10}的(?:联系)?(?:电话|号码)[：:\s]*$/.test(left) &&
      // (…nor one said after it to be the person's: 在单位的办公座机…（本人）, 咨询电话…（本人家中）, 客服座机…即其家中电话.)
      !saidPersonalAfter() &&
      !HOME_IN_BRACKETS_AFTER.test(text.slice(end, end + 50)) &&
      !ASKER_THEN_LINE.test(before(start, 50)) &&
      !answeredByPerson(text.slice(end, end + 40)) &&
      !(
        /(?<![构位司心局办委院所站员])办公(?:电话|座机)[：:\s]*$/.test(left) &&
        ownerBefore(text, start, people) === 'person'
      )
    ) {
      officeLineEnds.push(end);
      continue;
    }
    const bare = /^[2-8]/.test(m[0]);
    // (Two years joined by a dash are a period, not a number: 2025-2031.)
    // (…nor a year and a serial: 2025-018.)
    if (bare && /^(?:19|20)\d\d-(?:(?:19|20)\d\d|0\d{2,3})$/.test(m[0])) continue;
    const after = text.slice(end, end + 20);
    // Said to be an office's: 0512-65123015（区政务公开办）, 023-65821600（单位座机）; not a person's
    // own line at work (（本人工作单位分机）).
    const aside = /^[（(]([^（）()]{1,24})[）)]/.exec(text.slice(end, end + 28))?.[1];
    // (A note in brackets may follow a home's label: 家庭电话（矿务局宿舍总机转分机）| 0413-….)
    const personalLabel =
      (personalPhoneLabel(left) && !partyIsOrganisation(text, start, left)) ||
      // (…the number in brackets after it: 通过家里电话（0938-8352716）回访.)
      (/[家宅住][^（(]{0,5}[（(]$/.test(left) &&
        personalPhoneLabel(left.slice(0, -1)) &&
        !partyIsOrganisation(text, start, left)) ||
      KIN_NAMED_BRACKET.test(left) ||
      // (The one line a caller asks to be called on from now: …不是她家的，请以后只打….)
      /(?:以后|今后)请?只(?:打|拨打?)$/.test(left) ||
      (ITS_PHONE.test(left) && aboutPerson(text, start, names)) ||
      (/[）)]\s*$/.test(left) && personalPhoneLabel(left.replace(/[（(][^（）()]{1,16}[）)]\s*$/, ''))) ||
      KIN_CONTACT.test(left) ||
      OWN_WORK_LINE.test(left) ||
      (CALLED_FROM.test(left) && ownerBefore(text, start, people) !== 'organisation') ||
      // (A home's line in brackets after it, 致电孟庆祥家（…）, and the line someone rang from, 她从…打到….)
      /(?<![国大专商厂店东作画本玩行赢农酒船住])家[中里]?[（(](?:联系)?(?:电话[：:]?)?$/.test(left) ||
      (/从$/.test(left) && /^(?:打|拨)(?:到|给|进|入|来|往)/.test(text.slice(end, end + 3)));
    // (单位 alone, after a person's own numbers, is their work line: 024-22527703（单位）.)
    // (A label that says whose comes first: 父亲床头电话…（第三人民医院住院部）.)
    // (An extension reached through a works' switchboard is a household's: …转2215（经厂区总机转接）.)
    if (
      aside &&
      !personalLabel &&
      !(/转|分机/.test(m[0]) && /总机|转接/.test(aside)) &&
      // (…nor an office that gives its own line in the brackets, to pass messages on: （…文旅局0919-6182034代转）.)
      !/\d{7}/.test(aside.replace(/[-\s]/g, '')) &&
      !/本人|其|我|家|居住|自住/.test(aside) &&
      (aside.replace(/单位/g, '').search(ORGANISATION) >= 0 ||
        /厂办|前台|总台|总机|门卫|传达室|服务台|登记电话|^[\u4e00-\u9fff]{2,8}办$|^(?:其?所在)?(?:社区|村委|村里|街道)(?:居委会)?$/.test(
          aside,
        ) ||
        (/单位|办公/.test(aside) && ownerBefore(text, start, people) !== 'person'))
    )
      continue;
    // Said after it to be an office's or a firm's line, whoever gave it (来电号码…为该商场物业办公室电话,
    // 公示的“联系电话…”实为…街道办事处号码, …（经核实为来电人所在公司…前台电话）).
    // (Plain 是 after a home's label says what the line serves, not whose it is: 家里的座机…是乡林业站紧急联络的号码之一.)
    const saidToBe =
      personalLabel && /^[”"]?[，,（(]?\s*[为是]/.test(after)
        ? undefined
        : /^[”"]?[，,（(]?\s*(?:经核实?为|实为|实系|系|为|是)([^，。；（）()]{2,30}?)的?(?:电话|座机|号码)/.exec(
            text.slice(end, end + 34),
          )?.[1];
    if (
      (saidToBe !== undefined &&
        (saidToBe.search(ORGANISATION) >= 0 || /前台|总台|总机|门卫|传达室|客服|服务台/.test(saidToBe)) &&
        // (其 owning the workplace is no claim on the line: 经核实为其工作的…大酒店前台电话.)
        !/其(?!工作的|所在的?|上班的)|本人|家/.test(saidToBe) &&
        !saidPersonalAfter()) ||
      /^[为是](?:该|本)?[\u4e00-\u9fff]{0,8}(?:办公室|物业|公司|单位|商场|门卫|前台|客服)的?(?:电话|座机|号码)/.test(
        after,
      ) ||
      // (…为天津芳华花艺有限公司所有, …系其原工作单位…电话, …，襄阳市第一人民医院护理部）, …，系…指导站电话）)
      /^[为是系][^，。；]{0,24}(?:公司|单位|医院|学校)(?:所有|名下)/.test(after) ||
      /^[，,（(]?\s*系(?:其)?原?工作单位/.test(after) ||
      /^[为是系](?:厂里|厂方|单位|公司)的/.test(after) ||
      // (…not the person's own: 电话:0335-3218647不是本人号码,系…调解委员会电话.)
      /^[，,]?\s*(?:不是|并非|非)(?:其?本人|其|我|他|她)的?(?:号码|电话|座机)/.test(after) ||
      /^[，,]?\s*(?:不是|并非)(?:其|我|他|她)家的?(?:号码|电话|座机)?(?=[，,。；])/.test(after) ||
      /^[，,]?\s*系其?(?:单位|公司|厂里?)的?(?:总机|座机|电话)/.test(after) ||
      // (…or said to be an office's, the sentence going on: 填写的电话…系临渭区商务局，已更正.)
      SAID_OFFICE_AFTER.test(text.slice(end, end + 30)) ||
      /^[，,]\s*系(?![^，。；（）()]*(?:其|本人|家))[^，。；（）()]{2,24}(?:电话|座机)[）)]/.test(after) ||
      // (…not a home said there, whose village's committee is in its name: （家庭电话…，住…新湖村委会长迳村8号）.)
      (/^[，,](?![^，。；（）()]*(?:其|本人)|(?:现|家)?住)[^，。；（）()]{2,24}[）)]/.test(after) &&
        /^[，,]([^，。；（）()]{2,24})/.exec(after)![1]!.search(ORGANISATION) >= 0)
    )
      continue;
    // A person's line changed or corrected in the same sentence (…留下的电话…是空号…其已改号为…, 原电话…，新电话…): theirs too.
    const previousLine = found.at(-1);
    if (
      previousLine?.type === 'landline' &&
      CHANGED_TO.test(left) &&
      !/[。\n]/.test(text.slice(previousLine.end, start))
    ) {
      add('landline', start, end);
      continue;
    }
    // …and a person's line put right where an office's had been given by mistake (…家庭的电话误写为…，该号码为
    // …办事处电话，现更正为…), in a clause that names no office.
    const officeLineBefore = officeLineEnds.at(-1);
    const sentenceFrom = sentenceStart(text, start);
    if (
      officeLineBefore !== undefined &&
      CHANGED_TO.test(left) &&
      left
        .split(/[，,；;]/)
        .at(-1)!
        .search(ORGANISATION) < 0 &&
      !/[。\n]/.test(text.slice(officeLineBefore, start)) &&
      /误写|误填|错写|写错|有误|误作|误登/.test(text.slice(sentenceFrom, start)) &&
      personInSentence(text, sentenceFrom, start, people)
    ) {
      add('landline', start, end);
      continue;
    }
    // Listed right after a person's line (预留电话依次为0543-3817342、0543 3925718、…, 0792-8207354/0792-8207381): theirs too.
    const listedAfter = found.at(-1);
    if (
      listedAfter?.type === 'landline' &&
      listedAfter.end <= start &&
      /^\s?[、/／]\s?$/.test(text.slice(listedAfter.end, start))
    ) {
      add('landline', start, end);
      continue;
    }
    // …and right after an office's, the office's too (征收办电话0575-64968952、0575 77586083; 请拨打…或…查询).
    if (officeLineEnds.at(-1) !== undefined && /^\s?[、或]\s?$/.test(text.slice(officeLineEnds.at(-1), start))) {
      officeLineEnds.push(end);
      continue;
    }
    // With its area code, alone in its cell, in a row that opens with a person, under no header or a telephone's
    // (杜振江 | …仁恒里14号楼1门501 | 反映… | 社区网格员已清理 | （022）26251378): theirs, whatever office
    // the row names on the way.
    const ownCell = layout.cellAt(start);
    // (…under a column headed as an organisation's line, 单位电话 | 企业电话, it is the organisation's, unless its
    // cell says it is a home's: 家中电话0354-…, 0354-…（修理厂兼住所电话）.)
    if (
      ownCell?.kind === 'office_phone' &&
      !personalLabel &&
      !/^[（(][^（）()]{0,8}兼(?:住所|住宅|家庭|家中|家里)/.test(after)
    ) {
      officeLineEnds.push(end);
      continue;
    }
    // (…but not the line of an organisation named in the cell before, once the person's own line was given
    // in the row: 崔建平 | …7栋3门502 | 0431-87652039 | 长春市绿园区住建局 | 0431-87626310.)
    const cellBefore = ownCell?.before.trim() ?? '';
    // (…nor that of an organisation the row gives as the other party: 邱德明 | 申请诉前调解 | 被申请人…镇人民政府 | 0519-….)
    // (…nor after an office's line given earlier in the row: … | 单位代转 0797-… | …公司工会 | 0797-….)
    const officeLineInRow = ownCell !== undefined && (officeLineEnds.at(-1) ?? -1) > ownCell.rowStart;
    if (
      organisationCell(cellBefore) &&
      (landlineSince(found, ownCell!.rowStart) || officeLineInRow || OPPOSING_PARTY.test(cellBefore))
    ) {
      officeLineEnds.push(end);
      continue;
    }
    // (Two lines side by side after an organisation's cell in a person's row are both taken for the
    // person's, though their name reads as a word: tables give the organisation's line first (黎明 |
    // …农业农村局 | 028-… | 028-…) about as often as last (滕志远 | … | …行政复议局 | 0570-… | 0570-…), and
    // a miss publishes a number where a false alarm asks for a click.)
    if (
      !bare &&
      ownCell &&
      ownCell.kind === undefined &&
      twoLinesAfterOrganisation(text, layout, ownCell, start, end)
    ) {
      add('landline', start, end);
      continue;
    }
    // (…but a second line under no header, after the person's and a cell of another kind (a sum, a status, a
    // note: 晏国忠 | …23号 | 0793-2102860 | 1500 | 0793-6170303), is the office's that keeps the list.)
    if (ownCell && ownCell.kind === undefined && secondLineAfterOtherCell(text, found, ownCell, start, names, homes)) {
      officeLineEnds.push(end);
      continue;
    }
    if (
      !bare &&
      ownCell &&
      (ownCell.kind === undefined || ownCell.kind === 'phone') &&
      numbersCell(text, ownCell, start, end) &&
      // (…not under a label cell that says it is an office's: 回访单位电话 | 0471-….)
      !/(?:单位|机关|部门)(?:电话|座机)[：:]?$/.test(cellBefore) &&
      (rowOpensWithName(text, names, ownCell.rowStart) || nameCellAfter(text, names, ownCell))
    ) {
      add('landline', start, end);
      continue;
    }
    // The line of the office a notice has just sent its readers to, given in the sentence after (…请与新城区教育局民办
    // 教育科联系。\n联系电话0471-…).
    if (!personalLabel && OFFICE_THEN_CONTACT.test(before(start, 80))) {
      officeLineEnds.push(end);
      continue;
    }
    // An official's number, given after their name in their duties (承办人：刘立新，电话…), unless
    // the label says whose it is (工作人员直接打家里电话…).
    if (!personalLabel && OFFICIAL_CONTACT.test(before(start, 30)) && !ASKER_THEN_LINE.test(before(start, 50)))
      continue;
    // A writer who asks to be called back (我…，请回电…; 请回电…。留言人：…): their own number; an
    // office's letter says 请回电 too.
    if (/请?回电话?[：:\s]*$/.test(left) && writerAsks(text, start, end)) {
      add('landline', start, end);
      continue;
    }
    // A person's form laid out as a table (姓名 | … | 通信地址 | … | 联系电话 | 020-3844 4890).
    if (personalFormCell(text, layout.cellAt(start), start, end)) {
      add('landline', start, end);
      continue;
    }
    // A person's line at work, given after their name (你儿子巫马骏的单位电话…).
    const atWork = /的?(?:工作)?单位(?:电话|座机)[：:\s]*$/.exec(left)?.[0].length;
    if (atWork !== undefined && lastNameBefore(names, start - atWork)?.end === start - atWork) {
      add('landline', start, end);
      continue;
    }
    // (…or said after it to be a home's, or a neighbour's who passes messages on: （家中）, （其堂兄家，可转告）,
    // …为住宅电话, or answered by the person: 致电…，来电人本人接听.)
    if (
      personalLabel ||
      saidPersonalAfter() ||
      HOME_IN_BRACKETS_AFTER.test(text.slice(end, end + 50)) ||
      (/回访电话[：:为是]?\s*$/.test(left) && CALLED_BACK_CONTENT.test(after)) ||
      ASKER_THEN_LINE.test(before(start, 50)) ||
      answeredByPerson(text.slice(end, end + 40)) ||
      /^(?:[（(](?:[^（）()]{0,10}(?:家|家中|家里|宅|家庭)|[^（）()]{0,12}转告)[^（）()]{0,6}[）)]|\s*(?:家里|座机|宅电)|[为是系](?:其|本人|[^，。；（）()]{0,6}?人(?:本人)?)?(?:住宅|家庭|家里|家中)(?:电话|座机)|[为是系]其[^，。；（）()]{0,6}?家(?:里|中)?的?(?:电话|座机)|[，,]?(?:来电人|来信人|申请人|当事人|其|留言人|[\u4e00-\u9fff·]{2,6})?本人接听|[（(](?:系|为)?(?:其|本人)(?:[^（）()]{0,12}(?:电话|号码|分机))?[）)]|[^，。；]{0,4}找(?:我|本人|她|他|其)|[，,]\s*由[^，。；]{0,8}(?:子|女|夫|妻|伴|父|母|侄|孙|邻居|亲属|家属|家人|哥|姐|弟|妹|媳|婿)[^，。；]{0,3}接听)/.test(
        after,
      )
    ) {
      add('landline', start, end);
      continue;
    }
    // An office's reply gives its own line in a clause of its own (…感谢您的监督！联系电话…); a citizen's
    // message, in the writer's own words, ends with theirs (我叫白永福，…能否调换到有电梯的公租房一楼？电话…).
    // A letter to someone (…答复书：申请人X（住…，电话…）申请公开…；联系电话…。) closes with its sender's line, after
    // the addressee's own was given.
    if (!bare && letterCloses(text, start, end, found, names)) {
      officeLineEnds.push(end);
      continue;
    }
    if (replyLine(text, start)) {
      if (plainPhoneClause(text, start, names)) {
        officeLineEnds.push(end);
        continue;
      }
    } else if (!bare && plainPhoneClause(text, start, names)) {
      // (The label alone, after a clause that names no office: not 物业电话…, not …办理部门：…，电话….)
      const clauses = before(start, 60).split(/[，,；;。！!？?\n]/);
      if (
        /^(?:联系)?电话[：:\s]*$/.test(clauses.at(-1)!) &&
        // (An office the writer appeals to is no owner: 希望政府提高补贴。电话….)
        (clauses.at(-2) ?? '').replace(/^(?:希望|恳请|请求|要求|建议|呼吁|盼望).*/, '').search(ORGANISATION) < 0 &&
        writerAsks(text, start, end)
      ) {
        add('landline', start, end);
        continue;
      }
    }
    if (bare) {
      // A second line given with a person's first (家庭电话0512-65123456、65123457).
      const previous = found.at(-1);
      if (previous?.type === 'landline' && /^\s?[、/或]\s?$/.test(text.slice(previous.end, start))) {
        add('landline', start, end);
        continue;
      }
      // In brackets right after a person's name, as a mobile is given (申请人蔡俊豪（63017528）), alone or
      // among their particulars (王秀凤（郭家沟村二组5号，29715382，天津））.
      // (…or after what they are to do for another: 可交邻居孟凤兰代收（3086597）.)
      const bracket = /[（(](?:[^（）()]{0,30}[，,、]\s*)?$/.exec(left);
      const bracketAt = bracket ? start - left.length + bracket.index : -1;
      const nameEnd = /^(?:代收|代签|代领|转交|转告)$/.test(text.slice(bracketAt - 2, bracketAt))
        ? bracketAt - 2
        : bracketAt;
      if (bracket && lastNameBefore(names, nameEnd)?.end === nameEnd) {
        add('landline', start, end);
        continue;
      }
      // Or said to be a person's with 的, perhaps after how they are called (像陆美珍阿婆的2100 9628).
      const possessive = /(?:阿婆|阿姨|阿公|老人|大爷|大妈|大娘|奶奶|爷爷|师傅)?的\s?$/.exec(left);
      if (
        possessive &&
        lastNameBefore(names, start)?.end === start - possessive[0].length &&
        !/^[号元万件份次个条笔]/.test(text.slice(end, end + 1))
      ) {
        add('landline', start, end);
        continue;
      }
      // Bare, it is a telephone only where labelled so, or alone in a cell of a person's row
      // whose column is headed as a telephone or not headed at all (not 补偿总额), perhaps with its
      // city beside it (69023518（北京）) or another number after it (2094572、152 3591 6038).
      const cell = layout.cellAt(start);
      // (…its city before it in the cell: 上海市71789495.)
      const inCell =
        cell !== undefined &&
        (cell.start === start || /^(?:北京|上海|天津|重庆)市?$/.test(text.slice(cell.start, start))) &&
        (cell.end === end ||
          /^[（(][\u4e00-\u9fff]{2,6}[）)]$/.test(text.slice(end, cell.end)) ||
          /^\s?[、/／]\s?(?:[+（(]|\d{3})/.test(text.slice(end, end + 5)));
      const phoneColumn = inCell && (cell.kind === 'phone' || (cell.kind === undefined && !rowOfFigures(text, cell)));
      if ((PHONE_LABEL.test(left) || phoneColumn) && ownerBefore(text, start, people) === 'person')
        add('landline', start, end);
      continue;
    }
    // A 单位电话 not said to be anyone's is the employer's (工作单位：…有限公司 | 单位电话：…); a form's
    // 工作单位电话 is the filer's own line at work.
    if (/(?<![的其你您我她他作])单位(?:电话|座机)[：:\s]*$/.test(left)) continue;
    // A line in a company's row of a table is the company's (…物流有限公司 | 9137…（信用代码）| 郭振海 | … | 0536-…).
    const cell = layout.cellAt(start);
    // …and one its own cell gives after an organisation's name (敬老院0558-6561480 in a resident's row).
    const cellHead = cell ? text.slice(cell.start, start) : '';
    if (
      (cell && cell.rowStart > start - 300 && companyRow(text.slice(cell.rowStart, end))) ||
      (/^[^\t]{2,12}$/.test(cellHead) && ENDS_AS_ORGANISATION.test(cellHead.replace(/[：:\s]+$/, ''))) ||
      // (…or under a field that names an organisation, in the line's own cell: 登记机构：…零工市场 0744-….)
      /^(?:(?:所在|工作|推荐|登记|受理|经办|承办|管理|发证|审批)?(?:单位|机构|机关|部门)[：:]|(?:街道|社区|村委会?|居委会?)[：:]|车间\s)/.test(
        cellHead,
      )
    ) {
      officeLineEnds.push(end);
      continue;
    }
    // Otherwise the nearer mention before it decides, unless the line closes a notice; where nothing or
    // an organisation is mentioned before it, the model trained on such lines has the last word
    // (landline-model.ts), at a higher bar after an organisation. (Not after a person: cross-validation
    // finds it adds only offices' lines there. Not while it is being trained: it learns from the rules'
    // own cases, not from itself. Nor on a form's telephone field: the form's rules above have weighed its row.)
    const undecided = {
      text,
      start,
      end,
      owner: ownerBefore(text, start, people),
      closesNotice: closesNotice(text, start, people),
      heading: cell?.heading,
    };
    const ruled =
      (undecided.owner === 'person' && !undecided.closesNotice) ||
      (undecided.owner === 'organisation' && beforeOfficesOwnLine(text, start, end, people));
    // (Whether a person was named before it is looked for only for a line the model weighs.)
    const line =
      (observe || (!ruled && undecided.owner !== 'person')) && !formPhoneCell(text, cell, start, end)
        ? { ...undecided, personInSentence: personInSentence(text, sentenceStart(text, start), start, people) }
        : undefined;
    const weighed = line && lineFeatures(line);
    if (line && weighed) observe?.({ ...line, features: weighed, ruled });
    const bar = PRIVATE_LINE_THRESHOLD[undecided.owner === 'organisation' ? 'organisation' : 'none'];
    if (ruled || (weighed && !observe && privateLineProbability(weighed) > bar)) add('landline', start, end);
    else officeLineEnds.push(end);
  }
  let nextOfficeLine = 0;
  for (const m of text.matchAll(MAILBOX)) {
    // An organisation's mailbox is told by its domain or a name for a duty. Who the sentence names
    // before it is no guide (a company's employee, a reply sent to the applicant's mailbox): any
    // other mailbox is taken for a person's, the safer mistake.
    const [local = '', domain = ''] = m[0].toLowerCase().split(MAILBOX_AT);
    if (/\.(?:gov|org)\.cn$/.test(domain)) continue;
    // Nor an office's mailbox given as such (本院公共邮箱为…, 发送至区妇联邮箱…).
    const left = before(m.index, 40);
    // (…or after the line it is offered beside: 可通过举报电话…、12350或电子邮箱….)
    const officeSaid =
      /(?:举报|投诉|监督|咨询)电话[^，,。；]{0,30}(?:或|和|及|、)(?:电子)?邮箱[：:]?\s*$/.test(left) ||
      /(?:公共|单位|官方|部门|办公|专用|本|监督|举报|投诉|咨询|投稿|报料|爆料|受理|征集|专班|信访|[省区市县镇乡](?!民)(?:(?!通过|的|向|给|用)[\u4e00-\u9fff]){1,8}|(?:[所局院站部处科队室委办组]|该校|中心|指挥部|(?:联合|协|工)会))(?:电子)?邮箱[为是：:]?\s*$/.test(
        left,
      );
    // A mailbox spelled as a person named near it is theirs (报名邮箱zhengchanggui_fz@163.com beside 郑长贵), even
    // after an office's label (单位邮箱, …办事处邮箱): a name that is also a place's (何平, 和平街道) makes a false
    // alarm, the safer mistake.
    if (spellsNameNear(local, text, names, m.index)) {
      add('email', m.index, m.index + m[0].length);
      continue;
    }
    if (officeSaid || ORGANISATION_MAILBOX.test(local)) continue;
    // (A 报名邮箱 is the office's that takes the applications, unless a person is named before it: 学员钱永福，报名邮箱….)
    if (/(?<![其的人生员者])报名(?:电子)?邮箱[为是：:]?\s*$/.test(left)) {
      const window = text.slice(Math.max(0, m.index - 120), m.index);
      const clauseStart = m.index - (window.split(/[；;。\n]/).at(-1)?.length ?? 0);
      if (
        (lastNameBefore(people, m.index)?.start ?? -1) < clauseStart ||
        ownerBefore(text, m.index, people) !== 'person'
      )
        continue;
    }
    // Said in brackets after it to be an office's (…@163.com（劳动监察大队投诉专用邮箱）).
    const aside = /^[（(]([^（）()]{1,20})[）)]/.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 22),
    )?.[1];
    if (
      aside &&
      !/本人|其|我|个人|私人/.test(aside) &&
      (aside.search(ORGANISATION) >= 0 || /专用|公共|官方/.test(aside))
    )
      continue;
    // A mailbox named like an office's — the initials of its name (at most one vowel), perhaps a year or its hotline,
    // an underscore and a duty: cdqxyb@163.com, njjzsb2025@163.com, jaghzy_xxgk@163.com, not wuyutong_sz —
    // where the sentence speaks of an office, or given right after an office's line (…联合会，电话023 6878
    // 9410，邮箱jlpzyfw@163.com).
    // (Both in text order: one pointer walks the office lines, so a text full of them stays linear.)
    while (nextOfficeLine < officeLineEnds.length && officeLineEnds[nextOfficeLine]! <= m.index) nextOfficeLine++;
    const lastOfficeLine = officeLineEnds[nextOfficeLine - 1];
    const afterOfficeLine =
      lastOfficeLine !== undefined &&
      /^(?:[，,；;\s]*(?:电子)?邮箱[：:\s]*|\t)$/.test(text.slice(lastOfficeLine, m.index));
    if (
      /^[a-z]{3,14}(?:20\d\d|12\d{3})?(?:_[a-z]{1,5})?$/.test(local) &&
      (local.split('_')[0]!.match(/[aeiou]/g)?.length ?? 0) <= 1 &&
      (afterOfficeLine || ownerBefore(text, m.index, people) === 'organisation')
    )
      continue;
    // …or, right after an office's line, one that ends with a duty or an office in pinyin
    // (hepingshijianju@163.com, qhdxinyong@126.com, npxinfangfucha@126.com).
    if (afterOfficeLine && OFFICE_IN_PINYIN.test(local)) continue;
    add('email', m.index, m.index + m[0].length);
  }
  // Where the last plate left to its company ends: plates listed with it are the company's too
  // (…运输有限公司的渣土车冀A·7M361、冀A·7M385; a school-bus firm's range, 吉B·X6021至吉B·X6024).
  let companyPlateEnd = -1;
  // (…and a company's plate named again further on is still the company's.)
  const companyPlates = new Set<string>();
  for (const m of text.matchAll(PLATE)) {
    const end = m.index + m[0].length;
    // (A vehicle said to be the driver's own is theirs whatever it is used for or whom it carries for:
    // 个人所有的…营运车, 登记在其本人名下的货车冀B·7R692为…有限公司运送….)
    const ownCar =
      /(?:个人所有|个体|自有|私家|本人所有|其所有|(?:其|本人|个人)名下|本人的?(?:车辆|车|轿车|汽车))[^。；，,]{0,8}$/.test(
        before(m.index, 20),
      );
    // (…or said after it to be a person's own, whatever body it serves: …为本中心提供的车辆云D·6K358用于接送老人，备案
    // 材料注明系其个人所有.)
    const ownSaidAfter = /^[^。；\n]{0,30}[系为](?:其|本人)?个人所有/.test(text.slice(end, end + 40));
    // (A taxi company's cab, its driver named with the company: …出租汽车有限公司驾驶员麦志坚驾驶粤F·T2867号出租汽车,
    // 何秋生（…出租汽车有限公司，车号粤F·T3591）, 包金山 | 男 | …出租汽车有限公司 | 蒙G·T1859.)
    // (…and a bus company's bus, its driver named with it: …公交集团有限公司驾驶员李国强（琼B·00718）.)
    const taxiCompany =
      /(?:出租(?:汽车|车)|公交|公共交通)(?:服务)?(?:集团)?(?:有限|股份)?(?:责任)?公司[^。；\n]{0,24}$/.test(
        before(m.index, 40),
      );
    if (
      (COMPANY_VEHICLE.test(text.slice(end, end + 24)) && !ownCar) ||
      (COMPANY_OWNER.test(before(m.index, 40)) && !ownSaidAfter) ||
      (BODYS_VEHICLE.test(before(m.index, 24)) && !ownSaidAfter) ||
      (taxiCompany && !ownCar) ||
      (COMPANY_OWNER_AFTER.test(text.slice(end, end + 80).replace(PLATES_JOINED, '')) && !ownCar) ||
      (companyPlateEnd >= 0 &&
        /^\s?(?:[、和及与至]|[，,]\s?随行车辆?|号?[\u4e00-\u9fff]{0,8}[（(]挂车)\s?$/.test(
          text.slice(companyPlateEnd, m.index),
        )) ||
      companyPlates.has(m[0])
    ) {
      companyPlateEnd = end;
      companyPlates.add(m[0]);
      continue;
    }
    // (…nor one in a row or a column of an organisation's vehicles.)
    if (organisationsRow(text, layout, names, m.index, end)) continue;
    add('plate', m.index, end);
  }
  // (…where the document speaks of electric bicycles anywhere: a list's rows stand far below its title.)
  const eBikes = E_BIKE.test(text);
  for (const m of eBikes ? text.matchAll(E_BIKE_PLATE) : []) {
    // (The city and the label before are looked for behind the letter and the digits, which are rare.)
    const digits = m[0].replace(/^[A-Z][·•・]?/, '').length;
    const lettered = digits < m[0].length;
    const behind = text.slice(Math.max(0, m.index - 11), m.index);
    const afterVehicle = E_BIKE_PLATE_AFTER_VEHICLE.exec(behind);
    const city =
      afterVehicle && (lettered || digits >= 5)
        ? afterVehicle
        : lettered && digits >= 5
          ? E_BIKE_PLATE_BEFORE.exec(behind.slice(-8))
          : null;
    if (!city) continue;
    // (The city stands right before the digits, or a space before them.)
    const start = m.index - city[1]!.length - (/\s$/.test(city[0]) ? 1 : 0);
    const end = m.index + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    add('plate', start, end);
  }
  for (const m of text.matchAll(FARM_PLATE)) {
    const end = m.index + m[0].length;
    const near = text.slice(Math.max(0, m.index - 30), end + 10);
    // (…not an organisation's machine, said so as a car would be: 号牌桂10-06217，登记在合作社名下, 监理站考试用车
    // 云03-00018, a co-operative's row in a list of machines.)
    if (
      (m[2] || FARM_MACHINE.test(near)) &&
      !COMPANY_OWNER.test(before(m.index, 40)) &&
      !BODYS_VEHICLE.test(before(m.index, 24)) &&
      !COMPANY_OWNER_AFTER.test(text.slice(end, end + 80)) &&
      !organisationsRow(text, layout, names, m.index, end)
    )
      add('plate', m.index, end);
  }
  return found;
}
