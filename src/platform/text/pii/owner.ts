import type { Layout } from './layout.js';
import { DATE_LINE } from './line-breaks.js';
import type { NameSpan } from './names.js';
import { ledByFirstCharacters } from './words.js';

/**
 * Whose an address or a telephone number is. Government writing gives a person's contacts right
 * after the person (申请人X，通讯地址…，电话…) and an office's after the office (联系人：信息公开科；
 * 联系电话…；地址…). The nearer mention, looking back within the sentence, owns the detail.
 */
export const ORGANISATION = ledByFirstCharacters(
  /(?:有限责任公司|有限公司|公司|集团|人民政府|政府|委员会|管委会|居委会|村委会|[区市县党]委(?!托)|(?:建|健|改|教|农|科|纪|法|商|侨|民|宗|编|经信|计生|工|规|国资|交|卫|文旅)委(?![托员屈婉派])|(?<=[区市县镇乡道][\u4e00-\u9fff]{1,8})办(?![理法公事])|局|本[院局委办厅所庭处]|(?:立案|行政|民事|刑事|执行|审判|承办)庭|法庭|残联|妇联|侨联|文联|科协|工会|红十字会|办公室|办事处|中心|法院|检察院|派出所|公安处|事务所|律所|司法所|公证处|法律服务所|驿站|鉴定所|研究所|设计院|卫生所|卫生院|医院|(?:防治|研究|科学|检验|检测|保健|养老|敬老|福利)院|学校|学院|大学|[中小]学(?![生科学]|家属)|幼儿园|银行|支行|分行|营业部|大队|支队|中队|(?<!学|本人|[其我])科(?![员目学技类])|(?<=[\u4e00-\u9fff]{2})股(?![东份票权民市金])|武装部|宣传部|组织部|(?:人事|人力资源|财务|销售|业务|市场|行政|工程|客服|客户服务|综合|法务|保卫|项目|服务|管理)部|(?:执法|巡逻|消防|车|维修|施工|抢修|工程)队|(?<=[\u4e00-\u9fff])(?<!家[\u4e00-\u9fff]?)厂(?=[（(电：:\s，,])|驾校|(?:档案|图书|博物|文化|纪念|展览|科技|殡仪|使|领事|总领)馆|(?:服务|办事|办税)大厅|(?:零工|人力资源|劳务)市场|零工驿站|长者餐厅|该(?:馆|所|院|局|中心|公司)|管理处|(?:服务|管理|兽医|农技|农机|农经|水利|文化|林业|畜牧|财政|环卫|执法|工作|监测|检测|检查|救助|供应|收购|加油|卫生|防疫|植保|气象|水文|派出|护士|统计)站|窗口|协会|基金会|(?:合作|供销)社|(?:低保|征收|拆迁|扶贫|信访|综治|社保|医保|文明|党政|老干|统战|招生|防汛|创卫|棚改)办(?![理法公事])|(?:合作)?联社|(?:卫生|医务|听证|调解|接待|调度|传达)室|(?<=[\u4e00-\u9fff]{2})(?:管理|环卫|监管|财政|林业|水利|农技|经管|税务|国土|规划|交管|工商|资源|监督)所|(?:运管|路政)所|单位|机关|(?<!村民)小组|(?:体检|专案|工作|调查|巡察|巡视|督导|督查|检查|评审|考核|考察|联络|领导|指导|协调|救援|应急|专家|评估|验收|核查|清算)组|(?:签约|服务|医疗|医生)团队|物业|开发商|指挥部|人武部|仲裁院|仲裁委|厂里|厂方|营业厅|海关|供电所|助餐点|招聘办|(?:报名|受理|服务|办理|咨询|接待|代办|联络|联系)点|联络站|(?:代表|委员)工作室|专班|联合会|食堂|店方|(?:复议|行政|管理|监管|服务|托管|养老|培训|评估|鉴定|中介|金融|办理|受理|承办|经办|普查|调查|统计)机构)/g,
);

/** A name that ends as an organisation's (长春市绿园区住建局, 镇敬老院, …粮油经营部, …有限公司). */
export const ENDS_AS_ORGANISATION = new RegExp(`(?:${ORGANISATION.source}|经营部)$`);

/**
 * Words that name a private party, counted as mentions of a person (诉求人地址：…，联系电话…), a relative who
 * opens a clause (…值班电话…，其妻在家照看孩子，电话…), and a name already masked (黄某（电话：…）).
 */
export const PARTY =
  /(?:(?<!被)申请人|当事人|诉求人|来信人|来电人|来访人|信访人|反映人|(?<!被)投诉人|(?<!被)举报人|留言人|网友(?=回复|称|说|表示|追问|反映)|被征收人|户主|车主|犬主|驾驶人|原告|上诉人|申请执行人|(?<!举报\s?)被执行人|被询问人|被调查人|受送达人|被传唤人|受托人|收件人|本人|职工|经营者|应聘者|其(?=名下|本人)|(?<=^|[，,；;。\s])(?:(?:其|之)(?:妻|夫|子|女|父|母|兄|弟|姐|妹|孙|侄)|(?:其|之|他的?|她的?)?(?:妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|姐姐|弟弟|妹妹|孙子|孙女|侄子|侄女|外甥|岳父|岳母|公公|婆婆|老伴|爱人|家属|亲属|邻居))|我|你(?![局委办院厅部司处所们]|单位)|您(?!单位)|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]某某?(?=[（(，,、：:；;）)\s]))(?![\u4e00-\u9fff]*(?:公司|单位))/g;

