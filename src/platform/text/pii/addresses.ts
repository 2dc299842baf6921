import type { Cell, Layout } from './layout.js';
import type { NameSpan } from './names.js';
import { holdsPlate, OFFICE_THEN_TELEPHONE } from './numbers.js';
import { homesInClauses } from './clause-homes.js';
import {
  ENDS_AS_ORGANISATION,
  firstNameFrom,
  firstNameIndexFrom,
  lastNameBefore,
  ORGANISATION,
  organisationHoldsRow,
  ownerOf,
} from './owner.js';
import { Chars } from './words.js';

/**
 * Where a private person lives. An address is told by its structure — province, city, district,
 * town or street office, village and group, road, lane and number, residential estate, building,
 * unit and room — and it is a person's by what introduces it: 住 / 现住 / 户籍地 / 家住 / 住址,
 * a person's 通讯地址 or 住所, 位于…的住所, the 住址 column of a table of people. An office's own
 * address (地址：…三香路998号 in a letterhead, a company's 住所, 位于…的经营场所) is public.
 */
export interface AddressSpan {
  start: number;
  end: number;
}

/** Introduce the address of whoever the sentence is about (a person only when a person is nearer). */
const SHARED_LABEL =
  /(?:住所地|住所|通讯地址|通信地址|联系地址|收件地址|送达地址|邮寄地址|地址|坐落|房屋坐落|位于|来信地址|寄至|寄送至|邮寄至|寄往|门牌号?|送达至)(?:为|是|在|于)?[：:\s]*$/;
/** A form's contact address: the cell after it is the address of whoever fills the form in. */
const FORM_CONTACT_LABEL =
  /(?:^|\t)(?:通信地址|通讯地址|邮寄地址|联系地址|收件地址|送达地址|(?:来信人|来访人|信访人|投诉人|举报人|反映人|诉求人|代收人|收件人|受托人)地址)[：:]?$/;
