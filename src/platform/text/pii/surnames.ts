import { Chars } from './words.js';

/**
 * Chinese surnames, for telling a person's name from other words: the single-character surnames
 * of the population register (the 400 or so that cover nearly everyone, from the 百家姓 and the
 * 2020 census lists) and the compound ones still in use. A name is a surname and one or two more
 * characters (two or three after a compound surname).
 *
 * Left out on purpose: characters that are surnames in principle but almost always something else
 * in government writing (年, 有, 法, 第, 本, 该, 其, 以); 于, 和, 向 … are kept and judged
 * by context like every other (names.ts), and the WEAK_SURNAMES only where the text says a person.
 */
export const COMPOUND_SURNAMES = [
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
  '申屠',
  '公孙',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '澹台',
  '公冶',
  '太史',
  '闻人',
  '濮阳',
  '万俟',
  '钟离',
  '赫连',
  '左丘',
  '东郭',
  '拓跋',
  '单于',
  '宗政',
  '司空',
  '亓官',
  '乐正',
  '淳于',
  '梁丘',
  '段干',
  '东门',
  '公羊',
  '谷梁',
  '羊舌',
  '微生',
  '即墨',
  '鲜于',
  '巫马',
  // Yi clan names (Liangshan), written before the given name like a surname: 吉克阿呷, 沙马拉古.
  '吉克',
  '沙马',
  '阿西',
  '海来',
  '曲比',
  '俄木',
  '吉伍',
  '勒格',
  '阿苏',
  '瓦扎',
  '阿约',
  '日火',
  '俄底',
];

const SINGLE =
  // The 100 most common, about 85% of the population.
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  // The next 300 or so.
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  '钮裘诸濮宓芮郁蒯谌郜闻鞠浦杭贡眭糜嵇茅虞劳匡井都伏扈厉储逯郦冀胥晁秋乐奚钭鄢郗阎越仝洪帅雍竺' +
  '揭权逄盖后桓檀羊舍拓爱戈卓蔺屠蓬伊宣惠暴索咸籍赖卓赏阚恽衡宦言衣弓于丘羿储靖汲怀禹富巴牧隗车谈' +
  '鄂亢况琴归海晋楚闫汝鄞涂钦缑亓督须丰巢关蒯相查荆红游竺权逯盖益桓仉督岳帅缑亢况郈琴商牟佘佴伯赏墨哈谯笪爱阳佟' +
  '练粟母阙栗邰展晏柏冼茹刑宿叶洑荀綦宓戎祖束谷厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红萧' +
  '甘贝阎皮寿邴仇隆殳利闫郏丘韶郎禄奉迮郇燕承鲜弘傅花云凤强危支昝贲滑封松乌班幸薄印苍双扶堵宰慕习容慎庾暨居满广蔚湛狄廉酆步计门於朴' +
  // Surnames of the Hui, Yi, Dai and Naxi and of Zhejiang and Shandong that the lists above leave out.
  '喇锁虎撒粘刀矫楼纳代' +
  // Regional ones: 操 (Anhui), 禚 (Shandong), 妥 (Gansu Hui), 普 (Yunnan Yi), 卿 (Sichuan),
  // 蹇 (Guizhou), 斯 (Zhejiang), 官 (Fujian), 冮; 占 stays out: too often a word (占道经营).
  '操禚妥普卿蹇斯官冮' +
  // 郄 (Hebei, Shanxi) and 冒 (Rugao, Jiangsu), seldom anything else in writing; 雒 (Shaanxi, Gansu),
  // 琚, 邸 (Hebei), 沐 (Sichuan, Yunnan), 植 (Guangdong), 庹 (Hubei, Sichuan), 旷 (Hunan), 漆 (Sichuan).
  '郄冒雒琚邸沐植庹旷漆' +
  // 禤 (Guangdong, Guangxi), 蓟, 尧, 渠 (Shanxi), 仰, 莘, 璩, 泮 and 夔, seldom anything else.
  '禤蓟尧渠仰莘璩泮夔' +
  // 寸 (Tengchong, Yunnan) and 甯 (an old form of 宁 kept in registers), 鹿, 么 (Tianjin, Hebei),
  // 朵 (Qinghai), 贠 (Shaanxi) and 杞, seldom anything else.
  '寸甯鹿么朵贠杞' +
  // 俸 (Guangxi, Yunnan), 缐 (Yunnan, Gansu), 菅 (Shandong, Hebei) and 訚 (Liaoning, Hunan), seldom anything else.
  '俸缐菅訚' +
  // The WEAK_SURNAMES below.
  '区者字招冶岩玉木种过望线智豆火修崇税南国铁东但卯代资保公尉来山呼鱼阴折能通别沃敬初战仓原疏凡忻畅陇竹宾磨伦盘玄敏侬肇银矣';

/**
 * Surnames of whole regions (区 and 招 in Guangdong, 者 and 字 among the Yi and Bai of Yunnan, 冶 among the Hui of
 * Gansu and Qinghai, and 敏 among them too: 敏感, 过敏), 侬 among the Zhuang (侬家, 你侬我侬), the Dai name markers 岩
 * (men) and 玉 (women), the Naxi 木, 南 among the Koreans of Yanbian (and 玄: 玄武区, 玄机 are words) and 铁 and 肇 among
 * the Manchu (肇事, 肇庆), and rare surnames that are everyday words (种植, 通过, 希望, 线上, 智能, 豆腐, 火灾, 修建, 崇高,
 * 税务, 国家, 东部, 但是, 卯时, 代发, 资金, 保障, 公司, 来源, 山区, 通过, 敬老, 初审, 战斗, 仓库, 原告, 疏散, 凡是, 畅通,
 * 陇南, 竹林, 宾馆, 磨损, 伦理 …; 宾 of Hunan, 磨 of Guangxi, 伦 of Guangdong, 盘 of the Yao: 盘点, 盘查, 盘锦), 忻 of
 * Ningbo (忻州, 忻府区 are places), 银 of Hunan and Guangxi (银行, 银川), 矣 of the Yi of Yunnan (矣六街道 is a place),
 * and the Manchu 那 (那辆, 那里, 那些): a name with one is believed only where a label, a role, a list, a table or a sex
 * says a person.
 */
export const WEAK_SURNAMES: ReadonlySet<string> = new Set([
  ...'区者字招冶岩玉木种过望线智豆火修崇税南国铁东但卯代资保公尉来山呼鱼阴折能通别沃敬初战那仓原疏凡忻都畅陇竹宾磨伦盘玄敏侬肇银矣',
]);

/** The 100 most common single-character surnames (about 85% of the population). */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set([...SINGLE.slice(0, 100)]);

/** Every single-character surname, once. */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set([...SINGLE]);

const COMPOUND_FIRSTS = new Chars(COMPOUND_SURNAMES.map((s) => s[0]!));
/** The same, looked up by character code (asked at every position of a text). */
export const SINGLE_SURNAME_CHARS = new Chars(SINGLE);

/** The surname a name starts with: compound first (欧阳 in 欧阳修文), else one character, else none. */
export function surnameOf(name: string): string | undefined {
  // (The compound surnames are looked through only when the first character begins one: this is
  // asked for every candidate of every text.)
  const compound = COMPOUND_FIRSTS.at(name, 0) ? COMPOUND_SURNAMES.find((s) => name.startsWith(s)) : undefined;
  if (compound) return compound;
  return SINGLE_SURNAME_CHARS.at(name, 0) ? name[0] : undefined;
}