/** An organisation's own number in brackets right after its name (…信访局（0794-8213075）). */
const OWN_LINE_AFTER =
  /^(?:有限责任公司|有限公司|分公司|公司)?[（(](?:(?:单位|办公|联系|值班)?电话)?[：:]?\s*[+\d][\d\s\-－—–]{6,}[）)]/;

/** A line that is one field of a form: a short label and a colon, or a label cell of a table. */
const FORM_FIELD = /^\s*[\u4e00-\u9fff]{2,8}[：:\t]/;

/** A clause giving where a person lives: an organisation named in it is part of the address (住…村委会下园村12号). */
const HOME_CLAUSE = /^\s*其?(?:住址|家庭住址|现住址|住所|户籍地|家住|现住|居住|住)/;

/** A clause giving where a person works. */
const EMPLOYER =
  /^\s*(?:原|现)?(?:工作单位|所在单位|就职单位|任职单位|(?:任职)?受雇单位|执业单位|单位名称|(?:现)?(?:就职|任职|供职|工作)于)/;

/** A desk in a company, in brackets after a name (孔丽萍（公司办公室）, 彭小琴（财务，…）, 钱慧（人事专员）). */
const COMPANY_DESK_AFTER =
  /^[（(](?=[\u4e00-\u9fff]{2})(?:公司|企业|单位)?(?:办公室|财务|人事|行政|综合部|人力资源部|财务部|人事部|行政部)?(?:专员|主管|经理|会计|出纳|文员)?[，,）)]/;
/** An organisation's contact, named as such (招标代理机构联系人：…, 中标候选人联系人：…, 村党总支部联系人：…, 清算组负责人：…). */
const ORGANISATIONS_CONTACT =
  /(?:(?:招标人|采购人|代理机构|供应商|候选人|投标人|项目|机构|党总支部?|党支部|党委|村委会?|居委会)联系人|清算组(?:负责人|联系人))[：:为\s]*$/;
/** What stands before a name that speaks for an organisation: its office, or 法定代表人/负责人. */
const STAFF_BEFORE = new RegExp(`(?:(?:${ORGANISATION.source})\\s?|(?:法定代表人|负责人)[：:\\s]*)$`);

/** An organisation a person belongs to, said as what they are (系区住建局退休干部, 某公司职工). */
const MEMBER_AFTER =
  /^[（(]已?(?:退休|离休|离职|退职|下岗)[）)]|^已?(?:退休|离休)(?=[\t\s，,；;]|$)|^(?:的)?(?:退休|离休|在职|专职|兼职|实习)?(?:职工|员工|职员|干部|工人|教师|医生|护士|护工|学生|律师|司机|驾驶员|保安|保洁员?|厨师|会计|出纳|收银员|营业员|售货员|店员|技术员|临时工|合同工|(?:(?:人事|财务|行政|销售|人力资源)部?)?经理)/;
