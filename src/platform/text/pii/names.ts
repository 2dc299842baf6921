import type { Cell, Layout } from './layout.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAME_CHARS, SINGLE_SURNAMES, WEAK_SURNAMES } from './surnames.js';
import { GIVEN_CHARS, givenNameLikeness, insideWord, isKnownName, isVerb, wordFrequency } from './lexicon.js';
import { plateStartsAt } from './numbers.js';
import { ENDS_AS_ORGANISATION, ORGANISATION, PARTY } from './owner.js';
import { surnameOf } from './surnames.js';
import { Chars, SPACES, Words, ledByFirstCharacters } from './words.js';

/**
 * Private persons' names in government writing. A name is a surname and one or two characters
 * (two or three after a compound surname); whether such a string is a person is decided by how
 * administrative documents speak of people — each rule below is one way they do:
 *
 * - after a label that introduces a person: 当事人X, 申请人：X, 开户名X, 来信人X, 户主X …
 * - before what is said only of a person: X，男, X（公民身份号码…）, X同志：, X女士, X等3名 …
 * - as the object of an administrative act: 对X作出, 向X送达, 准予X, 给予X, 发放至X …
 * - after a private role: 村民X, 志愿者X, 董事长X, 其父X …
 * - in a table column headed 姓名 / 开户名 / 被征收人 …, or alone in a table cell of a data row;
 * - in a list of names (X、Y、Z) where the list is one of people;
 * - opening a letter (X：您好 / 您好，X：).
 *
 * and is ruled out when the text says it is an official in their duties (区长X, 执法人员X,
 * X，局长, 任命X同志为), a place or an organisation (X路, X公司, 周庄古镇), or already masked (张某).
 */
export interface NameSpan {
  start: number;
  end: number;
}

/** Characters that never stand in a given name here: function words, units, masks, place suffixes. */
const NOT_GIVEN = new Chars(
  '某的了是在和与及等于为对将把被从由以之其该本此各每年日号人元区市县镇乡村路街巷弄局委办厅处科所站院部党政省州港桥塘门店厂司校楼室幢组场馆厦署寺庙坊苑犬际第或并且而但就都也还又再更最很已未不没无个批次项条款份件户角类他她我你您们员另欠栏坏打',
);
/** What follows 曾 where it means "once": a verb or a word for when or how often (曾称, 曾在, 曾多次, 曾通过, 曾协助). */
const ONCE_DID = new Chars(
  '称说在多经于向因被将任是有到来去与给骑随致挂入享深先为对把让要想以从当和跟同连屡找打拨通协代',
);
/** What follows 代 where it means "for another": an act done for someone (代开, 代办, 代领). */
const DONE_FOR = new Chars('开办领收缴为理表写签填购替扣发付售管养交');
/** A post after 任 where it means "served as" (任保育员, 任环保专员, 任车间主任). */
const SERVED_AS = /^[\u4e00-\u9fff]{1,4}?(?:专员|员|主任|经理|会计|组长|队长|教师|老师|顾问)/;
/** Surnames that are far more often a preposition or a verb: such a name needs punctuation after it. */
const AMBIGUOUS_SURNAMES = new Set([...'于和向时应将经与对在从以须']);

/** Labels that put a private person right after them (当事人X, 申请人：X, 开户名X). */
const PERSON_LABELS = new Words(`
  当事人 申请人 被申请人 被约谈人 第三人 原告 被告 上诉人 被上诉人 申请执行人 被执行人 赔偿请求人 赔偿权利人
  委托代理人 委托诉讼代理人 诉讼代理人 代理人 被处罚人 被征收人 被征收户户主 户主 权利人 承租人 出租人 经营者
  法定代表人 质量负责人 负责人 联系人 收件人 收款人 户名 开户名 账户名 持卡人 车主 机动车所有人 所有人 驾驶人 俗名
  驾驶员 来信人 来电人 来访人 反映人 投诉人 举报人 诉求人 信访人 申诉人 相对人名称 行政相对人名称 许可申请人
  救助对象 考察对象 对象 候选人 拟聘用人员 应聘人员 拟录用人员 推荐人选 受害人 伤者 死者 失主 本人 我叫 我是
  名叫 名字 叫 姓名 作者 家庭成员 出资人 股东 监护人 证人 知情人 捐赠人 获奖者 承包户 承包人 受让人 转让人
  共有人 继承人 遗失人 注册房地产估价师 估价师 律师 医师 药师 教师 护士 受送达人 借款人 担保人 所有权人
  留言人 网友 中签人 被传唤人 受托人 委托人 拟招募人员 拟录用人员 拟聘人员 被执行人员
  实际居住人 居住人 被继承人 欠税人 纳税人 缴费人 受益人 投资人 报案人 见证人 介绍人 利害关系人 被监护人
  领款人 付款人 申报人 犬主 配偶 同事 邻居 房东 租户 拆迁户 建房户 拟建房户 被拆迁人 劳动者 职工 失信被执行人
  被推荐人 推荐对象 申请对象 保障对象 帮扶对象 惩戒对象 严重失信主体 失信主体 实际控制人 投保人 被保险人
  甲方 乙方 丙方 主人 老板 受害人 当事人之女 当事人之子 被告人 被害人 犯罪嫌疑人 嫌疑人 罪犯 服刑人员 社区服刑人员 在押人员 刑满释放人员 戒毒人员 吸毒人员 上访人 安置人 被安置人
  朋友 我朋友 同学 同事 自称 获奖人员 获奖代表 受助人员 考调人员 入围人员
  备案人 取水权人 产权人 原产权人 被调查人 被询问人 被访人 代收人 代领人 申领人 购房人 买受人 竞买人 受赠人
  第三方 署名 被鉴定人 业户 发件人 寄件人 被侵害人 被侵权人 一审第三人 登记人
  自然人 违法行为人 行为人 墓主 家庭代表 紧急联系人 养犬人 实际使用人
  案外人 写信人 异议人 异议申请人 请求人 复核请求人 复查申请人 复议申请人 户主签字 本人签字 申请人签字
  被询问人签名 当事人签名 本人签名 领取人 被核查人 核查对象 受让方 转让方 受援人 陪同人 照料人 咨询人 调解参加人 获表彰人 受表彰人 表彰对象 推荐人
  举办者 开办者 申请者 递补人员 拟递补人员 递补对象 船东 新人 同住人 共同居住人 代写人 代笔人 代书人
`);
/** Private roles and kin a person is named after (村民X说, 志愿者X, 其父X, 一等奖X), or their age (七十岁的X). */
const ROLES = new Words(`
  一等奖 二等奖 三等奖 特等奖 优秀奖 村民 居民 市民 志愿者 董事长 总经理 经理 员工 职工 学生 教师 老师
  教授 医生 护士 患者 家属 老人 工人 骑手 小哥 司机 师傅 摊主 店主 业主 租户 房东 老板 企业家 个体户 个体工商户
  代表 获得者 得主 乘客 同车乘客 妻子 丈夫 儿子 女儿 父亲 母亲 孩子爸爸 孩子妈妈 其父 其母 其妻 其夫 其子 其女 之父 之母
  老公 老婆 我妈 我爸 我老公 我老婆 爷爷 奶奶 外公 外婆 之子 之女 之妻 之夫 其孙 其孙子 其孙女 其妹 其弟 其兄
  其姐 祖母 祖父 外祖母 外祖父 护士长 主治医师 技师 高级技师 工程师 研究员 收银员 营业员 店员 保安 保洁员
  考生 女友 男友 未婚妻 未婚夫 前妻 前夫 继子 继女 养子 养女 同学 患儿 孩子 儿童 少年 老师傅 大学生 研究生 领队
  博士 硕士 学员 运动员 教练员 选手 市民朋友 群众代表 村民代表 居民代表 业主代表 被征收人代表 儿媳 女婿
  儿媳妇 媳妇 我媳妇 俺媳妇 其媳妇 孙子 孙女 外孙 外孙女 侄子 外甥 小伙 小伙子 姑娘 老汉 大妈 外卖员 快递员 快递小哥 保安员 环卫工人
  清洁工 网约车司机 出租车司机 货车司机 乡村医生 医生 班组长 组长 业委会委员
  渔民 牧民 农民 船员 船长 轮机长 同船 同船的 果农 菜农 茶农 养殖户 种植户 评标专家 专家 徒弟 学徒 冰雕师傅
  婚生子 婚生女 长子 长女 次子 次女 楼上 楼下 隔壁 对门 家老人 家长 学生家长 老伴 婆婆 公公 岳父 岳母
  困难群众 军嫂 包工头 同车人员 爸爸 妈妈 我爸爸 我妈妈 我父亲 我母亲 我丈夫 我妻子 我儿子 我女儿 胞弟 胞妹
  胞兄 胞姐 弟弟 妹妹 哥哥 姐姐 大哥 二哥 三哥 大姐 二姐 三姐 兄长 长兄 小弟 种植大户 种粮大户 养殖大户 传承人 见义勇为好市民 好市民
  农户 搬迁户 脱贫户 经营户 匠人 手艺人 工匠 传统工匠 小工 讲解员 志愿讲解员 创业者 返乡青年 退休教师 退休职工 村医 游客
  代办员 邮递员 投递员 亲属 其侄 其侄子 其侄女 其外甥 之侄
  爱人 我爱人 其爱人 之兄 之弟 之姐 之妹 之孙 同村 同村村民 堂兄 堂弟 堂姐 堂妹 表哥 表弟 表姐 表妹 伯父 叔父
  舅舅 侄女 外甥女 新兵 入伍新兵 义务兵 护林员 退役军人 宣讲员 种粮户 住户 闺女 我闺女 未成年人 迁坟人 拉长
  邻居 邻户 护工 保姆 亲戚 主管 车间主管 表兄 表嫂 童工 继承人之一 共有人之一 消费者 租客 读者 红榜户 黑榜户
  我男人 老豆 我老豆 阿爹 我阿爹 记账户 调查户 样本户 普查员 调查员 普查指导员 调查指导员 统计员
  阿爷 阿嫲 阿妈 阿爸 我阿妈 我阿爸 我阿爷 阿哥 阿姐 我哥 我姐 我弟 我妹 嫂子 我嫂子 俺嫂子 姐夫 我姐夫 妹夫
  弟媳 小叔子 小姑子 大伯子 堂哥 我堂哥 表叔 舅妈 姨妈 姑妈 婶婶 婶子 俺婶子 俺叔 俺爹 俺娘 叔叔 伯伯 老乡 工友
  同乡 同村人 楼长 单元长 栋长 先进个人 见义勇为先进个人 群众 战友 老战友 其侄 其侄子 其侄女 入伍青年 应征青年 雇主 岁的 听众 来电听众 车间主任
  应聘者 求职者 网民 侨胞 台胞 港胞 归侨 求助者 受助者 受助人 受捐者 申请者 举报者 投诉者 受害者 参赛者 报名者 务工人员 农民工 低保户
  五保户 特困户 困难户 贫困户 残疾人 老党员 老兵 军属 烈属 遗属 独居老人 空巢老人 孤寡老人 留守儿童 病友 室友 舍友
  姥姥 姥爷 姥娘 孙媳妇 外孙子 曾孙 曾孙女 姑姑 小姨 大姨 受种者 受种人 接种者 爱心人士 热心人士 好心人 捐赠人
  遇难者 失联人员 走失人员 走失老人
  独子 独女 独生子 独生女 家属代表 遗属代表 摊贩 流动摊贩 顾客 女童 男童
`);
/**
 * A private role named by its last character, where no list has it (查询人, 异议人, 承诺人, 养鸡户, 危房改造户,
 * 送餐员, 兽医, 农机手, 书法家): a word of two characters and 人, 者, 户, 员, 医, 手 or 家, not an official's title
 * nor a post that serves the public, and not a word that goes on into what follows (户籍, 人居).
 */
function roleBySuffix(text: string, end: number): boolean {
  const last = text[end - 1] ?? '';
  const stem = text.slice(Math.max(0, end - 3), end - 1);
  return (
    '人者户员医手家'.includes(last) &&
    // (…not a post that serves the public: 网格员, 话务员, 调解员 are named in their duties.)
    !/(?:网格|话务|协管|调解|监督|信息|联络|管理|执法|巡查)员$/.test(text.slice(Math.max(0, end - 3), end)) &&
    /^[\u4e00-\u9fff]{2}$/.test(stem) &&
    !/[其的该每本他她我你一二三四五六七八九十两多几有无没所个各]/.test(stem) &&
    // (…nor a firm's: 投标人江西宏远建设有限公司.)
    !/^[\u4e00-\u9fff]{2,12}?(?:有限公司|公司|集团|厂|店|合作社)/.test(text.slice(end, end + 16)) &&
    wordFrequency(stem) > 0 &&
    wordFrequency(last + (text[end] ?? '')) < 20 &&
    !OFFICIAL_TITLES.endingAt(text, end)
  );
}
/** A private role or kin right before `end` (市民, 其父), in the list or by its last character. */
const privateRoleEndsAt = (text: string, end: number) =>
  ROLES.endingAt(text, end) !== undefined || roleBySuffix(text, end);

/** An administrative act done to a person: the name follows the verb (对X作出, 向X送达, 准予X). */
const ACTIONS = new Words(`
  对 向 准予 给予 责令 递补 通知 告知 约谈 表扬 奖励 表彰 授予 聘用 录用 发放至 退至 退还 支付至 支付给 转入
  汇入 送达 注销 吊销 变更为 改为 伙同 约谈 追缴 将 由 交给 交予 转给 借给 寻找 发送至 拖欠 授权 委托 转让给
  卖给 租给 出租给 赠与 回访 走访 看望 慰问 探望 拨通了 拨通 联系了 约见 帮助 帮扶 救助 资助 护送 劝返 东至 西至 南至 北至
  被 接到
`);
/** Officials in their duties: the title comes right before the name (区长X, 执法人员X). */
const OFFICIAL_TITLES = new Words(`
  书记 区长 市长 县长 镇长 乡长 州长 盟长 旗长 主任 局长 处长 科长 股长 所长 部长 厅长 省长 主席 常委 秘书长 发言人 执法人员
  经办人 税务人员 审判长 审判员 书记员 陪审员 人民陪审员 检察官 检察员 承办人 承办 办案人员 调查人员 工作人员 警官 民警
  站长 馆长 署长 司长 行长 社工 信访专员 政务公开专员 精防医生 精防医师 评估专家组 评审专家组 负责同志 科室负责人 领导 副职 干部 同志们 审核人 审批人 签发人 核稿人 拟稿人 总河长 副总河长
  渔政船船长 仲裁员 首席仲裁员 调解员 人民调解员 监督人 现场监督人 评估师 公证员 公证员助理 记录人 法官 法官助理 辅警 协警
  送达人 执法队员 执法大队队员 执法中队队员 网格 网格长 专管员 社区书记 书记助理 法警 交通警察 家庭医生 全科医生 签约医生
  主治医师 主治医生 诊断医师 接诊医生 巡诊医生 经治医生 主管医生 值班医生 首诊医生 签约团队医生 团队医生
  全科医师 主管医师 主任医师 副主任医师 住院医师 村文书 审核员 人大代表 政协委员 接待代表 检查员 复核人
  档案员 主编 检定员 登记员 婚姻登记员 颁证员 承办人员 调查组组长 审计组组长 检查组组长 督导组组长 专家组组长 考核组组长 值班长 稽查员 巡线员 接待员 信访接待员 残联理事长 残联副理事长 残联主席 残联副主席 基金会理事长 基金会副理事长
  队长 中队长 大队长 支队长 副队长 指导员 教导员 政委 院长 副院长 庭长 副庭长 检察长 代表委员
  社区民警 监察员 劳动保障监察员 考官 主考官 监督员 专职委员 委员 报账员 村报账员
  评估人员 鉴定人员 检测人员 收件人员 信贷员 包村干部 第一书记 驻村第一书记 鉴定人 司法鉴定人
  听证员 听证主持人 记录员 协勤人员 话务员 回访话务员 评委 主任委员 副组长
  记者 见习记者 通讯员 摄影 摄影记者 编辑 责任编辑 实习生 校对 值班主任
  询问人 调查人 受理人 接收人 审查人 资格审查人 复议人员 办案民警 会计 村会计 出纳
  监考人员 监考员 监考 巡考人员 考官组组长 面试考官组组长 阅卷组长 阅卷人 校长 副校长 导师 合作导师 干警 执行干警 执行法官
  执行人员 执行员 核查人 核查人员 主持人 政审人员 考察人员 接待人 复查联系人 复核联系人 承办联系人 机构联系人 机关联系人
  相关负责人 有关负责人 工作队队员 驻村队员 驻村工作队员 回访人 回访员 回访人员 采购人代表 招标人代表
  值班代办员 帮办员 帮代办员 帮办代办员 帮办人员 协理员 社保协理员
  查勘员 查勘定损员 定损员 协管员 协保员 农经员 理事会会长 理事会副会长 理事会理事长 经济合作社理事长 经济合作社社长 红十字会会长 红十字会副会长 红十字会常务副会长 红十字会专职副会长
  器官获取组织协调员
  帮扶责任人 客户经理 评估员 评定小组组长 评审小组组长 考察组成员 工作组成员 检查组成员 考核组成员 督导组成员 调查组成员 巡察组成员 专家组成员
  指挥长 副指挥长 常务副指挥长 工作组组长 领导小组组长 工作小组组长 党组成员 值班负责人 窗口负责人 民政助理员 民政专干 残疾人专职委员
  技术员 干事 参谋 考试员 矫正专干 综治专干 医保专干 理事长 社长 辅导员 班主任 纪检组长 纪检组 内勤 法制员 值班员
  评审组组长 鉴定组组长 专家组长 承办律师 执业药师 执业医师 主诊医师
  协会会长 协会副会长 商会会长 慈善会会长 学会会长 研究会会长 总会会长 促进会会长 民政助理
  资助专干 考察组组长 窗口收件人 带队老师 安检员 乡长助理 镇长助理 场长 维修人员 经办人员 计生专干
  保障专干 就业专干 转办人员 审核员 复核员 审核人员 复核人员
`);
/**
 * Who does what in an office's own record, given as a field with a colon (主持：…, 参会人员：…, 记录：…, 制表：…,
 * 审核：…, 约谈人：…): its staff in their duties. (Without the colon these are verbs: 经审核刘桂英家庭….)
 */
const RECORD_ROLES = new Words(`
  主持 参会人员 出席人员 列席人员 参会 出席 列席 记录 制表 制表人 审核 经办 签发 办理人 约谈人 发证民警 填表人 核对人
  复核 初审 审批 审定 校对 值班人员 值班领导 带班领导 摄像 摄影 核查人签字 调查人签字 询问人签字 记录人签字
  接访人 接待人 复查人 复查人员 拟办人 转办人 批准 考察人 登记人 回访人员 回访人 检查人员 查勘人员 勘查人员 领导署名 请假 缺席 参加人员 文/图 撰稿 责编 供稿 会签人
`);
/**
 * A record's role standing as a field of its own before a colon or in a form's cell before (…\n审核：彭建, 复查人员 | 韦国庆),
 * not ending a longer word (调解记录：…, 资格审核：…).
 */
function recordRole(text: string, titleEnd: number, start: number): string | undefined {
  if (!/[：:\t]/.test(text.slice(titleEnd, start))) return undefined;
  const role = RECORD_ROLES.endingAt(text, titleEnd);
  // (…not the family who register a grave to be moved: 曾德明之墓（登记人：曾小平）.)
  if (role === '登记人' && /墓|坟/.test(text.slice(Math.max(0, titleEnd - 30), titleEnd))) return undefined;
  // (…or right after the office that signs it: 镇农村经营管理站审核：….)
  const roleStart = titleEnd - (role?.length ?? 0);
  return role &&
    (/^[\s\u3000，。；、（）()]?$/.test(text.slice(roleStart - 1, roleStart)) ||
      /(?:站|所|局|办|中心|委员会|村委会|居委会|政府|科|股)$/.test(text.slice(Math.max(0, roleStart - 3), roleStart)))
    ? role
    : undefined;
}
const APPOINTMENTS = new Words('任命 免去 任免 提名 推荐为 拟任 选举 当选');
/** Titles a person is called by instead of a given name (王女士, 吴阿婆): no name to find. */
const TITLES = new Words(
  `女士 先生 师傅 同志 老师 小姐 阿姨 阿婆 阿公 阿伯 阿叔 阿嫂 大爷 大妈 大伯 大叔 大哥 大姐 老伯 奶奶 爷爷 工 警官 律师 医生 老板 总
   主任 科长 局长 处长 所长 站长 队长 班长 排长 连长 经理 科员 干事 会计 书记 院长 校长 馆长 行长 厂长 村长 组长 主管 专员 秘书 护士长`,
);
/** Words a name may run into: those that follow a person in a sentence (X于, X申请, X名下 …). */
export const FOLLOWING = new Words(`
  于 在 的 等 说 称 系 向 将 未 已 自 所 对 与 和 为 是 因 同志 女士 先生 师傅 家庭 户 反映 申请 提出 提交 持有
  名下 户籍 本人 不慎 拒绝 放弃 体检 进入 签订 选择 要求 诉称 不服 领取 捐赠 驾驶 经营 作出 送达 直接 邮寄 今年
  住 现住 家住 居住 原住 租住 原租住 暂住 身份 身分 联系 电话 手机 邮箱 介绍 车牌 卡号 账号 之 诉被告 诉 请 要 想 今 个人 名 指定 受伤 通过
  建议 拉着 作 处以 处罚 给予 予以 进行 罚款 位于 八十 七十 九十 六十 兄弟 安置 记 对记者 您好 被 之间 一家 现居
  现在 现随 陪同 代为 代其 无 承担 获得 获 乘坐 坐在 带着 作了 打破 康复 晕倒 夫妇 家 老人 同学 女士 先生
  伙同 多次 涉嫌 回复 表示 认为 坦言 自述 回忆 拒不 追缴 补缴 缴纳 退还 签收 领取 送达 也是 也在 遗失 留的 证实 作证 代领 代办 代收 代为
  留言 来信 来电 来访 询问 投诉 举报 咨询 致电 求助 宅 另留 另案 驾车 骑车 持刀
`);
/** What a place or an organisation is named by: after them the name is not a person's (X路, X公司). */
const PLACE_OR_ORG = new Words(`
  路 街 巷 弄 镇 乡 村 区 市 县 省 湖 山 桥 港 庄 塘 浜 泾 河 江 溪 浦 湾 洲 岛 古镇 公司 集团 店 厂 中心 小区
  新村 花园 社区 大学 学院 学校 中学 小学 医院 银行 宾馆 酒店 广场 大厦 家巷 家湾 家村 门 寺 园 苑 坊 里 府 馆
  日报 晚报 电视台 融媒体 百货 体育 牌 品牌 科技 实业 控股 股份 工作室 合作社 有限 建材 商贸 贸易 物流 置业 餐饮 服饰 旗 盟 苏木 嘎查 局 家园
  食品 酿造 派出所 司法所 卫生院 营业所 管理部 服务大厅 公园 卖部 概况 要闻 简介 概览
  名单 东路 西路 南路 北路 中路 东街 西街 南街 北街 大街 横街 大道 物业 分局 分院 分公司 分中心
  片区 东麓 西麓 南麓 北麓 法庭 护理院 养老院 敬老院 福利院 药店 药房 幼儿园 摊点 事务中心 事务所
  农村商业银行 农商银行 农商行 村镇银行 信用社 农业保险 财产保险 财险 人寿 火车站 高铁站 汽车站 客运站 五金
  供电局 供电所 供电公司 供电营业厅 营业厅 税务局 税务所 税务分局 水务局 供水站 自来水厂 电管站
`);
/**
 * A small business's kind after its name (伊敏河农家乐, “金嗓子”KTV): no person's, unless the name reads wholly as one,
 * a business named after its keeper (纪凤云农家乐).
 */
const BUSINESS_KIND = new Words(`农家乐 民宿 客栈 网吧 酒吧 饭店 超市 书店 书房 茶楼 歌厅 KTV 餐饮`);

/** A form's words, that read as a given name after a character that can be a surname. */
const FORM_WORDS = new Set([
  '地址',
  '住址',
  '法定',
  '电话',
  '姓名',
  '名单',
  '公示',
  '号码',
  '大队',
  '中队',
  '支队',
  '事宜',
  '学生',
]);

/**
 * …or right after it: X，区长 / X，该区司法局工作人员 / X，该局法制科科员 / X，该院院长 (not X，系区住建局退休干部, nor a
 * clause that turns to another: 看望了刘锦松，并叮嘱镇退役军人服务站站长林国栋…).
 */
