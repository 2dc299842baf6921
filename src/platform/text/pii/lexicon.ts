import { dict } from '@node-rs/jieba/dict.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAME_CHARS } from './surnames.js';
import { Chars } from './words.js';

/**
 * What tells a name from a word when nothing around it does.
 *
 * - Given-name characters: the characters Chinese given names are mostly made of (伟 芳 秀 英 建 国
 *   晓 婷 …, about 700 of them, from the common given-name lists). A surname followed by two of
 *   them (钮建平, 巩立强) is very likely a person; a surname followed by other characters (陈述,
 *   高度) very likely not.
 * - Words: jieba's dictionary (the one search already segments with) knows the common words that
 *   begin with a surname character — 文明, 支付, 单位, 陈述, 简介 — and almost no ordinary person's
 *   full name; and the frequent two-character words a surname character may be glued to (江苏大学
 *   is not 苏大学) or followed by (苏+大学). Only those are kept, once first asked for.
 */
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红金凤文斌海燕晓东春梅立新宏亮龙飞云鹏辉林峰波宁俊浩宇轩涵欣怡婷雪琳佳嘉子梓雨诗思梦家昊天博凯鑫晨阳瑞泽航铭睿逸翔旭彬豪辰雯萱琪璐颖慧淑珍琴荣根宝福生祥德兴发财贵妹娣仙珠芬芝萍菊莲' +
  '永康安庆喜成元有义忠信仁孝良善忠君臣友朋光荣耀祖继承先进卫兵武胜利和顺富强民主爱心恩惠美好丹青白玉秋冬夏冰清洁纯真诚实正直方圆长远大小中晶莹琦琼瑶瑾瑜璇玲珊珏环璋' +
  '梁栋材楠松柏杨桐枫榕森楷檀樱桃李杏棠荷兰芸芳芮芷苗苒若茜茹荔莉莎菲萌葳蓉蓓蕾薇蕊藻' +
  '子梓紫姿宇宙宏宽容宸寒寿尧岚峥峻崇嵘川州巍帆希帅常庭康弘强彤彦彩彪征德心忆志忠念恒恺悦惠慧' +
  '怡恬悠情惜愉意慈懿成戈承振捷敬斐斯新旭昂昆昊昌明易昕星春昱晋晖晗晟晨景智暄曦曼月朋朗望朝' +
  '杰松林栋树梅森楚欢正武毅民永汉江池沐沛沫河泉泊法波泰泽洁洋洪浩海涛润淳清渊源溪滨漫潇澜澄瀚' +
  '炎炜烁烨然照熙燕爽玥珂珍璟瑞瑶璐生甜田甫男畅皓益盈真睿瞻知石硕磊祥祯福禧秀秋程稳立竹笑筠' +
  '粲素紫红纯维绍缘羽翔翠耀聪胜舒航良艳芊芝芬苑茂茵荣莹菁萍蒙蔚蕙薰虹蜜行衡裕西言诚诗语谦豪' +
  '贞贤贵赛赫超越跃轩辉达迈远迎进连道遥邦郎醇金鑫钧铭锋锐镇长闻阳阶隆雁雄雅雨雪霖霞露青靖静韦韬' +
  '韵顺颖飞香馨骏高鸣鸿鹏鹤麒黎鼎龙阿大二三四五六七八九十小老毛根宝囡娟媛娥婉婵嫣娴婕娅嫦姗姣' +
  '健康宁泰祺瑛琛琰琬瑗璞瑄珺琨珑琳琴瑟钰铄锦镭斌彬杉樵柯楠栩桦梧棣橙榆槿梵雯霏霓霄霁凌冉凯' +
  '勤励劲勋勃卓博卫厚友双吉同向启君咏哲唯善嘉圆坚坤培基堂增壮士声夫奇奕奎奋妍妙婧媚孜孟学宁守' +
  '定宜宝实宣宪宸富寅寰尚尧峰崧巧帆平年广庄庚府弘张强彤彭徽忠恩悟惟愈慎慕懋戎扬抒拓招择政敏' +
  '敦敬文斌方旺昀昭晓晴暖曙曜朔权来杭松极栋桂格桢梦棋椿楷榕横欧歆毓沅沙沧河治泓洛洲浚淼淦添清' +
  '渝湘溢滔潮澈澍灵灿炫焕煜熠燊牧犇玄王玮珈珩琅琼璇璨璩瓒甄畅登百益盛瞳矗砚礼祎祥禹秉秦稼穆' +
  '竞章童端竺笛筱简箫粤素紘纬绮绯维绵缤罡美群羲翊翌翰耘聆育胤腾臻舜艾芃芙芯苇茁荐莘菡萌蒂蓝' +
  '蔓蔚蕴薇藤虎蝶融衍裕褚西觅誉诺谊谨豫贝贺赞赣起轶轼辰达迪逍通逸遐邵郁醉采钦钟铃锴镜闯阔隽' +
  '雍雷震霆霜靓韩音顾颂颜风飒馥驰骁骞鸾鹃鹭麟黛少依兆淼垚焱鑫犇昶旻暐晔晞暄骐骥一' +
  // Common in the given names of older and rural people (宝山, 春花, 水根, 保国, 全福, 银娣, 铁柱,
  // 援朝, 满囤, 金锁, 拴柱, 世伟, 宗汉).
  '山花乐水保全银妮倩娇弟柱钢铁岭伦佩才世援满囤锁栓仕廷芹妞玫卿朴纲禄显幸功仲伯荫亭朵宗迅凰鹰繁令魁仓占';

export const GIVEN_CHARS: ReadonlySet<string> = new Set([...GIVEN]);
const GIVEN_CHAR_CODES = new Chars(GIVEN);