/** A place someone works, studies or lies in, said with 在 (在市第一人民医院做护工, 在…有限公司上班, 在县医院住院). */
const PLACE_OF = /在[\u4e00-\u9fff（）()]{0,16}$/;
const DOES_THERE = /^[\u4e00-\u9fff]{0,4}?(?:工作|上班|做工|做|当|任职|就读|读书|上学|打工|务工|住院|实习|值夜班|退休)/;
/** A public body, where those who work are officials in their duties. */
const PUBLIC_BODY = /[党区市县镇乡]委|政府|人大|政协|纪委|监委|局|法院|检察院|派出所|司法所|街道|办事处|机关/;
/** What is said before a school someone attends (读, 上了, 考入, 就读于 and the school's name). */
const STUDIES_AT = /(?:读|上了?|考上|考入|就读于?)[\u4e00-\u9fff]{0,8}$/;
/** Where a recruit is to go (拟聘用到, 分配至, 录用到, 派往 and the organisation's name). */
const ASSIGNED_TO = /(?:聘用到|聘用至|分配到|分配至|录用到|录用至|聘到|派往|派驻到)[\u4e00-\u9fff]{0,12}$/;
/** An organisation a person turns to (王建国向区信访局反映): the one who speaks owns what follows. */
const PETITION_AFTER = /^(?:反映|提出|申请|投诉|举报|递交|提交|求助|咨询|信访|报送|报告|备案|登记)/;

/**
 * An organisation named in brackets after a person, as their affiliation (韦卓然（律师，广西柳江律师
 * 事务所，电话…）, 宗政良律师（重庆渝律律师事务所，电话…）): the person's details follow.
 */
function affiliation(text: string, names: readonly NameSpan[], from: number, orgStart: number): boolean {
  // (Brackets of either width: the numbers are read from a half-width copy. Looked for within the
  // sentence only, so a long text without brackets is not searched back to its start each time.)
  const within = text.slice(from, orgStart);
  const open = from + Math.max(within.lastIndexOf('（'), within.lastIndexOf('('));
  if (open < from || /[）)]/.test(text.slice(open, orgStart))) return false;
  // (A public body in the brackets is the official's office: 次仁罗布（城关区市场监管局信用监管科）.)
  const inside = text.slice(open + 1, orgStart + 6);
  if (
    /局|科|委员会|政府|法院|检察院|派出所|监管所|司法所|街道|社区|服务站|网格/.test(inside) &&
    !/律师|公司|事务所/.test(inside)
  )
    return false;
  return lastNameBefore(names, open)?.end === open || /律师$/.test(text.slice(open - 2, open));
}

/**
 * An organisation a person turns to (王建国向区信访局反映, 申请人向本机关提出): the person, named right
 * before 向, owns what follows; an instruction to the reader (请向区文明办反映) names the office's.
 */
function petitioned(
  text: string,
  names: readonly NameSpan[],
  clauseStart: number,
  orgStart: number,
  orgEnd: number,
): boolean {
  const near = Math.max(clauseStart, orgStart - 12);
  const to = near + text.slice(near, orgStart).lastIndexOf('向');
  if (to < near || !PETITION_AFTER.test(text.slice(orgEnd, orgEnd + 4))) return false;
  return (
    lastNameBefore(names, to)?.end === to ||
    // (…or the clause goes on about the person of the one before: …出租给务工人员，未向公安机关报送….)
    /^\s*(?:未|已|没有|并未|也未|及时|主动|曾|多次)$/.test(text.slice(clauseStart, to)) ||
    /(?:申请人|当事人|来信人|投诉人|举报人|反映人|本人|我)$/.test(text.slice(to - 3, to))
  );
}

/** A complaint's verb and what it is about, up to an organisation (反映某物业公司, 投诉区第一中学); not 反映的问题由…. */
const COMPLAINS_OF = /(?<!被)(?:反映|投诉|举报|控告|起诉|状告)(?![的人])[^，,；;。的由经转交向]{0,10}$/;
/** Who complains, right before the verb: a private party's word (市民, 来电人, 我). */
const COMPLAINANT =
  /(?:市民|村民|居民|群众|网友|业主|(?<!被)申请人|来电人|来信人|来访人|信访人|留言人|诉求人|当事人|本人|我)(?:多次|曾|再次|来电|来信|致电|电话|称|通过[^，,]{0,8})?$/;