const OFFICIAL_AFTER =
  /^[，,](?:职务[：:])?(?:副?(?:区长|市长|县长|镇长|局长|主任|书记|处长|科长|所长|部长|主席|院长|校长|大队长|支队长)|系?(?:该|(?![系是原曾并又还])(?:(?!叮嘱|嘱咐|要求|责成|指派|联系|协调|陪同)[\u4e00-\u9fff]){2,14}(?:政府|[局委办院所站科处]|中心))(?:(?!退休|离休)[\u4e00-\u9fff]){0,12}?(?:工作人员|执法人员|执法队员|监察员|干部|科员|办事员|民警|警官|辅警|副?(?:局长|主任|科长|处长|所长|部长|站长|股长|院长|校长|馆长|队长)|(?:镇长|乡长|区长|县长)(?![\u4e00-\u9fff])))/;
/** …or a post right after it, as officials are named in a contact line (王高山科长，电话…). */
const TITLE_AFTER =
  /^(?:副?(?:科长|股长|处长|局长|所长|站长|队长|镇长|乡长|区长|县长|市长|主任|医生(?![家的])|医师)|公证员|(?:代表|委员)(?=当场|电话|陪同|将|又|已|到|在|提出|领衔|回访|表示))/;

/** …or their law-enforcement certificate's number in brackets after it, as inspectors are named (杜娟（执法证号…）). */
const INSPECTOR_CERTIFICATE_AFTER =
  /^[（(](?:(?:行政)?执法(?:证|证件)(?:号|编号|号码)?|警号)[：:]?\s*[\u4e00-\u9fff]{0,4}[A-Z\d]/;
/**
 * …or a public post in brackets right after it, as a board or a command lists its members (钟立新（区委副书记、区长）,
 * 梅建华（副局长）), or an appointee's present post (邱建东，男，…现任区发展和改革局副局长，拟任…).
 */
const POST_AFTER =
  /^[（(][^（）()\n]{0,30}?(?:书记|区长|市长|县长|州长|旗长|镇长|乡长|局长|处长|科长|股长|所长|主任|部长|院长|庭长|站长|馆长|队长|理事长|秘书长|主席|检察长|审判员|指导员|政委|常委|委员|挂职|公职律师)[）)]|^[，,][^。\n]{0,80}?现任[^。\n，,]{0,30}?(?:书记|长|主任|委员|主席)/;
/**
 * …or the public body they work for, alone or with their place in it, in brackets right after it (高立平（区城市管理局）,
 * 郭丹丹（跃进街道劳动保障所工作人员）, 田慧敏（待遇保障股）), or said to be one of its staff (见证人：张红梅（工作人员）): its staff.
 */
const BODY_AFTER =
  /^[（(](?:[区县市州旗乡镇]|[\u4e00-\u9fff]{1,6}(?:街道|镇|乡))[^（）()\n，,、；;]{0,20}?(?:局|政府|委员会|中心|办公室|大队|中队|支队|工作队|派出所|司法所|保障所|站|街道|法院|检察院)(?:[^（）()\n，,、；;]{0,8}?(?:工作人员|监察员|干部|民警|辅警|律师|科员|干事|网格员))?[）)]|^[（(][\u4e00-\u9fff]{2,8}股[）)]|^[（(](?:本单位|本机关|街道|社区|村委会|居委会)?(?:工作人员|干部)[）)]/;
/** Those listed as attending a meeting (…主持召开第12次工作例会，金晓燕、林宏斌…参加): its members in their duties. */
const ALL_STAFF_AFTER =
  /^(?:(?:、[\u4e00-\u9fff·]{2,6})*[（(]均[为系是](?:本|该)?|(?:、[\u4e00-\u9fff·]{2,6})+[（(](?:本|该)?)[\u4e00-\u9fff]{0,12}(?:工作人员|执法人员|干部|民警|公务员)[）)]|^(?:、[\u4e00-\u9fff·]{2,6})+[，,]\s*均[为系是](?:本|该)[\u4e00-\u9fff]{0,10}(?:工作人员|执法人员|干部|民警|公务员)/;
const MEETING_ATTENDEES = /^(?:、[\u4e00-\u9fff·]{2,8})*(?:等同志|等\d+人)?(?:参加|出席|列席)/;
const MEETING = /(?:会议|例会|座谈会|调度会|推进会|办公会|主持召开)([^。\n]*)$/;
const ATTENDING_FIRST = new Chars('、等参出列');
const POST_FIRST = new Chars('（(，,');
/** …unless the post is a village's, an owners' committee's or a firm's, whose holders are private people here too. */
const PRIVATE_POST =
  /业主委员会|业委会|公司|企业|合作社|商会|协会|(?<!农)村|社区|嘎查|居委会|医院|卫生院|学校|中学|小学|幼儿园/;
/** A body named before the next official in a list (区畜牧兽医站, 金积镇, 赣南科技学院). */
const BODY_IN_LIST = /[\u4e00-\u9fff]{1,15}(?:[局站镇乡院所队办委科股处室部厅]|街道|中心|政府|公司|学校|大学)/;
/**
 * What joins the next in a list of officials to the one before (、, 和, 及, 与, after the first's post in brackets),
 * perhaps with the next one's body and a space before the name, as the first was given (检查人员：区发展和改革局 白文斌、
 * 金积镇 纳文华).
 */
const BODY_BEFORE_NAME = new RegExp(`^${BODY_IN_LIST.source}(?=[ \\u3000\\u00a0][\\u4e00-\\u9fff])`);
const AFTER_OFFICIAL = new RegExp(
  `^[\\s\\u3000\\u00a0]*(?:（[^（）]{0,10}）)?[、和及与](?:${BODY_IN_LIST.source}[ \\u3000\\u00a0])?$`,
);
/**
 * A public body's name ending right before a name, within a label's value or after a comma (…纪检组…，区住建局李志强): its
 * staff (not a village's group: 新华村二组王德全).
 */
const STAFF_OF_BODY =
  /[：:\t\s；;、][^：:\t，。；、]{0,20}(?:政府|[局委科股处办所站队]|(?<!家)庭|中心|法院|检察院|窗口|办公室|(?:督查|调度|值班|接待|信访|综合|档案|财务|人事|法制)室|(?:残|妇|侨|台|文|工商)联|(?:残联|妇联|侨联|台联|科协|工商联|工会|团委|局|委|政府|本中心)[\u4e00-\u9fff]{1,7}部|人武部|武装部|(?:工作|回访|督办|专案|帮办|代办|征拆|征收|综合|协调)组|(?<![村屯庄寨社“"有])[一二三四五六七八九十]组)(?:[（(][^（）()\n]{2,30}[）)])?[ \u3000\u00a0]*$|[：:\t\s；;][^：:\t，。；、]{0,20}(?:[科股]|办公室|局)[：:][ \u3000\u00a0]*$|[，,](?:[\u4e00-\u9fff]{0,4}[区县市旗]|[\u4e00-\u9fff]{1,6}(?:街道|镇|乡))[^：:\t，,。；、]{0,16}(?:政府|[局委站科股]|中心|办公室|派出所)[ \u3000\u00a0]*$/;
/**
 * A district's or a town's body a person is reached or sent through, right before the name (可联系…农业服务中心白永刚,
 * 向区住建局房地产市场管理股 陈立军反映, 向征收指挥部综合组刘宏伟反映, 联系人社会事务办莫建明, 与本局劳动关系科李志勇联系).
 */
const STAFF_REACHED =
  /(?:(?:可|请)?联系|由|致电|联系人[：:]?|向|与)[\u4e00-\u9fff]{0,6}?(?:[区县市乡镇]|街道)?[\u4e00-\u9fff]{1,14}(?:政府|[局科股所站办]|中心|指挥部|(?:工作|综合|征收|征拆|协调|专案|督办)组)[ \u3000]?$/;
/** The contact at the public body papers are to be handed to (…复印件交至政治处，联系人李振宇、王晓彤). */
const CONTACT_OF_RECIPIENT =
  /(?:交至|送至|交到|送到|报送至?|寄至|递交至?|提交至?)[^，,。；;\n]{0,20}(?:[处科股室局]|中心|办公室|政府|窗口)[，,][ \u3000]*联系人[：:]?[ \u3000]*$/;
/**
 * The contact an office gives after its address, as a notice closes (…领取证书，地址：…388号，联系人：朱红霞，电话…), or
 * in brackets after its name (市水产技术推广站（溧阳市昆仑街道育才路17号，联系人许文斌）).
 */
const CONTACT_AFTER_ADDRESS =
  /(?:地址[：:]|[府局委科股处办所站队庭心院][（(])[^（）()。；\n]{2,40}[，,]\s*联系人[：:]?\s*$/;
/** The last characters of the bodies STAFF_OF_BODY knows (政府, 局, 中心, 法院, 窗口, 工作组, 办公室, 残联 …). */
const BODY_LAST = new Chars('府局委科股处办所站队庭心院口组室联部');
/** Whether such a character stands right before a position, past spaces and a colon: asked before the regex is. */
function bodyEndsBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && ' \u3000\u00a0'.includes(text[k]!)) k--;
  if (text[k] === '：' || text[k] === ':') k--;
  // (…past the body's address in brackets: 督查科（绵阳市涪城区安昌路17号）唐雪梅.)
  if (text[k] === '）' || text[k] === ')') {
    const opening = openingWithin(text, k, 32);
    if (opening >= 0) k = opening - 1;
  }
  return BODY_LAST.at(text, k);
}
/** A clause that lists the officials handling a case (经办人：区民政局社会救助科 吴敏). */
const OFFICIAL_LABEL_CLAUSE =
  /(?:(?:经办人|承办人|执法人员|审核人|审批人|答复人|监察员|初审人|复审人|复核人|考察组成员|考察人员|转送人|登簿人|监督人员)(?:[：:\t]|为)|调解员为)[^，。；\n]{0,36}$/;
/** …and a return's clerk after the public body that files it, on one line (填报单位：区应急管理局…股\u3000登记人：吴志宏). */
const FILED_BY =
  /(?:填报|报送|填表|制表|统计)单位[：:][^\n：:]{0,30}(?:政府|[局委办科股所站队]|办公室|中心|街道)[\s\u3000]+(?:填报人|填表人|制表人|登记人|统计人|报送人|联系人)[：:][\s\u3000]*$/;
const COMMA = new Chars('，,');
const OFFICIAL_SPEECH = /^(?:强调|指出|主持|出席|部署|讲话|致辞|作动员|作部署|作总结|批示|调研)/;
const APPOINTMENT_AFTER = /^同志(?:为|任|的|不再)/;

/**
 * A relative named by one letter opening a cell or an item, as family tables write them (父朝克图、母萨日朗, 妻温雅婷、子杭子墨,
 * a cell 女牛可欣).
 */
const KIN_LETTERS = new Chars('父母妻夫子女');
const kinLetterBefore = (text: string, at: number) =>
  KIN_LETTERS.at(text, at - 1) &&
  /(?:^|[\t、，,；;（(\n])[父母妻夫子女]$/.test(text.slice(Math.max(0, at - 2), at)) &&
  // (…not a side or a kind that the letter begins: 女方家长, 男方, 女士.)
  !/^[方士性]/.test(text[at] ?? '');

/** What only a person is, said right after the name: sex, birth, an ID, a title of address. */
const PERSON_AFTER =
  /^(?:[，,、（(]\s*(?:男|女)(?:[，,、）)\s]|$)|[，,]\s*(?:性别|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?出?生|\d{1,3}岁|现年|年龄|汉族|身份证|公民身份|驾驶证|准考证|考生号|报名序号|联系电话|电话|手机|住[^房宅建]|现住|家住|(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4})|[（(](?:公民身份号码|身份证|联系电话|电话|手机|驾驶证|注册证|报名序号|准考证|车牌|1[3-9]\d|\d{6}|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?出?生|\d{1,3}岁|男|女)|[（(](?:[长次三四五幼]?[子女]|儿子|女儿|儿媳|女婿|配偶|丈夫|妻子|父亲|母亲|之[父母子女妻夫])[，,、）)]|同志|女士|先生|您好|户[（(，,]|等\d+[名人户位])/;
/** An identity number given for a person: its label, or the number itself in brackets. */
const ID_NUMBER = String.raw`[，,（(]\s*(?:公民身份号码|身份证号|身份证件号码)|[（(]\d{17}[\dXx][）)]`;
/** Sex, a people (（傣族）) or an identity number right after: said of nobody but a person. */
const PERSON_SEX_OR_ID = new RegExp(
  String.raw`^(?:[，,、（(]\s*(?:男|女)(?:[，,、）)\s]|$)|[（(][\u4e00-\u9fff]{1,4}族[）)，,、]|${ID_NUMBER})`,
);
/** An identity number right after: said of the person named before a word (归侨，身份证号…), not of the word. */
const ID_AFTER = new RegExp(`^(?:${ID_NUMBER})`);
const idOfAWord = (name: string, right: string) => COMMON_WORDS.has(name) && ID_AFTER.test(right);
/** …the same, after up to two more of the name's characters. */
const ID_AFTER_NAME = new RegExp(String.raw`^[\u4e00-\u9fff]{0,2}(?:${ID_NUMBER})`);
/** …or their home or home telephone (志愿服务队领队付海东，住宅电话…): no one's given for their duties. */
const HOME_AFTER_NAME =
  /^[\u4e00-\u9fff]{0,2}[，,（(]\s*(?:住宅电话|家庭电话|家中电话|家里电话|宅电|家庭住址|住址|家住|现住)/;
/**
 * A person's particulars right after the name: where they live (a place follows), their address,
 * telephone, ID or birth (申请人田野，通信地址…). After a label, said of a person even when the name
 * is also a word.
 */
const PARTICULARS_AFTER =
  /^[，,]\s*(?:(?:现|家|原)?住(?:在|于)?[\u4e00-\u9fff]{0,10}?(?:省|市|区|县|旗|州|镇|乡|村|街道)|户籍(?:地|所在地)|生源地|(?:通信|通讯|联系|家庭)地址|住址|联系电话|身份证|公民身份|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?出?生)/;
/** A fee or a payment whose last character is a surname's (受理费, 工本费, 优待金, 补助金). */
const FEE_OR_PAYMENT_BEFORE =
  /(?:讼|理|本|续|务|业|险|疗|学|电|暖|车|估|定|证|请|全|用|缴|收|退)费$|(?:待|助|偿|贴|恤|奖|励|押|薪|抚|慰问|保证|障|基)金$/;
/** A village or an estate, and 的: who follows is one of its people (同村的, 横樟村的, 博后二组的). */
const VILLAGER_OF = /(?:村|组|屯|寨|社区|小区|嘎查|镇|乡)的$/;
/** One's kin named in brackets, as tables give a guardian or a payee: （父王建军）, （妻李某）. */
const KIN_IN_BRACKETS = /[（(](?:父|母|妻|夫|子|女|兄|弟|姐|妹)$/;
/** A house in brackets: a number on a road, a lane or in a village (（…北三巷7号）, （…村二组5号）). */
const HOUSE_IN_BRACKETS =
  /^[（(](?:住|现住|家住)?[^（）()，,。；]{2,30}?(?:路|街|巷|弄|胡同|村|组|里)[\d一二三四五六七八九十]+号[^（）()]{0,12}[）)]/;
/** What a person is or says, right after their name (…系庹开福的外甥女, …称). */
const PERSON_IS = /^(?:系|称|说|表示|委托|与|因(?!此))/;
/** What a person does, said right after their name (向国平陈述, 向德胜已承诺). */
const PERSON_ACTS =
  /^(?:陈述|称|说|表示|已?承诺|同意|认为|介绍|告诉|反映|申请|提出|要求|签字|确认|问(?!题)|咨询|投诉|举报)/;
/**
 * One's close kin, named right after the word for them and closed as a person is (丈夫钟声，, 其女儿冷静（电话…）,
 * 父亲马超因犯罪在押): the name even when it is a word. (Not what the kin does: 其妻子常年在外.)
 */
const CLOSE_KIN = new Words(
  '丈夫 妻子 父亲 母亲 儿子 女儿 爱人 老伴 其夫 其妻 其子 其女 之夫 之妻 之子 之女 哥哥 姐姐 弟弟 妹妹 前夫 前妻',
);
function kinNamedAsPerson(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  return (
    CLOSE_KIN.endingAt(text, start) !== undefined &&
    // (…a name's shape, and no everyday word: 您父亲|相同, 其丈夫|单位, 父亲|养老金.)
    givenNameLikeness(name, surnameOf(name) ?? name[0]!) === 1 &&
    !COMMON_WORDS.has(name) &&
    wordFrequency(name) < 5000 &&
    (CLAUSE_END.test(text.slice(end, end + 1)) ||
      PERSON_IS.test(text.slice(end, end + 2)) ||
      PERSON_ACTS.test(text.slice(end, end + 3)) ||
      /^(?:代为|代其|陪同|是一名|生前|已于|于\d|办理)/.test(text.slice(end, end + 3)))
  );
}
/** A party kept anonymous by a letter (举报人甲, 证人乙): no one's name. */
const ANONYMOUS_PARTY = /人[甲乙丙丁戊]$/;
/** …or where they live (向光荣住利川市…, 闭德明，住…, 和丽华的送达地址为…). */
const PERSON_HOME_AFTER = /^(?:[，,]\s?)?(?:现住|家住|住(?![房宅所院建户址])|的(?:送达地址|住址|家住|家在))/;
/** Brackets right after a name that hold a mobile or an ID number (…（专家编号…，联系电话13930458424）). */
const PERSONAL_NUMBER_IN_BRACKETS =
  /^[（(][^（）()]{0,40}?(?:(?<!\d)1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)|(?<!\d)\d{17}[\dXx](?![\dXx]))/;
/**
 * What is said of people more often than of anything else: believed when the name starts cleanly (X住…县, X家住,
 * X，…梅子村村民，…).
 */
const PERSON_AFTER_WEAK =
  /^(?:[（(][^（）]{2,20}[）)]|[（(][^（）]{2,40}[，,、]\s*(?:联系电话|电话|手机|座机)[：:]?\s*[\d(（]|(?:原|现|暂)?租?住(?:在|于)?[^，。；\d]{0,8}?(?:省|市|区|县|州|旗|镇|乡|村|街道|路|街|巷|小区|社区)|家住|户籍地|[，,]\s*(?:生源地|户籍所?在?地)|[，,]\s*系(?!统|列)|[，,]\s*[\u4e00-\u9fff]{0,10}?(?:村民|居民|退役军人|在校大学生|在校学生)[，,；;。]|家庭|户[（(，,]|等\d+[名人户]|等人|遗失|户(?:位于|住)|诉称|说[：:“]|称|反映|系|于\d|于本|不慎|名下|本人|之[父母子女妻夫]|体检|放弃|提交|提出|申请|拒绝|驾驶|经营|选择|选定|选中|签订|要求|不服|已于|师傅|老人(?![院家们会])|一家(?:[人三四五六七八]|住|[，,])|家的(?:电话|座机|房子|房屋|老屋|院子)|在(?:自家|自己家|家中|家里|其(?:家|住所|住处|住宅|院内))|的(?:父亲|母亲|儿子|女儿|妻子|丈夫|家属|住所|住址|联系地址|联系方式|暂住地|房屋|身份证|残疾证|户口本|手机|电话|邮箱|账户|银行卡|车辆|申请|诉求|来信|投诉|举报|户籍|亲属|监护人))/;
/**
 * A table row about a person: a cell giving a sex, an ID number (whole or masked), a mobile or a bank card
 * number, or a house on a lane or in a village (…石板巷6号, …湖南路居委会二巷7号).
 */
const PERSON_ROW =
  /\t(?:[男女]|62\d{14,17}|62\d{2}(?:[ -]\d{4}){3}[ -]?\d{0,3}|\d{6}(?:\d{8}|[*＊×]{6,10})\d{3}[\dXx*＊]|\d{4}[*＊×]{8,12}\d{4}|1[3-9]\d[- ]?(?:\d{4}|[*＊]{4})[- ]?\d{4}|[^\t]{0,30}(?:巷|弄|胡同|村|组)[\d一二三四五六七八九十]+号[^\t号]{0,12})(?:\t|$)/;
/** What a party says or bears in court papers, tagged nouns or names by jieba. */
const LABEL_ACTS = new Words(
  '陈述 供述 证言 辩称 诉称 答辩 意见 签名 签字 承诺 声明 代理 委托 诉讼 上诉 相同 一致 查明 认定 查实',
);
/** Punctuation that closes a name's clause (a colon opens a label's value instead). */
const CLAUSE_END = /^[，,、；;。（(）)]/;
/** Two people named together: 陈丽华…与姚新民驾驶的, 方天宇和黎文斌在. */
const TOGETHER_AFTER = /^(?:驾驶|发生|签订|协商|共同|一起|合伙|在|等|系|是|均|二人|两人|兄弟|夫妇|于)/;

/** Words that look like names and are not, when nothing else says a person is meant. */
const COMMON_WORDS = new Words(`
  金婚 银婚 钻石婚 包保 养老金 敬老金 余额 承保 母亲 祖母 祖父 古民居 高消费 林权 林权证 植保 皮卡车 皮卡 代发账
  周末 方向 高度 王府 王府井 许可 许诺 于公告 周庄 常熟 张家港 向阳 方圆 高新 许多 于是 和平 江南 夏天 白雪 宁静
  庄严 周游 钟声 金山 黄山 石路 林立 万元 常委 任何 任务 任职 毛病 包括 包装 成立 成本 成果 成都 程序 安全 安排
  安置 全面 全体 全部 全区 全市 时间 时期 明确 明年 应当 应该 关于 关注 关系 车辆 车主 路段 路口 文件 文化 方面
  方式 方案 向社会 于一 于本 和谐 华东 华南 华北 江苏 苏州 吴中 吴江 常州 温州 杭州 金额 金融 金阊 黄埭 黄桥 万春
  平江 司法 田地 史料 顾问 邵阳 孔子 孟子 曾经 曾任 宋体 楷体 章程 严格 严重 严肃 解决 解释 管理 管辖 范围 范文
  韩国 俞平 梁溪 相关 相应 相城 双塔 蒋介石 毛泽东 邓小平 雷锋 申报 申请 甘肃 包含 房屋 房产 房号 费用 费率 和睦
  易于 易懂 党员 党委 党组 宫殿 景德 景区 龙江 龙门 沙洲 钱塘 马路 马上 司机 师傅 计划 卫生 卫健 季度 左右 康复
  祁门 单位 单项 柏油 齐门 娄门 胥门 葑门 盘门 阊门 伍子胥 范仲淹 况且 冷链 岳阳 邹城 温度 成员 班组 秦淮 唐诗
  宋词 程度 乔迁 石湖 石化 田间 贺信 贺电 龚自珍 高一 高二 高三 初一 初二 初三 柯基 金毛 泰迪 哈士奇
  红黑榜 红白 无碑 资格证 保证金 路缘石 查收 查阅 明细账 唐山 全宗中 杨靖宇 魏拯民 赵尚志 李兆麟 后依法 金先行 松香水 许可证 储蓄卡 后新建 高铁一 高铁 居住证 籍男子 籍女子 后悄然 后注明 后注 房新建 车顺利 未填写 于同月 于当月 于次月 段河道 胡杨林 车棚 林格曼 申领 曾拨打 曾拨 曾多次 曾先后 钟点工 楼长 车通道 红榜 黑榜 戴上 盖板 暴雪
  原决定 承包地 代发至 惠农卡 惠农 资发放 保洁员 支医 富一方 高中生 初中生 小学生 中学生
  区大队 区中队 区支队 祖宅 车位 满意度 满意率 满意 明白卡 明白纸 楼栋 空置 楼栋长 单元长 承建 查明 权益 原同事
  农商银 农信社 惠民惠 农家乐 牧家乐 渔家乐 花名册 花名 名册 农商行 农商 农行 建行 工行 中行 交行 公检法 敬老爱 敬老
  刑满 名单如下 车先行 相撞 简章 冒用 申领时 应依照 释答复 安心 和新 应发 实发 金点子 原户名 原户主
  归侨 侨眷 侨属 台属 台胞 通勤 东方红 后拍照 保财险 查起 车灯 后锁定 来信中 仲案 曾驾驶 曾驾 支付 井道 井道基 益性 后按月 边民证 边民 后实行 文广新 班家长 养老保 方依法 承租方
  毛竹 毛竹林 林缘 危旧房 危房 井主 申领丧葬 申领抚恤 施保 承租 过六旬 过七旬 过八旬 过半百 关爱 关爱月 门岗 居环境 红榜农户 黑榜农户 计发 区志愿 市志愿 县志愿 时长满
  承诺书 保证书 于家中 于家里 于途中 单亲 任意 任意一 寿宴 红白事 满天星 保边缘 业主委员会 业委会 荣立一 荣立二 荣立三 越自卫 房源池 房源中 和保洁 都知道 房东家
  储值卡 权益保 原股东 后再行 矫形器 钱袋子 和金融 房内有 柴房 后经 连心卡 全家居
  渠长 林长 路长 田长 警长
  谷雨 白露 寒露 霜降 夏至 冬至 小满 芒种 立春 立夏 立秋 立冬 雨水 惊蛰 春分 秋分 清明 处暑 小暑 大暑 小寒 大寒 小雪 大雪
`);

const HAN_AT = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};

/** Where a name may end: not glued to the Han character after it, unless a following word starts there. */
function endsHere(text: string, end: number): boolean {
  return !HAN_AT(text, end) || FOLLOWING.startingAt(text, end) !== undefined;
}

/** The position before `index` with separators (colon, spaces) and a short parenthesis stepped over. */
const SEPARATORS = new Chars('：: \u3000');
function beforeSeparators(text: string, index: number): number {
  let i = index;
  while (SEPARATORS.at(text, i - 1)) i--;
  if (text.charCodeAt(i - 1) === 0xff09 /* ） */) {
    const open = openingWithin(text, i - 1, 9, '（');
    if (open >= 0) i = open;
  }
  return i;
}

/**
 * The opening bracket that the closing one at `close` closes, looked for within `reach` characters before it, or -1.
 * (Within reach only: a search back through the whole text, asked of every candidate, would make a text of many
 * closing brackets and no opening ones quadratic.)
 */
function openingWithin(text: string, close: number, reach: number, openings = '（('): number {
  for (let k = close - 1; k >= Math.max(0, close - reach); k--) if (openings.includes(text[k]!)) return k;
  return -1;
}

const MASKED = /[某＊*×X]/;

const COMPOUND_FIRST = new Chars(COMPOUND_SURNAMES.map((s) => s[0]!));
/** The characters a surname may start with: at most other positions no name starts, and that is asked first. */
const SURNAME_FIRST = new Chars([...SINGLE_SURNAMES, ...COMPOUND_SURNAMES.map((s) => s[0]!)]);

/** The name-shaped strings starting at `i`, longest first: a surname and one or two more characters. */
/** Syllables of Dai given names after 岩 (men) and 玉 (women): 岩温香, 玉坎香, 岩罕章, 玉应罕. */
const DAI_SYLLABLES = new Set([...'温罕叫应南恩香坎光甩腊依旺扁赛保康丙章庄帕拉金嫩相儿囡楠波糯英燕坦胆']);

/** 再 as the first of two given characters before a name's character (吴再英, 王再兴), not the adverb (王再说). */
function againInName(text: string, k: number, given: number): boolean {
  return given === 2 && text[k] === '再' && text[k - 1] !== '再' && GIVEN_CHARS.has(text[k + 1] ?? '');
}

/**
 * 和 as a given character: the first of two before a name's character (熊和平, 过和顺), or the last
 * where the name is closed by punctuation (李春和、, 谭家和，); not the conjunction (张伟和李娜).
 */
function andInName(text: string, k: number, given: number, givenStart: number): boolean {
  if (text[k] !== '和' || given !== 2) return false;
  return k === givenStart ? GIVEN_CHARS.has(text[k + 1] ?? '') : /^[，,、；;。（(：:]/.test(text[k + 1] ?? '');
}

/**
 * 元, 年 and 本 as the last of two given characters after a name's character (钟德元, 周永年, 孙立本), not a
 * sum, a time or a word (三千元, 周年, 今年, 成本).
 */
const LAST_GIVEN_NOT_AFTER: Record<string, RegExp> = {
  元: /[一二三四五六七八九十百千万亿两几多余整]/,
  年: /[一二三四五六七八九十百千万两几多余整周今去明当同每新往近前后来元青少中老成童全半翌隔历常长连逐]/,
  本: /[一二三四五六七八九十日基根成资样文版剧课账原读画脚范标书副正]/,
};
function lastGivenInName(text: string, k: number, given: number, givenStart: number): boolean {
  const previous = text[k - 1] ?? '';
  const notAfter = LAST_GIVEN_NOT_AFTER[text[k] ?? ''];
  return (
    notAfter !== undefined &&
    given === 2 &&
    k === givenStart + 1 &&
    GIVEN_CHARS.has(previous) &&
    !notAfter.test(previous)
  );
}

/**
 * 从 and 本 opening a given name of two, as rural generation names do (冉从贵, 王从发, 李本强), before a given name's
 * character and in no word (从小, 从中, 从业, 从严, 本人, 本月 are words); and 元 (王元春), in no sum or currency.
 */
const GENERATION_FIRST = new Chars('从本');
function followerInName(text: string, k: number, given: number, givenStart: number): boolean {
  if (given !== 2 || k !== givenStart || !GIVEN_CHARS.has(text[k + 1] ?? '')) return false;
  if (GENERATION_FIRST.at(text, k)) return wordFrequency(text.slice(k, k + 2)) < 100;
  // 元 opening a given name (王元春, 亓元春, 覃元松), in no sum (3万元以上, 五千元整), currency or word (美元, 单元, 元旦).
  return (
    text[k] === '元' &&
    !/[\d一二三四五六七八九十百千万亿两几多余]/.test(text[k - 2] ?? '') &&
    wordFrequency(text.slice(k - 1, k + 1)) < 30 &&
    wordFrequency(text.slice(k, k + 2)) < 100
  );
}

/** What follows 老 in words for people and old things (老党员, 老人, 老年, 老干部, 老同志, 老兵, 老房, 老旧, 老街). */
const OLD_WORDS = new Chars('党人年干同兵战房旧街城宅');
/** How often jieba has seen a word of three a weak surname opens for it to be the word, not a name (银行卡 216). */
const WEAK_WORD = 50;
/** …and how often for a word after 区 to be the word (卫生 4,290), not a given name (国庆 131). */
const WEAK_GIVEN_WORD = 1000;

/**
 * A weak surname's shape that is a word (银行卡, 国庆节, 山水画), or 区 before an everyday word, a district's and its
 * office's name (梁溪区|卫生健康委员会, 区发展和改革局). (Asked only of weak surnames: shapesAt runs at every surname.)
 */
function weakWord(name: string): boolean {
  return (
    (name.length === 3 && wordFrequency(name) >= WEAK_WORD) ||
    (name[0] === '区' && wordFrequency(name.slice(1)) >= WEAK_GIVEN_WORD)
  );
}

function shapesAt(text: string, i: number): string[] {
  if (!SURNAME_FIRST.at(text, i)) return [];
  const compound = COMPOUND_FIRST.at(text, i) ? COMPOUND_SURNAMES.find((s) => text.startsWith(s, i)) : undefined;
  const surname = compound ?? (SINGLE_SURNAME_CHARS.at(text, i) ? text[i]! : undefined);
  if (!surname || TITLES.startingAt(text, i + surname.length)) return [];
  const out: string[] = [];
  for (const given of [2, 1]) {
    let ok = true;
    for (let k = i + surname.length; k < i + surname.length + given; k++)
      if (
        !HAN_AT(text, k) ||
        (NOT_GIVEN.at(text, k) &&
          !againInName(text, k, given) &&
          !andInName(text, k, given, i + surname.length) &&
          !lastGivenInName(text, k, given, i + surname.length) &&
          !followerInName(text, k, given, i + surname.length))
      )
        ok = false;
    // (Nor 老 where it opens a word for people or old things: 和|老党员, 向|老人, 和|老旧小区; 蔡老三 is a name.)
    if (given === 1 && text.charCodeAt(i + surname.length) === 0x8001 && OLD_WORDS.at(text, i + surname.length + 1))
      ok = false;
    const name = text.slice(i, i + surname.length + given);
    // A weak surname only before given characters that are a name's (区永康, 区伯安, not 区政府); the Dai
    // markers 岩 and 玉 before Dai syllables (岩温叫, 玉应罕).
    const dai = (surname === '岩' || surname === '玉') && [...name.slice(1)].every((c) => DAI_SYLLABLES.has(c));
    if (ok && (!WEAK_SURNAMES.has(surname) || dai || (givenNameLikeness(name, surname) >= 0.5 && !weakWord(name))))
      out.push(name);
  }
  return out;
}

/**
 * 楼, 宿 and 后 where they are words, not surnames: 号楼, 6楼西户, 楼道, 楼栋长, 楼里, 民宿, 宿舍, 博士后, 之后, 签字后,
 * 倾倒后, 改造后, 放学后, 出院后, 下班后, 退休后.
 */
const BUILDING_WORD =
  /^(?:[\d号幢栋座层大高新旧主副办]楼|[民住寄留借归]宿|.?楼[道栋层梯顶房盘里上下内外前后]|.?宿舍|[士之以然最随此前背落午今日先而往身退会事战产饭课婚年月天令改查实理核修复检期束成毕审批定收到字章春夏秋冬倒造学院班休]后)/;

/** What a fee is named by, before 费 (律师费, 代理费, 诉讼费, 物业费 …). */
const FEE_BEFORE = /(?:律师|代理|诉讼|服务|咨询|补助|补偿|手续|工本|培训|物业|管理|停车|会员|保险|医疗|学)$/;

/** A person's words reported right after their name (…笑着说。, …说：“, …告诉记者，). */
const SPEECH_AFTER =
  /^(?:笑着|高兴地|激动地|感慨地|动情地|自豪地|对记者)?(?:说|表示|介绍|回忆|坦言|告诉记者)[：:，,。“]/;

/** What may follow a name in a list of people: a description, an amount, 家庭, 三人 … */
const ITEM_SUFFIX =
  /(?:（[^（）]{0,30}）|\d+(?:\.\d+)?元|家庭|同志|户|兄弟|姐妹|夫妇|[一二两三四五六七八九十\d]+[人名])*$/;
/** What may come before a name in a list item: the unit, place or prize it is listed under, or a label. */
const ITEM_PREFIX_END =
  /(?:医院|中心|街道|局|委|办|社区|学|学院|公司|镇|村|所|站|部|队|院|馆|人|奖|员|师|长|户|号|代表|先后有|共有|包括|[：:\s])$/;
/** Where the last item of a list runs on into the sentence (…寇思远三人已通过…, …侯宝山结合…). */
const LIST_RUNS_ON =
  /(?:已|于|在|均|分别|共|进入|获得|被|为|是|通过|将|拟|作为|参加|入选|荣获|经|因|的|反映|申请|提出|等|符合|发生|结合|合力|一起|证实|作证).*$/;

/** An item that is a name and the person's nationality (岩帕（傣族）, 韩乙四夫（撒拉族，循化县街子镇）). */
function withNationality(item: string): { name: string; at: number } | undefined {
  const m = /^\s*([\u4e00-\u9fff]{2,4})\s*（[\u4e00-\u9fff]{1,3}族[，,）]/.exec(item);
  if (!m || wordFrequency(m[1]!) >= WORD_FREQUENCY) return undefined;
  return { name: m[1]!, at: item.indexOf(m[1]!) };
}

/** The name in one list item, and where it starts in the item; undefined when there is none. */
function nameInItem(item: string, last: boolean): { name: string; at: number } | undefined {
  const core = (last ? item.replace(LIST_RUNS_ON, '') : item).replace(ITEM_SUFFIX, '').trimEnd();
  // A Tibetan, Mongolian or Yi name alone in the item (央金, 次旦卓嘎).
  const start = core.length - core.trimStart().length;
  if (core.length - start >= 2 && minorityParts(core, start) === core.length)
    return { name: core.slice(start), at: start };
  for (const length of [4, 3, 2]) {
    const at = core.length - length;
    if (at < 0) continue;
    const name = core.slice(at);
    if (!isNameShaped(name)) continue;
    if (at === 0 || ITEM_PREFIX_END.test(core.slice(0, at))) return { name, at };
  }
  return undefined;
}

/**
 * `paddedAt`: where a two-character name padded to three (赵\u3000红, moved to 赵红\u3000 in `text`,
 * padding.ts) begins.
 */
const NUMERALS = new Set([...'一二三四五六七八九十百千两']);
/**
 * A people's name (撒拉族, 满族, 高山族), or a count of money or days (计二|万, 后十五|日), or one said with its
 * measure word (约谈三家, 锁车三天): no person.
 */
function nationalityOrCount(text: string, end: number, name: string): boolean {
  if (name.endsWith('族') || text[end] === '族') return true;
  const given = name.slice(surnameOf(name)?.length ?? 1);
  if (/^[一二三四五六七八九十百千两]+[家天个次年月日亩元岁辆间户栋套块]$/.test(given)) return true;
  if (!NUMERALS.has(name[name.length - 1]!)) return false;
  return /^[一二三四五六七八九十百千两]+$/.test(given) && /^[万千百十日天人个次年月亩]/.test(text.slice(end, end + 1));
}

/** What is said of a famous person of the past, not of a private one (顾炎武故居, 学习钱学森精神). */
const FAMOUS_AFTER = /^(?:故居|故里|旧居|官邸|纪念馆|纪念(?:展|碑|园|堂|亭)|诞辰|雕像|铜像|塑像|精神|题词|等老一辈)/;
const FAMOUS_FIRST = new Chars('故旧官纪诞雕铜塑精题等');
const DIGIT_AT = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/**
 * The private persons' names in a text. `officials`, when given, receives the officials passed over in their duties
 * (a line given right after one is their office's: 联系人：付强，电话：…).
 */
export function findNames(
  text: string,
  layout: Layout,
  paddedAt: ReadonlySet<number> = new Set(),
  officials?: NameSpan[],
): NameSpan[] {
  lineContexts(text, true);
  const found: NameSpan[] = [];
  // Positions are visited in order, so a name can only overlap the last one found.
  let coveredUntil = 0;
  // Names in lists and rosters are judged by the list: collected here first, at their positions (and walked in
  // order beside the positions, not looked up at each).
  const listNames = namesInLists(text);
  for (const [at, length] of namesInRosterRows(text)) listNames.set(at, length);
  const listStarts = [...listNames.keys()].sort((a, b) => a - b);
  let nextListed = 0;
  // Where the last official named ends: the names listed right after are officials too
  // (执法人员陆文斌、顾佳; 仲裁员：陈晓东（首席）、王立新、吴敏).
  let officialUntil = -1;
  let lastOfficialLength = 0;
  // The officials named so far: named again by the name alone (区长吴国栋出席… 吴国栋逐一回应), still an official.
  const officialNames = new Map<string, number>();
  const pass = (at: number, length: number) => {
    [officialUntil, lastOfficialLength] = [at + length, length];
    if (!officialNames.has(text.slice(at, at + length))) officialNames.set(text.slice(at, at + length), at);
    officials?.push({ start: at, end: at + length });
  };
  // The next dot that may join a dotted name's parts (see dottedName).
  let nextDot = -1;
  // A name whose length is known: found, or passed over whole as an official's (联系人：区政务服务中心 格桑旺堆 is not
  // 桑旺堆 either) and remembered as one.
  const takeOrPass = (at: number, length: number) => {
    coveredUntil = at + length;
    // (…listed right after an official too, whatever its kind: 核对人：…工作组张立军、阿依古丽·木拉提.)
    // (…or set apart by spaces alone from the one before: 承办民警：热合曼·买买提\u3000艾力江·吾守尔.)
    const listedAfterOfficial =
      officialUntil >= 0 &&
      (AFTER_OFFICIAL.test(text.slice(officialUntil, at)) ||
        /^(?:\u3000|[ \u00a0]{2,})[ \u3000\u00a0]*$/.test(text.slice(officialUntil, at)));
    if (!listedAfterOfficial && !officialAt(text, at, at + length, layout)) found.push({ start: at, end: at + length });
    else pass(at, length);
  };

  for (let i = 0; i < text.length; i++) {
    if (i < coveredUntil) continue;
    // (No name begins at a digit, a stop or a space: what follows is asked only where one may.)
    if (!HAN_AT(text, i) && !listNames.has(i)) continue;
    // A dotted name may begin with a Han surname's character (艾力·买买提): tried first.
    if (nextDot < i + 2) nextDot = dotFrom(text, i + 2);
    const dotted = nextDot <= i + 6 ? dottedName(text, i) : 0;
    if (dotted > 0) {
      takeOrPass(i, dotted);
      continue;
    }
    const minority = minorityName(text, i);
    if (minority > 0) {
      takeOrPass(i, minority);
      continue;
    }
    const monk = monasticName(text, i);
    if (monk > 0) {
      takeOrPass(i, monk);
      continue;
    }
    const milk = milkName(text, i);
    if (milk > 0) {
      takeOrPass(i, milk);
      continue;
    }
    // An old-style name for a married woman, her husband's surname and her own and 氏 (王刘氏, 杭王氏).
    if (
      text.charCodeAt(i + 2) === 0x6c0f && // 氏
      SINGLE_SURNAMES.has(text[i]!) &&
      SINGLE_SURNAMES.has(text[i + 1] ?? '') &&
      text[i + 3] !== '族'
    ) {
      found.push({ start: i, end: i + 3 });
      coveredUntil = i + 3;
      continue;
    }
    const whole = wholeCellName(text, i, layout);
    if (whole > 0) {
      takeOrPass(i, whole);
      continue;
    }
    // The last character of a role or label is no surname (其母|王兰, 老师|王芳).
    // (A list of people says where its names end, whatever their given characters: 岳麻都.)
    // (The role is looked for only where a name could start: most positions hold no surname.)
    while (nextListed < listStarts.length && listStarts[nextListed]! < i) nextListed++;
    const listed = listStarts[nextListed] === i ? listNames.get(i) : undefined;
    // (A label whose first character is a surname's, with a name right after it, is no name's start: 车主|王芳, 房东|李强.)
    const label = listed ? undefined : PERSON_LABELS.startingAt(text, i, i + 8);
    if (label && label.length >= 2 && SURNAME_FIRST.at(text, i + label.length) && HAN_AT(text, i + label.length + 1))
      continue;
    const candidates = listed ? [text.slice(i, i + listed)] : shapesAt(text, i);
    const shapes =
      candidates.length && (roleEndsAt(text, i + 1) || (ACTIONS.endingAt(text, i + 1)?.length ?? 0) > 1)
        ? []
        : candidates;
    if (!shapes.length) {
      // A name of no Han surname (巴特尔, 阿依古丽·买买提) is known by its list, or its label and the sex after it.
      const unknown = listed ?? nameWithoutSurname(text, i);
      if (unknown) takeOrPass(i, unknown);
      continue;
    }
    if (MASKED.test(shapes[0]!)) continue;
    // An official in their duties, or an appointment, rules the position out whatever the length
    // (王建华，区长 is not 王建 either).
    const gap = officialUntil >= 0 ? text.slice(officialUntil, i) : '';
    // (The next one's body in such a list is passed over whole, its surname-like first character no name: 、金积镇 纳文华.)
    const bodyInList = /^[、和及与]$/.test(gap) ? BODY_BEFORE_NAME.exec(text.slice(i, i + 17)) : null;
    if (bodyInList) {
      coveredUntil = i + bodyInList[0].length;
      continue;
    }
    if (
      shapes.some((n) => officialAt(text, i, i + n.length, layout)) ||
      AFTER_OFFICIAL.test(gap) ||
      // (…or set apart by spaces alone on the line they sign: 仲裁员：顾振华（首席）\u3000周敏\u3000许建新; not
      // after a word taken for one, 开庭通知书\u3000向明翠.)
      (/^(?:（[^（）]{0,10}）)?(?:\u3000|[ \u00a0]{2,})[ \u3000\u00a0]*$/.test(gap) &&
        !isWord(text.slice(officialUntil - lastOfficialLength, officialUntil)))
    ) {
      pass(i, shapes[0]!.length);
      coveredUntil = officialUntil;
      continue;
    }
    // Right after the last name, joined to it by 和, 与, 及, 伙同 or 、.
    const last = found.at(-1);
    // (No name runs on from a name found right before it, with nothing between, whose given name is a word: 闻秀珍|曾来电
    // is a verb after a name. Names spaced out, 罗 宝 珍 罗 振 华, are read here with their spaces left out.)
    if (
      last?.end === i &&
      !listed &&
      shapes.some((n) => n.length === 3 && (isVerb(n.slice(1)) || wordFrequency(n.slice(1)) >= 1000))
    )
      continue;
    // (…perhaps after the last one's particulars in brackets: 王建国（手机…）和白玉林.)
    const afterName =
      last !== undefined && /^(?:[（(][^（）()\n]{0,60}[）)])?(?:[和与及、]|伙同)$/.test(text.slice(last.end, i));
    const accepted = shapes.filter(
      (name) =>
        !insideRoadName(text, i, i + name.length) &&
        (paddedName(text, i, name, paddedAt) || isName(text, i, i + name.length, name, layout, listNames, afterName)) &&
        !wordRunsPast(text, i, i + name.length),
    );
    // Of the shapes that read as a person: the one whose words are reported after it (王琳说， → 王琳, not 王琳说);
    // else the longest followed by punctuation; else the shortest followed by a word that follows people
    // (申请人甘露要求 → 甘露, 其父王五称 → 王五); else the longest.
    // (A third character no given name needs, where it opens a word with the next, is that word's: 侄子刘强|冒领,
    // 被告人张军|殴打; not 王建国|家住.)
    const shapesRead = accepted.filter(
      (n) =>
        !(
          n.length === 3 &&
          surnameOf(n)?.length === 1 &&
          accepted.includes(n.slice(0, 2)) &&
          givenNameLikeness(n, n[0]!) < 1 &&
          givenNameLikeness(n.slice(0, 2), n[0]!) === 1 &&
          wordFrequency(text.slice(i + 2, i + 4)) >= 20
        ),
    );
    const name =
      shapesRead.find((n) => SPEECH_AFTER.test(text.slice(i + n.length, i + n.length + 8))) ??
      shapesRead.find((n) => !HAN_AT(text, i + n.length)) ??
      [...shapesRead].reverse().find((n) => FOLLOWING.startingAt(text, i + n.length)) ??
      shapesRead[0];
    if (name) {
      found.push({ start: i, end: i + name.length });
      coveredUntil = i + name.length;
    }
  }
  return withRepeats(text, withListedBefore(text, withListLines(text, found))).filter(
    (f) =>
      !insideFirmName(text, f.start, f.end) &&
      !insideProjectName(text, f.start, f.end) &&
      // (…unless a label or a private role says a person there: …，申请人吴国栋.)
      !(
        officialNames.size &&
        officialNames.has(text.slice(f.start, f.end)) &&
        (officialNames.get(text.slice(f.start, f.end))! <= f.start || headlineVisit(text, f.start, f.end)) &&
        // (…a body's representative's label says no more than the official's post did: 被告行政机关负责人李文涛及
        // 委托代理人王海龙到庭.)
        (/(?:代理人|负责人)[：:\s]*$/.test(text.slice(Math.max(0, f.start - 6), f.start)) ||
          (!roleEndsAt(text, f.start) && !PERSON_LABELS.endingAt(text, beforeSeparators(text, f.start))))
      ),
  );
}

/** What follows a residential project's name in quotation marks: the project, its phase, a building, its owners. */
const PROJECT_AFTER =
  /^[”"」](?:项目|小区|楼盘|[一二三四五六七八九十\d]+期|\d+(?:号楼|幢|栋)|业主|逾期交房|交房|烂尾|停工|安置房|商品房)/;

/**
 * A name inside the quoted name of a residential project (“盛和府”5号楼, “锦澜·云庭”小区, “齐都·颐和府”一期): the
 * developer's word for it, not a person, whoever it sounds like.
 */
function insideProjectName(text: string, start: number, end: number): boolean {
  // (Looked for a few characters either side only: a long text without quotation marks is not searched end to end
  // for each name found in it.)
  const before = text.slice(Math.max(0, start - 8), start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.includes('\n', open)) return false;
  const close = text.slice(end, end + 9).indexOf('”');
  return (
    close >= 0 &&
    !text.slice(end, end + close).includes('\n') &&
    PROJECT_AFTER.test(text.slice(end + close, end + close + 8))
  );
}

/** What an official is headlined doing before the story says who they are (常海涛到…走访, 朱宏伟走访慰问…). */
const HEADLINE_VISIT = /^(?:到|赴|深入|走访|调研|检查|督导|督查|慰问|看望|暗访|主持|出席|会见|带队|率队|专题)/;

/**
 * A headline that opens with an official's name and what they did (马晓东到东关片区调研棚改征收工作), the story
 * under it naming them with their post (区委副书记、区长马晓东): the headline's name is the official's too.
 */
function headlineVisit(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && HEADLINE_VISIT.test(text.slice(end, end + 2));
}

/** A child's milk name after its word (小名丰子, 乳名叫豆豆), whatever its characters: a person's name, as a school or a clinic writes it. */
const MILK_NAME_BEFORE = /(?:小名|乳名|奶名)(?:叫|是)?[：:]?$/;
const MILK_NAME = /^(?![叫是很也就都还的])[\u4e00-\u9fff]{1,3}(?=[，,。；;）)、\s“”"]|$)/;
const MILK_NAME_LAST_BEFORE = new Chars('名叫是：:');
/**
 * A Buddhist monastic's name, 释 and two characters (释妙觉, 释慧明), where the text speaks of a temple or its clergy: a
 * religious site's staff are private people (not 释放, 释义, words).
 */
function monasticName(text: string, i: number): number {
  if (text[i] !== '释' || !/^释[\u4e00-\u9fff]{2}/.test(text.slice(i, i + 3))) return 0;
  if (isWord(text.slice(i, i + 2)) || isWord(text.slice(i, i + 3))) return 0;
  return MONASTERY.test(text.slice(Math.max(0, i - 200), i + 200)) ? 3 : 0;
}
const MONASTERY = /寺|庵|佛教|僧人|法师|住持|出家|教职人员/;

function milkName(text: string, i: number): number {
  if (!MILK_NAME_LAST_BEFORE.at(text, i - 1) || !MILK_NAME_BEFORE.test(text.slice(Math.max(0, i - 5), i))) return 0;
  const name = MILK_NAME.exec(text.slice(i, i + 4))?.[0];
  return name && !isWord(name) ? name.length : 0;
}

/** A line of a list that opens with a person and their particulars in brackets (杜鹃（保合少镇面铺窑村村民）). */
const LIST_LINE = /^(?:\d{1,3}[.、．]\s*)?([\u4e00-\u9fff·]{2,6})[（(][^（）()\n]{2,60}[）)]/;

/**
 * A list laid out one person a line, each with their particulars in brackets, is a list of people: where two
 * of its lines or more open with a name found, the name opening each other line is one too, though it reads
 * as a word or has no Han surname (杜鹃（…村民）, 萨如拉（…网格员）), unless it names a place or an organisation.
 */
function withListLines(text: string, found: NameSpan[]): NameSpan[] {
  if (!text.includes('\n')) return found;
  const starts = new Set(found.map((f) => f.start));
  const added: NameSpan[] = [];
  let block: NameSpan[] = [];
  let named = 0;
  const close = () => {
    if (named >= 2) for (const line of block) if (!starts.has(line.start)) added.push(line);
    block = [];
    named = 0;
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const m = LIST_LINE.exec(line);
    if (!m) close();
    else {
      const token = m[1]!;
      const start = lineStart + m[0].indexOf(token);
      const alreadyFound = starts.has(start);
      if (alreadyFound) named++;
      const noPerson =
        MASKED.test(token) ||
        PLACE_OR_ORG.endingAt(token, token.length) ||
        ENDS_AS_ORGANISATION.test(token) ||
        COMMON_WORDS.has(token);
      if (alreadyFound || !noPerson) block.push({ start, end: start + token.length });
    }
    lineStart += line.length + 1;
  }
  close();
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/**
 * A name listed right before a person found (通过王琳、黄子轩的账户, 流转周德本、周德法等47户的承包地): the one before
 * the 、 is a person too, where it reads wholly as a name and begins where a word before it ends. (Officials are not
 * among those found, so no one listed before an official is taken.)
 */
function withListedBefore(text: string, found: NameSpan[]): NameSpan[] {
  const added: NameSpan[] = [];
  for (let k = found.length - 1; k >= 0; k--) {
    let next = found[k]!;
    while (text[next.start - 1] === '、') {
      const end = next.start - 1;
      // (…never reaching back into the name found before it.)
      const start = [2, 3, 4]
        .map((length) => end - length)
        .find((at) => at >= 0 && (k === 0 || at >= found[k - 1]!.end) && listedName(text, at, end));
      if (start === undefined) break;
      next = { start, end };
      added.push(next);
    }
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}
function listedName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const surname = surnameOf(name);
  const party = privateRoleEndsAt(text, start) || PERSON_LABELS.endingAt(text, start) !== undefined;
  return (
    surname !== undefined &&
    !WEAK_SURNAMES.has(surname) &&
    name.length - surname.length >= 1 &&
    name.length - surname.length <= 2 &&
    givenNameLikeness(name, surname) === 1 &&
    !isWord(name) &&
    !COMMON_WORDS.has(name) &&
    wordFrequency(name) < 50 &&
    !insideWord(text, start) &&
    // (…not after staff of a kind, 执法骨干邓伟、谢红, 踏勘人员张敏、李建平, unless their label says a private party.)
    OFFICIAL_TITLES.endingAt(text, start) === undefined &&
    (party || !/(?:人员|骨干|专家|干部)$/.test(text.slice(Math.max(0, start - 2), start))) &&
    // (…beginning where the text or a word before it ends: 通过|王琳, ，王琳, 邻村|周德本.)
    (party ||
      !HAN_AT(text, start - 1) ||
      wordFrequency(text.slice(start - 2, start)) >= 1000 ||
      ACTIONS.endingAt(text, start) !== undefined)
  );
}

/**
 * A word of three or four characters that starts with the given name and runs past its end (区|见义勇为,
 * 修|自行车, 楼|焕然一新, 方|联系人): the word is read, not a name.
 */
function wordRunsPast(text: string, start: number, end: number): boolean {
  // (An idiom of four the surname begins, running past the name: 蔚然成|风.)
  if (end - start < 4 && start + 4 <= text.length && wordFrequency(text.slice(start, start + 4)) >= IDIOM_PAST)
    return true;
  const from = start + 1;
  for (let length = 3; length <= 4; length++)
    if (
      from + length > end &&
      from + length <= text.length &&
      // (…not one that only adds a particle: 甜甜|的 after 王甜甜.)
      !/^[的了地得]$/.test(text.slice(end, from + length)) &&
      wordFrequency(text.slice(from, from + length)) >= RUNS_PAST
    )
      return true;
  return false;
}
const RUNS_PAST = 50;
const IDIOM_PAST = 20;

/** What goes on from a road's or an estate's name to the rest of its address. */
const ROAD_GOES_ON = /^[\u4e00-\u9fff]{0,5}?(?:道|路|街|巷|里|胡同|小区|花园|苑|弄|\d+(?:号|期|栋|幢))/;

/**
 * A name read across a road's name (民族路|盛世长安小区, 和平路|东七道街4号, 杨村街道|雍阳西道, 迎宾路|凤凰水城南岸3期): the road's or the
 * estate's, where the name begins with the end of the road before it or right after a town's street
 * office, and the address goes on after it.
 */
function insideRoadName(text: string, start: number, end: number): boolean {
  if (!HAN_AT(text, start - 1) || roleEndsAt(text, start) || PERSON_LABELS.endingAt(text, start)) return false;
  const roadEnd = /[路街巷楼]/.test(text[start]!) && /[\u4e00-\u9fff]{2}$/.test(text.slice(start - 2, start));
  const afterTown = /(?:街道|镇|乡)$/.test(text.slice(Math.max(0, start - 2), start));
  return (roadEnd || afterTown) && ROAD_GOES_ON.test(text.slice(end, end + 8));
}

/** How the name of a firm, a shop or a workshop ends (…五金制品有限公司, …拌粉店, …液化气站, …海鲜排档). */
const FIRM_END =
  /^[\u4e00-\u9fff]{0,8}?(?:有限公司|公司|厂|店|馆|站|商行|坊|经营部|门市部|批发部|诊所|民宿|排档|合作社|工作室|超市|餐厅|酒家|饭庄|药房|加工点|修理部|维修部|培训学校)/;

/** How often jieba has seen a city's name a firm's name opens with (常德 655, 乐山 106, 曲靖 58, 周口 37). */
const CITY_WORD = 30;
/** A company's legal form, after its trade words (…远物流有限公司, …化正源律师事务所). */
const CORPORATE_END =
  /^(?:[\u4e00-\u9fff]{2,10}?(?:有限责任公司|股份有限公司|有限公司)|[\u4e00-\u9fff]{0,10}?律师事务所)/;

/**
 * A name glued inside a firm's name, a few characters after the place it begins with (南海区祥丰五金制品
 * 有限公司, 东湖区黄春生拌粉店): the firm's, not a person's, even where the owner bears it. Not after a
 * person's label or role (申请人黄春生), nor where the text goes on with what a person does (…经营的拌粉店).
 */
function insideFirmName(text: string, start: number, end: number): boolean {
  // (A company's name before the few characters that end it, wherever it stands: 唐山宏|远物流有限公司,
  // 系阜|阳瑞达劳务派遣有限公司, 吉林通|化正源律师事务所, 在宁夏吴忠宏|远建材有限公司上班; not a person who acts
  // for one: 滕海峰作为…有限公司的实际控制人, 王芳任…有限公司经理.)
  const corporate = CORPORATE_END.exec(text.slice(end, end + 16))?.[0];
  // (…words that say what a person does there, not 建设 or 经贸 in the firm's trade.)
  const company =
    corporate !== undefined &&
    !/[的在于与和是系住为作任某向到给被对把从就诉]|开设|设立|设在|经营|经理|营业|委托|反映|单位/.test(corporate);
  // After a party's label or role, only a firm named by its city (被告：常德沅|城燃气有限公司, 被申请人乐山嘉|州物业…):
  // a person named there may go on to the firm they act against (诉求人邓国平反映…建设有限公司).
  if (roleEndsAt(text, start) || PERSON_LABELS.endingAt(text, start))
    return company && wordFrequency(text.slice(start, start + 2)) >= CITY_WORD;
  if (company) return true;
  // (A firm or a school whose name opens a line or a cell with its city: 衡水启|明职业技能培训学校; not a compound
  // surname, 欧阳娟的湘绣工作室.)
  if (
    firmAfter(text, end) &&
    (start === 0 || text[start - 1] === '\t' || text[start - 1] === '\n') &&
    surnameOf(text.slice(start, start + 2))?.length !== 2 &&
    wordFrequency(text.slice(start, start + 2)) >= CITY_WORD
  )
    return true;
  // (A shop's name is looked for only after three characters at least, where its place may stand, and begins with its
  // place a few characters before: 南海区祥|丰五金; or it opens a table's cell with its place written short:
  // 椒|江国强汽车修理厂; or a cell opens with it, two characters that are a given name rather than a full one: 桂兰米粉店
  // beside its keeper 上官桂兰, not 饶水根兽药店.)
  const opensCell =
    /[\t\n][\u4e00-\u9fff]{1,2}$/.test(text.slice(Math.max(0, start - 3), start)) ||
    (text[start - 1] === '\t' && end - start === 2);
  if (!opensCell && !/[\u4e00-\u9fff]{3}$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  if (!opensCell && !/[市区县镇乡旗][\u4e00-\u9fff]{0,3}$/.test(text.slice(Math.max(0, start - 4), start)))
    return false;
  return firmAfter(text, end);
}
/** A firm's name goes on from `end` to how it ends, with no word between that says what a person does there. */
function firmAfter(text: string, end: number): boolean {
  const firm = FIRM_END.exec(text.slice(end, end + 14))?.[0];
  return firm !== undefined && !/[的在于与和是系开设营住]/.test(firm.slice(0, -1));
}

/**
 * A document names a person plainly once (申请人区永康) and then by the name alone (区永康家住…):
 * every other occurrence of a name found is the person too, where it is no word and not inside one.
 */
/** How a person is called by their given name: 叔, 婶子, 婆婆, 大姐 … */
const ADDRESS_TERM = /^(?:叔|婶|姨|伯|舅|哥|姐|嫂|爷|奶|婆|阿姨|大爷|大妈|大娘|大姐|大哥|老人|师傅)/;

function withRepeats(text: string, found: NameSpan[]): NameSpan[] {
  const names = new Set<string>();
  for (const f of found) {
    const name = text.slice(f.start, f.end);
    if (!/^[\u4e00-\u9fff·]{2,}$/.test(name)) continue;
    // (A name of two characters too, where it is no word (冉军); one that is a word (林海, 宁静) only where a
    // label or a role said so when it was found: 申请人林海，… 林海回复称.)
    const said =
      PERSON_LABELS.endingAt(text, beforeSeparators(text, f.start)) !== undefined || roleEndsAt(text, f.start);
    if (!isWord(name) || (name.length === 2 && said)) names.add(name);
  }
  if (names.size === 0) return found;
  // A person named in full, called later by the given name and a term of address (仝德山 … 德山叔, 彭玉芝 …
  // 玉芝婆婆), as mediation records and news quote people speaking.
  const givens = new Set(
    [...names]
      .filter((n) => n.length === 3 && SINGLE_SURNAMES.has(n[0]!) && wordFrequency(n.slice(1)) < WORD_FREQUENCY)
      .map((n) => n.slice(1)),
  );
  // (Looked up by first character in a map, not a Words or a Chars table: those are built for long fixed lists, and
  // this runs for every window a line break may cut a name in.)
  const lengthsByFirst = new Map<number, number[]>();
  for (const n of [...names, ...givens]) {
    const lengths = lengthsByFirst.get(n.charCodeAt(0)) ?? [];
    if (names.has(n) && !lengths.includes(n.length)) lengths.push(n.length);
    lengthsByFirst.set(n.charCodeAt(0), lengths);
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  const knownAt = (i: number, until: number) =>
    lengthsByFirst.get(text.charCodeAt(i))!.find((n) => i + n <= until && names.has(text.slice(i, i + n)));
  const out: NameSpan[] = [];
  let next = 0;
  let coveredUntil = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < found.length && found[next]!.start <= i) {
      out.push(found[next]!);
      coveredUntil = Math.max(coveredUntil, found[next]!.end);
      next++;
    }
    if (i < coveredUntil || !lengthsByFirst.has(text.charCodeAt(i))) continue;
    const upcoming = found[next]?.start ?? text.length;
    const addressed =
      i + 2 <= upcoming && givens.has(text.slice(i, i + 2)) && ADDRESS_TERM.test(text.slice(i + 2, i + 4));
    const length = knownAt(i, Math.min(upcoming, text.length)) ?? (addressed ? 2 : undefined);
    // (A name of three characters or more is no part of a word that runs into it or out of it — 对|白海军,
    // 高亚东|家, 白海军|用 — as two characters may be: 李明|天.)
    if (length === undefined || (length < 3 && insideWord(text, i))) continue;
    if (addressed && length === 2) {
      out.push({ start: i, end: i + 2 });
      coveredUntil = i + 2;
      continue;
    }
    const end = i + length;
    if (length < 3 && HAN_AT(text, end) && wordFrequency(text.slice(end - 1, end + 1)) >= GLUED) continue;
    // (A name of two characters stands apart: before punctuation or a word that follows people, after
    // punctuation or a word a person follows — not run into a shop's or a place's name: 陈诚|眼镜行, 田林|十二村.)
    if (
      length === 2 &&
      ((HAN_AT(text, end) && !FOLLOWING.startingAt(text, end)) ||
        (HAN_AT(text, i - 1) &&
          !roleEndsAt(text, i) &&
          !PERSON_LABELS.endingAt(text, i) &&
          !/[经对向与和及由给把被让叫将]/.test(text[i - 1]!)))
    )
      continue;
    out.push({ start: i, end });
    coveredUntil = end;
  }
  // A name the text also puts before 区 or 县 is a place's (日喀则市桑珠孜区…，在桑珠孜干了六年).
  const places = new Set(
    out.filter((s) => /^[区县旗](?![长委])/.test(text.slice(s.end, s.end + 2))).map((s) => text.slice(s.start, s.end)),
  );
  return places.size ? out.filter((s) => !places.has(text.slice(s.start, s.end))) : out;
}

/**
 * Parts of Tibetan, Mongolian and Yi names, written in Chinese characters without a Han surname
 * (次仁卓嘎 is 次仁 + 卓嘎, 萨仁图雅 is 萨仁 + 图雅, 巴特尔 is one; 吉克阿呷 is the Yi clan 吉克 and the
 * given name 阿呷). Two parts make a name wherever they are not inside a word (事故发生时次仁旺堆正在);
 * one part of three characters or more where a person may stand.
 */
const MINORITY_NAME_PARTS = new Words(`
  次仁 扎西 尼玛 旦增 丹增 格桑 白玛 才让 多吉 多杰 卓嘎 卓玛 央金 央宗 平措 曲珍 达瓦 达娃 巴桑 边巴
  普布 拉巴 索朗 顿珠 罗布 米玛 洛桑 强巴 拉姆 德吉 次旦 桑珠 旺堆 旺姆 加措 嘉措 东智 才旦 更登 仁增
  措姆 玉珍 琼达 班旦 欧珠 贡布 群培 次珍 白珍 益西 贡嘎 土登 丹巴 桑杰 阿旺 晋美 尼玛次仁 拉珍 仓决 才仁
  央珍 当周 拉毛 泽仁 泽旺 泽郎 斯郎 四郎 扎巴 呷绒 降措 拉宗 曲宗 占堆 多布杰 德央 顿措 次成 东主 江村 旺久
  卓嘎 仁青 旦巴 格列 尼珍 巴珠 扎西顿珠 措姆 玉措 拉措 才让措 德吉 央拉 白措 吉宗
  桑吉 降央 尕藏 朗嘉 顿旦 达珍 索南 公保 完玛 夏吾 久美 华旦 卓尕 旦正 才让加 更登加 南加 昂旺 嘉央
  巴特尔 苏日娜 格日勒图 萨仁 图雅 乌云 其木格 巴音 其其格 那日苏 那日松 额尔敦 宝音 斯琴 高娃 朝鲁
  孟和 敖其尔 特木尔 吉日嘎拉 阿拉坦 巴雅尔 毕力格 格根 塔娜 萨日娜 阿古拉 苏和 布和 额尔德尼 满都拉
  乌力吉 德力格尔 图门 达来 呼和 敖登 其乐木格 萨其拉 巴图 额日登 照日格图 斯日古楞 娜仁 托娅 乌日娜
  阿如娜 苏布道 道尔吉 其布日 孟克 温都苏 宝力格 宝力道 格日乐 吉雅 乌兰其其格 图布信 额尔登
  乌兰 乌日图 额尔德木图 那仁 格日勒 朝克图 阿拉坦仓 巴图孟和 苏日古嘎 萨出拉 乌恩 哈斯 查干
  宝力德 白音 其其格玛 木仁 那顺 苏荣 乌日汗 格日乐图 毕力格 额尔敦 图雅 哈斯 其其格苏荣 巴图那顺 敖日格乐
  巴根 朝鲁门 吉日格拉 呼格吉勒 吉日木图 阿拉腾 乌日根 达楞 那木吉拉 阿拉腾图雅 哈斯巴根 图门吉日嘎拉
  吉克 沙马 阿西 海来 曲比 俄木 吉伍 马海 勒格 阿苏 吉木 瓦扎 阿约 日火 阿的 俄底 木乃 加拉 阿尔 吉好
  拉则 木呷 阿呷 拉哈 阿果 阿牛 约格 石者 沙玛 阿依 拉者 尔古 伍各 阿木 石古 曲布 约布 阿衣 友古 阿且
  日呷 伍呷 木几 阿支 尔布 曲者 拉惹 么么 阿此 石哈 阿莫 呷呷 尔哈 阿格 补约 阿育 阿芝 阿力 俄的 日哈
  勒尔 阿吉 拉日 木呷 伍各 阿说 拉且 约哈 阿呷莫 日黑 吉觉
  敖日格勒 苏日格图 阿木古楞 其木德 诺敏 宝音图 朝克巴特尔 巴特 朝克 赛娜 乌云其木格 斯琴高娃 苏雅拉图 格根图雅
  索南加 先巴 泽郎甲 俄让 三郎 洛松 更登措 旦正加 约呷 莫各 曲措 曲扎
  才旺 次旺 嘎玛 噶玛 边多 次称 此里 鲁茸 七林 格勒 根秋 德庆 其美 梅朵 诺布 洛布 达杰 旺扎 贡觉 觉嘎 吾金
  土旦 登巴 丹珍 斯朗 拉吉 群宗 白央 央吉 罗珠 曲尼 扎拉 旺青 次央 拉珠 卓措 仁青措
  朝格图 娜仁花 那仁花 萨仁花 那木斯来 巴雅尔图 苏德 呼斯楞 敖特根 满都呼 孟根 陶格斯
  岩罕 岩应 岩香 岩坎 岩温 岩保 岩光 岩庄 岩依 岩叫 岩龙 岩扁 玉罕 玉香 玉应 玉喃 玉坎 玉丙 玉叫 玉光 玉捧 玉腊 玉旺
`);

/** Where the parts of a Tibetan, Mongolian or Yi name starting at `i` end (at most three parts). */
function minorityParts(text: string, i: number): number {
  let end = i;
  for (let parts = 0, w = MINORITY_NAME_PARTS.startingAt(text, end); w && parts < 3; parts++) {
    end += w.length;
    w = MINORITY_NAME_PARTS.startingAt(text, end);
  }
  return end;
}

/** The length of a Tibetan or Mongolian name at `i` (see MINORITY_NAME_PARTS), or 0. */
function minorityName(text: string, i: number): number {
  const end = minorityParts(text, i);
  if (end === i) return 0;
  const onePart = MINORITY_NAME_PARTS.startingAt(text, i)!.length === end - i;
  // A label or a role says a person: even one part of two characters is the name (丈夫格桑在…, 户主洛桑，).
  // (…and so does a table row that opens with it: 呼和 | …嘎查 | 9960元.)
  // (…and so does what a person does, right after it: 平措反映…, 那顺称….)
  const said =
    PERSON_LABELS.endingAt(text, beforeSeparators(text, i)) !== undefined ||
    ROLES.endingAt(text, i) !== undefined ||
    (!HAN_AT(text, i - 1) && PERSON_ACTS.test(text.slice(end, end + 3))) ||
    (/^\n?$/.test(text.slice(i - 1, i)) && text[end] === '\t') ||
    formLabelCellBefore(text, i);
  // Whole: not the start of a longer word or a place (巴音郭楞州), and not inside one — unless a role
  // or label says a person and the name is of three characters or more (我父亲宝音德力格尔了, 工友吉日嘎拉打到…).
  if (HAN_AT(text, end) && !FOLLOWING.startingAt(text, end) && !wordAfter(text, end) && (!said || end - i < 3))
    return 0;
  if (PLACE_OR_ORG.startingAt(text, end)) return 0;
  if (onePart && end - i < 3) return said ? end - i : 0;
  const clean =
    (!onePart && !insideWord(text, i)) || !HAN_AT(text, i - 1) || said || ACTIONS.endingAt(text, i) !== undefined;
  return clean ? end - i : 0;
}

const NAME_BEFORE_SEX = /^[\u4e00-\u9fff]{2,6}(?:[·•・][\u4e00-\u9fff]{2,8})?(?=[，,（(]\s*[男女][，,、）)])/;

/**
 * The characters Uyghur, Kazakh, Tibetan and Mongolian names are transliterated with (阿依古丽, 热合曼江,
 * 买买提江, 阿曼别克), from the development corpora's names of no Han surname; few Chinese words are made
 * of them alone.
 */
const TRANSLITERATED = new Set([
  ...'买尔阿提仁次依吐拉卓热丽古玛合木曼格逊努都不西扎吉力达嘎旦德桑多旺央布兰措图吾尼其才珠姆顿克孜瓦让珍洪巴曲额宝帕托堆斯增萨雅娃江宗日音朝娜鲁泽洛敦卜哈肉杜迪赛别拜尕坦汗夏库麦亚米卡勒艾罕苦山呷',
  // (…and others such names are written with: 克里木, 穆罕默德, 玉素甫, 比拉力, 艾则孜, 叶尔肯, 纳扎尔, 乌斯曼.)
  ...'里穆默素甫比塔希则列叶肯纳乌丹那胡',
]);
/**
 * A transliterated name of three characters or more right after a label or a role, up to where it is
 * closed or what the person does begins (诉求人阿依古丽反映…, 来信人热合曼江称…, 村民买买提江说…), or 0.
 * After a label a run of four such characters or more is the name whatever follows (邻居帕提古丽也来…);
 * opening a clause with no label, only one followed by its people or its words (阿苦日古（彝族）…, …，阿苦日古说).
 */
function transliteratedName(text: string, i: number, labelled: boolean): number {
  let end = i;
  while (end < i + 8 && TRANSLITERATED.has(text[end] ?? '')) end++;
  if (end - i < 3 || insideWord(text, i)) return 0;
  for (let e = end; e >= i + 3; e--) {
    const name = text.slice(i, e);
    if (wordFrequency(name) >= WORD_FREQUENCY || COMMON_WORDS.has(name)) continue;
    // (…not a place: 克拉玛依|市.)
    if (PLACE_OR_ORG.startingAt(text, e)) return 0;
    const after = text.slice(e, e + 8);
    if (!labelled) {
      if (/^[（(][\u4e00-\u9fff]{1,3}族[）)]/.test(after) || PERSON_ACTS.test(after) || SPEECH_AFTER.test(after))
        return e - i;
      continue;
    }
    if ((e === end && e - i >= 4) || !HAN_AT(text, e) || FOLLOWING.startingAt(text, e) || PERSON_ACTS.test(after))
      return e - i;
  }
  return 0;
}

/** What a clause opens after. */
const CLAUSE_OPENS = new Chars('\n。；;：:，,');
/**
 * The length of a name with no known surname, or 0: before a sex, right after a person's label, a role or at a
 * clause's start (申请人：巴特尔，男, 经查，阿依古丽，女); transliterated after a label or opening a clause
 * (see transliteratedName). (A dotted name at the position has been looked for already: findNames asks for one first.)
 */
function nameWithoutSurname(text: string, i: number): number {
  // (Asked at every position no surname starts: the cheapest tests first.)
  if (!HAN_AT(text, i)) return 0;
  const clauseOpens = i === 0 || CLAUSE_OPENS.at(text, i - 1);
  const labelEnd = beforeSeparators(text, i);
  const labelled =
    PERSON_LABELS.endingAt(text, labelEnd) !== undefined ||
    ROLES.endingAt(text, labelEnd) !== undefined ||
    kinLetterBefore(text, labelEnd);
  // (…or a role, or the start of a clause: 低保户：格桑（男，68岁）, 经查，阿依古丽，女，….)
  if (!labelled && !clauseOpens) return 0;
  // (…not the last character of a longer label: 被告|人欧阳光明 is 被告人|欧阳光明.)
  if (labelled && PERSON_LABELS.endingAt(text, i + 1) !== undefined) return 0;
  const m = NAME_BEFORE_SEX.exec(text.slice(i, i + 20));
  if (!m) return formValue(text, i, labelEnd) || transliteratedName(text, i, labelled);
  if (MASKED.test(m[0])) return 0;
  // (At a clause's start, not a label or a word in the name's place: 原告马尕西木，男 starts at the name,
  // 性别，男 names no one; nor a kind of person before a name, 失联人员王芳，女.)
  if (
    !labelled &&
    (PERSON_LABELS.startingAt(text, i) ||
      /^[\u4e00-\u9fff]{1,4}(?:人员|者)[\u4e00-\u9fff]{2,3}$/.test(m[0]) ||
      ROLES.startingAt(text, i) ||
      wordFrequency(m[0]) >= WORD_FREQUENCY ||
      COMMON_WORDS.has(m[0]))
  )
    return 0;
  return m[0].length;
}

/**
 * The value of a form's name field after its colon, whoever's name it is (申请人姓名：宝音仓, 姓名：阿拉坦仓): two to four
 * characters closed by the field's end, not a word or a form's label.
 */
function formValue(text: string, i: number, labelEnd: number): number {
  if (!/姓名[：:]\s*$/.test(text.slice(Math.max(0, labelEnd - 2), i))) return 0;
  const value = /^[\u4e00-\u9fff]{2,4}(?=[\t\n，,；;。（(]|\s{2}|$)/.exec(text.slice(i, i + 6))?.[0];
  return value && formName(value) ? value.length : 0;
}
/**
 * Whether a form's value in a name's place may be a name: no word, label or mask, and no column's heading made of
 * words (家庭人口, 优抚类别, 所在屯 in a header row after 姓名).
 */
const formName = (value: string) =>
  !isWord(value) &&
  wordFrequency(value) < WORD_FREQUENCY &&
  !(value.length > 2 && (wordFrequency(value.slice(0, 2)) >= 50 || wordFrequency(value.slice(-2)) >= 50)) &&
  !COLUMN_LABEL_END.test(value) &&
  !PADDED_LABELS.has(value) &&
  !COMMON_WORDS.has(value) &&
  !MASKED.test(value) &&
  !PERSON_LABELS.startingAt(value, 0) &&
  !PLACE_CHARS.has(value.at(-1)!);

/** 努尔古丽·买买提: a given name and a father's name joined by a dot, as Uyghur and other names are written. */
const DOTTED = /^([\u4e00-\u9fff]{2,6})[·•・]([\u4e00-\u9fff]{2,7})/;
const DOTS = /[·•・]/g;
const NAME_DOTS = new Chars('·•・');
/** Where the next dot at or after `from` is (the text's length when there is none). */
function dotFrom(text: string, from: number): number {
  DOTS.lastIndex = from;
  return DOTS.exec(text)?.index ?? text.length;
}
/** Who a dotted name may also be: a foreign figure in the news is not a private person. */
const FOREIGN_FIGURE =
  /(?:总统|总理|首相|国王|外长|大使|议长|球星|作家|诗人|哲学家|科学家|教授|导演|演员|歌手|公司)[\u4e00-\u9fff]{0,4}$/;

/**
 * A neighbour named in a plot's bounds by what of theirs it runs to (东至林世荣山, 西至赵拴柱地, 北至潘老岩林地,
 * 南至冯宝林宅): a full name there that is no word is a person's, though 山 or 园 after it would make it a place.
 */
function neighbourInBounds(text: string, start: number, end: number, name: string): boolean {
  const surname = surnameOf(name) ?? name[0]!;
  return (
    /^[东西南北]/.test(text.slice(start - 2, start - 1)) &&
    name.length - surname.length === 2 &&
    /^(?:[家宅户地田山林屋房园]|承包地|责任田|自留)/.test(text.slice(end, end + 3)) &&
    !isWord(name) &&
    givenNameLikeness(name, surname) >= 0.5
  );
}
const BOUND_LETTER = new Chars('至邻靠抵');

/** What before a candidate may join it to a name or make it a label's (与, 和, 及, 同, 人, 者). */
const NOT_PLAIN_BEFORE = new Chars('与和及同人者');
/**
 * Most candidates are a surname's character inside running words (国计民生, 高度重视): one that stands between two
 * words, is a dictionary word or has no given name's characters, with no label, role, act, name, list or cell to say
 * a person, is none, whatever else is asked of it. Asked first, as it settles half the candidates of a document.
 */
function plainlyNoName(
  text: string,
  start: number,
  end: number,
  name: string,
  layout: Layout,
  listNames: ReadonlyMap<number, number>,
  afterName: boolean,
): boolean {
  return (
    HAN_AT(text, start - 1) &&
    HAN_AT(text, end) &&
    !afterName &&
    !listNames.has(start) &&
    // (…nor one addressed, joined to another or after a label of one's own: 答复宁静女士, 与马尔撒系同乡, 提议人张引社.)
    !NOT_PLAIN_BEFORE.at(text, start - 1) &&
    !/^(?:女士|先生|您好|你好)/.test(text.slice(end, end + 2)) &&
    (givenNameLikeness(name, surnameOf(name) ?? name[0]!) < 0.5 || isWord(name)) &&
    !layout.cellAt(start) &&
    !roleEndsAt(text, start) &&
    PERSON_LABELS.endingAt(text, beforeSeparators(text, start)) === undefined &&
    ACTIONS.endingAt(text, start) === undefined
  );
}
// (Characters asked of the position before or after a candidate name, by code: see Chars.)
const COUNT_AFTER = new Chars('多余来几周');
const TOWN_END = new Chars('镇乡村区县市');
const OPENING_BRACKET = new Chars('（(〔[');
/**
 * The length of a dotted name starting at `i`, or 0. It starts after a label, a role or a
 * relation (你的女儿阿依努尔·哈力克), or where the Han run begins; it ends at punctuation, or else
 * where a frequent word follows (哈力克|符合).
 */
function dottedName(text: string, i: number): number {
  // (Asked at most positions: no dot two to six Han characters on, no dotted name.)
  let dot = i;
  while (dot < i + 6 && HAN_AT(text, dot)) dot++;
  if (dot < i + 2 || !NAME_DOTS.at(text, dot)) return 0;
  const m = DOTTED.exec(text.slice(i, i + 14));
  if (!m || MASKED.test(m[0])) return 0;
  const boundary =
    !HAN_AT(text, i - 1) ||
    '与和及'.includes(text[i - 1]!) ||
    PERSON_LABELS.endingAt(text, beforeSeparators(text, i)) !== undefined ||
    ROLES.endingAt(text, i) !== undefined ||
    ACTIONS.endingAt(text, i) !== undefined ||
    // (…or an official's title before a head all of a transliteration's characters, so that the official is known
    // as one: 人大常委会副主任阿不都热合曼·吐尔逊; not 记者|拨通了吾斯曼·哈力克.)
    (OFFICIAL_TITLES.endingAt(text, i) !== undefined && [...m[1]!].every((c) => TRANSLITERATED.has(c))) ||
    // (…or a head and a tail all of whose characters are a transliteration's, whatever stands before: 现役军人艾克拜尔·阿不都拉,
    // 返乡创业的阿卜杜萨拉木·买买提.)
    [...m[1]!, ...m[2]!.slice(0, 2)].every((c) => TRANSLITERATED.has(c));
  if (!boundary || FOREIGN_FIGURE.test(text.slice(Math.max(0, i - 12), i))) return 0;
  // A place or a word after the dot names a channel or a column (问政湖南·长沙, 领导留言板·成都), as does
  // a heading in square brackets (【12345便民热线·兰州】).
  if (wordFrequency(m[2]!.slice(0, 2)) >= 1000 || text[i - 1] === '【') return 0;
  // …and a frequent word right before it, a heading's (民生调查·老楼加装电梯).
  if (wordFrequency(m[1]!.slice(-2)) >= 1000) return 0;
  // …and a government app's name is a channel too (京通·接诉即办, 浙里办·民呼我为).
  if (/(?:通|办|事)$/.test(m[1]!) || /即办|民呼/.test(m[2]!)) return 0;
  // …and words with no character of a transliteration name a column or a kind (政民互动·留言选登, 欠薪类·加急).
  if (![...(m[1]! + m[2]!)].some((c) => TRANSLITERATED.has(c))) return 0;
  // (…nor a head that runs over an office's section: 儿童福利科|热依拉·阿不力米提, its staff.)
  if (/[局室所站处股科]/.test(m[1]!.slice(0, -1))) return 0;
  const head = m[1]!.length + 1;
  // A role, label or title inside the head is what comes before the name (个体户|艾力·买买提, 记者|阿依努尔·卡米力):
  // it starts later.
  for (let k = i + 2; k < i + head - 2; k++) if (roleEndsAt(text, k) || OFFICIAL_TITLES.endingAt(text, k)) return 0;
  const tails = m[2]!.length;
  // The shortest tail followed by punctuation, a word that follows people or a frequent word
  // (买买提江·吐尔逊|交流经验).
  for (let tail = 2; tail <= tails; tail++) {
    const end = i + head + tail;
    if (!HAN_AT(text, end) || FOLLOWING.startingAt(text, end) || wordAfter(text, end)) return head + tail;
  }
  return 0;
}

function isName(
  text: string,
  start: number,
  end: number,
  name: string,
  layout: Layout,
  listNames: ReadonlyMap<number, number>,
  afterName: boolean,
): boolean {
  if (BOUND_LETTER.at(text, start - 1) && neighbourInBounds(text, start, end, name)) return true;
  if (plainlyNoName(text, start, end, name, layout, listNames, afterName)) return false;
  if (PLACE_OR_ORG.startingAt(text, end) || nationalityOrCount(text, end, name)) return false;
  // (…a shop's name in quotation marks too: “金嗓子”KTV.)
  const kindAt = /[”"」]/.test(text[end] ?? '') ? end + 1 : end;
  if (BUSINESS_KIND.startingAt(text, kindAt) && givenNameLikeness(name, surnameOf(name) ?? name[0]!) < 1) return false;
  if (FAMOUS_FIRST.at(text, end) || FAMOUS_FIRST.at(text, end + 1))
    if (FAMOUS_AFTER.test(text.slice(end, end + 4)) || FAMOUS_AFTER.test(text.slice(end + 1, end + 5))) return false;
  // The end of a fee or a payment before it (诉讼费|专户, 工本费|退费, 优待金|少发), or a hamlet after its
  // village or a plot's bound (马寨村|周大庄, 西至|李家庄).
  if (FEE_OR_PAYMENT_BEFORE.test(text.slice(Math.max(0, start - 2), start + 1))) return false;
  if (/[庄屯寨湾坪坝沟洼岭堡]$/.test(name) && /[村镇乡]$|[东西南北]至$/.test(text.slice(Math.max(0, start - 2), start)))
    return false;
  // (…nor an adverb read as a surname before what it qualifies: 当事人曾因酒驾…, 老人常念叨….)
  if (
    /^(?:曾(?:[因在被把将于以已也还都又再就才使到去来提告要]|用过?)|常[年在因被把将于以已也还都又再就才念说来去到住])/.test(
      name,
    )
  )
    return false;
  // (…nor an act done to one after 被, "by": 被查当天, 被查处, 被罚; the one who did it is named after 被 with no such act
  // first.)
  if (text[start - 1] === '被' && '查抓罚扣拘判骗'.includes(name[0]!)) return false;
  // (…nor "in the middle of" what a word before it names (申领中, 余震中), nor a character before the word for one's kin
  // (但丈夫).)
  if (
    name.length === 3 &&
    name[2] === '中' &&
    (wordFrequency(name.slice(0, 2)) >= 10 || COMMON_WORDS.has(name.slice(0, 2)))
  )
    return false;
  if (CLOSE_KIN.has(name.slice(1))) return false;
  // (…nor the 权 of a right one holds: 放弃承租权|声明, 继承权.)
  if (
    name[0] === '权' &&
    /(?:承租|租赁|继承|使用|所有|经营|承包|监护|抚养|探望|知情|购买)$/.test(text.slice(Math.max(0, start - 4), start))
  )
    return false;
  // (…nor what is given at a betrothal, read as a given name: 先付彩礼, 不要高彩礼.)
  if (/(?:彩礼|聘礼|嫁妆|礼金)$/.test(name)) return false;
  // (…nor a side of the body, as injuries are described: 致原告左前臂骨折.)
  if (name[0] === '左' && '前后上下手脚足眼耳臂腿肩膝腕踝肋胸腰侧额颊颈背'.includes(name[1]!)) return false;
  // (…nor 后, "after", run on from the act before it (核对后补发, 公示后新增), unless a label, a role or a title ends there:
  // 被执行人后德胜, 其子后小勇, 特岗教师后晓燕.)
  // (…and even there not before characters no given name has: 寻回其父后拒不给付.)
  if (
    name[0] === '后' &&
    HAN_AT(text, start - 1) &&
    ((PERSON_LABELS.endingAt(text, start) === undefined &&
      !privateRoleEndsAt(text, start) &&
      OFFICIAL_TITLES.endingAt(text, start) === undefined) ||
      givenNameLikeness(name, '后') === 0)
  )
    return false;
  // (…nor a district named after its people's tongue, as it stands before 区 or 县: 桑珠孜区, 桑珠孜县.)
  if (/^[区县旗](?![长委])/.test(text.slice(end, end + 2))) return false;
  // (…nor the letters a certificate's number opens with (冀建安B（2023）0021467), nor a river or a road named with its
  // stretch (石梁溪（航埠段）).)
  if (
    /^[A-Z]{1,2}[（(]?\d/.test(text.slice(end, end + 4)) ||
    /^[（(][\u4e00-\u9fff]{1,6}段[）)]/.test(text.slice(end, end + 9))
  )
    return false;
  // (…nor a party kept anonymous by a letter, 举报人甲, 证人乙; nor an estate's name before its kind, 阳明安|居小区.)
  if (ANONYMOUS_PARTY.test(name)) return false;
  // (…nor a verb and its aspect, 居民戴着耳机, 他管了.)
  if (name.length === 2 && /[着了过]/.test(name[1]!)) return false;
  if (/^(?:[居苑园庭]|家园)?(?:小区|花园|公寓|新村)/.test(text.slice(end, end + 4))) return false;
  // (…nor a fishing boat's number, 鲁荣渔|58691号.)
  if (name.endsWith('渔') && /^\d/.test(text.slice(end, end + 1))) return false;
  // (…nor a village numbered after its name, 金岭|一村, nor a county's media centre in a byline, 凌海融|媒记者.)
  if (/^[一二三四五六七八九十]村/.test(text.slice(end, end + 2)) || (name.endsWith('融') && text[end] === '媒'))
    return false;
  // (…nor a surname and a form of address, which names no one in particular: 陈大娘, 王阿姨, 李师傅.)
  if (/^(?:大娘|大爷|大妈|大婶|大嫂|大姐|大哥|阿姨|阿婆|奶奶|爷爷|婆婆|师傅|老师|医生|先生|女士)$/.test(name.slice(1)))
    return false;
  // (…nor a Mongolian city, 乌兰浩|特, 巴彦浩|特, 乌兰察布, nor 父|母家.)
  if (
    (name.endsWith('浩') && text[end] === '特') ||
    text.startsWith('乌兰察布', start) ||
    (name[0] === '母' && text[start - 1] === '父')
  )
    return false;
  // (…nor a works' housing after 家属: 家属区, 家属楼 are no relative named 区… or 楼….)
  if (/家属$/.test(text.slice(Math.max(0, start - 2), start)) && /^[区楼]/.test(name)) return false;
  // A role's or a party's label's first characters (种粮大|户, 的承租|人).
  if ((ROLES.startingAt(text, start)?.length ?? 0) > name.length) return false;
  if ((PERSON_LABELS.startingAt(text, start)?.length ?? 0) > name.length) return false;
  // (…nor the start of a word taken for no name: 高消|费, 古民|居.)
  if ((COMMON_WORDS.startingAt(text, start)?.length ?? 0) > name.length) return false;
  // The start of a word longer than the name (乌鲁木|齐, 乌鲁|木齐, 哈尔|滨).
  // (A longer name that is also a word is no such word: 蔡文|静.)
  if (HAN_AT(text, end))
    for (let n = name.length + 1; n <= 5; n++) {
      const longer = text.slice(start, start + n);
      if (wordFrequency(longer) >= GLUED && (n > 3 || givenNameLikeness(longer, surnameOf(longer) ?? longer[0]!) < 1))
        return false;
    }
  // The first characters of a Mongolian place (乌兰毛|都苏木, 巴彦宝|力格嘎查, 东乌珠穆|沁旗), of an
  // autonomous county (丰宁|满族自治县), of an ethnic town or township (金岭|回族镇, 喇嘛甸|蒙古族乡) or a bank's branch
  // (丰宁|支行, 晋中榆|次支行).
  if (
    /^(?:[\u4e00-\u9fff]{0,3}(?:苏木|嘎查|旗)|[\u4e00-\u9fff]{0,6}自治[县州旗区]|(?:回|满|蒙古|朝鲜|锡伯|土家|苗|瑶|壮|侗|彝|白|畲|达斡尔|鄂温克|鄂伦春|赫哲)族[乡镇]|[\u4e00-\u9fff]?[支分]行|分理处|储蓄所)/.test(
      text.slice(end, end + 9),
    )
  )
    return false;
  // A vehicle's plate begun by its last character (那辆|云M·R0444, 车辆|湘F·Q6887).
  if (plateStartsAt(text, end - 1)) return false;
  // A road or lane numbered right after it (金钟里3号楼), the 查 of a 嘎查 (…嘎|查牧民).
  if (
    (DIGIT_AT(text, end) && /^\d+(?:号|栋|幢|弄)/.test(text.slice(end, end + 4))) ||
    (name[0] === '查' && text[start - 1] === '嘎')
  )
    return false;
  // A boat's or a licence's number, whose digits run on from it to the end of its cell (鲁文渔60127 | …,
  // 柯小餐2026-0341 | …, 云小餐0303022026000187 | …).
  if (
    DIGIT_AT(text, end) &&
    /^\d{4}[\d-]*(?:\t|\n|$)/.test(text.slice(end, end + 24)) &&
    !/^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)/.test(text.slice(end, end + 13)) &&
    /(?:^|\t|\n)$/.test(text.slice(Math.max(0, start - 1), start))
  )
    return false;
  // Numbers said as words (单程六十多公里, 八十余人).
  if (COUNT_AFTER.at(text, end) && /^[一二三四五六七八九十百千]+$/.test(name.slice(1))) return false;
  // A road's name in an address, right after its town or district (长安镇|乌沙江|贝路28号).
  if (TOWN_END.at(text, start - 1) && /^[\u4e00-\u9fff]{0,2}(?:路|街|巷|大道)/.test(text.slice(end, end + 4)))
    return false;
  // A surname character before a word for a place or an institution (石梅|小学, 南庄|小学).
  const given = name.slice(surnameOf(name)?.length ?? 1);
  if (given.length === 2 && PLACE_OR_ORG.has(given)) return false;
  // …or before a form's word (住户|籍地址, 信用户名|单公示).
  if (FORM_WORDS.has(given)) return false;
  // …or an office named short (区文明|办, 市信访|办), a form's numbered member (成员一), a verb of living (现|居绍兴,
  // 定|居昆明) or a time (6小时|后平安回家, 此|后).
  if (
    /^[区市县]/.test(name) &&
    /^[\u4e00-\u9fff]{0,2}办(?=[\s（(，,。；;：:、]|审核|意见|主任|联系|电话|$)/.test(text.slice(end, end + 6))
  )
    return false;
  if (/^成员|^来信[一二三四五六七八九十\d]/.test(name)) return false;
  // (…or a village's numbered group: 石龙二|组, 新华三|社; or a card: 惠农一|卡通.)
  if (/[一二三四五六七八九十]$/.test(name) && /^[组社队]/.test(text[end] ?? '')) return false;
  if (name.endsWith('一') && text.startsWith('卡通', end)) return false;
  // (…or a surname and a term of address, alone or before what they say or have: 黄伯, 黄伯|说, 梁伯|家.)
  if (/^[伯叔婶姨嫂婆爷奶]$/.test(name[1]!) && (name.length === 2 || !GIVEN_CHARS.has(name[2]!) || name[2] === '家'))
    return false;
  // (…or an adverb before a verb of speech: 老人高兴地说.)
  if (name.endsWith('地') && /^(?:说|表示|告诉|笑|回答)/.test(text.slice(end, end + 2))) return false;
  // (…or a forest farm, an estate or a register: 鲁朗林|场, 富锦华|庭, 房源登|记.)
  if (/(?:林场|华庭|登记)$/.test(text.slice(end - 1, end + 1))) return false;
  if (name[0] === '居' && /[现定寄旅移侨]$/.test(text[start - 1] ?? '')) return false;
  if (name[0] === '后' && /[时天年月日周之然以最此今见实查究核毕束定议请达知]$/.test(text[start - 1] ?? ''))
    return false;
  // …nor 曾 meaning once before a verb, run on into what follows (顾客曾称“…”, 原告曾骑走, 曾多次, 曾随连队).
  if (name[0] === '曾' && (HAN_AT(text, end) || /^[“"：:]/.test(text[end] ?? '')) && ONCE_DID.at(text, start + 1))
    return false;
  // …nor a household, X家庭, read as a name: 和 joins it to what came before (志愿者和家庭, 个人和家庭).
  if (name.slice(1) === '家庭') return false;
  // …nor 代 meaning "for another" before an act, run on into what follows (代开增值税发票, 代办, 代领).
  if (name[0] === '代' && HAN_AT(text, end) && DONE_FOR.at(text, start + 1)) return false;
  // 任 where it means "served as", before a post (幼儿园任保育员, 公司任环保专员): no one's.
  if (name[0] === '任' && HAN_AT(text, start - 1) && SERVED_AS.test(text.slice(start + 1, start + 8))) return false;
  // …nor 后 before a count (后六位), nor 原 meaning former (原房主, 原持有, 原登记).
  if (name[0] === '后' && /^[一二三四五六七八九十两几\d]/.test(name.slice(1))) return false;
  if (
    name[0] === '原' &&
    /^原(?:房主|业主|户主|户名|户号|雇主|东家|持有|登记|承包|所有|权利|单位|社保|地址|住址|工作|绑定|开户|预留|留存|申报|签订|居住|所在|就读|征收|补偿|协议|合同)/.test(
      text.slice(start, start + 4),
    )
  )
    return false;
  // (…nor a role or a kinship, 房主, 系原告祖父, 其岳母.)
  if (
    /^(?:房主|户主|雇主|房东|农民|牧民|渔民|居民|村民|市民|母亲|父亲|申请|同上|[祖伯叔岳养继姑姨舅][父母])$/.test(name)
  )
    return false;
  // …nor the prefix of a certificate's or a document's number, its year in brackets after it (乐集用（1996）字第0342号).
  if (OPENING_BRACKET.at(text, end) && /^[（(〔[]\d{4}[）)〕\]]/.test(text.slice(end, end + 6))) return false;
  // …nor an office's short name in a document's number (路北公（龙东）告字〔2025〕0143号).
  if (/[（(]$/.test(text[start - 1] ?? '') && /^[）)][\u4e00-\u9fff]{0,3}字[〔[（(第]/.test(text.slice(end, end + 7)))
    return false;
  // …nor 项 counting items after 第 and a number (第6项承租经营者), nor a name run into a river's or a road's section
  // (沱江江阳|段).
  if (name[0] === '项' && /第[\d一二三四五六七八九十]+$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  if (text[end] === '段') return false;
  // (…nor a police brigade by its place, 万秀大队辖区 — not 大队长.)
  if (/^[大中支]队(?!长)/.test(text.slice(end, end + 3))) return false;
  // (…nor a river named after its district as the place of something, 在铁东区万水河抢救….)
  if (/[河江溪渠]$/.test(name) && /在[\u4e00-\u9fff]{1,6}[区县]$/.test(text.slice(Math.max(0, start - 8), start)))
    return false;
  // (…nor a river named before its banks or its course: 龙凤河|沿线, 马宁河|沿岸, 龙凤河|河坝.)
  if (/[河江溪渠]$/.test(name) && /^(?:沿线|沿岸|两岸|河坝|河道|河段|流域|岸边|堤)/.test(text.slice(end, end + 2)))
    return false;
  // (…nor a river named before its section's place or a bridge over it, 车道河|人和段, 在伊敏河|正阳桥下游.)
  if (/[河江溪渠]$/.test(name) && /^[\u4e00-\u9fff]{1,4}[段桥]/.test(text.slice(end, end + 5))) return false;
  // (…nor a household called by its surname and 家, as neighbours in a dispute are: 郭家今年…, 由郭家自行承担.)
  if (name.length === 2 && name[1] === '家') return false;
  // (…nor a housekeeping firm's name cut at 家政: 海悦家|政服务部; nor a role read as a given name: 站前区|居民.)
  if (name.endsWith('家') && text[end] === '政') return false;
  if (/^[\u4e00-\u9fff](?:居民|村民|市民|农民|牧民|渔民)$/.test(name)) return false;
  // (…nor a field's own name in quotation marks after its village or group: 后楼村“乌石垄”.)
  if (/[村组屯社][“"「]$/.test(text.slice(start - 2, start))) return false;
  // (…nor the 楼 of a 居民楼: 居民楼火灾, 居民楼一层.)
  if (name[0] === '楼' && text.slice(start - 2, start) === '居民') return false;
  // …nor 张 counting sheets after a number or 每 (三张罚单, 每张一百五).
  if (name[0] === '张' && /[每几两一二三四五六七八九十数整]$/.test(text[start - 1] ?? '')) return false;
  // …or a list cut in two (信用户名|单公示, 受影响用户名|单系…): 名单 is one word, and no label ends in 名 with
  // nothing between it and a name.
  if (text[start - 1] === '名' && name[0] === '单') return false;
  // …nor a title whose last character reads as a surname (评估|师张伟, 工程|师李强), nor a pipe (入户管|和暖气片,
  // 软管|一根), nor a thing counted (管|一根).
  if (
    // (Of three characters: two may be a role and the surname after it, 业主|任晓萍.)
    (OFFICIAL_TITLES.endingAt(text, start + 1)?.length ?? 0) > 2 ||
    (ROLES.endingAt(text, start + 1)?.length ?? 0) > 2
  )
    return false;
  if (name[0] === '管' && /[软水气油户钢铁导]$/.test(text[start - 1] ?? '')) return false;
  if (/^[一两二三四五六七八九十几][根个条台只件张辆把块]/.test(name.slice(1))) return false;
  // (…nor a verb said twice about a one between, as one asks a thing done: 查一查，管一管.)
  if (name.length === 3 && name[1] === '一' && name[2] === name[0]) return false;
  // A dictionary word (文明, 支付, 陈述 …) is believed to be a name only where the text says so plainly.
  const word = isWord(name);
  // …but a surname before a given name that is a word (党|建设, 苏|和平) is one right after a label or a
  // role, where it ends and its given characters are a name's.
  const givenWord = word && wordGivenName(text, end, name);

  // A surname that is here a word of buildings or of time (5号楼|新装, 楼道|声, 民宿|备案, 博士后|管理) is no one's.
  if (BUILDING_WORD.test(text.slice(Math.max(0, start - 1), start + 2))) return false;
  // …or of a fee, the last character of a word for one (律师|费退还, 代理|费后): no one's.
  if (name[0] === '费' && FEE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false;
  // A list of people says where each name ends.
  if (listNames.has(start)) return listNames.get(start) === name.length;
  // A weak surname with one given character only in a list or a table, or padded (者\u3000发).
  const weak = WEAK_SURNAMES.has(surnameOf(name) ?? '');
  // (…or right after a person's label and closed by a space or a stop: 申请人：火娜\u3000申请方式.)
  if (
    weak &&
    name.length < 3 &&
    !layout.cellAt(start) &&
    !(
      /^[\s\u3000，,。；;、）)]/.test(text.slice(end, end + 1)) &&
      PERSON_LABELS.endingAt(text, beforeSeparators(text, start)) !== undefined
    )
  )
    return false;
  // …nor where it begins a word that reads on (被告：南通安居物业, 收款人：国家金库), unless what follows
  // is said of a person (申请人战国强称…, 案外人通红军提出异议).
  if (
    weak &&
    HAN_AT(text, end) &&
    wordFrequency(name.slice(0, 2)) >= 50 &&
    !PERSON_ACTS.test(text.slice(end, end + 3)) &&
    !PERSON_AFTER_WEAK.test(text.slice(end, end + 24))
  )
    return false;
  // A label or a private role right before (申请人X, 申请人为X, 其妻X): the name is the longest that fits.
  // (A name in quotation marks after its label: 自称“张宁静”, 申请人“佘二妞”.)
  const quoted = /[“"「]/.test(text[start - 1] ?? '') && /[”"」]/.test(text[end] ?? '');
  const labelEnd = beforeSeparators(text, quoted ? start - 1 : start);
  const labelled =
    PERSON_LABELS.endingAt(text, labelEnd) !== undefined ||
    kinLetterBefore(text, labelEnd) ||
    ('为是'.includes(text[labelEnd - 1] ?? '') &&
      (PERSON_LABELS.endingAt(text, labelEnd - 1) ?? ROLES.endingAt(text, labelEnd - 1)) !== undefined);
  // 于, 和, 须 … begin a name only when its given characters are a name's and punctuation follows
  // it (当事人于公告之日, 考生须空腹 are no one), or after a label when the given name is no word
  // (被害人于秋菊陈述).
  const ambiguous = AMBIGUOUS_SURNAMES.has(name[0]!) && (HAN_AT(text, end) || givenNameLikeness(name, name[0]!) < 1);
  // (经营者姓名：X ends with the label 姓名; a common word is believed only after a colon.)
  // (…not a frequent word that runs on: 我是宁夏银|川, 被告：沈阳盛|京云途.)
  if (
    labelled &&
    HAN_AT(text, end) &&
    !FOLLOWING.startingAt(text, end) &&
    surnameOf(name)?.length === 1 &&
    wordFrequency(name.slice(0, 2)) >= 1000
  )
    return false;
  if (labelled)
    return (
      (!word ||
        givenWord ||
        labelEnd < start ||
        // Right after the label and closed by punctuation even a word is the person (承租人宁静，,
        // 户名梅花，) when its given characters are a name's, but not the label's own act or statement
        // (由被告承担。, 被害人陈述、, 对象范围、).
        (labelEnd === start && CLAUSE_END.test(text.slice(end, end + 1)) && nameAfterLabel(name)) ||
        // …or by their particulars (申请人田野，通信地址…).
        (labelEnd === start && PARTICULARS_AFTER.test(text.slice(end, end + 24)) && !isVerb(name)) ||
        // …or followed by what a person does or is (申请人黎明委托…, 房东鹿鸣与租客…, 申请人白雪系该村村民).
        (labelEnd === start &&
          /^(?:与|委托|联系|提出|提交|申请|诉称|称|于\d|反映|来信|来电|来访|留言|询问|咨询|投诉|举报|及其|系(?!统|列))/.test(
            text.slice(end, end + 2),
          ) &&
          nameAfterLabel(name)) ||
        (PERSON_SEX_OR_ID.test(text.slice(end, end + 12)) && !idOfAWord(name, text.slice(end, end + 12))) ||
        // (…or a rare word that ends there, unless no character after the surname is a name's: 并非申请人索要。)
        (rareWord(name) && endsHere(text, end) && givenNameLikeness(name, surnameOf(name) ?? name[0]!) > 0)) &&
      (!ambiguous ||
        ambiguousSurnameName(name) ||
        // (…or right after it and closed by what a person is or says: 委托代理人向红梅系…)
        (labelEnd === start &&
          name.length === 3 &&
          givenNameLikeness(name, name[0]!) === 1 &&
          (CLAUSE_END.test(text.slice(end, end + 1)) || PERSON_IS.test(text.slice(end, end + 2))))) &&
      // (a word with a weak surname is the word even after a label: 自称"公检法")
      !(weak && word) &&
      // (…nor a verb of two characters with no name's given characters, running on into what it acts on:
      // 当事人冒领手机, 违法行为人冒领后, 被申请人承接的; 申请人甘露要求 is someone.)
      !(
        isVerb(name.slice(0, 2)) &&
        givenNameLikeness(name, name[0]!) === 0 &&
        (name.length > 2 || HAN_AT(text, end))
      ) &&
      // (…nor a verb running into a frequent word, 申请人符合|国家…的条件.)
      !(name.length === 3 && isVerb(name.slice(0, 2)) && wordFrequency(text.slice(start + 2, start + 4)) >= 1000)
    );
  // (…and after a private role or an act of two characters or more, or opening a clause before what a
  // person does: 市民于海涛反映, 委托向秋菊代领, ，向国平陈述)
  if (
    ambiguous &&
    !(
      (ambiguousSurnameName(name) || shortAmbiguousName(text, end, name)) &&
      // (…or listed after another person: 牟大勇、向红英都是….)
      ((afterName && text[start - 1] === '、') ||
        ROLES.endingAt(text, start) ||
        (ACTIONS.endingAt(text, start)?.length ?? 0) > 1 ||
        // (…or followed by what is said only of a person: 第6名应佳琪（身份证号…）.)
        (name.length === 3 && PERSON_SEX_OR_ID.test(text.slice(end, end + 12))) ||
        (startsClean(text.slice(Math.max(0, start - 14), start)) &&
          (PERSON_ACTS.test(text.slice(end, end + 3)) ||
            (name.length === 3 && PERSON_HOME_AFTER.test(text.slice(end, end + 6))))))
    ) &&
    // (…or addressed, or named as a letter's writer or a household's head: 向红梅女士：, 关于向红梅来信反映…, 应国华家庭（….)
    !(
      name.length === 3 &&
      givenNameLikeness(name, name[0]!) === 1 &&
      (/^(?:女士|先生|家庭[（(、，,]|户[（(、，,])/.test(text.slice(end, end + 3)) ||
        (/关于$/.test(text.slice(start - 2, start)) && /^(?:来信|来电|留言|反映|信访)/.test(text.slice(end, end + 2))))
    )
  )
    return false;
  // Glued to the word before, 和 and 与 join it to what follows (市容和通行), and 须 and 应 are a modal (信息须真实).
  if (
    '和与须应'.includes(name[0]!) &&
    HAN_AT(text, start - 1) &&
    !ROLES.endingAt(text, start) &&
    !ACTIONS.endingAt(text, start) &&
    !(name.length === 3 && PERSON_SEX_OR_ID.test(text.slice(end, end + 12)))
  )
    return false;
  // (A weak surname after a role: a full name running into a verb is one too, 其丈夫区国梁到.)
  // (…or a villager named after the village: 陈家铺村的鲍仁和讲了…, 横樟村的包金凤在家里….)
  if (
    privateRoleEndsAt(text, start) ||
    VILLAGER_OF.test(text.slice(Math.max(0, start - 3), start)) ||
    KIN_IN_BRACKETS.test(text.slice(Math.max(0, start - 2), start))
  )
    return (
      (!word || givenWord || kinNamedAsPerson(text, start, end)) &&
      // (…nor a modal before a verb, 家长|须承诺.)
      !(AMBIGUOUS_SURNAMES.has(name[0]!) && isVerb(name.slice(1))) &&
      // (…not a verb, 被申请人|承接的, 其母亲|承租的, nor a weak surname that makes a word with the role's last
      // character, 驾驶员|工|资代发.)
      !(name.length === 2 && isVerb(name)) &&
      !(weak && wordFrequency(text.slice(start - 1, start + 1)) >= 1000) &&
      // (…nor a surname that makes a frequent word with the role's last character before a given name that is a word
      // too: 防护工|程建设; 护工程秀云 and 家属于倩 are people.)
      !(wordFrequency(text.slice(start - 1, start + 1)) >= 5000 && wordFrequency(name.slice(1)) >= 1000) &&
      // (not the start of the word the role goes on into: 居民养老|保险)
      !(
        HAN_AT(text, end) &&
        wordFrequency(text.slice(end - 1, end + 1)) >= GLUED &&
        !wordAfter(text, end) &&
        !followedAsPerson(text, end)
      ) &&
      (!weak || endsHere(text, end) || (name.length === 3 && wordAfter(text, end))) &&
      // (…but a weak surname that opens a common word is the word: 读者|来信版.)
      !(weak && wordFrequency(name.slice(0, 2)) >= 300)
    );
  // An entry of an honours list: after the post or the place, up to the separator (…护士长蔡燕、, 渔民陈木荣、).
  if (honoured(text, start) && HONOUR_ENTRY_END.test(text.slice(end, end + 2)) && !insideWord(text, start))
    return !word || /^[（(]/.test(text.slice(end, end + 1)) || /[\s：:、，；]$/.test(text.slice(start - 1, start));

  const cell = layout.cellAt(start);
  // (A cell that is a form's label is none: 姓名 | 柯尊义 | 单位 | …)
  if (cell && PADDED_LABELS.has(cell.text.trim())) return false;
  if (cell && cellNames(cell.text).includes(name)) {
    if (cell.kind === 'name') return true;
    // A cell of its own in a data row, unless the cell before names an office (审判长 | 陆建平);
    // a word only in a row that says a person: a sex, an ID number (even masked) or a phone
    // (明月 | 女 | 2000.03, 吉祥 | 3205**********0011).
    const before = cell.before.trim();
    // The value of a form's 姓名 field, or of a person's (申请人 | 严冬至 | 代理人 | …), whatever it
    // reads as (姓名 | 石林 | 证件名称 | …).
    if (
      /姓名$/.test(before) ||
      (before.length > 1 && PERSON_LABELS.endingAt(before, before.length)?.length === before.length)
    )
      return !isVerb(name);
    // (…the row's first cell, the one after its number or after a person's label: 陆军 in a later
    // column is a branch of the army.)
    if (cell.kind === undefined && !OFFICIAL_TITLES.endingAt(before, before.length))
      return (
        !word ||
        ((/^\d{0,4}$/.test(before) || PERSON_LABELS.endingAt(before, before.length) !== undefined) &&
          PERSON_ROW.test(text.slice(cell.rowStart, cell.rowEnd)))
      );
  }

  const ends = endsHere(text, end);
  const right = text.slice(end, end + 14);
  const left = text.slice(Math.max(0, start - 14), start);
  // Addressed as 女士 or 先生, or greeted, even a name that is a word is one (答复宁静女士：, 康乐您好).
  if (/^(?:女士|先生|您好|你好)/.test(right) && (startsClean(left) || /(?:答复|回复|致|给|感谢|联系)$/.test(left)))
    return givenNameLikeness(name, surnameOf(name)!) >= 0.5;
  // Without a label, a name does not start inside a word (区相关部门负责同志, 国计民生); a compound surname is
  // one word of its own against one that takes its first character alone (其中|欧阳琳, not 其|中欧).
  // (…but a title's last character is no compound surname's first: 副区长|孙立新, not 长孙立新.)
  const compound =
    surnameOf(name)?.length === 2 && !OFFICIAL_TITLES.endingAt(text, start + 1) && !privateRoleEndsAt(text, start + 1);
  if (insideWord(text, start, 80, compound ? 2 : 1)) return false;
  // A string that reads on into a document or certificate number is its prefix (苏信复查〔2024〕, 晋交运管晋中字1407…号,
  // 云林采（2025）0931号).
  if (
    /^(?:(?:[（(][\u4e00-\u9fff]{1,3}[）)])?[\u4e00-\u9fff]{0,6}(?:〔\d{4}〕|[（(](?:19|20)\d{2}[）)]\s?第?\d)|[\u4e00-\u9fff]{0,2}字第?\d{2})/.test(
      right,
    )
  )
    return false;
  // What is said only of a person (X，男 / X（身份证…）, X（专家编号…，联系电话1393…）) outweighs a name
  // that is also a word.
  if (ends && PERSON_SEX_OR_ID.test(right) && !idOfAWord(name, right)) return true;
  // (…not a frequent word no one is named: 失主…的陈述（…手机…）.)
  if (
    ends &&
    PERSONAL_NUMBER_IN_BRACKETS.test(text.slice(end, end + 60)) &&
    !COMMON_WORDS.has(name) &&
    !(wordFrequency(name) >= RARE_WORD && !isKnownName(name))
  )
    return true;
  // …and so does a house in brackets right after a name that opens its clause (尚武（…柴河街北三巷7号）建议…).
  if (
    ends &&
    HOUSE_IN_BRACKETS.test(right + text.slice(end + 14, end + 50)) &&
    // (…or after 的, 有 or a role, where the brackets say they live there: 您反映的刘二旦（住…村北街12号）, 还有刘家顺（住…）,
    // 卖家邬海军（住…）; not 化粪池冒水（住…）.)
    (startsClean(left) ||
      (/^[（(](?:现住|家住|住)/.test(right) && !word && (/[的有]$/.test(left) || roleEndsAt(text, start)))) &&
    !COMMON_WORDS.has(name) &&
    // (…not a document headed with its office's address: …通知书（涪城区安昌路17号）.)
    !/[书函单表证令告示]$/.test(name)
  )
    return true;
  // The person a reply or a decision is about, in its title (关于宁海波申请公开…的答复).
  if (/关于$/.test(left) && PERSONS_CASE.test(right) && givenNameLikeness(name, surnameOf(name)!) >= 0.5) return !word;
  // (…but not characters no given name has, read on from a word before: 给电动车充电，电话…; a Tibetan
  // name, 次仁卓嘎, or one in 氏, 续王氏, has no given name to weigh.)
  if (ends && PERSON_AFTER.test(right))
    return (
      !word &&
      // (…not the first part of a common word read on: “常联|系”.)
      !(name.length === 2 && HAN_AT(text, end) && wordFrequency(text.slice(end - 1, end + 1)) >= 2000) &&
      (startsClean(left) || name.length >= 4 || name.endsWith('氏') || givenNameLikeness(name, surnameOf(name)!) > 0)
    );
  // Named together with the person just before (路遥和江涛, 巩伟伙同郝帅 …).
  if (afterName && !word && givenNameLikeness(name, surnameOf(name)!) >= 0.5 && (ends || wordAfter(text, end)))
    return true;
  // The object of an administrative act, up to where the next word begins (向郑凯|追缴), not a surname's character
  // before a common word (奖励金|直接转入).
  if (
    ACTIONS.endingAt(text, start) &&
    (ends || wordAfter(text, end)) &&
    !weak &&
    !(commonWordGiven(name) && givenNameLikeness(name, surnameOf(name)!) < 1) &&
    givenNameLikeness(name, surnameOf(name)!) >= 0.5
  )
    return !word;
  // Whose report, complaint or word set things going (经韦小宝举报, 经左丽君介绍).
  if (
    /经$/.test(left) &&
    /^(?:举报|投诉|反映|申请|介绍|同意|调解)/.test(right) &&
    !weak &&
    givenNameLikeness(name, surnameOf(name)!) >= 0.5
  )
    return !word;
  if (ends) {
    if (PERSON_AFTER_WEAK.test(right) && startsClean(left)) return !word;
    if (/[与和及]$/.test(left) && TOGETHER_AFTER.test(right)) return !word;
    // Opening a letter or a notice addressed to a person (…告知书：雍宏亮：因需…, 车丽萍您好).
    if (
      (startsClean(left) ||
        /(?:^|\n)\s*$/.test(left) ||
        /(?:答复|回复|告知|致|书|函)[）)]?[：:]$|(?:答复|回复|告知|致)$/.test(left)) &&
      (/^[：:]\s*(?:您|你|因|经|现|根据|本机关|来信|请)/.test(right) ||
        /^[，,]\s*(?:(?:您|你)(?:好|名下|于|的|反映|申请|提出|要求|提交|通过|所)|经(?:检索|查|核查|研究|复核|审核|核实|调查|审查))/.test(
          right,
        ))
    )
      // (Even a name that is a word, spoken to as 你 right after it: 武功，你要求公开….)
      return (
        !word ||
        (/^[，,：:]\s*(?:你|您)(?!们?单位)/.test(right) &&
          !COMMON_WORDS.has(name) &&
          givenNameLikeness(name, surnameOf(name)!) >= 0.5)
      );
    // A line that opens with a full name and a colon, as entries of a notice do (白雪梅：被征收房屋位于…).
    if (
      /(?:^|\n)\s*$/.test(left) &&
      /^[：:]/.test(right) &&
      name.length - surnameOf(name)!.length === 2 &&
      givenNameLikeness(name, surnameOf(name)!) === 1
    )
      return !word;
    // A signature closing a message (…谢谢。龙飞).
    if (/(?:谢谢|此致|敬礼)[。！!，,\s]*$/.test(left) && /^\s*(?:\n|$)/.test(right)) return !word;
    // Between numbers in a run of records (24050801016 司马嘉怡 85.62).
    if (/\d\s+$/.test(left) && /^\s+\d/.test(right)) return !word;
  }
  // Numbered as a household in a notice's list of them (第4户袁伟已于…提存, 第3户夏雨已搬至…).
  if (/第[\d一二三四五六七八九十]+户[：:\s]*$/.test(left) && !word && givenNameLikeness(name, surnameOf(name)!) >= 0.5)
    return true;
  // Opening a clause, whose words are reported after it (…。”黎亚娥笑着说。, 崇雪峰说，他的…).
  if (startsClean(left) && SPEECH_AFTER.test(right) && !word && givenNameLikeness(name, surnameOf(name)!) >= 0.5)
    return true;
  // A weak surname is never guessed from the name's shape alone; what is said after it may tell (区伯安老人,
  // 关于区惠娟来信的回复).
  if (weak && /关于$/.test(left) && PERSONS_CASE.test(right)) return !word;
  if (weak)
    return ends && !word && startsClean(left) && (PERSON_AFTER_WEAK.test(right) || /^(?:老人|家住|现住)/.test(right));
  // Nothing around it says a person: the name itself has to (巩立强在车间…, 经左丽君介绍).
  return !word && looksLikeName(text, start, end, name, left, ends);
}

/** Characters that end a place or an office, not a given name, even in a cell of their own. */
/** How the labels of a table's columns or fields end (房屋坐落, 字号名称, 申请编号, 车位号). */
const COLUMN_LABEL_END =
  /(?:坐落|名称|编号|号码|号|人|者|日期|时间|地址|住址|面积|金额|类型|类别|内容|结果|情况|单位|名册|名单|事由|事项|原因|电话)$/;
const PLACE_CHARS = new Set([
  ...'区市县镇乡村路街巷弄局委办厅处科站院部党政省州港桥塘门店厂司校楼室幢组场馆厦署寺庙坊苑',
]);

/**
 * A whole cell that opens a data row (or follows its serial number) and is a surname and a given
 * name is the row's person, whatever the given characters (冯所锦, 沙马拉且, 苏和 padded): tables
 * list people first. Not a word, not a place, not under another column's heading, not after an
 * office's title (审判长 | 陆建平).
 */
/** A name with the holder's kinship in brackets after it (朴成日（兄）, 于海洋（子）, 王芳（儿媳）), the name alone. */
function withoutKinship(value: string): string {
  const m = /^([\u4e00-\u9fff]{2,4})[（(]之?([\u4e00-\u9fff]{1,3})[）)]$/.exec(value);
  return m && (/^[父母妻夫子女兄弟姐妹孙]$/.test(m[2]!) || ROLES.startingAt(m[2]!, 0) === m[2]) ? m[1]! : value;
}

/** Whether a form's label for a name stands in the cell right before `i` (父亲 | 朝鲁，…). */
function formLabelCellBefore(text: string, i: number): boolean {
  const label = /(?:^|[\n\t])([\u4e00-\u9fff]{2,6})\t$/.exec(text.slice(Math.max(0, i - 8), i))?.[1];
  return label !== undefined && (FORM_KIN.has(label) || label.endsWith('姓名'));
}
/** A form's labels for a relative, the cell after which holds their name. */
const FORM_KIN = new Set([
  '父亲',
  '母亲',
  '配偶',
  '丈夫',
  '妻子',
  '儿子',
  '女儿',
  '监护人',
  '户主',
  '申请人',
  '联系人',
]);
function wholeCellName(text: string, i: number, layout: Layout): number {
  // (A cell's value starts at the cell's start or after spaces: asked at every position, that is tested first.)
  if (i > 0 && !SPACES.at(text, i - 1)) return 0;
  const cell = layout.cellAt(i);
  if (!cell || (cell.kind !== undefined && cell.kind !== 'name')) return 0;
  // (A household under its head's name, 于洋家庭 in a list of families, is the name.)
  // (…and a proxy or a guardian with their kinship in brackets, 朴成日（兄）, is the name.)
  const value = withoutKinship(cell.text.trim().replace(/(?<=^[\u4e00-\u9fff]{2,4})家庭$/, ''));
  if (cell.start + cell.text.indexOf(value) !== i || !/^[\u4e00-\u9fff]{2,8}$/.test(value)) return 0;
  // (A form's label repeated down its first column is no one: 家庭成员 | 父亲 | … under 家庭成员.)
  if (value === cell.heading) return 0;
  // (…and a relative's letter before a name is no part of it: 女牛可欣 names 牛可欣, found after the letter.)
  if (KIN_LETTERS.at(value, 0) && !surnameOf(value) && surnameOf(value.slice(1))) return 0;
  const surname = surnameOf(value);
  const given = surname ? value.slice(surname.length) : '';
  // (A single surname takes one or two given characters: 商业企业 is a column's heading.)
  const most = surname && surname.length > 1 ? 3 : 2;
  const hanName = given.length >= 1 && given.length <= most && ![...given].some((c) => PLACE_CHARS.has(c));
  // A name of no Han surname (格桑, 拉毛措, 阿依古丽) is known by its column, or by the sex in the cell after it.
  const sexAfter = /^[ \u3000]*\t[ \u3000]*[男女][ \u3000]*(?:\t|\n|$)/.test(text.slice(cell.end, cell.end + 8));
  const before = cell.before.trim();
  // (…or by the form's label in the cell before: 申请人姓名 | 宝音仓, 父亲 | 朝鲁.)
  const formLabel =
    !hanName &&
    before.length > 1 &&
    (/姓名$/.test(before) || FORM_KIN.has(before)) &&
    value.length <= 4 &&
    formName(value);
  if (formLabel) return value.length;
  if (!hanName && !((cell.kind === 'name' || sexAfter) && !PLACE_CHARS.has(value.at(-1)!))) return 0;
  // (…nor a label with a name after it, which the name is found after: 经营者 | 法定代表人赵文斌.)
  if (!hanName && (PERSON_LABELS.startingAt(value, 0) || OFFICIAL_TITLES.startingAt(value, 0))) return 0;
  if (hanName && value.length > 5) return 0;
  if (
    isWord(value) ||
    wordFrequency(value) >= WORD_FREQUENCY ||
    PADDED_LABELS.has(value) ||
    MASKED.test(value) ||
    ANONYMOUS_PARTY.test(value)
  )
    return 0;
  if (COLUMN_LABEL_END.test(value)) return 0;
  // (First in its row, or after its number, unless its column is headed as names and the cell says no
  // one's absence or act instead: 2 | 城南街道 | 旺堆 | 男, not 车主不明, 本人领取, 拒收, 居民身份证, 单位食堂.)
  if (
    before !== '' &&
    !/^\d{1,4}$/.test(before) &&
    (cell.kind !== 'name' ||
      /^(?:本人|暂无|待定|空缺|单位)|不明|不详|[拒代]收|[拒代]签|领取|代领|身份证|证$|食堂$/.test(value))
  )
    return 0;
  // At least three cells in the row.
  return cell.row.length >= 3 ? value.length : 0;
}

/** A private role or a person's label of two characters or more ends here (其母, 老师, 申请人). */
function roleEndsAt(text: string, end: number): boolean {
  return (ROLES.endingAt(text, end)?.length ?? 0) > 1 || (PERSON_LABELS.endingAt(text, end)?.length ?? 0) > 1;
}

/**
 * Padding a two-character name to the width of three is done for people's names, in lists, tables
 * and signatures (成\u3000功, 田\u3000野): a padded name is one even when it is also a word, unless it
 * is a padded label or heading (单\u3000位：, 公\u3000告).
 */
function paddedName(text: string, start: number, name: string, paddedAt: ReadonlySet<number>): boolean {
  if (!paddedAt.has(start) || name.length !== (surnameOf(name)?.length ?? 1) + 1) return false;
  const end = start + name.length;
  return (
    !PADDED_LABELS.has(name) &&
    !/^[\u3000\u00a0 ]*[：:]/.test(text.slice(end, end + 4)) &&
    !PLACE_OR_ORG.startingAt(text, end)
  );
}

/** Labels and headings spaced to the width of a column, which begin with a surname character. */
const PADDED_LABELS = new Words(`
  姓名 单位 职务 职称 电话 籍贯 年龄 学历 备注 日期 时间 金额 事由 签名 部门 科室 岗位 专业 编号 名称 类别 项目
  内容 数量 单价 合计 总计 小计 摘要 期限 结果 状态 来源 申请 答复 主送 抄送 印发 签发 审核 校对 公告 通知 通报
  决定 命令 批复 公示 说明 附件 目录 前言 总则 附则 章程 地址 住址 邮编 民族 性别 政治 面貌 党派 学位 工作 简历
  主任 书记 科长 局长 处长 所长 委员 组长 成员 经办 审批 意见 情况 原因 依据 结论 备案 程序 方式 范围 标准 要求
`);

function nameAfterLabel(name: string): boolean {
  const surname = surnameOf(name) ?? name[0]!;
  // (A frequent word only where its given characters are all a name's: 承租人宁静，, not 并非申请人索要。)
  const likeness = wordFrequency(name) >= 100 ? 1 : 0.5;
  return givenNameLikeness(name, surname) >= likeness && !isVerb(name) && !LABEL_ACTS.has(name);
}

/**
 * A full name after 于, 和, 向 … once a label or a role says a person: both given characters a
 * name's, and together no common word (于海涛, not 于国庆 as in 于国庆期间, nor 于公告).
 */
function ambiguousSurnameName(name: string): boolean {
  return name.length === 3 && givenNameLikeness(name, name[0]!) === 1 && wordFrequency(name.slice(1)) < 100;
}

/**
 * A two-character name after 于, 和, 向 … (其子于浩开车): its given character a name's, neither a word's first
 * with the character after it nor a time's or an adverb's (于是, 于今年, 于当日, 时先拨打 are no one).
 */
function shortAmbiguousName(text: string, end: number, name: string): boolean {
  return (
    name.length === 2 &&
    givenNameLikeness(name, name[0]!) === 1 &&
    wordFrequency(name) < 100 &&
    wordFrequency(text.slice(end - 1, end + 1)) < 100 &&
    !/[当次同本上下今昨前明该此去近翌先再又也就才即便都还仍曾阿]/.test(name[1]!) &&
    // (…nor a surname before its title: 许医生和方护士长.)
    !TITLES.startingAt(text, end)
  );
}

/** A three-character name that is no word itself, whose given part is one (党建设, 苏和平, 于海洋), ending here. */
function wordGivenName(text: string, end: number, name: string): boolean {
  const surname = surnameOf(name);
  return (
    name.length === 3 &&
    surname?.length === 1 &&
    !COMMON_WORDS.has(name) &&
    wordFrequency(name) < WORD_FREQUENCY &&
    givenNameLikeness(name, surname) >= 0.5 &&
    endsHere(text, end)
  );
}

/** A frequent word starts right after the name (郑凯|涉嫌, 马瑞|回复): the name ends there. */
function wordAfter(text: string, end: number): boolean {
  return wordFrequency(text.slice(end, end + 2)) >= 250;
}

/**
 * A word of two characters or more that follows a person (唐建国|名下: 国名 is a word too, but 名下 says whose).
 * (Not after 家: 房东家|电话 is the landlord's home, no one named 房东家.)
 */
function followedAsPerson(text: string, end: number): boolean {
  return text[end - 1] !== '家' && (FOLLOWING.startingAt(text, end)?.length ?? 0) >= 2;
}

/** A word seen less often than this may be a name right after a label (申请人甘露要求, 丛林：). */
const RARE_WORD = 300;

function rareWord(name: string): boolean {
  const frequency = wordFrequency(name);
  return frequency > 0 && frequency < RARE_WORD && !COMMON_WORDS.has(name);
}

/** How often jieba's dictionary must have seen a string for it to count as a word. */
const WORD_FREQUENCY = 30;

/**
 * A word rather than a name: a listed or dictionary word (文明, 支付), or one that begins with a
 * frequent word (支付申, 单位名) unless both its given characters are typical of names (卫国平).
 */
function isWord(name: string): boolean {
  if (COMMON_WORDS.has(name)) return true;
  // (A name jieba knows, shaped as one and no famous person's or place's: 姬晓峰, 刘志军, not 石家庄.)
  const known = surnameOf(name);
  if (
    isKnownName(name) &&
    known &&
    givenNameLikeness(name, known) === 1 &&
    wordFrequency(name) < 300 &&
    !/[庄河江山湖松浴村镇乡]$/.test(name)
  )
    return false;
  if (wordFrequency(name) >= WORD_FREQUENCY) return true;
  const surname = surnameOf(name) ?? '';
  return (
    surname.length === 1 &&
    name.length === 3 &&
    wordFrequency(name.slice(0, 2)) >= 50 &&
    givenNameLikeness(name, surname) < 1
  );
}

/**
 * A name in running text with no label: a surname and two given-name characters (巩立强, 左丽君)
 * wherever it ends; with one of them, where a name can end and a sentence or a clause begins.
 * Not a surname character glued to the one before into a word (江苏大学), nor one followed by a
 * frequent word (苏+大学, 项+规定).
 */
function looksLikeName(text: string, start: number, end: number, name: string, left: string, ends: boolean): boolean {
  // Glued into a word after it (夏天根|本), or beginning with one (房子雨, 居民来), unless a letter or a
  // case of the person's follows (王春生|来信: 生来 is a word too).
  if (
    HAN_AT(text, end) &&
    wordFrequency(text.slice(end - 1, end + 1)) >= GLUED &&
    !PERSONS_CASE.test(text.slice(end, end + 6)) &&
    !followedAsPerson(text, end)
  )
    return false;
  const surname = surnameOf(name)!;
  // (A rarer word there, where a clause begins and before a given character that is a name's, is the
  // name: ，谭家|富未取得, 兰德|胜一家.)
  const prefix = name.length > 2 ? wordFrequency(name.slice(0, 2)) : 0;
  const clean = startsClean(left) && givenNameLikeness(name, surname) === 1;
  if (surname.length === 1 && prefix >= (clean ? 300 : 50)) return false;
  // After an opening quotation or book-title mark it is a term or a title (“苏周到”, “双随机、一公开”); after a number
  // it is a unit (8.6万平方米, 100米纪录); before 〔 the prefix of a document number (苏劳鉴〔2024〕).
  // (…unless the quotation holds the whole name and nothing else: 名单中“苗雨晴”应为“苗雨清”.)
  const quotedName =
    /[“"]$/.test(left) &&
    /^[”"](?![\u4e00-\u9fff]{0,2}(?:项目|小区|工程|公司|花园|家园|大厦|品牌|系列|行动|活动|店|民宿|基地|号|林地|地块|山林|承包地))/.test(
      text.slice(end, end + 6),
    ) &&
    name.length === 3;
  if (
    /[“《「『"]$/.test(left) &&
    !quotedName &&
    !/^(?:老师|阿姨|大爷|大妈|奶奶|爷爷|师傅|医生|叔叔|大姐|大哥)/.test(text.slice(end, end + 2))
  )
    return false;
  if (/\d$/.test(left) || text[end] === '〔') return false;
  const given = name.slice(surname.length);
  // (…nor a common verb: 复查时|通知, 交房|通知, 释明|通知.)
  if (commonWordGiven(name)) return false;
  const likeness = givenNameLikeness(name, surname);
  if (given.length === 2 && likeness === 1) return true;
  // One given character: at the start of a sentence or clause, followed by a word (郑凯涉嫌…).
  if (!ends && !(given.length === 1 && likeness === 1 && startsClean(left) && wordAfter(text, end))) return false;
  if (given.length === 2) return likeness >= 0.5 && (startsClean(left) || ACTIONS.endingAt(text, start) !== undefined);
  return likeness === 1 && (startsClean(left) || /[与和及]$/.test(left));
}

/** Whether the two given characters are a common word or verb (复查时|通知, 奖励金|直接): no name's. */
function commonWordGiven(name: string): boolean {
  const given = name.slice(surnameOf(name)?.length ?? 1);
  return given.length === 2 && (wordFrequency(given) >= 4000 || (wordFrequency(given) >= 1000 && isVerb(given)));
}

/** A letter or a case of the person's, named after them (关于王春生来信…的答复, 关于区惠娟工伤认定的决定). */
const PERSONS_CASE = /^(?:来信|来访|来电|来函|信访|工伤认定|政府信息公开|申请|反映|投诉|举报)/;

/** How often a two-character string must be a word for a name to be taken as glued into it. */
const GLUED = 200;

/** Clerks' posts, which a table of recruits lists as the post each is to take. */
const CLERKS = new Set(['会计', '村会计', '出纳', '报账员', '记录员', '话务员', '编辑', '校对']);

/**
 * A post of an owners' or a religious venue's committee, named with it (小区业主委员会主任项敏华) or alone in its cell or
 * line (主任 | 艾力·买买提, 候补委员 | 何志远) in a text about one: its members are residents elected by their neighbours,
 * not officials; or a team of volunteers' captain, a class's teacher or a law firm's head. (`title` is the post the
 * caller found ending at `titleEnd`.)
 */
function privateGroupPost(text: string, titleEnd: number, title: string): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', titleEnd - 1), text.lastIndexOf('\t', titleEnd - 1)) + 1;
  return (
    /(?:业主委员会|业委会)副?主任$/.test(text.slice(Math.max(0, titleEnd - 8), titleEnd)) ||
    // (…or of a religious venue's committee, whose members are private people: 佛寺管理委员会主任岩罕龙, 该场所管委会主任
    // 曾宪林, 佛塔管理委员会，委员岩香宰.)
    (/^(?:副?主任|委员|副?秘书长|成员)$/.test(title) &&
      VENUE_COMMITTEE.test(
        text
          .slice(Math.max(0, titleEnd - 24), titleEnd)
          .split(/[。；\n]/)
          .at(-1)!,
      )) ||
    // (…or the captain of a team of volunteers, who is a private person: 爱心车队队长何平, 护路队队长陈亚福.)
    VOLUNTEER_TEAM_CAPTAIN.test(text.slice(Math.max(0, titleEnd - 10), titleEnd)) ||
    // (…named by the post alone where the text speaks of such a team: …志愿服务队…，队长谭小兵为个人身份担任.)
    (/(?:^|[^\u4e00-\u9fff大中支])[原副]?队长$/.test(text.slice(Math.max(0, titleEnd - 4), titleEnd)) &&
      /志愿(?:者)?(?:服务)?队|服务队/.test(text.slice(Math.max(0, titleEnd - 300), titleEnd))) ||
    // (…or a class's teacher, who is no official: 八年级班主任章慧芳.)
    text.slice(Math.max(0, titleEnd - 3), titleEnd) === '班主任' ||
    // (…or a law firm's head, who practises privately: 律所主任岳宏林.)
    /(?:律师事务所|律所|法律服务所)副?主任$/.test(text.slice(Math.max(0, titleEnd - 8), titleEnd)) ||
    (/^(?:副?主任|委员|候补委员|副?秘书长?)$/.test(text.slice(lineStart, titleEnd)) &&
      aboutOwnersCommittee(text, titleEnd))
  );
}

/** The captain of a team of volunteers or of a club (爱心车队队长, 护路队队长, 秧歌队队长). */
const VOLUNTEER_TEAM_CAPTAIN =
  /(?:车队|护河队|护路队|巡河队|护林队|护鸟队|志愿(?:者)?(?:服务)?队|服务队|义务[\u4e00-\u9fff]{0,4}队|宣传队|文艺队|秧歌队|腰鼓队|舞蹈队|篮球队|足球队)副?队长$|志愿(?:者)?服务站副?站长$/;
/** A religious venue's own committee (寺管会, …佛寺管理委员会, 场所管委会): its members are private people. */
const VENUE_COMMITTEE =
  /寺管会|庙管会|(?:寺|庙|宫|观|庵|教堂|清真寺|佛塔|场所)(?:民主)?(?:管理委员会|管委会|管理组织|管理小组)/;
/** Whether the text before a position (a page or so of it) is about an owners' or a religious venue's committee. */
function aboutOwnersCommittee(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 1500), at);
  return /业主委员会|业委会/.test(before) || VENUE_COMMITTEE.test(before);
}

/** A cell that is a public post (区政府区长, 党组书记、局长, 副局长), as a table of officials gives each one's. */
const POST_CELL =
  /^[\u4e00-\u9fff、，,（）()]{0,24}?(?:书记|区长|市长|县长|州长|旗长|镇长|乡长|局长|处长|科长|股长|所长|主任|部长|院长|庭长|站长|馆长|队长|理事长|秘书长|主席|检察长|政委|常委)$/;
/** A public body or a command's working group opening a row (区住房和城乡建设局, 盐仓街道办事处, 第一工作组). */
const BODY_CELL =
  /^[\u4e00-\u9fff（）()]{2,30}?(?:局|委员会|委|办公室|办事处|政府|法院|检察院|管委会|派出所|司法所|党委|党工委|指挥部|工作组|协调组|街道|镇|乡|苏木)$/;
/** Headings of a first column of units or service windows (窗口, 责任单位, 部门名称). */
const UNIT_HEADING = /^(?:窗口|单位|部门|科室|机构|(?:责任|承办|牵头|主管)(?:单位|部门))(?:名称)?$/;
/** Headings of the column that names, in each such row, the body's head or contact. */
const HEAD_HEADING = /^(?:(?:单位|主要|出庭|分管)?负责人|分管领导|联系人|联络人|组长)$/;

/**
 * Whether the row of a name's cell says it is an official's: another cell of it is a public post (组长 | 韩立军 |
 * 区政府区长), or a public body opens it and the name is in its head's or contact's column (区住建局 | 封立强 | …
 * under 单位 | 负责人).
 */
function officialRow(text: string, cell: Cell, layout: Layout): boolean {
  // (A form's value, 姓名 | 单国华 | … | 工作单位及职务 | …卫生院院长, is a person's whoever they are.)
  if (/姓名$/.test(cell.before.trim())) return false;
  const previous = cell.start > cell.rowStart ? layout.cellAt(cell.start - 1 - cell.before.length) : undefined;
  const next = cell.end < cell.rowEnd ? layout.cellAt(cell.end + 1) : undefined;
  // (Under a heading, the post's column must be headed as one: 职务, 单位及职务 — not the 包案领导 who took a case.)
  const post = (c: Cell | undefined) =>
    c !== undefined &&
    POST_CELL.test(c.text.trim()) &&
    !PRIVATE_POST.test(c.text) &&
    (c.heading === undefined || /职务|职位/.test(c.heading));
  // (…nor an owners' committee's, in a text about one: 主任 | 艾力·买买提 | 12号楼2单元501室.)
  if ((post(previous) || post(next)) && !aboutOwnersCommittee(text, cell.rowStart)) return true;
  // (…or the row is a unit's or a service window's, under a heading that says so: 窗口 | 负责人 | 咨询电话.)
  const first = layout.cellAt(cell.rowStart);
  return (
    cell.start > cell.rowStart &&
    first !== undefined &&
    (BODY_CELL.test(first.text.trim()) || UNIT_HEADING.test(first.heading ?? '')) &&
    cell.heading !== undefined &&
    HEAD_HEADING.test(cell.heading)
  );
}

/** Where a lawyer or a legal-aid volunteer practises, named in a row: whoever handles that row's case is no official. */
const PRACTICE_IN_ROW = /律师事务所|律所|法律服务所|法律援助志愿者/;

/** A government body, named in an honours entry before the post (县林业局野生动物保护股股长, 区检察院检察官). */
const GOVERNMENT_BODY_IN_ENTRY = /^(?!.*(?:社区|村|组))[^（）()]*(?:局|法院|检察院|派出所|政府|庭|站|所|办|大队|中队)/;
function postInGovernmentBody(text: string, start: number): boolean {
  const title = OFFICIAL_TITLES.endingAt(text, start);
  if (!title) return false;
  const entry = /[^、，,；;：:\n]{0,24}$/.exec(
    text.slice(Math.max(0, start - title.length - 24), start - title.length),
  )![0];
  return GOVERNMENT_BODY_IN_ENTRY.test(entry);
}

/** Whether the text says the person at this position is an official in their duties or being appointed. */
function officialAt(text: string, start: number, end: number, layout?: Layout): boolean {
  // Speaking as an official does at a meeting (郭瑞民强调, X主持会议): news of officials in their duties.
  if (OFFICIAL_SPEECH.test(text.slice(end, end + 4))) return true;
  // No one's identity number or home is given for their duties (该中心负责人廖国栋（身份证号4418…）介绍办理), whichever of
  // the name's shapes is asked about (廖国|栋（身份证号…).
  if (ID_AFTER_NAME.test(text.slice(end, end + 14)) || HOME_AFTER_NAME.test(text.slice(end, end + 10))) return false;
  // Someone honoured is named for themselves (优秀共产党员：社区党委书记X), unless for the duties of a post in a
  // government body (先进个人：区法院立案庭副庭长X、区财政局政法科科长Y).
  if (honoured(text, start)) return postInGovernmentBody(text, start);
  if (onBoard(text, start)) return true;
  // (…or in the column of the staff who handled each row: 受理窗口 | 经办人 — unless the row names a law firm or a
  // volunteer, as a legal-aid centre's list of its cases does: 承办人 | 鲁明德 | 青海湟水律师事务所 is a lawyer.)
  const cell = layout?.cellAt(start);
  if (cell?.kind === 'staff') return !PRACTICE_IN_ROW.test(text.slice(cell.rowStart, cell.rowEnd));
  // The title right before the name (a colon, spaces or a tab between), unless it only ends a
  // longer word that names a private party (受送达人 ends in 送达人).
  let titleEnd = start;
  while (titleEnd > 0 && ' \t：:\u3000'.includes(text[titleEnd - 1]!)) titleEnd--;
  // (…signing in their duties: 校长签名：刘卫东.)
  if (/(?:签名|签字)$/.test(text.slice(titleEnd - 2, titleEnd))) titleEnd -= 2;
  // (…a post said to be held by them: 签约医生是鲁文清, 签约医生为…, 驻村第一书记为X, 中心主任为X; not 领导为X颁奖, where 为
  // is "for".)
  if (
    (text[titleEnd - 1] === '是' ||
      (text[titleEnd - 1] === '为' && '生师表员记任'.includes(text[titleEnd - 2] ?? '-'))) &&
    OFFICIAL_TITLES.endingAt(text, titleEnd - 1)
  )
    titleEnd--;
  // (…a title spaced out character by character, as court papers sign: 审\u3000判\u3000长\u3000何青松.)
  const spaced = /[\u4e00-\u9fff][\u3000 ][\u4e00-\u9fff]$/.test(text.slice(Math.max(0, titleEnd - 3), titleEnd))
    ? text.slice(Math.max(0, titleEnd - 12), titleEnd).replace(/[\u3000 ]/g, '')
    : '';
  const title =
    OFFICIAL_TITLES.endingAt(text, titleEnd) ??
    (spaced ? OFFICIAL_TITLES.endingAt(spaced, spaced.length) : undefined) ??
    recordRole(text, titleEnd, start);
  // (Not a clerk's post in the cell before, under a header that heads the name's column: 财务会计 | 斯日古楞 in a
  // list of recruits is the post they are to take, and so is 财务会计 | 阳雪婷 | 女 without a header; 居委会主任 | 戴永红
  // in a directory is still the official's.)
  const postInRow =
    title !== undefined &&
    CLERKS.has(title) &&
    text.slice(titleEnd, start).includes('\t') &&
    // (…or in a row that gives the recruit's sex after the name: 财务会计 | 阳雪婷 | 女.)
    (layout?.cellAt(start)?.kind === 'name' ||
      /^[\u4e00-\u9fff]{0,2}[ \u3000]*\t[男女](?:\t|\n|$)/.test(text.slice(end, end + 7)));
  const party = PERSON_LABELS.endingAt(text, titleEnd) ?? ROLES.endingAt(text, titleEnd);
  if (
    // (…a lawyer called by their post and their calling: 该所主任彭立军律师.)
    (title &&
      !postInRow &&
      !privateGroupPost(text, titleEnd, title) &&
      // (…not those awaiting what the title's holders do: 合格待政审人员, 待考察人员.)
      // (…nor those who passed or failed its review: 未通过审核人员.)
      !/(?:(?<![接招款优等])待|通过)$/.test(
        text.slice(Math.max(0, titleEnd - title.length - 2), titleEnd - title.length),
      ) &&
      !(party && party.length > title.length) &&
      !/^[\u4e00-\u9fff]?律师/.test(text.slice(end, end + 3))) ||
    APPOINTMENTS.endingAt(text, start)
  )
    return true;
  if (TITLE_AFTER.test(text.slice(end, end + 4)) || INSPECTOR_CERTIFICATE_AFTER.test(text.slice(end, end + 12)))
    return true;
  // (…or a list of names closed by what they all are: 面试考官组：吴晓明、段丽华、杨志斌（均为本局工作人员）, 委托代理人
  // 孟繁强、刘明，均系该局执法人员; or a panel's
  // members, by their posts: 评审专家组由…副教授 孔令杰、…高级农艺师 周丽萍等5人组成.)
  if (ALL_STAFF_AFTER.test(text.slice(end, end + 50))) return true;
  if (
    /^[^。\n]{0,40}?等\d+人组成/.test(text.slice(end, end + 50)) &&
    /(?:评审|评议|专家|考核|验收|鉴定|评委)[^。\n]{0,6}组由[^。\n]*$/.test(text.slice(Math.max(0, start - 60), start))
  )
    return true;
  // Listed as attending a meeting, unless invited or sent there or after a private role (请居民代表X、Y准时参加,
  // 委托其子X参加); with a public post in brackets; an appointee with their present post.
  // (What follows is asked of every candidate: its first character is tested before any slice is cut.)
  const meeting =
    ATTENDING_FIRST.at(text, end) &&
    MEETING_ATTENDEES.test(text.slice(end, end + 60)) &&
    MEETING.exec(text.slice(Math.max(0, start - 60), start));
  if (meeting && !/请|邀请|委托|居民|村民|群众|代表|家属|其[父母子女妻夫]/.test(meeting[1]!)) return true;
  const post = POST_FIRST.at(text, end) ? POST_AFTER.exec(text.slice(end, end + 120)) : null;
  if (post && !PRIVATE_POST.test(post[0])) return true;
  const body = POST_FIRST.at(text, end) ? BODY_AFTER.exec(text.slice(end, end + 40)) : null;
  if (
    body &&
    !PRIVATE_POST.test(body[0]) &&
    // (…not the body a recruit is to join: 拟录用人员名单：朱梓涵（区司法局）、….)
    !/录用|聘用|拟聘|招聘|招录|考生|报考|人选|拟任/.test(
      text
        .slice(Math.max(0, start - 80), start)
        .split('\n')
        .at(-1)!,
    )
  )
    return true;
  // A row that says the person's post or that their office holds (组长 | 韩立军 | 区政府区长; 区住建局 | 负责人 …).
  if (layout && cell && officialRow(text, cell, layout)) return true;
  if (text[start - 1] === '人' || text[start - 2] === '人')
    if (
      CONTACT_OF_RECIPIENT.test(text.slice(Math.max(0, start - 40), start)) ||
      CONTACT_AFTER_ADDRESS.test(text.slice(Math.max(0, start - 60), start))
    )
      return true;
  // Named after the public body they work for (联系人：兴桥镇民政办罗\u3000平, 送达人：区信访局\u3000李\u3000晶).
  // (向, 于 … after a body are its verb's preposition: 帮扶中心|向薛金妹发放.)
  if (
    !AMBIGUOUS_SURNAMES.has(text[start]!) &&
    bodyEndsBefore(text, start) &&
    STAFF_OF_BODY.test(text.slice(Math.max(0, start - 56), start))
  )
    return true;
  // (Past the padding a padded name was moved over: 周彤\u3000，系该局…; a comma is looked for before any slice is cut.)
  let comma = end;
  while (SPACES.at(text, comma)) comma++;
  if (COMMA.at(text, comma) && OFFICIAL_AFTER.test(text.slice(comma, end + 20))) return true;
  const next = text[end];
  if (next === '同' && APPOINTMENT_AFTER.test(text.slice(end, end + 4))) return true;
  // (…or the heads a command's groups are given: 组长分别由王德志、邹小兵…担任; not a village's or an estate's.)
  if (
    text.charCodeAt(start - 1) === 0x7531 && // 由
    /(?:组长|指挥长|主任|负责人|召集人)(?:分别)?由$/.test(text.slice(Math.max(0, start - 8), start)) &&
    !/村|社区|小区|居民|业主|楼/.test(
      text
        .slice(Math.max(0, start - 30), start)
        .split(/[，。；\n]/)
        .at(-1)!,
    )
  )
    return true;
  // (…and the first of those a notice appoints or removes: 关于刘振华等同志职务任免的通知.)
  if (next === '等' && /^等(?:[\d一二三四五六七八九十]+名)?同志(?:职务|任免|任职|免职)/.test(text.slice(end, end + 10)))
    return true;
  // (A label's colon or tab must stand within the clause before: looked for before the regular expression is tried.)
  const clause = text.slice(Math.max(0, start - 40), start);
  const labelled = /[：:\t]/.test(clause);
  if ((labelled || clause.endsWith('为')) && OFFICIAL_LABEL_CLAUSE.test(clause)) return true;
  // The clerk who filled in a public body's return, its body named on the same line (填报单位：…应急管理办公室\u3000填报人：赵永福).
  if (labelled && FILED_BY.test(text.slice(Math.max(0, start - 80), start))) return true;
  // Reached or sent through a district's or a town's body and named with it (可联系花田乡农业服务中心白永刚, 由郭道镇林业站
  // 张国栋直接送达, 联系人：征收工作指挥部沈光明): its staff.
  if (bodyEndsBefore(text, start) && STAFF_REACHED.test(text.slice(Math.max(0, start - 30), start))) return true;
  // The head of a public body speaking for it (城市更新办负责人陈志刚介绍, 大队负责人刘宏宇介绍), or given with it
  // (…征收办公室（负责人姜立华）), or signing after its clerks (审核人：…；复核人：…；负责人：潘志明).
  if (
    clause.includes('负责人') &&
    (/(?:政府|[局委办厅所站处科股镇乡]|办公室|中心|街道|社区|法院|指挥部|专班|大队|中队|支队)(?:[（(]盖章[）)])?[（(]?(?:主要|有关|分管)?负责人[：:\s]*$/.test(
      text.slice(Math.max(0, start - 16), start),
    ) ||
      /(?:审核|复核|审批|经办|承办)人[：:][^，。\n]{0,30}[；;\s]负责人[：:\s]*$/.test(
        text.slice(Math.max(0, start - 50), start),
      ))
  )
    return true;
  return (
    (/[、\s]/.test(text[start - 1] ?? '') && OFFICIAL_LIST.test(text.slice(Math.max(0, start - 40), start))) ||
    dutyContact(text, start, end) ||
    (LIAISON_FIRST.at(text, start - 1) && LIAISON_LIST.test(text.slice(Math.max(0, start - 120), start)))
  );
}

/**
 * Each body's contact in a list of them, named after the body (各街道信用工作联络人：白石江街道沈志华（…），潇湘街道秦丽
 * （…）; 各拟聘用单位联系人：区人民医院人事科次旦（…）): the bodies' staff.
 */
const LIAISON_LIST =
  /各[^：:\n]{0,12}(?:联络人|联系人)[：:](?:[^。\n：:]{0,100}[，,；;、])?[^：:\t，。；、\n（）()]{2,24}(?:街道|镇|乡|政府|[局委科股处办所站队院]|中心|学校|小学|中学|医院)$/;
const LIAISON_FIRST = new Chars('道镇乡府局委科股处办所站队院心校学');

/**
 * A list of people being honoured or put forward (表彰名单, 先进个人, 道德模范, 好人榜, 拟推荐人选):
 * the line names an honour and introduces its list with a colon before the position.
 */
const HONOUR_LIST =
  /(?:表彰|先进|优秀|模范|好人|红旗手|奖章|劳模|最美|感动|年度人物|拟推荐|推荐人选|候选人|拟表彰)[^。\n]{0,40}?(?<!联系人|电话|地址|邮箱)[：:]/;

/**
 * A board, panel or working group listed by its posts (评委：组长X，成员Y、Z; 鉴定专家组：组长 …):
 * its members sit in their duties, except those there for the public (村民代表X, 被征收人代表Y).
 */
const BOARD =
  /(?:小组|考官组|专家组|委员会|评委|工作组|评审组|评议组)[^。\n]{0,6}?[：:][^。\n]*?(?:组长|成员|委员|考官|评委|专家)/;

/**
 * Where, on each line, an honours list or a board begins (after its heading): worked out once per
 * text, since every name candidate asks, and a text may be a megabyte of them.
 */
interface LineContexts {
  text: string;
  lineStarts: number[];
  honourFrom: number[];
  boardFrom: number[];
}
let contexts: LineContexts | undefined;

/** The contexts of `text`; `fresh` when a new text begins (two equal texts compare in linear time). */
function lineContexts(text: string, fresh = false): LineContexts {
  if (!fresh && contexts?.text === text) return contexts;
  const lineStarts: number[] = [];
  const honourFrom: number[] = [];
  const boardFrom: number[] = [];
  for (let at = 0; at <= text.length;) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    const honour = HONOUR_LIST.exec(line);
    const board = BOARD.exec(line);
    lineStarts.push(at);
    honourFrom.push(honour ? at + honour.index + honour[0].length : Infinity);
    boardFrom.push(board ? at + board.index + board[0].length : Infinity);
    if (next < 0) break;
    at = next + 1;
  }
  contexts = { text, lineStarts, honourFrom, boardFrom };
  return contexts;
}

/** The line a position is on (binary search over the line starts). */
function lineOf(c: LineContexts, position: number): number {
  let lo = 0;
  let hi = c.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.lineStarts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function honoured(text: string, start: number): boolean {
  const c = lineContexts(text);
  return c.honourFrom[lineOf(c, start)]! <= start;
}

function onBoard(text: string, start: number): boolean {
  const c = lineContexts(text);
  if (c.boardFrom[lineOf(c, start)]! > start) return false;
  return !/(?:代表|群众|村民|居民)[：:\s]*$/.test(text.slice(Math.max(0, start - 8), start));
}

/** What ends the entry of one honoured person: a separator, the unit in brackets, or the line's end. */
const HONOUR_ENTRY_END = /^(?:[、，,；;。\s（(]|……|$)/;

/** The next in a list of officials after their title (首席仲裁员 沈国华 仲裁员 陆敏 钱晓东). */
const OFFICIAL_LIST = ledByFirstCharacters(
  /(?:(?:仲裁员|审判员|陪审员|执法人员|办案人员|调查人员|评估人员|鉴定人员|检测人员|(?<!被)鉴定人|检察员|书记员|监察员|考官|听证员|评委|监考人员|记者|通讯员|法警|(?:评估|评审)?专家组)[：:\s]+|(?:(?:参会|出席|列席)人员|约谈人|(?<!被)(?:核查|调查|询问)人(?:签字)?)[：:]\s*)[\u4e00-\u9fff·]{2,16}(?:[（(][^（）()]{0,20}[）)])?[、\s]+$/,
);

/**
 * A document an office issues: its 文号 (涪府办发〔2026〕33号), a letterhead line that is an office's name, or the
 * offices and departments it is sent to (各街道办事处，区直各部门：).
 */
const OFFICE_DOCUMENT =
  /〔(?:19|20)\d\d〕|(?:^|\n)(?:[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府办公室|[局委]|委员会|办公室|办事处|指挥部|法院|检察院)\n|各[^\n]{0,40}(?:部门|单位|办事处|人民政府)[：:])/;
/** What a contact line gives only of a private person: a mobile, a home, a relation, a firm's post. */
const PERSONAL_CONTACT =
  /1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|(?<![国专大商厂店])家|住(?:址|在|所|宅|处)|宅电|之[父母子女妻夫兄弟姐妹]|父亲|母亲|儿子|女儿|本人|申请人|专员|公司|经理/;

/** What only an office writes of itself or to those it answers (本机关, 我局, 如不服…申请行政复议, 如有异议). */
const OFFICE_VOICE = /本(?:机关|局|院|委|办|厅|单位|中心)|我(?:局|委|办|院|厅|单位|中心)|不服|行政复议|有异议/;

/**
 * An office's contact in its own notice, in their duties: 请与…管理科联系，联系人：刘洋; 联系人：张伟，
 * 电话…，邮箱 …@….gov.cn. Not the contact a company or a private party gives (申请人X公司，联系人吕佳).
 */
function dutyContact(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 60), start);
  if (!left.includes('联系人')) return false;
  // (征收部门联系人：谢文涛; 地址：…住建大楼402室，联系人莫海燕.)
  if (/(?:部门|机关|发放|业务)联系人[：:]?\s*$/.test(left)) return true;
  if (
    /地址[：:][^\n，,。；]{0,40}(?:政府|[局委办]|中心|大楼|大厦)[^\n，,。；]{0,12}[，,]\s*联系人[：:]?\s*$/.test(left)
  )
    return true;
  // 联系人：开福区医保局待遇保障科 刘思远
  const office = /联系人[：:]\s*([^，。；\n]{2,30}?)[\s\u3000]+$/.exec(left);
  if (office && office[1]!.search(ORGANISATION) >= 0 && !/公司|企业|商行|门店|个体/.test(office[1]!)) return true;
  // (…or its department, the body named before the label: 区残联联系人：康复部 秦丽芬.)
  if (
    office &&
    /^[\u4e00-\u9fff]{1,6}(?:部|科|室|股|处|组)$/.test(office[1]!) &&
    /(?:[局委办院所站]|残联|妇联|工会|团委|中心|政府|街道)联系人[：:]/.test(left)
  )
    return true;
  // (…and the names listed after the first: 联系人：刘 斌、李晓燕.)
  const label = /联系人[：:\s]*(?:[\u4e00-\u9fff·][\u4e00-\u9fff·\s\u3000]{1,6}、)*$/;
  if (!label.test(left)) return false;
  const before = left.slice(Math.max(left.lastIndexOf('。'), left.lastIndexOf('\n')) + 1).replace(label, '');
  if (/公司|企业|商行|门店|个体/.test(before)) return false;
  // (The office named last speaks for it, after any party the sentence names: …向来信人出具答复，并报区信访局督查室
  // （联系人：包志红，….)
  const lastOffice = [...before.matchAll(ORGANISATION)].at(-1);
  const lastParty = [...before.matchAll(PARTY)].at(-1);
  if (
    lastOffice &&
    (!lastParty ||
      (lastParty.index < lastOffice.index &&
        /(?:报|报送|反映|请与|咨询|寄至|送至|交至)[^，,；;]*$/.test(
          before.slice(0, lastOffice.index + lastOffice[0].length + 4),
        )))
  )
    return true;
  if (lastParty) return false;
  // Opening its own sentence after the office has spoken (如对本答复不服，可…申请行政复议。联系人：何伟), or on the line
  // under the office it speaks for (联系单位：秦州区民政局社会救助股 | 联系人：李晓燕).
  if (before.trim() === '' && OFFICE_VOICE.test(text.slice(Math.max(0, start - 120), start))) return true;
  if (before.trim() === '' && /(?:联系|承办|主办|经办)单位[：:][^\n]*\n[^\n]*$/.test(left)) return true;
  // (…or on a line of its own, or after a full stop, that closes an office's document — one with a 文号, a letterhead
  // or its addressees — giving nothing of a person's: 联系人：沈丽华，0317-2153607.)
  if (
    /(?:^|[\n。])联系人[：:\s]*$/.test(left) &&
    !PERSONAL_CONTACT.test(text.slice(end, end + 120).split('\n', 1)[0]!) &&
    // (Looked for within the pages before, not back to a long text's start for every contact line.)
    OFFICE_DOCUMENT.test(text.slice(Math.max(0, start - 3000), start))
  )
    return true;
  const rest = text.slice(end, end + 80).split(/[。\n]/)[0] ?? '';
  // (…or the office's own address or mailbox given after: 联系人：刘晓燕 | 地址：…县自然资源局….)
  return /@[\w.-]+\.gov\.cn|地址[：:][^。\n]{0,40}(?:政府|局|委员会|中心|办公室)/.test(rest);
}

/** The names a table cell holds: the cell, what follows a label's colon in it, or each of several (甲、乙). */
function cellNames(cell: string): string[] {
  return cell
    .replace(/^.*[：:]/, '')
    .split('、')
    .map((s) => s.trim());
}

/** The name is not glued to a Han word before it: a sentence start, punctuation, or a label's colon. */
function startsClean(left: string): boolean {
  return (
    left === '' ||
    /[^\u4e00-\u9fff]$/.test(left) ||
    /(?:经查|经核查|据查|其中|另|现|并|且|请|第\d+号|\d+号|[村组屯寨庄室号楼户院]的)$/.test(left)
  );
}

/**
 * Positions (and lengths) of names in lists of people (X、Y、Z). A list counts when it introduces people (名单,
 * 人员, 个人, 对象 … before it) or when most of its items are names with something only people
 * have (a description in parentheses, 家庭, 同志); never a list of places (…等地).
 */
/** A heading that introduces a list of people, right before it. */
const PEOPLE_HEADING = /(?:名单|人员|人选|对象|带头人|获奖者)[^：:，,。]{0,10}[：:]\s*$/;

function namesInLists(text: string): Map<number, number> {
  const out = new Map<number, number>();
  // A clause with at least one 、 between Han characters; bounded so the scan stays linear.
  for (const m of text.matchAll(/[^。；;\n！？!?]{0,400}/g)) {
    const clause = m[0];
    if (!clause.includes('、')) continue;
    const base = m.index;
    for (const run of listRuns(clause)) {
      const items = run.items.map((it, k) => ({
        ...it,
        found: nameInItem(it.text, k === run.items.length - 1) ?? withNationality(it.text),
      }));
      // Under a heading that says people (…名单：), an item of two to four characters that begins with
      // a surname is a name whatever follows it (汪尕西木、马麦尔燕、何三十五: Hui and Dongxiang names).
      if (PEOPLE_HEADING.test(clause.slice(Math.max(0, run.start - 30), run.start)))
        for (const it of items) {
          const bare = it.text.replace(LIST_RUNS_ON, '').trim();
          if (!it.found && /^[\u4e00-\u9fff]{3,4}$/.test(bare) && surnameOf(bare) && !isWord(bare))
            it.found = { name: bare, at: it.text.indexOf(bare) };
        }
      const names = items.filter((it) => it.found);
      if (names.length < 2 || names.length < items.length * 0.6) continue;
      // What introduces the list, up to its first name (被征收人代表|钟国庆、…).
      const first = items[0]!.found ? run.start + items[0]!.found.at : run.start;
      const intro = clause.slice(Math.max(0, first - 30), first);
      const after = clause.slice(run.end, run.end + 6);
      if (/^等(?:地|县|市|区|镇|街道|省|国|单位|部门|企业|公司)/.test(after)) continue;
      // A list that is the whole line, most of it names that are no words (a column pasted as a
      // line: 岩温、玉香、车秀英、刀建华…), needs no heading.
      const bareList =
        !intro.trim() &&
        names.length >= 4 &&
        names.filter((it) => wordFrequency(it.found!.name) < WORD_FREQUENCY).length >= items.length * 0.6;
      const peopleIntro =
        bareList ||
        /(名单|人员|个人|对象|人选|成员|好人|模范|先进|居民|村民|职工|学生|代理人|代表|驾驶人|信访人|准予|同意|[一二三]等奖|获奖|表彰|聘用|录用|遴选|注销|[：:]\s*$|(?:员|师)$)/.test(
          intro,
        );
      const personal = items.some((it) =>
        /（[^（）]+）|家庭|同志|兄弟|姐妹|夫妇|[一二两三四五六七八九十\d]+[人名]/.test(it.text),
      );
      if (!peopleIntro && !personal) continue;
      for (const it of names) {
        if (COMMON_WORDS.has(it.found!.name) && !peopleIntro) continue;
        // (…nor what a person does, after their label: 违法行为人陈述、被侵害人陈述、证人X（…）.)
        if (PERSON_ACTS.exec(it.found!.name)?.[0] === it.found!.name) continue;
        out.set(base + it.start + it.found!.at, it.found!.name.length);
      }
      // In a list of people most of whom have names, an item that is a name of no known surname is
      // one too (金明姬、朴成浩、崔英爱、玄龙哲), unless it is a word.
      if (!peopleIntro || names.length < 3) continue;
      items.forEach((it, k) => {
        if (it.found) return;
        const bare = (k === items.length - 1 ? it.text.replace(LIST_RUNS_ON, '') : it.text)
          .replace(ITEM_SUFFIX, '')
          .trimEnd();
        const at = bare.length - bare.trimStart().length;
        if (/^\s*[\u4e00-\u9fff]{2,4}$/.test(bare) && wordFrequency(bare.trim()) < WORD_FREQUENCY && !MASKED.test(bare))
          out.set(base + it.start + at, bare.length - at);
      });
    }
  }
  return out;
}

/**
 * A table row that is nothing but names (a roster: 丁洁 | 万红梅 | 王小莉 | 方向 | 邓春燕): when three
 * in five of its cells are names that are no words, every cell of two to four Han characters is a
 * person, even one that is also a word (方向, 严冬). Rows are read up to a bounded length.
 */
function namesInRosterRows(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of text.matchAll(/^[^\n]{0,400}$/gm)) {
    const row = m[0];
    if (!row.includes('\t')) continue;
    const cells: { at: number; value: string }[] = [];
    let at = 0;
    for (const cell of row.split('\t')) {
      const value = cell.trim();
      cells.push({ at: m.index + at + cell.indexOf(value), value });
      at += cell.length + 1;
    }
    if (cells.length < 4 || cells.some((c) => !/^[\u4e00-\u9fff]{2,4}$/.test(c.value))) continue;
    const plain = cells.filter((c) => isNameShaped(c.value) && !isWord(c.value)).length;
    if (plain < cells.length * 0.6) continue;
    for (const c of cells) if (!PADDED_LABELS.has(c.value)) out.set(c.at, c.value.length);
  }
  return out;
}

function isNameShaped(s: string): boolean {
  return shapesAt(s, 0).includes(s);
}

/** Runs of 、-separated items in a clause, split outside parentheses. */
function listRuns(clause: string): { start: number; end: number; items: { start: number; text: string }[] }[] {
  const runs: { start: number; end: number; items: { start: number; text: string }[] }[] = [];
  // Items end at 、; a run ends at a comma, colon or the clause end (outside parentheses).
  let depth = 0;
  let itemStart = 0;
  let items: { start: number; text: string }[] = [];
  const close = (at: number) => {
    items.push({ start: itemStart, text: clause.slice(itemStart, at) });
    if (items.length >= 2) runs.push({ start: items[0]!.start, end: at, items });
    items = [];
  };
  for (let i = 0; i < clause.length; i++) {
    const ch = clause[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && ch === '、') {
      items.push({ start: itemStart, text: clause.slice(itemStart, i) });
      itemStart = i + 1;
    } else if (depth === 0 && /[，,：:\t\n]/.test(ch)) {
      close(i);
      itemStart = i + 1;
    }
  }
  close(clause.length);
  return runs;
}