/** How much a string's given name looks like one: the share of its characters that are given-name characters. */
export function givenNameLikeness(name: string, surname: string): number {
  // (Counted by character code: this is asked of every candidate name.)
  const length = name.length - surname.length;
  let given = 0;
  for (let k = surname.length; k < name.length; k++) if (GIVEN_CHAR_CODES.at(name, k)) given++;
  return length > 0 ? given / length : 0;
}

/**
 * The dictionary's words kept (below), where they stand in its decoded text: a table open-addressed by a hash of a
 * word's characters holds each word's place, length, frequency and tags. Loading makes no string per word (a Map of
 * 150,000 sliced strings took a quarter to half a second of the first scan), and asking slices nothing.
 */
interface Lexicon {
  text: string;
  at: Int32Array; // the word's place in `text` plus one; 0 for an empty slot
  length: Uint8Array;
  frequency: Float64Array;
  tags: Uint8Array; // VERB | PERSON_NAME
}
const VERB = 1;
const PERSON_NAME = 2;
const SLOTS = 1 << 19; // over twice the words kept, so most questions about no word end at the first slot
let table: Lexicon | undefined;

function hashOf(text: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x9e3779b1);
  return (h ^ (h >>> 15)) & (SLOTS - 1);
}

/** The slot holding the word (text, start, end), or the empty slot where it would go (with `found` false). */
function slotOf(lexicon: Lexicon, text: string, start: number, end: number): { slot: number; found: boolean } {
  const n = end - start;
  for (let slot = hashOf(text, start, end); ; slot = (slot + 1) & (SLOTS - 1)) {
    const at = lexicon.at[slot]! - 1;
    if (at < 0) return { slot, found: false };
    if (lexicon.length[slot] !== n) continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = lexicon.text.charCodeAt(at + k) === text.charCodeAt(start + k);
    if (same) return { slot, found: true };
  }
}

function entry(word: string): number {
  table ??= lexicon();
  if (word.length < 2 || word.length > 4) return -1;
  const { slot, found } = slotOf(table, word, 0, word.length);
  return found ? slot : -1;
}

/**
 * jieba's frequency of `word`: known for words of two to four characters that begin with a surname
 * character, and for every other word of two to four characters seen at least 50 times (大学, 规定,
 * 江苏, 国计民生 …); 0 otherwise.
 */
export function wordFrequency(word: string): number {
  const slot = entry(word);
  return slot < 0 ? 0 : table!.frequency[slot]!;
}

/**
 * Whether jieba's dictionary tags the string a person's name (nr) and it is three characters or more
 * (姬晓峰, 蔡文静): such an entry is someone's name, not a word, though it is in the dictionary. Two
 * characters (宁静, 黎明) are tagged so as often as they are words, and are judged by context.
 */
export function isKnownName(word: string): boolean {
  const slot = word.length >= 3 ? entry(word) : -1;
  return slot >= 0 && (table!.tags[slot]! & PERSON_NAME) !== 0;
}

/** Whether jieba tags the word a verb (承担, 申请, 揭晓): what follows a label as its act, not a name. */
export function isVerb(word: string): boolean {
  const slot = entry(word);
  return slot >= 0 && (table!.tags[slot]! & VERB) !== 0;
}

function lexicon(): Lexicon {
  const text = new TextDecoder().decode(dict);
  const out: Lexicon = {
    text,
    at: new Int32Array(SLOTS),
    length: new Uint8Array(SLOTS),
    frequency: new Float64Array(SLOTS),
    tags: new Uint8Array(SLOTS),
  };
  const compoundFirst = new Chars(COMPOUND_SURNAMES.map((c) => c[0]!));
  // Each line: word, frequency, tag. (A word listed twice keeps its last line, as a Map would.)
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const space = text.indexOf(' ', at);
    const length = space - at;
    if (length >= 2 && length <= 4 && space < end) {
      const second = text.indexOf(' ', space + 1);
      let frequency = 0;
      for (let k = space + 1; k < second; k++) frequency = frequency * 10 + text.charCodeAt(k) - 48;
      const namelike =
        SINGLE_SURNAME_CHARS.at(text, at) ||
        (compoundFirst.at(text, at) && COMPOUND_SURNAMES.some((c) => text.startsWith(c, at)));
      if (namelike || frequency >= 50) {
        const { slot } = slotOf(out, text, at, space);
        out.at[slot] = at + 1;
        out.length[slot] = length;
        out.frequency[slot] = frequency;
        out.tags[slot] =
          (namelike && text[second + 1] === 'v' ? VERB : 0) |
          (namelike && end === second + 3 && text.startsWith('nr', second + 1) ? PERSON_NAME : 0);
      }
    }
    at = end + 1;
  }
  return out;
}

/**
 * Whether the character at `start` belongs to a word that begins before it (部门|负责, 国计民生,
 * 江苏|大学, 奶牛|中有, 共享单车|占满): a name cannot start inside a word. A word of two characters counts
 * when jieba has seen it `minimum` times (80, down from 100: 奶牛 is seen 99 times; the place 和龙, 81 times,
 * now hides 家长岳晓梅和|龙光辉 — one miss against eight false names over the development sets). With `reach` 2
 * the word has to take in the second character too (其中|欧阳琳: 中欧 takes only the compound surname's first).
 */
export function insideWord(text: string, start: number, minimum = 80, reach = 1): boolean {
  for (let back = 1; back <= 3 && back <= start; back++) {
    for (let length = back + reach; length <= 4; length++) {
      const word = text.slice(start - back, start - back + length);
      if (word.length === length && wordFrequency(word) >= (length === 2 ? minimum : 50)) return true;
    }
  }
  return false;
}