/**
 * An organisation a person complains of (市民王建国反映某物业公司未及时维修电梯，联系电话…; 来电人投诉区
 * 第一中学乱收费): the one complained of owns nothing the complaint goes on to give; the one who
 * complains does.
 */
function complainedOf(text: string, names: readonly NameSpan[], clauseStart: number, orgStart: number): boolean {
  const verb = COMPLAINS_OF.exec(text.slice(clauseStart, orgStart));
  if (!verb) return false;
  const verbAt = clauseStart + verb.index;
  const name = lastNameBefore(names, verbAt);
  return (
    (name !== undefined &&
      name.start >= clauseStart &&
      /^(?:多次|曾|再次|来电|来信|致电|称)?$/.test(text.slice(name.end, verbAt))) ||
    COMPLAINANT.test(text.slice(clauseStart, verbAt))
  );
}

/** An office that acts on a person's matter, said with 由 or 经 (由越城区人民调解委员会转来, 经桃城区残联审核). */
const AGENT_BEFORE = /(?:由|经)[^，,；;。：:\t]{0,20}$/;
const AGENT_ACTS =
  /^\s?(?:转来|转交|转办|转送|登记|审核|审批|审查|核实|核定|核准|受理|调解|介绍|推荐|认定|确认|颁发|出具|发放|批准|备案)(?![（(])/;

/**
 * An office said to act on a person's matter (申请人：沈国良，…，由越城区人民调解委员会转来，联系电话…; …56号 经桃城区残联
 * 审核 0318-…), the person named before 由 or 经: the office is no owner of what follows. (Not its own line
 * given in brackets after the act: …已由…局受理（0633-8213 640）.)
 */
function actsForPerson(
  names: readonly NameSpan[],
  sentence: string,
  from: number,
  clauseStart: number,
  orgStart: number,
  orgEnd: number,
): boolean {
  const agent = AGENT_BEFORE.exec(sentence.slice(clauseStart, orgStart));
  if (!agent || !AGENT_ACTS.test(sentence.slice(orgEnd, orgEnd + 4))) return false;
  return (lastNameBefore(names, from + clauseStart + agent.index)?.start ?? -1) >= from;
}

/** The cells a row may open with before its person: a serial, a case's, a file's or a licence's number (GK2025-031, 阜交罚〔2026〕1174号). */
export const ROW_SERIALS = /^(?:[^\t\n]{0,24}\d[^\t\n]{0,24}\t){0,2}$/;

/**
 * Whether the table row around `index` opens with a person's name (perhaps after its number). The
 * row's start is looked for within ROW_REACH characters only: a text of one endless line must not be
 * searched back to its start for every detail in it.
 */
const ROW_REACH = 300;
function personRow(text: string, names: readonly NameSpan[], index: number): boolean {
  const from = Math.max(0, index - ROW_REACH);
  const newline = text.slice(from, index).lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const rowStart = from + newline + 1;
  const first = firstNameFrom(names, rowStart);
  if (!first || first.start >= index) return false;
  return ROW_SERIALS.test(text.slice(rowStart, first.start).trimStart()) && /^[\t\s（(]/.test(text[first.end] ?? '\t');
}

export type Owner = 'person' | 'organisation' | undefined;

/** How far back, within the sentence, a mention is looked for. */
const REACH = 100;

/**
 * The owner of a detail at `index` (its label starting at `labelStart`): the nearer of the last
 * person and the last organisation mentioned before the label in the sentence; when neither is,
 * the first one mentioned after the detail (寄送地址：…，收件人蒯志平).
 */
export function ownerOf(text: string, labelStart: number, index: number, names: readonly NameSpan[]): Owner {
  return ownerBefore(text, labelStart, names) ?? ownerAfter(text, index, names);
}

export function ownerBefore(
  text: string,
  index: number,
  names: readonly NameSpan[],
  lines = 0,
  // (Whether the detail is a number: carried back to the sentences before, where the text at `index` is a stop.)
  aNumber = /[+(（\d]/.test(text[index] ?? ''),
): Owner {
  // Back to the start of the sentence, at most REACH characters (searched within that window only,
  // so a text without full stops is not scanned again for every detail).
  let from = Math.max(0, index - REACH);
  const window = text.slice(from, index);
  from += Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n')) + 1;
  let organisationEnd = -1;
  const sentence = text.slice(from, index);
  for (const m of sentence.matchAll(ORGANISATION)) {
    // A person's employer, given as one of their particulars, is not an owner (工作单位：X公司), nor
    // an organisation named in their home address.
    // (In a table the label is the cell before: 工作单位 | X公司.)
    const head = sentence.slice(0, m.index);
    // (Fields of a form set apart by wide spaces are clauses too: 姓名：X, 工作单位：无, 地址：… in one line.)
    const clauseStart = head.search(/[；，;,\t\u3000][^；，;,\t\u3000]*$/) + 1;
    const cellBefore =
      head[clauseStart - 1] === '\t' ? head.slice(0, clauseStart - 1).search(/[；，;,\t][^；，;,\t]*$/) + 1 : -1;
    const end = m.index + m[0].length;
    // An organisation named right before the number's label owns it, whatever it is to a person named
    // before (所在单位荆州市公共交通集团有限公司电话…, 马钢生活服务部电话…).
    // (Not 单位 alone: 工作单位电话 is the person's line at work.)
    // An organisation given its own number in brackets has been answered for: a later number in the
    // sentence is not its own (…已联系区法院（0816-2257310），可按你登记的陪护电话0816-…); its mailbox may be.
    if (aNumber && OWN_LINE_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const labelsTheNumber =
      m[0] !== '单位' &&
      /^的?(?:联系|办公|值班|咨询|监督|举报|投诉|推荐)?(?:电话|座机|总机|号码)(?:号码?)?[：:\s]*$/.test(
        sentence.slice(end),
      );
    if (
      !labelsTheNumber &&
      // (An organisation asked about is none in particular: 应该去哪个学校报名？)
      (/(?:哪个|哪家|哪所|什么)$/.test(sentence.slice(Math.max(0, m.index - 2), m.index)) ||
        // (A road, an estate or a 街道 named after one is a place: 科苑南路, 党校小区, 学院街道; not a 街道 named
        // after it: 承办单位什刹海街道.)
        // (…but not where it is said to stand: 指挥部设于路口板房.)
        /^(?:(?![设位坐]于|在)[\u4e00-\u9fff]{0,3}(?:路|街(?!道)|巷|大道|花园|小区|新村)|街道)/.test(
          sentence.slice(end, end + 5),
        ) ||
        // (…nor its housing or a spot beside it: 贵糖集团宿舍, 厂家属院, 村委会旁, 保障房公司的公租房; nor a title in
        // quotation marks: “政府开放日”.)
        /^的?(?:职工)?(?:宿舍(?!电话)|家属[院区楼]|生活区|旁|附近|对面|隔壁|[公廉]租房|住房|房子|门面|商铺|铺面|摊位)/.test(
          sentence.slice(end, end + 5),
        ) ||
        (/“[^”]{0,8}$/.test(sentence.slice(0, m.index)) && /^[^“”]{0,8}”/.test(sentence.slice(end))) ||
        // (…nor the name of the form a person fills in: 政府信息公开申请表 | 联系电话 | ….)
        /^[\u4e00-\u9fff]{0,8}(?:申请表|登记表|申报表|申请书)/.test(sentence.slice(end, end + 12)) ||
        EMPLOYER.test(sentence.slice(clauseStart, end)) ||
        // (…fields of a form set apart by single spaces too: 姓名：X 工作单位：…保健院 联系电话：….)
        EMPLOYER.test(sentence.slice(clauseStart, end).replace(/^.*\s(?=[\u4e00-\u9fff]{2,6}(?:[：:]|$))/, '')) ||
        HOME_CLAUSE.test(sentence.slice(clauseStart, end)) ||
        // (…nor a village's committee that an address goes on past: …中庄村委会下营村15号, …沙坪村委会集贸市场内.)
        (/(?:村委会?|居委会|委员会)$/.test(m[0]) &&
          /^[\u4e00-\u9fff]{1,10}?(?:\d+号|[一二三四五六七八九十\d]+组|集贸市场|市场内)/.test(
            sentence.slice(end, end + 16),
          )) ||
        // (…nor a place inside a home named earlier in the clause: 从其住宅…3楼1号窗口私拉电线.)
        /(?:住宅|住所|住处|家中)[^，,；;。）)]*$/.test(sentence.slice(clauseStart, m.index)) ||
        // (…nor a home for the old someone lives in: 老人…人住敬老院.)
        (/(?:住|住在|住进|入住)[\u4e00-\u9fff]{0,8}$/.test(sentence.slice(clauseStart, m.index)) &&
          /[老福]院$/.test(m[0])) ||
        (cellBefore >= 0 && EMPLOYER.test(sentence.slice(cellBefore, end))) ||
        MEMBER_AFTER.test(sentence.slice(end, end + 8)) ||
        // (…nor a school someone attends: 儿子程浩读大学, 考入南京工业大学.)
        (/^(?:大学|学院|学校)$/.test(m[0]) && STUDIES_AT.test(sentence.slice(Math.max(0, m.index - 10), m.index))) ||
        // (…nor where a recruit is to go: 拟聘用到滨河镇中心小学, 分配到…医院.)
        ASSIGNED_TO.test(sentence.slice(Math.max(0, m.index - 16), m.index)) ||
        // (…nor where someone works, studies or lies: 在市第一人民医院做护工, 在…有限公司上班.)
        // (Not a public body an official works in: 李明同志在区委办公室工作，办公电话… is the office's.)
        (PLACE_OF.test(sentence.slice(clauseStart, m.index)) &&
          DOES_THERE.test(sentence.slice(end, end + 8)) &&
          !PUBLIC_BODY.test(sentence.slice(clauseStart, end)) &&
          !/同志/.test(sentence.slice(clauseStart, end))) ||
        affiliation(text, names, from, from + m.index) ||
        // (…nor one in a cell of its own in a person's row: 季晓霞 | 女 | 江苏医药职业学院 | 0515-…, not
        // 陆桂芬 | … | 村委会代收，电话….)
        // (A company's cell is the company's, though: 陆俊杰 | …科技有限公司 | 020-….)
        (head[clauseStart - 1] === '\t' &&
          sentence.includes('\t', end) &&
          !/公司|集团/.test(m[0]) &&
          personRow(text, names, from + clauseStart)) ||
        petitioned(text, names, from + clauseStart, from + m.index, from + end) ||
        complainedOf(text, names, from + clauseStart, from + m.index) ||
        // (…nor an office said to act on the person's matter, where a person was named before it.)
        actsForPerson(names, sentence, from, clauseStart, m.index, end) ||
        plateCompany(sentence, m.index, end) ||
        particularOfPerson(text, names, from + clauseStart, from + end, index) ||
        // (…nor 单位 as a form's field label: 诉求人：冯雪梅，单位：…小学，联系电话….)
        (m[0] === '单位' && /^[：:]/.test(sentence.slice(end)) && /^\s*$/.test(sentence.slice(clauseStart, m.index))))
    )
      continue;
    organisationEnd = from + m.index + m[0].length;
  }
  // (In 行政复议 and 依申请公开 papers the 被申请人 is the agency: 被申请人联系人电话….)
  for (const m of sentence.matchAll(/被申请(?:人|单位)/g))
    organisationEnd = Math.max(organisationEnd, from + m.index + m[0].length);
  const last = lastNameBefore(names, index);
  let personEnd = last && last.start >= from ? last.end : -1;
  // A name given with its office (联系人：宣传处刘海燕, 待遇保障科 刘思远) or as a company's
  // representative (有限公司，法定代表人：冼江山) speaks for the organisation.
  // (A number spoken of after its bank, 中国建设银行 | 6217…, is still the person's.)
  if (
    personEnd >= 0 &&
    organisationEnd >= 0 &&
    // (…a name, not a number or a home: 江苏医药职业学院 | 盐城市…27号 is a student's school and home.)
    /\D/.test(text[last!.start] ?? '') &&
    last!.end - last!.start <= 8 &&
    !/\d/.test(text.slice(last!.start, last!.end)) &&
    STAFF_BEFORE.test(text.slice(Math.max(from, last!.start - 12), last!.start))
  )
    organisationEnd = Math.max(organisationEnd, personEnd);
  // …and so does one given with their desk in a company, or as its legal representative, where the company was
  // named lines before (联系人：孔丽萍（公司办公室），电话…; 彭小琴（财务，电话…）; 法定代表人：逄树林 联系电话：…).
  if (
    personEnd >= 0 &&
    (COMPANY_DESK_AFTER.test(text.slice(personEnd, personEnd + 16)) ||
      ORGANISATIONS_CONTACT.test(text.slice(Math.max(from, last!.start - 12), last!.start)) ||
      // (…not one still to be named, who applies in their own right: 拟任法定代表人蒋文明，联系电话….)
      (/(?<!拟任?)法定代表人[：:\s]*$/.test(text.slice(Math.max(from, last!.start - 8), last!.start)) &&
        /^[\s\u3000，,；;]*(?:联系)?电话[：:\s]*$/.test(text.slice(personEnd, index))))
  )
    organisationEnd = Math.max(organisationEnd, personEnd);
  // (A party the notice asks to act is its reader, not the owner: 请车主…自行处理；联系电话….)
  for (const m of text.slice(from, index).matchAll(PARTY))
    if (text[from + m.index - 1] !== '请') personEnd = Math.max(personEnd, from + m.index + m[0].length);
  if (personEnd < 0 && organisationEnd < 0) {
    // A field of a form (联系电话：…) on its own line belongs to whoever the lines above are about;
    // a sentence naming nobody, to whoever the sentence before it in the paragraph is about
    // (聂晓军遗失…，声明作废。联系电话：…).
    const lineStart = from;
    if (lines >= 3) return undefined;
    if (text[lineStart - 1] === '\n' && FORM_FIELD.test(text.slice(lineStart, index))) {
      const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
      // (…not after a table's last row (three cells or more, none of them a form's field), which the field is no
      // cell of: the table has ended, and what follows is
      // the document's own, as it is after the date it is signed on: …人民政府 | 2026年7月2日 | 地址：… 电话：….)
      if (
        (above.split('\t').length >= 3 && !/[：:]/.test(above) && !text.slice(lineStart, index).includes('\t')) ||
        DATE_LINE.test(above) ||
        // (…and so is a field under the line that names a company's legal representative: 法定代表人：任宝林 | 地址：….)
        /^\s*(?:法定代表人|法人代表)[：:]/.test(above)
      )
        return 'organisation';
      return ownerBefore(text, lineStart - 1, names, lines + 1, aNumber);
    }
    if (text[lineStart - 1] === '。') return ownerBefore(text, lineStart - 1, names, lines + 1, aNumber);
    return undefined;
  }
  return personEnd > organisationEnd ? 'person' : 'organisation';
}

/**
 * A person's own organisation given as one of their particulars, in a clause of its own right after
 * their name and right before the line (读者来信：杨建新，曲靖市麒麟区第一中学，电话…; 竞买人付小军，都匀市一家
 * 汽修厂，电话…): where the person is, not who answers.
 */
function particularOfPerson(
  text: string,
  names: readonly NameSpan[],
  clauseStart: number,
  orgEnd: number,
  index: number,
): boolean {
  const name = lastNameBefore(names, clauseStart - 1);
  if (!/[，,]/.test(text[clauseStart - 1] ?? '') || name?.end !== clauseStart - 1) return false;
  return (
    // (An office's contact named with their office is its staff: 联系人：张明，区民政局，电话….)
    !/(?:联系|负责|经办|承办|办理)人[：:\s]*$/.test(text.slice(Math.max(0, name.start - 6), name.start)) &&
    /^\s*(?:(?:工作)?单位[：:])?[^，,；;：:向到至在给对与和及由经]+$/.test(text.slice(clauseStart, orgEnd)) &&
    /^[，,]\s*(?:联系)?(?:电话|座机)[：:\s]*$/.test(text.slice(orgEnd, index))
  );
}

/** A vehicle's company in brackets after its plate (…浙K·2T608（…汽车租赁有限公司）|联系电话…): says whose the vehicle is, not the line. */
function plateCompany(sentence: string, start: number, end: number): boolean {
  const open = Math.max(sentence.lastIndexOf('（', start), sentence.lastIndexOf('(', start));
  if (open < 0 || /[）)]/.test(sentence.slice(open, start))) return false;
  if (!/[A-Z][·•・.\s]?[A-Z0-9]{5,6}$/.test(sentence.slice(Math.max(0, open - 9), open))) return false;
  const close = sentence.slice(end).search(/[）)]/);
  return close >= 0 && !/[（(]/.test(sentence.slice(end, end + close)) && end + close < sentence.length - 1;
}

function ownerAfter(text: string, index: number, names: readonly NameSpan[]): Owner {
  let to = Math.min(text.length, index + REACH);
  const sentence = text.slice(index, to).search(/[。\n]/);
  if (sentence >= 0) to = index + sentence;
  const organisation = text.slice(index, to).search(ORGANISATION);
  const next = firstNameFrom(names, index);
  const person = next && next.start < to ? next.start - index : -1;
  if (person < 0 && organisation < 0) return undefined;
  if (person < 0) return 'organisation';
  if (organisation < 0) return 'person';
  return person < organisation ? 'person' : 'organisation';
}

/** The last name ending at or before `index` (names are in order): a binary search, not a scan. */
export function lastNameBefore(names: readonly NameSpan[], index: number): NameSpan | undefined {
  let lo = 0;
  let hi = names.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end <= index) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 ? names[last] : undefined;
}

/** The first name starting at or after `index`. */
export function firstNameFrom(names: readonly NameSpan[], index: number): NameSpan | undefined {
  return names[firstNameIndexFrom(names, index)];
}

/** The position in `names` (in order of start) of the first name starting at or after `index`. */
export function firstNameIndexFrom(names: readonly NameSpan[], index: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A form's label for an organisation (工作单位 | …, 推荐单位 | …), no organisation itself. */
const FIELD_LABEL =
  /^(?:工作|所在|推荐|申报|用人|原工作|现工作|服务|受理|办理|承办|接收|送达|发证|登记|主管|管理|就读)?(?:单位|机构|机关|部门|学校)(?:名称)?[：:]?$/;
/** How many of a row's first cells may hold it. */
const HOLDER_CELLS = 8;

/**
 * A table row held by an organisation where a person's would stand: under the name column (被征收人 |
 * …社区居民委员会 | 土桥街51号), or opening the row after its number (7 | 茅箭区社会福利院（集中供养） | … |
 * 人民北路71号), with no person named in the row outside that cell (…律师事务所（代理人贺兰香） is the firm's).
 * The row's address and telephone are the organisation's.
 */
export function organisationHoldsRow(
  text: string,
  layout: Layout,
  rowStart: number,
  rowEnd: number,
  names: readonly NameSpan[],
): boolean {
  let holder: { start: number; end: number } | undefined;
  let firstText: { start: number; end: number } | undefined;
  // (The holder stands among the row's first cells: a long row is not walked to its end for every number in it.)
  for (let at = rowStart, cells = 0; at <= rowEnd && cells < HOLDER_CELLS; cells++) {
    const tab = text.indexOf('\t', at);
    const end = tab < 0 || tab > rowEnd ? rowEnd : tab;
    const cell = { start: at, end };
    const kind = layout.cellAt(at)?.kind;
    if (kind === 'name') holder = cell;
    else if (!firstText && !/^[\s\d.、\-—/]*$/.test(text.slice(at, end))) firstText = cell;
    // (Under no header, the first cell that is no number holds the row.)
    if (holder || end === rowEnd || (firstText && kind === undefined)) break;
    at = end + 1;
  }
  holder ??= firstText;
  if (!holder) return false;
  const cell = text.slice(holder.start, holder.end).trim().replace(/^"|"$/g, '');
  // (Not a sole trader's business, which is the keeper's (…粮油经营部（个体，经营者向红梅）), nor a form's label (工作单位 | …).)
  if (/个体|经营者|业主|店主/.test(cell) || FIELD_LABEL.test(cell)) return false;
  const written = cell.replace(/[（(][^（）()]{1,16}[）)]$/, '');
  if (!/^[\u4e00-\u9fff（）()]{4,30}$/.test(written) || !ENDS_AS_ORGANISATION.test(written)) return false;
  for (let k = firstNameIndexFrom(names, rowStart); k < names.length && names[k]!.start < rowEnd; k++)
    if (names[k]!.start >= holder.end || names[k]!.end <= holder.start) return false;
  return true;
}