/** Introduce a person's home: nobody else lives. */
const HOME_LABEL =
  /(?:家庭住址|家庭地址|共同住所|共同住址|住址|居处|生源所在地|生源地|寓所|居所|原居|身份证地址|身份证住址|户籍在|(?:户口|户籍)登记在|独居于|独居在|同住|户籍地址|户籍所在地|户籍地|户口在|户口所在地|现住址|现住所|原住所|现暂住|过渡期间暂住|暂住证地址|居住证地址|暂住|现住|原住|家住|住在|现居住于|现居于|现居|实际居住地|经常居住地|居住地址|居住于|居住在|居住地|我家在|我们住|我住|住|宅基地位于|宅基地坐落|原宅基地坐落|出租房屋坐落|房号|安置地址|其居住的|居住的|(?:老宅|祖宅|祖屋|老屋)[（(]原?|你家|我家|(?:自己|[他她其自]|的)家(?:在|[（(])|(?<!材料|异议)送达地址|寄件地址|(?:来信|来函|申请)?(?:所留|预留|留存)的?地址(?:邮寄|寄送|寄)(?:至|到)|老宅|老家|户籍|家中[（(]|家庭[（(]|你们?(?:二人|家)?所在的?|其所在的?|房子在|房屋在|被征收房屋|被征收房屋坐落|被征收房屋位于|被拆迁房屋|其住宅|住宅|其所有的|配租|配租房屋为|选定|选中|回迁至|安置至|(?:住址|住在哪里?|家住哪里?|住哪里?|(?:户籍地?|老家|家)在?哪里?)[？?]\s*答[：:]?|迁往|迁至|迁入|迁居(?:到|至|于)?|嫁(?:到|在|至)|投亲(?:靠友)?(?:至|到|于|[（(])?|(?:以前|原来|之前|过去|曾经)住的|搬到|搬往|搬至|搬离|搬迁(?:至|到)|搬进了?|搬入|住进了?|生活在|生活于|来自|[他她俺]家|(?:我们|我|[他她俺]家)(?:小区|村|楼)[（(]|[（(](?:兼(?:住所|住址|住宅)[）)]|(?:邻居|住户|村民|居民)[，,、])|家的(?:老屋|老宅|老房子?|房子|房屋)|在自家(?:院子|院内|房屋|住宅)?|(?:^|[，,：:\s])家(?:在|是)|(?:即|和|与|兼)(?:其|本人)?(?:住所|住址|住宅)(?:均为|均在)?)(?:[（(](?:住所|住址|家庭住址|户籍地)[）)])?(?:为|是|在)?[：:\s]*$/;

/** Where an address stops: punctuation, or the next field or words after it. */
const STOP =
  /[，,。；;、！？!?（）()\t\n：:“”"《》\s]|的|邮编|邮政编码|电话|座机|固话|手机|身份证|公民身份|邮箱|联系|楼上|楼下|子女|今年|房子|拟建|建筑面积|补偿|申请|反映|证明|门口(?![巷路街村里社小])|附近|一带|认领|领取|(?<=[房室号户])(?:出租|出售|转租|转让|抵押|卖给|租给)|自有|另有|自建|自家|住宅|祖宅|老宅|旧楼|老楼|楼道|院内|楼顶|屋顶|既有住宅|既有|加装|增设|列入|纳入|等\d+个|违法|违规|私自|开设|开办|开了|开民宿|开店|村民(?!小组)|牧民|农民|是[我他她]的?家|[我你他她俺]|其(?=[父母妻夫子女兄弟姐妹儿孙外爷奶舅姑姨叔伯公婆岳老爱家])|距(?!离)|和(?=\d)|(?<=\d号)(?:和|与|系|门前|门外|在|被|因|常年|长期|一直|已|曾|至今|一家)/;

/**
 * A hamlet or a quarter of a village, named after it as rural homes are written without a number:
 * 王桥村大周庄, 那蒙村那汉坡, 青菱村烟墩塆, 丁山河村姚家埭, 高坪村坳头院子, 下宅自然村, 曹庄村后街, 丁楼村西头.
 */
const RURAL_PART =
  '(?:[\\u4e00-\\u9fff]{0,4}(?:庄|屯|寨|湾|塆|坪|坝|洼|堡|坡|埭|片|队|冲|垄|垸|坳|岗|畈|院子|自然村|围屋|沙头)|[\\u4e00-\\u9fff]{0,3}[前后东西南北]街|[一二三四五六七八九十]街|[\\u4e00-\\u9fff]{0,3}[一二三四五六七八九十]巷|[东西南北]头)';
/** Below the district: a numbered house, building or room, a village group (三组, 三队, 枫树下组, 拉仁屯), or a village under its town. */
const HOUSE_LEVEL = new RegExp(
  `(?:[\\d一二三四五六七八九十百]+(?:号楼|号|幢|栋|座|室|组|社|队|屯|单元|弄|区\\d)|\\d+(?:-\\d+)?$|\\d+[户门]$|(?:居民|村民)小组$|社区[\\u4e00-\\u9fff]{1,4}组$|社区[\\u4e00-\\u9fff]{0,4}[一二三四五六七八九十]巷$|[幢栋]\\d+|\\d+楼|\\d{3,4}房|村[\\u4e00-\\u9fff]{1,4}(?:组|屯|寨|队|社)$|村${RURAL_PART}$|后进|前进)`,
);
const VILLAGE_UNDER_TOWN = new RegExp(`(?:镇|乡|街道|苏木)[\\u4e00-\\u9fff]{1,12}(?:村|嘎查)${RURAL_PART}?$`);
/**
 * A road, lane, estate or village: what every address below the district names. (A lift's shaft, 井道, or a corridor, 楼道,
 * is no road; a family, 家庭成员1, no estate.)
 */
export const PLACE_PART =
  /(?:路|街|巷|弄|(?<![井楼通管车渠航隧轨赛坡步信频跑滑])道|村|邨|组|新村|新城|花园|花苑|小区|公寓|家园|苑|园|社区|居委会|(?<![家法审开出门])庭|府|公馆|大院|里|坊|大厦|城|湾|浜|泾|堍|坞|庄|屯|寨|胡同|条|公租房|廉租房|安置房|保租房|保障房|安居房|人才房|宿舍|家属院|嘎查|农场|牧场|林场)/;

const MAX_LENGTH = 60;
/** A telephone number with its area code: in no house number (0576-60768979). */
const TELEPHONE_IN = /(?<!\d)(?:0|(?:\+|00)86 ?[-－—–‐]? ?)\d{2,3} ?[-－—–‐] ?\d{7,8}(?!\d)/;
/** The last characters of the labels: only after one of them is a label looked for. */
const LABEL_END = new Chars([...'址所地落于住在的家宅籍号为是：: 口老居处（(租屋定中至到往，,映了子内们自离）)']);

/** The address starting at `from`, if what is there reads as one. */
function addressAt(text: string, from: number): AddressSpan | undefined {
  const window = text.slice(from, from + MAX_LENGTH + 1);
  const stop = STOP.exec(window);
  const candidate = stop ? window.slice(0, stop.index) : window.slice(0, MAX_LENGTH);
  // Trailing words that are not the address (…号房屋, …室内) are left out.
  // Nothing follows a room (…102室与女儿同住).
  // (…nor a telephone run into it: …农业服务中心0510 87926151, …服务站02552121673.)
  const value = candidate
    .replace(/(?<=\d室)[^\d].*$/, '')
    .replace(/(?:房屋|住宅|内|处|的)+$/, '')
    .replace(/(?<![\d\-－])0\d{2,}$/, '');
  // (A building, unit and room need no estate named: 选定8栋2单元703, 湖塘镇星河国际12幢1806室.)
  // (…nor a road when the house is numbered right under its town: 南浔镇百间楼河西78号.)
  if (
    value.length < 4 ||
    !(
      PLACE_PART.test(value) ||
      /\d+(?:栋|幢|号楼)\d+(?:单元|门)\d+|\d+(?:栋|幢|号楼)\d{3,4}室/.test(value) ||
      /(?:镇|乡|街道)[\u4e00-\u9fff]{1,7}[^\d第]\d{1,4}号$/.test(value)
    )
  )
    return undefined;
  if (!HOUSE_LEVEL.test(value) && !VILLAGE_UNDER_TOWN.test(value)) return undefined;
  // (What a label is said to keep, not what it holds: 家庭住址仅保留至村民小组.)
  if (/^(?:仅|只|保留|遮蔽|隐去|省略|不予)/.test(value)) return undefined;
  // (…小区里云A·6T385 is a car in the estate, not a home; 我家|里0576-60768979 is a telephone, as is 我家|里+86 459 496 2731
  // cut at its first space.)
  if (holdsPlate(value) || TELEPHONE_IN.test(value) || /(?:\+|00)86$/.test(value)) return undefined;
  return { start: from, end: from + value.length };
}

/**
 * A home below the street, whatever introduces it: a room, a unit, a numbered building, a
 * 7-1-602 style number, or a house in a village group. Such an address is a person's unless the
 * sentence gives it to an organisation (ownerOf). A run of digits is tried from its first digit
 * only (the lookbehinds), so a long run is read once, not once for every digit in it.
 */
const DWELLING =
  /(?<!\d)(?:\d+(?:室|号房|单元|幢|栋|号楼)|\d+座(?=\d|[A-Z]|单元|-)|[A-Z](?:栋|座)\d{3,4}|\d{1,3}-\d{1,3}-\d{1,4}(?![\d-])|\d+号(?=附\d|之[一二三四五六七八九十])|\d+弄(?:\d+支弄)?\d+号|\d+支弄\d+号|\d+门\d+号?|\d+楼\d+号(?![楼院])|\d+号(?=[（(](?:被征收人|户主|产权人|权利人|承租人|住户|业主)))|组\d+号|(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]+组(?![\u4e00-\u9fff])|(?<=村)[\d一二三四五六七八九十]+[组社队屯]|(?<=村)[\u4e00-\u9fff]{1,4}[组屯](?![\u4e00-\u9fff])|\d{3,4}房(?![屋产间源])|村[\u4e00-\u9fff]{1,6}\d+号|(?<=村)\d+号(?![楼院])|(?<=同单元|同一单元|同门|同楼|对门|楼上|楼下|隔壁|[^\d甲乙丙丁]单元|[我他她]们?家)\d{3,4}(?![\d号室元年月日万亩平米个人户次])|(?<=同门|同楼|对门|楼上|楼下|隔壁|住在)\d{1,4}号(?![\d楼院栋幢])|(?<![\d-])\d{3,4}(?=(?:的)?住户|那户|那家|屋内|室内)/g;
/** A neighbour's flat or house is named after these (同单元502, 楼上601, 隔壁28号, 我们单元501, 住在95号): the number alone. */
const NEIGHBOUR_BEFORE = /(?:同单元|同一单元|同门|同楼|对门|楼上|楼下|隔壁|[^\d甲乙丙丁]单元|[我他她]们?家|住在)$/;
/** What may continue an address after the matched part (…12幢1单元602室, …3区22栋). */
const DWELLING_TAIL =
  /^(?:\d+(?:室|号|单元|幢|栋|号楼|层|房)?|门\d+|[甲乙丙丁]单元|-\d+|[A-Za-z]\d*|附\d+号|之[一二三四五六七八九十])*/;
/** Words an address found by its home part follows (住在…, 配租至…, 选择安置房…): it begins after the last. */
export const ADDRESS_LEAD =
  /现住所|原住所|住所地|住所|住在|住址|住|在|于|至|到|为|是|的|及|从|把|现将|对门|对面|对|腾退|入住|走访了?|走进|看望|探望|配租至|配租|位于|地址|分得|选择|调配给|房号|名下|我家|我们|他家|她家|你家|户口|暂住|现居|现住|居住|寄到|寄往|寄至|请寄|送达|户籍(?:所在)?(?:地址|地)?|生源(?:所在)?地|公开|反映|选定房屋|选定|选中|安置房|公租房|房源|学区房|承租|租住|自住|继承|购买|出租|拆除|提供|还有|其/g;
/**
 * Where each match of a global pattern ends. (Read with exec, not matchAll: matchAll copies the
 * pattern on every call, which for a long alternation like ADDRESS_LEAD costs more than the search.)
 */
export function endsOf(pattern: RegExp, text: string): number[] {
  const ends: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) ends.push(m.index + m[0].length);
  return ends;
}

/** What a building is named for when it is the subject of works or business, not a home. */
const NOT_A_HOME_AFTER =
  /^[（(](?:无人居住|空置|闲置)|^(?:的)?(?:经营场所|门面|店|厂|项目|地块|办公|营业|商铺|仓库|工地|车间|屋面|外墙|外立面|楼道|楼梯|电梯|加装|管道|维修|改造|加固|修缮|工程)/;
export const ADDRESS_CHARS = /[\u4e00-\u9fff\dA-Za-z\-－#]/;
/** An organisation named in a text (…派出所, …政务公开办公室): no one's home. */
const NAMES_ORGANISATION = new RegExp(ORGANISATION.source);
/** A village's people, said right after it (…大坪组村民). */
const VILLAGER = /^(?:的)?(?:村民|牧民|农民)/;
/** Who lives at an address, said right after it (…301室住户, …枫树下组的老宅, …41号的住户): a home. */
const HOME_AFTER =
  /^(?:的|[其他她]的?)?(?:住户|那户|那家|村民(?!委员会|小组|代表|议事|理事|自治)|牧民|农民(?!专业|合作)|养殖户|种植户|居民|老宅|老房子|老屋|住宅|家中|家里|居住|自有住宅|自建房|自家|卧室|客厅|厨房|卫生间|阳台|窗户|房门)|^(?:就)?是(?:我|他|她|我们|他们)的?家/;

/** A person named right after a flat, perhaps after 的 or a word of what they are (…601室彭国华, …301的韩秀珍, …室业主鲁建新). */
function nameRightAfter(text: string, end: number, names: readonly NameSpan[]): boolean {
  const lead = /^(?:的|[^。；，,\n]{0,6}?的)?(?:业主|住户|户主|居民|租户)?/.exec(text.slice(end, end + 10))![0].length;
  return firstNameFrom(names, end)?.start === end + lead;
}

function dwellingAddresses(text: string, layout: Layout, names: readonly NameSpan[]): AddressSpan[] {
  const out: AddressSpan[] = [];
  let after = 0;
  for (const m of text.matchAll(DWELLING)) {
    if (m.index < after) continue;
    // (A date written with dashes is no 7-1-602 house number: 回复时间：2026-09-08 15:40.)
    if (/^(?:19|20)\d\d-\d{1,2}-\d{1,2}$/.test(m[0])) continue;
    const matched = m.index + m[0].length;
    // The rest of the home part, within the longest an address can be.
    const end = matched + (DWELLING_TAIL.exec(text.slice(matched, matched + 20))?.[0].length ?? 0);
    // A home part already looked at is not looked at again from inside.
    after = end;
    // Back over address characters, at most MAX_LENGTH, not into a person's name.
    let start = m.index;
    // (A neighbour's bare flat, 同门402, is the number alone: what stands before it is not its estate.)
    const bareFlat =
      /^(?:\d{3,4}|\d{1,4}号)$/.test(m[0]) && NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index));
    const floor = bareFlat ? start : Math.max(0, end - MAX_LENGTH, lastNameEnd(names, m.index));
    while (start > floor && ADDRESS_CHARS.test(text[start - 1]!)) start--;
    // After the last lead word that still leaves a whole address (选择安置房|澄和家园…, not 公租房|2幢).
    // (Not from before a date: 于10月3日上午从|深圳市…, 物业已于10月20日对|6号楼.)
    const dated = [...text.slice(start, m.index).matchAll(/\d+月\d+日|\d{4}年度?|\d+月/g)].at(-1);
    if (dated) start += dated.index + dated[0].length;
    const before = text.slice(start, m.index);
    for (const at of endsOf(ADDRESS_LEAD, before).reverse()) {
      const from = start + at;
      if (PLACE_PART.test(text.slice(from, end))) {
        start = from;
        break;
      }
    }
    let value = text.slice(start, end);
    const next = text.slice(end, end + 8);
    // A building and room alone is a home when its residents are named after it (12幢2单元301室住户,
    // 1单元601室彭国华, 2号楼1单元301的韩秀珍) or it stands in brackets right after a person (孟庆林（6号楼3单元）).
    // …or someone is said to live there (居住于申请人正下方的5号楼2单元501室, 在其301室窗外).
    const ownHome =
      bareFlat ||
      HOME_AFTER.test(next) ||
      // (A room number alone, 603室业主褚国强, is how a notice points at a flat, not its address.)
      (nameRightAfter(text, end, names) && !/^\d{3,4}室$/.test(text.slice(m.index, end))) ||
      (text[start - 1] === '（' && start > 1 && lastNameEnd(names, start) === start - 1) ||
      LIVES_AT.test(text.slice(Math.max(0, m.index - 16), m.index));
    if (value.length < 5 && !ownHome) continue;
    if (!PLACE_PART.test(value)) {
      if (!ownHome) continue;
      // No estate or road named: the building and room alone (致|5幢1单元602室住户).
      start = m.index;
      value = text.slice(start, end);
    }
    // A telephone number written in groups (客服电话400-618-6000) or after its area code is not a
    // 7-1-602 house number, nor is a numbered group (列入第二组, 第三村民小组) a village's.
    if (
      /电话|热线|客服|号码|传真|座机|固话|宅电|手机/.test(value) ||
      TELEPHONE_IN.test(value) ||
      /^第/.test(value) ||
      text[m.index - 1] === '第' ||
      // (…nor a group named by its number alone, 第三村民小组, 胡晓雨（三组）: many households, no one's home.)
      /第[一二三四五六七八九十百\d]+(?:村民|居民)?小?组/.test(value) ||
      /^[一二三四五六七八九十百\d]+组$/.test(value) ||
      // (…nor a building named alone, 4栋住户, 12号楼的上官鹏: its households.)
      /^\d+(?:[栋幢]|号楼)$/.test(value)
    )
      continue;
    if (NOT_A_HOME_AFTER.test(next)) continue;
    // A room straight after an office's name is the office's (请到区政府302室办理, 区民政局105室).
    if (/(?:政府|[局委办厅]|中心|法院|检察院|派出所|大厅)\d{2,4}室$/.test(value)) continue;
    if (BUSINESS_LABEL.test(text.slice(Math.max(0, start - 10), m.index)) || officeAddress(text, start, names))
      continue;
    const cell = layout.cellAt(start);
    if (cell && businessRow(text, cell)) continue;
    out.push({ start, end });
  }
  return out;
}

/** Said right before a flat of someone living there, perhaps past its compound: 居住于…, 住在…, 其…, 冉志刚家…, 家住58号院…, a neighbour's (同楼…, 楼上…). */
const LIVES_AT =
  /(?:(?:居住于|居住在|住在|住|搬到|搬进)[^，,。；;\d]{0,12}|其|家|同楼|同一栋|同单元|同门|楼上|楼下|对门|隔壁)(?:\d+号院)?$/;

/**
 * A flat named alone after a home's label, no estate or road with it (住在同单元201室, 居住于同单元202户,
 * 一家住在28号三楼): the estate was named before, or everyone there knows it.
 */
function roomAt(text: string, from: number): AddressSpan | undefined {
  const m =
    /^(?:同单元|同一单元|同门|同楼|本单元|该楼|同层)?(?:(?:\d+(?:号楼|栋|幢))?\d+单元\d{3,4}(?:室|户|房)?|\d{3,4}(?:室|户|房|(?![\d号元天年月日个人次平米多余万千百%％.．])))|^\d+号[一二三四五六七八九]楼|^同(?:单元|门)[一二三四五六七八九十\d]{1,2}楼/.exec(
      text.slice(from, from + 20),
    );
  return m ? { start: from, end: from + m[0].length } : undefined;
}

/** A list of payments to households (…补贴发放名单：, 低保金发放公示): each entry's village is its home. */
const PAYMENT_LIST = /(?:发放|补贴|救助|低保|供养|慰问金|抚恤)[^。]*[：:]/;

/** What follows a home reported by its resident (…号祖宅, …号院内, …302楼道灯). */
const REPORTED_HOME =
  /^(?:的|[我他她]们?)?(?:祖宅|老宅|住宅|住房|旧楼|老楼|院内|内|楼道|楼下|家|房屋|自建房|老房子?|房子|屋顶|楼顶|[一二三四五六七]楼|是[我他她]的?家|墙体|和\d+号)/;

/**
 * Labels of where a business or an office is: an address after one (or swallowing one) is no one's home. (…or where
 * an office asks people to come: 领取文书地点, 认领地点, 报名地点.)
 */
const BUSINESS_LABEL =
  /经营场所|经营地址|营业场所|办公地址|办公地点|注册地址|企业住所|门店地址|排水地址|执业地点|(?:繁育|养殖|种植)(?:场地|地点)|(?:领取|认领|受理|办理|报名|咨询|接待)(?:文书|材料|证书|奖金|奖励金)?(?:地点|地址)|(?:工程|项目|工地)(?:位于|地址|地点|坐落于?)/;

const HOUSE_LABEL = /(?:房屋|住房|住宅)(?:地址|坐落)[：:\s]*$/;

/** …and its address after its telephone (…联系。\n联系电话0471-6932518，地址…). */
const OFFICE_THEN_ADDRESS = new RegExp(
  `${OFFICE_THEN_TELEPHONE.source}[\\d\\-－—\\s()（）转]{7,24}[，,；;]\\s*(?:联系|办公)?地址[：:\\s]*$`,
);

/**
 * A home-like address that is an office's: given as an organisation's (地址：… right after it, or
 * the organisation named within a few characters before), not a person's (其…, a name nearer).
 */
function officeAddress(text: string, start: number, names: readonly NameSpan[]): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  // (A house's address is the house's, whoever registered it: 登记派出所 | …派出所 ⏎ 出租房屋地址 | ….)
  if (addressedToPerson(text, start) || HOUSE_LABEL.test(before)) return false;
  if (OFFICE_THEN_ADDRESS.test(text.slice(Math.max(0, start - 120), start))) return true;
  // (…or in brackets right after the organisation's name: 村委会（古镇都村中街1号）.)
  if (BRACKET_AFTER_ORGANISATION.test(before)) return true;
  const labelled = SHARED_LABEL.test(before);
  if (ownerOf(text, start, start, names) !== 'organisation') return false;
  return labelled || /(?:局|办|中心|公司|政府|委员会|法院|机关|单位|部|站|所)[^，。；\d]{0,12}$/.test(before);
}

/**
 * The sentence speaks to or of a person: 您 / 你 before the address in the same sentence (a letter
 * to the applicant: 邮寄至您的收件地址…), or 其 just before it (向其送达地址…).
 */
function addressedToPerson(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 80), start);
  const sentence = window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n')) + 1);
  return /[您你]/.test(sentence) || /其[^，。；]{0,12}$/.test(sentence);
}

/** A person's name ends at `index`, perhaps followed by 先生, 女士, 同志, 老人 or 夫妇 (…、刘桂芝夫妇（…）). */
function personRightBefore(text: string, index: number, names: readonly NameSpan[]): boolean {
  // (…or a household: 赵满囤户（…）, 蔡楚娟家庭（…）, 其父宦德明家（…）, 该户（…）, 其家门口（…）.)
  if (/该户$|(?:其|我|他|她|你|您)家(?:门口|门前)?$/.test(text.slice(Math.max(0, index - 4), index))) return true;
  const title =
    /(?:先生|女士|同志|老人|户|家庭|家|夫妇|夫妻)$/.exec(text.slice(Math.max(0, index - 2), index))?.[0].length ?? 0;
  return lastNameEnd(names, index - title) === index - title && index - title > 0;
}

/** Where the name that `index` falls inside ends (0 when none). */
function nameEndCovering(names: readonly NameSpan[], index: number): number {
  const before = names[firstNameIndexFrom(names, index) - 1];
  return before && before.end > index ? before.end : 0;
}

/** Where the last name before `index` ends (0 when none). */
export function lastNameEnd(names: readonly NameSpan[], index: number): number {
  let lo = 0;
  let hi = names.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end <= index) {
      found = names[mid]!.end;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const SHOP_FRONT = /(?:商铺|门面|店面|铺面|门市|档口|摊位)$/;
/** A parking space is no home (…小区地下车位A-052, …小区地面车位037). */
const PARKING_SPACE = /(?:车位|车库)[A-Za-z\d\-－#]*号?$/;

export function findAddresses(text: string, layout: Layout, names: readonly NameSpan[]): AddressSpan[] {
  const labelled = addressesAfterLabels(text, layout, names);
  // Homes found by their structure, where no label introduced them.
  const spans = [...labelled, ...dwellingAddresses(text, layout, names), ...flatsOfResidents(text, names)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  let keptUntil = 0;
  const kept = spans.filter((s) => {
    if (s.start < keptUntil) return false;
    // A shop's front, whoever runs it (…胜利路88号门面, …东路4号商铺), and an organisation's premises named as it ends
    // (送达地址：…藉河南路36号甘肃陇秦律师事务所; not a village's group of households, …东门村上街小组).
    const written = text.slice(s.start, s.end);
    if (SHOP_FRONT.test(written) || PARKING_SPACE.test(written)) return false;
    if (ENDS_AS_ORGANISATION.test(written) && !/小组$/.test(written)) return false;
    // (…nor a building and the year that follows it: 星海湾小区12号楼2021年至2026年….)
    if (/\d{4}$/.test(written) && text[s.end] === '年') return false;
    // (…nor a document's number, its year in brackets: 桥城管信处〔2026〕29号.)
    if (/〔\d{4}〕/.test(written)) return false;
    // (…nor a count of households (北辛庄村一组6户), nor a village's group named for its land or its plots rather than
    // a house (征收石门峪村三组集体土地, 西朱沟村三组村部西侧空闲地).)
    if (/[村组社队屯]\d{1,3}$/.test(written) && /^[户人名家亩]/.test(text.slice(s.end, s.end + 1))) return false;
    if (
      /[组社队]$/.test(written) &&
      /^的?(?:集体|土地|耕地|承包地|林地|山林|地块|村部|空闲地|鱼塘|村庄规划|居民点)/.test(text.slice(s.end, s.end + 5))
    )
      return false;
    if (notAHome(text, s, layout)) return false;
    keptUntil = s.end;
    return true;
  });
  const inClauses = homesInClauses(text, names, kept);
  const homes = inClauses.length ? [...kept, ...inClauses].sort((a, b) => a.start - b.start) : kept;
  // (Not in the row of a table that an organisation holds where a person would stand: its premises.)
  return withRepeats(text, text.includes('\n') ? acrossLineBreaks(text, homes) : homes).filter((s) => {
    // (…nor a village's group named alone by its number, as a roll is laid out: 第二村民小组选民名单, nor by no name at
    // all: 住址保留至村民小组.)
    if (/^(?:第[一二三四五六七八九十\d]+)?(?:村民|居民)?小组$/.test(text.slice(s.start, s.end))) return false;
    // (…nor a flat its owner lets, said so: 出租其名下富民三路12号…, …502室（已出租，非本人居住）.)
    if (LET_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start)) || LET_AFTER.test(text.slice(s.end, s.end + 8)))
      return false;
    const cell = layout.cellAt(s.start);
    return !cell || !organisationHoldsRow(text, layout, cell.rowStart, cell.rowEnd, names);
  });
}

/** A flat's bare number as one building's owners are told apart (101, 1502, 2-3): a floor and a door. */
const BARE_FLAT = '(?:\\d{1,2}0[1-9]|\\d{1,2}-\\d{1,2})';
/** …right before the household it names (101业主符永强, 2-3住户蒋玉珍). */
const FLAT_BEFORE_RESIDENT = new RegExp(`(?<![\\d\\w.#/／-])${BARE_FLAT}(?=(?:室|号房)?(?:业主|住户|户主|租户))`, 'g');
/** …or in brackets right after the household's name, where the text speaks of owners (业主代表：周德明（403）). */
const FLAT_IN_BRACKETS = new RegExp(`^[（(](${BARE_FLAT})(?:室)?[）)]`);

/**
 * Flats named by their bare numbers in a text about one building's owners, as a lift's or a repair's papers name
 * them: the household's home, the building being the document's.
 */
function flatsOfResidents(text: string, names: readonly NameSpan[]): AddressSpan[] {
  const out: AddressSpan[] = [];
  // (Only a text about a building's lift or repairs, where its owners are told apart by their flats, is looked
  // through: elsewhere a flat named with its owner is as often left as it is masked.)
  if (!/(?:加装|增设|安装)电梯|维修资金|老旧小区/.test(text)) return out;
  for (const m of text.matchAll(FLAT_BEFORE_RESIDENT)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const name of names) {
    const flat = FLAT_IN_BRACKETS.exec(text.slice(name.end, name.end + 10));
    if (flat && /业主|住户/.test(text.slice(Math.max(0, name.start - 40), name.start)))
      out.push({ start: name.end + 1, end: name.end + 1 + flat[1]!.length });
  }
  return out;
}

/** A flat said to be let by its owner, before it (出租其名下, 本人出租的) or after it (（已出租，…）, 空置待租). */
const LET_BEFORE = /(?:出租(?:其|本人)名下的?|(?:其|本人)出租的|名下另有)$/;
const LET_AFTER = /^[（(]?(?:已出租|空置待租|用于出租)/;

/** The building, unit and room an address goes on with at the start of the next line. */
const REST_OF_HOUSE =
  /^(?:[\dA-Za-z一二三四五六七八九十]+(?:[-－][\dA-Za-z]+)*(?:号楼|号院|号|幢|栋|座|单元|室|楼|层|门|户|房)|[-－]\d+)+/;

/**
 * A home cut by a line break, as a PDF or a narrow column leaves it (…工农大路1688号 | 5栋2单元302室): the
 * building, unit and room that open the next line are the same home's.
 */
function acrossLineBreaks(text: string, homes: AddressSpan[]): AddressSpan[] {
  const out: AddressSpan[] = [];
  for (const home of homes) {
    out.push(home);
    const lineBreak = /^[ \t\u3000]*\n[ \u3000]*/.exec(text.slice(home.end, home.end + 8));
    if (!lineBreak) continue;
    const from = home.end + lineBreak[0].length;
    const rest = REST_OF_HOUSE.exec(text.slice(from, from + 30));
    if (rest && !/^\d+$/.test(rest[0])) out.push({ start: from, end: from + rest[0].length });
  }
  return out;
}

/**
 * An address that names no home: a building of many households (锦绣花园5栋共12户), a shop said so in brackets
 * after it (…北浦路8号（铺面）), or a village group named as where trees are felled or a plot lies
 * (采伐地点为南花村二组“对门坡”自留山, 地块坐落五组东坪), no house numbered in it. (A village named before its fields,
 * 城关村八队集体鱼塘, is labelled a home in the corpora, and so left.)
 */
function buildingAsSite(text: string, span: AddressSpan, layout: Layout): boolean {
  return (
    /^楼?(?:全体|业主代表|增设电梯|加装电梯|增梯|电梯|楼长|栋长|单元长|施工|工地|既有住宅|共管|意见征询|共[\d一二三四五六七八九十]+户)/.test(
      text.slice(span.end, span.end + 6),
    ) ||
    // (…or the side of it where something stands, as a table's cell or a label's value gives it: 停放位置 | …3号楼北侧,
    // 张贴地点：…3号楼北侧 — in running text the side of someone's building may be where they are.)
    (/^[东南西北]侧/.test(text.slice(span.end, span.end + 2)) &&
      (layout.cellAt(span.start) !== undefined ||
        /[：:]\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start)))) ||
    /(?:项目名称|项目位置|工程名称)[：:\t]\s*[^\n]{0,12}$/.test(text.slice(Math.max(0, span.start - 20), span.start)) ||
    /项目|小区及单元|楼栋|单元名称/.test(layout.cellAt(span.start)?.heading ?? '')
  );
}

function notAHome(text: string, span: AddressSpan, layout: Layout): boolean {
  const value = text.slice(span.start, span.end);
  // (A village a person belongs to, in its own column beside their home's: 所在村 | 坪上村 | 坪上村三组41号.)
  // (…nor where a thing stands or was found, in a column headed so: 停放位置 | 鹤边村一社祠堂旁空地.)
  if (
    /^(?:所在|所属)(?:村|社区|村居)$|^村(?:别|名)$|^(?:停放|存放|堆放|摆放|发现|事发)(?:位置|地点)$/.test(
      layout.cellAt(span.start)?.heading ?? '',
    )
  )
    return true;
  if (/^[（(](?:铺面|门面|商铺|店面|厂房|仓库)[）)]/.test(text.slice(span.end, span.end + 6))) return true;
  // (A numbered village group named as a body, a party to a dispute: 双戛村1组村民小组，组长….)
  if (/[\d一二三四五六七八九十]组村民小组$/.test(value)) return true;
  // (A range of buildings is no one's home: 新华苑小区1至8号楼, 12栋与5栋.)
  if (/\d+(?:号楼|栋|幢|号)?(?:至|到|与|和)\d+(?:号楼|栋|幢)$/.test(value)) return true;
  if (/^(?:至|到|与|和)\d+(?:号楼|栋|幢)/.test(text.slice(span.end, span.end + 8))) return true;
  // (An office building's room is an office's: …龙华路29号区政府办公楼412室, …崇川路58号区政务中心B座6楼,
  // …凤山路12号自然资源局三楼, …中兴大街市政府大院3号楼.)
  if (
    /(?:政府|机关|行政|[局委院])(?:办公|综合)?(?:大楼|楼)\d*|[局委][\d一二三四五六七八九十]+楼|政府大院|办公楼|(?:政务|便民|市民)(?:服务)?中心/.test(
      value,
    )
  )
    return true;
  // (A building or a stair with no flat, spoken of as the works' site or its owners together: 项目名称：…5幢增设电梯工程,
  // 申请人：南长新村41号楼2单元全体业主, …6号楼2单元 | 常德旺 under 项目名称; nor a building and a year read as its flat:
  // 翠竹新村21幢2024年.)
  if (
    (/(?:\d+|[一二三四五六七八九十]+)(?:栋|幢|号楼|单元)$/.test(value) ||
      (/\d+号$/.test(value) && text[span.end] === '楼')) &&
    buildingAsSite(text, span, layout)
  )
    return true;
  if (/\d{4}$/.test(value) && text[span.end] === '年') return true;
  // (…nor a numbered area someone patrols or keeps, 文坡村1号责任区, 3号网格.)
  if (/^(?:责任区|管护区|巡护区|网格|片区|林班)/.test(text.slice(span.end, span.end + 3))) return true;
  if (/\d+(?:号|室|栋|幢|单元)|[号室栋幢]$/.test(value)) return false;
  // (…nor a plot by its field's own name, 三清村4组小地名“老鸦沟”, 坑头村“后门岗”; nor a village's group spoken of as
  // its households are, 关于梨园村5组…的公示, 梨园村5组已完成…, …村5组村民小组长, 天星村5组2026年度…, or with the next
  // group or as an area (江东村三组、四组沿江低洼区域, 榆林堡村四组后山, …新华村六队受灾群众, …七社发生山体滑坡, …新红村六社机井,
  // …三道沟村二组北侧, …车江村三组被划为危险区, …翁草村六组位于山洪灾害危险区, …石坎村二组列入危险区), or its fields
  // (兴隆村7组河滩地, 金羊村5组麦田, 大营村二组旱地, 张公庙村二组自家责任山, 金鸡村11组巡查时发现火点).)
  if (/小地名$/.test(value) || /^(?:小地名)?[“"「]/.test(text.slice(span.end, span.end + 4))) return true;
  if (
    /[组社屯队](?:\d{4})?$/.test(value) &&
    (/^(?:年|村民小组|小组长|组长|社长|队长|已完成|全体|名单|花名册|第[一二三]轮|、[一二三四五六七八九十\d]+组|(?:后山|沿江|沿河|低洼|区域|片区|一带|境内|范围|受灾|发生|机井|取水口|鱼塘|[东南西北]侧|巡查|巡逻|(?:自家)?(?:责任山|承包地|河滩地|麦地|麦田|稻田|旱地|水田|坡地|油菜地|玉米地|菜地|田块|田坎|田间|地块|耕地|林地|山林|荒坡|果园|茶园|草场)|被?划[为入定]|列入|纳入|位于[^，,。；\n]{0,8}(?:危险区|隐患|区域|地段))|[^，,。；\n\t（()）]{0,5}(?:养殖场|养鸡场|养猪场|养鸭场|作坊|厂房))/.test(
      text.slice(span.end, span.end + 14),
    ) ||
      /关于$/.test(text.slice(Math.max(0, span.start - 2), span.start)))
  )
    return true;
  // (…nor the village a writer says they belong to, their house given right after: 我是…北杜村村民卫建国，住…东巷27号.)
  if (
    /[村组社队屯]$/.test(value) &&
    /^的?村民[^。；\n]{0,12}?[，,]\s*(?:家住|现住|住)/.test(text.slice(span.end, span.end + 24))
  )
    return true;
  return (
    /(?:采伐地点|地块坐落|林地坐落|耕地坐落|用地位置)(?:为|在|位于)?[：:\s]*$/.test(
      text.slice(Math.max(0, span.start - 8), span.start),
    ) || /^(?:采伐地点|地块坐落)/.test(value)
  );
}

/**
 * The road, street or lane of a numbered house, after the last place or road before it
 * (…伏龙坪街道|伏龙坪路西段|87号, …大中路庾亮南路口|小港巷|12号, …张花村|三街|6号). A name of one character and a road
 * only in a village or a town (张花村|三街): elsewhere it is the end of a longer name (站前区学|府路, 张店区人民|西路).
 */
const ROAD_OF_HOUSE =
  /((?:(?![省市区县旗镇乡村路街巷道口])[\u4e00-\u9fff]){2,6}(?:路|街|巷|弄|胡同|里|坊)(?:[东西南北中]段)?|(?<=[村镇乡])[\u4e00-\u9fff](?:街|巷|弄|里|坊)(?:[东西南北中]段)?)\d+号/;

/** A flat: a building's unit or door and its room (23栋401, 2门403, 1单元102, 302室). */
const FLAT = /\d+(?:单元|门)\d{2,4}|\d+(?:栋|幢|号楼|座)\d{3,4}|\d{3,4}室/;
const FLATS =
  /(?<![\d-])(?:(?:\d+(?:栋|幢|号楼|座))?\d+(?:单元|门)\d{2,4}室?|\d+(?:栋|幢|号楼|座)\d{3,4}室?|\d{3,4}室)(?![\d号-])/g;

/** How far on a home is looked for again: the same passage, so a long text is not searched once per address. */
const REPEAT_REACH = 800;

/**
 * A home named again further on in the passage, whole or from below its district on (申请人…户籍所在地
 * 湘东区下埠镇西坑村小港组，申请在下埠镇西坑村小港组原宅基地…), is still that person's home.
 */
function withRepeats(text: string, found: AddressSpan[]): AddressSpan[] {
  const repeats: AddressSpan[] = [];
  const foundAt = new Set(found.map((s) => s.start));
  for (const span of found) {
    const value = text.slice(span.start, span.end);
    // The whole address, and what follows each of its province, city, district or town.
    const tails = [
      value,
      ...[...value.matchAll(/(?:省|市|区|县|旗|镇|乡|街道)(?=.)/g)].map((m) => value.slice(m.index + m[0].length)),
    ];
    const ahead = text.slice(span.end, span.end + REPEAT_REACH);
    for (const tail of new Set(tails)) {
      if (tail.length < 6 || !PLACE_PART.test(tail) || (!HOUSE_LEVEL.test(tail) && !VILLAGE_UNDER_TOWN.test(tail)))
        continue;
      for (let at = ahead.indexOf(tail); at >= 0; at = ahead.indexOf(tail, at + tail.length))
        if (!foundAt.has(span.end + at)) repeats.push({ start: span.end + at, end: span.end + at + tail.length });
    }
    // Another flat further on, once a home with a flat was named (…23栋301 … 23栋401, …3号楼1单元302 …
    // 同楼1单元102): a neighbour's, or the same family's named again.
    // (Not a room of an office: …请到区政务服务中心302室办理.)
    if (FLAT.test(value))
      for (const m of ahead.matchAll(FLATS))
        if (
          !foundAt.has(span.end + m.index) &&
          !NAMES_ORGANISATION.test(ahead.slice(Math.max(0, m.index - 10), m.index)) &&
          !/^(?:办公|会议|窗口|接待|办理)/.test(ahead.slice(m.index + m[0].length, m.index + m[0].length + 4))
        )
          repeats.push({ start: span.end + m.index, end: span.end + m.index + m[0].length });
    // Another house on the same road or lane (…伏龙坪路西段87号）、冶秀珍（伏龙坪路西段89号, 隔壁小港巷14号):
    // a neighbour's home, or the next in a list of households.
    const road = ROAD_OF_HOUSE.exec(value)?.[1];
    if (road)
      for (const m of ahead.matchAll(new RegExp(`${road}\\d+号(?:楼\\d+(?:门|单元)\\d+室?|院)?`, 'g')))
        // (…not a shop on it, 新街43号 … 新街41号店面, nor the road in a whole address after 地址 and its district,
        // which the finders above read and left: an office's, 地址：桂林市叠彩区中山北路165号.)
        if (
          !foundAt.has(span.end + m.index) &&
          !/^(?:商铺|门面|店面|铺面|门市|档口|摊位)/.test(ahead.slice(m.index + m[0].length)) &&
          !premisesNamed(ahead.slice(Math.max(0, m.index - 40), m.index)) &&
          !/地址[：:]\s*[\u4e00-\u9fff]{0,10}(?:省|市|区|县|旗|镇|乡|街道)$/.test(
            ahead.slice(Math.max(0, m.index - 16), m.index),
          )
        )
          repeats.push({ start: span.end + m.index, end: span.end + m.index + m[0].length });
  }
  if (repeats.length === 0) return found;
  // A repeat gives way to an address found in its own right, and to an earlier repeat it overlaps.
  const kept: AddressSpan[] = [];
  let next = 0;
  for (const r of repeats.sort((a, b) => a.start - b.start || b.end - a.end)) {
    while (next < found.length && found[next]!.end <= r.start) next++;
    if (next < found.length && found[next]!.start < r.end) continue;
    if ((kept.at(-1)?.end ?? 0) > r.start) continue;
    kept.push(r);
  }
  return [...found, ...kept].sort((a, b) => a.start - b.start);
}

/**
 * Where an organisation or a station says its premises are, just before an address: in brackets after its name
 * (东安区文化馆（…光华街305号）, 第二换热站（伊州区前进东路19号）, 居委会（…文献路40号，电话…）), or after 设在 or 位于
 * (服务中心设在南园社区东兴巷1号楼底商). A neighbour's home on the same road is not said so.
 */
function premisesNamed(before: string): boolean {
  return OPENED_AFTER_ORGANISATION.test(before) || /(?:设在|位于|坐落于)[\u4e00-\u9fff]{0,12}$/.test(before);
}
/** An organisation's name (or a station's) and an opening bracket: what it says of itself follows. */
const ORGANISATION_BRACKET = `(?:${ORGANISATION.source}|站)[（(]`;
const OPENED_AFTER_ORGANISATION = new RegExp(`${ORGANISATION_BRACKET}[^（）()]{0,30}$`);
const BRACKET_AFTER_ORGANISATION = new RegExp(`${ORGANISATION_BRACKET}$`);
/** An organisation's address by its label (社区地址, 单位地址) or in brackets after its name (…服务站（地址：…）). */
const ADDRESS_OF_ORGANISATION = new RegExp(
  `(?:(?:社区|村委会?|居委会?|调委会|单位|公司|机构)(?:办公)?地址|${ORGANISATION_BRACKET}(?:办公)?地址)(?:为|是)?[：:\\s]*$`,
);

/** Said in brackets after a business's premises: it is a home too (前店后宅, 住宅一楼兼作坊, 住所兼经营场所). */
const HOME_TOO = /^[（(][^（）()\t]{0,6}(?:住宅|住所|住家|自住|自家|前店后宅|店住合一|住店合一)[^（）()\t]{0,8}[）)]/;

function addressesAfterLabels(text: string, layout: Layout, names: readonly NameSpan[]): AddressSpan[] {
  const found: AddressSpan[] = [];
  let coveredUntil = 0;
  const keep = (span: AddressSpan | undefined) => {
    if (!span || span.start < coveredUntil) return;
    found.push(span);
    coveredUntil = span.end;
  };
  // Where the text speaks of allotted flats, found once when a flat's cell is first met and walked with one pointer.
  let allotments: number[] | undefined;
  let nextAllotment = 0;
  const allottedBefore = (at: number) => {
    allotments ??= [...text.matchAll(ALLOTTED_FLATS)].map((m) => m.index);
    while (nextAllotment < allotments.length && allotments[nextAllotment]! < at) nextAllotment++;
    const last = allotments[nextAllotment - 1];
    return last !== undefined && at - last <= 1500;
  };
  for (let i = 0; i < text.length; i++) {
    if (i < coveredUntil) continue;
    // A table cell: under an address heading, or — in a row without its heading — an address in
    // the same row as a person.
    // (Each test of a cell asks for one starting here, right after a tab or a line break: elsewhere none is looked up.)
    const previous = text.charCodeAt(i - 1);
    const cell = i === 0 || previous === 9 || previous === 10 ? layout.cellAt(i) : undefined; // (a tab or a line break)
    // A form laid out as a table: the cell after 住址 | … is the home.
    if (cell && cell.start === i && HOME_LABEL.test(cell.before.trim())) {
      const span = addressAt(text, i);
      if (span) {
        keep(span);
        continue;
      }
    }
    // …and the cell after 通信地址 | … on a form, unless the form is an organisation's.
    if (cell && cell.start === i && FORM_CONTACT_LABEL.test(cell.before.trim())) {
      const span = addressAt(text, i);
      if (
        span &&
        !NAMES_ORGANISATION.test(text.slice(span.start, span.end)) &&
        ownerOf(text, i - 1 - cell.before.length, i, names) !== 'organisation'
      ) {
        keep(span);
        continue;
      }
    }
    // A flat's number alone in a building's table of its owners (房号 | 业主 | 联系电话, then 301 | 甘立群 | …): the
    // document names the building, the row the household that lives there.
    if (
      cell?.start === i &&
      FLAT_NUMBER_CELL.test(cell.text) &&
      FLAT_HEADING.test(cell.heading ?? '') &&
      (lastNameBefore(names, cell.rowEnd)?.start ?? -1) >= cell.rowStart &&
      // (…not a flat the state lets, allotted to the row's tenant: 公租房 | 配租房号 — labelled both ways, left alone.)
      !allottedBefore(i)
    ) {
      keep({ start: i, end: cell.end });
      continue;
    }
    // A cell said in brackets to be a home too (…12排7号（前店后宅）, …27号（住宅一楼兼作坊）), whatever its column.
    // (The cheap test first, on the cell's first bracket: most cells say nothing of the kind.)
    if (cell && cell.start === i && HOME_TOO.test(cell.text.slice(Math.max(0, cell.text.search(/[（(]/))))) {
      const span = addressAt(text, i);
      if (span && HOME_TOO.test(text.slice(span.end, Math.min(cell.end, span.end + 20)))) {
        keep(span);
        continue;
      }
    }
    if (cell && cell.start === i && cell.kind !== 'other') {
      const span =
        addressAt(text, i) ?? addressPartCell(cell) ?? placeBeforeHouseCell(text, cell) ?? proposedSiteCell(cell);
      if (
        span &&
        // (…村村民 in a cell is who the person is, as an honours table gives it.)
        !VILLAGER.test(text.slice(span.end, span.end + 3)) &&
        !businessRow(text, cell) &&
        (cell.kind === 'address' || (cell.kind === undefined && personInRow(cell, names)))
      ) {
        keep(span);
        continue;
      }
    }
    // After a label. A label's own characters (住 in 住所) are not an address's first.
    if (!LABEL_END.at(text, i - 1) || !/[\u4e00-\u9fff\d]/.test(text[i] ?? '')) continue;
    if (/^(?:所|址|房|宅|建|院|户|地|籍|于|在|的|住|为|是)/.test(text.slice(i, i + 1))) continue;
    // Nor does an address begin with a person's name (邻居|巩三喜在…村二组自家院内), or inside one
    // (韦家|宝将… is not after the label 家).
    if (firstNameFrom(names, i)?.start === i || nameEndCovering(names, i) > 0) continue;
    const left = text.slice(Math.max(0, i - 12), i);
    // Right after a person, in brackets — perhaps after a word on how they are kept — or after a comma
    // (闵国栋先生（颐和路38号）, 何炳坤（分散供养，…5号二楼）, 向红，…杨家湾32号，). A house, not a village
    // alone: an honours list gives the honouree's village (钱雪林（古里镇坞坵村）), though a list of
    // payments gives each household's (包金花（花吐古拉镇巴彦塔拉嘎查）).
    const qualified = '，,'.includes(text[i - 1]!)
      ? /（[^（），,\d]{1,6}[，,]$/.exec(text.slice(Math.max(0, i - 9), i))
      : null;
    const opening = qualified ? i - qualified[0].length : i - 1;
    if ('（(，,'.includes(text[i - 1]!) && personRightBefore(text, opening, names)) {
      const span = addressAt(text, i);
      const value = span && text.slice(span.start, span.end);
      // (In brackets a road and its number will do: 闵国栋先生（颐和路38号）, 苏国华（邻居，江岸路北二巷13号）.)
      const place =
        value &&
        (/^[\u4e00-\u9fff]{1,7}?(?:省|市|区|县|旗|盟|镇|乡|街道)|^[\u4e00-\u9fff]{2,10}?自治州/.exec(value)?.[0] ??
          ('（('.includes(text[i - 1]!) || qualified
            ? /^[\u4e00-\u9fff]{1,8}?(?:路|街|巷|弄|胡同|里)(?:[东西南北中]段)?(?=\d+号)/.exec(value)?.[0]
            : undefined));
      const paid = () =>
        PAYMENT_LIST.test(
          text
            .slice(Math.max(0, i - 200), i)
            .split('\n')
            .at(-1) ?? '',
        );
      // (Not a label's value: 住所地…, 经营场所为…, 校址….)
      if (
        place &&
        // (…though a road may hold such a character: 操场城街, 所街.)
        !/住所|住址|场所|校址|地址|户籍|籍贯|生源|居处|所在|位于|[为是]/.test(place) &&
        !(/[住址所场在籍居处]/.test(place) && !/(?:路|街|巷|弄|胡同|里)(?:[东西南北中]段)?$/.test(place)) &&
        !BUSINESS_LABEL.test(place) &&
        // (A household honoured or paid is named by its home: 邢长顺户（…北山前村）.)
        (HOUSE_LEVEL.test(value) ||
          (VILLAGE_UNDER_TOWN.test(value) && (paid() || /(?:户|家庭)$/.test(text.slice(opening - 2, opening)))))
      ) {
        keep(span);
        continue;
      }
    }
    if ('，,'.includes(text[i - 1]!)) continue;
    // (A business's or a firm's place, whoever runs it: 经营地址：…, 企业住所：…; not 经营地址即住所…, 经营地址（兼住所）….)
    if (
      BUSINESS_LABEL.test(left) &&
      !/[（(]?(?:即|和|与|兼|为)(?:其|本人)?(?:住所|住址|住宅)(?:均为|均在)?[）)]?[：:]?$/.test(left) &&
      // (…unless said after it to be the keeper's house: …15号楼一楼东户（自家住宅临街一层）.)
      !/^[^（(，,。；\n]{4,40}[（(](?:系|即|为)?(?:其|本人)?(?:自家|自有|自住)(?:住宅|住房|房屋)|^[^（(，,。；\n]{4,40}[（(][^（）()]{0,4}即(?:其|本人)?(?:住所|住宅|住家)[）)]/.test(
        text.slice(i, i + 60),
      )
    )
      continue;
    if (HOME_LABEL.test(left) && !/(?:企业|公司|单位)住所$/.test(left)) {
      const span = addressAt(text, i);
      if (!span) {
        if (/(?:住在|居住于|居住在|住|家在)$/.test(left)) keep(roomAt(text, i));
        continue;
      }
      // (Where one comes from is a home when a house is named, not a village alone: 来自…麻石巷8号, not 来自大陈乡大陈村.)
      if (/来自$/.test(left) && !/\d/.test(text.slice(span.start, span.end))) continue;
      // (An office named in it is where the papers go, not a home: 送达地址为…36号长安区人民法院立案庭.)
      if (/(?:法院|检察院|派出所|人民政府|局|中心|公司)[\u4e00-\u9fff]{0,6}$/.test(text.slice(span.start, span.end)))
        continue;
      // (Whose home it is may come first: 搬到儿子滕晓东在…15栋1单元1102 begins after the son.)
      const owner = firstNameFrom(names, span.start);
      const ownerFirst =
        owner &&
        owner.end < span.end &&
        !/[省市区县旗盟州镇乡路街道村]/.test(text.slice(span.start, owner.start)) &&
        /^(?:在|位于|家|的|住)/.test(text.slice(owner.end, owner.end + 2));
      keep(ownerFirst ? afterOwner(text, span, names) : span);
      continue;
    }
    const label = SHARED_LABEL.exec(left);
    const span = addressAt(text, i);
    if (!span) continue;
    // Whoever lives there is said after it (是…41号的住户, 在…枫树下组的老宅); the address begins
    // after the last 在 (车牌号X停放在|…3组自家院内 begins at the village), and names no vehicle.
    // (A village alone is a home only in the writer's or party's own words — 我是…组村民, 系…村村民 —
    // not in an honours list, whose villages are where the honourees work.)
    const villager = VILLAGER.test(text.slice(span.end, span.end + 3));
    if (
      HOME_AFTER.test(text.slice(span.end, span.end + 6)) &&
      !/在|[A-Z]\d/.test(text.slice(span.start, span.end)) &&
      (!villager || /(?:是|系|[：:])$/.test(left))
    ) {
      keep(afterOwner(text, span, names));
      continue;
    }
    // A writer's own building or house, reported in a letter or a call (反映…46号祖宅漏雨, 反映…58号旧楼加装电梯).
    if (
      /(?:反映(?:的|了)?|留言[：:]|来电[：:]|来信[：:]|我们)“?$/.test(left) &&
      REPORTED_HOME.test(text.slice(span.end, span.end + 4)) &&
      /^[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|旗|镇|乡|街道)/.test(text.slice(span.start, span.end)) &&
      !/其|位于|在/.test(text.slice(span.start, span.end))
    ) {
      keep(span);
      continue;
    }
    if (!label) continue;
    // An organisation's address said so by its label (社区地址…, 单位地址…) or in brackets right after its name
    // (…社保服务站（地址…）), whoever was named before.
    if (ADDRESS_OF_ORGANISATION.test(left)) continue;
    // A lawyer's address is the firm's (…律师事务所律师，地址…; 律所地址…).
    const clause = text
      .slice(Math.max(0, i - 60), i)
      .split(/[。；;\n]/)
      .at(-1)!;
    if (/律师事务所|律所/.test(clause) && !/住|家/.test(clause.slice(clause.search(/律师事务所|律所/)))) continue;
    // A business's place, whoever runs it (经营的黎记农资店位于…, 洗车场位于…).
    if (/(?:店|铺|场|厂|馆|站|坊)(?:位于|地址|坐落)[：:为在]?$/.test(left)) continue;
    const after = text.slice(span.end, span.end + 8);
    // 位于…的住所 is a home; 位于…的经营场所 a business.
    if (/^(?:的)?(?:经营场所|门面|店|厂|项目|地块|办公|营业|商铺|仓库|工地)/.test(after)) continue;
    const home = /^(?:的)?(?:住所|房屋|私房|老宅|住宅|家|宅基地)/.test(after);
    const labelStart = i - left.length + label.index;
    const officeLabel =
      /(?:公司|单位|局|办|中心|机关|政府|委员会|法院|医院|学校|店|铺|场|厂|馆|站)[^，。；]{0,4}$/.test(left);
    // (An office's address sent to: 寄至…三香路1299号政务公开办公室.)
    const office = NAMES_ORGANISATION.test(text.slice(span.start, span.end));
    // Posted by the office to someone (答复书将以挂号信寄至…, 已邮寄至…): the recipient's address,
    // unless it names an office itself (可寄至…1299号政务公开办公室 asks the reader to post there).
    // (…or a paper named as what is posted or served: 告知书寄至…, 意见书邮寄送达至….)
    const sentTo =
      /(?<![可请])(?:(?:将|已)[^，。；]{0,12}|(?:(?:告知|决定|答复|通知|意见|送达|补正)书|文书|回执)[^，。；]{0,4})(?:寄至|寄往|邮寄至|寄送至|寄到|送达至)$/.test(
        left,
      );
    // (A letter to 你 gives an office's address after the office: 请向…公安局户政科反映（地址：…）.)
    // (A form's field on a line of its own, 住所：…, is read as the field it is: whose is asked of the lines above.)
    const owner = ownerOf(text, text[labelStart - 1] === '\n' ? i : labelStart, span.end, names);
    if (
      home ||
      (sentTo && !office && !/^[\u4e00-\u9fff]{0,8}(?:办公室|科|局|中心|窗口)/.test(after)) ||
      owner === 'person' ||
      (addressedToPerson(text, labelStart) && owner !== 'organisation' && !officeLabel && !office)
    )
      keep(span);
  }
  return found;
}

/**
 * An address that begins with whose it is (被执行人罗新民名下位于…12栋2单元1604号的住宅) begins after
 * the owner's name and the words that lead to it, where a whole address is still left.
 */
function afterOwner(text: string, span: AddressSpan, names: readonly NameSpan[]): AddressSpan {
  const owner = firstNameFrom(names, span.start);
  if (!owner || owner.end >= span.end) return span;
  // After the last lead word that still leaves a whole address (名下|位于|…).
  let start = owner.end;
  for (const at of endsOf(ADDRESS_LEAD, text.slice(owner.end, span.end)).reverse()) {
    const from = owner.end + at;
    if (PLACE_PART.test(text.slice(from, span.end)) && HOUSE_LEVEL.test(text.slice(from, span.end))) {
      start = from;
      break;
    }
  }
  return { start, end: span.end };
}

/**
 * A table may spread a home over its cells (谈固村 | 四街 | 东五排11号, 琅琊路小区 | 6幢2单元201室,
 * 南八马路26号 | 20-1-5-3): a whole cell that is the house level of an address — a house number, a
 * building's unit and room — is one in a person's row. A village or a road alone is not (a 低保 list
 * names each household's village by law).
 */
const ADDRESS_PART_CELL = new RegExp(
  '^(?:' +
    [
      // (Not a certificate's number: 乡字第469002202600031号.)
      '(?!.*(?:第|\\d{6}))[\\u4e00-\\u9fff\\d]{0,10}\\d+号(?:院|楼)?(?:附\\d+号|之[一二三四五六七八九十])?',
      '(?:[\\u4e00-\\u9fff]{0,8}[A-Z]?座?)?\\d+(?:幢|栋|座|号楼)\\d+(?:单元\\d+室?|\\d*)?',
      '\\d+单元\\d+室?',
      '[\\u4e00-\\u9fff]{2,8}[A-Z]座\\d{3,4}',
      '\\d{1,3}(?:-\\d{1,3}){2,3}',
    ].join('|') +
    ')$',
);
/**
 * The proposed site of a rural house in a 宅基地 table: a village, its group or a street of it, then
 * where on the land (…上坞自然村原晒谷场北侧, …杉木冲组村道北侧, …南屏组叶家祠堂后自留地).
 */
const PROPOSED_SITE =
  /^[\u4e00-\u9fff\d]{2,24}?(?:村|组|社|队|屯|自然村|[前后东西南北]街)(?=原|村道|村口|[东西南北]侧|后山脚|[\u4e00-\u9fff]{0,4}(?:祠堂|自留地|责任田|老屋|旧宅))/;
function proposedSiteCell(cell: Cell): AddressSpan | undefined {
  const value = cell.text.trim();
  if (value.length > 40) return undefined;
  const m = PROPOSED_SITE.exec(value);
  if (!m) return undefined;
  const start = cell.start + cell.text.indexOf(value);
  return { start, end: start + value.length };
}

function addressPartCell(cell: Cell): AddressSpan | undefined {
  const value = cell.text.trim();
  if (!ADDRESS_PART_CELL.test(value)) return undefined;
  const start = cell.start + cell.text.indexOf(value);
  return { start, end: start + value.length };
}

/**
 * A home spread over cells side by side (大塘村 | 五组, 谈固村 | 四街 | 东五排11号, 颐和路 | 18号,
 * 琅琊路小区 | 6幢2单元201室): a village, road, street or estate is a part of the address where the
 * cells after it go down to a group or a house, though alone it is not (a 低保 list names each
 * household's village by law).
 */
const GROUP_CELL = /^(?:[一二三四五六七八九十\d]{1,3}|[\u4e00-\u9fff]{1,4})(?:组|社|队|村民小组|小组|屯)$/;
const PLACE_CELL = /^[\u4e00-\u9fff\d]{1,12}(?:村|村委会|嘎查|街|路|巷|弄|胡同|里|小区|花园|苑|新村|社区)$/;
function placeBeforeHouseCell(text: string, cell: Cell): AddressSpan | undefined {
  const value = cell.text.trim();
  const isPart = (v: string) => GROUP_CELL.test(v) || ADDRESS_PART_CELL.test(v);
  // (The next two cells, read from a bounded slice: a row may be very long.)
  const next = text
    .slice(cell.end, Math.min(cell.rowEnd, cell.end + 100))
    .split('\t')
    .slice(1, 3)
    .map((c) => c.trim());
  const leadsDown =
    PLACE_CELL.test(value) && (isPart(next[0] ?? '') || (PLACE_CELL.test(next[0] ?? '') && isPart(next[1] ?? '')));
  const groupOfVillage = GROUP_CELL.test(value) && PLACE_CELL.test(cell.before.trim());
  if (!leadsDown && !groupOfVillage) return undefined;
  const start = cell.start + cell.text.indexOf(value);
  return { start, end: start + value.length };
}

/**
 * A shop, a firm or a trader named in a cell of the row: the row's address is its premises (个体工商户).
 * (A cell that says what was done — 已转…热力公司 — or a former employer — 原单位…有限公司 — names no business of the row.)
 */
const BUSINESS_NAME =
  /^(?![已由转向经请系为在原])[^\t]{0,24}(?:店|馆|商行|超市|公司|坊|铺|餐厅|酒家|饭庄|药房|诊所|工作室|经营部|经销部|批发部|门市部|加工部|维修部|厂|个体工商户)(?:（[^）]*）)?$/;
/** A flat's number as a building's table gives it (301, 1502室, 2-4-502), under a heading that says so (房号, 户号). */
const FLAT_NUMBER_CELL = /^(?:\d{3,4}室?|\d{1,2}-\d{1,2}-\d{3,4})$/;
/** Flats the state lets or lends (公租房, 廉租房, 周转房, 人才公寓, 配租): their tables are allotments. */
const ALLOTTED_FLATS = /公租房|廉租房|周转房|人才公寓|保障房|保障性住房|配租/g;
const FLAT_HEADING = /^(?:户号|房号|室号|门牌号?|楼栋房号|房屋号|单元房号)$/;
/** A column of the employers of the people in a list (工作单位, 用工单位): a firm there is no business the row is about. */
const EMPLOYER_HEADING = /工作单位|用工单位|用人单位|就业单位|所在单位|务工单位/;

function businessRow(text: string, cell: Cell): boolean {
  // A home that is also the workshop (住所兼作坊, 利用自家院落生产, 经营场所为经营者自住房屋, 自住，一层出租做小超市,
  // 店内电话即家中电话, …3巷9号（经营者住所）, …（工作室即住所）, …（店住合一）) is a home.
  if (
    /(?:住所|住宅|自家|家中|家里)兼|利用(?:其|本人)?自家|自家经营|自住(?:房屋|住房|住宅)|即(?:为)?家中|(?:^|\t)自住|[（(][^（）()\t]{0,6}(?:住所|住家|住宅)[^（）()\t]{0,4}[）)]|店住合一|(?:^|\t)[^\t]{0,8}即(?:其)?住所/.test(
      text.slice(cell.rowStart, Math.min(cell.rowEnd, cell.rowStart + 300)),
    )
  )
    return false;
  // A flat up a staircase (…23号楼2单元402, …12幢102室), a house in a village's group (…八堡村三组,
  // …沿湖村二组36号) or in a works' dormitory or family compound (…棉纺厂宿舍5排3号, …家属院11号楼) is where
  // someone lives, not a shop's premises.
  if (
    /\d+(?:单元|幢|栋|号楼)\d{3,4}室?$|\d+号\d{3,4}室$|\d+-\d+-\d{3,4}$|村[\u4e00-\u9fff\d]{0,5}[组社队屯](?:\d+号)?$|(?:宿舍|家属院|家属楼|家属区)(?:\d+[排栋幢号楼]|[东西南北]院)[\d排栋幢号楼单元室-]*$/.test(
      cell.text.trim(),
    )
  )
    return false;
  // Under a column headed as a family's or a person's home (家庭住址, 被冒用人住址) it is a home, whatever shop the row names.
  if (/家庭|现住|居住|户籍|[人者]住址/.test(cell.heading ?? '')) return false;
  // Right after the shop's own cell it is the shop's premises (覃卜芳 | … | 柳北区卜芳米粉店 | 柳北区跃进路42号门面);
  // after an employer's it may be the worker's home (苏州某公司 | 相城区…人才公寓3号楼708).
  if (BUSINESS_NAME.test(cell.before.trim()) && !/公司$/.test(cell.before.trim())) return true;
  // Under a column headed as the keeper's home (经营者住所, 法定代表人住址) it is a home, whatever the row's business.
  if (
    /(?:经营者|负责人|业主|店主|摊主|投资人|举办者|法定代表人)(?:登记|户籍)?(?:住所|住址|家庭住址|现住址)/.test(
      cell.heading ?? '',
    )
  )
    return false;
  // Under a column headed as the business's (经营地址, 营业场所) it is the premises; under one headed as a home
  // (家庭住址, 现住址) a home, whatever firm the row names (a farmer's row with the maker of their machine).
  if (cell.kind === 'premises') return true;
  // (…but for a firm's row, the firm named before its address: 鑫达木材加工厂（投资人…） | … | 住址; not the worker's
  // employer under its own heading: 工作单位 | …建工集团有限公司 | … | 现租住地址.)
  if (/家庭|住址|住所|住房|居住|现住|租住/.test(cell.heading ?? '')) {
    const firm = cell.row.some(
      (c) =>
        c.start < cell.start &&
        BUSINESS_NAME.test(c.text.trim().replace(/[（(][^（）()]*[）)]$/, '')) &&
        !EMPLOYER_HEADING.test(c.heading ?? ''),
    );
    if (!firm) return false;
  }
  // A second address after the premises is the trader's home (… | 阿毛面馆 | 西河路106号 | 金惠新村21幢2单元301室,
  // … | 顺城街112号 | 郑永福 | 锦纶路纺织厂家属院6排3号).
  if (
    premisesBefore(text, cell) &&
    (HOUSE_LEVEL.test(cell.text.trim()) || VILLAGE_UNDER_TOWN.test(cell.text.trim())) &&
    !NAMES_ORGANISATION.test(cell.text) &&
    !/\d{7}/.test(cell.text)
  )
    return false;
  const row = text.slice(cell.rowStart, cell.rowEnd);
  // A row that gives a sex or an ID number is a person's, whatever employer it names…
  // (…or names the person's own car: a ride-hailing driver beside the platform's company.)
  if (/\t[男女]\t|\d{17}[\dXx]|\d{6}\*{4,}/.test(row) || holdsPlate(row)) return false;
  return row.split('\t').some((c) => BUSINESS_NAME.test(c.trim()));
}

/** An address (the premises) stands in one of the two cells before this one in its row. */
function premisesBefore(text: string, cell: Cell): boolean {
  const cells = text
    .slice(Math.max(cell.rowStart, cell.start - 120), cell.start)
    .split('\t')
    .slice(-3, -1);
  return cells.some(
    (c) => /\d+(?:号|室|号院|号楼)(?:门面|商铺|铺面|店面)?$/.test(c.trim()) && addressAt(c.trim(), 0) !== undefined,
  );
}

/** Whether a person's name stands in the same table row as the cell. */
function personInRow(cell: Cell, names: readonly NameSpan[]): boolean {
  const first = firstNameFrom(names, cell.rowStart);
  return first !== undefined && first.end <= cell.rowEnd;
}
