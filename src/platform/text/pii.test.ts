import { describe, expect, it } from 'vitest';
import { DEFAULT_MASKING_POLICY, deidentify, findPersonalInformation, isIdCardNumber, luhnValid } from './pii.js';

/** legal.md §5: personal information found with positions, look-alikes left alone, masked as courts do. */
const ID = '320508199003070025';
const CARD = '6222021234567890128';
const DECISION =
  `当事人张三，男，身份证号码${ID}，住址：苏州市姑苏区十全街88号3幢201室，联系电话13912345678，` +
  `银行账号${CARD}。法定代表人欧阳修文。车牌号苏E·A1234。邮箱zhang@example.com。`;

/** The texts found of one type, in order. */
const found = (text: string, type: string) =>
  findPersonalInformation(text)
    .filter((f) => f.type === type)
    .map((f) => f.text);

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

  it('finds a person’s landline however it is written: groups, country codes, extensions, full-width digits', () => {
    const landlines = (t: string) =>
      findPersonalInformation(t)
        .filter((f) => f.type === 'landline')
        .map((f) => f.text);
    expect(landlines('来信人蒋国平，家庭电话0512 6521 8847，备用电话+86 512 6580 3926。')).toEqual([
      '0512 6521 8847',
      '+86 512 6580 3926',
    ]);
    expect(landlines('来电号码：0086 20 8190 3527，回电号码０５１２－６７２３４５１９，宅电86-25-84697352。')).toEqual([
      '0086 20 8190 3527',
      '０５１２－６７２３４５１９',
      '86-25-84697352',
    ]);
    expect(landlines('申请人蒋丽，联系电话（区号0731）84561234，住宅电话0731～84561235，备用0731_84561236。')).toEqual([
      '（区号0731）84561234',
      '0731～84561235',
      '0731_84561236',
    ]);
    // A person's own line at work is theirs; an office's, said to be the office's, is not.
    expect(landlines('来电人戚美玲留下的号码为0512-65391288转203（本人单位总机转分机）。')).toEqual([
      '0512-65391288转203',
    ]);
    expect(landlines('查国栋：请于15个工作日内补正。联系电话：0551-65123015（区政务公开办）。')).toEqual([]);
    // A mobile with a country code is not read as a landline.
    expect(findPersonalInformation('申请人符海燕，联系方式+86 139 7681 2054。').map((f) => f.type)).toEqual([
      'person_name',
      'mobile',
    ]);
    // The applicant named well before, with an ID number between, still owns the number.
    expect(
      landlines(
        '申请人：吕志鹏，男，1991年4月22日出生，汉族，户籍地江苏省盐城市亭湖区南洋镇新洋村5组31号，' +
          '现住苏州工业园区唯亭街道青剑湖花园8幢2单元402室，公民身份号码320902199104221519，联系电话0512-62781054。',
      ),
    ).toEqual(['0512-62781054']);
  });

  it('leaves an office’s contact in its own notice public, name and number', () => {
    expect(
      findPersonalInformation('如有疑问，请与朝阳区住建委物业管理科联系，联系人：刘洋，电话：010-65094418。'),
    ).toEqual([]);
    expect(findPersonalInformation('联系人：张伟，电话：0512-65123456，邮箱：zhangw@szgs.gov.cn。')).toEqual([]);
    expect(findPersonalInformation('本次征集联系人：李主任，联系电话：010-65125578。')).toEqual([]);
    // A company applicant's contact is a private person.
    expect(
      findPersonalInformation('申请人苏州安和置业有限公司，联系人吕佳，电话0512-65871234。').map((f) => f.text),
    ).toEqual(['吕佳', '0512-65871234']);
  });

  it('finds names written with a dot (努尔古丽·买买提) where a person is meant, and mailboxes with a full-width ＠', () => {
    expect(
      findPersonalInformation(
        '经审核，努尔古丽·买买提（联系电话4823617）家庭生活困难。你的女儿阿依努尔·哈力克符合条件。',
      ).map((f) => f.text),
    ).toEqual(['努尔古丽·买买提', '4823617', '阿依努尔·哈力克']);
    expect(findPersonalInformation('报名人梁嘉欣，邮箱liangjiaxin2000＠163.com。').map((f) => f.type)).toEqual([
      'person_name',
      'email',
    ]);
  });

  it('finds Tibetan and Mongolian names, names like 马向阳, and rare surnames, but not an official at work', () => {
    const names = (t: string) =>
      findPersonalInformation(t)
        .filter((f) => f.type === 'person_name')
        .map((f) => f.text);
    expect(names('次仁卓嘎、旦增平措、尼玛次仁获评先进个人。')).toEqual(['次仁卓嘎', '旦增平措', '尼玛次仁']);
    expect(names('被执行人苏日娜的丈夫巴特尔作为担保人。')).toEqual(['苏日娜', '巴特尔']);
    expect(names('被告祁白雪、马向阳于本判决生效之日起十日内偿还。')).toEqual(['祁白雪', '马向阳']);
    expect(names('兴庆区社区卫生服务中心：虎小龙、撒丽娜。')).toEqual(['虎小龙', '撒丽娜']);
    expect(names('郭瑞民强调，要把农村供水工程建好。执行法官：沈志刚，联系电话0512-68555126。')).toEqual([]);
    expect(findPersonalInformation('执行法官：沈志刚，联系电话0512-68555126。')).toEqual([]);
  });

  it('leaves a shop’s premises in a 个体工商户 table public, and finds a village group as a home', () => {
    expect(
      findPersonalInformation('2\t易江山\t岳麓区江山烟酒商行\t岳麓区观沙岭街道茶子山东路88号附5号').map((f) => f.type),
    ).toEqual(['person_name']);
    expect(
      findPersonalInformation('1\t东方白雪\t4\t奢岭街道新安村三社\t168\t同意').map((f) => [f.type, f.text]),
    ).toEqual([
      ['person_name', '东方白雪'],
      ['address', '奢岭街道新安村三社'],
    ]);
  });

  it('finds names by what surrounds them: a label and a sex, an act done to them, a list of people', () => {
    const names = (t: string) =>
      findPersonalInformation(t)
        .filter((f) => f.type === 'person_name')
        .map((f) => f.text);
    expect(names('被执行人巴特尔，男，1979年生，下落不明。')).toEqual(['巴特尔']);
    expect(names('当事人阿依古丽·买买提，女，汉族。')).toEqual(['阿依古丽·买买提']);
    expect(names('并依法向郑凯追缴违法所得12,400元。')).toEqual(['郑凯']);
    expect(names('申请人甘露要求以纸质形式提供信息。')).toEqual(['甘露']);
    expect(names('考生须空腹。被申请人支付申请人工资。')).toEqual([]);
    expect(names('被征收人代表钟国庆、丁秀兰、司马乐参加了评估机构选定会议。')).toEqual(['钟国庆', '丁秀兰', '司马乐']);
    expect(names('原配租房源虎池苑公租房调配给轮候家庭。')).toEqual([]);
    expect(names('本区新就业无房职工和稳定就业的外来务工人员可申请公共租赁住房。')).toEqual([]);
  });

  it('finds a home telephone however it is given, but not an amount in a row of figures', () => {
    const texts = [
      '我儿子在外地工作，家里电话是67528843，有事打这个。',
      '狗主人家住新家花园 我家座机65271608 手机信号不好打这个',
      '当事人王建国，联系电话0512—65123456。',
      '阮凤英\t86岁\t桂花新村8幢102室\t65318842',
    ];
    for (const t of texts) expect(findPersonalInformation(t).filter((f) => f.type === 'landline')).toHaveLength(1);
    const form = '来信人：张卫东\n联系电话：0512-65123456';
    expect(findPersonalInformation(form).map((f) => f.type)).toEqual(['person_name', 'landline']);
    const office = '苏州市姑苏区人民政府办公室\n联系电话：0512-65123456';
    expect(findPersonalInformation(office)).toEqual([]);
    const amounts = '1\t戚国梁\t悬桥巷26号\t38650\t2640568\t货币补偿';
    expect(findPersonalInformation(amounts).filter((f) => f.type === 'landline')).toEqual([]);
  });

  it('finds a home given as where a house stands or where someone was found, not a building under repair', () => {
    const homes = [
      '申请公开其父彭德福名下房屋的征收评估报告，房屋坐落于苏州市姑苏区桃花坞大街139号。',
      '后于次日在其家中（昆山市千灯镇石浦社区新华路25号）被抓获。',
      '征收范围内的东北街151号（被征收人汪德华）房屋系无证建筑。',
    ];
    for (const t of homes) expect(findPersonalInformation(t).filter((f) => f.type === 'address')).toHaveLength(1);
    const works = '三香新村15幢屋面防水维修工程预算金额86,500元。';
    expect(findPersonalInformation(works)).toEqual([]);
  });

  it('finds a home by who lives there, said after it, and a flat in brackets after a person', () => {
    const addresses = (text: string) =>
      findPersonalInformation(text)
        .filter((f) => f.type === 'address')
        .map((f) => f.text);
    expect(addresses('我是金华市婺城区城东街道八一北街66号的住户，楼下夜市噪音很大。')).toEqual([
      '金华市婺城区城东街道八一北街66号',
    ]);
    expect(addresses('致5幢1单元602室住户：您家水管渗漏，请尽快处理。')).toEqual(['5幢1单元602室']);
    // (…after 现住所 whole: the address does not start with its last character.)
    expect(addresses('王建国，男，现住所芜湖市镜湖区吉和街118号4栋301室。')).toEqual([
      '芜湖市镜湖区吉和街118号4栋301室',
    ]);
    expect(addresses('参会居民代表沈玉梅（8号楼2单元），社区工作人员记录。')).toEqual(['8号楼2单元']);
    // A building under works, or an office in brackets, is no one's home.
    expect(addresses('会议地点：区政府（3号楼2层）。12幢2单元楼道改造工程已完工。')).toEqual([]);
  });

  it('tells a person’s mailbox from an organisation’s', () => {
    const personal = [
      '现将该信息以电子邮件形式发送至您指定的邮箱chaiwenbo@foxmail.com。',
      '申请人信息：姓名皇甫静；工作单位：苏州某科技有限公司；电子邮箱：hfjing@126.com。',
    ];
    for (const t of personal) expect(findPersonalInformation(t).filter((f) => f.type === 'email')).toHaveLength(1);
    const organisations = [
      '用人单位联系人：人力资源部，0512-62871036，邮箱hr@sz-gaoxin-jx.com',
      '受理电话：0512-68681122，邮箱lmps@szzgh.org.cn。',
    ];
    for (const t of organisations) expect(findPersonalInformation(t).filter((f) => f.type === 'email')).toEqual([]);
  });
});

describe('lists, boards and padded names (dev6)', () => {
  const names = (text: string) =>
    findPersonalInformation(text)
      .filter((f) => f.type === 'person_name')
      .map((f) => f.text);

  it('finds a two-character name padded to three, and masks the whole of it', () => {
    const text = '评审结果：赵　红、欧阳　雪、陈晓明。';
    expect(names(text)).toEqual(['赵　红', '欧阳　雪', '陈晓明']);
    expect(deidentify(text)).toBe('评审结果：赵某、欧阳某、陈某。');
    // A full name after a heading is not taken apart (审判员\u3000陆晓明), nor an official's padded one.
    expect(names('审判员　陆晓明　书记员　钱　怡')).toEqual([]);
  });

  it('finds a padded name that is also a word, and one running on into the sentence, but not a padded label or heading', () => {
    // Padding is done for people's names: 田\u3000园 and 成\u3000才 are names here, though words elsewhere.
    expect(names('申请人姓名田　园，证件类型：居民身份证。')).toEqual(['田　园']);
    expect(names('序号\t姓名\t金额\n1\t成　才\t1200')).toEqual(['成　才']);
    expect(names('被执行人赵　刚的车辆已被查封，其母王　兰称对此不知情。')).toEqual(['赵　刚', '王　兰']);
    expect(names('其母王兰称对此不知情。')).toEqual(['王兰']);
    // Labels and headings spaced to a column's width, and spaced words in running text, are no one.
    expect(names('单　位：区财政局\n公　告\n公　开　目　录')).toEqual([]);
    expect(names('12345工单　来电时间：上午九时；记者　方向　通讯员　周游报道。')).toEqual([]);
    expect(names('审判长　顾振华　审判员　钱丽　书记员　周　洁')).toEqual([]);
  });

  it('believes a name that is also a word in a table row that gives an ID number, even a masked one', () => {
    expect(names('2\t高峰\t3205**********0031\t（2026）苏0508执1029号')).toEqual(['高峰']);
    expect(names('2\t高峰\t用电高峰时段\t错峰')).toEqual([]);
    expect(names('3\t安然\t2\t青山村五组\t6228480402564890018')).toEqual(['安然']);
    // A column headed by a role of a person (被执行人, 轮候人 …) is a column of names.
    expect(names('序号\t被执行人\t执行标的\n2\t高峰\t12000')).toEqual(['高峰']);
  });

  it('believes a word right after a person’s label when punctuation closes it, but not the label’s own act', () => {
    expect(names('公租房续租：承租人安然，租期两年；联系人白鹭，电话另告。')).toEqual(['安然', '白鹭']);
    expect(names('案件受理费由被告承担。证据有被害人陈述、书证。根据当事人申请，准予撤回。')).toEqual([]);
    expect(names('公示抽查的事项、对象范围、抽查比例。')).toEqual([]);
    // A surname before a given name that is a word, after a label or a private role (党建设, 渔民吴多福).
    expect(names('申请人蒋建设（个体），经营地址另附。养殖户任文明，今年新建鱼塘两口。')).toEqual(['蒋建设', '任文明']);
  });

  it('finds the honoured after their post, but officials sitting on a board stay public', () => {
    expect(names('优秀共产党员：东星社区党委书记林淑珍、区人民医院护士长蔡　燕。')).toEqual(['林淑珍', '蔡　燕']);
    expect(names('结构化面试评委：组长郭玉林（区教育局），成员邹静（区教研室）、马骏。')).toEqual([]);
    // …except those on it for the public.
    expect(names('评议小组：组长 村党总支书记刘建军，成员 村民代表谢桂兰。')).toEqual(['谢桂兰']);
  });

  it('reads a local number written 4-3 and a village group named 屯 or 队 as a home', () => {
    const found = findPersonalInformation('来信人覃国华，住都安县地苏镇大定村拉仁屯，联系电话（0634）6218 835。');
    expect(found.map((f) => [f.type, f.text])).toEqual([
      ['person_name', '覃国华'],
      ['address', '都安县地苏镇大定村拉仁屯'],
      ['landline', '（0634）6218 835'],
    ]);
  });

  it('takes a card that fails the Luhn check where the table or label says it is one, never an office’s account', () => {
    const table = '序号\t户主姓名\t保障人数\t月保障金（元）\t一卡通账号\n4\t罗春生\t4\t1720\t6228484722549983790';
    expect(findPersonalInformation(table).map((f) => f.type)).toEqual(['person_name', 'bank_card']);
    const office = '化龙桥街道办事处\t化龙桥正街1号\t——\t5000010127348020508';
    expect(findPersonalInformation(office).filter((f) => f.type === 'bank_card')).toEqual([]);
    expect(findPersonalInformation('学生蒲琳（合同号6217007953045842496）').map((f) => f.type)).toEqual([
      'person_name',
    ]);
    // After an account's label, a card's label whatever its issuer, or printed in groups of four; a
    // grouped card is never read as a telephone number inside it.
    for (const [text, card] of [
      ['开户银行：农商行，账号：6228 4803 2145 7789 013', '6228 4803 2145 7789 013'],
      ['户名：黄玉兰，卡号：9558 8022 0011 2233 445', '9558 8022 0011 2233 445'],
      ['补偿款已打入其账户6215 5816 0200 4412 387。', '6215 5816 0200 4412 387'],
    ] as const)
      expect(findPersonalInformation(text).filter((f) => f.type !== 'person_name')).toEqual([
        { type: 'bank_card', start: text.indexOf(card), end: text.indexOf(card) + card.length, text: card },
      ]);
  });

  it('takes a line given in brackets after a masked name as that person’s', () => {
    for (const text of ['黄某（电话：0775-3321765）', '黄某某（身份证号：4508**********1234，电话：0775-3321765）'])
      expect(findPersonalInformation(text).map((f) => [f.type, f.text])).toEqual([['landline', '0775-3321765']]);
  });

  it('leaves an office’s number in its reply public', () => {
    for (const text of [
      '已维修完毕，诉求人表示满意。街道联系电话0471-4358326。',
      '请诉求人伍万里注意查收。如有疑问请致电0755-26658600。',
      '回访人：监察员孙丽，回访电话0451-86665321。',
    ])
      expect(findPersonalInformation(text).filter((f) => f.type === 'landline')).toEqual([]);
  });
});

describe('regional names, spaces and repeats (dev7)', () => {
  it('finds a name padded with two ordinary spaces, as typed in Word, but not a word after a single space', () => {
    expect(found('被申请人：林  涛，住所地本市。', 'person_name')).toEqual(['林  涛']);
    expect(found('拟录用：周  洋、冯  丽、葛晓峰。', 'person_name')).toEqual(['周  洋', '冯  丽', '葛晓峰']);
    expect(found('增开 8路 游5 两条线路', 'person_name')).toEqual([]);
  });

  it('finds weak surnames (区, 者, 字, 招, 冶) where the text says a person, never a district or a reporter', () => {
    expect(found('申请人区振邦与被申请人某公司劳动争议一案', 'person_name')).toEqual(['区振邦']);
    expect(found('低保对象名单：者永兰、字文华、招丽芳。', 'person_name')).toEqual(['者永兰', '字文华', '招丽芳']);
    expect(found('区伯明老人今年九十岁。', 'person_name')).toEqual(['区伯明']);
    for (const text of [
      '区政府办公室、区民政局联合发文',
      '资金由区财政局拨付至各镇',
      '记者从区住建局获悉',
      '冶金行业安全检查',
    ])
      expect(found(text, 'person_name'), text).toEqual([]);
  });

  it('finds Yi, Tibetan and Uyghur names in running text, and names once found wherever they recur', () => {
    expect(found('户主曲比拉哈，家庭成员吉克阿依、曲比石者。', 'person_name')).toEqual([
      '曲比拉哈',
      '吉克阿依',
      '曲比石者',
    ]);
    expect(found('当时次仁多吉正在放牧。', 'person_name')).toEqual(['次仁多吉']);
    expect(found('个体户艾力·买买提（馕坑店）', 'person_name')).toEqual(['艾力·买买提']);
    expect(found('申请人区永良，……经调查，区永良在该厂工作三年。', 'person_name')).toEqual(['区永良', '区永良']);
    // (…a name of two characters too, even one that is a word, where a label said it first; standing apart,
    // not run into a place's or a shop's name.)
    expect(found('申请人林海，男，1980年生。林海回复邮件称，已搬离。', 'person_name')).toEqual(['林海', '林海']);
    expect(found('申请人方圆，女。经查，方圆、石磊等尚未签约。', 'person_name')).toEqual(['方圆', '方圆', '石磊']);
    expect(found('申请人林海，住林海路12号，经营林海五金店。', 'person_name')).toEqual(['林海']);
    // (An official named in their duties is still the official named again by the name alone; a label says otherwise.)
    expect(found('区委副书记、区长吴国栋出席会议并讲话。会上，吴国栋逐一回应群众意见。', 'person_name')).toEqual([]);
    expect(found('区长吴国栋出席会议。另查明，申请人吴国栋系同名人员。', 'person_name')).toEqual(['吴国栋']);
    // Journalists in a byline and places named in Mongolian are public.
    expect(found('（记者 韩晓东 通讯员 邱佳）', 'person_name')).toEqual([]);
    expect(found('牧民在乌兰毛都苏木放牧', 'person_name')).toEqual([]);
  });

  it('finds a home spread over a person’s table row, each cell down to the house, but not a village alone', () => {
    expect(found('郑秀兰\t东岗村\t后排12号\t宅基地120㎡', 'address')).toEqual(['东岗村', '后排12号']);
    expect(found('董家宝\t丰乐小区\t3幢2单元501室\t800元', 'address')).toEqual(['丰乐小区', '3幢2单元501室']);
    expect(found('韦美玲\t和平里\t12-3-4-1', 'address')).toEqual(['和平里', '12-3-4-1']);
    expect(found('谈建国\t谈固村\t四街\t东五排11号\t宅基地面积167㎡', 'address')).toEqual([
      '谈固村',
      '四街',
      '东五排11号',
    ]);
    expect(found('龙老四\t吉信镇\t大塘村\t五组\t6228488799118047959', 'address')).toEqual(['大塘村', '五组']);
    expect(found('马有福\t男\t1937.04\t河西村\t300', 'address')).toEqual([]);
    // A certificate's number ends in 号 too.
    expect(found('冯所锦\t草塘村\t110\t乡字第469002202600033号', 'address')).toEqual([]);
  });

  it('reads a bare local number in a person’s row as a telephone beside amounts, a birth month or a card', () => {
    expect(found('2\t邢桂英\t仁和村东街5号\t96.5\t1782350\t67301128', 'landline')).toEqual(['67301128']);
    expect(found('郜振东\t1941.06\t胜利街18号\t83317026\t—', 'landline')).toEqual(['83317026']);
    expect(found('鲍丽娟\t解放路3号\t5126834\t137 2045 8861', 'landline')).toEqual(['5126834']);
    // …but not the row's only amount, nor a date.
    expect(found('钱小弟\t6\t2231880', 'landline')).toEqual([]);
    expect(found('钱小弟\t20260805\t已发放', 'landline')).toEqual([]);
  });

  it('finds a Shanghai 支弄 and a house 附 or 之 another, but not a shop’s premises', () => {
    expect(found('其邻居在长乐路1221弄9支弄5号门口堆放杂物', 'address')).toEqual(['长乐路1221弄9支弄5号']);
    expect(found('申请人余德兴住在杨桥东路14号之二', 'address')).toEqual(['杨桥东路14号之二']);
    expect(found('烟酒店（经营者罗建军），经营场所和平区南八马路26号附5号', 'address')).toEqual([]);
  });

  it('takes a UnionPay number that fails the Luhn check as a card only alone in a cell of a person’s row', () => {
    expect(found('罗春生\t岩塘村十二组\t1720\t6228484722549983790', 'bank_card')).toEqual(['6228484722549983790']);
    expect(found('结算流水号6228484722549983790', 'bank_card')).toEqual([]);
  });
});

describe('lists, cells and mailboxes (dev8)', () => {
  it('reads Dai, Jingpo and Tibetan names in a list of people, padded or with the nationality after them', () => {
    expect(
      found(
        '拟聘用人员：岩　帕（傣族）、玉　罕（傣族）、排　勒（景颇族）、岳麻都（景颇族）、线　芬（傣族）。',
        'person_name',
      ),
    ).toEqual(['岩　帕', '玉　罕', '排　勒', '岳麻都', '线　芬']);
    expect(found('拟录取名单：次旦卓嘎、边巴次仁、央　金、尼玛曲珍、多布杰。', 'person_name')).toEqual([
      '次旦卓嘎',
      '边巴次仁',
      '央　金',
      '尼玛曲珍',
      '多布杰',
    ]);
  });

  it('takes the whole first cell of a data row as its person, whatever the given characters, but not a heading', () => {
    expect(found('沙马拉且\t美姑县巴普镇\t驻村辅警', 'person_name')).toEqual(['沙马拉且']);
    expect(found('3\t冯所锦\t潭门镇草塘村委会文教园村\t110', 'person_name')).toEqual(['冯所锦']);
    expect(found('房屋坐落\t苏州市姑苏区双塔街道南园新村42幢506室\t建筑面积\t58.6㎡', 'person_name')).toEqual([]);
    expect(found('车位号\t中签车辆\t承租人', 'person_name')).toEqual([]);
    expect(found('商业企业\t科研机构\t社会公益组织\t法律服务机构', 'person_name')).toEqual([]);
  });

  it('finds a mailbox typed in full-width characters or set out character by character', () => {
    expect(found('申请人王建国，电子邮箱ｗａｎｇｊｇ＠１６３．ｃｏｍ，要求公开。', 'email')).toEqual([
      'ｗａｎｇｊｇ＠１６３．ｃｏｍ',
    ]);
    expect(found('申 请 人 王 建 国 ， 邮 箱 w a n g _ j g @ 1 6 3 . c o m ， 要 求 公 开 。', 'email')).toEqual([
      'w a n g _ j g @ 1 6 3 . c o m',
    ]);
    // A citizen who writes through a mailbox is no office named before it (市民…通过邮箱…).
    expect(found('市民吴春燕通过邮箱wuchunyan_yc@163.com提问：改造期间车辆停哪里？', 'email')).toEqual([
      'wuchunyan_yc@163.com',
    ]);
    expect(found('推荐表请发送至区妇联邮箱qfl_zmjt@163.com。', 'email')).toEqual([]);
    // A candidate's own 报名邮箱 (考生报名邮箱…), not the office's that takes the applications.
    expect(found('考生之父彭建国办公电话：0731-84627315；考生报名邮箱pengsiyuan_hn@126.com。', 'email')).toEqual([
      'pengsiyuan_hn@126.com',
    ]);
    expect(found('报名时间为7月1日至7日，报名邮箱kfqzfwgw@163.com。', 'email')).toEqual([]);
    // A mailbox spelled as a person named near it is theirs, whatever the label says; an office's initials are not.
    expect(
      found(
        '驾驶员招募名单：郑长贵，联系电话0794-6515657；招募单位临川区交通运输局0794-4710746；报名邮箱zhengchanggui_fz@163.com。',
        'email',
      ),
    ).toEqual(['zhengchanggui_fz@163.com']);
    expect(found('学员王建国已报名；报名邮箱wangjg_2026@163.com。', 'email')).toEqual(['wangjg_2026@163.com']);
    expect(found('学员王建国已报名；报名邮箱lcjtj@163.com。', 'email')).toEqual([]);
    // (…even after an office's label: a work mailbox.)
    expect(found('来信人郑长贵（福州），单位邮箱zhengchanggui_fz@163.com，反映违建问题。', 'email')).toEqual([
      'zhengchanggui_fz@163.com',
    ]);
    expect(found('市民黄丽娟已向该校邮箱qihangjy@163.com发送退费申请，本人邮箱hlj0839@126.com。', 'email')).toEqual([
      'hlj0839@126.com',
    ]);
    // (Letters set out one by one that make no mailbox stay apart.)
    expect(found('申 请 人 王 建 国 ， 评 级 A @ B 级 。', 'email')).toEqual([]);
  });

  it('leaves an office’s mailbox and a police car, and keeps a resident’s room telephone', () => {
    expect(found('本院行政庭公共邮箱为tsqfyxzt@163.com。', 'email')).toEqual([]);
    expect(found('推荐表请于9月30日前发送至区妇联邮箱qfl_zmjt@163.com。', 'email')).toEqual([]);
    expect(found('报告电子版已发送至您的邮箱zhenzong.huang@xmu.edu.cn。', 'email')).toEqual([
      'zhenzong.huang@xmu.edu.cn',
    ]);
    expect(found('一辆号牌为苏A0216警的警用巡逻车', 'plate')).toEqual([]);
    expect(found('有辆沪A6021领的黑色轿车占了我家车位', 'plate')).toEqual(['沪A6021领']);
    expect(found('我爸屠根水住在区颐养中心，房间电话0571-8812 6630 转 3107。', 'landline')).toEqual([
      '0571-8812 6630 转 3107',
    ]);
  });

  it('does not read a place or a role as a name (乌鲁木齐, 种粮大户)', () => {
    expect(found('被告：乌鲁木齐市天山区人力资源和社会保障局', 'person_name')).toEqual([]);
    expect(found('今年63岁的朱根荣是吴中区临湖镇的种粮大户。', 'person_name')).toEqual(['朱根荣']);
  });
});

describe('owners, roles and whole-line lists (dev4 to dev8, 2026-12-01)', () => {
  it('gives a number to the office its staff or representative speaks for, and a work line to the named relative', () => {
    expect(found('联系人：区民政局救助科周红梅，电话0512-68751234。', 'landline')).toEqual([]);
    const company =
      '当事人：苏州恒信机械有限公司，法定代表人：杭建伟，住所：苏州市吴中区木渎镇金枫路216号，电话：0512-66281234。';
    expect(found(company, 'landline')).toEqual([]);
    expect(found(company, 'address')).toEqual([]);
    expect(found('本院立案庭联系电话0512-68556000。', 'landline')).toEqual([]);
    expect(found('网友您好，请携带您母亲的残疾证到区残联办理，电话0512-65231234。', 'landline')).toEqual([]);
    expect(found('你女儿邵佳怡的单位电话0512-6523 8800 转 305 无人接听。', 'landline')).toEqual([
      '0512-6523 8800 转 305',
    ]);
    // The person who turns to an office, or whom the office calls, owns the number; not the office.
    expect(found('王建国向区信访局反映，联系电话0512-66281234。', 'landline')).toEqual(['0512-66281234']);
    // …and the one who complains of an organisation, not the one complained of, nor an office handling it.
    expect(found('市民王建国反映某物业公司未及时维修电梯，联系电话0571-86523147。', 'landline')).toEqual([
      '0571-86523147',
    ]);
    expect(found('来电人投诉区第一中学乱收费，电话0571-86523148。', 'landline')).toEqual(['0571-86523148']);
    expect(found('王建国反映的问题已转区住建局办理，联系电话0571-86523151。', 'landline')).toEqual([]);
    expect(found('被投诉单位区第一中学，电话0571-86523152。', 'landline')).toEqual([]);
    // An organisation with its own line in brackets, or a person's employer given as such, owns no later line.
    expect(
      found(
        '纳税人尉迟海燕，任职受雇单位天津港集团有限公司（单位电话022-56097824），联系电话022 73617426。',
        'landline',
      ),
    ).toEqual(['022 73617426']);
    // An office's service point, a federation, a canteen and a shop's side are offices (受理点, 联合会, 食堂, 店方)…
    expect(found('申请人栾丰收，座机0415-4243469；丹东市振兴区信息公开受理点电话0415-5124071。', 'landline')).toEqual([
      '0415-4243469',
    ]);
    expect(found('禹秋生，座机0746-6614235；永州市零陵区残疾人联合会0746-3928283。', 'landline')).toEqual([
      '0746-6614235',
    ]);
    // …but a canteen that calls her gives her line (食堂会打她的座机…).
    expect(found('周春英老人说，每天上午十点，食堂会打她的座机022-2361 8547确认用餐。', 'landline')).toEqual([
      '022-2361 8547',
    ]);
    // A person's former employer, retired from (…农机站（已退休） | …), is not whose line follows in the row.
    expect(
      found(
        '1\t龚德贵\t遵义市汇川区高桥镇农机站（已退休）\t0852-6254528\t遵义市汇川区发展和改革局\t0852-2110192',
        'landline',
      ),
    ).toEqual(['0852-6254528']);
    // A line said in brackets to be the home's, with its address; the asker's field, then the same word's line.
    expect(
      found(
        '被征收人鲍启明联系电话由0553-3816248（原单位传达室）变更为0553-7269170（现住所芜湖市镜湖区吉和街118号4栋301座机）。',
        'landline',
      ),
    ).toEqual(['0553-7269170']);
    expect(
      found(
        '咨询人：尹晓梅 | 咨询电话：0437-7659419 | 答复单位：辽源市民政局 | 答复单位电话：0437-2026909',
        'landline',
      ),
    ).toEqual(['0437-7659419']);
    expect(found('咨询电话：0437-2026909（辽源市民政局）', 'landline')).toEqual([]);
    // An office said to act on the person's matter (由…转来, 经…审核) owns no line after it; its own in brackets it does.
    expect(
      found('申请人：沈国良，住仓桥直街41号，由越城区人民调解委员会转来，联系电话0575-32848683。', 'landline'),
    ).toEqual(['0575-32848683']);
    expect(found('尉迟春燕　衡水市桃城区河西街道前进街56号　经桃城区残联审核　0318-2167835', 'landline')).toEqual([
      '0318-2167835',
    ]);
    expect(
      found('申请人路明远：你提交的修复申请已由日照市东港区行政审批服务局受理（0633-8213 640）。', 'landline'),
    ).toEqual([]);
    // An office named in brackets after the line, or said after it to be whose it is: the office's.
    expect(found('马秀英,个人所得税逾期汇算,到肃州区税务局领取,0937-7273885（办税服务厅）', 'landline')).toEqual([]);
    expect(found('18,符秀英,0898-64836832,本人无电话，此为琼山区府城街道征收工作站电话', 'landline')).toEqual([]);
    expect(found('诉求人：伍万里，电话0755-2658 4421 转 806（单位）。', 'landline')).toEqual(['0755-2658 4421 转 806']);
    // A line in a sentence naming no one is the one's the sentence before was about, past an office's own line there.
    expect(
      found(
        '遗失声明：倪红霞不慎遗失潍坊市奎文区不动产登记中心（0536-8291709）颁发的不动产权证书一本，声明作废。联系电话0536-3820053。',
        'landline',
      ),
    ).toEqual(['0536-3820053']);
    // A line listed right after an office's is the office's too; a market's or a service point's line is theirs.
    expect(found('征收办电话0575-64968952、0575 77586083，越城区司法局0575-56311827。', 'landline')).toEqual([]);
    expect(
      found('戚永安您好，请拨打0427-3156511或0427 5133615查询；您预留的家庭电话0427-3297360请保持畅通。', 'landline'),
    ).toEqual(['0427-3297360']);
    expect(found('侯二柱，电话0354-4617292，求职意向保洁；榆次区零工市场电话0354-3920713。', 'landline')).toEqual([
      '0354-4617292',
    ]);
    expect(found('犬主申淑华，电话0771-5242666；犬只免疫点电话0771-5107672。', 'landline')).toEqual(['0771-5242666']);
    // Rows flattened with full-width bars are rows (…｜家庭电话｜…).
    expect(
      found(
        '推荐表｜姓名｜乌日娜｜工作单位｜大林镇卫生室｜单位电话｜0475-4187782｜家庭电话｜（0475）4367895',
        'landline',
      ),
    ).toEqual(['（0475）4367895']);
    // A relative to be reached in brackets, the writer of a notice, a line registered for call-backs: theirs.
    expect(found('如有异议，请与其家属（电话0352-2561095）或南关派出所（0352-7492616）联系。', 'landline')).toEqual([
      '0352-2561095',
    ]);
    expect(found('拾到者请与本人联系，电话0570-4790453；或交衢江区残联（0570-2952760）。', 'landline')).toEqual([
      '0570-4790453',
    ]);
    // (…but not a call-back line a company gave: 诉求企业：…有限公司 | 登记的回访电话：….)
    expect(
      found(
        '诉求企业：运城市盐湖区鑫源农资有限公司 | 诉求内容：申请贷款贴息 | 登记的回访电话：0359-2085547',
        'landline',
      ),
    ).toEqual([]);
    // A party's line whose party was given as an organisation (申请人：…有限公司 | … | 申请人电话：…) is the organisation's.
    expect(
      found(
        '申请人：张家界市永定区金鑫旅游开发有限公司 | 申请公开内容：规划文件 | 申请人电话：0744-8356921',
        'landline',
      ),
    ).toEqual([]);
    // A company's own label (企业电话), and an office's duty room in brackets after a line, are offices'.
    expect(
      found('恒达木业有限公司租用村民曹桂香的闲置厂房，企业电话0737-4232518，曹桂香电话0737-4281905。', 'landline'),
    ).toEqual(['0737-4281905']);
    expect(found('请失主携身份证明与本人联系，电话0916-2218770（汉中汽车客运站值班室）。', 'landline')).toEqual([]);
    expect(found('用户可回电预约，或由安检员按登记电话0955-2793632再次联系。', 'landline')).toEqual(['0955-2793632']);
    expect(found('“这部电话（0816）3230152是我爸留下的，一直没舍得销号。”', 'landline')).toEqual(['（0816）3230152']);
    // What is said after a line to make it an office's: a former workplace, a village committee.
    expect(
      found(
        '答：0739-5770560是我家里的；0739-3651068是我原来上班的邵阳市第二纺织厂保卫科，现在不归我用了。',
        'landline',
      ),
    ).toEqual(['0739-5770560']);
    expect(
      found('第三方钮德福：0536-7903493（家）；村里的电话0536-2090305是村委会的，有事别打那个。', 'landline'),
    ).toEqual(['0536-7903493']);
    expect(found('信用异议答复：申请人阚慧敏来电0411-86472391系其在单位的座机。', 'landline')).toEqual([
      '0411-86472391',
    ]);
    // A works' office in brackets, a team's base, the office addressed (打你们电话), a bus fleet: offices.
    expect(found('我们向该厂留守处（电话0533-5819008）核实了井立坤的工龄档案。', 'landline')).toEqual([]);
    expect(found('志愿者聂晓琳（彩虹志愿服务队，队部电话0543－7994788）。', 'landline')).toEqual([]);
    expect(found('储德厚老人说：“有事我就打你们电话0564-2159579。”', 'landline')).toEqual([]);
    expect(found('我是仇向阳，请帮忙联系十路车队（0477-6096039），我家电话0477-7971502。', 'landline')).toEqual([
      '0477-7971502',
    ]);
    // An organisation's full name, then its line in brackets: its own; the caller's line the phone showed: theirs.
    expect(
      found(
        '被征收人之子桂志鹏以其住宅电话0734-7599405致电征收项目指挥部（0734-6385253），对评估报告提出异议。',
        'landline',
      ),
    ).toEqual(['0734-7599405']);
    expect(found('王建国住阳光社区（电话0734-7599406）。', 'landline')).toEqual(['0734-7599406']);
    expect(found('有群众来电（来电显示0831-8490009）称自己是郎世杰的邻居尤春生。', 'landline')).toEqual([
      '0831-8490009',
    ]);
    // Said to be the addressee's home line (…系你家中座机); a cell saying the person has no employer is no office.
    expect(found('闫少华：你登记的单位电话0716-5082671系你家中座机，公司电话0716-3034692为总机。', 'landline')).toEqual(
      ['0716-5082671'],
    );
    expect(
      found('2\t曲晓梅\t秦皇岛市海港区红旗路47号4栋\t0335-7104033\t无固定单位（个体）\t0335-7596499', 'landline'),
    ).toEqual(['0335-7104033', '0335-7596499']);
    // A relative named, then their line in brackets; a line said to be the home's, or the same as the home's.
    expect(
      found('因甘承志拒绝签收，本机关于当日电话告知其女甘露（0371-40714172），并在其住所张贴。', 'landline'),
    ).toEqual(['0371-40714172']);
    expect(
      found(
        '沙玉萍在商场上班，她留给征收部门的电话0951-5578496是家里的，商场客服电话0951-4629442不便转接。',
        'landline',
      ),
    ).toEqual(['0951-5578496']);
    expect(
      found(
        '当事人包海军，个体经营“海军烧烤店”，经营场所电话0477-8502462（该店为其个人经营，登记电话与其住宅电话相同）。',
        'landline',
      ),
    ).toEqual(['0477-8502462']);
    // A post or a shop kept in the home (他家就是护林点, 他家门面) has the home's line.
    expect(
      found('护林员杨正华，他家就是护林点，值班电话0855-6159499挂在村口；台烈镇林业站电话0855-2813866。', 'landline'),
    ).toEqual(['0855-6159499']);
    // The one who answers says it is an office's (对方称是…村委会): the office's.
    expect(
      found(
        '工作人员拨打信访人聂红英提供的0357 5790127，对方称是屯里镇西赵村的村委会；改拨其家中座机0357-633 5860。',
        'landline',
      ),
    ).toEqual(['0357-633 5860']);
    // A company whose flat a person rents is where they live, not who answers their line.
    expect(found('申请人刘建明租住市保障房公司的公租房，电话0771-3346125。', 'landline')).toEqual(['0771-3346125']);
    expect(found('经与申请人王建国电话联系（0512-66281234），其表示满意。', 'landline')).toEqual(['0512-66281234']);
    expect(found('王建国，系区住建局退休干部，电话0512-66281234。', 'landline')).toEqual(['0512-66281234']);
    expect(found('如有异议，请向区文明办反映（电话：0512-65220818）。', 'landline')).toEqual([]);
    expect(found('请于8月31日前与甪直镇建管所联系（电话0512-66191011）。', 'landline')).toEqual([]);
    // Beside a UnionPay number that fails the Luhn check, the bare number is still the telephone.
    expect(found('冯秀英\t金阊街道虎丘路12号\t46.5\t6812 3370\t6228480402564890019', 'landline')).toEqual([
      '6812 3370',
    ]);
  });

  it('finds names after roles and labels that other rules doubted: 于, 向 surnames, words in brackets, one Tibetan part', () => {
    expect(found('市民于海涛反映小区路灯不亮。', 'person_name')).toEqual(['于海涛']);
    expect(found('多名市民于国庆期间反映噪声扰民。', 'person_name')).toEqual([]);
    expect(found('江岸区向阳早点铺（经营者向阳）', 'person_name')).toEqual(['向阳']);
    expect(found('遗失声明：秦海鸥遗失居民身份证一张，声明作废。', 'person_name')).toEqual(['秦海鸥']);
    expect(found('丈夫格桑在外务工，家里三个孩子上学。', 'person_name')).toEqual(['格桑']);
    expect(found('格桑花开遍草原。', 'person_name')).toEqual([]);
    expect(found('答复晏紫：请携带身份证到窗口办理。', 'person_name')).toEqual(['晏紫']);
    expect(found('如需查阅，可联系区住建局征收科王高山科长。', 'person_name')).toEqual([]);
    expect(found('城乡居民养老保险待遇已恢复发放。', 'person_name')).toEqual([]);
    // In quotation marks after a label or 自称; not a surname with a title (林阿伯).
    expect(found('救助站接收一名自称“李国华”的老年男子。', 'person_name')).toEqual(['李国华']);
    expect(found('原认定的当事人“王海燕”身份信息有误。', 'person_name')).toEqual(['王海燕']);
    expect(found('来电人自称“林阿伯”，反映邻居家的狗晚上一直叫。', 'person_name')).toEqual([]);
    // Padded names running on into what a person does (说, 遗失, 提交).
    expect(found('社区居民孙\u3000明说，加装电梯后方便了。', 'person_name')).toEqual(['孙\u3000明']);
    expect(found('遗失声明：宫\u3000平遗失借记卡一张。', 'person_name')).toEqual(['宫\u3000平']);
    expect(found('附：申请人禹\u3000翔提交的身份证复印件', 'person_name')).toEqual(['禹\u3000翔']);
  });

  it('finds a home in a form’s 住址 cell, after a person in brackets or a comma, posted to, or said to be their own', () => {
    const home = '吴中区木渎镇金山路18号';
    expect(found(`住址\t${home}\t邮编\t215101`, 'address')).toEqual([home]);
    expect(found(`钱立新先生（苏州市${home}）：本机关收到涉及您的申请。`, 'address')).toEqual([`苏州市${home}`]);
    expect(found(`本机关答复书将以挂号信寄至苏州市${home}。`, 'address')).toEqual([`苏州市${home}`]);
    expect(found(`经查，当事人在${home}自有住宅屋顶搭建彩钢棚。`, 'address')).toEqual([home]);
    expect(found(`住木渎镇金山村3组，补贴150元；丁\u3000红，${home}，补贴240元。`, 'address')).toEqual([
      '木渎镇金山村3组',
      home,
    ]);
    // An honouree's village is where they serve, and an office named before its address keeps it.
    expect(found('优秀党组织书记：钱雪林（常熟市古里镇坞坵村）', 'address')).toEqual([]);
    expect(found(`你反映的事项请向吴中区公安分局户政科反映（地址：${home}，电话0512-66251234）。`, 'address')).toEqual(
      [],
    );
    expect(found('您反映，邻居巩三喜在秦州区玉泉镇烟铺村二组自家院内加盖彩钢房。', 'person_name')).toEqual(['巩三喜']);
    expect(findPersonalInformation('车牌号湘LD56218停放在王家村3组自家院内。').map((f) => f.text)).toEqual([
      '湘LD56218',
      '王家村3组',
    ]);
  });

  it('reads an ID number printed in groups, checked as one', () => {
    expect(
      findPersonalInformation(`身份证号${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}，电话13912345678`),
    ).toEqual([
      { type: 'id_card', start: 4, end: 24, text: `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}` },
      { type: 'mobile', start: 27, end: 38, text: '13912345678' },
    ]);
    expect(
      found(`公民身份号码：${ID.slice(0, 6)}-${ID.slice(6, 10)}-${ID.slice(10, 14)}-${ID.slice(14)}。`, 'id_card'),
    ).toHaveLength(1);
    expect(found('流水号 320508 19900307 0026', 'id_card')).toEqual([]);
  });

  it('leaves a mailbox named for a duty (报名邮箱, 监督邮箱) public, but not an applicant’s own', () => {
    expect(found('招聘单位：区委政法委，报名邮箱kfqzfwgw@163.com。', 'email')).toEqual([]);
    expect(found('如有违纪行为，可向纪检监察组反映，监督邮箱cyjyjjz@126.com。', 'email')).toEqual([]);
    expect(found('录用通知已发送至其报名邮箱lijiaqi0312@zufe.edu.cn。', 'email')).toEqual(['lijiaqi0312@zufe.edu.cn']);
  });

  it('reads a line that is only a list of names as people, but not a list of words', () => {
    expect(found('岩温、玉香、车秀英、刀建华、白成亮', 'person_name')).toEqual([
      '岩温',
      '玉香',
      '车秀英',
      '刀建华',
      '白成亮',
    ]);
    expect(found('富强、民主、文明、和谐、自由、平等', 'person_name')).toEqual([]);
  });
});

describe('whose telephone, and staff named with their office (dev9, 2026-12-01)', () => {
  it('gives a private lawyer their own line, however their firm is named, and a patient their bedside phone', () => {
    expect(found('委托诉讼代理人喻嘉楠，湖北江城明理律师事务所律师，办公电话027-84072914转389。', 'landline')).toEqual([
      '027-84072914转389',
    ]);
    expect(found('当事人委托宗政良律师（重庆渝律律师事务所，电话023-6390 8992 转 443）参加听证。', 'landline')).toEqual(
      ['023-6390 8992 转 443'],
    );
    expect(found('父亲床头电话023-66198160转8629（第三人民医院住院部）', 'landline')).toEqual(['023-66198160转8629']);
    expect(found('姓名\t邢长城\t通信地址\t河西区友谊路1号\t联系电话\t022-2722 2304', 'landline')).toEqual([
      '022-2722 2304',
    ]);
    // An office's own lines stay public: a room of the court, an organisation's 办公电话.
    expect(found('审判员　苏岚　调解室电话0871-6779 1734', 'landline')).toEqual([]);
    expect(found('拟任法定代表人蒋文明，联系电话0571-85127736转602；机构办公电话0571-85127700。', 'landline')).toEqual([
      '0571-85127736转602',
    ]);
  });

  it('leaves staff named with their office and bylines public, but not a name after a label’s 人', () => {
    expect(found('联系人：兴桥镇民政办罗\u3000平。', 'person_name')).toEqual([]);
    expect(found('调解员：裕华区劳动人事争议调解中心 张红。', 'person_name')).toEqual([]);
    expect(found('（本报记者\u3000钟\u3000\u3000南\u3000实习生\u3000韶\u3000\u3000关）', 'person_name')).toEqual([]);
    expect(found('申请执行人文\u3000军提供的财产线索', 'person_name')).toEqual(['文\u3000军']);
    expect(found('网友留言（问政湖南·长沙）：', 'person_name')).toEqual([]);
    expect(found('苏公吴（长）行罚决字〔2026〕1187号', 'person_name')).toEqual([]);
  });

  it('finds a household’s home in brackets, a numbered flat in a 公租房, and stops an address before what is built on it', () => {
    expect(found('该户（从化区鳌头镇龙潭村新村队6号）家庭人均收入已超过标准。', 'address')).toEqual([
      '从化区鳌头镇龙潭村新村队6号',
    ]);
    expect(found('1\t侯建新\t3\t海淀区西北旺镇永丰公租房8号楼1单元1603', 'address')).toEqual([
      '海淀区西北旺镇永丰公租房8号楼1单元1603',
    ]);
    expect(found('当事人熊德兵在其住宅渝中区七星岗街道和平路211号7楼楼顶违法搭建彩钢房。', 'address')).toEqual([
      '渝中区七星岗街道和平路211号7楼',
    ]);
    expect(found('因钓源村道路建设需迁移坟墓42座。', 'address')).toEqual([]);
  });

  it('reads 火, 修, 崇 and 税 as surnames only where a list or a label says a person, and more Tibetan names', () => {
    expect(found('甘肃省“陇原巾帼标兵”：康乐、火雪梅。', 'person_name')).toEqual(['康乐', '火雪梅']);
    expect(found('本院受理原告修海涛诉你民间借贷纠纷一案。', 'person_name')).toEqual(['修海涛']);
    expect(found('修建道路3条，火灾隐患整改12处，税收稳步增长。', 'person_name')).toEqual([]);
    expect(found('拉萨市导游证核发公示：次旦央珍、格桑曲珍。', 'person_name')).toEqual(['次旦央珍', '格桑曲珍']);
  });
});

describe('surnames that are words, entries opened by a name, homes reported and named again', () => {
  it('reads 南, 国, 铁 and 东 as surnames only where the text says a person, never in a company or a place', () => {
    expect(found('“最美家庭”推荐人选：南英子（和龙市西城镇），照顾婆婆十九年。', 'person_name')).toEqual(['南英子']);
    expect(found('被告：南京盛达物流有限公司；收款人：国家金库某支库。', 'person_name')).toEqual([]);
    expect(found('东方晓雨登记的电子邮箱已核实。', 'person_name')).toEqual(['东方晓雨']);
  });

  it('finds a name that opens a notice’s entry with a colon, or is said to be someone with 系', () => {
    expect(found('柳青梅：被征收房屋位于江北区观音桥街道建新北路12号。', 'person_name')).toEqual(['柳青梅']);
    expect(found('失信惩戒对象名单：相建林，系个人承包，拖欠工资12万元。', 'person_name')).toEqual(['相建林']);
    expect(found('备注：本表由村委会填写。', 'person_name')).toEqual([]);
  });

  it('leaves a webmail box named with an office’s initials public where the office speaks, not a person’s', () => {
    expect(found('区住建局联系电话0551-6211 3344，邮箱bhqzjj_wy@163.com。', 'email')).toEqual([]);
    expect(found('物业公司擅自改建车位，我的邮箱liuxiaoyu_hf@163.com。', 'email')).toEqual(['liuxiaoyu_hf@163.com']);
    expect(found('申请人邮箱gzl_hf@163.com。', 'email')).toEqual(['gzl_hf@163.com']);
    expect(found('如有异议，请向市文明办反映，电话0736-7221111，邮箱cdswmb@163.com。', 'email')).toEqual([]);
    expect(found('申请人陈东升，邮箱cdsheng@163.com。', 'email')).toEqual(['cdsheng@163.com']);
  });

  it('leaves a name inside a firm’s or a shop’s name public, but not the owner named beside it', () => {
    expect(found('被申请人：惠州市惠城区永祥五金制品有限公司，法定代表人黄永祥。', 'person_name')).toEqual(['黄永祥']);
    expect(found('当事人：东湖区黄春生拌粉店，经营者黄春生。', 'person_name')).toEqual(['黄春生']);
    expect(found('决定对覃秀英作出如下行政处罚。', 'person_name')).toEqual(['覃秀英']);
  });

  it('leaves officials public: an office’s contact after its closing words, staff named with their office, invigilators, bylines', () => {
    expect(found('如对本答复不服，可依法申请行政复议。联系人：郑海波，电话0591-8761 2233。', 'person_name')).toEqual(
      [],
    );
    expect(found('委托代理人韩立新，该局法规科科员；出庭负责人苗志强，龙湖区城管局副局长。', 'person_name')).toEqual(
      [],
    );
    expect(found('监考人员：黎建平、苏晓燕；阅卷组长：郝文杰。', 'person_name')).toEqual([]);
    expect(found('（记者 葛晓彤 冼志成）', 'person_name')).toEqual([]);
    expect(found('来电人：郑海波，电话0591-8761 2233。', 'person_name')).toEqual(['郑海波']);
  });

  it('does not read a branch of the army, a certificate’s prefix or the start of a place as a name', () => {
    expect(found('于建波\t男\t道外区团结镇民主村三屯\t陆军', 'person_name')).toEqual(['于建波']);
    expect(found('被处罚人\t文静\t驾驶证号\t430104199703057022', 'person_name')).toEqual(['文静']);
    expect(found('郝建民\t晋K82375\t普通货运\t晋交运管晋中字140702001873号', 'person_name')).toEqual(['郝建民']);
    expect(found('户名：哈尔滨市道里区人民法院；乌日娜（东乌珠穆沁旗道特淖尔镇）。', 'person_name')).toEqual([
      '乌日娜',
    ]);
  });

  it('finds the person a reply or a decision is about in its title (关于X来信的答复)', () => {
    expect(found('区住建局关于卢春生来信反映问题的答复', 'person_name')).toEqual(['卢春生']);
    expect(found('区人民政府办公室关于区慧娴来信的回复', 'person_name')).toEqual(['区慧娴']);
    expect(found('区人民政府关于区域协调发展的意见', 'person_name')).toEqual([]);
  });

  it('finds a home the writer reports, one in brackets after 其家门口, and a home named again lower down', () => {
    expect(found('你反映的鼓楼区华大街道湖前路18号祖宅漏雨问题已转区住建局。', 'address')).toEqual([
      '鼓楼区华大街道湖前路18号',
    ]);
    expect(found('你反映的鼓楼区华大街道湖前路口红绿灯问题已转区交警大队。', 'address')).toEqual([]);
    expect(found('车辆长期停在其家门口（荔湾区逢源街道多宝路12号），堵住通道。', 'address')).toEqual([
      '荔湾区逢源街道多宝路12号',
    ]);
    expect(
      found('申请人曾德旺，户籍地芦溪县银河镇东阳村上屋组，申请在银河镇东阳村上屋组原址建房。', 'address'),
    ).toEqual(['芦溪县银河镇东阳村上屋组', '银河镇东阳村上屋组']);
  });
});

describe('whose telephone (dev10)', () => {
  it('finds a home line said to be at home or a neighbour’s who passes messages on, or one the writer left', () => {
    expect(found('家庭住址\t苍溪县元坝镇新民村2社\t联系电话\t0839-5721436（邻居家，可转告）', 'landline')).toEqual([
      '0839-5721436',
    ]);
    expect(found('备案人乔金贵，联系电话0912-3317726（家中）。', 'landline')).toEqual(['0912-3317726']);
    expect(found('你们留的联系电话0797-6425518，镇信访办已电话告知进展。', 'landline')).toEqual(['0797-6425518']);
    expect(found('联系电话\t021-62537718\t收件人\t钱晓丽', 'landline')).toEqual(['021-62537718']);
    expect(found('A-031\t郑可欣\t南山区粤海街道科苑南路海月花园6栋23A\t0755-81326629', 'landline')).toEqual([
      '0755-81326629',
    ]);
  });

  it('leaves an office’s line public: a firm’s front desk, a works office, a 执行员’s, an official with their office in brackets', () => {
    expect(found('该所前台电话0871-65661234，不作为送达联系电话。', 'landline')).toEqual([]);
    expect(found('被申请人联系电话0997-2731234（厂办）。', 'landline')).toEqual([]);
    expect(found('执行员马志强，联系电话0930-5731234。', 'landline')).toEqual([]);
    expect(found('联系人：次仁扎西（城关区市场监管局信用监管科），电话0891-6431234。', 'landline')).toEqual([]);
    expect(found('请车主于公告之日起十日内自行处理；联系电话0991-4581234。', 'landline')).toEqual([]);
    expect(found('来电号码0531-81501234为该商场物业客服电话。', 'landline')).toEqual([]);
    expect(found('考察组联系电话0550-3531234；花果园市场监管所0851-83271234。', 'landline')).toEqual([]);
    expect(
      found('服务中心地址：大同市平城区魏都大道177号，联系人：刘 斌、李晓燕，电话0352-2671234。', 'person_name'),
    ).toEqual([]);
  });
});

describe('names that are words, rosters and labels of notices (dev10)', () => {
  it('finds every name in a row that is a roster, even one that is a word, but not a row of headings', () => {
    expect(found('丁雪\t万红梅\t王小莉\t方向\t邓春燕\t付春华', 'person_name')).toEqual([
      '丁雪',
      '万红梅',
      '王小莉',
      '方向',
      '邓春燕',
      '付春华',
    ]);
    expect(found('姓名\t性别\t民族\t住址\t备注', 'person_name')).toEqual([]);
  });

  it('finds a name after a notice’s label (备案人, 产权人, 被询问人) and one spoken to as 你 after it', () => {
    expect(found('畜禽养殖备案公示：备案人马彦林，养殖场所同心县豫海镇。', 'person_name')).toEqual(['马彦林']);
    expect(found('被询问人：于光亮，男，住青岛市黄岛区。', 'person_name')).toEqual(['于光亮']);
    expect(found('政府信息公开申请答复书：严冬，你要求公开的信息不存在。', 'person_name')).toEqual(['严冬']);
    expect(found('于是，你可以向区政府申请。', 'person_name')).toEqual([]);
  });

  it('finds a home in a 嘎查, a flat chosen by building, unit and room, and where 你二人 live', () => {
    expect(found('原告孟克，男，蒙古族，住锡林浩特市宝力根苏木巴彦乌拉嘎查。', 'address')).toEqual([
      '锡林浩特市宝力根苏木巴彦乌拉嘎查',
    ]);
    expect(found('申请人桂雪林选定8栋2单元1801室。', 'address')).toEqual(['8栋2单元1801室']);
    expect(found('你二人所在的右江区龙景街道那毕村那东屯补偿款发放情况见附件。', 'address')).toEqual([
      '右江区龙景街道那毕村那东屯',
    ]);
    expect(found('负责人段石明，执业地点大理市下关镇人民南路56号。', 'address')).toEqual([]);
    expect(found('面试考生分组：薛平列入第二组。', 'address')).toEqual([]);
  });

  it('reads a name padded with one space after a title or a label, and leaves officials so padded public', () => {
    expect(found('推进会上，区长陈 明讲话。', 'person_name')).toEqual([]);
    expect(found('委托代理人周 彤，系该局法规科工作人员。', 'person_name')).toEqual([]);
    expect(found('面试考官：区教育局 刘 畅、王丽君、高文杰。', 'person_name')).toEqual([]);
    expect(found('被调查人勾玉兰，申请人赵 雪。', 'person_name')).toEqual(['勾玉兰', '赵 雪']);
    expect(found('本次增开 王 府井方向两条线路。', 'person_name')).toEqual([]);
  });

  it('finds the value of a 姓名 field in a form row, and a Mongolian or Tibetan name opening a table row', () => {
    expect(found('姓名\t方向\t证件名称\t居民身份证', 'person_name')).toEqual(['方向']);
    expect(found('姓名\t性别\t住址\t联系电话\n呼和\t男\t别力古台镇巴彦嘎查\t13904791234', 'person_name')).toEqual([
      '呼和',
    ]);
    expect(found('申请人泽仁多杰，建设位置康定市姑咱镇若吉村二组；副州长泽仁旺姆出席。', 'person_name')).toEqual([
      '泽仁多杰',
    ]);
  });

  it('finds Hui and Dongxiang names in a list of people, and older given names (援朝, 世伟)', () => {
    expect(found('“致富带头人”名单：汪尕西麦、马麦尔花、何三十六、妥哈吉。', 'person_name')).toEqual([
      '汪尕西麦',
      '马麦尔花',
      '何三十六',
      '妥哈吉',
    ]);
    expect(found('本局认为，赵援朝受到的事故伤害属于工伤。', 'person_name')).toEqual(['赵援朝']);
    expect(found('主要任务：加强监管、优化服务、防范风险。', 'person_name')).toEqual([]);
  });

  it('leaves a business’s place public: 经营地址, 企业住所, a firm’s 住所地, a shop’s premises in its row', () => {
    expect(found('申请人党建国（个体），经营地址：宝鸡市陈仓区虢镇东大街103号。', 'address')).toEqual([]);
    expect(found('准予上官婉清设立工作室，企业住所：徐汇区漕溪北路88号圣爱大厦1208室。', 'address')).toEqual([]);
    expect(
      found(
        '用人单位：长沙市金星装饰工程有限公司，法定代表人麻金星，住所地长沙市雨花区劳动东路139号新成新村2栋1008。',
        'address',
      ),
    ).toEqual([]);
    expect(found('覃卜芳\t450205199001080709\t柳北区卜芳米粉店\t柳北区跃进路42号门面', 'address')).toEqual([]);
    expect(found('庄晓雯\t320507199508060424\t苏州某生物医药公司\t相城区高铁新城人才公寓3号楼708', 'address')).toEqual([
      '相城区高铁新城人才公寓3号楼708',
    ]);
    expect(found('有异议者请与本处联系，地址：上海市静安区江场西路299弄5号。', 'address')).toEqual([]);
  });

  it('does not read a heading, a register, a county, a road or a city running on as a name', () => {
    expect(found('【书记留言板·拉萨】我叫次仁央宗。', 'person_name')).toEqual(['次仁央宗']);
    expect(found('区人社局工伤职工花名册（第三批）', 'person_name')).toEqual([]);
    expect(found('丰宁满族自治县低保金已由中国建设银行丰宁支行代发。', 'person_name')).toEqual([]);
    expect(found('地址东莞市长安镇乌沙江贝路28号。', 'person_name')).toEqual([]);
    expect(found('被告：沈阳盛京云途科技有限公司；影响市容和通行。', 'person_name')).toEqual([]);
    expect(found('代发资金由专户统一支付；按照成绩由高到低的顺序递补。', 'person_name')).toEqual([]);
    expect(found('原告成功与被告某公司买卖合同纠纷；被执行人柏林森名下房产。', 'person_name')).toEqual([
      '成功',
      '柏林森',
    ]);
    expect(found('劳务报酬分别支付给向世伟（现金）和向世福（现金）。', 'person_name')).toEqual(['向世伟', '向世福']);
  });

  it('finds a name before 的邮箱 or 的联系地址, after 发送至 or 拖欠, and after 业主为', () => {
    expect(found('通知已发送至慕容霜的邮箱。', 'person_name')).toEqual(['慕容霜']);
    expect(found('区嘉怡的联系地址为京溪街道云景花园。', 'person_name')).toEqual(['区嘉怡']);
    expect(found('经查，上述出租屋业主为区志强，租户已搬离。', 'person_name')).toEqual(['区志强']);
    expect(found('你单位拖欠王石柱、李二宝等6名职工工资。', 'person_name')).toEqual(['王石柱', '李二宝']);
  });

  it('finds a household’s village in a list of payments but not an honouree’s, and a home after a qualifier in brackets', () => {
    expect(
      found('高龄老人生活补贴发放名单：包金凤（花吐古拉镇巴彦塔拉嘎查）、白音仓（保康镇哈日朝鲁嘎查）。', 'address'),
    ).toEqual(['花吐古拉镇巴彦塔拉嘎查', '保康镇哈日朝鲁嘎查']);
    expect(found('“港城好人”评选结果：钱雪林（古里镇坞坵村）、唐建英（杨舍镇）。', 'address')).toEqual([]);
    expect(found('特困人员供养金发放公示：何炳坤（分散供养，越秀区人民街道大德路西兴里5号二楼）。', 'address')).toEqual(
      ['越秀区人民街道大德路西兴里5号二楼'],
    );
    expect(found('网友留言：成华区府青路街道二环路北四段8号院楼下的烧烤摊营业到凌晨。', 'address')).toEqual([
      '成华区府青路街道二环路北四段8号院',
    ]);
    expect(found('小区加装电梯后，住2号楼3门102的仉宝林家采光受影响。', 'address')).toEqual(['2号楼3门102']);
  });

  it('finds a name with a mobile in brackets after it, after 第三方, 署名, 业户 or 我爱人, and in a reply’s title', () => {
    expect(found('违规处理名单：傅文明（专家编号HEB-0318，联系电话13930451234）拒不参加评标。', 'person_name')).toEqual(
      ['傅文明'],
    );
    expect(found('已原路退回（交易流水号4200002128446368558453768616）。', 'person_name')).toEqual([]);
    expect(found('涉及第三方程美华的个人信息；发件人（署名杨帆）；我爱人吕梅。', 'person_name')).toEqual([
      '程美华',
      '杨帆',
      '吕梅',
    ]);
    expect(found('关于宁海涛申请公开案卷材料的答复', 'person_name')).toEqual(['宁海涛']);
  });

  it('reads 蓟, 尧, 卯 and 但 as surnames, the last two only where the text says a person', () => {
    expect(found('请被征收人尧天明于12月20日前到尧都区征收指挥部签约。', 'person_name')).toEqual(['尧天明']);
    expect(found('卯小英\t毕节市七星关区小坝镇金鸡村新寨组\t2026-07-19', 'person_name')).toEqual(['卯小英']);
    expect(found('但是本机关认为该申请不属于政府信息公开申请。', 'person_name')).toEqual([]);
  });
});

describe('ordinary names in running text and minority names (dev11)', () => {
  it('finds a full name opening a clause though its first two characters are a rarer word (谭家, 兰德)', () => {
    expect(found('本院经审查认为，谭家贵未取得乡村建设规划许可证。', 'person_name')).toEqual(['谭家贵']);
    expect(found('兰德荣一家三口现租住在富兴路27号402室。', 'person_name')).toEqual(['兰德荣']);
    expect(found('苏州周庄文旅发展有限公司；通过惠民惠农一卡通发放。', 'person_name')).toEqual([]);
  });

  it('reads Tibetan, Mongolian, Yi and Dai names, and dotted names after 与 or 同村', () => {
    expect(found('全国脱贫攻坚先进个人：次仁多布杰（曲下村）、德央（勒门巴民族乡）。', 'person_name')).toEqual([
      '次仁多布杰',
      '德央',
    ]);
    expect(found('经查，巴图那顺饲养的羊未佩戴耳标，其妻其其格苏荣表示疫苗送达较晚。', 'person_name')).toEqual([
      '巴图那顺',
      '其其格苏荣',
    ]);
    expect(found('再审申请人玉应香因与一审第三人岩温罕土地行政确认一案。', 'person_name')).toEqual([
      '玉应香',
      '岩温罕',
    ]);
    expect(
      found('请你携带你与吐尔逊·尼亚孜关系的证明材料；杏园系从同村买买提·吐尔地手中转包。', 'person_name'),
    ).toEqual(['吐尔逊·尼亚孜', '买买提·吐尔地']);
    expect(found('玉溪市岩土工程勘察院', 'person_name')).toEqual([]);
  });

  it('reads no name in a people’s name, a count, a bank’s short name, a supervisor, a principal or a body’s head', () => {
    expect(found('关雅琴，女，满族；马尔撒，男，撒拉族。', 'person_name')).toEqual(['关雅琴', '马尔撒']);
    expect(found('处以罚款，计二万一千五百元；公告期满后十五日内提交答辩状；由农商行代发。', 'person_name')).toEqual(
      [],
    );
    expect(
      found('博士后进站公示：姬晓峰（合作导师：徐明华教授）、闻雅静（合作导师：陈立国研究员）。', 'person_name'),
    ).toEqual(['姬晓峰', '闻雅静']);
    expect(found('该校校长黄朝明介绍；城市更新办负责人陈志刚介绍。', 'person_name')).toEqual([]);
    expect(
      found('联系人：刘晓燕\t联系电话：0791-40051234\t地址：南昌县澄湖东路299号县自然资源局', 'person_name'),
    ).toEqual([]);
    expect(found('合作社的法定代表人为侯三元。', 'person_name')).toEqual(['侯三']);
  });

  it('reads 渠 and (where a person is said) 敬, 资, 保, 公 as surnames, old names in 氏, 向 before what a person does', () => {
    expect(found('违法行为人：敬小伟，男，1993年5月出生。', 'person_name')).toEqual(['敬小伟']);
    expect(found('渠晓宇\t男\t11407021305817', 'person_name')).toEqual(['渠晓宇']);
    expect(found('4\t公维强\t男\t3703**********6617', 'person_name')).toEqual(['公维强']);
    expect(found('接到自称"公检法"的电话；公司资金由公安机关保管。', 'person_name')).toEqual([]);
    expect(found('墓主王富贵、王刘氏；该房屋登记在杭王氏之侄名下。', 'person_name')).toEqual([
      '王富贵',
      '王刘氏',
      '杭王氏',
    ]);
    expect(found('庭审中，向国强陈述：工钱没拿到。', 'person_name')).toEqual(['向国强']);
    expect(found('其与堂兄和永强共有的老宅被出租。', 'person_name')).toEqual(['和永强']);
  });

  it('reads 敬 as a surname only where a person is said (敬老卡 is a card), and a working group’s line as its own', () => {
    expect(found('敬老卡在哪里办？', 'person_name')).toEqual([]);
    expect(found('如仍有异议，可向县烟叶收购监督小组申请复核，电话0872-8541234。', 'landline')).toEqual([]);
  });

  it('finds a name quoted alone in a correction, but not a project in quotation marks, and one before 的联系方式', () => {
    expect(found('原公示名单中“苗雨晴”应为“苗雨清”，特此更正。', 'person_name')).toEqual(['苗雨晴', '苗雨清']);
    expect(found('该公司在“金水湾”项目工地拖欠工资。', 'person_name')).toEqual([]);
    expect(found('姬晓峰的联系方式：兰州大学学生公寓11号楼516。', 'person_name')).toEqual(['姬晓峰']);
  });

  it('believes a name jieba knows as a person’s (刘志军, 戴安娜), but not a famous one’s former home or a signing principal', () => {
    expect(found('请曲秀兰携带刘志军的残疾证到街道申请。', 'person_name')).toEqual(['曲秀兰', '刘志军']);
    expect(found('人才公寓入住名单\t戴安娜\t博士\t星湖街人才公寓5栋0906', 'person_name')).toEqual(['戴安娜']);
    expect(found('顾炎武故居国庆期间接待游客52万人次；校长签名：刘卫东。', 'person_name')).toEqual([]);
  });

  it('finds a name opening a quotation before a title, and 魁, 仓 as given characters', () => {
    expect(found('“吴培芳老师教的歌，我回家就唱给奶奶听。”', 'person_name')).toEqual(['吴培芳']);
    expect(found('八十岁的陈满仓老人坐在自家门口；带班的是王占魁。', 'person_name')).toEqual(['陈满仓', '王占魁']);
  });
});

describe('plates', () => {
  it('reads a cross-border plate, a plate typed in lower case and one with a full-width dot', () => {
    expect(found('车牌号粤Z·A123港的车辆；号牌鲁a12345；苏E．C9R26。', 'plate')).toEqual([
      '粤Z·A123港',
      '鲁a12345',
      '苏E．C9R26',
    ]);
  });

  it('reads full-width letters and digits, a taxi (its plate leads to its driver), and a tractor’s plate (鲁13-27653), not a company’s cab', () => {
    expect(found('车辆闽Ｆ·７Ｍ５２９长期占用车位。', 'plate')).toEqual(['闽Ｆ·７Ｍ５２９']);
    expect(found('当事人何光明驾驶其个人所有的渝A·6K275出租车拒载。', 'plate')).toEqual(['渝A·6K275']);
    expect(found('市民反映其在柳巷被晋A·F1234出租车司机拒载。', 'plate')).toEqual(['晋A·F1234']);
    expect(found('涉案车辆渝A·6K275出租车（某出租汽车公司营运车辆）。', 'plate')).toEqual([]);
    expect(found('苏州某出租汽车有限公司所属苏E·T0866号出租车驾驶员获评文明驾驶员。', 'plate')).toEqual([]);
    expect(found('拖拉机号牌陕05-21736；轮式拖拉机	鲁1327653', 'plate')).toEqual(['陕05-21736', '鲁1327653']);
    // A bare province and seven digits elsewhere is no plate.
    expect(found('编号鲁1327653。', 'plate')).toEqual([]);
  });

  it('ends a home before a car parked there', () => {
    expect(found('业主喻晓东，小区里云A·6T385、云A 2M76Q两辆车停了两年。', 'address')).toEqual([]);
  });
});

describe('homes named by their neighbours, villages and deliveries', () => {
  it('finds the next house on the same road or lane: a neighbour’s, or the next household in a list', () => {
    expect(
      found('你家住九江市浔阳区湓浦街道大中路庾亮南路口小港巷12号，隔壁小港巷14号住户搭建雨棚。', 'address'),
    ).toEqual(['九江市浔阳区湓浦街道大中路庾亮南路口小港巷12号', '小港巷14号']);
    expect(
      found('已签约：马福祥（城关区伏龙坪街道伏龙坪路西段87号）、冶秀珍（伏龙坪路西段89号）。', 'address'),
    ).toEqual(['城关区伏龙坪街道伏龙坪路西段87号', '伏龙坪路西段89号']);
  });

  it('finds a writer’s own village before 村民, but not an honouree’s in an honours list or table', () => {
    expect(found('我是播州区鸭溪镇石关村大坪组村民母德明，饮水管冻裂。', 'address')).toEqual([
      '播州区鸭溪镇石关村大坪组',
    ]);
    expect(found('人选：聂红梅（海南省琼中县红毛镇什寒村村民、合作社理事长）。', 'address')).toEqual([]);
    expect(found('者秀英\t女\t彝族\t鹤庆县黄坪镇新庄村村民\t孝老爱亲模范', 'address')).toEqual([]);
  });

  it('finds a home after 他家在 / 自己家（ and a delivery address, but not where objections are sent', () => {
    expect(found('庞秀兰老人的家在陶沟巷11号，她说现在好了。', 'address')).toEqual(['陶沟巷11号']);
    expect(found('在自己家（周口市川汇区人和街道七一路交通巷8号）开办辅导班。', 'address')).toEqual([
      '周口市川汇区人和街道七一路交通巷8号',
    ]);
    expect(found('告知书送达地址：红塔区玉兴街道飞云巷11号；送达人：区信访局。', 'address')).toEqual([
      '红塔区玉兴街道飞云巷11号',
    ]);
    expect(found('异议书面材料送达地址：厦门市思明区体育路95号，联系电话0592-5188765。', 'address')).toEqual([]);
  });

  it('takes a telephone given right after a person’s home, or answered by the person, as theirs', () => {
    expect(
      found('乙方选择安置房：拱墅区祥符街道勤丰安置小区6幢2单元1203室，联系电话0571-80832811。', 'landline'),
    ).toEqual(['0571-80832811']);
    expect(found('回访：8月15日致电0591-87642259，来电人本人接听，表示满意。', 'landline')).toEqual(['0591-87642259']);
    expect(found('住址：姑苏区平江路12号；区政务公开办电话0512-65123015。', 'landline')).toEqual([]);
  });

  it('knows 初 and 战 as surnames where a label says a person, not in 初审 or 战斗', () => {
    expect(found('申请人：初秀兰，业主战宏伟。', 'person_name')).toEqual(['初秀兰', '战宏伟']);
    expect(found('经初审意见同意，战斗英雄事迹展出。', 'person_name')).toEqual([]);
  });

  it('reads no name in a numbered lane (金钟里3号楼) or a 嘎查 (嘎|查牧民)', () => {
    expect(found('住户：苏德顺（河北区望海楼街道建昌道口金钟里3号楼2门301）。', 'person_name')).toEqual(['苏德顺']);
    expect(found('会上，格根哈达嘎查牧民额尔敦作交流发言。', 'person_name')).toEqual(['额尔敦']);
  });

  it('ends no name in a plate’s province (那辆|苏E·K2231), and takes 那 as a surname only where a person is said', () => {
    expect(found('楼下那辆苏E·K2231的轿车停了一个月。', 'plate')).toEqual(['苏E·K2231']);
    expect(found('楼下那辆苏E·K2231的轿车停了一个月。', 'person_name')).toEqual([]);
    expect(found('申请人：那春英，女，满族。', 'person_name')).toEqual(['那春英']);
  });

  it('reads a person opening a clause before where they live (X住…县, X原住…, 新兵X家住…)', () => {
    expect(found('邹再兴住榆中县城关镇兴隆村3组；', 'person_name')).toEqual(['邹再兴']);
    expect(found('入伍新兵卢浩宇家住绥化市北林区东津镇红旗村5组。', 'person_name')).toEqual(['卢浩宇']);
    expect(found('次仁顿旦原住日喀则市桑珠孜区年木乡4组12号，', 'person_name')).toEqual(['次仁顿旦']);
    expect(found('王再说一遍，他再次来访。', 'person_name')).toEqual([]);
  });

  it('takes homes numbered under a town, in a 屯 or a 座, and where someone lives alone', () => {
    expect(found('来信人：桂秀云　联系地址：嘉兴市秀洲区新塍镇南栅河东41号', 'address')).toEqual([
      '嘉兴市秀洲区新塍镇南栅河东41号',
    ]);
    expect(found('乡字第469002202600031号', 'address')).toEqual([]);
    expect(found('郑玉兰住绥化市庆安县勤劳镇新发村2屯，', 'address')).toEqual(['绥化市庆安县勤劳镇新发村2屯']);
    expect(found('其父独居于泉州市丰泽区东湖街道东湖新村12座，', 'address')).toEqual([
      '泉州市丰泽区东湖街道东湖新村12座',
    ]);
  });

  it('reads a form’s fields apart by wide spaces: 工作单位：无 owns nothing', () => {
    expect(found('姓名：郝明亮　工作单位：无　通信地址：洛阳市西工区凯旋路街道唐宫路36号', 'address')).toEqual([
      '洛阳市西工区凯旋路街道唐宫路36号',
    ]);
  });

  it('tells a home’s telephone from an office’s: 家里的座机, not 物业, 指挥部, 人武部 or a school someone attends', () => {
    expect(found('他说家里的座机0931-8842-3306一直没换。', 'landline')).toEqual(['0931-8842-3306']);
    expect(found('车主伍建军已道歉。物业电话028-8561-3320。', 'landline')).toEqual([]);
    expect(found('新兵家长可拨打区人武部电话（0455）683-1234。', 'landline')).toEqual([]);
    expect(found('申请人：汪秀琴　事由：儿子读大学　联系电话：0559-612-7781', 'landline')).toEqual(['0559-612-7781']);
  });

  it('takes no certificate number for a mobile, no duty mailbox for a person’s, and a payer’s 缴款账户 as theirs', () => {
    expect(found('执法人员：苏和（执法证号15250210023）。', 'mobile')).toEqual([]);
    expect(found('本机关邮箱xuhuizwgk@163.com，简历发至hr_szjt@163.com。', 'email')).toEqual([]);
    expect(found('其子代为缴纳罚款，缴款账户为6222 0212 3456 7890 128。', 'bank_card')).toEqual([
      '6222 0212 3456 7890 128',
    ]);
  });

  it('begins a home after its owner’s name (被执行人X名下位于…的住宅)', () => {
    const text = '拍卖标的：被执行人郎春生名下位于岳阳市岳阳楼区东茅岭街道金鹗路恒大名都8栋1单元902号的住宅一套。';
    expect(found(text, 'person_name')).toEqual(['郎春生']);
    expect(found(text, 'address')).toEqual(['岳阳市岳阳楼区东茅岭街道金鹗路恒大名都8栋1单元902号']);
  });

  it('reads whose report set a case going (经X举报) and lists that run on into the sentence', () => {
    expect(found('经柏晓冬举报，本局对该店进行了检查。', 'person_name')).toEqual(['柏晓冬']);
    expect(found('经区政府同意，经查明属实。', 'person_name')).toEqual([]);
    expect(found('先后有尚子豪、蒋梦琪、祁浩然等12名孩子在她家吃住。', 'person_name')).toEqual([
      '尚子豪',
      '蒋梦琪',
      '祁浩然',
    ]);
    expect(found('讲解员邵秋生、柴巧玲、滕宝山结合自身经历发言。', 'person_name')).toEqual([
      '邵秋生',
      '柴巧玲',
      '滕宝山',
    ]);
    expect(found('续租审批：次仁拉姆、格桑卓嘎、米玛三人符合续租条件。', 'person_name')).toEqual([
      '次仁拉姆',
      '格桑卓嘎',
      '米玛',
    ]);
  });

  it('leaves officials named in a form’s review fields alone (初审人, 复审人, 考察组成员)', () => {
    expect(found('申请人签字：仲伯涛　社区初审人：吕红　街道复审人：樊军', 'person_name')).toEqual(['仲伯涛']);
  });

  it('finds kin and workmates named in colloquial speech (阿爷, 我哥, 姐夫, 俺叔, 工友, 老乡)', () => {
    expect(found('那块地是我阿爷郑福来分的，后来给了我姐夫林国栋。', 'person_name')).toEqual(['郑福来', '林国栋']);
    expect(found('俺叔季长庚瘫在床上，俺婶子曹玉芬一个人照顾。', 'person_name')).toEqual(['季长庚', '曹玉芬']);
    expect(found('我哥于德顺走了以后，工友郝建军帮着料理。', 'person_name')).toEqual(['于德顺', '郝建军']);
  });

  it('takes a name with a prepositional surname right after a label when what a person is follows (代理人向红英系…)', () => {
    expect(found('其委托代理人向秀兰系申请人的表妹。', 'person_name')).toEqual(['向秀兰']);
    expect(found('当事人于国庆期间在店内经营。', 'person_name')).toEqual([]);
  });

  it('finds a Mongolian or Tibetan name of two parts after a role even where a word follows (我父亲宝音德力格尔了)', () => {
    expect(found('草场原来承包给我父亲巴图德力格尔了，证书在我哥额尔敦巴雅尔手里。', 'person_name')).toEqual([
      '巴图德力格尔',
      '额尔敦巴雅尔',
    ]);
    expect(found('拟聘用人员：索南加、先巴才让、更登措。', 'person_name')).toEqual(['索南加', '先巴才让', '更登措']);
  });

  it('finds residents heading a building and people honoured as 先进个人, and who is entrusted to collect (委托向X代领)', () => {
    expect(found('楼长于丽娟说，居民有事都找她。', 'person_name')).toEqual(['于丽娟']);
    expect(found('见义勇为先进个人蔺国强驾车追赶逃逸车辆。', 'person_name')).toEqual(['蔺国强']);
    expect(found('老人可委托向桂芳代领补贴。', 'person_name')).toEqual(['向桂芳']);
    expect(found('由于时间紧迫，对于国庆期间的安排另行通知。', 'person_name')).toEqual([]);
  });

  it('knows the rare surnames 鹿, 么, 朵, 贠 and 杞, and 原, 疏 and 凡 where a person is said', () => {
    expect(found('特岗教师朵丽萍，家住德令哈市。', 'person_name')).toEqual(['朵丽萍']);
    expect(found('拟聘用人员么晓雯，住天津市河西区。', 'person_name')).toEqual(['么晓雯']);
    expect(found('体检人员：疏建军、鹿文静、贠海燕，请于8时到医院。', 'person_name')).toEqual([
      '疏建军',
      '鹿文静',
      '贠海燕',
    ]);
    expect(found('凡是符合条件的，原告认为应当疏散群众。', 'person_name')).toEqual([]);
  });

  it('finds a Mongolian name of one part after a role, though a verb follows (工友吉日嘎拉打到…)', () => {
    expect(found('工友格日勒图打到俺家座机上。', 'person_name')).toEqual(['格日勒图']);
  });

  it('knows the rare surnames 寸 and 甯, and 仓 where a person is said', () => {
    expect(found('母亲寸丽芬在家务农。', 'person_name')).toEqual(['寸丽芬']);
    expect(found('受送达人甯晓红拒绝签收。', 'person_name')).toEqual(['甯晓红']);
    expect(found('农户仓德胜获授信10万元。', 'person_name')).toEqual(['仓德胜']);
    expect(found('仓储中心仓库管理制度', 'person_name')).toEqual([]);
  });
});

describe('homes and home telephones (dev14, 2026-12-02)', () => {
  it('finds the home given as the answer to 住址？ in a record of questioning', () => {
    expect(found('问：你的住址？答：湖南省株洲市荷塘区月塘街道新华路56号。问：车是谁的？', 'address')).toEqual([
      '湖南省株洲市荷塘区月塘街道新华路56号',
    ]);
  });

  it('finds a numbered house in a village, and a flat named after 及', () => {
    expect(found('我是他邻居罗永发，上坪自然村21号，电话0739-5216688。', 'address')).toEqual(['上坪自然村21号']);
    expect(
      found('申请公开其邻居的房产证号码及江西省南昌市西湖区象山南路锦绣花园3期2栋801房买卖合同', 'address'),
    ).toEqual(['江西省南昌市西湖区象山南路锦绣花园3期2栋801房']);
    expect(found('前庄村5号地块挂牌出让', 'address')).toEqual([]);
  });

  it('leaves the numbers of a court’s officers and of an enforcement team alone, and takes a ward’s telephone', () => {
    expect(found('执行干警齐　峰，办公电话0351-2276618；被执行人住小店区。', 'landline')).toEqual([]);
    expect(found('被执行人\t孟凡荣\t0716-2231457\t执行法官严　华\t0716-3041128', 'landline')).toEqual(['0716-2231457']);
    expect(found('被告的应诉电话是0531-82051322。', 'landline')).toEqual([]);
    expect(found('市交通运输综合行政执法队电话0417-5441830。', 'landline')).toEqual([]);
    expect(found('他住的病房里的座机是0871-36758011。', 'landline')).toEqual(['0871-36758011']);
  });

  it('takes a landline given as the family’s to contact (与其儿子联系，电话…), but not an office’s', () => {
    expect(found('请知情者与其女儿联系，电话0731-84512673。', 'landline')).toEqual(['0731-84512673']);
    expect(found('请与本局联系，电话0731-84512673。', 'landline')).toEqual([]);
    expect(found('托邻居代为转告，6651823', 'landline')).toEqual(['6651823']);
  });

  it('finds the home a business is run from (在自家…开民宿), up to the business', () => {
    expect(found('和丽仙在自家院子云南省丽江市古城区大研街道五一街文华巷12号开民宿。', 'address')).toEqual([
      '云南省丽江市古城区大研街道五一街文华巷12号',
    ]);
  });

  it('takes a landline given by the writer in dialect (俺电话), or as their family’s after a comma', () => {
    expect(found('俺电话0543-6821937。', 'landline')).toEqual(['0543-6821937']);
    expect(found('也可联系其家属，电话0951 602 3381。', 'landline')).toEqual(['0951 602 3381']);
  });
});

describe('names that are words, writers’ and offices’ telephones, cards paid from public funds (dev16, 2026-12-02)', () => {
  it('reads 和 as a given character where it is one (熊和平, 李春和、), not as the conjunction', () => {
    expect(found('原告郑和平应得的补偿款支付至其本人账户。', 'person_name')).toEqual(['郑和平']);
    expect(found('授予黄春和、马秀英同志称号。', 'person_name')).toEqual(['黄春和', '马秀英']);
    expect(found('王建军和刘晓梅到场。', 'person_name')).toEqual(['王建军', '刘晓梅']);
  });

  it('takes a word as a name right after a person’s label with their particulars, or as a form’s value', () => {
    expect(found('申请人田园，通信地址杭州市拱墅区湖墅街道卖鱼桥小区5幢2单元301室。', 'person_name')).toEqual(['田园']);
    expect(found('申请表\t申请人\t严冬梅\t代理人\t严小康', 'person_name')).toEqual(['严冬梅', '严小康']);
    expect(found('违法行为人方正明在其住所楼下与邻居发生争执。', 'person_name')).toEqual(['方正明']);
    expect(found('松阳县大东坝镇横樟村的包金花在家里开了豆腐坊。', 'person_name')).toEqual(['包金花']);
    expect(found('古美西路社区工作人员已上门。村里有三家农家乐。', 'person_name')).toEqual([]);
  });

  it('takes the number of a writer who asks to be called back, and a home’s told in the form', () => {
    expect(found('我住在新华路12号3单元，楼顶漏雨没人管，请回电0311-8526-3307。', 'landline')).toEqual([
      '0311-8526-3307',
    ]);
    expect(found('请回电0931-8875213。留言人：马玉兰', 'landline')).toEqual(['0931-8875213']);
    expect(found('如有疑问，请回电0512-65221100。', 'landline')).toEqual([]);
    expect(found('麻烦工作人员直接打家里电话68827551联系我。', 'landline')).toEqual(['68827551']);
    expect(found('我丈夫住在他哥哥家，电话是北京的62215580。', 'landline')).toEqual(['62215580']);
  });

  it('leaves an office’s number alone: a tip-off line, a union’s legal aid, a specialist cadre, a street office in brackets', () => {
    expect(found('村民陈某反映，举报违法线索电话0591-82163741。', 'landline')).toEqual([]);
    expect(found('职工可拨打区总工会职工法律援助电话0577-63997857。', 'landline')).toEqual([]);
    expect(found('低保户李某，乡民政专干电话0892-2861364。', 'landline')).toEqual([]);
    expect(found('来电人区某\t承办\t多宝街道（020 52254811）', 'landline')).toEqual([]);
    expect(found('复查申请人赵某，复查联系人：韩磊，电话0971 8223409。', 'landline')).toEqual([]);
  });

  it('takes a student’s landline in a row that names their school, and leaves a figure beside the row’s telephone', () => {
    expect(found('季晓红\t女\t江苏医药职业学院\t盐城市亭湖区南洋镇新洋村五组27号\t0515-71665888', 'landline')).toEqual([
      '0515-71665888',
    ]);
    expect(
      found('3\t区金秀\t佛山市南海区桂城街道平东社区西约新村二巷11号\t143.20\t2108601\t0757-49782141', 'landline'),
    ).toEqual(['0757-49782141']);
    expect(found('2\t黄秀兰\t338 6125\t南宁市西乡塘区石埠街道忠良村坡蒙坡18号', 'landline')).toEqual(['338 6125']);
  });

  it('takes a card the money was paid into from public funds, and an old 9558 card, but not a public account', () => {
    expect(found('区财政局已将耕地地力保护补贴发放至王桂芝本人一卡通6222025260181590832。', 'bank_card')).toEqual([
      '6222025260181590832',
    ]);
    expect(
      found('农民工工资支付专户代发明细\t吉木约呷\t布拖县拖觉镇拖觉村5组\t9600元\t6230593909960308247', 'bank_card'),
    ).toEqual(['6230593909960308247']);
    expect(found('城关镇南关社区居委会\t王桂芝\t2\t620\t6228485890627622300', 'bank_card')).toEqual([
      '6228485890627622300',
    ]);
    expect(found('补助资金已打入其工商银行卡9558807954220587910。', 'bank_card')).toEqual(['9558807954220587910']);
    expect(found('罚款缴入区财政非税收入专户，账号6228486281948219936。', 'bank_card')).toEqual([]);
  });

  it('leaves officials named in their duties alone: 执行人员, 主持人, an office’s contact for a review', () => {
    expect(found('执行人员：王建伟、赵蕾。被执行人：马跃进，男。', 'person_name')).toEqual(['马跃进']);
    expect(found('主持人：吴刚；记录人：夏雯。', 'person_name')).toEqual([]);
    expect(found('复议机构联系人邓蕾，电话(025)28122043。', 'person_name')).toEqual([]);
    expect(found('联系人：张建华，电话13912345678', 'person_name')).toEqual(['张建华']);
  });

  it('reads a lane named 门口 as a lane, and a home that is also the workshop as a home', () => {
    expect(found('4\t禄兴富\t2\t昭阳区凤凰街道东门社区辕门口巷16号', 'address')).toEqual([
      '昭阳区凤凰街道东门社区辕门口巷16号',
    ]);
    expect(found('金明善\t打糕加工\t住所兼作坊\t通化市东昌区新站街道江南小区5号楼1单元101', 'address')).toEqual([
      '通化市东昌区新站街道江南小区5号楼1单元101',
    ]);
  });

  it('finds a trader’s home given after the premises of the shop', () => {
    expect(
      found(
        'XK-0417\t俞阿毛\t阿毛面馆\t杭州市萧山区城厢街道西河路106号\t萧山区城厢街道湘湖路金惠新村21幢2单元301室',
        'address',
      ),
    ).toEqual(['萧山区城厢街道湘湖路金惠新村21幢2单元301室']);
  });
});

describe('cards, homes and households (dev17, 2026-12-02)', () => {
  it('finds a hamlet or a quarter under its village as a home, and a household’s home in brackets', () => {
    expect(found('我住利辛县王人镇韩桥村小郑庄，征地补偿款还差两期。', 'address')).toEqual([
      '利辛县王人镇韩桥村小郑庄',
    ]);
    expect(found('曹存福家住胡庙乡曹庄村前街。', 'address')).toEqual(['胡庙乡曹庄村前街']);
    expect(found('最美家庭：蔡楚芬家庭（惠来县惠城镇西门社区登龙街43号）', 'address')).toEqual([
      '惠来县惠城镇西门社区登龙街43号',
    ]);
  });

  it('reads no name into a fee, a payment or a hamlet, and finds kin in brackets and the surname 忻', () => {
    expect(
      found('案件受理费缴入区人民法院诉讼费专户。工本费退费通知。退役军人优待金少发部分补发。', 'person_name'),
    ).toEqual([]);
    expect(found('周德福\t颍州区马寨乡马寨村周大庄\t135', 'person_name')).toEqual(['周德福']);
    expect(found('安家费转入家长账户（父王建平）', 'person_name')).toEqual(['王建平']);
    expect(found('忻海波\t忻雨晴（女，2015年生）\t海曙区月湖街道', 'person_name')).toEqual(['忻海波', '忻雨晴']);
    expect(found('山西省忻州市忻府区秀容街道', 'person_name')).toEqual([]);
  });
});

describe('rural homes, reported homes and rows of people (dev18, 2026-12-02)', () => {
  it('finds a rural home named by its hamlet, quarter or lane without a number', () => {
    expect(found('第三人覃某住那蒙村那汉坡村东头，系原告的堂兄。', 'address')).toEqual(['那蒙村那汉坡村东头']);
    expect(found('陆凤英\t90岁\t杭州市余杭区塘栖镇丁山河村姚家埭', 'address')).toEqual([
      '杭州市余杭区塘栖镇丁山河村姚家埭',
    ]);
    expect(found('问：你的户籍地在哪？答：河南省南阳市卧龙区潦河镇王庄村北队。', 'address')).toEqual([
      '河南省南阳市卧龙区潦河镇王庄村北队',
    ]);
    expect(found('分户后汪德华户迁往孝南区陡岗镇汪家湾村新屋塆。', 'address')).toEqual(['孝南区陡岗镇汪家湾村新屋塆']);
  });

  it('finds a home its resident reports, and a household’s village in brackets', () => {
    expect(found('网友留言：广州市荔湾区逢源街道多宝路宝源北街二巷9号二楼是我家，楼顶水箱漏水。', 'address')).toEqual([
      '广州市荔湾区逢源街道多宝路宝源北街二巷9号二楼',
    ]);
    expect(found('市民来电：厦门市思明区中华街道局口街横巷15号屋顶漏雨。', 'address')).toEqual([
      '厦门市思明区中华街道局口街横巷15号',
    ]);
    expect(found('十星级文明户：邢长福户（日照市东港区陈疃镇北山前村）。', 'address')).toEqual([
      '日照市东港区陈疃镇北山前村',
    ]);
  });

  it('leaves a shop’s front and a business’s place alone, and an office’s number beside it in a person’s row', () => {
    expect(
      found('葛春林\t合肥市瑶海区长淮街道胜利路88号门面\t合肥市瑶海区长淮街道明光路明皇寺巷7号', 'address'),
    ).toEqual(['合肥市瑶海区长淮街道明光路明皇寺巷7号']);
    expect(found('当事人廖德福，个体经营洗车场，洗车场位于遂宁市船山区遂州北路218号。', 'address')).toEqual([]);
    expect(found('符美琴\t儋州市那大镇屋基村委会洋浦村\t儋州市那大镇中心卫生院\t0898-28663782', 'landline')).toEqual([
      '0898-28663782',
    ]);
    expect(found('陆桂兰\t2025.9—2026.8\t1500元\t村委会代收，电话0770-6770085', 'landline')).toEqual([]);
    expect(found('鉴定机构：汇川区房屋安全鉴定所，地址汇川区人民路东段35号，电话0851-66596314。', 'landline')).toEqual(
      [],
    );
  });
});

describe('homes in running text, weighed by their clause (clause-homes.ts)', () => {
  it('finds a house the clause speaks of as someone’s home', () => {
    expect(
      found('网友留言：南京市秦淮区夫子庙街道大石坝街12号院里住着一位独居老人，院里的水管冻裂了。', 'address'),
    ).toEqual(['南京市秦淮区夫子庙街道大石坝街12号院']);
    expect(found('来信：俺是临沂市兰山区枣园镇后屯村西头的王老三，俺家房子漏雨。', 'address')).toEqual([
      '临沂市兰山区枣园镇后屯村西头',
    ]);
    expect(found('暴雨过后，柳州市柳南区河西街道航岭路18号一栋老房出现裂缝，房主已转移到亲戚家。', 'address')).toEqual([
      '柳州市柳南区河西街道航岭路18号',
    ]);
    expect(found('邻居的两辆车长期堵在她家思明区莲前街道前埔社区前埔北路68号门口。', 'address')).toEqual([
      '思明区莲前街道前埔社区前埔北路68号',
    ]);
  });

  it('leaves an office’s, a workplace’s or a meeting’s house alone', () => {
    expect(found('缴费后请将凭证交至道里区斯大林街19号三楼。', 'address')).toEqual([]);
    expect(found('他的儿子在松山区一家汽修厂（松山区玉龙大街277号）打工。', 'address')).toEqual([]);
    expect(found('请到夷陵区信访局接待大厅（夷陵区东湖大道2号）反映。', 'address')).toEqual([]);
    expect(found('区长在会上说，鼓楼区东街街道东大路88号的改造工程年底完工。', 'address')).toEqual([]);
  });
});

describe('flats named alone and homes in rows of traders (dev19, 2026-12-02)', () => {
  it('finds a flat named alone where someone is said to live there', () => {
    expect(found('经查，被侵害人居住于同单元502户，事发前两人曾有矛盾。', 'address')).toEqual(['同单元502户']);
    expect(found('其子一家住在36号三楼，一楼为店面。', 'address')).toEqual(['36号三楼']);
    expect(found('经查，闫某居住于申请人正下方的7号楼1单元401室，双方多次发生争执。', 'address')).toEqual([
      '7号楼1单元401室',
    ]);
    expect(found('施工队将脚手架搭在其302室窗外。', 'address')).toEqual(['302室']);
    expect(found('家住黄河口镇十九村二排8户，巡河路线从镇政府至河口。', 'address')).toEqual(['黄河口镇十九村二排8户']);
  });

  it('finds a home in a row of a trader or a household, under a residents’ group', () => {
    expect(
      found('孙桂兰\t芝罘区桂兰馒头坊\t芝罘区幸福街道幸福九村12号楼3单元501\t芝罘区幸福中路88号', 'address'),
    ).toEqual(['芝罘区幸福街道幸福九村12号楼3单元501']);
    expect(found('宅基地审批公示\t孔德旺\t红塔区大营街街道大营街社区第三居民小组\t翻建\t160平方米', 'address')).toEqual(
      ['红塔区大营街街道大营街社区第三居民小组'],
    );
  });

  it('finds the proposed site of a rural house, a trader’s village home, and a home after the shop’s front', () => {
    expect(
      found('徐金土\t4\t柯城区九华乡妙源村上坞自然村12号\t九华乡妙源村上坞自然村原晒谷场北侧\t118㎡', 'address'),
    ).toEqual(['柯城区九华乡妙源村上坞自然村12号', '九华乡妙源村上坞自然村原晒谷场北侧']);
    expect(
      found(
        '郜秀梅\t金水区秀梅副食店\t9241010027816D020C\t郑州市惠济区花园口镇八堡村二组\t金水区文化路北段79号',
        'address',
      ),
    ).toEqual(['郑州市惠济区花园口镇八堡村二组']);
    expect(
      found('刘冬梅\t冬梅裁缝店\t赣州市南康区东山街道金龙路8号门面\t南康区东山街道东山村东头围屋', 'address'),
    ).toEqual(['南康区东山街道东山村东头围屋']);
    expect(found('樊小英\t武汉市青山区冶金街道红钢城十街坊25门\t冶金街老旧小区改造范围', 'address')).toEqual([
      '武汉市青山区冶金街道红钢城十街坊25门',
    ]);
  });

  it('reads a cell that says what was done as no business of the row, and leaves a forest plot alone', () => {
    expect(
      found(
        '杨红英\t（0955）608 3012\t中卫市沙坡头区文昌镇鼓楼西街新华巷9号\t反映暖气不热\t已转中卫市热力公司',
        'address',
      ),
    ).toEqual(['中卫市沙坡头区文昌镇鼓楼西街新华巷9号']);
    expect(found('罗祖光\t夏茂镇俞邦村后山\t12林班5小班\t皆伐\t86.4', 'address')).toEqual([]);
    expect(
      found('刘幺妹豆花面馆\t经营者刘德珍\t南明区花果园R2区2栋1层9号\t花果园市场监管所0851-83278700', 'address'),
    ).toEqual([]);
  });

  it('leaves households counted, years, credit cooperatives and a business’s place alone', () => {
    expect(found('征收范围涉及住宅217户、非住宅12户。', 'address')).toEqual([]);
    expect(found('你家2026年度家庭人均收入超过保障标准。', 'address')).toEqual([]);
    expect(found('资金已转入其本人农村信用社卡。', 'address')).toEqual([]);
    expect(found('执法人员在其经营场所任城区太白楼中路66号内发现过期药品。', 'address')).toEqual([]);
    expect(found('二人签订补偿协议，其中西牌楼巷26号已腾空交付。', 'address')).toEqual([]);
  });
});

describe('neighbours’ flats, a trader’s second address, homes by their rooms (dev20, 2026-12-02)', () => {
  it('finds another flat named after a home, and a flat by its door, its owner or its rooms', () => {
    expect(
      found('来电人反映：她家是蜀山区三里庵街道安居苑东村25栋301，最近楼上25栋401装修噪音很大。', 'address'),
    ).toEqual(['蜀山区三里庵街道安居苑东村25栋301', '25栋401']);
    expect(found('经查，邻居冉志军家302室的房门被踹坏。', 'address')).toEqual(['302室']);
    expect(found('申请人住蜀山区安居苑东村25栋301，请于5日内到区政务服务中心302室办理。', 'address')).toEqual([
      '蜀山区安居苑东村25栋301',
    ]);
    expect(found('你反映望月湖小区七片加装电梯施工后，16栋2门303卧室外墙渗水的问题。', 'address')).toEqual([
      '16栋2门303',
    ]);
  });

  it('finds a trader’s home after the premises and the name, and homes in villages’ teams', () => {
    expect(
      found(
        '1\t榆次区福顺刀削面馆\t榆次区顺城街118号\t郑永贵\t榆次区锦纶路纺织厂家属院6排5号\t未按时公示年报',
        'address',
      ),
    ).toEqual(['榆次区锦纶路纺织厂家属院6排5号']);
    expect(found('她一直和儿子一家生活在李家坡社47号的老屋里。', 'address')).toEqual(['李家坡社47号']);
    expect(found('同队的朱月梅老人家在新屋队13号，她的房子也在今年完成了加固。', 'address')).toEqual(['新屋队13号']);
    expect(found('那天晚上他一直到十点多都没回到福州道47号，我才去单位找。', 'address')).toEqual(['福州道47号']);
  });
});

describe('names read across a road’s name', () => {
  it('reads 民族路盛世长安小区 and 街道雍阳西道 as roads, not 路盛世 or 雍阳西, and still finds 路建国 and 顾家福', () => {
    expect(
      found('违法行为人吕海洋在其租住的新华区革新街道民族路盛世长安小区12号楼2单元1302屋内私藏弹弓。', 'person_name'),
    ).toEqual(['吕海洋']);
    expect(
      found('被申请人曹卫国（包工头），住天津市武清区杨村街道雍阳西道福源里16号楼3门501。', 'person_name'),
    ).toEqual(['曹卫国']);
    expect(found('邻居路建国反映楼道堆放杂物。', 'person_name')).toEqual(['路建国']);
    expect(found('来信人蔡根娣反映同楼顾家福在公共楼道堆放杂物。', 'person_name')).toEqual(['蔡根娣', '顾家福']);
  });
});

describe('whose line: a business kept at home, a recruit’s own number (dev19, dev20)', () => {
  it('gives a shop’s or a studio’s line kept at home to its keeper, and a recruit’s number to the recruit', () => {
    expect(
      found(
        '乡村医生鲁宏斌在上桥村东街9号自家开设村卫生室三十二年，卫生室电话0535-3880177也是他家的电话。',
        'landline',
      ),
    ).toEqual(['0535-3880177']);
    expect(found('老艺人熊金根的工作室就设在自家毕家弄17号，工作室电话0798-3688099。', 'landline')).toEqual([
      '0798-3688099',
    ]);
    expect(
      found(
        '拟聘用人员：撒文静，住沙坡头区文昌镇宝塔巷3号，拟聘用到滨河镇中心小学，联系电话0955-7559711。',
        'landline',
      ),
    ).toEqual(['0955-7559711']);
    expect(found('滨河镇中心小学电话0955-7559722。', 'landline')).toEqual([]);
  });
});

describe('bare flats, rarer labels, drivers’ rows and landlords (dev21, 2026-12-02)', () => {
  it('finds a neighbour’s bare flat number, a home after 寓所, a driver’s home beside the platform, a hamlet in 冲', () => {
    expect(found('当事人为同单元504住户，因涉及第三方个人信息不予公开。', 'address')).toEqual(['504']);
    expect(found('违法行为人鄢红军，寓所江西省鹰潭市月湖区江边街道沿江路老码头巷8号。', 'address')).toEqual([
      '江西省鹰潭市月湖区江边街道沿江路老码头巷8号',
    ]);
    expect(
      found('陈剑峰\t思明区鹭江街道镇邦路大同路口30号之二\t闽D·D17291\t厦门某出行科技有限公司', 'address'),
    ).toEqual(['思明区鹭江街道镇邦路大同路口30号之二']);
    expect(found('3\t潘春妹\t玉林市陆川县乌石镇谢鲁村石垌冲\t9600', 'address')).toEqual([
      '玉林市陆川县乌石镇谢鲁村石垌冲',
    ]);
  });

  it('finds a house in a 巷子, a village’s numbered street and a floor of the same stair', () => {
    expect(found('留言：我是成都市青羊区少城街道宽巷子23号的老住户，巷子里游客太多。', 'address')).toEqual([
      '成都市青羊区少城街道宽巷子23号',
    ]);
    expect(found('身份证地址山东省潍坊市寿光市稻田镇崔岭西村五街', 'address')).toEqual([
      '山东省潍坊市寿光市稻田镇崔岭西村五街',
    ]);
    expect(found('邻居马学礼住同单元六楼。', 'address')).toEqual(['同单元六楼']);
  });

  it('gives the applicant the number on their form, and a landlord or a family inn their own line', () => {
    expect(found('本机关已按申请表中的电话0311-86597211与申请人取得联系。', 'landline')).toEqual(['0311-86597211']);
    expect(found('逾期由房东自行处理。房东电话0731-68387411。', 'landline')).toEqual(['0731-68387411']);
    expect(found('施工期间由镇派出所疏导交通。藏家乐电话0894-5005511。', 'landline')).toEqual(['0894-5005511']);
  });
});

describe('flats named bare after 住 or 家在, and labels whose last character was missed (dev21, 2026-12-02 pm)', () => {
  it('finds a flat said bare after 住, 家在 or 同门, and a flat after 对门 without the 门', () => {
    expect(found('来电人称楼下烧烤店油烟大，她自己住503，孩子咳嗽。', 'address')).toEqual(['503']);
    expect(found('反映邻居堆放杂物，她家在301，已多次协商未果。', 'address')).toEqual(['301']);
    expect(found('楼道电动车是同门402的住户停放的。', 'address')).toEqual(['402']);
    expect(found('对门长沙市岳麓区桔子洲街道潇湘小区3栋1单元801住户装修扰民。', 'address')).toEqual([
      '长沙市岳麓区桔子洲街道潇湘小区3栋1单元801',
    ]);
    // (Not a stay or a price: 住院15天, 住200元一晚.)
    expect(found('患者住院15天，住200元一晚的房间。', 'address')).toEqual([]);
  });

  it('reads 居处, 户籍地址 and a village’s numbered lane as a home', () => {
    expect(found('候选人鲁德全，居处杭州市上城区清波街道劳动路31号，多年照顾邻里。', 'address')).toEqual([
      '杭州市上城区清波街道劳动路31号',
    ]);
    expect(found('申请人尚立春，户籍在安徽省阜阳市颍上县谢桥镇东湖村后街三巷。', 'address')).toEqual([
      '安徽省阜阳市颍上县谢桥镇东湖村后街三巷',
    ]);
    expect(found('死者庞玉兰，原户籍地址江西省吉安市永丰县恩江镇城南村下屋场7号。', 'address')).toEqual([
      '江西省吉安市永丰县恩江镇城南村下屋场7号',
    ]);
  });

  it('ends a home where the person or the room ends it, and begins it after whose it is', () => {
    expect(found('答：我搬到柳州市城中区公园街道三中路18号2楼我哥家去了。', 'address')).toEqual([
      '柳州市城中区公园街道三中路18号2楼',
    ]);
    expect(found('工作人员到五组12号其家中送达。', 'address')).toEqual(['五组12号']);
    expect(found('答复：你的住所黔江区城东街道葡萄社区十二组距工地约60米。', 'address')).toEqual([
      '黔江区城东街道葡萄社区十二组',
    ]);
    const moved = '老人已搬到女儿贺春梅在江宁区东山街道百家湖花园6幢2单元301室的住处。';
    expect(found(moved, 'address')).toEqual(['江宁区东山街道百家湖花园6幢2单元301室']);
    expect(found(moved, 'person_name')).toEqual(['贺春梅']);
    const together = '老人已搬到仙林街道文苑小区3幢1单元402室与儿子郁志成同住。';
    expect(found(together, 'address')).toEqual(['仙林街道文苑小区3幢1单元402室']);
    expect(found(together, 'person_name')).toEqual(['郁志成']);
  });

  it('reads no label inside a name, and finds a house asked about, a 生源地 and a lane of a 社区', () => {
    // (…家 of 柴家旺 is not the label 家: the house is still found by what is said of it.)
    expect(found('柴家旺将六安市金安区三里桥街道双河社区河湾堡12号自建房改作出租屋。', 'address')).toEqual([
      '将六安市金安区三里桥街道双河社区河湾堡12号',
    ]);
    expect(found('您申请公开泸州市江阳区南城街道白塔社区滨江路41号征收前的测绘资料。', 'address')).toEqual([
      '泸州市江阳区南城街道白塔社区滨江路41号',
    ]);
    expect(found('拟录用人员：邬思远，男，生源所在地宁夏银川市兴庆区富宁街8号。', 'address')).toEqual([
      '宁夏银川市兴庆区富宁街8号',
    ]);
    expect(found('扎西顿珠\t藏族\t青海省玉树州玉树市结古街道红卫社区上红卫三巷', 'address')).toEqual([
      '青海省玉树州玉树市结古街道红卫社区上红卫三巷',
    ]);
  });

  it('reads a home after 送达地址（住所）, and a house before 的房主', () => {
    expect(found('受送达人：蔺长河　送达地址（住所）：河北省邢台市信都区钢铁北路家属院3排7号', 'address')).toEqual([
      '河北省邢台市信都区钢铁北路家属院3排7号',
    ]);
    expect(found('修缮公告：歙县徽城街道斗山街18号的房主须配合修缮。', 'address')).toEqual(['歙县徽城街道斗山街18号']);
  });

  it('reads a 居委会’s team, a farm’s team, an 自治州 after a name, and a house with its owner in brackets (dev24)', () => {
    expect(found('告知书：符大川（住海南省文昌市文城镇南阳居委会红星三队）：因需征求意见。', 'address')).toEqual([
      '海南省文昌市文城镇南阳居委会红星三队',
    ]);
    expect(found('刘长胜家住黑龙江省佳木斯市富锦市七星农场第二管理区12队，种植水稻。', 'address')).toEqual([
      '黑龙江省佳木斯市富锦市七星农场第二管理区12队',
    ]);
    expect(found('复核名单：阿依古丽·吐尔逊，新疆伊犁哈萨克自治州霍城县清水河镇团结路7巷3号。', 'address')).toEqual([
      '新疆伊犁哈萨克自治州霍城县清水河镇团结路7巷3号',
    ]);
    expect(
      found('拆除公告：下列房屋定于5月20日拆除：河东区大王庄街道福安里4号（谭玉梅）、福安里6号（龚长林）。', 'address'),
    ).toEqual(['河东区大王庄街道福安里4号', '福安里6号']);
  });

  it('reads no home where the address names the office the papers go to', () => {
    expect(found('受送达人雷国强确认送达地址为保定市竞秀区东风中路36号竞秀区人民法院立案庭。', 'address')).toEqual([]);
    expect(found('受送达人雷国强确认送达地址为保定市竞秀区东风中路36号5栋2单元301。', 'address')).toEqual([
      '保定市竞秀区东风中路36号5栋2单元301',
    ]);
  });

  it('reads the cell after 通信地址 on a form as the filer’s, unless the form is an organisation’s', () => {
    expect(found('通信地址\t南昌市东湖区豫章街道象山北路12号之三\t邮政编码\t330008', 'address')).toEqual([
      '南昌市东湖区豫章街道象山北路12号之三',
    ]);
    expect(found('单位名称\t南昌市洪城物流有限公司\t通信地址\t南昌市青山湖区湖坊镇顺外路12号', 'address')).toEqual([]);
  });
});

describe('landlines as clerks write them, and whose (dev22, 2026-12-02)', () => {
  it('reads an area code before a dot or two spaces', () => {
    expect(found('申请人龚秀兰，住址：宜昌市西陵区夜明珠街道东山大道12号，电话0717.6254318。', 'landline')).toEqual([
      '0717.6254318',
    ]);
    expect(found('被执行人卜德才，家中座机0971  8235146已停机。', 'landline')).toEqual(['0971  8235146']);
    expect(found('申请人尤桂兰，家庭电话0516 - 83325176、83325177。', 'landline')).toEqual([
      '0516 - 83325176',
      '83325177',
    ]);
    expect(found('申请人尤桂兰，家庭电话0516/83325176。', 'landline')).toEqual(['0516/83325176']);
  });

  it('gives a business kept in the home to its keeper, and a person’s own line at work to them', () => {
    expect(found('当事人景玉华，其开设的玉华诊所就在该住宅一楼，诊所电话07354682391。', 'landline')).toEqual([
      '07354682391',
    ]);
    expect(found('她把自家老屋改成了民宿，前台电话0872-3316524。', 'landline')).toEqual(['0872-3316524']);
    expect(
      found('申请人留的是其现任职单位的办公座机0571-86453210转6123；仲裁院电话0571-85169000。', 'landline'),
    ).toEqual(['0571-86453210转6123']);
    expect(found('我白天上班，请打我办公室电话010-68514422-3105。', 'landline')).toEqual(['010-68514422-3105']);
    expect(
      found('姓名\t蔺嘉怡\t学校\t保定市第十七中学\t监护人电话\t0312-5936218\t学校电话\t0312-3086611', 'landline'),
    ).toEqual(['0312-5936218']);
  });

  it('finds a shop’s address that is also the keeper’s home, and a home after 家是 or before 的自家', () => {
    expect(found('经营者阮秀英，经营地址即住所丽水市莲都区紫金街道大洋路23号。', 'address')).toEqual([
      '丽水市莲都区紫金街道大洋路23号',
    ]);
    expect(found('包工头姓申，家是永年区临洺关镇西街村的。', 'address')).toEqual(['永年区临洺关镇西街村']);
    expect(found('她把伊宁市解放路街道塔什库勒克路北巷7号的自家院子改成了展示点。', 'address')).toEqual([
      '伊宁市解放路街道塔什库勒克路北巷7号',
    ]);
  });

  it('finds a road and number in brackets after a person, and a floor’s flat before 住户', () => {
    expect(found('居民代表姜德旺（民主路36号2-1）、汪丽君发言。', 'address')).toEqual(['民主路36号2-1']);
    expect(found('楼上3楼5号住户家中漏水。', 'address')).toEqual(['3楼5号']);
    expect(found('会议在行政中心3楼5号会议室召开。', 'address')).toEqual([]);
  });

  it('leaves an office’s or a company’s line alone though a person is named before it', () => {
    expect(found('我母亲萧凤英的电话串线，找了电信营业厅0791-86118820也没修好。', 'landline')).toEqual([]);
    expect(found('物业服务中心（桂园小区17号院门卫室）电话０２９－３２６０８９０５。', 'landline')).toEqual([]);
    expect(found('姓名：景立军\t工作单位：洛阳石化集团有限公司\t单位电话：(0379)6628415', 'landline')).toEqual([]);
    expect(found('拟聘用人员：索朗卓玛、丹增尼玛。公示电话0894-5823317。', 'landline')).toEqual([]);
    expect(
      found('原告潘立新：家里座机0591 8765 4312。审判员：被告的应诉电话是0591-87113025，对吧？', 'landline'),
    ).toEqual(['0591 8765 4312']);
    expect(
      found('3\t襄阳顺通物流有限公司\t91420600MA4B2C3D4E\t庞建国\t樊城区长虹路88号\t0710-3316205', 'landline'),
    ).toEqual([]);
  });
});

describe('surnames that are often words: 都, 后, 宿, 楼 (dev22, dev23)', () => {
  it('reads them as a surname only where a person is plainly named', () => {
    expect(found('浙江大学2026年博士后拟录用人员名单公示，博士后管理办公室负责解释。', 'person_name')).toEqual([]);
    expect(found('楼里的老人都记着她，全区已备案民宿三百余家，5号楼新装了电梯。', 'person_name')).toEqual([]);
    expect(found('申请人都兴华，男，1975年生；当事人楼建国，住义乌市稠城街道。', 'person_name')).toEqual([
      '都兴华',
      '楼建国',
    ]);
  });

  it('reads a weak surname after a label when what follows is said of a person (dev23)', () => {
    expect(found('异议申请：申请人战国华称，名单中的被执行人并非本人。', 'person_name')).toEqual(['战国华']);
    expect(found('案外人通红梅提出异议，称其系善意取得。', 'person_name')).toEqual(['通红梅']);
    expect(found('申请人：火丽\u3000申请方式：当面提交', 'person_name')).toEqual(['火丽']);
    expect(found('调查人签字后，户主签字：能玉林', 'person_name')).toEqual(['能玉林']);
    expect(found('收款人：国家金库南京市中心支库', 'person_name')).toEqual([]);
  });

  it('reads 楼 as a surname unless it is a building’s word there (号楼, 楼道, 楼栋长)', () => {
    expect(found('执法队核查后认定楼长顺所建仓库未取得规划许可。', 'person_name')).toEqual(['楼长顺']);
    expect(found('“最美楼道长”名单公布，6号楼西户已整改，楼栋长负责通知。', 'person_name')).toEqual([]);
    expect(found('个体户宿建勇、金顺姬参加座谈；民宿三百余家已备案。', 'person_name')).toEqual(['宿建勇', '金顺姬']);
    expect(found('市民留言：后俊杰：我家楼下噪声大。博士后研究人员不在此列。', 'person_name')).toEqual(['后俊杰']);
    expect(found('当事人经责令后立即改正，整改后复查合格，核实后予以销号。', 'person_name')).toEqual([]);
  });
});

describe('a person quoted in a news report', () => {
  it('reads a name opening a clause before what the person says (…”黎秀娥笑着说。)', () => {
    expect(found('“现在看病方便多了。”蓝秀娥笑着说。', 'person_name')).toEqual(['蓝秀娥']);
    expect(found('冉雪松说，他的合作社已带动农户两百余户。', 'person_name')).toEqual(['冉雪松']);
    expect(found('会议说明了下一步工作安排。', 'person_name')).toEqual([]);
  });
});

describe('company vehicles (dev19–dev22)', () => {
  it('leaves a plate alone that an organisation is said to own, or that stands in its row', () => {
    expect(found('运输车辆冀F·88215为保定顺捷运输有限公司所有。', 'plate')).toEqual([]);
    expect(found('景区接驳车皖J·06R2W属黄山旅游发展股份有限公司。', 'plate')).toEqual([]);
    expect(found('答：货车粤B·044T5是公司的，我自己的车粤B·76710停在楼下。', 'plate')).toEqual(['粤B·76710']);
    expect(found('另有公交集团报废车辆豫A·1A806停放于公交三公司停车场。', 'plate')).toEqual([]);
    expect(found('B2-001\t丽景苑物业服务中心\t小区东门物业用房\t浙A·92474', 'plate')).toEqual([]);
    expect(found('B2-002\t蒋丽萍\t3幢1单元502\t浙A·7K35M', 'plate')).toEqual(['浙A·7K35M']);
  });
});

describe('tables typed with ideographic spaces between the cells (dev25)', () => {
  it('reads each line as a row: the person, their home and their line', () => {
    expect(found('韩桂兰　女　城关镇东街社区第二居民小组　低保户　0931 8452276', 'address')).toEqual([
      '城关镇东街社区第二居民小组',
    ]);
    expect(found('韩桂兰　女　城关镇东街社区第二居民小组　低保户　0931 8452276', 'landline')).toEqual(['0931 8452276']);
    expect(found('陈　玲　城关镇东街社区第二居民小组', 'person_name')).toEqual(['陈　玲']);
  });
  it('reads a name padded to width as a name, not as two cells; a dash is an empty cell', () => {
    expect(found('周　敏　东街社区中村3组28号　0931 6719 8856　货币补偿', 'person_name')).toEqual(['周　敏']);
    expect(found('韩桂兰　东街社区第二居民小组　补贴1200元　—', 'address')).toEqual(['东街社区第二居民小组']);
  });
});

describe('a telephone in a form row (dev4, dev10, dev25)', () => {
  it('is the filer’s where the row names no organisation and no office’s line', () => {
    expect(found('联系电话\t0736-7213345', 'landline')).toEqual(['0736-7213345']);
    expect(found('固定电话\t0736-7213345\t电子邮箱\tqiu_lan77@126.com', 'landline')).toEqual(['0736-7213345']);
  });
  it('is the office’s in an organisation’s row, or beside a fax or a complaints line', () => {
    expect(found('单位名称\t常德市鼎城区某某建材有限公司\t联系电话\t0736-7213345', 'landline')).toEqual([]);
    expect(found('联系电话\t0736-7213345\t传真\t0736-7213346', 'landline')).toEqual([]);
    expect(found('联系电话\t0736-7213345\t投诉监督\t0736-7213300', 'landline')).toEqual([]);
  });
});

describe('a line one is asked to ring at home (dev25)', () => {
  it('is a private landline, and no house number', () => {
    const text = '核实情况可以打给他，也可以打我家里0731-85123456。';
    expect(findPersonalInformation(text).map((f) => [f.type, f.text])).toEqual([['landline', '0731-85123456']]);
  });
});

describe('offices and roads that look like people (dev25)', () => {
  it('reads no name into a 大道 or a 物业', () => {
    expect(found('领取地点：鼓楼区民政局（鼓楼区江滨中大道66号），电话0591-87512345。', 'person_name')).toEqual([]);
    expect(found('领取地点：鼓楼区民政局（鼓楼区江滨中大道66号），电话0591-87512345。', 'landline')).toEqual([]);
    expect(found('物业（城东明华物业，电话0576-24170000）说管不了。', 'person_name')).toEqual([]);
  });
});

describe('more labels a person is named after (dev25)', () => {
  it('finds the name after 领取人, 被核查人 and 受让方', () => {
    expect(found('补贴领取人钟文华（子），电话0371-48460000。', 'person_name')).toEqual(['钟文华']);
    expect(found('被核查人：罗嘉欣，承租人。', 'person_name')).toEqual(['罗嘉欣']);
    expect(found('转让方马春生，受让方向德明，均已到场签字。', 'person_name')).toEqual(['马春生', '向德明']);
  });
});

describe('homes after a couple, and where a household is registered (dev25)', () => {
  it('finds them', () => {
    expect(
      found('“金婚夫妻”名单：周德华、刘桂兰夫妇（君山区柳林洲街道濠河路41号，电话0730-7060000）', 'address'),
    ).toEqual(['君山区柳林洲街道濠河路41号']);
    expect(found('下列人员户口登记在兰山区银雀山街道解放路西段112号，请于三十日内迁出。', 'address')).toEqual([
      '兰山区银雀山街道解放路西段112号',
    ]);
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

describe('telephones in rows and forms (dev26)', () => {
  it('finds a landline in a form cell that also holds a mobile', () => {
    expect(found('联系电话\t0523-86214478，13815260097\t电子邮箱\tzhu_lp66@163.com', 'landline')).toEqual([
      '0523-86214478',
    ]);
  });
  it('takes a landline alone in its cell, in a row that opens with a person, as theirs', () => {
    const row = '沈桂英\t江都区仙女镇龙川北路水韵小区6栋2单元301\t反映楼道灯不亮\t社区网格员已上门修复\t(0514)86521147';
    expect(found(row, 'landline')).toEqual(['(0514)86521147']);
    // (A number without its area code in such a row may be a figure; a company's row gives its own.)
    expect(found('1\t沈桂英\t水韵小区6栋\t2640568\t货币补偿', 'landline')).toEqual([]);
    expect(found('扬州运河物流有限公司\t江都区仙女镇工业园\t(0514)86521000', 'landline')).toEqual([]);
  });
  it('reads a work-gang leader’s line as a private one, an assessor’s or an enquiry line as an office’s', () => {
    expect(
      found(
        '拖欠班组长周海根工资，现动用该单位在银行存储的保证金支付；班组长联系电话0794-8211356，区人社局电话0794-8226000。',
        'landline',
      ),
    ).toEqual(['0794-8211356']);
    expect(found('被征收人马德明对评估结果有异议的，可申请复核，评估机构电话0352-5120000。', 'landline')).toEqual([]);
    expect(
      found('捐款最多的梁振邦老人家住万秀区仁义巷6号；以上捐款已用于救助，捐款查询电话0774-3820000。', 'landline'),
    ).toEqual([]);
    expect(found('黄志坚：您可携带身份证到镇自然资源所（溪园路1号）咨询，电话0596-2650000。', 'landline')).toEqual([]);
  });
  it('takes a shop’s line as the keeper’s where the shop is kept in their own house', () => {
    expect(
      found(
        '市场监管局食品经营许可公示：王秀兰小卖部，经营场所为其自住房屋，负责人王秀兰，联系电话0635-8231106。',
        'landline',
      ),
    ).toEqual(['0635-8231106']);
  });
  it('finds a card after a form’s account label, which names no organisation', () => {
    expect(found('银行账户\t中国农业银行\t6228480402564890018', 'bank_card')).toEqual(['6228480402564890018']);
  });
});

describe('company vehicles (dev26)', () => {
  it('leaves a vehicle a company is named with', () => {
    expect(found('与南通顺丰物流有限公司苏F·3K562号重型货车相撞。', 'plate')).toEqual([]);
    expect(found('由如皋市道路清障有限公司以苏F·H0275号清障车拖离。', 'plate')).toEqual([]);
    expect(found('该公司工程车苏F·6T813停放于北侧临时车位。', 'plate')).toEqual([]);
    expect(found('可预约南通安顺搬家服务有限公司车辆（苏F·L6283）。', 'plate')).toEqual([]);
    expect(found('南通华联超市配送中心\t苏F·7H52X\t崇川区工业园', 'plate')).toEqual([]);
  });
  it('still finds a person’s own vehicle beside one', () => {
    expect(
      found('陆建华驾驶其本人所有的苏F·2P7M3号摩托车，与南通顺丰物流有限公司苏F·3K562号货车相撞。', 'plate'),
    ).toEqual(['苏F·2P7M3']);
  });
});

describe('homes of trades kept at home, and flats named with their people (dev26)', () => {
  it('reads the address of a workshop in the keeper’s own house as a home', () => {
    const row = '马国庆\t梁园区老马家豆腐坊\t梁园区平原街道建设路东三巷7号\t0370-3213856\t利用自家院落生产';
    expect(found(row, 'address')).toEqual(['梁园区平原街道建设路东三巷7号']);
    expect(found('马国庆\t梁园区平原街道建设路东三巷7号\t原单位商丘纺织有限公司\t0370-3213856', 'address')).toEqual([
      '梁园区平原街道建设路东三巷7号',
    ]);
  });
  it('reads a flat followed by the person who lives there as a home, not a room number alone', () => {
    expect(found('不同意的业主为2单元1402室赵春梅。', 'address')).toEqual(['2单元1402室']);
    expect(found('3号楼2单元501的刘桂珍老人不同意拆除阳台。', 'address')).toEqual(['3号楼2单元501']);
    expect(found('经核查，603室业主褚国良擅自搭建阳光房。', 'address')).toEqual([]);
  });
});

describe('where a family moved to, and where animals are bred (dev26)', () => {
  it('finds the home a family moved into', () => {
    expect(found('如今他们搬进了古浪县黄花滩镇移民新村安置点6排12号，新房宽敞明亮。', 'address')).toEqual([
      '古浪县黄花滩镇移民新村安置点6排12号',
    ]);
  });
  it('leaves the site where animals are bred, beside the breeder’s home', () => {
    const text = '申请人郑国平，住费县探沂镇朱田村后街8号，繁育场地位于费县探沂镇朱田村西山坡，繁育物种梅花鹿。';
    expect(found(text, 'address')).toEqual(['费县探沂镇朱田村后街8号']);
  });
});

describe('whose telephone, in replies and in the words of callers (dev27)', () => {
  it('finds a home line said with 家 right before it, a city in brackets, a caller’s, one to keep open', () => {
    expect(found('“孟凤英家0515-88312406，有事打这个。”网格员说。', 'landline')).toEqual(['0515-88312406']);
    expect(found('联系电话：杭州家里86035172，白天请打手机。', 'landline')).toEqual(['86035172']);
    expect(found('我父亲住在越秀区，家里电话（广州）83362719。', 'landline')).toEqual(['83362719']);
    expect(found('补正情况：郝秋生来电（0351 4072658）补正了申请内容。', 'landline')).toEqual(['0351 4072658']);
    expect(found('请保持联系电话0371-66215803畅通，以便核实。', 'landline')).toEqual(['0371-66215803']);
  });
  it('leaves an office’s line: in its reply, after its handling office or official, a collection’s', () => {
    expect(found('区城管局回复：经查，胡满堂已拆除违建，感谢监督。联系电话0351-4072000。', 'landline')).toEqual([]);
    expect(found('答复：区住建局已督促清运，联系人邵文斌，电话029-40742000。', 'landline')).toEqual([]);
    expect(found('诉求：楼道堆物。承办：杏花岭区巨轮街道，电话0351-3030000。', 'landline')).toEqual([]);
    expect(found('联系人：汪法官，电话0938-3394000。', 'landline')).toEqual([]);
    expect(found('老照片征集电话：0372-2510000。', 'landline')).toEqual([]);
    expect(found('已安排专人上门，房管员联系电话0519-88100000。', 'landline')).toEqual([]);
  });
  it('still finds the applicant’s line in a reply addressed to them, and a reached person’s', () => {
    expect(found('政府信息公开申请答复书：申请人蔡立群，电话0631-5238000。', 'landline')).toEqual(['0631-5238000']);
    expect(found('答复：区教育局已联系龙秀云本人，电话0851-84110000，手续已办。', 'landline')).toEqual([
      '0851-84110000',
    ]);
    expect(found('转办：诉求人于长河，电话022-2735 8000，反映占道经营。', 'landline')).toEqual(['022-2735 8000']);
  });
});

describe('office mailboxes said as such (dev27)', () => {
  it('leaves a mailbox said in brackets to be an office’s, or a province’s office’s, or a police office’s', () => {
    expect(found('材料可发送至hbjc_ts@163.com（区劳动监察大队专用邮箱）。', 'email')).toEqual([]);
    expect(found('推荐材料请发送至省文明办邮箱gdwmb_hr@163.com。', 'email')).toEqual([]);
    expect(found('如有异议，可向南昌铁路公安处反映，电子邮箱nctlgaj@126.com。', 'email')).toEqual([]);
  });
  it('still finds a person’s mailbox said to be their own', () => {
    expect(found('申请人欧阳倩的邮箱ouyangqian88@qq.com（本人邮箱）。', 'email')).toEqual(['ouyangqian88@qq.com']);
  });
});

describe('words that look like names (dev27)', () => {
  it('reads no name in a pronoun, a count with its measure word, or words such as 车棚 and 申领', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('谁家有急事，邻居都来他这里打电话。')).toEqual([]);
    expect(names('街道已约谈三家运营企业。')).toEqual([]);
    expect(names('其电动车被物业锁车三天。')).toEqual([]);
    expect(names('已约谈车主，车棚已于6月2日拆除。')).toEqual([]);
    expect(names('以下居民申领的居民身份证已制作完成。')).toEqual([]);
    expect(names('该车尾气林格曼黑度达到3级。')).toEqual([]);
  });
  it('still finds a person with a numeral in the given name', () => {
    expect(found('村民谈三虎反映，水渠堵塞。', 'person_name')).toEqual(['谈三虎']);
  });
});

describe('homes in works’ compounds, homes one lives in, and parking spaces (dev27)', () => {
  it('finds a home in a works’ dormitory or family compound beside the employer’s cell', () => {
    expect(found('钱德旺\t徐州市第三毛纺厂\t鼓楼区牌楼街道黄河北路毛纺厂宿舍7排2号\t0516-8213477', 'address')).toEqual([
      '鼓楼区牌楼街道黄河北路毛纺厂宿舍7排2号',
    ]);
  });
  it('finds where someone lives after 生活在', () => {
    expect(found('老人常年生活在清江浦区浦楼街道花街23号。', 'address')).toEqual(['清江浦区浦楼街道花街23号']);
  });
  it('leaves a parking space', () => {
    expect(found('孟庆余\t滨河小区地下车位B-117\t辽B·K2731', 'address')).toEqual([]);
  });
});

describe('plates listed together (dev27)', () => {
  it('leaves every plate of a company’s list, and still finds a person’s listed after a full stop', () => {
    expect(found('保定顺达物流有限公司的货车冀F·3K215、冀F·3K216未按规定路线行驶。', 'plate')).toEqual([]);
    expect(found('由赣州安运有限公司赣B·7D311和赣B·7D312两车运送。车主刘金华的赣B·5M812另案处理。', 'plate')).toEqual([
      '赣B·5M812',
    ]);
  });
});

describe('offices named with their lines, and homes’ lines said as such (dev28)', () => {
  it('leaves an office’s line in brackets after it, a firm’s after its lawyer, the office one is sent to', () => {
    const lines = (text: string) => found(text, 'landline');
    expect(lines('信访人孔令辉反映的问题，已转区信访室（电话0476-8220013）办理。')).toEqual([]);
    expect(lines('工作单位\t鞍山钢铁集团有限公司（电话0412-6720011）')).toEqual([]);
    expect(lines('代理人为律师苗长青（辽宁正信律师事务所，电话024-2286 0013）。')).toEqual([]);
    expect(lines('村民吕德顺申请宅基地，如有异议请向城关镇农经站反映，电话0931-4410027。')).toEqual([]);
    expect(lines('答复：请携带材料到区不动产登记中心窗口办理（电话(0851)86610027）。')).toEqual([]);
    expect(lines('申请人单国庆\t申请人电话\t0459-6372851\t帮办专线\t0459-6612000')).toEqual(['0459-6372851']);
    expect(lines('申请人潘玉兰住和平村三组，电话0478-8312761；审批电话0478-8216000。')).toEqual(['0478-8312761']);
  });
  it('still finds a lawyer’s own extension at the firm, and a line of a person one is sent to', () => {
    expect(found('代理人为律师苗长青（辽宁正信律师事务所，电话024-2286 0013转 218）。', 'landline')).toEqual([
      '024-2286 0013转 218',
    ]);
    expect(found('如有异议可向村民代表包福来反映，电话0475-8231946。', 'landline')).toEqual(['0475-8231946']);
  });
  it('finds a home line said so after it, left in an application form, or under a label with a note', () => {
    expect(found('其申请表所留联系电话0591-87651234为住宅电话。', 'landline')).toEqual(['0591-87651234']);
    expect(found('申请人\t柏春生\t家庭电话（纺织厂宿舍总机转分机）\t0519-6871203转2716', 'landline')).toEqual([
      '0519-6871203转2716',
    ]);
  });
  it('reads two years joined by a dash as a period, not a number', () => {
    expect(found('湘G·T1835\t庹正华\t永定区西溪坪街道天门路8号\t2024-2029', 'landline')).toEqual([]);
  });
});

describe('office mailboxes and company vehicles (dev28)', () => {
  it('leaves a mailbox for receiving or collecting, and one named like an office’s right after its line', () => {
    expect(found('受理邮箱hzqzfbz@163.com，咨询电话0531-86112000。', 'email')).toEqual([]);
    expect(found('意见征集邮箱gzjt_yjzj@163.com。', 'email')).toEqual([]);
    expect(found('请联系区残疾人联合会，电话0731-8452 7000，邮箱cqlhgzb@163.com。', 'email')).toEqual([]);
    expect(found('请联系区残疾人联合会，电话0731-8452 7000；申请人管秋菊的邮箱guanqiuju@163.com。', 'email')).toEqual([
      'guanqiuju@163.com',
    ]);
  });
  it('leaves a vehicle found to be a company’s, and one in a company’s row with a note', () => {
    expect(found('另一辆车赣C·63185经查系新余顺通物流有限公司所有，予以解除查封。', 'plate')).toEqual([]);
    expect(found('川A·T6207\t成都蓉城出租汽车有限公司（双班）\t公司经营', 'plate')).toEqual([]);
  });
  it('still finds a vehicle in the driver’s own name though it carries for a company, and one listed after a tenant’s', () => {
    expect(found('他驾驶登记在其本人名下的货车晋K·3R517为介休宏达煤业有限公司运煤。', 'plate')).toEqual(['晋K·3R517']);
    expect(
      found(
        '请车主挪车：宁A·B2R71（承租人海燕）、宁A·D36215（承租人苏志军）；公交公司通勤车宁A·21976已移走。',
        'plate',
      ),
    ).toEqual(['宁A·B2R71', '宁A·D36215']);
  });
});

describe('names after more labels, rarer surnames, 元 in a given name (dev28)', () => {
  it('finds a consultant, a party to mediation, an heir among several, a cousin, a child labourer', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('咨询人鲁玉芬：我想问退休金怎么算？')).toEqual(['鲁玉芬']);
    expect(names('调解参加人麦麦提·吐尔逊，住喀什市。')).toEqual(['麦麦提·吐尔逊']);
    expect(names('继承人之一谢丽在昆明，电话尚未核实。')).toEqual(['谢丽']);
    expect(names('由其表兄邹伟明代为登记。')).toEqual(['邹伟明']);
    expect(names('被使用的童工韩小军15岁。')).toEqual(['韩小军']);
  });
  it('finds names with the surnames 俸 and 畅, and with 元 after a name’s character', () => {
    expect(found('俸德明\t84分\t合格', 'person_name')).toEqual(['俸德明']);
    expect(found('畅秋生\t6月9日\t邻里纠纷', 'person_name')).toEqual(['畅秋生']);
    expect(found('申请人邝振元，住天河区。', 'person_name')).toEqual(['邝振元']);
  });
  it('still reads a sum and 畅通 as no name', () => {
    expect(found('共计人民币三万元整。', 'person_name')).toEqual([]);
    expect(found('每户补助一千元。', 'person_name')).toEqual([]);
    expect(found('请保持道路畅通无阻。', 'person_name')).toEqual([]);
  });
});

describe('homes moved to, come from, kept with a shop, named by their people (dev28)', () => {
  const homes = (text: string) => found(text, 'address');
  it('finds a home after 搬至, 搬离, 来自 with a house, 她家, 我们小区（…）, 家的老屋, 兼住所', () => {
    expect(homes('其父已搬至鼓楼区华林街道湖东路12号和儿子同住。')).toEqual(['鼓楼区华林街道湖东路12号']);
    expect(homes('请于10日内搬离秀英区海秀街道长滨路9号的房屋。')).toEqual(['秀英区海秀街道长滨路9号']);
    expect(homes('居民代表韦立新来自青秀区新竹街道民主路17号，他建议……')).toEqual(['青秀区新竹街道民主路17号']);
    expect(homes('来信人邓秀兰反映，她家城关区东岗街道雁南路23号门前常年堆放杂物。')).toEqual([
      '城关区东岗街道雁南路23号',
    ]);
    expect(homes('留言人龙晓梅：我们小区（南岸区南坪街道学府大道66号）电梯经常停运。')).toEqual([
      '南岸区南坪街道学府大道66号',
    ]);
    expect(homes('被征收人钱永福家的老屋解放街41号系1962年所建。')).toEqual(['解放街41号']);
    expect(homes('经营地址（兼住所）潘集区芦集镇芦集村三组27号，电话另附。')).toEqual(['潘集区芦集镇芦集村三组27号']);
    expect(homes('见证人丁国华（邻居，解放街43号）在场。')).toEqual(['解放街43号']);
  });
  it('finds the house a shop is kept in, said in brackets after it, though the keeper runs a business', () => {
    expect(
      homes('当事人覃小梅，个体美甲店经营者，美甲店开在其住宅一楼（柳北区胜利街道跃进路8号），未办理许可。'),
    ).toEqual(['柳北区胜利街道跃进路8号']);
  });
  it('still leaves a village one merely comes from, and a building whose lift is being fitted', () => {
    expect(homes('来自高桥镇高桥村的返乡青年讲述了创业经历。')).toEqual([]);
    expect(homes('南岗区花园街道民生路12号楼的加装电梯正式运行。')).toEqual([]);
  });
});

describe('companies named after their city (dev28)', () => {
  it('reads no name at the head of a company’s name where its clause or cell begins', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('举报内容\t唐山宏远物流有限公司拖欠工资')).toEqual([]);
    expect(names('系阜阳瑞达劳务派遣有限公司派遣的搬运工。')).toEqual([]);
    expect(names('律师（吉林通化正源律师事务所）出席。')).toEqual([]);
  });
  it('still finds a person who acts for a company', () => {
    expect(found('滕海峰作为苏州某建筑劳务有限公司的实际控制人，被列入名单。', 'person_name')).toEqual(['滕海峰']);
  });
});

describe('whose line, in messages and notices (dev29)', () => {
  const lines = (text: string) => found(text, 'landline');
  it('finds a line after any party’s label, a relative’s, and one a writer ends a message with', () => {
    expect(lines('确认人联系电话0412-5528361。')).toEqual(['0412-5528361']);
    expect(lines('承诺人电话0352-6619472。')).toEqual(['0352-6619472']);
    expect(lines('她把父亲的座机0310-4497215设置了来电提醒。')).toEqual(['0310-4497215']);
    expect(lines('我叫宋玉梅，和老伴住在新村18号楼，楼梯太陡，能否调换一楼？电话0353-2216481。')).toEqual([
      '0353-2216481',
    ]);
  });
  it('still leaves a responsible person’s line, and a line after an office in a message', () => {
    // (An office's: bare, 负责人电话 is as often a private operator's, and the model weighs it.)
    expect(lines('区民政局负责人电话0311-86681235。')).toEqual([]);
    expect(lines('我家楼下漏水，找了物业，物业电话0531-86612345打了没用。')).toEqual([]);
  });
  it('leaves a company’s staff line in a reply, a firm’s under its lawyer, and a line after an office’s mailbox', () => {
    expect(lines('答复：您好，欠费已补缴，供电客户经理电话0570-3012345。')).toEqual([]);
    expect(lines('代理人廖国庆（广西正义律师事务所律师，电话0772-2812345）到场。')).toEqual([]);
    expect(lines('意见征集邮箱cqzsb@126.com，电话0938-8212345。')).toEqual([]);
  });
});

describe('office mailboxes, review bodies and company vehicles (dev29)', () => {
  it('leaves a mailbox said to be an office’s, a recruiting one, and an office’s initials with a year', () => {
    const mail = (text: string) => found(text, 'email');
    expect(mail('请到乡社保所签订协议，社保所邮箱ksslbgs@163.com。')).toEqual([]);
    expect(mail('住房保障中心邮箱zzbzzx_zj@126.com。')).toEqual([]);
    expect(mail('公示联系电话0578-2091365，邮箱lsrecruit_zzb@163.com。')).toEqual([]);
    expect(mail('征收指挥部设于路口板房，电话0771-4821234，邮箱nnzsb2025@163.com。')).toEqual([]);
  });
  it('leaves a review body’s address and line in a notice to the applicant', () => {
    const text =
      '韩秀英女士，您提交的复议申请已收悉，请于十日内补正；复议机构地址沈阳市和平区南京北街260号，电话024 22711234。';
    expect(found(text, 'address')).toEqual([]);
    expect(found(text, 'landline')).toEqual([]);
  });
  it('leaves a company’s patrol car', () => {
    expect(found('另有物业公司巡逻车鲁B·Q3K58停放于地面专用车位。', 'plate')).toEqual([]);
  });
});

describe('names and homes in letters and notices (dev29)', () => {
  it('finds a person honoured, a consumer and a tenant, and reads 钟点工 as a word', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('获表彰人苗鸿儒来函申请不公开住址。')).toEqual(['苗鸿儒']);
    expect(names('消费者邝洁投诉，处警告。')).toEqual(['邝洁']);
    expect(names('电费由租客邬凯负担。')).toEqual(['邬凯']);
    expect(names('求职意向保洁、钟点工。')).toEqual([]);
  });
  it('finds a home a notice is delivered to, a neighbour’s road in brackets, a shop that is also the home', () => {
    const homes = (text: string) => found(text, 'address');
    expect(homes('黎志明之妻欧秀英：本通知送达至岳阳市岳阳楼区洞庭街道茶巷子21号。')).toEqual([
      '岳阳市岳阳楼区洞庭街道茶巷子21号',
    ]);
    expect(homes('见证人：邻居薛长海（操场城街42号）。')).toEqual(['操场城街42号']);
    expect(homes('修鞋匠丁德山的修鞋铺开在回民区通道街街道大召前街牛街巷5号，也是他住了三十年的家。')).toEqual([
      '回民区通道街街道大召前街牛街巷5号',
    ]);
  });
});

describe('residents named after their house (dev29)', () => {
  it('finds an old person or a family named after the house they live in', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('家住东四六条40号院的那秀芬老人说，院里干净了。')).toEqual(['那秀芬']);
    expect(names('住在南二道街36号的于凤兰说：“楼梯修好了。”')).toEqual(['于凤兰']);
    expect(names('东坡村23号的林阿妹老人被转移到镇中心小学。')).toEqual(['林阿妹']);
  });
  it('still reads 楼里 and 楼长 as words', () => {
    expect(found('她是我们那栋楼的楼长。楼里老人都记着她家电话。', 'person_name')).toEqual([]);
  });
});

describe('homes in subsidised housing (dev28)', () => {
  it('finds a flat in a 保租房 or 保障房 estate', () => {
    expect(found('入住人\t孙晓军\t房号\t金凤区阅海保租房C区3号楼1207', 'address')).toEqual([
      '金凤区阅海保租房C区3号楼1207',
    ]);
    expect(found('胥长生，原住潇湘街9号，选定石鼓区松木保障房片区B区5栋602。', 'address')).toEqual([
      '潇湘街9号',
      '石鼓区松木保障房片区B区5栋602',
    ]);
  });
});

describe('whose line, when the text says so around it (dev30)', () => {
  const lines = (text: string) => found(text, 'landline');
  it('leaves a line said after it to be a company’s, a workplace’s, a desk’s or a station’s', () => {
    expect(lines('花店电话022-23521234为天津芳华花艺有限公司所有，非当事人电话。')).toEqual([]);
    expect(lines('郭建民原电话0375-2921234系其原工作单位平顶山市粮油公司电话。')).toEqual([]);
    expect(lines('担保人黄秀兰（电话0710-3221234，襄阳市第一人民医院护理部）将收到本通知。')).toEqual([]);
    expect(lines('杜晓红（健身指导员，电话0817-2221234，系中城街道社区体育指导站电话）。')).toEqual([]);
    expect(lines('王运河\t海坡综合市场A12号\t0898-88351234（市场服务台）')).toEqual([]);
    expect(lines('店铺电话0755-2781 1234（登记在深圳市彬记餐饮管理有限公司名下）。')).toEqual([]);
  });
  it('leaves an office’s line in brackets after it, or after its name in a cell', () => {
    expect(lines('我找过社区（电话0746-5211234），社区说管不了。')).toEqual([]);
    expect(lines('附近的便利店（沈阳联华便利店连锁有限公司三好街店，电话024 23901234）的店员也看见了。')).toEqual([]);
    expect(lines('姬长贵\t豫R·5C827\t谢庄村四组\t通达物流调度室(0377)6111234')).toEqual([]);
    expect(lines('账户由平安区农村信用合作联社（0972-8621234）核对。')).toEqual([]);
    expect(
      lines('我家住矿区家属院4栋，家里电话是矿区总机转的，0856-5251234转3217，总机号码0856-5251234白天有人接。'),
    ).toEqual(['0856-5251234转3217']);
  });
  it('finds a wife’s line in brackets, and a line said further on to be the family’s home line', () => {
    expect(lines('推荐人：图雅（被推荐人之妻，电话0470-5231234）。')).toEqual(['0470-5231234']);
    expect(lines('平房里装着一部座机0439-6311234，是林场给管护站拉的专线，也是两口子的家里电话。')).toEqual([
      '0439-6311234',
    ]);
    expect(lines('我住阳光社区（电话0746-5221234），楼下常年有人占道。')).toEqual(['0746-5221234']);
  });
});

describe('shops that are homes, and telephones run into places (dev30)', () => {
  const homes = (text: string) => found(text, 'address');
  it('finds a shop’s address said to be the keeper’s home', () => {
    expect(homes('汪建民\t建民木雕工作室\t屯溪区昱中街道黎阳老街东巷11号（工作室即住所）\t0559 2531234')).toEqual([
      '屯溪区昱中街道黎阳老街东巷11号',
    ]);
    expect(homes('易春兰\t春兰裁缝店\t袁州区秀江街道中山中路120号（店住合一）\t0795-3211234')).toEqual([
      '袁州区秀江街道中山中路120号',
    ]);
    expect(homes('当事人：覃秀英，经营场所兼住所：宜州区庆远镇城北社区北山路25号，联系电话另告。')).toEqual([
      '宜州区庆远镇城北社区北山路25号',
    ]);
  });
  it('takes no telephone into a place', () => {
    expect(
      homes('程乐天\t男\t江宁区湖熟街道退役军人服务站02552121234（由服务站推荐）\t江宁区湖熟街道和平社区河南头村9号'),
    ).toEqual(['江宁区湖熟街道和平社区河南头村9号']);
  });
});

describe('readers, recommenders, and one-part Tibetan and Mongolian names (dev30)', () => {
  const names = (text: string) => found(text, 'person_name');
  it('finds a reader, a recommender, a one-part name before what the person does, and rarer surnames', () => {
    expect(names('兰州市西固区读者马建功来信说，他的车在暴雨中熄火。')).toEqual(['马建功']);
    expect(names('推荐人：萨仁（被推荐人之妻）。')).toEqual(['萨仁']);
    expect(names('留言：平措反映金珠西路一辆私家车长期占用盲道。')).toEqual(['平措']);
    expect(names('“胡德兴家的电话比卫生院的还忙。”主任笑着说。')).toEqual(['胡德兴']);
    expect(names('陇正华\t广东省深圳市\t电子装配')).toEqual(['陇正华']);
    expect(names('竹月华\t120\t大米两袋')).toEqual(['竹月华']);
  });
  it('still leaves the tail of an official’s name, and a column that opens with a weak surname’s word', () => {
    expect(names('自治区卫生健康委主任扎西次仁介绍了防治情况。')).toEqual([]);
    expect(names('读者来信版｜本报收到来信。')).toEqual([]);
  });
});

describe('grid workers (dev30)', () => {
  it('finds a 网格员 by name, as the newer sets label them: masking one is the safer mistake', () => {
    expect(found('感谢东海街道的网格员林惠兰帮他找回走失的母亲。', 'person_name')).toEqual(['林惠兰']);
  });
});

describe('letters, lists and forms of contacts (dev31)', () => {
  const lines = (text: string) => found(text, 'landline');
  it('leaves the line a letter closes with, after its addressee’s, and an office’s in its reply', () => {
    expect(
      lines(
        '依申请公开答复书：申请人白音德（住恩和路南段民建小区2号楼，宅电0474-8311234）申请公开供热计划，现予公开；联系电话04748821234。',
      ),
    ).toEqual(['0474-8311234']);
    expect(lines('区民政局回复：檀文军您好，已安排工作人员上门为檀世华老人办理认证，联系电话(0562)2831234。')).toEqual(
      [],
    );
  });
  it('still finds a second party’s line at the end of a letter, and a reached person’s in a reply', () => {
    expect(
      lines(
        '复核意见书：复核申请人边宝山，宅电0315-8061234；委托代理人边晓明，系申请人之子，住裕华里8楼2门502号，电话0315 8931234。',
      ),
    ).toEqual(['0315-8061234', '0315 8931234']);
    expect(lines('答复：区教育局已联系龙秀英本人，电话0851-84111234，手续已办。')).toEqual(['0851-84111234']);
  });
  it('finds lines listed after a person’s, in a form with a mailbox, and with a full-width space', () => {
    expect(lines('三人预留电话依次为0543-3811234、0543 3921234、（0543）3201234；服务中心电话0543-3631234。')).toEqual([
      '0543-3811234',
      '0543 3921234',
      '（0543）3201234',
    ]);
    expect(lines('联系方式\t0559—2511234、wangxiaohua_hs@163.com')).toEqual(['0559—2511234']);
    expect(lines('李俊杰\t刘春兰（母）\t吉田村九组16号\t28600\t０７３５　２６５１２３４')).toEqual([
      '０７３５　２６５１２３４',
    ]);
  });
  it('finds a keeper’s line and home when the shop is said to be their house', () => {
    const text =
      '申请人吴金兰，经营地址科尔沁区明仁街道和平路民主小区15号楼一楼东户（自家住宅临街一层），电话0475-8231234。';
    expect(found(text, 'address')).toEqual(['科尔沁区明仁街道和平路民主小区15号楼一楼东户']);
    expect(lines(text)).toEqual(['0475-8231234']);
  });
  it('leaves a mailbox the sender calls 本邮箱', () => {
    expect(found('请回复本邮箱jcrczb@126.com确认。', 'email')).toEqual([]);
  });
});

describe('whose number, the citizen’s or the office’s (dev36)', () => {
  it('leaves an office’s mailbox named in pinyin right after its line, and one after 征收办邮箱', () => {
    const mail = (text: string) => found(text, 'email');
    expect(mail('被申请人沈阳市和平区市场监督管理局，联系电话024-22873415，邮箱hepingshijianju@163.com。')).toEqual([]);
    expect(mail('复查机关电话0599-8826552，邮箱npxinfangfucha@126.com。')).toEqual([]);
    expect(mail('电子邮箱beishaohua@yeah.net；征收办邮箱xltzsb@126.com。')).toEqual(['beishaohua@yeah.net']);
  });
  it('leaves the line a 征询函 closes with, and an inspector’s 办公电话', () => {
    const lines = (text: string) => found(text, 'landline');
    expect(
      lines(
        '第三方意见征询函：贵方全荣生（住站前路62号院5排3号，电话0635-8390274）：请于15日内书面回复意见，联系电话0635-8241752。',
      ),
    ).toEqual(['0635-8390274']);
    expect(lines('申请人沙振华，家中座机0953 3812647，核查人员办公电话0953-2082391。')).toEqual(['0953 3812647']);
  });
});

describe('whose number, the citizen’s or the office’s (dev35)', () => {
  it('leaves a line said to be the work switchboard, a 帮办员’s, a village’s 应急 line and a 团委’s', () => {
    const lines = (text: string) => found(text, 'landline');
    expect(lines('回访人员拨打信访人冉国庆留存的（0816）2459037，系其单位总机；后改拨其宅电（0816）2467381。')).toEqual(
      ['（0816）2467381'],
    );
    expect(lines('被征收人马福海委托其孙马骁代办；帮办员电话029-87316433。')).toEqual([]);
    expect(lines('王大兴一家转移到村文化礼堂，村里的应急电话0580-8063175整夜有人值守。')).toEqual([]);
    expect(lines('家住北蝉村后沙38号的孙小雅许下心愿，认领人可联系白泉镇团委0580-8052234。')).toEqual([]);
  });
  it('leaves an office’s mailbox of its bureau’s initials or after 节目组邮箱, and finds a 车间主任 as a person', () => {
    const mail = (text: string) => found(text, 'email');
    expect(mail('已转零陵区城市管理和综合执法局（电话0746-6221803，邮箱lingling_cgj@126.com）处理。')).toEqual([]);
    expect(mail('访谈节目组邮箱dhzfft@126.com，热线0580-2180372。')).toEqual([]);
    expect(found('答：由车间主任顾长林用他自己的卡发放。', 'person_name')).toEqual(['顾长林']);
  });
  it('leaves an address said in brackets after it to be a shop', () => {
    expect(found('1\t普正华\t楚雄市鹿城镇北浦路8号（铺面）\t楚雄市鹿城镇北浦社区十一组35号', 'address')).toEqual([
      '楚雄市鹿城镇北浦社区十一组35号',
    ]);
  });
  it('finds a home the business is said to be kept in (经营地址为其住所…)', () => {
    expect(
      found(
        '当事人黄小玲，经营网店，经营地址为其住所深圳市南山区南山街道南新路阳光棕榈园3栋2单元1204，电话0755-26347591。',
        'address',
      ),
    ).toEqual(['深圳市南山区南山街道南新路阳光棕榈园3栋2单元1204']);
  });
});

describe('the public writes, the government answers (dev34)', () => {
  it('finds a 来电听众 and the rare surnames 宾, 磨 and 伦 where a person is said; 区大队, 车位, 满意度 are words', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('来电听众周长发（来电号码0731-84526193）：我老伴在长沙住院。')).toEqual(['周长发']);
    expect(names('工友宾建国（家住茶山坳镇堰头村五组8号）目击并送医。')).toEqual(['宾建国']);
    expect(names('L0602\t磨秀英\t会仙镇睦洞村委东岸村43号\t0773 5362817')).toEqual(['磨秀英']);
    expect(names('宾馆停业整顿，设备磨损严重，伦理审查通过。')).toEqual([]);
    expect(names('成都市公安局交通管理局锦江区大队；本人有固定车位；租户满意度电话回访表；陶源食品厂')).toEqual([]);
  });
  it('leaves the line of an office named in the cell before, once the person’s own was given in the row', () => {
    const row = '崔建平\t普阳街1126号和平小区7栋3门502\t0431-87652039\t长春市绿园区住建局\t0431-87626310';
    expect(found(row, 'landline')).toEqual(['0431-87652039']);
  });
  it('finds names ending in 年 or 本 (周永年, 孙立本), not a time or a word (周年, 常年, 成本), and no name in 群众满意率', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('服务站工作人员得知周永年现住江西省九江市柴桑区港口村三组。')).toEqual(['周永年']);
    expect(names('孙立本，男，1938年生，住依汶镇北寨村三组47号。')).toEqual(['孙立本']);
    expect(names('建党一百周年，但常年无人居住，高成本运营。群众满意率95.6%，群众明白卡。')).toEqual([]);
  });
  it('finds a home in brackets after one’s 祖宅', () => {
    expect(found('本人祖宅（原碑林区南院门街道竹笆市38号）1998年拆迁时的补偿安置', 'address')).toHaveLength(1);
  });
});

describe('whole documents on one line (dev32)', () => {
  const lines = (text: string) => found(text, 'landline');
  it('leaves the line an office closes its notice with, after sentences about a person', () => {
    expect(
      lines(
        '穆桂兰：你承租的公租房不再符合保障条件。如有异议，可提出复核申请。联系电话0431-85618073。你预留的电话0431-87936542无人接听。',
      ),
    ).toEqual(['0431-87936542']);
    expect(lines('牛德才：请届时在家配合。如时间不便，请致电征收办0396-2918537另约。')).toEqual([]);
    // (A person's lost-paper notice still closes with their own line.)
    expect(lines('聂晓军遗失残疾人证一本，声明作废。联系电话：0731-84561234。')).toEqual(['0731-84561234']);
  });
  it('leaves an office’s line called from, or named by its premises, and finds a parent’s', () => {
    expect(lines('我给街道打过电话0793-8226413，可至今没有结果。我家电话0793-8239165。')).toEqual(['0793-8239165']);
    expect(lines('网格员留下了街道应急电话0318-2052316；老人可拨打食堂电话0455-8362107预约送餐。')).toEqual([]);
    expect(lines('晋中市人民政府行政复议办公室收件电话0354-2035816。')).toEqual([]);
    expect(lines('第一名分配人员的家长电话0953-8036241已登记。')).toEqual(['0953-8036241']);
  });
  it('finds a person after 雇主 or their age (七十岁的苏振南), or before their 生源地, and no name in a dotted heading', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('家政服务员沈菊芳在雇主方志远住宅擦窗时摔下。')).toEqual(['沈菊芳', '方志远']);
    expect(names('七十岁的苏振南在金鱼巷12号的老宅里住了一辈子；十八岁的高中生在学校。')).toEqual(['苏振南']);
    const assigned = '分配至韦州镇中心小学；杨海军，生源地同心县王团镇王团村二组12号。';
    expect(names(assigned)).toEqual(['杨海军']);
    expect(found(assigned, 'address')).toEqual(['同心县王团镇王团村二组12号']);
    expect(names('民生调查·老楼加装电梯：在九江市浔阳区的甘棠小区，记者看到…')).toEqual([]);
  });
  it('leaves a village group where trees are felled or a plot lies', () => {
    const homes = (text: string) => found(text, 'address');
    expect(homes('申请人滕德光，住三棵树镇南花村二组8号，采伐地点为南花村二组“对门坡”自留山。')).toEqual([
      '三棵树镇南花村二组8号',
    ]);
    expect(homes('胡永发，承包地面积6.2亩，地块坐落五组东坪、河湾。')).toEqual([]);
  });
  it('finds a line said after it to be a party’s home line (…为举报人本人家中电话)', () => {
    expect(found('经核实，该号码0579-82314568为举报人本人家中电话。', 'landline')).toEqual(['0579-82314568']);
  });
  it('reads 与…联系 within its clause only (…与户籍信息一致，联系电话… is the person’s)', () => {
    expect(lines('仇建军，你登记的住址华创小区7号楼2单元1301与户籍信息一致，联系电话0312-5173846。')).toEqual([
      '0312-5173846',
    ]);
  });
});

describe('households and small operators in rural files (dev33)', () => {
  it('finds a person after 群众, 战友, 其侄 and 入伍青年, and a home after 家庭住址 whole', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('盖州市九寨镇群众于海波反映：邻居晾晒玉米影响通行。')).toEqual(['于海波']);
    expect(names('陪同人为其侄魏国栋（0943-6283429）。')).toEqual(['魏国栋']);
    expect(found('陪同人为其侄魏国栋（0943-6283429）。', 'landline')).toEqual(['0943-6283429']);
    expect(names('入伍青年梅子涵，家属梅正启。')).toEqual(['梅子涵', '梅正启']);
    expect(names('最大的心愿是找到当年的战友周永生。')).toEqual(['周永生']);
    expect(found('家属石国富，家庭住址独山镇桥头村五组9号。', 'address')).toEqual(['独山镇桥头村五组9号']);
  });
  it('finds a household’s line: 其联系电话 after the person, among their particulars, with its city, said to be 他家的, closing their letter', () => {
    const lines = (text: string) => found(text, 'landline');
    expect(lines('王占峰已履行全部义务，本院决定将其从名单中删除；其联系电话0476-4329518。')).toEqual(['0476-4329518']);
    expect(lines('被告某街道办事处辩称，执法人员宋刚已拍照固定；其联系电话为010-63302883。')).toEqual([]);
    expect(lines('请以下农户在家：王秀凤（郭家沟村二组5号，29715382，天津）。')).toEqual(['29715382']);
    expect(lines('白宝山\t溪翁庄镇尖岩村北坡12号\t安置房\t69023518（北京）')).toEqual(['69023518']);
    expect(lines('他说合作社的收购电话就是他家的0539 3514806。')).toEqual(['0539 3514806']);
    expect(lines('包玉荣来信：我住龙山村4组9号，根本不够饲料钱。希望政府提高补贴。电话0476-4617253。')).toEqual([
      '0476-4617253',
    ]);
  });
  it('reads 原决定, 承包地, 代发至, 惠农卡, 保洁员 and 支医 as words', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('决定撤销被申请人原决定。申请信息\t本人承包地被征用的批复文件')).toEqual([]);
    expect(names('保洁员工资发放情况：已由村集体账户代发至本人惠农卡。')).toEqual([]);
    expect(names('韦秀英\t寺面村八队11号\t保洁员\t0775-7462513。于浩宇\t男\t永丰村四屯3号\t支医')).toEqual([
      '韦秀英',
      '于浩宇',
    ]);
  });
  it('leaves an office’s line and mailbox in a resident’s or a company’s row, or where the reader is sent', () => {
    expect(found('代领人须持本人身份证到镇民政所（0558-6550217）登记。', 'landline')).toEqual([]);
    expect(found('韩玉珍\t李庄村后李组\t敬老院代领\t敬老院0558-6561480', 'landline')).toEqual([]);
    const company = '通江县鑫源农业开发有限公司（被申请人）\t通江县铁佛镇场镇新街8号\t0827-7512760\tzxyny@163.com';
    expect(findPersonalInformation(company)).toEqual([]);
    expect(found('受理单位：梓山镇人民政府党政办，电话0797-6512079，邮箱yds_zszf@163.com。', 'email')).toEqual([]);
  });
});

describe('residents and roles in news and lists (dev31)', () => {
  it('finds a home named with whoever lives there, or one’s own house before 门前', () => {
    const homes = (text: string) => found(text, 'address');
    expect(homes('委员们走访了古塔区保安街道北三里胡同11号的王淑芬老人。')).toEqual(['古塔区保安街道北三里胡同11号']);
    expect(homes('双方同意到模范街后巷27号罗家现场调解。')).toEqual(['模范街后巷27号']);
    expect(homes('来电人反映，其家亚瓦格街道团结路社区7巷20号门前的排水沟堵塞。')).toEqual([
      '亚瓦格街道团结路社区7巷20号',
    ]);
  });
  it('ends a home before it is let, sold or passed on, so the party it goes to stays a name', () => {
    expect(found('将其位于劳动西路289号嘉盛华庭8栋1602房出租给他人', 'address')).toEqual([
      '劳动西路289号嘉盛华庭8栋1602房',
    ]);
    expect(found('苟世明将其所有的箭道街38号箭道小区2栋1单元802号转让给鄢德华。', 'person_name')).toEqual([
      '苟世明',
      '鄢德华',
    ]);
  });
  it('finds a 红榜户 and a neighbour who takes in a letter, and reads 车通道, 红榜, 戴上 as words', () => {
    const names = (text: string) => found(text, 'person_name');
    expect(names('红榜户于桂生因外出务工，由其妻代为兑换。')).toEqual(['于桂生']);
    expect(names('答复书由申请人的邻居达瓦代收。')).toEqual(['达瓦']);
    expect(names('其轿车多次停放于小区消防车通道内。红榜\t曹淑兰\t三屯4号。老人们戴上了手环。')).toEqual(['曹淑兰']);
  });
});

describe('cards written with the issuer’s digits apart or grouped by wide spaces', () => {
  it('finds a card with its six issuer digits apart, and one grouped by ideographic spaces in a spaced row', () => {
    expect(found('洛桑\t东俄洛村三组15号\t1000\t622188 0652107483918', 'bank_card')).toEqual(['622188 0652107483918']);
    expect(found('收款账号4367　4212　3456　7896，户名王小明', 'bank_card')).toEqual(['4367　4212　3456　7896']);
    expect(found('王小明　乐都区　6228　4812　3456　7890　128　1200', 'bank_card')).toEqual([
      '6228　4812　3456　7890　128',
    ]);
  });
});

describe('text extracted from PDF attachments and scans (dev37, dev38)', () => {
  it('reads a line set out character by character, and reports what it finds in the text as it came', () => {
    const text = '申 请 人 ： 钱 国 梁 ， 住 无锡市梁溪区崇安寺街道 人 民中路 96号 2幢 301室';
    expect(found(text, 'person_name')).toEqual(['钱 国 梁']);
    expect(found(text, 'address')).toEqual(['无锡市梁溪区崇安寺街道 人 民中路 96号 2幢 301室']);
    expect(deidentify(text)).toBe('申 请 人 ： 钱某 ， 住 无锡市梁溪区');
  });

  it('reads a spaced name as the owner of the line in its row', () => {
    expect(found('3\t温 秀 琴\t南昌市东湖区豫章街道 象 山北路 21号\t0791-8652 173', 'landline')).toEqual([
      '0791-8652 173',
    ]);
  });

  it('joins an address set out word by word, and a number cut where a line ended', () => {
    expect(found('被征收人卜德清，住襄阳市襄城区 古城街道 北街 23号。', 'address')).toEqual([
      '襄阳市襄城区 古城街道 北街 23号',
    ]);
    expect(found('被征收人卜德清，手机15927 3104 86，补偿款汇入6228480318 7742 05914。', 'mobile')).toEqual([
      '15927 3104 86',
    ]);
    expect(found('被征收人卜德清，手机15927 3104 86，补偿款汇入6228480318 7742 05914。', 'bank_card')).toEqual([
      '6228480318 7742 05914',
    ]);
  });

  it('keeps the spaces that mean something: names in a list, a 准考证号 before a name', () => {
    expect(found('入围名单：24110802033 欧阳雪晴 86.50；24110802117 汤立 84.25。', 'person_name')).toEqual([
      '欧阳雪晴',
      '汤立',
    ]);
    expect(found('表彰名单：郭文涛 沈佳怡 陆海峰', 'person_name')).toEqual(['郭文涛', '沈佳怡', '陆海峰']);
  });
});

describe('whose line, and addresses set out word by word (dev37, dev38, 2026-12-03 pm)', () => {
  it('joins an address whose words include one that names no level (西关 前街, 南城 大道)', () => {
    expect(found('3\t贺 明 珍\t荆州市沙市区 崇文街 街道 西关 后街 7号\t0716-8213 405', 'address')).toEqual([
      '荆州市沙市区 崇文街 街道 西关 后街 7号',
    ]);
    // (…but a list of names after a place is no address: 宁河区 王建 李娜 张强.)
    expect(found('宁河区 王建 张强 赵敏', 'address')).toEqual([]);
  });

  it('reads a row that opens with the number and names the person in the next cell as theirs', () => {
    expect(found('0731-8455 2190\t邹 海 燕\t询问补贴进度，工作人员告知可拨打0731-84552000查询。', 'landline')).toEqual([
      '0731-8455 2190',
    ]);
  });

  it('gives a line labelled right after an organisation to the organisation', () => {
    // (A person's employer owns the number labelled right after its name; a callback line after an office's name is the office's.)
    expect(
      found(
        '候选人周建华，住宜昌市西陵区夷陵路12号3栋201，所在单位宜昌市港务集团有限公司电话0717-6225100。',
        'landline',
      ),
    ).toEqual([]);
    expect(found('宜昌市西陵区民政局回电号码0717-6241 308，经办股室社会救助股。', 'landline')).toEqual([]);
    expect(found('当事人罗明德联系电话0717-6230418。西陵区街道综合执法队 0717-6230100', 'landline')).toEqual([
      '0717-6230418',
    ]);
  });

  it('passes over an organisation the person failed to report to, or asks which one to go to', () => {
    expect(
      found('当事人胡建强将其住房分隔出租，未向公安机关报送租客信息，罚款500元，联系电话0717-6321458。', 'landline'),
    ).toEqual(['0717-6321458']);
    expect(found('留言：我叫郑丽，孩子明年上初中，应该去哪个学校报名？电话0717-6325519。', 'landline')).toEqual([
      '0717-6325519',
    ]);
  });

  it('keeps a home’s line the home’s, and an applicant’s apart from the agency that answers (被申请人)', () => {
    // (A room of the house, 1号窗口, and a subject taught, 学科类, are no organisations.)
    expect(
      found(
        '当事人龚德顺从其住宅宜昌市伍家岗区桔城路8号3楼1号窗口私拉电线充电，罚款500元。联系电话0717-6419327。',
        'landline',
      ),
    ).toEqual(['0717-6419327']);
    expect(found('家长邹海涛反映校外学科类培训收费过高，联系电话0717-6328841。', 'landline')).toEqual(['0717-6328841']);
    expect(found('被执行人预留座机0717-6552 814，其妻手机13972012345。', 'landline')).toEqual(['0717-6552 814']);
    expect(found('申请人龚婷另留其父座机0717 6408317；被申请人联系人电话0717-6408300。', 'landline')).toEqual([
      '0717 6408317',
    ]);
  });
});

describe('whose line, and text from attachments (dev39, 2026-12-03 evening)', () => {
  it('reads past spaces beside half-width punctuation, and an estate as a part of an address set out word by word', () => {
    expect(found('廖 春 生 ,钦州市钦南区 水东街道 二马路 16号', 'address')).toEqual([
      '钦州市钦南区 水东街道 二马路 16号',
    ]);
    expect(
      found('通讯地址酒泉市肃州区 西大街 街道 富康家园 12号楼 1单元 304；电话0937-2631 584。', 'person_name'),
    ).toEqual([]);
  });

  it('joins a CSV row’s address and a number cut where its line ended, beside the row’s commas', () => {
    expect(found('1,郝占山,赤峰市松山区 穆家营子镇 大营子村 三组,0476-5917328,拒不履行支付令', 'address')).toEqual([
      '赤峰市松山区 穆家营子镇 大营子村 三组',
    ]);
    expect(found('王海英,海口市龙华区 金垦路 5号,0898-66810 395', 'landline')).toEqual(['0898-66810 395']);
    // (…but not an amount's comma: 5,000 stays one figure.)
    expect(found('补偿款 5,000 3 元', 'landline')).toEqual([]);
  });

  it('gives a school or an institute the line right after its name, not a home in its staff quarters', () => {
    expect(
      found(
        '申请人谷大全，电话0812-3326150。攀枝花市职业病防治院0812-3351620。许昌市第一中学 0374-2173506。',
        'landline',
      ),
    ).toEqual(['0812-3326150']);
    expect(
      found(
        '申请人吕国华说，文书寄到原来那套房了，在保定市莲池区裕华东路五四中学家属院3排5号，电话0312-690 6465也停了。',
        'landline',
      ),
    ).toEqual(['0312-690 6465']);
  });

  it('reads 留言电话 and a 咨询人’s line as the writer’s, and 请来电 in an answer as the office’s', () => {
    expect(found('工伤咨询：咨询人岑文斌问，公司不报工伤怎么办？留言电话0776-2836514。', 'landline')).toEqual([
      '0776-2836514',
    ]);
    expect(found('问：能否寄到我家？我的座机0551 65128374。答：可以，请来电0564-3368509登记。', 'landline')).toEqual([
      '0551 65128374',
    ]);
  });

  it('reads a line as the person’s when a relative acts for them (代办), or the sentence is about what is theirs (其名下)', () => {
    expect(found('被征收人年逾八旬，由外孙女郑晓雯代办（电话0514-87961234）。', 'landline')).toEqual(['0514-87961234']);
    expect(
      found('其名下货车已被扣押，联系电话0371-6596 1234；金水区劳动保障监察大队电话0371-65501234。', 'landline'),
    ).toEqual(['0371-6596 1234']);
  });

  it('reads what the text says of a line after it: 其住宅, 系其原工作单位…电话, 实为…办事处号码, 该号码为其家中座机', () => {
    expect(
      found('被征收人傅志新反映，其曾拨打区征收办电话0719-8651234未获答复，要求回电至其住宅0719-8675678。', 'landline'),
    ).toEqual(['0719-8675678']);
    expect(
      found(
        '当事人黎国强原电话0898-65321234（系其原工作单位龙华区供销社电话）更正为0898-68541234（住宅）。',
        'landline',
      ),
    ).toEqual(['0898-68541234']);
    expect(
      found(
        '申请人符海英称，公示的“联系电话0898-66281234”实为美兰区海府街道办事处号码，其家中电话为0898-65711234，请予更正。',
        'landline',
      ),
    ).toEqual(['0898-65711234']);
    expect(
      found(
        '工作人员拨打0913-2181234，由郝春生的老伴接听，确认该号码为其家中座机；信用办电话0913-2101234。',
        'landline',
      ),
    ).toEqual(['0913-2181234']);
    expect(
      found(
        '来电人：闫国梁　来电号码：0371-82301234（经核实为来电人所在公司郑州宏远机械有限公司前台电话）。',
        'landline',
      ),
    ).toEqual([]);
  });

  it('reads a CSV row or one flattened with bars as a table row, its label cells and the parts of a spaced address numbered after a word', () => {
    expect(found('来信人,莫志强,住址,玉林市玉州区名山街道城站路19号,电话,0775-2827613', 'address')).toEqual([
      '玉林市玉州区名山街道城站路19号',
    ]);
    expect(
      found('在册户明细,3,何 小 兵,2,南充市顺庆区 中城街道 文化路 13号 附2号 1单元5楼,0817-2271 608,840', 'address'),
    ).toEqual(['南充市顺庆区 中城街道 文化路 13号 附2号 1单元5楼']);
    expect(
      found('2,母 秀 珍,1,南充市顺庆区 舞凤街道 人民北路 81号院 平房5号,0817-2251 493,"1,620"', 'landline'),
    ).toEqual(['0817-2251 493']);
    expect(found('来信人|莫志强|住址|玉林市玉州区名山街道城站路19号|电话|0775-2827613', 'address')).toEqual([
      '玉林市玉州区名山街道城站路19号',
    ]);
    // (A sentence of amounts is no row.)
    expect(findPersonalInformation('补偿款分别为5,000元,12,000元,3,000元和800元')).toEqual([]);
  });

  it('reads 家庭联系电话 as a home’s, and a 报名邮箱 as the applicant’s when the clause names them', () => {
    expect(
      found(
        '“诚信家庭”红榜：欧秀兰家庭，推荐单位珊瑚社区居委会，社区电话0877-2031234；家庭联系电话0877-2061234。',
        'landline',
      ),
    ).toEqual(['0877-2061234']);
    expect(
      found('信用修复网上培训回执：学员钱永华，报名邮箱qianyonghua1975@163.com，座机0512-65311234。', 'email'),
    ).toEqual(['qianyonghua1975@163.com']);
    expect(
      found(
        '资格复审结果告知：梁思琪，你的资格复审已通过；报名咨询电话023-63771234，报名邮箱yzqrsj_fs@163.com。',
        'email',
      ),
    ).toEqual([]);
  });

  it('finds a home by a block named with a letter, and one a person does something before the door of', () => {
    expect(found('来电人季淑芬，住贵阳市南明区花果园街道花果园路5号 B区3栋2单元1206。', 'address')).toEqual([
      '贵阳市南明区花果园街道花果园路5号 B区3栋2单元1206',
    ]);
    expect(found('申请人吕桂兰因其父去世，在漳州市芗城区南坑街道北京路61号门前搭设灵棚三日。', 'address')).toEqual([
      '漳州市芗城区南坑街道北京路61号',
    ]);
    expect(found('当事人 邬 明 辉 在 商洛市商州区 城关街道 北新街 23号 门前燃放烟花，罚款500元。', 'address')).toEqual([
      '商洛市商州区 城关街道 北新街 23号',
    ]);
    // (…not where an office does something: no person is named.)
    expect(found('天宁区环卫所在人民路1号门前设置了垃圾分类亭。', 'address')).toEqual([]);
  });

  it('takes no name from a word read on from the word before it, and a Tibetan name before 问', () => {
    expect(found('擅自飞线充电：任晓东，从自家窗户向外拉线给电动车充电，电话0919-3186250。', 'person_name')).toEqual([
      '任晓东',
    ]);
    expect(found('在线咨询：次仁卓嘎问，老人高龄补贴何时发放？', 'person_name')).toEqual(['次仁卓嘎']);
  });
});

describe('a landline however it is written, and whose (dev41, dev42, 2026-12-03)', () => {
  it('reads a number alike whatever dash, digits or punctuation the writer or the extraction used', () => {
    // (An em dash in a person's cell, full-width digits in a row that is therefore no header.)
    expect(found('陈国富\t市中区张公桥街道嘉定北路盐关街42号\t领取期限12个月\t0833—2136507', 'landline')).toEqual([
      '0833—2136507',
    ]);
    expect(
      found('民宿登记\t杨丽珠\t大理市喜洲镇周城村委会中和邑村\t自家院落\t电话０８７２－７７５７７１４', 'landline'),
    ).toEqual(['０８７２－７７５７７１４']);
    // (A home's line after 家里 is no house number of a 里: 我家里0576—…, +86 too.)
    expect(found('您要核实也可以打我家里0576—60768979。', 'landline')).toEqual(['0576—60768979']);
    expect(found('您要核实也可以打我家里+86-576-60768979。', 'landline')).toEqual(['+86-576-60768979']);
    // (A room number and an area code are two numbers: …2单元301 0777-2836154.)
    expect(found('低保渐退期人员名单：黎志华 钦州市钦南区向阳街道人民路17号2单元301 0777-2836154', 'landline')).toEqual(
      ['0777-2836154'],
    );
    // (After an area code, a local number cut at an odd place, as scans leave it; not a bare one.)
    expect(found('住户皮长春的宅电0352—2 836417，另一处0438-36171 11。', 'landline')).toEqual([
      '0352—2 836417',
      '0438-36171 11',
    ]);
    expect(found('住户皮长春家庭电话0813 -8 174526，补偿面积2 836417平方厘米。', 'landline')).toEqual([
      '0813 -8 174526',
    ]);
    // (…with dots, a doubled dash, a 一 typed or read for a dash, or a dash at an odd place.)
    for (const n of ['0755.8836.2917', '0755--88362939', '0755一88362936', '0755-883-62942'])
      expect(found(`申请人王建国，家庭电话${n}。`, 'landline')).toEqual([n]);
    // (…after a name and a dash as a separator, or after the city written after the label; not after a code's dash.)
    expect(found('结对名单：隋玉华-0459-5863128-让胡路区西宾街道。', 'landline')).toEqual(['0459-5863128']);
    expect(found('申请人本人电话北京59165751，宅电天津87909857。', 'landline')).toEqual(['59165751', '87909857']);
    expect(found('档案编号A-0459-5863129。', 'landline')).toEqual([]);
    // (A CSV row: a local number cut after an ID number's comma, not a thousands separator's.)
    expect(found('靳玉梅,370102198802046421,0531-887 26314,2025-02-20', 'landline')).toEqual(['0531-887 26314']);
    expect(
      found('宫晓红,烟台市芝罘区只楚路22号3单元502,0535-6 621784,芝罘区畜牧兽医站,0535-6 623017', 'landline'),
    ).toEqual(['0535-6 621784']);
    // (Half-width colons beside words are OCR's, not a CSV row's cells.)
    expect(
      found(
        '送 达 记 录 被 申 请 人 : 晋 城 市 泽 丰 物 流 有 限 公 司 , 电 话 : 0356-36 28105 ; 申 请 人 : 贾 银 生 , 电 话 : 0356-36 27419 , 地 址 : 泽州县 巴公镇 西郜村 东街 17号',
        'landline',
      ),
    ).toEqual(['0356-36 27419']);
    // (Half-width brackets beside Chinese are read as full-width: a list of names with their lines.)
    expect(
      findPersonalInformation('请以下人员到街道领取:王文明(0898-66528104)、陈海燕(66217539)。').map((f) => f.text),
    ).toEqual(['王文明', '0898-66528104', '陈海燕', '66217539']);
    // (座机 is a label like 电话, in a form's cell too.)
    expect(found('座机\t0952-6051837', 'landline')).toEqual(['0952-6051837']);
  });

  it('gives a home its line when the text says so in words the rules had not known', () => {
    expect(found('工作人员当场记下老人家里的号码0355-2 315847，老人名叫郭来福。', 'landline')).toEqual([
      '0355-2 315847',
    ]);
    // (An extension reached through a works' switchboard.)
    expect(
      found(
        '被申请人毛德胜，住大庆市萨尔图区东风新村纬二路14栋3门，联系电话0459-4617203转2215（经厂区总机转接）。',
        'landline',
      ),
    ).toEqual(['0459-4617203转2215']);
    // (A city written before a bare local number.)
    expect(found('诉讼服务电话022-23302158；原告霍建英预留电话：天津28357416。', 'landline')).toEqual(['28357416']);
    // (A business kept at home, its line in the next clause after a semicolon.)
    expect(found('杨宏伟的律师工作室设在住宅内；工作室电话0851-27361558。', 'landline')).toEqual(['0851-27361558']);
    // (…but not an official's line given after the keeper's.)
    expect(found('当事人孙桂芳，摊位电话即家中电话0998 2 718463，执法人员工作电话0998-2 826107。', 'landline')).toEqual(
      ['0998 2 718463'],
    );
  });

  it('leaves an office its line when its name or its staff come before it', () => {
    expect(
      found('诉求人邬佩玲，家中电话（010）64018273；承办单位什刹海街道，电话（010）66123580。', 'landline'),
    ).toEqual(['（010）64018273']);
    expect(
      found('我叫丁一鸣，家里电话23517846，请问何时开始？答复：请咨询河西区住建委，电话23381509。', 'landline'),
    ).toEqual(['23517846']);
    expect(
      found('家庭农场名录：俞春林　农场电话（即家中座机）0599 6512384　乡农技站0599-6 522106', 'landline'),
    ).toEqual(['0599 6512384']);
    expect(found('2,覃美玲,0771-5 713268,南宁市武鸣区农村信用合作联社,0771-6 223408', 'landline')).toEqual([
      '0771-5 713268',
    ]);
    expect(found('请孔庆海户于周三在家，测量队联系电话0537—2318765；户主留的电话0537—2435217。', 'landline')).toEqual([
      '0537—2435217',
    ]);
    expect(found('邓秀珍说：“订餐打食堂0817-2 812036，有事打我家0817-2 831265”。', 'landline')).toEqual([
      '0817-2 831265',
    ]);
    expect(
      found(
        '申请人范振江，电话0335-3218647不是本人号码，系西港镇人民调解委员会电话；本人住宅电话0335-5327146。',
        'landline',
      ),
    ).toEqual(['0335-5327146']);
    expect(found('覃福生独居，请社区上门看望。柳北区雀儿山街道 +86-772-2815307。', 'landline')).toEqual([]);
  });
});

describe('a two-character name after a private role (2026-12-03)', () => {
  it('finds it after roles the lists name and roles told by their last character', () => {
    expect(found('应聘者王芳提交的简历显示学历为本科。', 'person_name')).toEqual(['王芳']);
    expect(found('网民张芳留言：小区路灯坏了。', 'person_name')).toEqual(['张芳']);
    expect(found('旅居加拿大的侨胞李芳来信询问祖屋修缮政策。', 'person_name')).toEqual(['李芳']);
    expect(found('信用承诺违诺情况公示：承诺人王芳在申请登记时承诺经营场所即本人住所。', 'person_name')).toEqual([
      '王芳',
    ]);
    expect(found('养鸡户刘军介绍了发展经验。', 'person_name')).toEqual(['刘军']);
    expect(found('利害关系人查询结果告知：查询人赵敏申请查询其父生前名下房产。', 'person_name')).toEqual(['赵敏']);
  });

  it('reads no name out of a word that goes on from the role, nor an official’s', () => {
    expect(found('其户籍地为长沙市望城区白箬铺镇光明村陈家冲组。', 'person_name')).toEqual([]);
    expect(found('苏州市吴中区劳动人事争议仲裁委员会仲裁裁决书　吴劳人仲案字〔2026〕第1127号', 'person_name')).toEqual(
      [],
    );
    expect(found('有没有人管管啊！大卡车天天从我们村里过。', 'person_name')).toEqual([]);
    expect(found('回访人宁海波于2024年7月回访，店内已不再占道经营。', 'person_name')).toEqual([]);
    expect(found('投标人江西宏远建设有限公司提供虚假业绩。', 'person_name')).toEqual([]);
  });
});

describe('whose line, in the words of dev43 (2026-12-03)', () => {
  it('gives a person the line they left, their home’s or the one said after it to be theirs', () => {
    expect(
      found(
        '联系方式变更告知函：原留存的0451-86723915已停用，请改为0451-84652307，此号为我家里座机。告知人：栾淑华。',
        'landline',
      ),
    ).toEqual(['0451-86723915', '0451-84652307']);
    expect(
      found(
        '冯国强，您反映的问题已转市中区人社局（0833-2136017）办理，工作人员已拨打您留的0833－2431786核实。',
        'landline',
      ),
    ).toEqual(['0833－2431786']);
    expect(found('6月2日回访员拨打0534-2617385(信访人吉永贵住宅电话)，吉本人表示满意。', 'landline')).toEqual([
      '0534-2617385',
    ]);
    expect(found('经营者莫振邦，住所电话0774-3627518；梧州市行政审批局 0774-3862017。', 'landline')).toEqual([
      '0774-3627518',
    ]);
    expect(found('次旦平措老人说，以前要打村委会电话0893-7823016，现在家里装了座机0893-7826154。', 'landline')).toEqual(
      ['0893-7826154'],
    );
  });

  it('leaves an institute, a utility or a section of an office its line, and a year with its serial alone', () => {
    expect(
      found('资格复审通知：考生孟凡超家长电话0555 8216 374，马鞍山市人事考试院 0555 2489 062。', 'landline'),
    ).toEqual(['0555 8216 374']);
    expect(
      found('请郭二平（０３１６－２６１７３５４）于周五在家等候；廊坊新奥燃气 ０３１６－２０８１２３０。', 'landline'),
    ).toEqual(['０３１６－２６１７３５４']);
    expect(found('答复：您所在的小区属2025年改造计划。联系人：城建股，0350-3035270。', 'landline')).toEqual([]);
    expect(found('依申请公开登记台账 | 2025-018 | 山西晋北律师事务所 | 行政处罚 | 已答复', 'landline')).toEqual([]);
  });
});

describe('whose line, in the records an office keeps of telephoning (dev44, 2026-12-03)', () => {
  it('gives a person a number changed or corrected after theirs, the one they left, rang from or were rung at home on', () => {
    expect(
      found(
        '按被执行人留下的电话0535-6724318拨打，提示空号；经派出所（0535-6623015）协查，其已改号为0535-6237941。',
        'landline',
      ),
    ).toEqual(['0535-6724318', '0535-6237941']);
    expect(found('补正告知电话记录：拨打于海洋预留的0532-86251347提示“暂时无法接通”。', 'landline')).toEqual([
      '0532-86251347',
    ]);
    expect(found('工作人员致电孟庆祥家（0431-87642153），其老伴接听。', 'landline')).toEqual(['0431-87642153']);
    expect(
      found('白玉来信说，她从0512-65386415打到市长信箱热线，没人接。苏州市信访局电话0512-65121037。', 'landline'),
    ).toEqual(['0512-65386415']);
    expect(found('网友来电（号码0371-63825417）的范德明问：能否上门助浴？', 'landline')).toEqual(['0371-63825417']);
    expect(found('当事人吕德旺回拨至处罚机关时使用的0532-87632154为其妹妹家电话。', 'landline')).toEqual([
      '0532-87632154',
    ]);
  });
});

describe('people hard to name in rows and brackets (dev45, 2026-12-03)', () => {
  it('reads a name that is a word in a row that gives a house, and a row between a table’s outer bars', () => {
    expect(found('3\t文静\t九江市浔阳区甘棠北路石板巷6号\t0792-8361547\t307,914.00', 'person_name')).toEqual(['文静']);
    expect(found('3\t文静\t九江市浔阳区甘棠北路石板巷6号\t0792-8361547\t307,914.00', 'landline')).toEqual([
      '0792-8361547',
    ]);
    expect(
      findPersonalInformation('| 格桑 | 林芝市巴宜区八一镇育才东路巷16号 | 0894 5 8 2 1 7 3 4 | 已签约 |').map(
        (f) => f.type,
      ),
    ).toEqual(['person_name', 'address', 'landline']);
  });

  it('reads a name that opens its clause with a house in brackets after it, not a document’s title', () => {
    expect(
      found('居民公约修订意见反馈：尚武（铁岭市银州区工人街道柴河街北三巷7号）建议增设停车位。', 'person_name'),
    ).toEqual(['尚武']);
    expect(found('四川省绵阳市涪城区人民政府办公室补正申请通知书（涪城区安昌路17号）', 'person_name')).toEqual([]);
  });
});

describe('a person told by their people or by what they do after a label (dev45, 2026-12-03)', () => {
  it('reads a name that is a word when a people follows it in brackets or a person’s act follows the label', () => {
    expect(found('选调生拟录用名单：海燕（回族），家长电话0951-5026347。', 'person_name')).toEqual(['海燕']);
    expect(found('北京12345工单：诉求人白云反映楼下烧烤油烟。', 'person_name')).toEqual(['白云']);
  });
});

describe('whose line, in tables and forms (dev47, 2026-12-03)', () => {
  it('gives a person the number they left, and the one an office in brackets only passes messages to', () => {
    expect(
      found('第三人王女士未到庭，其留存电话(0734)8561932无人接听，书记员改拨其单位(0734)8227460转达。', 'landline'),
    ).toEqual(['(0734)8561932']);
    expect(found('推荐对象乔木，联系电话0919-3 185274（铜川市耀州区文旅局0919-6182034代转）。', 'landline')).toEqual([
      '0919-3 185274',
    ]);
  });
});

describe('a household’s extension through a works’ switchboard (dev37, dev39)', () => {
  it('is the household’s when the sentence speaks of its home, not an office’s switchboard beside a person', () => {
    expect(
      found(
        '被询问人彭德胜补充：我老婆谭桂香在株洲冶炼厂家属区住，电话是厂里总机转的0731-28396100转4417，厂办电话0731-28396101。',
        'landline',
      ),
    ).toEqual(['0731-28396100转4417']);
    expect(
      found('来访人贾春英系阳泉矿务局退休职工，家属宿舍电话经单位总机转接：0353-7056382转3218。', 'landline'),
    ).toEqual(['0353-7056382转3218']);
    expect(found('申请人王建国住城南小区，区政府总机0512-65123456转806。', 'landline')).toEqual([]);
  });
});

describe('a person’s line at work, and lines said afterwards to be theirs (dev48, 2026-12-03)', () => {
  it('gives a person the line where they work or a relative answers, said to be theirs', () => {
    expect(
      found(
        '当事人称白天可拨打其在医院护士站的座机0719-8634502找本人，本院诉讼服务中心0719-8611049不代转。',
        'landline',
      ),
    ).toEqual(['0719-8634502']);
    expect(
      found(
        '申请人戚秀兰电话0631-5392841无人接听，改拨其丈夫在海运码头值班室的座机0631-5216473，由本人接听。',
        'landline',
      ),
    ).toEqual(['0631-5392841', '0631-5216473']);
    expect(
      found('“敬业奉献模范”候选人吉克阿呷，在单位的办公座机0834-3278165（本人），单位办公室0834-3216027。', 'landline'),
    ).toEqual(['0834-3278165']);
    expect(
      found(
        '答：家里座机0531-8715 3826，我在厂里上班可打0531-87261904转8536找我，厂总机就是0531-87261904。',
        'landline',
      ),
    ).toEqual(['0531-8715 3826', '0531-87261904转8536']);
    expect(
      found(
        '南宁12345回访：回访号码0771-5617 238，由诉求人的侄子接听转告；西乡塘区市场监管局0771-3125068。',
        'landline',
      ),
    ).toEqual(['0771-5617 238']);
    expect(found('学校总机0817-2206315，其家属宿舍分机0817-2206315-4621。', 'landline')).toEqual(['0817-2206315-4621']);
  });

  it('leaves a line an office answers, a note about a person, and a works line said not to be called alone', () => {
    expect(found('被申请人桂林漓味餐饮有限公司电话0773-2856014，由其行政人员接听。', 'landline')).toEqual([]);
    expect(
      found('尹光明\t南郑区协税镇青树村五组\t土地流转费\t村委会0916-5741360（本人耳背，请村干部转告）', 'landline'),
    ).toEqual([]);
    expect(
      found('董卫国来信说：“我家电话0635-8216743，我在单位的电话0635-8412906是厂里的，别打。”', 'landline'),
    ).toEqual(['0635-8216743']);
  });
});

describe('a person’s row giving an organisation’s line and then their own (dev51)', () => {
  it('takes both lines after the organisation’s cell for the person’s, whichever the organisation’s is', () => {
    // (Tables give the organisation's line first about as often as last: a miss publishes a number.)
    const row = '1\t晋中复字〔2026〕41号\t温振川\t榆次区第二中学\t0354-3062418\t0354-2217596\t本人接听';
    expect(found(row, 'landline')).toEqual(['0354-3062418', '0354-2217596']);
    // (…though the name reads as a word, and the row is a CSV one.)
    expect(found('3,黎明,成都市双流区农业农村局,028-85801630,028-85762413,优秀信用户', 'landline')).toEqual([
      '028-85801630',
      '028-85762413',
    ]);
  });
  it('reads a CSV row’s quoted cells, and an organisation’s cell with a note after it', () => {
    expect(
      found('"2026-11-12",武林,"忻州市忻府区长征街小学",0350-3021876,0350-3368142,"信用承诺已履行"', 'landline'),
    ).toEqual(['0350-3021876', '0350-3368142']);
    expect(found('11月9日\t牛建业\t蔚县南留庄镇人民政府（包联单位）\t0313-7116248\t0313-7025369', 'landline')).toEqual([
      '0313-7116248',
      '0313-7025369',
    ]);
  });
  it('leaves a lone line after a person’s school theirs, and an office’s row the office’s', () => {
    expect(found('季晓霞\t女\t江苏医药职业学院\t0515-88159512', 'landline')).toEqual(['0515-88159512']);
    expect(found('1\t榆次区第二中学\t0354-3062418\t0354-3062419', 'landline')).toEqual([]);
  });
});

describe('an organisation whose own number was given in brackets (dev49)', () => {
  it('does not own a later number in the sentence, but may own a mailbox', () => {
    expect(
      found(
        '诉求人李永寿反映村里自来水问题，威远镇卓扎滩村委会（0972-8321056）已答复，回访电话0972-8354217。',
        'landline',
      ),
    ).toEqual(['0972-8354217']);
    expect(found('富裕县人力资源和社会保障局（0452-3122960），邮箱fyxrsjsz@163.com。', 'email')).toEqual([]);
  });
});

describe('a household’s line said as such (dev50)', () => {
  it('is the household’s after 该户, 本户 or 此户, and a line a patient is reached on in hospital is theirs', () => {
    expect(
      found('经查，爱山街道劳动路76号住户从三楼窗口拉线充电，该户座机0572-2471835，户主沈建华。', 'landline'),
    ).toEqual(['0572-2471835']);
    expect(found('原登记电话0394-8213745（村委会）改为本户座机0394-8352617。', 'landline')).toEqual(['0394-8352617']);
    expect(found('可按你在医院登记的陪护电话0816-2391645约定时间送达。', 'landline')).toEqual(['0816-2391645']);
  });
});

describe('a line said after it to be a person’s (dev52, dev53)', () => {
  it('is theirs though its label is an office’s word', () => {
    expect(
      found(
        '咨询电话：0883-2125463转801（临翔区政务服务中心）；申请人罕俊华咨询电话：0883-2138574（本人家中）。',
        'landline',
      ),
    ).toEqual(['0883-2138574']);
    expect(found('当事人祝丽娟在家中经营网店，店铺客服座机0453-6925173即其家中电话。', 'landline')).toEqual([
      '0453-6925173',
    ]);
    expect(found('护林员蒙德贵的值班电话0778-6231745实为其家中座机，林业站电话0778-6238001。', 'landline')).toEqual([
      '0778-6231745',
    ]);
    expect(
      found('经核实，申请表所填“办公电话0411-82516473”为申请人孔令辉本人在单位的专用座机，予以登记。', 'landline'),
    ).toEqual(['0411-82516473']);
  });
  it('is theirs when they filled it in, or given in brackets after their home', () => {
    expect(
      found(
        '你反映的事项已由多宝街道办事处办理，联系电话：020-81267403。你所填回访电话020-81536274无人接听。',
        'landline',
      ),
    ).toEqual(['020-81536274']);
    expect(found('第三方于3月20日在其家中（电话+86-816-6281735）当面提交书面意见。', 'landline')).toEqual([
      '+86-816-6281735',
    ]);
  });
  it('is theirs in brackets after them, said to be their home’s, or labelled as their own room’s or ward’s', () => {
    expect(found('当事人姜宝林（电话0453-6382174，系其家中电话）。', 'landline')).toEqual(['0453-6382174']);
    expect(found('温海波（南宁市第二人民医院医生，本人科室座机0771-2862417），入住人才公寓。', 'landline')).toEqual([
      '0771-2862417',
    ]);
    expect(found('冯小川由所在站点推荐，站点电话08138205631，本人住处座机(0813) 2157439。', 'landline')).toEqual([
      '(0813) 2157439',
    ]);
  });
  it('is an office’s still when said to be one', () => {
    expect(found('联系电话0453-6918420，系本局值班电话。', 'landline')).toEqual([]);
    expect(found('来信人（电话0453-6918421，系该所值班电话）。', 'landline')).toEqual([]);
  });
});

describe('an office’s line given to be rung back or named by its place (dev52, dev54)', () => {
  it('is the office’s when a party is asked to ring it, or after 场部, 车间 or 登记点', () => {
    expect(
      found(
        '本机关两次致电申请人晏春华留存的电话0898-65427318未接通，请申请人回电0898-65342196（政务公开办）。',
        'landline',
      ),
    ).toEqual(['0898-65427318']);
    expect(
      found('护林员覃大海一家住在场部旁，林场场部电话0717 781 2036，他家的座机0717-7816452装在堂屋里。', 'landline'),
    ).toEqual(['0717-7816452']);
  });
  it('is the person’s who answered it', () => {
    expect(
      found('执行款领取电话通知：+86 10 6273 5814，宋金花本人接听；执行局财务 010-6320 4715。', 'landline'),
    ).toEqual(['+86 10 6273 5814']);
  });
  it('is still the writer’s when they ask to be rung back', () => {
    expect(found('我是退休职工王桂兰，楼道灯坏了三个月，请回电0535-6283719。', 'landline')).toEqual(['0535-6283719']);
  });
});

describe('an organisation that names a place or a title (dev50, dev54)', () => {
  it('owns no line when it names a person’s housing, a spot beside it, or an event in quotation marks', () => {
    expect(found('公租房轮候家庭电话复核：宁长顺，住贵糖集团宿舍，电话0775-4236817。', 'landline')).toEqual([
      '0775-4236817',
    ]);
    expect(found('“政府开放日”报名登记第7号：报名人未署名，电话(0717)8364152，同行2人。', 'landline')).toEqual([
      '(0717)8364152',
    ]);
  });
  it('still owns its line in a quotation that is speech, and its dormitory’s line', () => {
    expect(found('“我打过法院电话，0898-66183270，接线的同志让我去诉讼服务中心。”', 'landline')).toEqual([]);
    expect(found('陇正林，原务工单位宿舍电话0755-2895 3016（已离职，不再使用）。', 'landline')).toEqual([]);
  });
});

describe('a person’s plain line before an office’s own, in one sentence (dev57)', () => {
  it('is the person’s, though the office that acted on their matter was named nearer it', () => {
    expect(
      found('申请人邹桂香的申请经泰和县民政局审核，联系电话0796-5321847，审核单位电话0796-5298013。', 'landline'),
    ).toEqual(['0796-5321847']);
    expect(
      found('来信人反映其父独居，已转区民政局走访，其父座机0357-2614538；区民政局电话0357-2091726。', 'landline'),
    ).toEqual(['0357-2614538']);
  });
  it('reads past lines listed together, to an office’s line or its staff’s', () => {
    expect(
      found(
        '继承人祁永昌、祁永福的申请经区不动产登记中心受理，二人电话分别为0393-4418526、0393-4427103，登记中心电话0393-4401122。',
        'landline',
      ),
    ).toEqual(['0393-4418526', '0393-4427103']);
    expect(
      found('受送达人柏秀云，经区法院送达，回访座机0393-4418527，送达人联系电话0393-4401123。', 'landline'),
    ).toEqual(['0393-4418527']);
  });
  it('is still the office’s where no person is named, or the organisation is a party itself', () => {
    expect(found('经泰和县民政局审核，联系电话0796-5321847，审核单位电话0796-5298013。', 'landline')).toEqual([]);
    expect(
      found('申请执行人卢志刚，被执行人泰和县宏达建材有限公司，电话0796-5321847，法院电话0796-5298013。', 'landline'),
    ).toEqual([]);
    // (…nor where the office was given as a field whose details follow.)
    expect(
      found(
        '孔令和：你反映的问题已受理，承办单位泰和县住建局，联系电话0796-5321848，承办人办公电话0796-5321849。',
        'landline',
      ),
    ).toEqual([]);
  });
});

describe('a person’s row that opens with a case’s or a file’s number (dev56, dev57)', () => {
  it('is still a person’s row: their line after the office that handled them is theirs', () => {
    expect(found('QX2026-114\t卞秋萍\t淮安市清江浦区人民政府办公室\t0517-83425196', 'landline')).toEqual([
      '0517-83425196',
    ]);
    expect(found('淮交罚〔2026〕2231号\t卞秋萍\t超限运输\t0517 8342519', 'landline')).toEqual(['0517 8342519']);
  });
  it('leaves the line of an office the row gives as the other party, or under an office’s label, the office’s', () => {
    expect(
      found('2026-10-09\t卞秋萍\t申请诉前调解\t被申请人淮安市清江浦区人民政府\t0517-83425197', 'landline'),
    ).toEqual([]);
    expect(found('2026-05-12\t卞秋萍\t0517-83425198\t满意\t回访单位电话\t0517-83425199', 'landline')).toEqual([
      '0517-83425198',
    ]);
  });
});

describe('a line whose label is an office’s word, shown to be a person’s (dev60)', () => {
  it('is the person’s who answered it, or whose home it is said to ring in', () => {
    expect(found('工作人员按申请表所留咨询电话0719-8264517回拨，接听者为申请人殷春梅之女。', 'landline')).toEqual([
      '0719-8264517',
    ]);
    expect(found('工作人员按工单所留电话0719-8264518回拨，接听者为街道值班人员。', 'landline')).toEqual([]);
    expect(found('村卫生室的值班电话0719-8264519是村医鲍德英家的座机。', 'landline')).toEqual(['0719-8264519']);
  });
  it('is a sole trader’s own, for a business they keep themselves', () => {
    expect(
      found('个体修车铺老板符建勋夜里也接活，服务电话0719-8264520；区交通运输局电话0719-8201133。', 'landline'),
    ).toEqual(['0719-8264520']);
    expect(found('十堰市张湾区汽修协会服务电话0719-8264521。', 'landline')).toEqual([]);
    // (A notice to traders gives the office's line.)
    expect(found('个体工商户登记请到区市场监管局办理，咨询电话0719-8264522。', 'landline')).toEqual([]);
  });
});

describe('where a person works, studies or lies, said with 在', () => {
  it('is no owner of the line that follows', () => {
    expect(found('来信人邝美华在市第一人民医院做护工，电话0734-8325201。', 'landline')).toEqual(['0734-8325201']);
    expect(found('申请人韦德明在衡阳华菱钢管有限公司上班，联系电话0734-8325202。', 'landline')).toEqual([
      '0734-8325202',
    ]);
    expect(found('原告晏春生，系衡阳市运输公司司机，电话0734-8325211。', 'landline')).toEqual(['0734-8325211']);
  });
  it('reads a form’s employer field set apart by single spaces', () => {
    expect(found('姓名：韩玉梅 工作单位：雁峰区妇幼保健院 联系电话：0734-8325312', 'landline')).toEqual([
      '0734-8325312',
    ]);
  });
  it('leaves the line of an official who works in a public body the office’s', () => {
    expect(found('李明同志现在区委办公室工作，办公电话0734-8325601。', 'landline')).toEqual([]);
    expect(found('王芳在区纪委监委任职，联系电话0734-8325602。', 'landline')).toEqual([]);
  });
  it('leaves an office named with 在 for what is done there the office’s', () => {
    expect(found('申请人可在区政务服务中心办理，电话0734-8325216。', 'landline')).toEqual([]);
  });
});

describe('an organisation’s line told by its column or its label (dev59)', () => {
  it('is the organisation’s under a column headed as its line, the person’s under their own', () => {
    const table = '当事人\t工作单位\t单位电话\t本人电话\n谷长海\t张店区第五中学\t0533-2713806\t0533-5584199';
    expect(found(table, 'landline')).toEqual(['0533-5584199']);
    expect(
      found('当事人\t工作单位\t本人电话\t单位电话\n谷长海\t张店区第五中学\t0533-5584199\t0533-2713806', 'landline'),
    ).toEqual(['0533-5584199']);
  });
  it('is a shop’s, a mine’s or a works’ after a label naming it, unless the person keeps it at home', () => {
    expect(
      found('申请人柏红梅原在一家超市任收银员，超市电话0396-4712338，其家庭座机0396-8075612。', 'landline'),
    ).toEqual(['0396-8075612']);
    expect(found('村民黎国强在自家老宅开起了农家饭店，饭店电话0773-2151371。', 'landline')).toEqual(['0773-2151371']);
  });
});

describe('a line shown to be a person’s by what follows it, and offices named by their work (dev67, dev68)', () => {
  it('is a person’s said to ring in a relative’s or neighbour’s home, or answered by the person', () => {
    expect(found('面试通知：帅雨萱，报名电话0796 319 6318（父亲家），咨询电话0796-4251108。', 'landline')).toEqual([
      '0796 319 6318',
    ]);
    expect(found('本机关按申请人吴建平在申请表中留的咨询电话0998-3558887联系上其本人。', 'landline')).toEqual([
      '0998-3558887',
    ]);
    // (…not an office's line in brackets that reached the person: 由…办事处（0356-2027391）联系上其本人.)
    expect(found('后由晋城市城区东街街道办事处（0356-2027391）联系上其本人。', 'landline')).toEqual([]);
    // (…nor a business's: 生产厂家.)
    expect(found('售后电话0512-66281234（生产厂家）。', 'landline')).toEqual([]);
  });
  it('is a person’s tried before their other line, asked to be the only one, or in a shop they live in', () => {
    expect(
      found(
        '回访：工单回访莫振江，拨打0772-3714001无人接听，改拨其预留的另一号码0772 8146125（其女莫小琴家）。',
        'landline',
      ),
    ).toEqual(['0772-3714001', '0772 8146125']);
    expect(found('来电人石玉珍称站里电话010-56245553不是她家的，请以后只打010 2707 8005。', 'landline')).toEqual([
      '010 2707 8005',
    ]);
    expect(
      found('庹明杰：您留的单位电话0718-8223544（金桂社区食堂，系您与爱人承包经营并居住的门面）已登记。', 'landline'),
    ).toEqual(['0718-8223544']);
  });
  it('leaves an office’s line the office’s, though a home shop was spoken of before', () => {
    expect(
      found(
        '申请执行人蔺文华称今后可打其经营的五金店的0546-7850141（店面即自家门面房），不要再打东营区人民法院执行局0546-6371294转给他。',
        'landline',
      ),
    ).toEqual(['0546-7850141']);
    expect(
      found('申请人熊德华，宅电0712-5177678；公示期内如有异议请联系朋兴乡自然资源所，电话0712-3444846。', 'landline'),
    ).toEqual(['0712-5177678']);
    expect(found('委托诉讼代理人钟海涛，四川涪城律师事务所律师，所内电话0816-5766873。', 'landline')).toEqual([]);
    expect(found('考生之母来电，回电请打家里座机0818-5324827；已告知体检组电话0818-3067589。', 'landline')).toEqual([
      '0818-5324827',
    ]);
    expect(found('3\t黄德贵\t助人为乐\t0745-7751795（所在社区）\t红星街道', 'landline')).toEqual([]);
    expect(found('红榜推荐：汪德才，个体理发店经营者；街道推荐电话0551-35151359。', 'landline')).toEqual([]);
  });
});

describe('a person’s own desk at work, a vehicle’s company, and a list’s second line (dev69–dev72)', () => {
  it('is the person’s where it is said to reach them at their desk', () => {
    expect(found('“有事打我单位值班电话0471-8247656，夜里也有人接。”运行工其木格说。', 'landline')).toEqual([
      '0471-8247656',
    ]);
    expect(found('老伴陈美珠在老年大学管事，打她办公室0596 8172739也行。', 'landline')).toEqual(['0596 8172739']);
    expect(found('来函写明“白天请打宁波港埠公司调度室0574-28894398，那是我值班的座机”。', 'landline')).toEqual([
      '0574-28894398',
    ]);
    expect(
      found('群众卢玉清来电（来电号码0816-2686981，系其在绵阳市中心医院的科室电话）反映情况属实。', 'landline'),
    ).toEqual(['0816-2686981']);
    expect(
      found('经民警电话（其工作单位重庆港务集团调度室023-67429215，由同事叫其本人接听）通知到场。', 'landline'),
    ).toEqual(['023-67429215']);
    expect(
      found('纳税人骆晓春，单位电话0579-28473277（金华职业技术学院财务处，其本人在该处工作）。', 'landline'),
    ).toEqual(['0579-28473277']);
    expect(found('找她就打她杂货店的座机0596－8199654，店后面就是她家。', 'landline')).toEqual(['0596－8199654']);
    expect(found('拾到者请拨0315-6301225（家）或交乔屯派出所（0315-6062609）。', 'landline')).toEqual(['0315-6301225']);
    expect(found('本机关已按其所留电话0377-6858909（其岳母家，其妻在南阳市第二十中学任教）告知。', 'landline')).toEqual(
      ['0377-6858909'],
    );
    // (…not a line said only to be at the employer a writer works for, which sets label either way.)
    expect(found('我在济南上班，单位电话0531-50234211只能白天接。', 'landline')).toEqual([]);
  });
  it('reads past a vehicle’s company in brackets to the person the row is about', () => {
    expect(
      found(
        '网约车驾驶员证核发公示|甘宏亮|车牌 浙K·2T608（丽水众达汽车租赁有限公司）|联系电话0578 7814922',
        'landline',
      ),
    ).toEqual(['0578 7814922']);
  });
  it('leaves a list’s second line, after a sum or a status and under no header, the office’s', () => {
    expect(found('1\t晏国忠\t上饶市信州区沙溪镇东风村十组23号\t0793-2102860\t1500\t0793-6170303', 'landline')).toEqual([
      '0793-2102860',
    ]);
    expect(found('2,孔令芳,0537-3286154,无人接听,0537-2967310', 'landline')).toEqual(['0537-3286154']);
    // (…not a second person's, nor one a cell labels as someone's.)
    expect(found('郑维汉\t0898 5353 2763\t郑小梅\t0898 7347 5107', 'landline')).toEqual([
      '0898 5353 2763',
      '0898 7347 5107',
    ]);
    expect(found('2\t曲晓梅\t红旗路47号4栋\t0335-7104033\t无固定单位（个体）\t0335-7596499', 'landline')).toEqual([
      '0335-7104033',
      '0335-7596499',
    ]);
  });
});

describe('offices named by their work, and a writer who replies online (dev69)', () => {
  it('leaves the line of a 供销社, a ward’s nurses’ desk, a 低保办 or a registering body the office’s', () => {
    expect(
      found(
        '申请人庹明德称，供销社将其住宅电话0813-2377267登记为担保电话，供销社自己的电话是0813-7193906。',
        'landline',
      ),
    ).toEqual(['0813-2377267']);
    expect(
      found('公示材料将其兄仝丽军家中座机0358-3278668误作低保办电话，低保办实际电话为0358-5209639。', 'landline'),
    ).toEqual(['0358-3278668']);
    expect(found('顺序号 12 | 焦玉田 | 西关一巷17号 | 0938-4300945 | 征收办：0938-6482961', 'landline')).toEqual([
      '0938-4300945',
    ]);
    expect(found('宁志勇\t男\t0744-6506365\t登记机构：张家界市永定区零工市场 0744-5751247', 'landline')).toEqual([
      '0744-6506365',
    ]);
    expect(
      found(
        '租户余飞提供的联系电话0830-7742132经核实为其工作的蓝天大酒店前台电话，其本人住处座机为0830-3322266。',
        'landline',
      ),
    ).toEqual(['0830-3322266']);
  });
  it('gives a netizen’s reply its writer’s line', () => {
    expect(
      found(
        '答复：请携带房产证到征收办咨询，电话0817-2212645；如需上门，请留下家中座机。网友回复：0817-2745381。',
        'landline',
      ),
    ).toEqual(['0817-2745381']);
  });
});

describe('an organisation that is a party, a list’s CSV row and an office’s reply line (dev73, dev74)', () => {
  it('leaves an organisation’s line the organisation’s where it is the party, though the court’s line follows', () => {
    expect(
      found(
        '被执行人房立军，下落不明，现依法公告送达执行通知书；申请执行人西安市雁塔区城市管理和综合执法局，联系电话（029）26601562，本院执行局电话029-4712 3184。',
        'landline',
      ),
    ).toEqual([]);
  });
  it('reads a CSV row’s quoted cells as a list’s, and an office’s reply or a registering body’s line as theirs', () => {
    expect(found('"闵向东","0771－3227025","予以公开","0771 5717841"', 'landline')).toEqual(['0771－3227025']);
    expect(
      found('网民彭小英反映楼顶水箱漏水，联系电话0755-6 7545651。福田区莲花街道答复电话0755-41901277。', 'landline'),
    ).toEqual(['0755-6 7545651']);
    expect(found('姓名 雷满囤 联系电话 0913-4845961 登记机构 渭南市临渭区零工市场 0913-4633802', 'landline')).toEqual([
      '0913-4845961',
    ]);
    expect(
      found(
        '单位 延平区丽人理发店（个体） | 经营者 吴细妹 | 电话 （0599）4590507（店面即住宅） | 审批 南平市延平区卫生健康局 0599 3773407',
        'landline',
      ),
    ).toEqual(['（0599）4590507']);
  });
});

describe('names after a founder’s or a relative’s word (dev67–dev72)', () => {
  it('finds the person named after 举办者, 亲属 or 其侄', () => {
    expect(found('兽医诊所注销公示：举办者秦德华，原诊所电话已注销。', 'person_name')).toEqual(['秦德华']);
    expect(found('户口注销公告：佟桂琴，其户口已注销；亲属佟伟电话0435-5073959。', 'person_name')).toEqual([
      '佟桂琴',
      '佟伟',
    ]);
  });
});

describe('a call-back form, an owner’s label and offices one is sent to (dev75, dev76)', () => {
  it('gives the line after 被回访人 and an owner’s label (业主电话) to the person', () => {
    expect(
      found('申请人满意度电话回访|被回访人：戚海涛|回访电话：0311-73219993|经办科室电话：0311-38082061', 'landline'),
    ).toEqual(['0311-73219993']);
    expect(
      found('装修备案：业主冷艳华，施工单位沧州匠心装饰有限公司（0317-8268808），业主电话0317-2503837。', 'landline'),
    ).toEqual(['0317-2503837']);
  });
  it('leaves the lines of offices the reader is sent to, and of officials at work, the offices’', () => {
    expect(
      found(
        '寻亲：次仁卓嘎，家里电话0891-3971753；有线索请联系八廓街派出所，电话0891-7445637，或城关区民政局0891 5905612。',
        'landline',
      ),
    ).toEqual(['0891-3971753']);
    expect(found('证人卓建明，家里电话0731-22980204；调查人员电话0731-74764824。', 'landline')).toEqual([
      '0731-22980204',
    ]);
    expect(
      found('请家属于30日内联系市殡仪馆0452-3897598；原登记亲属的家庭电话0452-6790451已停机。', 'landline'),
    ).toEqual(['0452-6790451']);
    expect(found('来电人陶建英，来电号码46354206；承办单位四川北路街道，电话36143768。', 'landline')).toEqual([
      '46354206',
    ]);
    expect(found('举报人颜世宽电话0632 4962808；城管执法电话0632-7120600。', 'landline')).toEqual(['0632 4962808']);
  });
});

describe('offices named by their trade, officials in brackets and corrected lines (dev77)', () => {
  it('leaves the lines of a repair team, a judge, a job market and an office said after a line the offices’', () => {
    expect(found('留言人格桑曲珍，电话0891-5924073。答复：由维修队（0891-3729213）完成维修。', 'landline')).toEqual([
      '0891-5924073',
    ]);
    expect(
      found('申请人郝玉珍本人临时住处电话(0311)49635193。经与执行法官（0311-35457647）确认，同意屏蔽。', 'landline'),
    ).toEqual(['(0311)49635193']);
    expect(found('零工市场求职登记,段红军,男,0310-5 216384,邯郸市零工市场0310-5 022613', 'landline')).toEqual([
      '0310-5 216384',
    ]);
    expect(
      found(
        '备案人骞志勇，备案人电话0913-8595193。此前报送材料中填写的电话0913-2959536系临渭区商务局，已更正。',
        'landline',
      ),
    ).toEqual(['0913-8595193']);
  });
  it('gives a person the line put where an office’s had been written by mistake, and a relative’s field', () => {
    expect(
      found(
        '孟凡青家庭（湖滨北大道102号5号楼2单元601）坚持垃圾分类五年。原公示材料中孟凡青家庭的电话误写为0534-3056252，该号码为德城区新湖街道办事处电话，现更正为0534-2201971。',
        'landline',
      ),
    ).toEqual(['0534-2201971']);
    expect(
      found(
        '| 姓名 | 季长贵 | 供养机构 | 宿州市埇桥区敬老院 | 机构电话 | 0557-3021654 | 亲属电话 | 0557-3064718 |',
        'landline',
      ),
    ).toEqual(['0557-3064718']);
    expect(found('咨询人单丽华：老人户口在这但人住敬老院，能单独安置吗？电话(0417)2816543。', 'landline')).toEqual([
      '(0417)2816543',
    ]);
  });
});

describe('rows and answers a careful reader resolves (dev78, dev79)', () => {
  it('leaves an office’s line in a row the office’s: a court’s hearing room, a relay, an organisation after an office’s line', () => {
    expect(
      found('1\t滕立群\t岱庙街道东更道14号2单元301室\t0538-5829198\t本人；承办庭 0538-2521587', 'landline'),
    ).toEqual(['0538-5829198']);
    expect(found('GZ-0415\t那宝山\t不详\t0453-4334797\t已停机；社区代转 0453-7963692', 'landline')).toEqual([
      '0453-4334797',
    ]);
    expect(
      found('X-2093\t汤兴旺\t王寨村二组\t村委会代转 0710-5870132\t襄州区农业农村局\t0710-5227309', 'landline'),
    ).toEqual([]);
    expect(found('1,孟凡成,0530-2347212,6221886424341060637,0530-5581864', 'landline')).toEqual(['0530-2347212']);
  });
  it('gives a person the line said to be the family’s, or still the home’s', () => {
    expect(found('宿舍门卫室电话0475-2807725是他们平时用的家里电话。', 'landline')).toEqual(['0475-2807725']);
    expect(found('崔永利答：我在县供销社上班，单位电话是0913-6704214，家里电话还是0913-4972881。', 'landline')).toEqual(
      ['0913-4972881'],
    );
  });
});

describe('a line an office reached the person at (dev80)', () => {
  it('is the person’s where the words after it say the office reached them there', () => {
    expect(
      found('劳动监察支队于6月3日通过0731 20616036联系到孔令波，督促其履行，支队电话0731-86542110。', 'landline'),
    ).toEqual(['0731 20616036']);
    expect(found('住建局工作人员（0391-6789707）拨打0391-7360774，申请人范国良本人接听。', 'landline')).toEqual([
      '0391-7360774',
    ]);
    expect(
      found('玉林市人社局（0775-5021142）复查后，于6月20日在0775-7381599与陆振华本人核对了工龄认定依据。', 'landline'),
    ).toEqual(['0775-7381599']);
    expect(found('来信人黄大炳在东江镇开小卖部，拟请该局于五日内打0778-4133168与黄大炳当面约谈。', 'landline')).toEqual(
      ['0778-4133168'],
    );
  });
  it('is the person’s they answered, that reached them by name, or that they left as their own', () => {
    expect(
      found('第三人阮秀梅经法院诉讼服务中心电话通知，其在0570 2632890接听并确认收到应诉材料。', 'landline'),
    ).toEqual(['0570 2632890']);
    expect(
      found('调解中心拨打(0771)3792235，与申请人黄振康（住南宁市青秀区桃源路58号2栋1单元503）取得联系。', 'landline'),
    ).toEqual(['(0771)3792235']);
    expect(
      found(
        '网友符春梅来电说，她母亲住在海口市美兰区和平南街道一家养老院，院里的电话0898-59262281总是占线，她留下自己的0898-58521983。',
        'landline',
      ),
    ).toEqual(['0898-58521983']);
  });
  it('leaves an office’s line the office’s, though a person is reached through it', () => {
    expect(found('请拨打0775-5021142与区人社局联系。', 'landline')).toEqual([]);
  });
});

describe('a relative, a home said after the line, and a person’s own particulars (dev81–dev85)', () => {
  it('takes a relative who opens a clause for a person mentioned, nearer than the office before', () => {
    expect(
      found('他所在的县水利局值班电话0745-2231190日夜有人接听，其妻在家照看孩子，电话0745-2287315。', 'landline'),
    ).toEqual(['0745-2287315']);
  });
  it('is the person’s where the words after it say it rings in their home, their lodging or where they work at home', () => {
    expect(
      found(
        '申请人刘海，其所填单位电话0731-5536021经核实为夫妻二人租住房屋的座机；区法院电话0731-2290018。',
        'landline',
      ),
    ).toEqual(['0731-5536021']);
    expect(
      found('约谈对象陈立新，提供的值班电话0595-2218830为其在家接单所用座机；发改局电话0595-2290113。', 'landline'),
    ).toEqual(['0595-2218830']);
    expect(found('代办人常青所填单位电话0356-3381120是他开的修车铺兼住处的座机。', 'landline')).toEqual([
      '0356-3381120',
    ]);
  });
  it('is the person’s under a label that says they left it or it rings at their home', () => {
    expect(found('街坊们有事打他自家小卖部的座机0377-5521983，街道办事处电话0377-2201178。', 'landline')).toEqual([
      '0377-5521983',
    ]);
    expect(found('本机关多次拨打其原住址座机0538-2219876无人接听。', 'landline')).toEqual(['0538-2219876']);
    expect(found('材料上留的是其上班的敬老院电话0797-6690044，另附其手写电话0797-2231188。', 'landline')).toEqual([
      '0797-2231188',
    ]);
    expect(found('她每天清晨出门；她留给社区的电话45218876，街道办事处电话54254011。', 'landline')).toEqual([
      '45218876',
    ]);
  });
  it('reads an organisation given as the person’s own particular as where they are, not whose the line is', () => {
    expect(
      found(
        '申请人：王丽，原工作单位：柳州钢铁厂，联系电话：0772-3318826；受理单位：市信用中心，电话：0772-2201190',
        'landline',
      ),
    ).toEqual(['0772-3318826']);
    expect(found('读者来信：何建新，县第一中学，电话0874-3312267；本报热线0874-6677123。', 'landline')).toEqual([
      '0874-3312267',
    ]);
    expect(
      found(
        '诉求人：赵雪梅，单位：兆麟小学，联系电话：0451-7725 3381；承办：区教育局，电话：0451-8866 2231',
        'landline',
      ),
    ).toEqual(['0451-7725 3381']);
  });
  it('leaves an office’s contact named with the office, and an office given under 单位, the office’s', () => {
    expect(found('联系人：张明，区民政局，电话0451-8866 2231。', 'landline')).toEqual([]);
    expect(found('单位：区民政局，联系电话：0451-86652231。', 'landline')).toEqual([]);
  });
});

describe('a call-back’s verdict, a clinic at home, a dormitory and a retired person’s row (dev–dev85)', () => {
  it('gives a call-back line the person whose verdict follows it', () => {
    expect(
      found(
        '12345回访：诉求人李春反映路灯不亮，承办单位区城管局（0476－7678441）已修复，回访电话0476－3852512，满意。',
        'landline',
      ),
    ).toEqual(['0476－3852512']);
    expect(
      found(
        '回访记录|信访人 潘秀凤|所涉单位 区城管局 0774-6502651|回访电话 0774-6792011|回访结果 潘秀凤本人满意',
        'landline',
      ),
    ).toEqual(['0774-6792011']);
  });
  it('gives the keeper a business line where the business is set in their home', () => {
    expect(
      found(
        '兽医诊所注销公示：刀玉芬开办的诊所（设于其住宅一楼）申请注销，诊所电话0877-3598511同时停用；区农业农村局电话0877-2024821。',
        'landline',
      ),
    ).toEqual(['0877-3598511']);
    expect(found('乡村医生高玉珍的卫生室就设在堂屋，诊所电话0358-5593451二十多年没换过。', 'landline')).toEqual([
      '0358-5593451',
    ]);
  });
  it('is the person’s left with an office, filled in by them, or ringing in the dormitory they live in', () => {
    expect(
      found('事迹采访可经区退役军人事务局0794-6955951联系，或直接拨打饶有才留给局里的0794-6112811。', 'landline'),
    ).toEqual(['0794-6112811']);
    expect(
      found(
        '答复书已由区政府办公室（0371-21667511）电话告知，接听号码0371-22432211系钱佩芳本人在申请表中所填。',
        'landline',
      ),
    ).toEqual(['0371-22432211']);
    expect(
      found('区政府办公室电话联系其单位宿舍座机0453-8693211-分机82，区政府办公室电话0453-8319711。', 'landline'),
    ).toEqual(['0453-8693211']);
  });
  it('reads an organisation a person retired from as no owner of the line in their row', () => {
    expect(found('父亲\t钟国华\t临川区粮食局退休\t—\t0794-8363811', 'landline')).toEqual(['0794-8363811']);
  });
});

describe('a business line said to be the keeper’s, a home said further on, and a call-back answered (dev86–dev90)', () => {
  it('is the keeper’s where the words after it say they run, fitted or live by it', () => {
    expect(
      found('书记员拨打原告简丽芳留存的单位电话0838-3811571，该号码实为其本人经营的裁缝铺座机，本人接听。', 'landline'),
    ).toEqual(['0838-3811571']);
    expect(found('当事人在原工作单位填写的“办公电话”0578-7111911，系其承包车间时自装的座机。', 'landline')).toEqual([
      '0578-7111911',
    ]);
    expect(
      found('其原预留的单位电话0746-5130541（实为其在冷水滩区开设的五金店座机，店已关闭）无人接听。', 'landline'),
    ).toEqual(['0746-5130541']);
  });
  it('is a home’s where a later clause says so', () => {
    expect(
      found(
        '摆摊二十年的续长青把小屋电话(0354)4233921写在了门头上，这也是他家的电话；街道办事处电话0354-8279111。',
        'landline',
      ),
    ).toEqual(['(0354)4233921']);
    expect(
      found('经营场所电话0370-3084781登记为经营者住宅电话；区市场监督管理局电话0370-4948321。', 'landline'),
    ).toEqual(['0370-3084781']);
    expect(found('约谈通知按其登记的经营场所电话0535-7526211送达，该号码即其家庭住宅座机。', 'landline')).toEqual([
      '0535-7526211',
    ]);
  });
  it('reads a line with its country code after 家里 as a line, not an address', () => {
    expect(found('她说：“有事打我家里+86 459 496 2711，我儿子会转告。”', 'landline')).toEqual(['+86 459 496 2711']);
    expect(found('她说：“有事打我家里+86 459 496 2711，我儿子会转告。”', 'address')).toEqual([]);
  });
  it('gives a call-back line that was answered to the person', () => {
    expect(
      found('区住建局已于3月20日疏通，回访电话0746-3035111已接通确认；如仍有问题请拨0746-6244111。', 'landline'),
    ).toEqual(['0746-3035111']);
  });
});

describe('a relative who answered, a lodging kept at home, and a line said to be a site office’s (dev91–dev95)', () => {
  it('gives a line a relative answered, said in brackets, to the person', () => {
    expect(found('受送达人庄德明，拨打电话0595-24518811（其妻接听），送达单位电话0595-38466611。', 'landline')).toEqual(
      ['0595-24518811'],
    );
  });
  it('gives the keeper the line of a guesthouse kept at the same address as their home', () => {
    expect(
      found(
        '家庭旅馆特种行业许可：经营者次仁卓玛，旅馆与住宅同址，值班电话0894-6225911；治安大队0894-8121911。',
        'landline',
      ),
    ).toEqual(['0894-6225911']);
  });
  it('reads a bare local number after 家里座机 as a line, and one said to be a site office’s as the office’s', () => {
    const text = '答：我家里座机77722111，重庆的号码，平时我爱人接；工地上的电话023-31251011是项目部的。';
    expect(found(text, 'landline')).toEqual(['77722111']);
    expect(found(text, 'address')).toEqual([]);
  });
});

describe('a person’s own desk at work and a business they run themselves (dev96–dev99)', () => {
  it('gives a line said to be the person’s own desk, office or extension at work to the person', () => {
    expect(found('受托人另留本人办公室直线0551-6432 7781，律所前台电话0551-6120 3391。', 'landline')).toEqual([
      '0551-6432 7781',
    ]);
    expect(
      found(
        '工作单位 | 市第二医院 | 单位电话 | 0531-8215 4471（本人所在药剂科办公室） | 医院总机 | 0531-7506 1120',
        'landline',
      ),
    ).toEqual(['0531-8215 4471']);
    expect(found('其子单位电话0734-2586123转318（厂部总机转其本人办公室分机）无人接听。', 'landline')).toEqual([
      '0734-2586123转318',
    ]);
    expect(found('答：我在印务公司质检室上班，质检室座机028-84261177平时只有我一个人用。', 'landline')).toEqual([
      '028-84261177',
    ]);
    expect(found('申请人留下的电话是其子在市第一医院的办公室直线0591-3542 7716。', 'landline')).toEqual([
      '0591-3542 7716',
    ]);
    expect(found('答：科里的座机我不常接，我自己办公室直线是0772-7672155。', 'landline')).toEqual(['0772-7672155']);
    expect(found('单位电话0911 5913177为其本人财务室座机，该室仅其一人。', 'landline')).toEqual(['0911 5913177']);
    expect(found('办公室电话0452 2293177是我自己桌上的，请打这个。', 'landline')).toEqual(['0452 2293177']);
    expect(found('养殖场值班电话0854-848 5177由其本人值守。', 'landline')).toEqual(['0854-848 5177']);
    expect(found('冰箱上贴着她儿子刘强的单位直线022-71350177。', 'landline')).toEqual(['022-71350177']);
    expect(found('异议人石振宇，单位电话0739-6993177（学校办公室），个人电话0739-3208177。', 'landline')).toEqual([
      '0739-3208177',
    ]);
  });
  it('leaves an office’s own line public, though a person is named beside it', () => {
    expect(found('请申请人本人到区政务服务中心办公室办理，电话0551-6120 4482。', 'landline')).toEqual([]);
  });
  it('gives the keeper the line of a shop, a clinic or a workshop they run, but not one a company owns', () => {
    expect(found('应征青年王浩，其父在源汇区开一家汽修厂，厂里电话0395-7594112。', 'landline')).toEqual([
      '0395-7594112',
    ]);
    expect(
      found('当事人刘春华，个体工商户（春华餐馆），餐馆电话0591-7322 4411；鼓楼区税务局0591-8876 1022。', 'landline'),
    ).toEqual(['0591-7322 4411']);
    expect(found('申请人经营立新广告工作室（个体），工作室电话0310-3058112。', 'landline')).toEqual(['0310-3058112']);
    expect(found('想配眼镜的居民可以打她的验光工作室电话0972-7581155。', 'landline')).toEqual(['0972-7581155']);
    expect(found('经营者：努尔兰，店名：天山烤肉，经营场所电话：0996-5226177。', 'landline')).toEqual(['0996-5226177']);
    expect(found('工作人员已按你店内电话0898-7785177与你核对。', 'landline')).toEqual(['0898-7785177']);
    expect(found('经营者：库尔勒市天山餐饮有限公司，经营场所电话：0996-5226188。', 'landline')).toEqual([]);
    expect(found('联系人电话0731-7709 4452（申请人之夫在医院旁开的水果店）。', 'landline')).toEqual(['0731-7709 4452']);
    expect(found('儿子孔令军开了间小店，店里电话0537-4902118是济宁古槐竹艺有限公司的。', 'landline')).toEqual([]);
  });
});

describe('numbers and mailboxes in rarer written forms', () => {
  it('finds an ID number typed in fours, as a card is', () => {
    expect(found('当事人李强，身份证号 3201 0219 8506 1523 19。', 'id_card')).toEqual(['3201 0219 8506 1523 19']);
    // The check digit still decides: one wrong digit is no ID number.
    expect(found('当事人李强，身份证号 3201 0219 8506 1523 18。', 'id_card')).toEqual([]);
  });
  it('finds a landline with its area code in any bracket, or after TEL run into it', () => {
    for (const n of [
      '〔0571〕87654321',
      '【0571】87654321',
      '[0571]8765 4321',
      '(0571)-87654321',
      '（0571） - 8765-4321',
    ])
      expect(found(`申请人王建国家庭电话：${n}。`, 'landline')).toEqual([n]);
    expect(found('村民刘桂香，住平阳县昆阳镇城东村12号，TEL0577-63721845。', 'landline')).toEqual(['0577-63721845']);
    // (…but not after other letters, a code's part.)
    expect(found('村民刘桂香，设备型号X0577-63721845。', 'landline')).toEqual([]);
  });
  it('finds a number spelled out in Chinese digits, not a list of numerals', () => {
    expect(found('刘桂香，手机：一三八一二三四五六七八', 'mobile')).toEqual(['一三八一二三四五六七八']);
    expect(found('申请人王建国家庭电话：零五七一-八七六五四三二一。', 'landline')).toEqual([
      '零五七一-八七六五四三二一',
    ]);
    expect(findPersonalInformation('第一二三四五六条至第七八条')).toEqual([]);
  });
  it('finds a mobile written with dots, not a version number', () => {
    expect(found('张伟手机 138.1234.5678', 'mobile')).toEqual(['138.1234.5678']);
    expect(found('软件版本1.138.1234.5678已发布', 'mobile')).toEqual([]);
  });
  it('finds a mailbox written with # or (at) for @, not an office’s', () => {
    expect(found('申请人张伟，邮箱wugang#163.com。', 'email')).toEqual(['wugang#163.com']);
    expect(found('张伟，邮箱：wugang(at)163.com', 'email')).toEqual(['wugang(at)163.com']);
    expect(found('本局邮箱xxgk#szgx.gov.cn', 'email')).toEqual([]);
  });
  it('finds a plate with a dot after the province', () => {
    expect(found('车主孙磊，车牌号：京·A12345。', 'plate')).toEqual(['京·A12345']);
  });
  it('takes a bare number marked （宅） as the home’s', () => {
    expect(found('联系人：陈军 62345678（宅）', 'landline')).toEqual(['62345678']);
  });
});

describe('a name that is a word, said to be at home', () => {
  it('takes 王海军 or 陈建设 for a person when the clause says they are at their own home', () => {
    expect(found('据群众反映，王海军在自家院内私设屠宰点。', 'person_name')).toEqual(['王海军']);
    expect(found('陈建设在其住所开设棋牌室，经查属实。', 'person_name')).toEqual(['陈建设']);
    expect(found('国防建设在新时代取得新成就。', 'person_name')).toEqual([]);
  });
});

describe('a house number and the telephone after it, set apart by a space', () => {
  it('ends the home at its house number, not in the area code, and finds the line whole', () => {
    const text = '光荣牌悬挂情况公示 贾德旺 临汾市尧都区屯里镇东芦村二组31号 0357 2917 364';
    expect(found(text, 'address')).toEqual(['临汾市尧都区屯里镇东芦村二组31号']);
    expect(found(text, 'landline')).toEqual(['0357 2917 364']);
    // (A building's part after a space is still the address's: 3栋 802.)
    expect(found('申请人住东关街 318号 3栋 802', 'address')).toEqual(['东关街 318号 3栋 802']);
  });
});

describe('people named by their place on a list', () => {
  it('takes the name after 递补人员 as a person’s', () => {
    expect(found('递补人员孙悦的体检时间另行通知。', 'person_name')).toEqual(['孙悦']);
  });
});

describe('whose line: reached, called back, kept or lived at (dev53, dev69, dev71, dev88)', () => {
  it('gives the person a line the office reached them on or called back', () => {
    expect(
      found('工作人员已电话（0551-65213748）通知其本人；合肥市住房保障中心电话0551-62681037。', 'landline'),
    ).toEqual(['0551-65213748']);
    expect(found('回访：拨打0352-6218437（工单所记号码有误，实为此号），户主满意。', 'landline')).toEqual([
      '0352-6218437',
    ]);
  });
  it('gives the keeper the line of a shop named after them or a guesthouse of their own', () => {
    expect(found('烟草零售许可公示：邱玉琴小卖部（电话0566-3535041）。', 'landline')).toEqual(['0566-3535041']);
    expect(found('民宿主人覃玉兰把自家民宿的前台电话0744-2349272告诉了游客。', 'landline')).toEqual(['0744-2349272']);
  });
  it('gives the person the line of where they live, not of the community office there', () => {
    expect(found('并留下老人所住矿区家属院的电话0413-7523869分机315。', 'landline')).toEqual(['0413-7523869分机315']);
    expect(found('本院经向其居住地社区（电话0354-8463405）了解，其已外出务工。', 'landline')).toEqual([]);
  });
});

describe('forms, notices, fees and vehicles (dev104)', () => {
  it('reads the fields of a form titled as one a person fills in as theirs, not an office’s named in it', () => {
    expect(found('政府信息公开申请表\t联系电话\t（0831）2386407\t手机\t151 8317 2064', 'landline')).toEqual([
      '（0831）2386407',
    ]);
    expect(
      found('政府信息公开申请表\t通信地址\t宜宾市翠屏区南岸街道长江北路二段幸福里小区9栋2单元1101', 'address'),
    ).toEqual(['宜宾市翠屏区南岸街道长江北路二段幸福里小区9栋2单元1101']);
    expect(
      found('邮寄信访件登记表\t来信人\t郝建民\t转办单位\t阳泉市城区信访局\t电话\t0353-7866858', 'landline'),
    ).toEqual([]);
  });
  it('takes a bare number marked 宅 in brackets as the home’s', () => {
    expect(found('回访：诉求人鞠永生（宅2437651，齐齐哈尔市龙沙区）反映供暖温度不达标。', 'landline')).toEqual([
      '2437651',
    ]);
  });
  it('leaves the line closing an office’s notice to a class of people public', () => {
    const notice =
      '龙桥街道关于清理小区长期停放车辆的通告：下列车辆停放超过6个月，请车主于2025年9月30日前自行挪移。联系电话0594-2682713。';
    expect(found(notice, 'landline')).toEqual([]);
  });
  it('reads no name into a fund, a golden wedding or a licence number', () => {
    expect(found('西陵区欠薪保障金先行垫付明细\t黄德兵\t23,600', 'person_name')).toEqual(['黄德兵']);
    expect(found('七星区“金婚家庭”名单（第一批）', 'person_name')).toEqual([]);
    expect(found('申请人施永红，许可证号云林采（2025）0931号。', 'person_name')).toEqual(['施永红']);
  });
  it('leaves a unit’s vehicle and a company’s old bus alone', () => {
    expect(found('车位续租名单\t新乡市红旗区环卫服务中心\t豫G·3J508\t单位车辆，不在续租范围', 'plate')).toEqual([]);
    expect(found('社区用牡丹江市公交集团捐赠的旧车黑C·6B173改装成流动送餐车。', 'plate')).toEqual([]);
  });
});

describe('盘 as a Yao surname, and a works’ housing after 家属', () => {
  it('finds 盘金凤 after a label but reads no name into 盘点 or 家属区供暖', () => {
    expect(found('获奖者盘金凤说：“我只是做了一个村医该做的事。”', 'person_name')).toEqual(['盘金凤']);
    expect(found('年底盘点库存，开展盘查。', 'person_name')).toEqual([]);
    expect(found('诉求人鲁文杰反映其所在的朔里矿家属区供暖温度不达标。', 'person_name')).toEqual(['鲁文杰']);
  });
});

describe('a surname character before a common verb', () => {
  it('reads no name into 选房通知, 约谈通知 or 复查时通知', () => {
    expect(found('安居房选房通知：廖德明，请于12月18日到选房现场。', 'person_name')).toEqual(['廖德明']);
    expect(found('信用修复约谈通知送达情况：当事人谭永昌未到。', 'person_name')).toEqual(['谭永昌']);
    expect(found('居民夏国栋留下家里电话，请医院复查时通知他。', 'person_name')).toEqual(['夏国栋']);
  });
});

describe('words and places that begin with a surname character', () => {
  it('reads no name into 包保, 父母家, 乌兰浩特 or a government app', () => {
    expect(found('防溺水包保家长联系名单：学生家长宁春燕，家中电话（0739）3771528。', 'person_name')).toEqual([
      '宁春燕',
    ]);
    expect(found('崔明珠留的为其父母家电话0534 6658143。', 'person_name')).toEqual(['崔明珠']);
    expect(found('住乌兰浩特市义勒力特镇哈达那拉嘎查。', 'address')).toEqual(['乌兰浩特市义勒力特镇哈达那拉嘎查']);
    expect(found('住乌兰浩特市义勒力特镇哈达那拉嘎查。', 'person_name')).toEqual([]);
    expect(found('京通·接诉即办：市民康卫东反映健身房歇业未退费。', 'person_name')).toEqual(['康卫东']);
    expect(found('来信呈阅单：关于鞠玉霞来信反映母亲养老金被冒领问题。', 'person_name')).toEqual(['鞠玉霞']);
    expect(found('林权证作废公告：胡永福持有的林权证作废。', 'person_name')).toEqual(['胡永福']);
  });
});

describe('names written every way (dev105)', () => {
  it('finds a name padded with one space after a relative, and names after 新人 and 船东', () => {
    expect(found('来访人反映其子黄 俊在外务工被拖欠工资。', 'person_name')).toEqual(['黄 俊']);
    expect(found('集体婚礼上，新人杨帆和韩雪说，婚后将住在渭南市。', 'person_name')).toContain('杨帆');
    expect(found('渔船燃油补贴：船东林大海，家庭住址舟山市定海区沈家门街道东河巷8号。', 'person_name')).toEqual([
      '林大海',
    ]);
  });
  it('finds a Dai name of the town’s people', () => {
    expect(found('我是嘎洒镇的岩温叫，我家住曼真村民小组。', 'person_name')).toEqual(['岩温叫']);
    expect(found('诉求人玉南香来电反映，其父岩罕胆住曼真村民小组36号。', 'person_name')).toEqual(['玉南香', '岩罕胆']);
  });
  it('leaves judges signing under spaced titles, famous men’s sites and a surname with a form of address alone', () => {
    expect(found('审　判　长　何青松　　审　判　员　周　莉　　书　记　员　邬　倩', 'person_name')).toEqual([]);
    expect(found('表彰大会在李宗仁官邸旧址举行；司马光故里景区内商户另行公布。', 'person_name')).toEqual([]);
    expect(found('楼上雷婆婆九十岁了，为了她也要把电梯装起来。', 'person_name')).toEqual([]);
  });
});

describe('names of no Han surname, known by their column or their sex', () => {
  it('finds a Tibetan, Uyghur or Mongolian name in a name column or before a sex', () => {
    expect(found('5\t拉毛措\t女\t2000.01\t青海师范大学', 'person_name')).toEqual(['拉毛措']);
    expect(found('序号\t姓名\t性别\n1\t格桑\t男\t1990.01', 'person_name')).toEqual(['格桑']);
    expect(found('序号\t单位\t性别\n1\t财政局\t男\t1990.01', 'person_name')).toEqual([]);
    expect(found('低保户：格桑（男，68岁），住村里。', 'person_name')).toEqual(['格桑']);
    expect(found('经查，阿依古丽，女，1990年3月生，维吾尔族。', 'person_name')).toEqual(['阿依古丽']);
    expect(found('性别，男，民族，汉。', 'person_name')).toEqual([]);
  });
});

describe('transliterated names after a label or a role', () => {
  it('finds Uyghur and Kazakh names written without a dot', () => {
    expect(found('诉求人阿依古丽反映小区停水。', 'person_name')).toEqual(['阿依古丽']);
    expect(found('来信人热合曼江称其房屋漏雨。', 'person_name')).toEqual(['热合曼江']);
    expect(found('其父阿曼别克住伊宁市达达木图乡布力开村3组45号。', 'person_name')).toEqual(['阿曼别克']);
  });
  it('reads no name into words of the same characters', () => {
    expect(found('申请人要求巴西木材进口资料。', 'person_name')).toEqual([]);
  });
});

describe('a person named after their trade', () => {
  it('finds the name after 送餐员, 兽医, 农机手 or 书法家, not after a post that serves the public', () => {
    expect(found('家政服务员白玉兰由家政服务中心派遣。', 'person_name')).toEqual(['白玉兰']);
    expect(found('打不通时，就打农机手李红旗家里的电话。', 'person_name')).toEqual(['李红旗']);
    expect(found('会上，个体书法家冶国祥现场写春联送给居民。', 'person_name')).toEqual(['冶国祥']);
    expect(found('见证人为社区网格员邹丽。', 'person_name')).toEqual([]);
  });
});

describe('transliterated names opening a clause', () => {
  it('finds one followed by the person’s people or words, and after a label one of four characters or more', () => {
    expect(found('孝老爱亲：阿苦日古（彝族），二十年如一日照顾瘫痪在床的婆婆。', 'person_name')).toEqual(['阿苦日古']);
    expect(found('颁奖现场，阿苦日古说：“照顾老人是应该的。”', 'person_name')).toEqual(['阿苦日古']);
    expect(found('她说：“订单多的时候，邻居帕提古丽也来帮忙。”', 'person_name')).toEqual(['帕提古丽']);
    expect(found('被申请人克拉玛依市克拉玛依区市场监督管理局的代理人称', 'person_name')).toEqual([]);
    expect(found('山上的刘备、刘璋塑像是游客拍照的热门点位。', 'person_name')).toEqual([]);
  });
});

describe('lines cut where a page ends', () => {
  it('finds a home cut by a line break, a piece on each line', () => {
    expect(found('申请人张伟，家住长春市朝阳区\n湖光路33号院2栋。', 'address')).toEqual([
      '长春市朝阳区',
      '湖光路33号院2栋',
    ]);
    expect(found('申请人张伟，住长春市朝阳区湖光路\n33号院2栋。', 'address')).toEqual([
      '长春市朝阳区湖光路',
      '33号院2栋',
    ]);
    expect(found('原告张伟，男，1980年生，住长春市朝阳区湖光\n路33号院2栋。', 'address')).toEqual([
      '长春市朝阳区湖光',
      '路33号院2栋',
    ]);
    // (…and the building and room that open a form's next line.)
    expect(found('现住址\t长春市朝阳区南湖街道工农大路1688号\n5栋2单元302室', 'address')).toEqual([
      '长春市朝阳区南湖街道工农大路1688号',
      '5栋2单元302室',
    ]);
  });
  it('finds a name cut by a line break in running prose, a piece on each line', () => {
    expect(
      found(
        '申请人称，被申请人仅凭第三人之子罗\n俊的证言即认定申请人殴打他人，事实不清，适用法律错误。',
        'person_name',
      ),
    ).toEqual(['罗', '俊']);
    expect(
      found(
        '申请人从三层高处坠落，同班组工友庞二虎、司空\n亮目睹了事故经过，项目部安全员当即拨打120将其送往医院。',
        'person_name',
      ),
    ).toEqual(['庞二虎', '司空', '亮']);
  });
  it('masks a name or a home cut by a line break once, on its first line', () => {
    expect(deidentify('申请人称，被申请人仅凭第三人之子罗\n俊的证言即认定申请人殴打他人，事实不清。')).toBe(
      '申请人称，被申请人仅凭第三人之子罗某\n的证言即认定申请人殴打他人，事实不清。',
    );
    expect(deidentify('申请人张伟，家住长春市朝阳区\n湖光路33号院2栋。')).toBe('申请人张某，家住长春市朝阳区\n。');
    // (…but each name of a list one a line is masked.)
    expect(deidentify('获奖名单\n王芳\n赵敏')).toBe('获奖名单\n王某\n赵某');
  });
  it('finds a telephone number cut by a line break, a piece on each line', () => {
    expect(found('本机关收到您的申请（您留存的联系电话为0312-30\n68425，通信地址另附）。', 'landline')).toEqual([
      '0312-30',
      '68425',
    ]);
    expect(found('我家电话是0575－\n85136027，儿子家的电话是0571-87351624。', 'landline')).toEqual([
      '0575－',
      '85136027',
      '0571-87351624',
    ]);
    expect(found('邮寄送达（收件人袁志华，收件电话136 5172\n3849）', 'mobile')).toEqual(['136 5172', '3849']);
    // (…not a whole number at a line's end, nor a date under it.)
    expect(found('联系电话：13651723849\n2026年5月3日', 'mobile')).toEqual(['13651723849']);
  });
  it('reads past a page’s number standing between the halves of what it cut', () => {
    const letter =
      '我叫靳守仁，今年七十一岁，是玉泉镇烟铺村二组村民。紧挨着我家东边的是焦建军家（烟铺村二\n第1页\n组47号），他家去年翻修。';
    expect(found(letter, 'address')).toContain('组47号');
    expect(deidentify('申请人张伟，住长春市朝阳区湖光路\n第2页 共3页\n33号院2栋。')).toBe(
      '申请人张某，住长春市朝阳区\n第2页 共3页\n。',
    );
  });
  it('keeps the breaks of lists, fields, dates and table rows', () => {
    // (A letter's sign-off: the address field is not run on into the date under it.)
    expect(found('住址：长春市朝阳区湖光路33号院2栋1单元402室\n2026年11月3日', 'address')).toEqual([
      '长春市朝阳区湖光路33号院2栋1单元402室',
    ]);
    // (A header row that ends with a label is not run on into the row under it.)
    expect(
      findPersonalInformation('车位公示,序号,车主,车牌,联系电话\n1,张伟,吉A·12345,0431-85697213').map((f) => f.text),
    ).not.toContain('车牌');
    expect(found('附件：获奖名单\n王芳\n赵敏', 'person_name')).toEqual(['王芳', '赵敏']);
  });
});

describe('a table row an organisation holds', () => {
  it('leaves the address and the line of an organisation standing where a person would', () => {
    const table =
      '序号\t被征收人\t房屋坐落\t建筑面积（㎡）\t联系电话\n' +
      '1\t幸德全\t乐山市市中区土桥街47号\t86.4\t0833-2827589\n' +
      '3\t乐山市市中区通江街道土桥社区居民委员会\t土桥街51号（社区用房）\t120.5\t0833-7541269';
    expect(findPersonalInformation(table).map((f) => f.text)).toEqual([
      '幸德全',
      '乐山市市中区土桥街47号',
      '0833-2827589',
    ]);
    // (…but a sole trader's business is the keeper's, and a form's label is no organisation.)
    expect(
      found('2\t二马路粮油经营部（个体，经营者向红梅）\t二马路73号门面\t023 76262689\t营业用房', 'landline'),
    ).toEqual(['023 76262689']);
    expect(found('工作单位\t玉溪市红塔区华宁路汽修厂\t家庭电话\t0877-2036815', 'landline')).toEqual(['0877-2036815']);
  });
});

describe('a document’s own contacts', () => {
  it('reads a contact line after a table, or after the date the document is signed on, as the office’s', () => {
    const notice =
      '序号\t姓名\t性别\t住址\n' +
      '12\t文静\t女\t西陵区窑湾街道港窑路19号宿舍3栋204\n' +
      '联系电话：0717-6221548　电子邮箱：xlqxyb@126.com';
    expect(found(notice, 'landline')).toEqual([]);
    expect(found(notice, 'email')).toEqual([]);
    expect(
      found(
        '九江市濂溪区人民政府办公室\n2026年7月2日\n地址：九江市濂溪区濂溪大道300号　电话：0792-8236617',
        'landline',
      ),
    ).toEqual([]);
    // (…but fields set apart by tabs are no table: 来电人：… | 来电号码：… | 联系地址：… is the caller's.)
    expect(
      found(
        '来电人：程光耀\t来电号码：0556-5327419\n联系地址：安庆市迎江区人民路街道湖心中路紫荆苑6栋2单元403',
        'address',
      ),
    ).toEqual(['安庆市迎江区人民路街道湖心中路紫荆苑6栋2单元403']);
    // (…and a person's sign-off keeps their line.)
    expect(found('来信人：柳絮\n电话：0431-86615238', 'landline')).toEqual(['0431-86615238']);
  });
  it('reads a note in brackets naming an organisation and its line as the organisation’s', () => {
    expect(
      found(
        '社区意见\t经入户调查，苗丽娟与女儿租住他人住房，情况属实。（大民街道新明社区，电话0452-2763519）',
        'landline',
      ),
    ).toEqual([]);
    // (…not a person's particulars in brackets after their name.)
    expect(found('推荐谯德明（门球协会，电话0817-2263071）为候选人。', 'landline')).toEqual(['0817-2263071']);
  });
  it('reads a newspaper’s tip line and mailbox as its own', () => {
    expect(findPersonalInformation('欢迎读者提供线索，报料电话：0775-3057035，邮箱：ylrbyzhr@163.com。')).toEqual([]);
  });
});

describe('people in the lists and tables of whole documents', () => {
  it('finds the names of a list laid out one person a line with their particulars, though they read as words', () => {
    const list =
      '2025年度“新城好邻居”名单\n' +
      '冯国栋（海拉尔东路街道东影南路社区居民，照顾独居老人八年）\n' +
      '郑海燕（中山东路街道居民）\n' +
      '杜鹃（保合少镇面铺窑村村民）\n' +
      '常青（东风路街道居民，退休医生）';
    expect(found(list, 'person_name')).toEqual(['冯国栋', '郑海燕', '杜鹃', '常青']);
    // (…not an organisation's line in such a list.)
    expect(found('冯国栋（社区居民）\n郑海燕（街道居民）\n红星社区居委会（集体）', 'person_name')).toEqual([
      '冯国栋',
      '郑海燕',
    ]);
  });
  it('reads a column headed 申请户主 as names', () => {
    expect(found('序号\t申请户主\t现住址\n4\t卯金亮\t茨营镇德威村委会上德威村14号', 'person_name')).toEqual(['卯金亮']);
  });
  it('finds the rest of a name cut after its first characters were found', () => {
    expect(
      found('她每周到独居老人家里打扫卫生、代购药品、陪老人聊天。2021年冬，宓德\n胜老人夜间突发脑梗。', 'person_name'),
    ).toEqual(['宓德', '胜']);
  });
  it('reads a word that starts with the given name and runs past it as the word', () => {
    expect(findPersonalInformation('联系人：区见义勇为基金会，记者联系时老人正在为邻居修自行车。')).toEqual([]);
    expect(found('老人说，有事可以打他孙女王甜甜的手机。', 'person_name')).toEqual(['王甜甜']);
  });
  it('reads no name in a police station’s name, a road’s, a form’s words or a list’s notice', () => {
    expect(found('经龙景派出所、红沙派出所核查，考察对象符永康本人无违法犯罪记录。', 'person_name')).toEqual([
      '符永康',
    ]);
    expect(found('诉求地址：三亚市吉阳区迎宾路凤凰水城南岸3期11栋2单元1802房', 'person_name')).toEqual([]);
    expect(found('父亲\t符亚雄\t务农，住户籍地址\t同上', 'person_name')).toEqual(['符亚雄']);
    expect(found('现将龙川镇2025年度信用户名单公示如下：', 'person_name')).toEqual([]);
    expect(found('开户名：单丽丽', 'person_name')).toEqual(['单丽丽']);
  });
  it('reads a name before the house it owns, or bounding a plot', () => {
    expect(found('经镇政府调查，贾守业宅基地界址清楚，未被划给他人', 'person_name')).toEqual(['贾守业']);
    // (…and a neighbour named as a plot's bound, though not a hamlet named so.)
    expect(found('四至：东至村道，西至李家庄，北至王鹏举宅，南至敖其尔家院墙', 'person_name')).toEqual([
      '王鹏举',
      '敖其尔',
    ]);
  });
  it('reads no name inside a company’s name in running text', () => {
    expect(found('纳志强在宁夏吴忠宏远建材有限公司上班', 'person_name')).toEqual(['纳志强']);
    expect(found('其运输车队唐山顺通物流有限公司电话0315-4120816', 'person_name')).toEqual([]);
    expect(found('代理人吴卫平律师（浙江钱江源律师事务所，电话0571-3939 8744）', 'person_name')).toEqual(['吴卫平']);
    // (…nor in a park's, a forest farm's, an estate's or a register's: 白鹭洲公园, 鲁朗林场, 富锦华庭, 关爱登记表.)
    expect(found('思明区白鹭洲公园；巴宜区鲁朗林场护林员；相邻富锦华庭14号楼；租户关爱登记表', 'person_name')).toEqual(
      [],
    );
    // (…but a person who acts for one is named: 王芳任…有限公司经理.)
    expect(found('经查，滕海峰作为某建材有限公司的实际控制人', 'person_name')).toEqual(['滕海峰']);
  });
  it('reads no name in an office named short, a form’s numbered member, a verb of living or a time', () => {
    expect(found('区文明办审核意见\t同意。联系人：区文明办 高翔', 'person_name')).toEqual([]);
    expect(found('申请人区丽华办完手续', 'person_name')).toEqual(['区丽华']);
    expect(found('成员一\t唐美华\t妻子', 'person_name')).toEqual(['唐美华']);
    expect(found('紧急联系人\t潘国华（父亲，现居绍兴）', 'person_name')).toEqual(['潘国华']);
    expect(found('三元区：走失老人6小时后平安回家', 'person_name')).toEqual([]);
    expect(
      found(
        '蒙秀英，龙脊村护林员，瑶族；另查明，你名下登记有小型轿车一辆；海口市公安局交通警察支队龙华大队',
        'person_name',
      ),
    ).toEqual(['蒙秀英']);
    expect(found('已转屯溪区昱东街道处理，接访人：方晓。', 'person_name')).toEqual([]);
    const answer = '领导署名：马国庆\n联系单位：秦州区民政局社会救助股\n联系人：李晓燕\n联系电话：0938-5592460';
    expect(findPersonalInformation(answer)).toEqual([]);
    expect(found('评审专家名单：刘振华、钟美玲；采购人代表：黄伟。', 'person_name')).toEqual(['刘振华', '钟美玲']);
  });
});

describe('staff in an office’s own records', () => {
  it('leaves the names an office’s record gives its staff in their duties, field by field', () => {
    const minutes =
      '时间：2025年4月22日上午9时\n主持：陈丽华（区妇联主席）\n参会人员：郑建成（区文明办）、谢永梅（区民政局）\n审核：彭建';
    expect(found(minutes, 'person_name')).toEqual([]);
    // (…but a record's title ending in such a word names the parties: 调解记录：…, 资格审核：….)
    expect(found('调解记录：毛桂芳与柳建国因楼道堆物发生口角。', 'person_name')).toEqual(['毛桂芳', '柳建国']);
    expect(found('经审核刘桂英家庭符合条件。', 'person_name')).toEqual(['刘桂英']);
    expect(found('送达人：执行员梁卫东、法警常浩\n核查人签字：孟凡 张思远', 'person_name')).toEqual([]);
    // (…but those questioned alongside are parties: 同场被询问人：….)
    expect(found('问：欠你多少工资？（同场被询问人：阮学军、阮学兵、江德旺）', 'person_name')).toEqual([
      '阮学军',
      '阮学兵',
      '江德旺',
    ]);
  });
  it('reads a keeper’s lines in a row of their workshop, however many a cell gives', () => {
    const workshops =
      '序号\t小作坊名称\t经营者\t生产加工场所\t联系电话\n' +
      '9\t大理市上关镇杨氏豆腐作坊\t杨玉珍\t大理市上关镇沙坪村委会集贸市场内\t(0872)5766069\n' +
      '5\t浔阳区春燕早点铺\t邹春燕\t向阳街道\t0792-8207354/0792-8207381';
    expect(found(workshops, 'landline')).toEqual(['(0872)5766069', '0792-8207354', '0792-8207381']);
    const contacts = '小区\t联络员\t联系电话\n康宁小区\t薛海燕\t0359-2093186\n银湖花园\t畅建军\t2094572、152 3591 6038';
    expect(found(contacts, 'landline')).toEqual(['0359-2093186', '2094572']);
  });
  it('leaves an organisation’s premises named as an address ends, and the row an organisation holds in a list of parties', () => {
    expect(
      found('本决定书邮寄送达申请人委托代理人，送达地址：天水市秦州区藉河南路36号甘肃陇秦律师事务所。', 'address'),
    ).toEqual([]);
    const parties =
      '诉讼地位\t姓名或名称\t住所地或送达地址\t联系电话\n' +
      '原告\t栾淑琴\t鞍山市铁东区园林街道新华路东段31栋3单元6楼2号\t0412-5837216\n' +
      '第三人\t鞍山市铁东区园林街道办事处\t鞍山市铁东区园林路57号\t(0412)2290317';
    expect(findPersonalInformation(parties).map((f) => f.text)).toEqual([
      '栾淑琴',
      '鞍山市铁东区园林街道新华路东段31栋3单元6楼2号',
      '0412-5837216',
    ]);
    // (…but a village's group of households is a home's place: …东门村上街小组.)
    expect(found('袁桂香户，袁州区慈化镇东门村上街小组；', 'address')).toEqual(['袁州区慈化镇东门村上街小组']);
  });
  it('reads a line given after an organisation’s contact named as such as the organisation’s', () => {
    expect(found('招标代理机构联系人：应晓东　　电话：0793-8372614', 'landline')).toEqual([]);
    expect(found('村党总支部联系人：卢永康，电话0776-4913028', 'landline')).toEqual([]);
  });
  it('reads a line given with a company’s desk or its legal representative as the company’s', () => {
    expect(found('联系人：孔丽萍（公司办公室），电话0575-84691352转806', 'landline')).toEqual([]);
    expect(found('第2号企业联系人为彭小琴（财务，电话0792-8123561）。', 'landline')).toEqual([]);
    expect(found('法定代表人：逄树林　联系电话：0532-86983217', 'landline')).toEqual([]);
    // (…but not a person's own, given after their particulars.)
    expect(found('申请人王芳（女），电话0510-83319625', 'landline')).toEqual(['0510-83319625']);
  });
  it('reads a header of an odd number of columns as a header, its workplace’s column as offices’ lines', () => {
    const household =
      '姓名\t关系\t年龄\t健康状况\t就业（就读、就医）单位\t单位联系电话\t本人联系电话\n' +
      '钟小兵\t儿子\t31\t健康\t泸州长江物流有限公司搬运工\t0830-2397106\t150 8300 6271';
    expect(findPersonalInformation(household).map((f) => f.text)).toEqual(['钟小兵', '150 8300 6271']);
    const family =
      '家庭成员\t与户主关系\t工作单位或学校\t单位（学校）电话\n马建国\t儿子\t吴忠市利通区第三中学教师\t0953-2026738';
    expect(found(family, 'landline')).toEqual([]);
    // (…under the header still after a row that refers to a number given before: 同家庭电话.)
    expect(found(family.replace('\n', '\n杨秀兰\t妻子\t务农\t同家庭电话\n'), 'landline')).toEqual([]);
    // (…but a home's line there, said so in its cell, is the home's.)
    expect(found(family.replace('0953-2026738', '家中电话0953-2026738'), 'landline')).toEqual(['0953-2026738']);
  });
  it('leaves the contact of the office a reader reports to, a building’s roles and a header’s words', () => {
    const forwarded =
      '请各承办单位向来信人出具书面答复意见，并将办理情况报区信访局督查室（联系人：包志红，电话0937-2614803）。';
    expect(findPersonalInformation(forwarded)).toEqual([]);
    // (…but not the contact a party gives, after the office it applied to.)
    expect(found('申请人向区民政局提出申请，联系人：李强，电话0452-2780915。', 'person_name')).toEqual(['李强']);
    expect(found('楼栋\t职务\t姓名\n1号楼\t楼栋长\t韩生梅', 'person_name')).toEqual(['韩生梅']);
    expect(
      found('姓名\t关系\t年龄\t健康状况\t就读学校或工作单位\t联系电话\n孟凡军\t本人\t46\t重病住院', 'person_name'),
    ).toEqual(['孟凡军']);
    expect(found('申请人于2025年3月到被申请人承建的安置小区项目从事钢筋工工作', 'person_name')).toEqual([]);
  });
  it('reads a form’s address field by the lines above it, and leaves an office building’s room', () => {
    const keeper =
      '经营者：李志强，男，1981年6月16日出生\n经营场所：玉州区名山街道人民东路96号\n住所：玉州区名山街道民主北路三巷11号';
    expect(found(keeper, 'address')).toEqual(['玉州区名山街道民主北路三巷11号']);
    expect(
      found('某新型建材有限公司\n法定代表人：任宝林\n地址：朔州市朔城区南榆林乡东关工业园区8号', 'address'),
    ).toEqual([]);
    expect(
      found('联系人：崔静，电话0452-2780915，地址：齐齐哈尔市龙沙区龙华路29号区政府办公楼412室。', 'address'),
    ).toEqual([]);
    // (A lawyer's address is the firm's; a party's home after the lawyer is still found.)
    const agents =
      '委托诉讼代理人单立新，河北澄源律师事务所律师，地址唐山市路南区新华东道112号；原告张强，住址唐山市路南区新华东道112号3栋201室。';
    expect(found(agents, 'address')).toEqual(['唐山市路南区新华东道112号3栋201室']);
    // (…nor a range of buildings, 新华苑小区1至8号楼, 12栋与5栋; two houses are still homes, 18号和16号.)
    expect(found('网格员\t负责楼栋\n上官丽霞\t新华苑小区1至8号楼\t133 2318 2065', 'address')).toEqual([]);
    expect(found('来电人反映，锦绣花园小区12栋与5栋之间的消防通道被占', 'address')).toEqual([]);
    expect(found('网友留言：我们开福区湘雅路街道寿星街18号和16号是同一个院子', 'address')).toEqual([
      '开福区湘雅路街道寿星街18号',
    ]);
    // (…nor is a parking space a home, numbered with 号 or not.)
    expect(found('闽BF27365\t小型新能源轿车\t霞林小区地面车位17号\t陈雅琴', 'address')).toEqual([]);
    // (…nor a room straight after an office's name; a home's room, and the line it has, are a home's.)
    expect(findPersonalInformation('请到区民政局105室办理，咨询电话0874-5384690。')).toEqual([]);
    expect(found('现改为其过渡住房麒麟区潇湘小区7幢1单元401室的座机0874-5384690。', 'landline')).toEqual([
      '0874-5384690',
    ]);
  });
  it('reads a recruit under a name column, after the clerk’s post they are to take, and an official after their post', () => {
    const recruits =
      '序号\t招录机关\t职位\t姓名\t性别\n4\t海拉尔区财政局\t财务会计\t斯日古楞\t女\n5\t海拉尔区财政局\t财务会计\t王雪松\t男';
    expect(found(recruits, 'person_name')).toEqual(['斯日古楞', '王雪松']);
    expect(found('职务\t姓名\t分工\n社区党委书记、居委会主任\t戴永红\t全面工作', 'person_name')).toEqual([]);
  });
  it('reads the names under a column headed …姓名 or 签收人', () => {
    // (Anywhere in the row, but not a cell that says no one is named there.)
    const allowances = '序号\t乡（街道）\t姓名\t性别\t年龄\n2\t城南街道\t旺堆\t男\t88\n3\t城南街道\t本人领取\t男\t91';
    expect(found(allowances, 'person_name')).toEqual(['旺堆']);
    expect(found('序号\t号牌\t车主\t备注\n4\t无号牌\t车主不明\t/', 'person_name')).toEqual([]);
    const receipts = '序号\t房号\t住户姓名\t签收人\t与住户关系\n2\t1单元202室\t玄英淑\t金成浩\t女婿';
    expect(findPersonalInformation(receipts).map((f) => f.text)).toEqual(['1单元202室', '玄英淑', '金成浩']);
  });
});

describe('papers about people: elections, licences, accidents, disputes', () => {
  it('reads an owners’ committee’s members as residents, not officials', () => {
    const elected =
      '选举产生第二届业主委员会委员5名，现公告如下：\n职务\t姓名\t房号\n主任\t艾力·买买提\t12号楼2单元501室\n候补委员\t何志远\t5号楼2单元201室';
    expect(found(elected, 'person_name')).toEqual(['艾力·买买提', '何志远']);
    expect(found('约谈了物业公司项目经理及小区业主委员会主任项敏华', 'person_name')).toEqual(['项敏华']);
    expect(found('社区居委会\n主任\t刘春生\t0999-8126453', 'person_name')).toEqual([]);
  });
  it('reads a name after a village’s numbered group, and no home in a group named by its number alone', () => {
    expect(found('安置到镇中心校。\n新华村二组王德全、王德才兄弟开着自家的小货车', 'person_name')).toEqual([
      '王德全',
      '王德才',
    ]);
    expect(found('新增选民：胡晓雨（三组）、庞子墨（一组）', 'address')).toEqual([]);
    expect(found('选民名单公告（眉县金渠镇宁渠村第四村民小组）', 'address')).toEqual([]);
    expect(found('张三（三组12号）', 'address')).toEqual(['三组12号']);
  });
  it('reads officials signing on one line set apart by spaces, and no official in a word before a name', () => {
    expect(found('仲裁员：顾振华（首席）\u3000周敏\u3000许建新\n书记员：孙悦', 'person_name')).toEqual([]);
    expect(found('交通警察：马骁（警号372615）', 'person_name')).toEqual([]);
    expect(found('劳动人事争议仲裁委员会\u3000开庭通知书\u3000向明翠：你诉', 'person_name')).toEqual(['向明翠']);
  });
  it('reads no name in a licence’s number, a shop’s name, an adverb, a time or a named plot', () => {
    expect(found('序号\t店名\t经营者\t登记证号\n1\t鸭头麻辣烫\t徐子涵\t柯小餐2026-0341', 'person_name')).toEqual([
      '徐子涵',
    ]);
    expect(found('许可证编号\t经营者姓名\t店名\n云小餐0303022026000187\t王丽萍\t丽萍米线', 'person_name')).toEqual([
      '王丽萍',
    ]);
    expect(found('张三\t13812345678', 'person_name')).toEqual(['张三']);
    expect(found('宣州区佘家小卖部\t佘丽娟', 'person_name')).toEqual(['佘丽娟']);
    expect(found('乔秀英老人高兴地说：“又能投票了。”', 'person_name')).toEqual(['乔秀英']);
    expect(found('委托书待本人签字后生效', 'person_name')).toEqual([]);
    expect(found('我家承包的“后龙山”林地被砍', 'person_name')).toEqual([]);
  });
  it('reads a telephone typed in groups set apart by ideographic spaces as one number', () => {
    expect(found('冀红英（１３５\u3000３２５９\u3000０６１７）、张某', 'mobile')).toEqual([
      '１３５\u3000３２５９\u3000０６１７',
    ]);
    expect(found('马明德\u3000男\u3000乐都区\u30000972\u30004500973', 'landline')).toEqual(['0972\u30004500973']);
  });
  it('leaves a company’s vehicle named as its owner’s, though named again', () => {
    const accident =
      '赵立新驾驶鲁N·F3267号轻型厢式货车（所有人：德州顺通物流有限公司）。与梁雨桐驾驶的鲁N·F3267号货车相撞';
    expect(found(accident, 'plate')).toEqual([]);
    expect(found('与陇金平驾驶的毕节市新城渣土运输有限公司所有的贵F·92K37号重型自卸货车相撞', 'plate')).toEqual([]);
    expect(found('王五驾驶的鲁N·F3268号小型轿车', 'plate')).toEqual(['鲁N·F3268']);
    // (…and a taxi company's cab, its driver named with the company; not a cab the driver owns.)
    expect(found('韶关市顺风出租汽车有限公司驾驶员麦志坚驾驶粤F·T2867号出租汽车', 'plate')).toEqual([]);
    expect(found('包金山\t男\t科尔沁区通达出租汽车有限公司\t蒙G·T1859', 'plate')).toEqual([]);
    expect(found('当事人驾驶其个人所有的皖B·T6537出租汽车，曾受雇于某出租汽车有限公司', 'plate')).toEqual([
      '皖B·T6537',
    ]);
  });
  it('reads a column headed as a business’s address as its premises, and the keeper’s as their home', () => {
    const inspected =
      '序号\t店名\t经营者或负责人\t经营地址\t存在问题\n1\t科尔沁区老韩家烧烤\t韩国栋\t科尔沁区霍林河大街北侧商业街7号\t后厨无防蝇设施';
    expect(findPersonalInformation(inspected).map((f) => f.text)).toEqual(['韩国栋']);
    const keepers =
      '序号\t店名\t经营者\t经营场所\t经营者住所\n1\t凤凰山卤面店\t郑秀珠\t梅园东路311号店面\t莆田市城厢区凤凰山街道梅园东路315号602室';
    expect(found(keepers, 'address')).toEqual(['莆田市城厢区凤凰山街道梅园东路315号602室']);
    expect(found('序号\t经营者名称\t经营者或负责人\n3\t万隆餐饮公司\t单位食堂', 'person_name')).toEqual([]);
  });
  it('reads no name in a village’s numbered group, no home in a building named alone, names under …权利人', () => {
    expect(found('序号\t户主\t组别\n3\t寸玉英\t石龙二组', 'person_name')).toEqual(['寸玉英']);
    expect(found('小区4栋、6栋电梯频繁困人；4栋住户黎老根反映', 'address')).toEqual([]);
    expect(found('序号\t林权权利人\t林权证号\n1\t马尕吾\t乐林证字（2009）第0312号', 'person_name')).toEqual(['马尕吾']);
  });
  it('reads a person named in full and later called by the given name and a term of address', () => {
    const record = '当事人：仝德山，郗凤兰。\n调解员：德山叔，你先说说。\n调解员：凤兰婶子，宅基地的事咱看证。';
    expect(found(record, 'person_name')).toEqual(['仝德山', '郗凤兰', '德山', '凤兰']);
    expect(found('申请人王建国。建国路口有人', 'person_name')).toEqual(['王建国']);
  });
  it('reads a table’s cell before a number as no label unless it names a telephone', () => {
    const registered =
      '序号\t名称\t经营者\t经营范围\t经营者联系电话\n1\t宣州区鳌峰理发店\t甘有才\t理发服务\t0563-3026481';
    expect(found(registered, 'landline')).toEqual(['0563-3026481']);
    expect(found('序号\t单位\t电话\n1\t宣州区民政局\t0563-3026482', 'landline')).toEqual([]);
  });
  it('reads the cells of a CSV row whose cells are in double quotes by their values', () => {
    const row = '"姓名","单位","电话","金额"\n"欧阳建国","九江市濂溪区莲花镇中学","0792-5381235","2000"';
    expect(found(row, 'person_name')).toEqual(['欧阳建国']);
    expect(found('"向小龙","智力二级","向德明（其父）","0718-7766385"', 'person_name')).toEqual(['向小龙', '向德明']);
    // (A bare local number of eight digits after the name is the person's, though an amount and an office's line follow.)
    const paid = '2026-11-15,司徒志强,81642317,"广州市荔湾区逢源街道办事处",020-8185 1724,"1,200.00"';
    expect(found(paid, 'landline')).toEqual(['81642317']);
  });
  it('reads a scanner’s letter O for a zero inside a number, and a search line as the office’s', () => {
    expect(found('住宅电话0874 - 3O61528无人接听', 'landline')).toEqual(['0874 - 3O61528']);
    expect(found('预留电话：O775-2712853', 'landline')).toEqual(['O775-2712853']);
    expect(found('家长龙德勇 139 9O81 4725', 'mobile')).toEqual(['139 9O81 4725']);
    expect(found('可直接拨打我站寻亲专线0892-8826522。', 'landline')).toEqual([]);
  });
  it('reads a column headed as a home as homes, whatever firm the row names after it, and no shop on the same road', () => {
    const machines = '序号\t购机者姓名\t家庭住址\t生产厂家\n1\t弓建民\t冉庄镇东孙庄村西街12号\t第一拖拉机股份有限公司';
    expect(found(machines, 'address')).toEqual(['冉庄镇东孙庄村西街12号']);
    const firm = '序号\t被执行人\t住址\n3\t鑫达木材加工厂（投资人冼志强）\t梧州市万秀区城东镇工业园B区6号';
    expect(found(firm, 'address')).toEqual([]);
    const keeper = '潘玉琴\t桂林市七星区东江街道龙隐路18号\t桂林市七星区东江街道龙隐路20号门面';
    expect(found(keeper, 'address')).toEqual(['桂林市七星区东江街道龙隐路18号']);
  });
  it('leaves a family doctor in their duties, a word of machines, a card’s name and a term of address', () => {
    expect(found('团队负责人：全科医生刘向东；中心预约电话', 'person_name')).toEqual([]);
    expect(found('郭秀敏\t码头李镇郭家庄村\t植保无人机\t6200', 'person_name')).toEqual(['郭秀敏']);
    expect(found('赔款一并划入农户惠农一卡通。', 'person_name')).toEqual([]);
    expect(found('“多亏阿娟，饭菜都是热的。”黄伯说。梁伯家也来人了。', 'person_name')).toEqual([]);
    expect(found('李叔平说', 'person_name')).toEqual(['李叔平']);
  });
  it('reads a vehicle’s owner column as names, and a firm’s address there as no home', () => {
    const owners =
      '"序号","号牌","机动车所有人","登记住所"\n"1","桂L·6A3F2","黄海军","右江区龙景街道龙景村那坡屯42号"\n"2","桂L·2B088","百色市鑫桂物流有限公司","右江区城东大道东段18号"';
    expect(findPersonalInformation(owners).map((f) => f.text)).toEqual([
      '桂L·6A3F2',
      '黄海军',
      '右江区龙景街道龙景村那坡屯42号',
    ]);
  });
  it('reads a home said in brackets to be one in a trader’s row, from after a date, and no building alone', () => {
    const taxes = '"2","城北修理部","钟丽萍","玉州区南江街道岭塘村委白坭塘队17号（住宅一楼）","增值税"';
    expect(found(taxes, 'address')).toEqual(['玉州区南江街道岭塘村委白坭塘队17号']);
    const letter = '你于2025年6月再次来信反映丛台区中华街道联纺东路纺织厂宿舍3号楼1单元202，房改房产权面积核定问题';
    expect(found(letter, 'address')).toEqual(['丛台区中华街道联纺东路纺织厂宿舍3号楼1单元202']);
    expect(found('长白岛公租房停车位租用延期名单：6号楼于海龙，辽A·8K3T6', 'address')).toEqual([]);
  });
  it('reads a department’s or a doctors’ team’s line as theirs', () => {
    const flat = '请持人事处出具的在职证明办理入住，人事处电话0551-36468355；入住后房内座机0551-23536547即可使用。';
    expect(found(flat, 'landline')).toEqual(['0551-23536547']);
    expect(found('今后您和老伴如需就诊或随访，可直接联系签约团队，电话0598-8231460（工作日）', 'landline')).toEqual([]);
  });
  it('reads parents named by one letter in a family’s cell, and a household under its head’s name', () => {
    const families = '序号\t官兵姓名\t父母（亲属）\n5\t高明亮\t父高峰、母赵丽君';
    expect(found(families, 'person_name')).toEqual(['高明亮', '高峰', '赵丽君']);
    expect(found('分母为零，字母表', 'person_name')).toEqual([]);
    const households = '序号\t家庭（户主）\t所在镇街\n4\t隽国庆家庭\t张村镇';
    expect(found(households, 'person_name')).toEqual(['隽国庆']);
  });
  it('reads what web pages carry as theirs: an office’s address once a home on its road was named, its hours, nav words', () => {
    const reply =
      '通信地址：桂林市叠彩区北门街道中山北路121号2栋3单元402。\n联系人：区民政局社会救助股\u3000地址：桂林市叠彩区中山北路165号';
    expect(found(reply, 'address')).toEqual(['桂林市叠彩区北门街道中山北路121号2栋3单元402']);
    expect(found('联系人：王振宇\u3000联系电话：0543-3322615（工作日8:30—12:00）', 'landline')).toEqual([]);
    expect(found('请向区妇联反映，联系电话：0475-8213675，电子邮箱：kerqinfulian@126.com。', 'email')).toEqual([]);
    expect(found('吴忠市利通区人民政府\u3000首页\u3000利通要闻\u3000蓬江概况', 'person_name')).toEqual([]);
    expect(found('【来信一】：老竹畲族镇班车太少。我是该小区的承租人', 'person_name')).toEqual([]);
  });
  it('reads premises said in brackets to be a home too, and a column headed 住房, as homes', () => {
    const shops =
      '序号\t名称\t经营者\t生产加工场所\n2\t福顺熟食店\t高福顺\t路南区友谊街道新华南里12排7号（前店后宅）\n3\t老韩烧烤\t韩国栋\t路南区友谊街道新华南里3号';
    expect(found(shops, 'address')).toEqual(['路南区友谊街道新华南里12排7号']);
    expect(found('周秀英家住58号院3栋201，她家的座机', 'address')).toEqual(['3栋201']);
    expect(found('楼栋\t楼栋长\t住房\t联系电话\n1栋\t符秀兰\t1栋2单元301房\t0898-30560712', 'address')).toEqual([
      '1栋2单元301房',
    ]);
  });
  it('reads a liquidation group’s contact and address as the group’s', () => {
    const notice = '清算组负责人：郜兴业，联系电话：0533-3982016，联系地址：淄博市张店区共青团西路217号。';
    expect(findPersonalInformation(notice).map((f) => f.type)).toEqual(['person_name']);
  });
});

describe('what citizens write in their own words: messages, calls, replies', () => {
  it('reads a two-character name after 于, 和 … once a role or kin says a person, and no time or adverb', () => {
    expect(found('执法队员让她儿子于浩开车来把东西拉回去。', 'person_name')).toEqual(['于浩']);
    expect(found('其妻于当日报警，其子于次日返回。', 'person_name')).toEqual([]);
    expect(found('回访时先拨打其女婿所在的单位电话', 'person_name')).toEqual([]);
    expect(found('特别是许医生和方护士长的全力抢救', 'person_name')).toEqual([]);
  });
  it('reads a flatmate by their label, and no name in 后 after a verb or 张 counting sheets', () => {
    expect(found('因退租时其同住人马晓燕（留言人之妹）仍未搬离', 'person_name')).toEqual(['马晓燕']);
    expect(found('我办将征求相关村民意见后依法答复', 'person_name')).toEqual([]);
    expect(found('上个月连着被贴了三张罚单 每张一百五', 'person_name')).toEqual([]);
  });
  it('reads kin named as people say them at home (我男人, 老豆, 阿妈)', () => {
    expect(found('当时我男人马占武还在 去找过村上', 'person_name')).toEqual(['马占武']);
    expect(found('我老豆李德富八十几岁 医保卡刷唔到', 'person_name')).toEqual(['李德富']);
  });
  it('reads a name typed in pinyin after a writer’s label or 叫, and no other Latin words', () => {
    expect(found('留言人：huang liping\u3000留言时间：10月3日', 'person_name')).toEqual(['huang liping']);
    expect(found('包工头叫zhang weiguo 浙江人', 'person_name')).toEqual(['zhang weiguo']);
    expect(found('联系人：admin test 电话', 'person_name')).toEqual([]);
    expect(found('留言人：hello world', 'person_name')).toEqual([]);
  });
  it('reads a neighbour’s flat or house given by its number alone as a home', () => {
    expect(found('另外隔壁28号已经在拆 晚上十点多了还在打', 'address')).toEqual(['28号']);
    expect(found('住在95号的卢大妈说', 'address')).toEqual(['95号']);
    expect(found('我们单元501的胡老太太家来客人', 'address')).toEqual(['501']);
    expect(found('就是一楼103那户在楼前私搭彩钢房', 'address')).toEqual(['103']);
    expect(found('隔壁3号楼在施工，我家2024年收入', 'address')).toEqual([]);
  });
  it('reads a landline cut by the phone’s line break inside its local part as one number in two pieces', () => {
    expect(found('我妈屋头座机0816-245\n2076 她耳朵背', 'landline')).toEqual(['0816-245', '2076']);
    expect(found('座机0816-2452076\n2076年', 'landline')).toEqual(['0816-2452076']);
  });
  it('reads an estate’s name cut by a line break, a flat someone lives in, and no date as a house number', () => {
    expect(found('我住在西城街道中山路紫金\n花园3幢1204 不信可以来查', 'address')).toEqual([
      '西城街道中山路紫金',
      '花园3幢1204',
    ]);
    expect(found('其同住人马晓燕仍在C座1203居住，交接手续未完结', 'address')).toEqual(['C座1203']);
    expect(found('回复时间：2026-09-08 15:40\n回复内容：卞欣怡您好', 'address')).toEqual([]);
  });
  it('reads no name in a column’s or a kind’s words joined by a dot', () => {
    expect(found('汉中市人民政府门户网站·政民互动·留言选登', 'person_name')).toEqual([]);
    expect(found('热线工单（欠薪类·加急）', 'person_name')).toEqual([]);
    expect(found('户主艾力·买买提，住', 'person_name')).toEqual(['艾力·买买提']);
  });
  it('reads a card before a list’s next number, and school buses, enforcement and works vehicles as no one’s', () => {
    expect(found('1.尽快发放过渡费 打到她的卡上6222 8021 4482 8565 903 2.晚上停止施工', 'bank_card')).toEqual([
      '6222 8021 4482 8565 903',
    ]);
    expect(found('恢复白寺滩村站点，宁C·27156号校车每日6:50接送。', 'plate')).toEqual([]);
    expect(found('当时执法车辆（车牌鲁A·7W3D6，车身有“综合执法”字样）停在路口', 'plate')).toEqual([]);
    expect(found('拆除工程有限公司已承诺停止机械作业，其渣土车云D·8A271已调整为白天出场。', 'plate')).toEqual([]);
    expect(found('他在物流公司上班，其私家车鲁A·7W3D6停在楼下', 'plate')).toEqual(['鲁A·7W3D6']);
  });
});

describe('papers of the minority regions', () => {
  it('reads Tibetan, Mongolian, Yi and Dai names by their parts, after a label, a role or kin', () => {
    expect(found('信访人索朗次旦反映，才旺罗布于3月把围栏挪了', 'person_name')).toEqual(['索朗次旦', '才旺罗布']);
    expect(found('其妻子娜仁花已经接下了今年第一只羊羔', 'person_name')).toEqual(['娜仁花']);
    expect(found('原告岩应及其委托诉讼代理人刀建伟到庭', 'person_name')).toEqual(['岩应', '刀建伟']);
    expect(found('回访来电人，阿不都克里木表示暖气已正常', 'person_name')).toEqual(['阿不都克里木']);
    expect(found('联系方式\t0941-6357142；代写人才让当周173 8828 0822', 'person_name')).toEqual(['才让当周']);
  });
  it('reads a dot typed as a full stop inside a name, and no name in an estate or a pickup', () => {
    expect(found('2\t阿卜杜热西提.艾买提\t6540**********2117\t15200', 'person_name')).toEqual(['阿卜杜热西提.艾买提']);
    expect(found('1\t马晓燕\t3\t金凤区平房区7排11号\t丰庆家园12号楼2单元603室', 'person_name')).toEqual(['马晓燕']);
    expect(found('隆德明曾用其本人皮卡车运送', 'person_name')).toEqual(['隆德明']);
  });
  it('reads a family’s address in brackets after it as a home', () => {
    expect(found('努尔古丽艾山家庭（博乐市南城街道永丰社区康宁巷22号）', 'address')).toEqual([
      '博乐市南城街道永丰社区康宁巷22号',
    ]);
    expect(found('2026年度最美家庭（第一批）名单', 'address')).toEqual([]);
  });
  it('reads a business’s address column said to be a home too as homes', () => {
    const inns =
      '序号\t旅馆名称\t经营者\t经营地址（兼住所）\t客房数\n4\t格桑花开民宿\t德央\t乃东区泽当街道贡布社区泽当大道北4巷12号\t5';
    expect(found(inns, 'address')).toEqual(['乃东区泽当街道贡布社区泽当大道北4巷12号']);
  });
});

describe('how a district serves and answers the public', () => {
  it('reads the staff who handled each row of a results table as officials, the applicants as people', () => {
    const results =
      '办件编号\t申请人\t许可事项\t经营场所\t受理窗口\t经办人\t办结时间\n' +
      'WB2026110302\t雷保国\t小餐饮登记证\t卫滨区和平大道155号\t综合受理7号窗口\t程雅琪\t11月3日';
    expect(found(results, 'person_name')).toEqual(['雷保国']);
    const log =
      '登记日期\t被征收人\t代为办理人（关系）\t代办事项\t值班代办员\t办理结果\n' +
      '10月9日\t吕秀芝\t孟庆伟（外孙）\t选择产权调换\t陶静\t已预约';
    expect(found(log, 'person_name')).toEqual(['吕秀芝', '孟庆伟']);
    // (…but whoever answered a call-back is the family's: 接听人 is no staff column.)
    const callBack = '序号\t老人姓名\t接听人\t回访情况\n1\t白玉兰\t刘桂荣\t已按月收到';
    expect(found(callBack, 'person_name')).toEqual(['白玉兰', '刘桂荣']);
  });
  it('reads service staff named on duty or after their window or team as officials', () => {
    expect(found('日期：2026年11月5日　　值班代办员：张海燕、吴鹏', 'person_name')).toEqual([]);
    expect(found('帮办人员：3号窗口 谭晓燕（法官助理）', 'person_name')).toEqual([]);
    expect(found('回访员：12345热线回访组 李文静　　办结时间：2026年8月30日', 'person_name')).toEqual([]);
    expect(found('联系人：区政务服务中心 格桑旺堆，电话0892-8821236。', 'person_name')).toEqual([]);
    // (A village's agent, who gives their own line, is no official: 代办员 stays a private role.)
    expect(found('东风村代办员郑红梅（电话0793 8475106）', 'person_name')).toEqual(['郑红梅']);
  });
  it('reads no name in a modal, a common word after an act, a branch office or a person’s act in a list', () => {
    expect(found('七、注意事项：所填信息须真实，报名时需携带身份证', 'person_name')).toEqual([]);
    expect(found('奖励金直接转入本人银行账户', 'person_name')).toEqual([]);
    expect(found('四平市见义勇为基金会已向宋长江发放奖金2万元', 'person_name')).toEqual(['宋长江']);
    expect(found('龙沙分局依据《中华人民共和国治安管理处罚法》', 'person_name')).toEqual([]);
    expect(
      found(
        '以上事实有违法行为人陈述、被侵害人陈述、证人包学军（住龙沙区卜奎小区12号楼3单元602室）的证言等证据证实。',
        'person_name',
      ),
    ).toEqual(['包学军']);
  });
  it('reads a service centre’s commuter bus and a sanitation station’s truck as no one’s', () => {
    expect(found('人才服务中心的通勤车黑E·A0915不接受旁听人员乘坐。', 'plate')).toEqual([]);
    expect(found('六、区环卫站反映其环卫作业车（桂C·2J736）夜间需通行翊武路。', 'plate')).toEqual([]);
    expect(found('当事人孔令军驾驶其本人所有的自卸货车鲁H·3Q85N超限运输砂石', 'plate')).toEqual(['鲁H·3Q85N']);
  });
});

describe('what a district publishes about itself and its officials', () => {
  it('reads the members of a board or a command listed with their posts as officials', () => {
    expect(
      found(
        '组长：钟立新（区委副书记、区长）\n副组长：彭建华（区委常委、常务副区长）、袁小芳（副区长）',
        'person_name',
      ),
    ).toEqual([]);
    expect(found('主持人：康建民（局长）\n参加人员：梅建华（副局长）、楚晓玲（法制科科长）', 'person_name')).toEqual(
      [],
    );
    // (…not a village's or a hospital's post, whose holders are private people here too.)
    expect(found('授予尼玛次仁（拉萨市城关区八廓街道吉日社区居委会主任）“最美家庭”称号', 'person_name')).toEqual([
      '尼玛次仁',
    ]);
  });
  it('reads a table’s officials by the post beside them or the body their row is for', () => {
    const board = '职务\t姓名\t单位及职务\n组长\t韩立军\t区政府区长\n成员\t贾振东\t区发展和改革局局长';
    expect(found(board, 'person_name')).toEqual([]);
    const heads =
      '单位\t负责人\t督查项目数\t发现问题\n区住房和城乡建设局\t封立强\t21\t5\n燕山乡人民政府\t白海军\t14\t0';
    expect(found(heads, 'person_name')).toEqual([]);
    const duty = '日期\t带班领导\t值班人员\t值班人员办公电话\n12月31日\t谷振宇\t孔令杰\t0417-2836201';
    expect(found(duty, 'person_name')).toEqual([]);
    // (…but not a leader who took a citizen's case, in a column of its own: the citizen is the row's person.)
    const cases = '姓名\t住址\t诉求\t包案领导\n谷长江\t萨尔图区友谊街道远望小区21号楼2单元602\t未办证\t区政府副区长';
    expect(found(cases, 'person_name')).toEqual(['谷长江']);
    // (…nor an owners' committee's post, whose members are residents.)
    const owners = '第二届业主委员会选举结果\n职务\t姓名\t房号\n主任\t艾力·买买提\t12号楼2单元501室';
    expect(found(owners, 'person_name')).toEqual(['艾力·买买提']);
  });
  it('reads an appointee’s present post, a meeting’s attendees and a command’s titles as officials’', () => {
    expect(found('邱建东，男，1978年5月生，现任区发展和改革局副局长，拟任区发展和改革局局长。', 'person_name')).toEqual(
      [],
    );
    expect(found('副指挥长陶红军在指挥部会议室主持召开第12次工作例会，金晓燕、林宏斌参加。', 'person_name')).toEqual(
      [],
    );
    expect(found('会议定于12月8日召开，请居民代表诸葛文君、仇建国准时参加。', 'person_name')).toEqual([
      '诸葛文君',
      '仇建国',
    ]);
    expect(found('主持人：俄木日火（党组书记、局长）', 'person_name')).toEqual([]);
    const news =
      '伊宁市人大常委会副主任阿不都热合曼·吐尔逊，市人大常委会办公室主任孙志强到站接待选民。阿不都热合曼·吐尔逊表示，将督促落实。';
    expect(found(news, 'person_name')).toEqual([]);
    expect(found('记者拨通吾斯曼·哈力克家中电话0902-3813829。', 'person_name')).toEqual(['吾斯曼·哈力克']);
  });
  it('reads the heads a table gives for each service window as officials', () => {
    const windows = '窗口\t负责人\t咨询电话\n个体工商户开办一件事\t邓丽\t0937-7636328';
    expect(found(windows, 'person_name')).toEqual([]);
    expect(found(windows, 'landline')).toEqual([]);
  });
  it('reads no name across an act’s last character or a season before 后', () => {
    expect(found('区住建局已约谈孟庆丰，要求建立超期预警', 'person_name')).toEqual(['孟庆丰']);
    expect(found('来信标题：入冬后家中暖气不热', 'person_name')).toEqual([]);
  });
  it('reads a command’s and a bureau’s working cars and snow ploughs as no one’s', () => {
    expect(found('指挥部配备工作用车2辆（川B·3J725、川B·5F908），由综合协调组统一调度', 'plate')).toEqual([]);
    expect(found('指挥部公务用车甘E·2D617停于指挥部院内', 'plate')).toEqual([]);
    expect(found('区城管局将安排两台小型清雪车（黑B·B3179、黑B·B3182）专门负责', 'plate')).toEqual([]);
    expect(found('他开着自己的车（川B·3J725）来了', 'plate')).toEqual(['川B·3J725']);
    const duty =
      '车号\t车辆性质\t驾驶员\n辽H·A2673\t区政府公务用车\t区机关服务中心司机班\n辽H·A3185\t区应急管理局应急指挥车\t值班员';
    expect(found(duty, 'plate')).toEqual([]);
  });
  it('reads a headline’s official by the story under it', () => {
    const story = '马晓东到东关片区调研棚改征收工作\n8月26日下午，区委副书记、区长马晓东到东关片区调研。';
    expect(found(story, 'person_name')).toEqual([]);
    // (…not a name that opens a line and is never named as an official.)
    expect(found('马晓东到东关片区找过三次\n他说房子漏雨。', 'person_name')).toEqual(['马晓东']);
    // (…and no name of 老 opening a word: 困难群众和老党员.)
    expect(found('走访慰问困难群众和老党员，送去米面油。', 'person_name')).toEqual([]);
  });
  it('reads those a notice appoints or puts at the head of a command’s groups as officials', () => {
    expect(found('关于刘振华等同志职务任免的通知', 'person_name')).toEqual([]);
    expect(found('指挥部下设综合协调组、入户调查组，组长分别由王德志、邹小兵担任。', 'person_name')).toEqual([]);
    expect(found('村民小组组长由王德志担任。', 'person_name')).toEqual(['王德志']);
    const groups = '工作组\t组长\t应签约户数\n第一工作组\t赵海军\t206\n第二工作组\t石建平\t198';
    expect(found(groups, 'person_name')).toEqual([]);
    const towns = '镇（街道）\t分管负责人\t民政办电话\n贺街镇\t莫永健\t0774-4417881';
    expect(found(towns, 'person_name')).toEqual([]);
    expect(found('陈雪莲（法规科科长）、吉伍阿果（公职律师）', 'person_name')).toEqual([]);
  });
  it('reads the contacts an office gives for itself and its bodies as officials', () => {
    const notice =
      '运河区社会信用体系建设工作领导小组办公室关于第三季度督查情况的通报\n各街道办事处，区直各部门：\n请各单位整改。\n联系人：沈丽华，0317-2153607；区政府督查室：0317-2150982';
    expect(found(notice, 'person_name')).toEqual([]);
    // (…not one who gives a mobile or a home, nor a contact line of a text no office issued.)
    expect(found(notice.replace('0317-2153607', '139 0317 2153'), 'person_name')).toEqual(['沈丽华']);
    expect(found('联系人：沈丽华，0317-2153607', 'person_name')).toEqual(['沈丽华']);
    const liaisons = '各街道信用工作联络人：白石江街道沈志华（0874-8582276），潇湘街道范海林（0874-4938894）。';
    expect(found(liaisons, 'person_name')).toEqual([]);
  });
});

describe('sector papers dense with numbers and codes', () => {
  it('reads a pupil’s 学籍号 as their ID number after its G, and no serial of an ID’s length as one', () => {
    const pupils = '姓名\t学籍号\n邢梓涵\tG131002201503262621';
    expect(found(pupils, 'id_card')).toEqual(['131002201503262621']);
    expect(found('AG131002201503262621', 'id_card')).toEqual([]);
    // (A 15-digit number with no province's code is no first-generation ID: 准考证号 202554020103117.)
    expect(found('考号202554020103117，成绩71.50', 'id_card')).toEqual([]);
    expect(found('身份证号110105491231002', 'id_card')).toEqual(['110105491231002']);
    expect(found('耳标编码段为121110300380001至121110300412000', 'id_card')).toEqual([]);
  });
  it('reads codes and 户号 of a telephone’s length as no telephone', () => {
    expect(found('供热户号0217360548，缴费已到账', 'landline')).toEqual([]);
    expect(found('医疗机构编码H14040200027', 'mobile')).toEqual([]);
  });
  it('reads the vehicles of firms, co-operatives and public services as no one’s', () => {
    expect(found('房屋拆除由城建拆除工程有限公司实施，作业车辆蒙G·6K218、蒙G·3F705。', 'plate')).toEqual([]);
    expect(found('该公司名下自卸车辽C·5D793已由本局商请法院查封', 'plate')).toEqual([]);
    expect(found('疫苗由区动物防疫站的冷藏车辽L·9C673统一配送', 'plate')).toEqual([]);
    expect(found('合作社购机后使用本社运输车陕F·N5721转运无人机', 'plate')).toEqual([]);
    expect(found('运输拖拉机号牌晋M·60417（登记所有人为合作社）', 'plate')).toEqual([]);
    expect(found('公交车新J·08516驾驶员停车配合拦截', 'plate')).toEqual([]);
    expect(found('养殖户刘振武开着自家的辽L·3H82K小货车', 'plate')).toEqual(['辽L·3H82K']);
    // (…of any kind, named with its body: 运输公司的重型半挂牵引车, 驾校教练车, 该企业运输车辆共3辆；not a car someone
    // owns or parks there.)
    expect(found('运输公司的重型半挂牵引车冀B·5K321超限运输', 'plate')).toEqual([]);
    expect(found('驾校教练车晋K·2163学用于考核', 'plate')).toEqual([]);
    expect(found('该企业运输车辆共3辆：冀B·5K321、冀B·6K322', 'plate')).toEqual([]);
    expect(found('涉案车辆冀B·5K321（车辆所有人：唐山顺达运输有限公司）', 'plate')).toEqual([]);
    expect(found('公司职工王芳的私家车冀B·5K321', 'plate')).toEqual(['冀B·5K321']);
    expect(found('在区政府门口停放的小轿车冀B·5K321', 'plate')).toEqual(['冀B·5K321']);
  });
  it('reads an account labelled as a body’s as the body’s, in a person’s row too', () => {
    const row = '姓名\t奖金\t发放方式\n张志勇\t5000.00\t由单位工会代转（工会账户30040286090245178）';
    expect(found(row, 'bank_card')).toEqual([]);
  });
  it('reads no name in former owners, counts, certificates’ prefixes or a people’s word', () => {
    expect(found('用户为原房主（身份证号6402**********1517），已联系', 'person_name')).toEqual([]);
    expect(found('第1号权利人原持有《集体土地建设用地使用证》', 'person_name')).toEqual([]);
    expect(found('车辆识别代号（后六位）', 'person_name')).toEqual([]);
    expect(found('祁德寿\t乐集用（1996）字第0342号', 'person_name')).toEqual(['祁德寿']);
    expect(found('我叫温建平，是车辋村农民，身份证号142401196609083212', 'person_name')).toEqual(['温建平']);
  });
  it('reads the staff an office names with their section or office as officials', () => {
    expect(
      found('法官助理：赵永峰，联系电话0938-8269532；财务科：王丽霞，联系电话0938-8269517', 'person_name'),
    ).toEqual([]);
    expect(found('审核：区住房和城乡建设局住房保障股 覃海燕，电话0774-3822604', 'person_name')).toEqual([]);
    expect(found('询问人：符海青（执法证号46020025017）、王嘉（执法证号46020025023）', 'person_name')).toEqual([]);
    expect(found('转送人\t唐文静（区信访局办信科）', 'person_name')).toEqual([]);
    // (…not a family's member after 家庭, nor a car's owner after a place: 移至高处：林建华.)
    expect(found('普正荣冒领其家庭普阿芝、普小兰两人的补偿款', 'person_name')).toEqual(['普正荣', '普阿芝', '普小兰']);
    expect(found('请以下车主将车辆移至高处：林建华（闽D·K5927）', 'person_name')).toEqual(['林建华']);
  });
});

describe('people in a district’s care: the sick, the disabled, children and their guardians', () => {
  it('reads a 残疾人证号’s first eighteen as the holder’s ID number, not a serial’s', () => {
    expect(found('残疾人证号33080219790614073462。', 'id_card')).toEqual(['330802197906140734']);
    expect(found('流水号33080219790614073462', 'id_card')).toEqual([]);
  });
  it('reads a child’s milk name and a proxy named with their kinship', () => {
    expect(found('学员孟庆丰小名丰子，每日由其母接送', 'person_name')).toEqual(['孟庆丰', '丰子']);
    expect(found('这个小名很好听', 'person_name')).toEqual([]);
    const proxies = '序号\t姓名\t等级\t代领人\n2\t朴金花\t精神三级\t朴成日（兄）';
    expect(found(proxies, 'person_name')).toEqual(['朴金花', '朴成日']);
  });
  it('reads the staff of a disabled persons’ federation and a town’s civil-affairs assistant as officials', () => {
    expect(found('联系人：区残联组联部马志新，电话0314-6971566。', 'person_name')).toEqual([]);
    expect(found('验收人员：西秀区残联康复部杨涛、东关街道残联王晓红', 'person_name')).toEqual([]);
    expect(found('核查人员：区征收办朱建平、西林街道民政助理员刘海涛。', 'person_name')).toEqual([]);
    expect(found('联系人：区医保局办公室陈雅琴，电话0594-4571081', 'person_name')).toEqual([]);
    // (…a contact in a notice of honours too, and the honoured still found: 受表彰人员…，联系人：….)
    expect(
      found('受表彰人员奖金由区残联统一发放，联系人：区残联组联部马志新，电话0314-6971566。', 'person_name'),
    ).toEqual([]);
    expect(found('审查人：伊宁市民政局儿童福利科热依拉·阿不力米提', 'person_name')).toEqual([]);
  });
  it('reads no name in a form’s repeated label, a kinship word or an idiom', () => {
    const form = '家庭成员\t称谓\t姓名\t联系电话\n家庭成员\t父亲\t吐尔逊·艾买提\t0999-8065723';
    expect(found(form, 'person_name')).toEqual(['吐尔逊·艾买提']);
    expect(found('社会各界扶残助残蔚然成风。', 'person_name')).toEqual([]);
    expect(found('本机关收到您提交的政府信息公开申请（身份证号532201197907120954）', 'person_name')).toEqual([]);
  });
  it('reads a line given right after an official as their office’s, not a village officer’s', () => {
    const notice =
      '关于开展督查的通报\n各街道办事处：\n请整改。\n联系人：付强，电话：0833-6969359，区信访局邮箱：lszxfj@163.com。';
    expect(found(notice, 'landline')).toEqual([]);
    expect(found(notice, 'email')).toEqual([]);
    const village =
      '村民对公示有异议的，可向村务监督委员会主任郄宝田（电话0317-4651832）或陌南镇自然资源所（电话0317-4627315）反映。';
    expect(found(village, 'landline')).toEqual(['0317-4651832']);
  });
  it('reads a name cut by a line break with what its line says of it', () => {
    const signed = '审核人：旌阳区房屋征收与补偿办公室周明\n德阳市旌阳区房屋征收与补偿办公室';
    expect(found(signed, 'person_name')).toEqual([]);
  });
});

describe('street-level enforcement and rural land (dev136 to dev139, 2026-12-05)', () => {
  it('reads an inspector named with their law-enforcement certificate as an official, and the bureau’s staff', () => {
    const visit =
      '执法人员刘振宇（执法证号13090322100318）、高燕（执法证号13090322100421）现场检查，当事人王建国在场。';
    expect(found(visit, 'person_name')).toEqual(['王建国']);
    expect(found('复查人员\t韦国庆、陈冬梅\n产权人签字\t钟伟强', 'person_name')).toEqual(['钟伟强']);
    expect(found('委托代理人：敬小川，该局执法大队城郊中队工作人员。', 'person_name')).toEqual([]);
  });
  it('reads 从 opening a rural generation name, not a word of it', () => {
    expect(found('户主冉从贵，原迁移人口3人（冉从贵、向明芬、冉小东）。', 'person_name')).toEqual([
      '冉从贵',
      '冉从贵',
      '向明芬',
      '冉小东',
    ]);
    expect(found('王从小就在村里长大。', 'person_name')).toEqual([]);
  });
  it('reads a neighbour named in a plot’s bounds', () => {
    expect(found('四至：东至林世荣山，西至赵拴柱地，南至山脊，北至村道。', 'person_name')).toEqual([
      '林世荣',
      '赵拴柱',
    ]);
    expect(found('四至：东至马鞍山林场，西至村道。', 'person_name')).toEqual([]);
  });
  it('reads a plot by its field’s name and a village’s group spoken of as a whole as no one’s home', () => {
    expect(found('争议地块位于三清村4组小地名“老鸦沟”，面积1.26亩。', 'address')).toEqual([]);
    expect(found('关于梨园村5组第二轮土地承包延包情况的公示', 'address')).toEqual([]);
    expect(found('请向梨园村5组村民小组长赵德云反映。', 'address')).toEqual([]);
    expect(found('申请人何永贵，住苍溪县白驿镇三清村4组。', 'address')).toEqual(['苍溪县白驿镇三清村4组']);
  });
  it('reads a vehicle said after its plate to be a firm’s or a public body’s, and a body’s service vehicles', () => {
    expect(found('参与运输的闽B·E8236重型自卸货车系仙游县鑫达运输有限公司所有，另案处理。', 'plate')).toEqual([]);
    expect(
      found('在小区门口候客的鲁K·T2951、鲁K·T0638两辆车系威海环海出租汽车有限公司的巡游出租车。', 'plate'),
    ).toEqual([]);
    expect(found('您提及的辽C·K3016车辆，经核查系鞍山市铁东区环境卫生服务中心的公务用车。', 'plate')).toEqual([]);
    expect(found('镇政府调派镇机关公务客车鲁J·G2816接送老人；执法队员驾驶巡查车闽B·3Z170到场。', 'plate')).toEqual([]);
    expect(found('驾驶执法车辆（宁C·G0571，随行车辆宁C·G0583）巡查，发现当事人驾驶冀B·7R692载客。', 'plate')).toEqual([
      '冀B·7R692',
    ]);
    // (…not one bought from a firm: 系…公司购买 says where it came from, not whose it is.)
    expect(found('苏A·3K721小型轿车系其从区汽车销售有限公司购买，登记在本人名下。', 'plate')).toEqual(['苏A·3K721']);
  });
});

describe('officials reached through their bodies, and words that are no names (dev136 to dev139, 2026-12-05)', () => {
  it('reads staff reached or sent through a body, and the next listed after an official, as officials', () => {
    expect(found('如有疑问，可联系花田乡农业服务中心白永刚，电话023-75571406。', 'person_name')).toEqual([]);
    expect(found('本意见书由郭道镇林业站张国栋直接送达，信访人之子郭建平代收。', 'person_name')).toEqual(['郭建平']);
    expect(found('联系人：征收工作指挥部沈光明，电话0876-5123467', 'person_name')).toEqual([]);
    expect(found('县退役军人事务局优抚股负责人周晓梅介绍', 'person_name')).toEqual([]);
    expect(found('核对人：上户镇征地工作组张立军、阿依古丽·木拉提', 'person_name')).toEqual([]);
    // (…not a private team's head: 施工队负责人沈建荣.)
    expect(found('施工队负责人沈建荣已签订安全生产承诺书。', 'person_name')).toEqual(['沈建荣']);
  });
  it('reads no name in an item counted, a river’s section, a 居民楼 or a post after a surname', () => {
    expect(found('第6项承租经营者顾爱芬的损失补偿', 'person_name')).toEqual(['顾爱芬']);
    expect(found('因沱江江阳段防洪堤加固工程建设需要', 'person_name')).toEqual([]);
    expect(found('民生路38号居民楼火灾，居民楼一层店内起火。', 'person_name')).toEqual([]);
    expect(found('现服役于陆军某部，任班长。', 'person_name')).toEqual([]);
  });
});

describe('transliterated names after any word (dev139, 2026-12-05)', () => {
  it('reads a dotted name whose head and tail are a transliteration’s, whatever stands before it', () => {
    expect(found('喜报送到了现役军人艾克拜尔·阿不都拉家。', 'person_name')).toEqual(['艾克拜尔·阿不都拉']);
    expect(found('慰问组还为在乡复员军人吐尔逊·尼亚孜现场采集信息', 'person_name')).toEqual(['吐尔逊·尼亚孜']);
    expect(found('民生调查·老楼加装电梯', 'person_name')).toEqual([]);
  });
});

describe('passengers, volunteer captains and a proxy’s reason (2026-12-05)', () => {
  it('reads a passenger, a volunteer team’s captain and a principal giving a reason as private people', () => {
    expect(found('同车乘客雷婷（住秦州区七里墩街道岷山厂家属院）', 'person_name')).toEqual(['雷婷']);
    expect(found('可联系护路队队长陈亚福（电话133 3229 9288）。', 'person_name')).toEqual(['陈亚福']);
    expect(found('区城管执法大队队长方志雄介绍', 'person_name')).toEqual([]);
    expect(found('委托人向玉兰因年老行动不便，委托其子向国平代办。', 'person_name')).toEqual(['向玉兰', '向国平']);
  });
});

describe('households, fields and bank branches in rural papers (dev138, dev139, 2026-12-05)', () => {
  it('reads no name in a household called by its surname, a field’s quoted name or a bank’s branch', () => {
    expect(found('郭家今年在界上新栽苹果苗12株，损失由郭家自行承担。', 'person_name')).toEqual([]);
    expect(found('林地坐落洋中镇后楼村“乌石垄”，面积9.7亩', 'person_name')).toEqual([]);
    expect(found('吴金宝\t6228465093812647034\t农业银行安吉山川分理处', 'person_name')).toEqual(['吴金宝']);
    expect(found('申请人郭家明，住旬邑县职田镇。', 'person_name')).toEqual(['郭家明']);
  });
});

describe('surnames of the Hui and the Zhuang (dev139, 2026-12-05)', () => {
  it('reads 敏 and 侬 as surnames where a label or a role says a person, and not in the words they make', () => {
    expect(found('划给申请人之父敏福祥的自留山', 'person_name')).toEqual(['敏福祥']);
    expect(found('被征收人之妻侬美仙、之子陆文华', 'person_name')).toEqual(['侬美仙', '陆文华']);
    expect(found('对花粉过敏的群众应减少外出，敏感人群注意防护。', 'person_name')).toEqual([]);
  });
});

describe('a body’s representatives in court and its contacts (dev142, dev143, 2026-12-06)', () => {
  it('reads a body’s representatives named again after their labels as officials still', () => {
    const judgment =
      '被告：利通区公安分局。\n行政机关负责人：李文涛，副局长。\n委托代理人：王海龙，利通区分局胜利派出所民警。\n' +
      '原告马玉兰及其委托代理人杨志军，被告行政机关负责人李文涛及委托代理人王海龙到庭参加诉讼。';
    expect(found(judgment, 'person_name')).toEqual(['马玉兰', '杨志军']);
    expect(found('委托代理人曲志鹏，系被告婚姻登记处工作人员。', 'person_name')).toEqual([]);
  });
  it('reads a town’s work group’s head and a statistics station’s contact as officials', () => {
    expect(found('请与夏郢镇征地拆迁工作组组长陈启明联系，电话：0774-2702516', 'person_name')).toEqual([]);
    expect(found('请与车站街道统计站联系（联系人：韩志诚，电话：0533-2866104）。', 'person_name')).toEqual([]);
  });
  it('reads a village’s group named alone by its number as no one’s home', () => {
    expect(found('现公布第一、第二村民小组选民名单如下：', 'address')).toEqual([]);
  });
});

describe('bylines, introductions and a proposed handling (dev140, dev141, 2026-12-06)', () => {
  it('reads no name in a newspaper’s city, ends a name before 介绍, and reads a 拟办人 as staff', () => {
    expect(found('阳泉日报记者　苗文静', 'person_name')).toEqual([]);
    expect(found('（拟办人：王晓琳　2026年5月7日）', 'person_name')).toEqual([]);
    expect(found('居民代表张骁介绍，施工进场后工期三个月。', 'person_name')).toEqual(['张骁']);
  });
});

describe('labour offices, disasters and their shelters (dev144–dev146, 2026-12-06)', () => {
  it('reads staff named with their public body in brackets as officials, not recruits named with the body they join', () => {
    expect(found('管理员\t管理员电话\nDC-BN-001\t高立平（区城市管理局）\t0435-3213467', 'person_name')).toEqual([]);
    expect(found('郭丹丹（跃进街道劳动保障所工作人员）、付振江（区司法局法律援助中心律师）', 'person_name')).toEqual(
      [],
    );
    expect(found('拟录用人员名单：朱梓涵（区司法局）、孙浩然（区财政局）。', 'person_name')).toEqual([
      '朱梓涵',
      '孙浩然',
    ]);
    expect(found('王芳（新华镇新华村村民）', 'person_name')).toEqual(['王芳']);
  });
  it('reads an office’s head given in brackets after it, and a column of cadres in charge, as officials', () => {
    expect(found('请向汤河镇房屋征收办公室（负责人姜立华）反映，联系电话0419-5183267', 'person_name')).toEqual([]);
    expect(found('序号\t户主\t联系电话\t包保干部\n1\t刘桂珍\t13314356872\t李明哲', 'person_name')).toEqual(['刘桂珍']);
  });
  it('reads an ethnic town’s name and a verb after a role as no name, and 肇 as a surname where a person is said', () => {
    expect(found('暴雨洪涝灾害后，金岭回族镇受灾群众', 'person_name')).toEqual([]);
    expect(found('路淑云反映其母亲承租的公租房卫生间漏水', 'person_name')).toEqual(['路淑云']);
    expect(found('3\t肇立军（个体包工头）\t2302**********183', 'person_name')).toEqual(['肇立军']);
    expect(found('肇事司机逃逸后在肇庆市落网', 'person_name')).toEqual([]);
  });
  it('keeps a home line whose home names the village committee, and reads a public phone as no one’s', () => {
    expect(found('告知其兄曾庆华（家庭电话0751-3826157，住南雄市湖口镇新湖村委会长迳村8号）。', 'landline')).toEqual([
      '0751-3826157',
    ]);
    expect(found('用工方可通过驿站的公共电话0898-88631427预约派工', 'landline')).toEqual([]);
  });
  it('reads a firm’s vehicles named before their plates as the firm’s', () => {
    expect(found('一家物流企业派出的两辆冷链车（车牌浙H·C8127、浙H·C8135）运抵安置点', 'plate')).toEqual([]);
  });
  it('reads village groups spoken of as an area, and a public place’s address, as no one’s home', () => {
    expect(found('于8月19日22时前完成江东村三组、四组沿江低洼区域群众转移。', 'address')).toEqual([]);
    expect(found('经查，榆林堡村四组后山滑坡隐患点监测', 'address')).toEqual([]);
    expect(found('申请人王芳，家住江东村三组，电话13912345678', 'address')).toEqual(['江东村三组']);
    const shelters =
      '场所编码\t场所名称\t场所地址\t容纳人数\t管理员\t管理员电话\n' +
      'DC-BN-003\t东昌区实验小学操场\t东昌区民主街道光明路127号\t3000\t张宏宇（学校后勤主任）\t0435-3215508';
    expect(found(shelters, 'address')).toEqual([]);
  });
  it('reads a worker’s rented home beside the employer’s column, and the address a reply is mailed to', () => {
    const list =
      '序号\t申请人\t工作单位\t现租住地址\n1\t何建民\t汉中汉江建工集团有限公司\t汉台区北关街道东大街社区药王庙巷14号';
    expect(found(list, 'address')).toEqual(['汉台区北关街道东大街社区药王庙巷14号']);
    expect(found('送达方式：按来信所留地址邮寄至大武口区青山街道朝阳西街46号。', 'address')).toHaveLength(1);
  });
});

describe('returns, lawyers, coaches and the places of accidents (dev147, 2026-12-06)', () => {
  it('reads the clerk of a public body’s return as staff, and their line as the office’s', () => {
    const header = '填报单位：碾伯镇人民政府应急管理办公室　填报人：赵永福　联系电话：0972-8612437';
    expect(found(header, 'person_name')).toEqual([]);
    expect(found(header, 'landline')).toEqual([]);
    expect(found('填报单位：区应急管理局救灾和物资保障股　登记人：吴志宏', 'person_name')).toEqual([]);
  });
  it('reads a lawyer’s line given after the firm as the firm’s, unless an extension reaches the lawyer', () => {
    expect(found('委托代理人：龚雪梅，四川嘉岷律师事务所律师，联系电话0833-2418736。', 'landline')).toEqual([]);
    expect(found('代理人：于洪涛，辽宁盛京律师事务所律师，电话024-21003522转319。', 'landline')).toEqual([
      '024-21003522转319',
    ]);
  });
  it('reads a coach on a line and a firm’s own vehicle (所属…车辆) as no one’s', () => {
    expect(found('将被困的伊宁至霍城班线客车（号牌新F·37215）上21名乘客转运', 'plate')).toEqual([]);
    expect(found('所属危险货物运输车辆（号牌云L·8C316）驾驶员疲劳驾驶', 'plate')).toEqual([]);
  });
  it('reads a building being worked on and a village group where a landslide happened as no home', () => {
    expect(found('在甲方承建的白银区王岘镇安置小区3号楼施工中从外脚手架坠落', 'address')).toEqual([]);
    expect(found('受持续强降雨影响，昭阳区北闸镇芭蕉林村七社发生山体滑坡', 'address')).toEqual([]);
  });
});

describe('drivers, vehicles and plates (dev150, dev151, 2026-12-06)', () => {
  it('finds temporary plates and electric bicycles’ city plates where the text speaks of electric bicycles', () => {
    expect(found('驾驶一辆挂临时号牌冀H·临7A35的新车；另有桂K临7G362', 'plate')).toEqual(['冀H·临7A35', '桂K临7G362']);
    const list = '电动自行车以旧换新补贴发放名单\n序号\t姓名\t旧车号牌\t新车号牌\n1\t杨再兴\t毕节A36172\t毕节 D20541';
    expect(found(list, 'plate')).toEqual(['毕节A36172', '毕节 D20541']);
    expect(found('驾驶电动自行车承德 B03871的外卖骑手耿伟', 'plate')).toEqual(['承德 B03871']);
    expect(found('序号\t批次\n1\t编号A36172', 'plate')).toEqual([]);
  });
  it('reads a firm’s vehicles by their column, their row or their tractor as the firm’s', () => {
    expect(found('序号\t姓名\t驾驶车辆（公司所有）\n1\t袁志明\t川E·57326', 'plate')).toEqual([]);
    expect(found('序号\t姓名\t所驾校车号牌\t服务学校\n1\t罗光明\t贵B·37265\t钟山区第七小学', 'plate')).toEqual([]);
    const taxi = '序号\t姓名\t车牌\t公司\n1\t郇立波\t鲁C·T6281\t淄博交运出租汽车有限公司';
    expect(found(taxi, 'plate')).toEqual([]);
    expect(found('5\t张翠兰\t云F·D80452\t不通过（车辆登记在玉溪滇中汽车租赁有限公司名下）', 'plate')).toEqual([]);
    expect(found('物流有限公司浙E·7G235号重型半挂牵引车（挂车浙E·H082挂）', 'plate')).toEqual([]);
    expect(found('顺江物流有限公司（统一社会信用代码91440203MA4WQ3K25H）的粤F·37126号货车', 'plate')).toEqual([]);
  });
  it('reads no name in a verb right after a name, nor in a weak surname glued to a role into a word', () => {
    expect(found('驾驶人闻志鹏的母亲闻秀珍曾来电称其已外出务工。', 'person_name')).toEqual(['闻志鹏', '闻秀珍']);
    expect(found('关于拖欠货车驾驶员工资代发情况的说明', 'person_name')).toEqual([]);
    expect(found('业主战宏伟（A区12栋1单元）', 'person_name')).toEqual(['战宏伟']);
  });
  it('reads a body’s representative said to be its law-enforcer, and a lottery’s supervisors, as officials', () => {
    expect(found('委托代理人唐海鸥，该局综合行政执法大队执法人员。', 'person_name')).toEqual([]);
    expect(found('监督人员：区纪委监委派驻第三纪检组古丽米拉·买买提，区住建局李志强', 'person_name')).toEqual([]);
  });
});

describe('money owed and the places that pay it (dev149, 2026-12-06)', () => {
  it('reads staff reached through a body with a space before the name, and a service point’s address as its own', () => {
    const objection = '请以书面形式向区住建局房地产市场管理股 陈立军反映，电话0858-8226417';
    expect(found(objection, 'person_name')).toEqual([]);
    expect(found(objection, 'landline')).toEqual([]);
    const points =
      '服务点名称\t负责人\t服务点地址\t负责人住址\n' +
      '茨营村助农取款服务点（春丽小卖部）\t孙春丽\t茨营镇茨营村委会茨营街89号\t茨营镇茨营村委会上村17号';
    expect(found(points, 'address')).toEqual(['茨营镇茨营村委会上村17号']);
  });
});

describe('a writer’s village and their house (dev146–dev148, 2026-12-06)', () => {
  it('reads the village a writer belongs to as no home when their house is given right after', () => {
    const letter = '区长：我是尧都区乔李镇北杜村村民卫建国，住乔李镇北杜村东巷27号。';
    expect(found(letter, 'address')).toEqual(['乔李镇北杜村东巷27号']);
    expect(found('我是金城江区六甲镇拉朝村的村民，家住六甲镇拉朝村弄浪屯27号。', 'address')).toEqual([
      '六甲镇拉朝村弄浪屯27号',
    ]);
  });
});

describe('culture, religion, rivers and water (dev152–dev154, 2026-12-06)', () => {
  it('reads a monastic name as a person’s where the text speaks of a temple, and the name given as 俗名', () => {
    const reply = '兴隆寺负责人释妙觉（俗名刘桂山）未经备案接收外地僧人释慧明长期居住。';
    expect(found(reply, 'person_name')).toEqual(['释妙觉', '刘桂山', '释慧明']);
    expect(found('对刑满释放人员做好安置帮教，释放后到寺里', 'person_name')).not.toContain('释放后');
  });
  it('reads no number in a column of serials or water accounts as a telephone', () => {
    const trees =
      '古树编号\t树种\t树龄\t所在位置\t认养人\t认养费（元/年）\n13080200112\t油松\t约320年\t普宁寺东侧山坡\t邹德明\t2000';
    expect(found(trees, 'mobile')).toEqual([]);
    expect(found('序号\t用水户号\t户名\t用水地址\n1\t0602130417\t冯宝来\t唐海镇八农场三队15排6号', 'landline')).toEqual(
      [],
    );
  });
  it('reads officials said to investigate, a town’s head after a comma and a second officer set apart by spaces', () => {
    expect(found('参加调查的执法人员为蒋立军、曹文博。', 'person_name')).toEqual([]);
    expect(found('法定代表人：包文斌，该镇镇长。', 'person_name')).toEqual([]);
    expect(found('经营者巫德顺，经营场所于都县贡江镇长征大道零售点', 'person_name')).toEqual(['巫德顺']);
    expect(found('承办民警：热合曼·买买提　艾力江·吾守尔', 'person_name')).toEqual([]);
    expect(found('蔚县文化广电和旅游局（盖章）负责人：高志远　2025年3月12日', 'person_name')).toEqual([]);
  });
  it('reads no name in a river’s section, a mountain’s side, a shop’s name or an age', () => {
    expect(found('张玉梅\t人和镇院夼村\t车道河人和段\tRC-HD-0309', 'person_name')).toEqual(['张玉梅']);
    expect(found('油松\t约410年\t罗汉山北麓\t周婉婷', 'person_name')).toEqual(['周婉婷']);
    expect(found('去年改成了“金嗓子”KTV，老板叫邱国栋。', 'person_name')).toEqual(['邱国栋']);
    expect(found('纪凤云农家乐，经营地址兼经营者住址：龙沙区大民乡大民村东屯12号', 'person_name')).toEqual(['纪凤云']);
    expect(found('该网吧接纳3名未满十八周岁的在校初中学生上网', 'person_name')).toEqual([]);
  });
  it('reads a village group named as where a well or a farm is as no home', () => {
    const permits =
      '序号\t申请人\t申请人住址（住所）\t取水地点\t水源类型\n' +
      '1\t赵满仓\t乌拉特前旗西小召镇新红村六社19号\t西小召镇新红村六社机井（东经108°52′14″）\t地下水';
    expect(found(permits, 'address')).toEqual(['乌拉特前旗西小召镇新红村六社19号']);
  });
  it('reads a scenic area’s commuter coach as the firm’s', () => {
    expect(found('景区通勤班车（晋K·A2685，平遥古城景区管理有限公司所有）每日7时30分发车', 'plate')).toEqual([]);
  });
});

describe('river chiefs and farms (dev155, 2026-12-06)', () => {
  it('reads a district’s chief river chiefs as officials, and a river office’s mailbox as the office’s', () => {
    expect(found('在区总河长黎国华、韦宏斌的带领下，全区各级河长累计巡河1.2万余人次', 'person_name')).toEqual([]);
    expect(found('如有异议，请向区河长办反映，电话0759-3352816，邮箱chikanhzb@163.com。', 'email')).toEqual([]);
  });
  it('reads a village group named as where a farm is as no home', () => {
    const request =
      '（受理编号HTSL2026030207），您申请公开“宗营镇新营村七组胡长林养殖场机井的取水许可证及2025年度取水量”';
    expect(found(request, 'address')).toEqual([]);
    expect(found('汪德胜（金安区三十铺镇双墩村大桥组）反映', 'address')).toEqual(['金安区三十铺镇双墩村大桥组']);
  });
});

describe('justice, legal aid and police papers (dev156–dev158, 2026-12-06)', () => {
  it('reads a lawyer who handles a legal-aid case as a private person, in the handler’s column or by post', () => {
    const subsidies =
      '序号\t承办人\t执业机构\t案件编号\t受援人\n' +
      '1\t鲁明德\t青海湟水律师事务所\t（2026）乐法援字第186号\t祁发元\n' +
      '2\t刘敏\t区法律援助中心\t（2026）乐法援字第187号\t张凤英';
    expect(found(subsidies, 'person_name')).toEqual(['鲁明德', '祁发元', '张凤英']);
    expect(found('询问了被投诉人及律所主任岳宏林。', 'person_name')).toEqual(['岳宏林']);
    expect(found('该所主任彭立军律师出具了工作表现证明', 'person_name')).toEqual(['彭立军']);
    expect(found('区司法局主任王强出席', 'person_name')).toEqual([]);
  });
  it('reads mediators in their mediation, a notary’s assistant and officers with their badge numbers as officials', () => {
    const ledger = '编号\t当事人\t纠纷类型\t调解员\n(2026)海河调字第03号\t董丽华、邵建民\t渗水\t韩淑英';
    expect(found(ledger, 'person_name')).toEqual(['董丽华', '邵建民']);
    expect(
      found(
        '该纠纷由街道人民调解委员会受理，调解员为蒋玉兰、廖振华，协议编号为（2026）秀丽调字第58号。',
        'person_name',
      ),
    ).toEqual([]);
    expect(found('调解员：申请人覃美凤与丈夫韦光明称', 'person_name')).toEqual(['覃美凤', '韦光明']);
    expect(found('承办公证员方丽娜，公证员助理蔡宏杰。', 'person_name')).toEqual([]);
    expect(found('考察人\t杜建平（警号062791）、周晓燕（警号062836）', 'person_name')).toEqual([]);
    expect(found('审批：分局被害人救助工作领导小组组长 张国华', 'person_name')).toEqual([]);
    expect(found('请将复印件交至政治处，联系人李振宇、王晓彤。', 'person_name')).toEqual([]);
    expect(found('本报讯（记者阿依努尔·卡米力　通讯员张静）11月18日', 'person_name')).toEqual([]);
  });
  it('reads a notary office’s and a legal-service office’s lines and accounts as theirs', () => {
    expect(found('汉台公证处地址：汉中市汉台区天汉大道467号，电话0916-2212538。', 'landline')).toEqual([]);
    expect(found('延平区水南法律服务所，1407 0311 0400 1629 375', 'landline')).toEqual([]);
  });
  it('reads no name in an adverb, a release from prison, a list’s heading, a court’s branch or a river', () => {
    expect(found('当事人曾因酒驾被处罚。', 'person_name')).toEqual([]);
    expect(found('老人常念叨要回老家', 'person_name')).toEqual([]);
    expect(found('对刑满释放人员开展帮扶', 'person_name')).toEqual([]);
    expect(found('名单如下（按姓氏笔画排序）：\n孔德明（越州镇潦浒村）', 'person_name')).toEqual(['孔德明']);
    expect(found('本院北关法庭地址：汉中市汉台区北团结街128号', 'person_name')).toEqual([]);
    expect(found('在伊敏河正阳桥下游跳入水中救起落水儿童1名', 'person_name')).toEqual([]);
    expect(found('申请人：曾经纬', 'person_name')).toEqual(['曾经纬']);
  });
  it('reads relatives named by one letter in a family cell, and a rented house’s address under a police station', () => {
    const roll = '序号\t姓名\t家庭成员\n1\t毕文斌\t妻温雅婷、子杭子墨\n2\t侯国栋\t女牛可欣';
    expect(found(roll, 'person_name')).toEqual(['毕文斌', '温雅婷', '杭子墨', '侯国栋', '牛可欣']);
    const form =
      '登记派出所\t营口市公安局站前分局建丰派出所\n出租房屋地址\t营口市站前区建丰街道市府路东金都花园3号楼1单元602室';
    expect(found(form, 'address')).toEqual(['营口市站前区建丰街道市府路东金都花园3号楼1单元602室']);
  });
  it('reads an heir named before their kinship in brackets, and a home in a community named after a gate', () => {
    const heirs = '继承人乐秀英（长女，住舟山市普陀区东海中路223号3幢501室）、乐海军（次子，住舟山市定海区）';
    expect(found(heirs, 'person_name')).toEqual(['乐秀英', '乐海军']);
    expect(found('现住：榆阳区鼓楼街道南门口社区北大街48号', 'address')).toEqual([
      '榆阳区鼓楼街道南门口社区北大街48号',
    ]);
  });
});

describe('police papers (dev159, 2026-12-06)', () => {
  it('finds a party named again wherever a word runs into the name of three characters', () => {
    const decision =
      '违法行为人：白海军，男，1988年4月15日出生。\n现查明：白海军将其轿车横挡在高亚东家车库门前，高亚东要求其挪车时，' +
      '白海军用拳头击打高亚东面部。被侵害人高亚东（住榆林市榆阳区上郡路南段58号）。决定对白海军处行政拘留七日。';
    expect(found(decision, 'person_name')).toEqual([
      '白海军',
      '白海军',
      '高亚东',
      '高亚东',
      '白海军',
      '高亚东',
      '高亚东',
      '白海军',
    ]);
  });
  it('reads an electric bicycle’s city plate written with a dot, and no name in a rule of the road', () => {
    expect(found('驾驶电动自行车（号牌乐山A·81364），手机13570959002。', 'plate')).toEqual(['乐山A·81364']);
    expect(
      found('赖光明驾车行驶至交叉口时，未让右方道路来车先行，与陶素芬驾驶的电动自行车相撞', 'person_name'),
    ).toEqual(['赖光明', '陶素芬']);
  });
});

describe('tax and medical insurance (dev160, dev161, 2026-12-06)', () => {
  it('reads no telephone inside an account printed in groups of four, and a wage card in a form as the person’s', () => {
    const refund = '当事人陈立言已全额退回医疗保障基金收入户（账号1208 0300 0920 0115 836）；';
    expect(found(refund, 'landline')).toEqual([]);
    expect(found('工资发放银行卡\t6217 9804 5901 2365 744（中国邮政储蓄银行大庆分行）', 'bank_card')).toEqual([
      '6217 9804 5901 2365 744',
    ]);
  });
  it('reads a firm’s vehicle counted after it, and an office’s section in brackets after its staff', () => {
    expect(found('该公司名下小型普通客车一辆（冀J·8N307）已通报公安交通管理部门', 'plate')).toEqual([]);
    expect(found('行动不便的参保人可预约上门，联系人田慧敏（待遇保障股），电话0355-2035719。', 'person_name')).toEqual(
      [],
    );
  });
  it('reads no name in a bank’s branch, a matter or a service post', () => {
    expect(found('开户行\t中国农业银行晋中榆次支行', 'person_name')).toEqual([]);
    expect(found('请到税务分局办理相关涉税事宜，联系电话0999-8023457。', 'person_name')).toEqual([]);
    expect(found('个体户可就近到税费服务驿站办理，驿站咨询电话0898-23356107。', 'landline')).toEqual([]);
  });
  it('reads a business’s registered address as its premises, and a rented home as a home whoever lets it', () => {
    const abnormal =
      '序号\t纳税人名称\t纳税人识别号\t业主或负责人\t登记经营地址\n' +
      '1\t伊宁市金鼎建材经销部\t92654002MA77N3Q56C\t刘志鹏\t伊宁市墩买里街道天山路物流园C区21号';
    expect(found(abnormal, 'address')).toEqual([]);
    const rents =
      '序号\t纳税人\t填报的租赁住房坐落\t出租方\n' +
      '1\t吴志坚\t儋州市那大镇文化北路椰林雅苑6栋2单元703房\t儋州椰城物业管理有限公司';
    expect(found(rents, 'address')).toEqual(['儋州市那大镇文化北路椰林雅苑6栋2单元703房']);
  });
});

describe('tax officers and their lines (dev160, dev161, 2026-12-06)', () => {
  it('reads tax officers, a record’s 经办 and their line after their certificates’ numbers as the office’s', () => {
    expect(found('被申请人税务人员赵敏、刘海峰向申请人送达处罚决定书', 'person_name')).toEqual([]);
    expect(
      found('开户行江苏银行盐城亭湖支行。\n经办：沈婷　审核：顾建华　联系电话：0515-88203547', 'person_name'),
    ).toEqual([]);
    const officers = '经办人：施志勇、段晓红（执法证号53031920025、53031920031），联系电话0874-3125648。';
    expect(found(officers, 'landline')).toEqual([]);
    expect(found('经办人：施志勇，申请人王芳，联系电话0874-3125648。', 'landline')).toEqual(['0874-3125648']);
  });
});

describe('schools and pupils (dev162, dev163, 2026-12-06)', () => {
  it('reads school buses in a table of their signs as the school’s, and a class’s teacher as a private person', () => {
    const buses = '车牌号码\t校车标牌编号\t驾驶人\t线路\n云D·5K718\tQL-XC-2023-041\t朱国平\t中心学校至乐业村';
    expect(found(buses, 'plate')).toEqual([]);
    const contracted = '序号\t学校\t车牌号\t驾驶人\n1\t第六小学（委托安顺校车服务有限公司）\t新B·6E305\t赵永福';
    expect(found(contracted, 'plate')).toEqual([]);
    expect(found('序号\t车主\t车牌号\n1\t王芳\t新B·6E305', 'plate')).toEqual(['新B·6E305']);
    expect(found('乡中心学校八年级班主任章慧芳和同事方志强驱车40多公里', 'person_name')).toEqual(['章慧芳', '方志强']);
  });
  it('reads a guardian’s column as names, and no name in a class’s pupils, a collision, a limb or a recruitment’s rules', () => {
    const aid =
      '序号\t学生姓名\t年级班级\t监护人\t家庭住址\n1\t段欣悦\t八年级（2）班\t段海军\t潞州区黄碾镇东沟村二组35号';
    expect(found(aid, 'person_name')).toEqual(['段欣悦', '段海军']);
    expect(found('杨沐晨，男，2016年11月3日出生，青义镇中心小学三年级（2）班学生', 'person_name')).toEqual(['杨沐晨']);
    expect(found('原告在操场进行折返跑练习时与第三人相撞，致原告左前臂尺骨骨折', 'person_name')).toEqual([]);
    expect(found('根据《泰山区2025年公开招聘中小学教师简章》，经笔试、面试', 'person_name')).toEqual([]);
  });
});

describe('notices served by publication, building work, villages and health (dev164–dev170, 2026-12-06)', () => {
  it('reads a line sought in a log of service or held in a file as the person’s, and places to collect papers as offices’', () => {
    const log = '日期\t送达方式\t地址或号码\t结果\n2026年9月8日\t电话\t0533-2619384、138 5332 6071\t无人接听';
    expect(found(log, 'landline')).toEqual(['0533-2619384']);
    const file = '第三方\t档案所载住址\t档案所载联系电话\n牛保全\t阳泉市城区义井街道南庄村西坡巷17号\t0353-2218547';
    expect(found(file, 'landline')).toEqual(['0353-2218547']);
    expect(found('领取文书地点：鞍山市铁东区胜利南路36号铁东区人力资源和社会保障局', 'address')).toEqual([]);
    expect(found('信访人\t处理意见书文号\n温建平\t桥城管信处〔2026〕29号', 'address')).toEqual([]);
    // (…an organisation's line given with its address right after it is the organisation's.)
    const centre = '工作单位\t爱民区向阳街道社区卫生服务中心（牡丹江市爱民区向阳街128号，电话0453-6987142）';
    expect(found(centre, 'landline')).toEqual([]);
    const lawyer = '委托诉讼代理人单立新，河北澄源律师事务所律师，地址唐山市路南区新华东道112号，电话0315 2790386。';
    expect(found(lawyer, 'landline')).toEqual([]);
  });
  it('reads a keeper’s home column and a tenant’s rented house as homes, and no home in a count or a village’s land', () => {
    const licence =
      '经营者名称\t经营者\t许可证编号\t经营场所\t经营者住所\n' +
      '新城区小宁烧麦馆\t宁志勇\tJY11501020060584\t新城区新华东街154号\t呼和浩特市赛罕区大学西路街道工大小区21号楼1单元6楼东户';
    expect(found(licence, 'address')).toEqual(['呼和浩特市赛罕区大学西路街道工大小区21号楼1单元6楼东户']);
    const deposits = '原承租人\t原承租房屋\t保证金（元）\n庞志明\t常州市天宁区天宁街道东横街42号\t600.00';
    expect(found(deposits, 'address')).toEqual(['常州市天宁区天宁街道东横街42号']);
    expect(found('界河镇农村经营管理服务站受理了北辛庄村一组6户农户的合同备案', 'address')).toEqual([]);
    expect(found('2025年经批准征收石门峪村三组集体土地37.42亩', 'address')).toEqual([]);
  });
  it('reads doctors in their care, inspectors with their certificates and a hospital’s head as officials', () => {
    expect(found('入被告医院心内科住院，主治医师赵文博予以保守治疗', 'person_name')).toEqual([]);
    expect(found('门诊号MZ20250301187，诊断医师杜晋生、常文丽、贺建华。', 'person_name')).toEqual([]);
    const inspectors = '查处时执法人员苏海东（执法证号冀交执021102）、刘建峰（执法证号冀交执021117）驾驶执法车辆';
    expect(found(inspectors, 'person_name')).toEqual([]);
    expect(found('法定代表人：曲维东，该院院长。', 'person_name')).toEqual([]);
  });
  it('finds no name inside a building firm’s name, a certificate’s letters, a river’s stretch or a deposit', () => {
    expect(found('中标人：吉林通建建设集团有限公司', 'person_name')).toEqual([]);
    expect(found('否决投标情况：浙江龙游宏达建设有限公司，因其项目负责人叶振华', 'person_name')).toEqual(['叶振华']);
    expect(found('于海鹏\t冀建安B（2023）0021467\t沧州恒基建设工程有限公司', 'person_name')).toEqual(['于海鹏']);
    expect(found('要求公开“柯城区石梁溪（航埠段）生态治理工程”', 'person_name')).toEqual([]);
    expect(found('本局决定动用该单位存储的工资保证金支付被拖欠的工资', 'person_name')).toEqual([]);
    expect(found('彭志超的家属曾使用座机与其联系', 'person_name')).toEqual(['彭志超']);
    expect(found('南刘庄村的红白理事会由村“两委”成员组成', 'person_name')).toEqual([]);
    expect(found('原告姓名后注明“出嫁女不分”', 'person_name')).toEqual([]);
  });
  it('reads an office’s reviewer and a committee’s head called by their post as officials, and a name after a bracket in a list', () => {
    expect(found('制表：林淑艳　镇农村经营管理站审核：薛明', 'person_name')).toEqual([]);
    expect(found('我找过村委会三次，村调解委员会刘凤山主任也来调解过一次', 'person_name')).toEqual([]);
    expect(found('补助对象为王建国（60岁）和白玉林。', 'person_name')).toEqual(['王建国', '白玉林']);
  });
  it('reads a vehicle a firm or a village committee holds as theirs', () => {
    expect(found('混凝土泵车（吉E·5T831，通化振兴商砼有限公司）夜间停放', 'plate')).toEqual([]);
    expect(found('车辆登记在村委会名下（晋C·3L852），购车款经村民代表会议同意', 'plate')).toEqual([]);
    expect(found('村民马德军的小轿车（晋C·3L852）停在门口', 'plate')).toEqual(['晋C·3L852']);
  });
});

describe('villages and health, the south and west (dev165, dev169, dev171, 2026-12-06)', () => {
  it('reads doctors said to hold their post, a village’s clerk and a doctor named before their calling as officials', () => {
    const signed = '坪上社区卫生服务中心的家庭医生团队上门签了约，签约医生是鲁文清，说每个季度上门测一次血压';
    expect(found(signed, 'person_name')).toEqual([]);
    expect(found('接诊的是职业病科徐国庆医生。', 'person_name')).toEqual([]);
    expect(found('制表人：村文书严志华　审核人：村党支部书记牛继东', 'person_name')).toEqual([]);
    expect(found('冲口村2025年度村集体收支明细账于5月15日在村委会办公室供申请人查阅', 'person_name')).toEqual([]);
  });
  it('reads no home in a village a person belongs to, a plot in a village’s plan or a committee’s pickup', () => {
    const honours = '姓名\t所在村\t家庭住址\n伍小琴\t坪上村\t坪上村三组41号';
    expect(found(honours, 'address')).toEqual(['坪上村三组41号']);
    const plots =
      '序号\t申请人\t现住址\t联系电话\t拟建位置\t面积\n1\t鲁占明\t丹麻镇下河村四社3号\t150 9724 3617\t下河村四社村庄规划居民点3号地块\t150';
    expect(found(plots, 'address')).toEqual(['丹麻镇下河村四社3号']);
    expect(found('用村委会皮卡（新B·3A71K）入户发放', 'plate')).toEqual([]);
  });
});

describe('building work in the south and west (dev167, 2026-12-06)', () => {
  it('reads a district named by its people’s tongue as a place, and no card in a column of licences', () => {
    const news = '日喀则市桑珠孜区根治欠薪专项行动启动。钢筋工刘永胜在桑珠孜干了六年。';
    expect(found(news, 'person_name')).toEqual(['刘永胜']);
    const licences = '序号\t施工许可证编号\t项目名称\t项目负责人\n1\t610802202610080101\t榆阳区第七小学综合楼\t高志刚';
    expect(found(licences, 'bank_card')).toEqual([]);
    expect(found(licences, 'person_name')).toEqual(['高志刚']);
  });
  it('reads a flat’s owner in their column, and the purchaser’s line and a works’ site as no one’s', () => {
    expect(found('房号\t业主\t联系电话\n6号楼1单元1803室\t王朝武\t183 9487 0705', 'person_name')).toEqual(['王朝武']);
    expect(found('招标人联系电话：0751-8665404；', 'landline')).toEqual([]);
    expect(found('（该工程位于绵阳市涪城区吴家镇吴家街198号，申请人均为班组工人）', 'address')).toEqual([]);
    expect(found('经本人申请改为发放至其本人储蓄卡，限制乘坐高铁一等座', 'person_name')).toEqual([]);
  });
});

describe('work safety, deputies and archives (dev172–dev174, 2026-12-06)', () => {
  it('reads deputies named as such and at work, inspectors and a reviewer as officials', () => {
    expect(found('接待代表：区人大代表于春燕、马德胜', 'person_name')).toEqual([]);
    expect(found('6月20日，汪丽君代表电话回访三位选民，均表示满意。', 'person_name')).toEqual([]);
    expect(found('检查日期：2026年10月12日　检查员：宋立群、孟庆雪', 'person_name')).toEqual([]);
    expect(found('经办人刘思远，复核人魏红', 'person_name')).toEqual([]);
    expect(found('以上款项由区欠薪应急周转金先行垫付', 'person_name')).toEqual([]);
    // (…and archives' staff and head (dev174).)
    expect(found('航埠镇党政办 档案员 刘建斌；府山街道 档案员 傅丽君。', 'person_name')).toEqual([]);
    expect(found('法定代表人：易卫红，该馆馆长。', 'person_name')).toEqual([]);
  });
  it('reads a deputies’ station’s line and a mailbox offered beside a hotline as the office’s', () => {
    const station = '大城街道人大代表联络站（秦州区大城街道青年南路31号，电话0938-8216534）每月接待选民';
    expect(found(station, 'landline')).toEqual([]);
    const report = '可通过举报电话0471-6919307、12350或电子邮箱shqyjjb@163.com举报安全隐患。';
    expect(found(report, 'email')).toEqual([]);
    expect(found('我叫王芳，邮箱wangfang1980@163.com', 'email')).toEqual(['wangfang1980@163.com']);
  });
});

describe('a table row of very many cells (bench:pii, 2026-12-06)', () => {
  it('reads a row of 300,000 cells, each cell knowing its row, without running out of stack', () => {
    const found = findPersonalInformation('\t'.repeat(300_000) + '王芳\t13912345678');
    expect(found.map((f) => [f.type, f.text])).toEqual([
      ['person_name', '王芳'],
      ['mobile', '13912345678'],
    ]);
  });
});

describe('work safety, north and south (dev175, dev176, 2026-12-06)', () => {
  it('finds no name in a workshop’s name that opens its cell, and reads a party to a talk as a person', () => {
    const list = '序号\t姓名\t单位\n5\t应国强\t椒江国强汽车修理厂（个体）';
    expect(found(list, 'person_name')).toEqual(['应国强']);
    expect(found('被约谈人签字：冯德胜\n记录人签字：崔晓宁', 'person_name')).toEqual(['冯德胜']);
    expect(found('法定代表人：邓永刚，职务：局长。', 'person_name')).toEqual([]);
    expect(found('选出的区人大代表为田爱民、郭志诚两位同志', 'person_name')).toEqual([]);
    expect(found('与会领导为范振宇颁奖', 'person_name')).toEqual(['范振宇']);
  });
  it('reads a firm’s line and vehicle after it in brackets, a repair line and an office centre as no one’s', () => {
    const firm = '查扣的烟花爆竹已由曲靖滇东危险品运输有限公司（电话0874-3326105）车辆云D·8E516转运销毁。';
    expect(found(firm, 'landline')).toEqual([]);
    expect(found(firm, 'plate')).toEqual([]);
    expect(found('燃气泄漏抢修电话：0758-2838960（肇庆新奥燃气）', 'landline')).toEqual([]);
    expect(found('段丽华报修卫生间漏水，报修电话0938 7125127，已转物业维修。', 'landline')).toEqual(['0938 7125127']);
    expect(found('联系地址：南通市崇川区崇川路58号区政务中心B座6楼', 'address')).toEqual([]);
  });
});

describe('hotlines, statistics, unions and utilities (dev177–dev180, 2026-12-06)', () => {
  it('finds no name in a list, a title, a pipe, a count or a former holder’s field, and none in a document’s number', () => {
    expect(found('二、受影响用户名单系三亚市供水有限公司吉阳营业所掌握的信息', 'person_name')).toEqual([]);
    expect(found('区辅助器具适配服务中心评估师张伟已于6月3日上门', 'person_name')).toEqual([]);
    expect(found('换供热入户管和暖气片，当场查获私接软管一根', 'person_name')).toEqual([]);
    expect(found('经查，来电人原社保卡已挂失补办；当日原告曾到校接孩子', 'person_name')).toEqual([]);
    expect(found('原户名\t段志勇\t原户主身份证号\t5322********0314', 'person_name')).toEqual(['段志勇']);
    expect(found('序号\t姓名\t应发（元）\t实发（元）\n1\t马建英\t600\t600', 'person_name')).toEqual(['马建英']);
    expect(found('可以提供：吉阳营业所于2026年7月送达的通知', 'person_name')).toEqual([]);
    expect(found('出具家庭暴力告诫书（路北公（龙东）告字〔2025〕0143号）', 'person_name')).toEqual([]);
    // (A role of two and a surname are no title of three: 业主|任晓萍.)
    expect(found('第2位为10幢2单元802室业主任晓萍', 'person_name')).toEqual(['任晓萍']);
  });
  it('reads a duty officer, a water company’s inspector, a federation’s head and a survey team’s leader as officials', () => {
    expect(found('派单审核：值班长魏建平。', 'person_name')).toEqual([]);
    expect(found('供水有限公司稽查员黄志刚、莫丽清于3月11日现场拍照取证', 'person_name')).toEqual([]);
    expect(found('登记人（区妇联信访接待员周婷）意见：', 'person_name')).toEqual([]);
    expect(found('区残联理事长：俞建新', 'person_name')).toEqual([]);
    expect(found('调查组组长：潘振宁（区征收办）', 'person_name')).toEqual([]);
    expect(found('申请人提供了其入户访问记账户白玉成的证言', 'person_name')).toEqual(['白玉成']);
    // (A census's enumerators and guides are recruited for it, no officials: 普查指导员郝振东.)
    expect(found('普查指导员郝振东于2024年1月11日送达《统计调查告知书》', 'person_name')).toEqual(['郝振东']);
    expect(found('第3号来电人曾提供身份证号', 'person_name')).toEqual([]);
    // (…and staff named after their office, its address in brackets between (dev181, dev182).)
    expect(found('台账填报人：汉台区信访局督查室 邓春梅；审核人：区信访局副局长 宋志强。', 'person_name')).toEqual([]);
    expect(found('调查组成员：区房屋征收办 徐立强，蒋王街道统计站 顾晓红。', 'person_name')).toEqual([]);
    const contact = '督办联系人：涪城区12345热线中心督查科（绵阳市涪城区安昌路17号）唐雪梅，电话0816-2916807';
    expect(found(contact, 'person_name')).toEqual([]);
    expect(found(contact, 'landline')).toEqual([]);
  });
  it('reads an office’s premises in brackets or after 设在 and a column of account numbers', () => {
    const venue =
      '序号\t姓名\t住址\n5\t金顺姬\t东安区五星街道光华街18号院2排3号\n颁奖地点：东安区文化馆（牡丹江市东安区光华街305号）。';
    expect(found(venue, 'address')).toEqual(['东安区五星街道光华街18号院2排3号']);
    const estate = '反映所住的南园社区东兴巷3号楼地下室积水。物业服务中心设在南园社区东兴巷1号楼底商。';
    expect(found(estate, 'address')).toEqual(['南园社区东兴巷3号楼']);
    const arrears =
      '户号\t户名\t用水地址\t欠费月数\n0902310457\t王秀琴\t哈密市伊州区天山北路105号新华小区12栋1单元602室\t7';
    expect(found(arrears, 'landline')).toEqual([]);
    const credit = '序号\t姓名\t身份证号\t住址\n5\t衡水市桃城区恒远建材经销部（个体）\t—\t桃城区和平西路418号';
    expect(found(credit, 'address')).toEqual([]);
  });
});

describe('civil affairs, markets, veterans and online opinion (dev183–dev186, 2026-12-06)', () => {
  it('finds no name in a verb said twice, a field’s word, a time or a word for using another’s papers', () => {
    expect(found('请你们去查一查，管一管。', 'person_name')).toEqual([]);
    expect(found('第2项申请材料中，拟任法定代表人尉迟晓光的住址', 'person_name')).toEqual(['尉迟晓光']);
    expect(found('逾期未办理的，待家属申请后补发。', 'person_name')).toEqual([]);
    expect(found('下列当事人在办理婚姻登记时提供虚假材料或冒用他人身份证件', 'person_name')).toEqual([]);
  });
  it('reads a metrology inspector, a marriage registrar and staff of an armed-forces department as officials', () => {
    expect(found('会同伊犁州计量检定测试所检定员周海涛对4台加油机进行了检定', 'person_name')).toEqual([]);
    expect(found('婚姻登记员陶建英的情况说明', 'person_name')).toEqual([]);
    expect(found('考核人\t区人武部 宋建新、新华街街道武装部马丽', 'person_name')).toEqual([]);
    // (…and a registrar at a wedding, staff handling a case, who passed it on and who approved it (dev187, dev188).)
    expect(found('区民政局局长陆海涛为新人致辞，颁证员周晓兰、秦志刚分别为新人宣读结婚誓词。', 'person_name')).toEqual(
      [],
    );
    expect(found('办理结果：承办人员戴晓明、林浩于9月14日到该店检查', 'person_name')).toEqual([]);
    expect(found('转办人\t岳丽娟\n签发日期\t2026年9月4日', 'person_name')).toEqual([]);
    expect(found('经办人：刘海燕；审核：王志军；批准：张国华', 'person_name')).toEqual([]);
  });
  it('finds no name in a housekeeping firm, a district’s residents or a claim made, and a keeper’s registered home', () => {
    expect(found('关于代发环翠区海悦家政服务部拖欠工资的公告', 'person_name')).toEqual([]);
    expect(found('我是站前区居民，住营口市站前区八田地街道', 'person_name')).toEqual([]);
    expect(found('该账户系家属申领时自行填报。', 'person_name')).toEqual([]);
    const keepers =
      '决定书文号\t个体工商户名称\t经营者\t经营者登记住所\n东市监异决〔2026〕42号\t东昌区鹏程通讯店\t高宇航\t通化市东昌区光明街道滨江西路109号';
    expect(found(keepers, 'address')).toEqual(['通化市东昌区光明街道滨江西路109号']);
  });
  it('reads a workshop’s registration number as no flat, and a workshop in the keeper’s own yard as a home', () => {
    expect(found('登记证号：青食作坊630202-2026-0031', 'address')).toEqual([]);
    expect(found('住幸福小区7-1-602', 'address')).toEqual(['幸福小区7-1-602']);
    const workshop =
      '序号\t小作坊名称\t经营者\t生产加工场所\n1\t乐都区高庙镇老杨家酩馏作坊\t杨成林\t海东市乐都区高庙镇新庄村二社48号（自家院内）';
    expect(found(workshop, 'address')).toEqual(['海东市乐都区高庙镇新庄村二社48号']);
    const centre = '请联系区退役军人服务中心（德城区天衢中路115号），电话0534-2678137，邮箱dcqtyjrfwzx@126.com。';
    expect(found(centre, 'email')).toEqual([]);
  });
});

describe('provident funds, registries, courts and audits (dev189–dev192, 2026-12-06)', () => {
  it('reads an audit team’s leader as an official, and a fund’s branch and its line as no one’s', () => {
    expect(found('如有异议，可向本局书面陈述申辩。审计组组长：陶建明。', 'person_name')).toEqual([]);
    expect(found('梧州市住房公积金管理中心万秀管理部\n住房公积金单位缓缴审批结果公示', 'person_name')).toEqual([]);
    expect(found('三亚市住房公积金管理中心吉阳服务大厅', 'person_name')).toEqual([]);
    expect(found('如对公示有异议，请向万秀管理部反映，管理部联系电话：0774-5704342。', 'landline')).toEqual([]);
  });
  it('finds no name in what is done after (送达后另行告知, 告知后自行离开) or in words read as names', () => {
    expect(found('评估报告送达后另行告知。', 'person_name')).toEqual([]);
    expect(found('经告知后自行离开。', 'person_name')).toEqual([]);
    expect(found('你申请的信息属于不动产登记资料，应依照《不动产登记资料查询暂行办法》办理', 'person_name')).toEqual(
      [],
    );
    expect(found('办完了房屋买卖、抵押注销和新抵押登记。', 'person_name')).toEqual([]);
  });
});

describe('overseas Chinese, rural revitalisation, talents and farms (dev193–dev196, 2026-12-06)', () => {
  it('finds a name in Latin script where the text says a person, and again where it stands alone', () => {
    expect(found('受美国华侨Linda Chen（陈玉兰）委托，区侨联现为其寻找亲人。', 'person_name')).toEqual([
      'Linda Chen',
      '陈玉兰',
    ]);
    const tenant = '将住房出租给俄罗斯籍人员Ivan Petrov（护照号码754102386）居住。以上事实有Ivan Petrov的陈述为证。';
    expect(found(tenant, 'person_name')).toEqual(['Ivan Petrov', 'Ivan Petrov']);
    expect(found('申请人：Maria Santos Reyes，女，1988年出生，菲律宾籍', 'person_name')).toEqual([
      'Maria Santos Reyes',
    ]);
    expect(found('受托人为Golden Bay Trading Company（港资），法定代表人另行告知。', 'person_name')).toEqual([]);
    expect(found('会议使用Microsoft Teams召开。', 'person_name')).toEqual([]);
    expect(found('采购Tesla Model（特斯拉）一辆', 'person_name')).toEqual([]);
  });
  it('finds a telephone abroad as a mobile, not an embassy’s, and no cadre’s work mobile', () => {
    expect(found('你留存的香港手机+852 9318 2764多次拨打无人接听', 'mobile')).toEqual(['+852 9318 2764']);
    expect(found('我的电话是+60 16-872 4135，微信同号', 'mobile')).toEqual(['+60 16-872 4135']);
    expect(found('中国驻新加坡大使馆领事保护电话+65 6475 0165。', 'mobile')).toEqual([]);
    expect(found('由村集体账户（8827 0010 0013 09159）代发', 'mobile')).toEqual([]);
    expect(found('驻村第一书记由县财政局罗海军担任，工作手机18529093431；', 'mobile')).toEqual([]);
  });
  it('reads officials listed with their bodies, a 农业农村局 post and the staff of a federation’s department', () => {
    expect(
      found('检查人员：利通区发展和改革局 白文斌、利通区市场监督管理局 杨晓军、金积镇 纳文华。', 'person_name'),
    ).toEqual([]);
    expect(found('面试考官：区农业农村局 钟建平、区畜牧兽医站 朱晓华、赣南科技学院 邱文斌。', 'person_name')).toEqual(
      [],
    );
    expect(found('执法人员陆文斌、当事人 王芳 在场', 'person_name')).toEqual(['王芳']);
    expect(found('评定小组组长：徐志刚（区农业农村局副局长）；', 'person_name')).toEqual([]);
    expect(found('本台账经办：市侨联权益部李秀清；复核：市侨联办公室翁振宇。', 'person_name')).toEqual([]);
    expect(found('2026年3月23日，区市场监管局登记注册科李文涛电话答复来访人', 'person_name')).toEqual([]);
    expect(found('经办：莲城信用社客户经理陆志宏，电话0876-5356320', 'person_name')).toEqual([]);
  });
  it('finds no name in 归侨, a tractor’s brand, 后拍照 or an insurer’s short name', () => {
    expect(found('申请人：林亚九，男，印度尼西亚归侨，住福清市', 'person_name')).toEqual(['林亚九']);
    expect(found('东方红-LX904拖拉机，号牌贵05-20837', 'person_name')).toEqual([]);
    expect(found('被村民邓小军发现后拍照举报', 'person_name')).toEqual(['邓小军']);
    expect(found('可拨打人保财险服务电话0793-2734070', 'person_name')).toEqual([]);
  });
});

describe('accidents, trade-ins, civil servants and lifts (dev197–dev200, 2026-12-06)', () => {
  it('finds a flat’s bare number in a building’s table of owners, not in an allotment of public-rental flats', () => {
    const owners = '户号\t业主\t联系电话\n301\t甘立群\t139 5203 8716\n401\t顾文涛\t0516-85926371';
    expect(found(owners, 'address')).toEqual(['301', '401']);
    const allotted = '公租房配租结果公示\n房号\t承租人\t联系电话\n301\t甘立群\t139 5203 8716';
    expect(found(allotted, 'address')).toEqual([]);
  });
  it('reads a building’s side in a table or a label and a stair’s lift as no one’s home', () => {
    const parked = '序号\t停放位置\t车辆号牌\t车主\n1\t皇城小区5号楼东侧\t冀G·8M3J6\t孟宪武';
    expect(found(parked, 'address')).toEqual([]);
    expect(found('红丰新村9幢3单元既有住宅加装电梯意见征询汇总', 'address')).toEqual([]);
    expect(found('被执行人在桃源里5栋南侧公共绿地上建设彩钢房两间', 'address')).toEqual(['桃源里5栋']);
  });
  it('reads a dealer’s test-drive cars and an office’s cars as no one’s, and its hotline mailbox as the office’s', () => {
    expect(found('来电人称该店试驾车鲁C·S7203、鲁CD20586在店外长期占道', 'plate')).toEqual([]);
    expect(found('周转房院内的青B·0Z738号车为本中心公务用车，请勿占用', 'plate')).toEqual([]);
    const mailbox = '受理地址：桑珠孜区山东路9号区委大院；联系电话0892-8823456；电子邮箱：szzqzzb12380@163.com。';
    expect(found(mailbox, 'email')).toEqual([]);
  });
  it('reads an inspection team’s members and a federation’s staff as officials, and finds no name in 车灯 or 支付', () => {
    expect(found('经审理查明：考察组成员刘建伟、毛丽君于2024年11月20日到其家中', 'person_name')).toEqual([]);
    expect(
      found('评审委员会：区商务局副局长郝永胜（主任）、区市场监管局张丽、区工商联任志明。', 'person_name'),
    ).toEqual([]);
    expect(found('证明事发时原告车灯已开启', 'person_name')).toEqual([]);
    expect(found('垫付资金从本中心基本户支付（户名：涪城区机关事务服务中心）', 'person_name')).toEqual([]);
  });
});

describe('homes abroad, fraud, registration and lifts (dev201–dev205, 2026-12-06)', () => {
  it('finds a home abroad in its own script after a word for a home or under a column of homes, not an office’s', () => {
    const abroad =
      '申请执行人Tan Kah Leong（陈家良）系马来西亚籍华人，住No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Malaysia，其执行款';
    expect(found(abroad, 'address')).toEqual(['No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Malaysia']);
    const cell = '姓名\t境外住址\n努尔兰\tКазахстан, г. Алматы, ул. Жандосова, д. 58, кв. 12';
    expect(found(cell, 'address')).toEqual(['Казахстан, г. Алматы, ул. Жандосова, д. 58, кв. 12']);
    expect(found('联系地址：Room 1201, ABC Tower, 88 Queen Road, Hong Kong', 'address')).toEqual([]);
  });
  it('reads traditional characters as simplified, one for one, and a Hong Kong estate (邨)', () => {
    expect(found('申请人陳大文，住香港荃灣德士古道212號W212大廈18樓C室', 'address')).toEqual([
      '香港荃灣德士古道212號W212大廈18樓C室',
    ]);
    expect(found('您的通信地址为香港新界沙田禾輋邨豐順樓1423室，联系电话', 'address')).toEqual([
      '香港新界沙田禾輋邨豐順樓1423室',
    ]);
  });
  it('tells a landline abroad from a mobile by how it begins, its groups kept apart', () => {
    expect(found('台湾电话+886 3 572 6194，大陆手机191 7073 5842', 'landline')).toEqual(['+886 3 572 6194']);
    expect(found('来信人电话+60 3 2692 4175　+60 12-318 7642', 'mobile')).toEqual(['+60 12-318 7642']);
    expect(found('并加了她女儿Jennifer Lee的手机+1 415 728 3516。', 'mobile')).toEqual(['+1 415 728 3516']);
  });
  it('finds names in Latin or Cyrillic script under a column of names or in brackets after a Chinese name', () => {
    expect(found('序号\t姓名\t国籍\n1\tMaung Aung Ko\t缅甸', 'person_name')).toEqual(['Maung Aung Ko']);
    expect(found('来信人：韩阿娇（Han Ah Kiau），女，72岁', 'person_name')).toEqual(['韩阿娇', 'Han Ah Kiau']);
    expect(found('外籍人员Нурлан Сейткали（努尔兰·赛特卡利，哈萨克斯坦籍）', 'person_name')).toEqual([
      'Нурлан Сейткали',
      '努尔兰·赛特卡利',
    ]);
  });
  it('reads a fraudster’s number as no one’s, and a person’s dead number as still theirs', () => {
    expect(found('来电号码17192653801系诈骗人员使用，已由运营商关停', 'mobile')).toEqual([]);
    expect(found('近日有人用号码19945832167冒充征收办工作人员致电被征收人', 'mobile')).toEqual([]);
    expect(found('被冒充“社保局”的人骗了4.6万元，对方用的号码是16727483091。', 'mobile')).toEqual([]);
    expect(found('其原预留号码18434129317已停机。', 'mobile')).toEqual(['18434129317']);
  });
  it('finds flats named bare in a lift’s papers, an address in a heading’s brackets, and no word before an ID', () => {
    expect(found('加装电梯意见：101业主符永强书面意见：井道位于本户南窗外', 'address')).toEqual(['101']);
    expect(found('加装电梯业主代表：周德明（403）、吉文斌（701）。', 'address')).toEqual(['403', '701']);
    const table = '序号\t户主\t被征收房屋（户籍地址）\t户号\n1\t梁锦荣\t小榄镇永宁社区北区大街三巷6号\t442000315';
    expect(found(table, 'address')).toEqual(['小榄镇永宁社区北区大街三巷6号']);
    expect(found('来电人：谭桂芝，女，归侨，身份证号500101********4282', 'person_name')).toEqual(['谭桂芝']);
    expect(found('海关宿舍1栋1单元既有住宅加装电梯业主意见征询签字表', 'address')).toEqual([]);
  });
});

describe('schools, the elderly, rentals and reservoir migrants (dev206–dev209, 2026-12-06)', () => {
  it('reads assessors, a record’s clerk and its caller-back as officials, not the family who register a grave', () => {
    expect(found('评估由市长期护理保险失能评估中心评估员郭晓红、孟建华二人按规范完成', 'person_name')).toEqual([]);
    expect(found('登记回执：申请已于2026年2月9日收到，登记人：郑春燕。', 'person_name')).toEqual([]);
    expect(found('已登记的坟墓：曾德明之墓（登记人：曾小平）', 'person_name')).toEqual(['曾德明', '曾小平']);
    expect(found('来电人表示资金已到账，满意。回访人员：陆敏（工号5027）。', 'person_name')).toEqual([]);
    expect(found('审核人：吉阳区教育局符明远，吉阳区住建局王秀清。', 'person_name')).toEqual([]);
  });
  it('reads a flat its owner lets, said so, as no one’s home, and finds no name in 公益性 or 后按月', () => {
    const landlord = '房东周立（住3单元502室）出租其名下富民三路12号2单元701室，租客韦小红退租后';
    expect(found(landlord, 'address')).toEqual(['3单元502室']);
    expect(found('出租房屋坐落\t红塔区凤凰街道珊瑚路28号1幢3单元502室（已出租，非本人居住）', 'address')).toEqual([]);
    expect(found('开发农村互助养老公益性岗位30个', 'person_name')).toEqual([]);
    expect(found('（账号4110 0162 3000 0078 51）后按月领取', 'person_name')).toEqual([]);
  });
});

describe('pharmacies, start-up loans, borders and sports (dev210–dev213, 2026-12-06)', () => {
  it('finds no name in 边民证, 养老保险, 文广新旅局 or 同班家长', () => {
    expect(found('乌日娜（边民证号蒙二边****1107）将本人边民证交由他人代为申报', 'person_name')).toEqual(['乌日娜']);
    expect(found('您在广州穗达物流有限公司参加职工养老保险', 'person_name')).toEqual([]);
    expect(found('可于公示期内向区文广新旅局体育科书面提出', 'person_name')).toEqual([]);
    expect(found('另有同班家长唐晓雪反映同样问题', 'person_name')).toEqual(['唐晓雪']);
  });
});

describe('parking, exams, collectives and student aid (dev214–dev217, 2026-12-06)', () => {
  it('starts no name at a label whose first character is a surname’s (车主|王芳), and reads a brigade’s head as an official', () => {
    expect(found('车主王芳，电话13812345678', 'person_name')).toEqual(['王芳']);
    expect(found('租户搬走前，房东来函称其欠三个月房租', 'person_name')).toEqual([]);
    expect(found('负责人：黄国栋，大队长。', 'person_name')).toEqual([]);
    expect(found('承租方：赵丽君，身份证号622201197308041906', 'person_name')).toEqual(['赵丽君']);
    expect(found('逾时未挪方依法拖移', 'person_name')).toEqual([]);
  });
  it('reads a number of seventeen digits or more beginning with 3 as no card', () => {
    expect(found('王建民\t37150220230918041\t8740.62', 'bank_card')).toEqual([]);
    expect(found('农民工工资专用账户（账号3803 0221 0900 0108 552）', 'bank_card')).toEqual([]);
  });
  it('reads plates listed with their drivers before 等N辆 as the drivers’, a firm’s listed so as the firm’s', () => {
    const cars = '对粤G·D27681（驾驶人苏志鹏）、粤G 5Q3K8（驾驶人揭海明）等6辆网约车违停行为依法处罚';
    expect(found(cars, 'plate')).toEqual(['粤G·D27681', '粤G 5Q3K8']);
    expect(found('该公司苏E·12345、苏E·12346等3辆货车', 'plate')).toEqual([]);
  });
});

describe('electric bicycles, veterans, health and funerals (dev218–dev221, 2026-12-06)', () => {
  it('finds an electric bicycle’s city plate of a longer city, digits alone or a letter and four, and a province spaced off', () => {
    expect(found('电动自行车（号牌：牡丹江A286154）被暂扣', 'plate')).toEqual(['牡丹江A286154']);
    expect(found('原告骑走其电动自行车绵阳 018273外出', 'plate')).toEqual(['绵阳 018273']);
    expect(found('已登记马玉兰的电动自行车伊宁 A5180等11辆', 'plate')).toEqual(['伊宁 A5180']);
    expect(found('电动自行车补贴10000元', 'plate')).toEqual([]);
    expect(found('电动自行车登记\n序号\t车主\t号牌\n1\t王芳\t牡丹江A·286154', 'plate')).toEqual(['牡丹江A·286154']);
    expect(found('车主马玉兰\t金川小区2号楼4单元601室\t新 F 8R0K3', 'plate')).toEqual(['新 F 8R0K3']);
  });
  it('reads a hearse, a funeral parlour’s and a bus company’s vehicles as theirs', () => {
    expect(found('路海平\t子\t137 3175 6481\t冀J·B5012（殡仪馆灵车）', 'plate')).toEqual([]);
    expect(found('科尔沁区殡仪馆正规殡葬车辆（蒙G·X2651、蒙G·X2653）承运遗体', 'plate')).toEqual([]);
    expect(found('三亚公交集团有限公司驾驶员李国强（琼B·00718）', 'plate')).toEqual([]);
  });
  it('reads a form’s name field whatever the name, and no column’s heading after 姓名', () => {
    expect(found('申请表\n申请人姓名\t宝音仓\n民族\t蒙古族', 'person_name')).toEqual(['宝音仓']);
    expect(found('申请人姓名：宝音仓\n民族：蒙古族', 'person_name')).toEqual(['宝音仓']);
    expect(found('本人电话\t153 4756 0821\n父亲\t朝鲁，身份证号152301197903042316', 'person_name')).toEqual(['朝鲁']);
    expect(found('姓名\t优抚类别\t住址\t发放金额', 'person_name')).toEqual([]);
    expect(found('户主\t所在屯\t补贴面积（亩）', 'person_name')).toEqual([]);
  });
  it('reads those awaiting a review, an only son and a named letter writer as persons, a list of staff as officials', () => {
    const list = '同批体检合格待政审人员\t孟繁宇（1505**********0914）、乌日娜（1505**********0921）';
    expect(found(list, 'person_name')).toEqual(['孟繁宇', '乌日娜']);
    expect(found('本人独子谢家强已去世多年', 'person_name')).toEqual(['谢家强']);
    expect(found('关于向红梅来信反映消防通道被占问题的答复意见\n向红梅女士：', 'person_name')).toEqual([
      '向红梅',
      '向红梅',
    ]);
    expect(found('面试考官组：吴晓明、段丽华、杨志斌（均为本局工作人员）', 'person_name')).toEqual([]);
    expect(found('反映三明康宁护理院拖欠护工工资', 'person_name')).toEqual([]);
    expect(found('烈士遗属韦王氏系申请人祖母，已于1998年去世', 'person_name')).toEqual(['韦王氏']);
  });
  it('reads no telephone in the first groups of a masked card', () => {
    expect(found('单丽萍（6217 0019 **** ***0 738）', 'landline')).toEqual([]);
  });
});

describe('justice, civil affairs, markets and tax (dev222–dev225, 2026-12-06)', () => {
  it('reads 曾 meaning once and 代 meaning for another before an act as no surname', () => {
    expect(found('当晚原告曾骑走其电动自行车外出', 'person_name')).toEqual([]);
    expect(found('证明顾客曾称“不用开票”', 'person_name')).toEqual([]);
    expect(found('下列自然人申请代开增值税发票', 'person_name')).toEqual([]);
    expect(found('居民代表曾凡荣说，他家住在滨江路', 'person_name')).toEqual(['曾凡荣']);
  });
  it('reads a stall keeper, a reserve with an ID after a count and no comparison as persons', () => {
    expect(found('发现小区门口流动摊贩于长福使用改装电子秤', 'person_name')).toEqual(['于长福']);
    expect(found('递补人选为面试第6名应佳琪（身份证号3311**********6402）', 'person_name')).toEqual(['应佳琪']);
    expect(found('养父舒国平，住址与申请人相同。', 'person_name')).toEqual(['舒国平']);
    expect(found('搬迁奖励金另行转入受托人名下银行卡', 'person_name')).toEqual([]);
    expect(found('提供收养登记证（证号鄂宜西收字第91-0**号）复印件', 'person_name')).toEqual([]);
    expect(found('在大武口区康源大药房购药42次', 'person_name')).toEqual([]);
  });
  it('reads an office’s contact named after their department as its staff', () => {
    const notice = '区残联联系人：康复部 秦丽芬，电话0874-6546592；地址曲靖市麒麟区寥廓南路72号。';
    expect(findPersonalInformation(notice)).toEqual([]);
  });
  it('reads a vehicle said to be a person’s own as theirs, whatever body it serves', () => {
    const car = '何家祥为本中心提供的车辆云D·6K358用于接送老人，备案材料注明系其个人所有。';
    expect(found(car, 'plate')).toEqual(['云D·6K358']);
  });
});

describe('transport, emergencies, real estate and schools (dev226–dev229, 2026-12-06)', () => {
  it('reads a home’s line given in brackets after its label as the person’s', () => {
    const call = '工作人员通过家里电话（0938-8352716）回访时，李淑芳表示满意。';
    expect(found(call, 'landline')).toEqual(['0938-8352716']);
  });
  it('reads the line and address given after a notice sends its readers to an office as the office’s', () => {
    const notice =
      '有异议的，请与新城区教育局民办教育科联系。\n联系电话0471-6932518，地址呼和浩特市新城区兴安北路169号教育大楼402室。';
    expect(findPersonalInformation(notice)).toEqual([]);
  });
  it('reads a list of names closed by their office as its staff, a volunteer team’s captain and a girl as persons', () => {
    expect(found('张贴人：吴世林、赵德勇（花溪区交通运输局工作人员）', 'person_name')).toEqual([]);
    expect(found('家长志愿者服务队队长樊美玲表示', 'person_name')).toEqual(['樊美玲']);
    expect(found('一名6岁女童赵可心失足落水', 'person_name')).toEqual(['赵可心']);
    expect(found('关于张店区贝贝乐幼儿园举办者变更', 'person_name')).toEqual([]);
  });
  it('reads a school bus’s plate as its operator’s', () => {
    expect(found('该线路校车由顺达校车服务有限公司运营，车牌号为辽C·7Q582', 'plate')).toEqual([]);
    expect(found('本园校车车牌号为冀T·6B317，由平安校车服务有限公司运营', 'plate')).toEqual([]);
  });
});

describe('land contracts, environment, census and city management (dev230–dev233, 2026-12-06)', () => {
  it('reads a form’s account with a note in brackets after its label as the person’s', () => {
    const form = '开户银行及账号（奖励金发放）\t招商银行 6225881640929799';
    expect(found(form, 'bank_card')).toEqual(['6225881640929799']);
  });
  it('reads households, stalls and service centres as no one, a household’s head and an occupier as persons', () => {
    expect(found('涌现出一批热心督导的居民志愿者和家庭。', 'person_name')).toEqual([]);
    expect(found('将其安置到园林路爱心摊点便民疏导点', 'person_name')).toEqual([]);
    expect(found('（联系人：区环卫事务中心 李娜，电话0535-3975611）', 'person_name')).toEqual([]);
    expect(found('“最美家庭”名单：应国华家庭（鄞州区首南街道）', 'person_name')).toEqual(['应国华']);
    expect(found('实际使用人丁小军已被告知', 'person_name')).toEqual(['丁小军']);
  });
  it('reads a firm’s and an enforcement squad’s vehicles as theirs', () => {
    const firm = '鲁中渣土运输有限公司（统一社会信用代码91370303MA3CK7Q21P）所属车辆鲁C·F2739未按核准路线行驶';
    expect(found(firm, 'plate')).toEqual([]);
    expect(found('人才公寓运营方车辆皖A·K7L55已按要求停放', 'plate')).toEqual([]);
    expect(found('运输单位：捷运渣土运输有限公司，运输车辆浙D·H5170、浙D·H5182', 'plate')).toEqual([]);
    expect(found('现场查处使用的执法车辆为黑B·J2765。', 'plate')).toEqual([]);
    expect(found('石建新登记的巡查车辆为津C·D52873', 'plate')).toEqual(['津C·D52873']);
  });
});

describe('provident funds, utilities, enforcement and tourism (dev234–dev237, 2026-12-06)', () => {
  it('reads no name in a Mongolian city, in 高消费 or in 古民居, and a squad’s members as officials', () => {
    expect(found('户名乌兰察布市集宁区人民法院，账号', 'person_name')).toEqual([]);
    expect(found('对你采取限制被执行人高消费及有关消费', 'person_name')).toEqual([]);
    expect(found('对完成修缮的私人产权碉楼、古民居给予修缮补助', 'person_name')).toEqual([]);
    expect(found('现场核查由文化市场综合行政执法大队队员陈刚实施', 'person_name')).toEqual([]);
  });
  it('reads a shuttle’s plate and a debtor firm’s as theirs', () => {
    expect(found('并开通免费接驳车（车牌甘E·05812），不再', 'plate')).toEqual([]);
    expect(found('被执行单位名下的黑D·Q3716自卸货车已查封', 'plate')).toEqual([]);
    expect(found('登记在其本人名下的货车冀B·7R692', 'plate')).toEqual(['冀B·7R692']);
  });
});

describe('social insurance, forests, water and the federations (dev238–dev241, 2026-12-06)', () => {
  it('reads no name in 申领丧葬, 毛竹林, 危旧房, 林缘 or a column headed 井主', () => {
    expect(found('关于催告已故参保人员遗属申领丧葬补助金和抚恤金的公告', 'person_name')).toEqual([]);
    expect(found('被征收人承包经营的杉木林、毛竹林位于征收范围内', 'person_name')).toEqual([]);
    expect(found('国有林场职工危旧房改造（林区安居房）分配对象公示', 'person_name')).toEqual([]);
    expect(found('全县林区及林缘500米范围内严禁一切野外用火', 'person_name')).toEqual([]);
    expect(found('机井编号\t井主\t住址\t身份证号', 'person_name')).toEqual([]);
  });
  it('reads officials by a federation’s or a union’s department, a squad leader’s post, a bank head and a sign-off', () => {
    expect(found('联系人：区妇联家庭和儿童工作部郑晓燕，电话0594-2256137。', 'person_name')).toEqual([]);
    expect(found('联系人：区妇联家庭和儿童工作部郑晓燕，电话0594-2256137。', 'landline')).toEqual([]);
    expect(found('调解员：区总工会法律工作部梁伟强。', 'person_name')).toEqual([]);
    expect(found('委托代理人：孙立平，该局水政监察大队大队长。', 'person_name')).toEqual([]);
    expect(found('县水务局分管负责人：方建明。', 'person_name')).toEqual([]);
    expect(found('雨湖区妇联主席：朱晓红　区农商行行长：曹建军', 'person_name')).toEqual([]);
    expect(found('审核人：梁晓峰；复核人：郑慧；负责人：潘志明\n某某中心（盖章）', 'person_name')).toEqual([]);
    expect(found('邻户盘德生（住乳源县必背镇王茶村石坑组15号）已签订协议', 'person_name')).toEqual(['盘德生']);
  });
  it('reads the line an office called back from, a 24-hour repair line, an office’s line after its address and an office’s dedicated mailbox as theirs', () => {
    expect(found('2026年6月10日以0533-2187633回访，来电人表示满意。', 'landline')).toEqual([]);
    expect(found('已将您家纳入重点回访户，24小时报修电话0635-4211230。', 'landline')).toEqual([]);
    expect(found('曾致电栽麻镇林业站（栽麻镇栽麻街15号，0855-6641205）反映异议', 'landline')).toEqual([]);
    expect(found('本机关信息公开专用邮箱为fcqfl_gongkai@163.com。', 'email')).toEqual([]);
    expect(found('其子家中电话0635-4211230。', 'landline')).toEqual(['0635-4211230']);
    expect(found('经营者\t住址\t电话\n韦玉芳\t西城路33号4栋601室\t0773-2861379（帮办专窗代收）', 'landline')).toEqual(
      [],
    );
  });
  it('reads no home in a ranger’s numbered area or a village group’s roll', () => {
    expect(found('姓名\t管护区域\t考核结果\n吴通军\t文坡村1号责任区\t合格', 'address')).toEqual([]);
    expect(found('属于可以公开的政府信息，现将东升村四社名单摘录如下：', 'address')).toEqual([]);
    expect(found('现将第七村民小组选民名单公布如下', 'address')).toEqual([]);
  });
});

describe('science, narcotics control, 平安建设 and public rental housing (dev242–dev245, 2026-12-06)', () => {
  it('reads social workers, a panel’s members and an expropriation office’s contact as officials', () => {
    expect(found('水南街道社区戒毒社区康复工作站社工刘慧敏在场见证', 'person_name')).toEqual([]);
    expect(found('联系电话0792-6050608，社工胡晓燕、张俊。', 'person_name')).toEqual([]);
    expect(
      found('评审专家组由河北科技大学副教授 孔令杰、区农业农村局高级农艺师 周丽萍等5人组成。', 'person_name'),
    ).toEqual([]);
    expect(found('征收部门联系人：谢文涛，联系电话0797-8306122。', 'person_name')).toEqual([]);
    expect(found('征收部门联系人：谢文涛，联系电话0797-8306122。', 'landline')).toEqual([]);
  });
  it('reads no name in 施保, 承租, 奖励金 or a party kept anonymous by a letter', () => {
    expect(found('城市低保（单人户施保）', 'person_name')).toEqual([]);
    expect(found('被告认为，原告承租的惠民家园3栋2单元604室', 'person_name')).toEqual([]);
    expect(found('奖励金尚未发放。', 'person_name')).toEqual([]);
    expect(
      found('序号\t举报人\t身份证号\t举报事项\n3\t举报人甲\t3408**********1216\t电信诈骗窝点', 'person_name'),
    ).toEqual([]);
  });
  it('reads an operator’s vehicle as its own and a driver’s own car beside a taxi firm’s as theirs', () => {
    expect(found('运营单位服务电话0571-88376152，运营车辆浙A·6G917为通勤班车。', 'plate')).toEqual([]);
    expect(
      found('项俊杰驾驶的车辆为鞍山市金马出租汽车公司营运车辆辽C·T2719，车晓光驾驶的是本人车辆辽C·8Q3M6。', 'plate'),
    ).toEqual(['辽C·8Q3M6']);
  });
  it('reads a bare line said with 的 to be a person’s as theirs, but not a case numbered so', () => {
    expect(
      found('订餐老人大多留家里电话，像陆美珍阿婆的2100 9628，助餐服务中心电话021-25963560。', 'landline'),
    ).toEqual(['2100 9628']);
    expect(found('王芳的20219628号', 'landline')).toEqual([]);
  });
  it('reads a name of an ambiguous surname opening a sentence before where the person lives', () => {
    expect(found('和丽华的送达地址为云南省丽江市古城区束河街道龙泉社区中和村6组27号', 'person_name')).toEqual([
      '和丽华',
    ]);
    expect(found('向阿妹家住花垣县双龙镇十八洞村梨子寨组，她带领苗绣姐妹成立合作社', 'person_name')).toEqual([
      '向阿妹',
    ]);
    expect(found('于是住在这里的居民都搬走了', 'person_name')).toEqual([]);
  });
  it('reads a bare line in brackets after a neighbour asked to take delivery, and one after its city in a party’s row', () => {
    expect(found('家中无人时可交邻居孟凤兰代收（3086597）。', 'landline')).toEqual(['3086597']);
    expect(found('身份\t姓名\t住址\t电话\n原告\t俞德明\t嘉兴路168弄21号601室\t上海市71789495', 'landline')).toEqual([
      '71789495',
    ]);
  });
  it('reads a religious venue’s committee members as private people, not a development zone’s officials', () => {
    expect(found('该场所管委会主任曾宪林表示，今后将只公示姓名。', 'person_name')).toEqual(['曾宪林']);
    expect(found('天宫山寺管理委员会主任游永年及委员温桂香。', 'person_name')).toEqual(['游永年', '温桂香']);
    expect(found('开发区管委会主任钱文杰出席。', 'person_name')).toEqual([]);
  });
  it('reads an office’s contact after its address, a town’s 分管负责人 and a section’s 收件电话 as the office’s', () => {
    const office =
      '可向区住建局村镇建设股反映。\n地址：临桂区世纪东路6号住建大楼402室，联系人莫海燕，电话0773-5582013。';
    expect(found(office, 'person_name')).toEqual([]);
    expect(found(office, 'landline')).toEqual([]);
    expect(
      found('制表：镇村镇建设服务中心王晓丽\t审核：田坝桥镇分管负责人陈国强\t2024年7月3日', 'person_name'),
    ).toEqual([]);
    expect(found('区住建局村镇科收件电话：0851-22216852\t地址：七星关区洪山路18号', 'landline')).toEqual([]);
    expect(found('5\t王芳\t黄山大道2166号5栋1单元602室\t0552-4664788（原服务企业电话）', 'landline')).toEqual([]);
    expect(found('其与妻子梁秀娟均年过六旬，现住房为上世纪七十年代所建', 'person_name')).toEqual(['梁秀娟']);
  });
  it('reads a line left as a person’s own contact as theirs, wherever it rings, but not one said not to be', () => {
    expect(
      found('其妻陈美玲签字，并留下工作单位龙岩市第一医院住院部的电话0597-6109846作为本人联系方式。', 'landline'),
    ).toEqual(['0597-6109846']);
    expect(found('店面电话由蚌埠市家政服务协会统一登记为0552-6917891，不作为个人联系电话。', 'landline')).toEqual([]);
  });
});

describe('notaries, mental health, house numbers and riders (dev250–dev253, 2026-12-06)', () => {
  it('reads notaries, complaint and disclosure officers and mental-health doctors in their duties as officials', () => {
    expect(found('公证处出具的卷宗显示，承办公证员为杜明远，', 'person_name')).toEqual([]);
    expect(found('当事人反映，常晓峰公证员上门办证', 'person_name')).toEqual([]);
    expect(found('受理人：区人社局政务公开专员郑晓红', 'person_name')).toEqual([]);
    expect(found('七眼桥镇卫生院精防医生陈明出具随访记录', 'person_name')).toEqual([]);
  });
  it('reads no name in an estate’s name, 关爱月, 门岗 or 曾用', () => {
    expect(found('1\t谢桂兰\t3\t母子\t阳明安居小区3栋104', 'person_name')).toEqual(['谢桂兰']);
    expect(found('“骑手关爱月”启动', 'person_name')).toEqual([]);
    expect(found('申请人因顾客要求改送至楼下门岗', 'person_name')).toEqual([]);
    expect(found('父亲曾用身份证号2108**********1036办理', 'person_name')).toEqual([]);
  });
});

describe('rural yards and minimum living allowances (dev254–dev257, 2026-12-06)', () => {
  it('reads no name in 人居环境, 红榜农户, 计发, a numbered village or a county media centre’s byline', () => {
    expect(found('乡人居环境整治专班进行了排查', 'person_name')).toEqual([]);
    expect(found('一、红榜农户（季度积分前十名）', 'person_name')).toEqual([]);
    expect(found('补贴按2人计发，联系电话131 7439 6918。', 'person_name')).toEqual([]);
    expect(found('马玉亭\t金岭一村\t金岭一村清真寺东巷5号', 'person_name')).toEqual(['马玉亭']);
    expect(found('凌海融媒记者 孙晓彤', 'person_name')).toEqual([]);
  });
  it('reads a task force’s head as an official and a village office’s line as its own', () => {
    expect(found('可向镇整治工作专班反映，专班负责人赵德明，电话0435-5213867；', 'person_name')).toEqual([]);
    expect(found('有事我就给村里打电话，村部电话0416-8531216，我都记在墙上', 'landline')).toEqual([]);
  });
  it('reads a volunteer team’s captain and a volunteer station’s head as private people, and a review panel as officials', () => {
    expect(found('该志愿服务队于2024年在区志愿服务联合会备案，队长谭小兵为个人身份担任。', 'person_name')).toEqual([
      '谭小兵',
    ]);
    expect(found('服务队队长林淑贞介绍，队里有三十多人', 'person_name')).toEqual(['林淑贞']);
    expect(found('附有“阳明路社区”志愿服务站站长温玉兰出具的证明', 'person_name')).toEqual(['温玉兰']);
    expect(found('区交警大队中队长王强到场处理', 'person_name')).toEqual([]);
    expect(found('评估专家组：刘建华、周敏、马骏。', 'person_name')).toEqual([]);
    expect(found('由区医保局统一打入本人社保卡，发放联系人杨斌，电话0874-3122605。', 'person_name')).toEqual([]);
    expect(found('经区志愿服务指导中心复核', 'person_name')).toEqual([]);
  });
});

describe('lifts, farm insurance, blood donors and fisheries (dev258–dev261, 2026-12-06)', () => {
  it('reads no road in a lift’s shaft', () => {
    expect(found('三、隔壁3栋住户覃振飞提出电梯井道影响3栋采光。', 'address')).toEqual([]);
    expect(found('被告辩称：电梯井道紧贴其卧室窗户。', 'address')).toEqual([]);
    expect(found('原告住鹤鸣路12号3幢2单元601室。', 'address')).toEqual(['鹤鸣路12号3幢2单元601室']);
  });
  it('reads a column headed by a private role (献血者, 用血者) as names', () => {
    const table = '序号\t献血者\t献血者住址\t用血者\n8\t易小龙\t石鼓区黄沙湾街道雁城路33号\t易德胜';
    expect(found(table, 'person_name')).toEqual(['易小龙', '易德胜']);
    // (…but not a sponsor's column: an organisation runs a school.)
    expect(found('序号\t举办者\t地址\n1\t昌吉市长宁教育咨询有限公司\t昌吉市长宁北路211号', 'person_name')).toEqual([]);
  });
  it('reads an aid recipient, a wife and a boat’s captain or crewmate as private people', () => {
    expect(found('第6号受助人万林在外务工。', 'person_name')).toEqual(['万林']);
    expect(found('白天不在家可以打我媳妇朱敏的手机。', 'person_name')).toEqual(['朱敏']);
    expect(found('渔船检验因船长孙启明住院而延误。', 'person_name')).toEqual(['孙启明']);
    expect(found('同船的吴长江、吴长海已经收到。', 'person_name')).toEqual(['吴长江', '吴长海']);
    expect(found('渔政船船长王建国带队巡查。', 'person_name')).toEqual([]);
  });
  it('reads insurers’ loss adjusters, co-insurance agents and the Red Cross’s officers in their duties as officials', () => {
    expect(found('复核人：安华农险查勘员邵明辉。', 'person_name')).toEqual([]);
    expect(found('镇农房保险协管员韩玉兰，电话0438-6702179', 'person_name')).toEqual([]);
    expect(found('报区红十字会专职副会长张琼芬审核。', 'person_name')).toEqual([]);
    expect(found('由器官获取组织协调员谢晓红陪同送达。', 'person_name')).toEqual([]);
  });
  it('reads no name in a bank’s, an insurer’s or a fishing boat’s name, nor inside 奶牛 or 共享单车', () => {
    expect(found('委托荣成农村商业银行代发。', 'person_name')).toEqual([]);
    expect(found('全部赔款由安华农业保险锦州中心支公司理赔专户拨付。', 'person_name')).toEqual([]);
    expect(found('鲁荣渔58691号渔船在石岛东南起火。', 'person_name')).toEqual([]);
    expect(found('其中11头奶牛中有4头未佩戴耳标。', 'person_name')).toEqual([]);
    expect(found('小区大门外的人行道被共享单车占满。', 'person_name')).toEqual([]);
  });
});

describe('pensions and people found (dev262–dev263, 2026-12-06)', () => {
  it('reads a name before 名下 though its last character makes a word with 名', () => {
    expect(found('发放款改转其丈夫唐建国名下账户。', 'person_name')).toEqual(['唐建国']);
    expect(found('转入王振国名下', 'person_name')).toEqual(['王振国']);
    expect(found('房东家电话0317-3548954', 'person_name')).toEqual([]);
  });
  it('reads no home in a family’s row or a railway station, nor an organisation’s address said so', () => {
    expect(found('家庭成员1\t父亲　诸葛明远', 'address')).toEqual([]);
    expect(found('2\t不详\t女\t约85岁\t阳泉火车站候车室', 'person_name')).toEqual([]);
    expect(found('由驾鹤街道社保服务站（地址鱼峰区驾鹤路112号，电话0772-6257732）协助送达。', 'address')).toEqual([]);
    expect(found('社区工作人员吴静，社区地址汇川区珠海路62号，电话0851-45606393；邻居吴德贵', 'address')).toEqual([]);
    expect(found('见证人吴德贵，住汇川区珠海路62号3栋201室', 'address')).toEqual(['汇川区珠海路62号3栋201室']);
    expect(found('调解员将通知你参加调解，调委会地址为钟山区钟山中路109号。', 'address')).toEqual([]);
  });
});

describe('school buses, wild animals and old houses (dev264–dev266, 2026-12-06)', () => {
  it('reads a school-bus firm’s plates as its own, a range of them too', () => {
    expect(found('该校现使用校车2辆，号牌为鲁A·U7391和鲁A·U7402。', 'plate')).toEqual([]);
    expect(found('由昌运校车服务有限公司运营，车牌分别为吉B·X6021至吉B·X6024。', 'plate')).toEqual([]);
    expect(found('5\t鞠德海（个人）\t辽A·7F2N8\t7\t无', 'plate')).toEqual(['辽A·7F2N8']);
  });
  it('reads a shared home (共同住所) as a home, and no home in an office’s brackets or in a house no one lives in', () => {
    expect(found('二人共同住所：北镇市广宁街道鼓楼北街东三胡同4号。', 'address')).toEqual([
      '北镇市广宁街道鼓楼北街东三胡同4号',
    ]);
    expect(found('村委会调解未成，村委会（古镇都村中街1号）联系电话0535-5212036。', 'address')).toEqual([]);
    expect(found('该户在东楮岛村118号（无人居住）有老屋一处。', 'address')).toEqual([]);
  });
  it('reads a craftsman and a name before 另留 as private people, and an interview panel’s head as an official', () => {
    expect(found('朱守成家聘请的工匠为应福生（传统工匠登记证号JY-GJ-0093）', 'person_name')).toEqual([
      '朱守成',
      '应福生',
    ]);
    expect(found('该公司前台电话0512-66286130；朱伟另留家中电话0512-65713842。', 'person_name')).toEqual(['朱伟']);
    expect(found('面试考官组组长王志强。', 'person_name')).toEqual([]);
  });
});

describe('elder brothers and sisters (dev250, dev255, 2026-12-06)', () => {
  it('reads a brother or sister named by rank (大哥, 兄长) as a private person, and no name in a form of address', () => {
    expect(found('大哥杨建中专门从西安赶回。', 'person_name')).toEqual(['杨建中']);
    expect(found('您的兄长江海涛于2026年3月20日来电。', 'person_name')).toEqual(['江海涛']);
    expect(found('王大姐说，家里困难。', 'person_name')).toEqual([]);
  });
});

describe('lost property, medical disputes, livestock, street vendors and floods (dev267–dev273, 2026-12-07)', () => {
  it('reads no name in a verb after a label, a frequent word before a bracket, nor a word listed as one', () => {
    expect(found('经查，违法行为人冒领手机后驾驶其本人车辆离开车站。', 'person_name')).toEqual([]);
    expect(found('被投诉人承接的屋面抢修工程已于2026年7月完工。', 'person_name')).toEqual([]);
    expect(found('申请人甘露要求以纸质形式提供信息。', 'person_name')).toEqual(['甘露']);
    expect(found('失主龚丽萍的陈述（其住址为赣州市章贡区厚德路52号2栋301，手机136 7977 0258）', 'person_name')).toEqual(
      ['龚丽萍'],
    );
    expect(found('当事人之妻梁爱华签署信用承诺书，身份证号码450902198703192021。', 'person_name')).toEqual(['梁爱华']);
    expect(found('3\t东风中路566号院2号楼3单元\t单亲家庭\t1500', 'person_name')).toEqual([]);
  });
  it('reads 本 opening a generation name, a villager described after the name, and no name in a shop’s', () => {
    expect(found('并委托亲属李本强（手机150 9340 4157）与征收部门协商。', 'person_name')).toEqual(['李本强']);
    expect(found('本人签字', 'person_name')).toEqual([]);
    expect(found('二、群众（2名）：\n税小琴，书楼镇梅子村村民，背出邻居老人；', 'person_name')).toEqual(['税小琴']);
    expect(found('1\t桂兰米粉店\t上官桂兰\t430408197508145531', 'person_name')).toEqual(['上官桂兰']);
    expect(found('审核：基金会理事长 吴志刚', 'person_name')).toEqual([]);
  });
  it('reads the address a paper is served at as the recipient’s, and no home in a village group spoken of as an area', () => {
    expect(found('本意见书邮寄送达至乐山市市中区通江街道柏杨中路45号附2号，抄送区公安分局。', 'address')).toEqual([
      '乐山市市中区通江街道柏杨中路45号附2号',
    ]);
    expect(found('发布红色预警，车江村三组被划为危险区。', 'address')).toEqual([]);
    expect(found('南坝镇石坎村二组列入危险区，需全部转移。', 'address')).toEqual([]);
    expect(found('身份证号码遮蔽，家庭住址仅保留至村民小组。', 'address')).toEqual([]);
  });
  it('reads a management line and a staff column’s line as offices’', () => {
    expect(found('摊主到夜市疏导点申请摊位，疏导点管理电话0419-2178927。', 'landline')).toEqual([]);
    const table =
      '户编号\t转移对象（户主）\t联系电话\t包保责任人\t职务\t包保人电话\n' +
      'LW-02\t岑美连\t0776-7935812\t罗廷华\t同乐镇副镇长\t0776-7921036';
    expect(found(table, 'landline')).toEqual(['0776-7935812']);
  });
});

describe('family disputes, noise, fireworks and village customs (dev274–dev277, 2026-12-07)', () => {
  it('reads a team’s leader (领队) as a private person, a council’s head (理事会会长) as an official', () => {
    expect(found('舞蹈队领队于凤霞说，音量小了。', 'person_name')).toEqual(['于凤霞']);
    expect(found('由星火村红白理事会理事长祝建林现场见证。', 'person_name')).toEqual([]);
    expect(found('理事会副会长刘振山说。', 'person_name')).toEqual([]);
  });
  it('reads a column of a council’s staff as officials’ names, and no name in words listed as none', () => {
    const table =
      '序号\t户主\t家庭住址\t简办事由\t办事桌数\t村红白理事会经办人\n1\t孙学文\t苏村镇新庄村西街12号\t儿子婚礼零彩礼\t6\t孙敬波';
    expect(found(table, 'person_name')).toEqual(['孙学文']);
    expect(found('发放至新人任意一方名下银行卡。', 'person_name')).toEqual([]);
    expect(found('其中一发倾倒后横向射出，击伤路过的杨正华。', 'person_name')).toEqual(['杨正华']);
    expect(found('3\t贺玉珍\t宋店村贺圩组4号\t母亲寿宴\t6', 'person_name')).toEqual(['贺玉珍']);
  });
});

describe('rural collectives, rented rooms, parking and tutoring (dev278–dev281, 2026-12-07)', () => {
  it('reads a village share co-operative’s chairman as an official, and no name in an owners’ committee', () => {
    expect(found('大宗村股份经济合作社理事长宗立军获“优秀理事长”称号。', 'person_name')).toEqual([]);
    expect(found('B-03\t18\t业主委员会\t—\t—', 'person_name')).toEqual([]);
    expect(found('小区改造后新增的57个停车位在这里公开抽签。', 'person_name')).toEqual([]);
  });
  it('reads no village group in a word it begins (集体经济组织)', () => {
    expect(found('您申请公开“2024年大平房镇黄花滩村集体经济组织成员资格认定结果”。', 'address')).toEqual([]);
    expect(found('其户籍在黄花滩村三组，现住该村。', 'address')).toEqual(['黄花滩村三组']);
  });
});

describe('buyers of new flats (dev283, 2026-12-07)', () => {
  it('reads no name inside the quoted name of a residential project, and a quoted person still as one', () => {
    expect(found('我是竞秀区“盛和府”5号楼的业主，合同约定2024年12月交房。', 'person_name')).toEqual([]);
    expect(found('来电人称其收房入住“锦澜·云庭”小区，至今未拿到证书。', 'person_name')).toEqual([]);
    expect(found('张店区马尚街道“齐都·颐和府”一期举行交房仪式。', 'person_name')).toEqual([]);
    expect(found('申请人“佘二妞”于2026年3月来电。', 'person_name')).toEqual(['佘二妞']);
  });
});

describe('a home’s line said to be another one (dev283, 2026-12-07)', () => {
  it('reads 家中另有座机 and 家里还有一部座机 as a home’s line, whatever organisation was named before', () => {
    expect(found('区供电公司客服中心电话0519-28784175，家中另有座机0519-56234840。', 'landline')).toEqual([
      '0519-56234840',
    ]);
    expect(found('街道办事处，家里还有一部座机0519-56234840。', 'landline')).toEqual(['0519-56234840']);
  });
});

describe('lost property’s owners (dev59, 2026-12-07)', () => {
  it('reads the line of an owner of lost property (失主联系电话) as theirs after an office', () => {
    expect(found('中国银行鹤岗分行营业部，失主联系电话0468-4935316。', 'landline')).toEqual(['0468-4935316']);
  });
});

describe('conscription, community corrections, family-planning parents and farm machines (dev286–dev289, 2026-12-07)', () => {
  it('reads a station’s technician, a conscription office’s clerk and a co-operative’s chairman as officials', () => {
    expect(
      found('鼎城区农业农村局农机安全监理站技术员李振华、周敏现场勘查后出具了事故认定书。', 'person_name'),
    ).toEqual([]);
    expect(found('联系人：区征兵办参谋吴建波，电话0317-3172905。', 'person_name')).not.toContain('吴建波');
    expect(found('联系人区征兵办干事曹立军，电话0318-4104812。', 'person_name')).not.toContain('曹立军');
    expect(found('送达人：草市街司法所社区矫正专干\u3000王建英', 'person_name')).toEqual([]);
    expect(found('常德市鼎城区稻花香农机专业合作社（理事长：文爱军）', 'person_name')).toEqual([]);
    expect(found('辅导员：宋佳（电话0418-3351206）', 'person_name')).toEqual([]);
  });
  it('finds a name numbered as a household in a notice’s list', () => {
    expect(found('第4户袁伟已于2025年12月办理补偿款提存。', 'person_name')).toEqual(['袁伟']);
    expect(found('第5户与第6户系兄妹。', 'person_name')).toEqual([]);
  });
  it('reads no name in 荣立三等功, 对越自卫反击战, 房源池 or 保安和保洁岗位', () => {
    expect(found('共有6人荣立三等功、9人被评为优秀士兵。', 'person_name')).toEqual([]);
    expect(found('其父邵广林是参加过对越自卫反击战的老兵。', 'person_name')).toEqual(['邵广林']);
    expect(found('原配租的房屋退回房源池。', 'person_name')).toEqual([]);
    expect(found('该公司为5名社区矫正对象提供了保安和保洁岗位。', 'person_name')).toEqual([]);
  });
  it('reads no ID number in a column of fifteen-digit serials', () => {
    const table = '申请编号\t购机者\t补贴额（元）\n510903260811027\t唐志勇\t9600';
    expect(found(table, 'id_card')).toEqual([]);
    expect(found('原身份证号510903260811027。', 'id_card')).toEqual(['510903260811027']);
  });
  it('reads a co-operative’s or a station’s farm machine and a taxi firm’s cab as theirs, a farmer’s as his', () => {
    expect(found('约翰迪尔5E-954型拖拉机（号牌桂10-06217，登记在合作社名下）', 'plate')).toEqual([]);
    expect(found('到期换证\t桂10-05826（合作社名下）\t右江区四塘镇', 'plate')).toEqual([]);
    expect(found('已在实际操作考核中使用监理站考试用车云03-00018。', 'plate')).toEqual([]);
    const list = '序号\t所有人\t住址\t号牌\n3\t遂宁市船山区兴农农机专业合作社\t船山区新桥镇园区路8号\t川09-03462';
    expect(found(list, 'plate')).toEqual([]);
    expect(found('钟华明的手扶拖拉机号牌川09-02417已逾期未检验。', 'plate')).toEqual(['川09-02417']);
    expect(found('他驾驶的出租车车牌为鲁J·T8261，隶属泰安市泰运出租汽车公司。', 'plate')).toEqual([]);
  });
});

describe('household registration, road accidents, injured workers and parcels (dev290–dev293, 2026-12-07)', () => {
  it('reads a registration clerk, a brigade’s legal officer or head, a pharmacist and a panel’s leader as officials', () => {
    expect(found('联系人：城郊派出所户籍内勤赵晓琳，电话（0816）6082352。', 'person_name')).toEqual([]);
    expect(found('本答复由蜀山大队事故中队民警陈建军、法制员许静审核。', 'person_name')).toEqual([]);
    expect(found('据大队负责人刘宏宇介绍，通告发出后，市民阎春生驾车经过。', 'person_name')).toEqual(['阎春生']);
    expect(found('海正大药房椒江十五店由执业药师戴晓峰负责。', 'person_name')).toEqual([]);
    expect(found('评审组组长杨春明、专家库联系人周建英。', 'person_name')).not.toContain('杨春明');
  });
  it('finds names of the rare surnames 缐 and 菅', () => {
    expect(found('职工姓名：缐小军　性别：男', 'person_name')).toEqual(['缐小军']);
    expect(found('菅长河之女菅晓雯代其父签收了决定书。', 'person_name')).toEqual(['菅长河', '菅晓雯']);
  });
  it('reads a column of where people are to move to as their homes', () => {
    const table =
      '姓名\t迁移证编号\t迁出地\t拟迁入地\t联系电话\n赵一凡\t5113022025011763\t顺庆区中城派出所\t南充市顺庆区华凤街道玉带中路二段58号\t18697813322';
    expect(found(table, 'address')).toEqual(['南充市顺庆区华凤街道玉带中路二段58号']);
  });
  it('reads no name in a business’s kind or in words listed as none (五金, 都知道, 房东家)', () => {
    expect(found('诚信经营户宗德华，“德华五金”经营者。', 'person_name')).toEqual(['宗德华']);
    expect(found('她家的电话成了全村人都知道的“快递热线”。', 'person_name')).toEqual([]);
    expect(found('房东为汪月琴，房东家住安庆市迎江区人民路街道锡麟街红旗小区3栋1单元402室。', 'person_name')).toEqual([
      '汪月琴',
    ]);
  });
});

describe('old people’s care, prepaid cards, unpaid wages and disabled people (dev294–dev297, 2026-12-07)', () => {
  it('reads a 残疾人证号 said to be one (…证号为) as the holder’s ID number', () => {
    expect(found('杨小龙的残疾人证号为52270120120522291852，证件有效期至2031年。', 'id_card')).toEqual([
      '522701201205222918',
    ]);
  });
  it('finds a name of the rare surname 訚, and no name in words listed as none', () => {
    expect(found('申请执行人訚春来现住鞍山市铁东区站前街道。', 'person_name')).toEqual(['訚春来']);
    expect(found('会员可携储值卡到调解室登记。', 'person_name')).toEqual([]);
    expect(found('涉嫌违反《消费者权益保护法》第五十三条规定。', 'person_name')).toEqual([]);
    expect(found('被告钟伟棠系该公司原股东。', 'person_name')).toEqual(['钟伟棠']);
  });
  it('takes no label with the name in a column of names (经营者 | 法定代表人赵文斌)', () => {
    const table =
      '许可证编号\t经营者名称\t经营者\t经营场所\nJY31304030086537\t邯郸市丛台区乐龄餐桌餐饮服务有限公司\t法定代表人赵文斌\t丛台区人民东路158号';
    expect(found(table, 'person_name')).toEqual(['赵文斌']);
  });
});

describe('talents, school admissions, complaints against lawyers and fraud victims (dev298–dev301, 2026-12-07)', () => {
  it('reads no name starting with the 费 of a fee (律师费退还), and a lawyer handling a case as one in practice', () => {
    expect(found('已督促律所退还律师费共计9.6万元。', 'person_name')).toEqual([]);
    expect(found('律所收取律师费后又要求另收风险费。', 'person_name')).toEqual([]);
    expect(found('本人经中介费伟明介绍租房。', 'person_name')).toEqual(['费伟明']);
    expect(found('承办律师张伟强于2025年6月转所执业。', 'person_name')).toEqual([]);
  });
  it('reads no name in words listed as none (钱袋子, 和金融, 房内有)', () => {
    expect(found('涌现出一批守护群众钱袋子的先进个人。', 'person_name')).toEqual([]);
    expect(found('全区广大群众和金融、通信行业从业人员积极参与。', 'person_name')).toEqual([]);
  });
});

describe('social organisations and illegal medical practice (dev303–dev304, 2026-12-07)', () => {
  it('reads an association’s president and a licensed doctor named in their work as such', () => {
    expect(found('爱心公益协会会长刘振华表示，协会将持续开展帮扶活动。', 'person_name')).toEqual([]);
    expect(found('据区慈善会会长郑国平介绍，今年募集的善款将主要用于助学。', 'person_name')).toEqual([]);
    expect(found('被告辩称：施术人员系本诊所执业医师刘敏，操作符合规范。', 'person_name')).toEqual([]);
    expect(found('捐款的还有环卫工杨木生和他的孙女杨欣怡。', 'person_name')).toContain('杨欣怡');
  });
});

describe('straw burning and fires in the open (dev306, 2026-12-07)', () => {
  it('reads no home in a village group spoken of by its fields or as where a patrol went', () => {
    expect(found('当事人在其父承包的金羊村5组麦田内点火焚烧秸秆。', 'address')).toEqual([]);
    expect(found('5月18日，禁烧巡查组在金鸡村11组巡查时发现火点。', 'address')).toEqual([]);
    expect(found('户主林光明，住金羊村5组。', 'address')).toEqual(['金羊村5组']);
  });
  it('reads an office’s duty clerk and a countersigning official as such, and no name in a fee or a woodshed', () => {
    expect(found('办理人员：区应急管理局值班员叶明。', 'person_name')).toEqual([]);
    expect(found('会签意见：同意。会签人：李德明', 'person_name')).toEqual([]);
    expect(found('补偿款包括土地补偿费、安置补助费和青苗补偿费。', 'person_name')).toEqual([]);
    expect(found('火星被风吹至户主家柴房，引燃柴房。', 'person_name')).toEqual([]);
  });
});

describe('funerals, provident fund, legal aid and electric bicycles (dev310–dev313, 2026-12-07)', () => {
  it('reads a hearse, a publicity van and a firm’s service or patrol vehicle as no one’s own', () => {
    expect(found('当日区殡仪馆鲁N·7K2H9号殡仪车检修。', 'plate')).toEqual([]);
    expect(found('由街道安排殡仪车（辽H·S2731）运送骨灰。', 'plate')).toEqual([]);
    expect(found('区交通安全宣传车湘D·J3175将于五月走进10个社区。', 'plate')).toEqual([]);
    expect(found('由广州安居智充科技有限公司代收，其服务车辆粤A·F20318负责巡查。', 'plate')).toEqual([]);
    expect(found('由重庆城建拆除工程有限公司实施，其渣土运输车渝A·B6137按规定时段进出。', 'plate')).toEqual([]);
    expect(found('村民李永福驾驶其私家车鲁N·5K283前往殡仪馆。', 'plate')).toEqual(['鲁N·5K283']);
  });
  it('finds names of the surnames 银 and 矣 where a list or a role says a person, not in 银行卡', () => {
    expect(found('拟表彰人员：阳光辉、银海涛、伍静怡', 'person_name')).toContain('银海涛');
    expect(found('代办人矣正林未带授权书。', 'person_name')).toEqual(['矣正林']);
    expect(found('将存款转入一张户名为蒋德旺的银行卡。', 'person_name')).toEqual(['蒋德旺']);
  });
  it('finds a person named before their home in brackets after 的 or 有 (您反映的刘二旦（住…）)', () => {
    expect(found('您反映的刘二旦（住衡水市桃城区何家庄乡小侯村北街12号）在第一批名单中。', 'person_name')).toEqual([
      '刘二旦',
    ]);
    expect(found('小区化粪池冒水（住广州市荔湾区逢源街道龙津西路87号5栋303）', 'person_name')).toEqual([]);
  });
  it('reads a street’s civil-affairs assistant and a charity federation’s president as such', () => {
    expect(found('审核意见：同意上报。建丰街道民政助理　金海鹰，电话0417-5880396。', 'person_name')).toEqual([]);
    expect(found('区慈善总会会长张永平为获奖者颁发证书。', 'person_name')).toEqual([]);
  });
});

describe('veterans, student aid, medical aid and real estate registration (dev314–dev317, 2026-12-07)', () => {
  it('reads a column headed as where a school is run (办学地址) as the school’s premises', () => {
    const table =
      '许可证编号\t幼儿园名称\t办学地址\t举办者\t举办者住址\n' +
      '教民121090270000314号\t海州区小太阳幼儿园\t海州区新兴街道民主路22号\t鲍红艳\t海州区新兴街道民主路24号楼3单元201';
    expect(found(table, 'address')).toEqual(['海州区新兴街道民主路24号楼3单元201']);
  });
  it('reads a school’s aid officer, a panel’s leader and a window’s clerk as such', () => {
    expect(found('填报单位：长治市第二十五中学　资助专干：杨建平', 'person_name')).toEqual([]);
    expect(found('寄送地址为教体局人事科；考察组组长：谷振江。', 'person_name')).toEqual([]);
    expect(found('申请人签名\t何素芳\n窗口收件人\t罗婷婷', 'person_name')).toEqual(['何素芳']);
  });
  it('reads no name in 放学后, 出院后 or 尚欠', () => {
    expect(found('他每天放学后照顾祖母、种菜做饭。', 'person_name')).toEqual([]);
    expect(found('被告覃长根辩称：出院后家中无力负担。', 'person_name')).toEqual(['覃长根']);
    expect(found('扣除已拨付的救助金后，被告尚欠医疗费18305.18元。', 'person_name')).toEqual([]);
  });
});

describe('marriage registration, gas safety, homesteads and unemployment (dev318–dev321, 2026-12-07)', () => {
  it('reads a gas company’s inspector in their duties as such', () => {
    expect(found('复查人员为该公司安检员周健，复查电话0831-8316625。', 'person_name')).toEqual([]);
  });
  it('reads no home in a building of many households, nor past 提供 or into 另有', () => {
    expect(found('现向您提供锦绣花园5栋共12户的安检结果汇总表。', 'address')).toEqual([]);
    expect(found('申请人之妻沈兰芝与申请人在裴圩社区五组另有老宅一处。', 'address')).toEqual([]);
  });
  it('reads a wedding bus, a firm’s wedding car and a town office’s tow truck as no one’s own', () => {
    expect(found('新人统一乘坐大连公交集团提供的婚礼巴士（辽B·73156D）入场。', 'plate')).toEqual([]);
    expect(found('另有东营吉祥婚庆服务有限公司婚车一辆（鲁E·8T562）随同停放。', 'plate')).toEqual([]);
    expect(found('可联系镇环卫所清障车（辽J·Z2316），该车为镇政府公务车辆。', 'plate')).toEqual([]);
    expect(found('当事人刘国兵驾驶其个人所有的小型客车赣D·3N6P7从事非法营运。', 'plate')).toEqual(['赣D·3N6P7']);
  });
  it('reads a firm named by its city after a party’s label as the firm, and a party who complains of a firm as a person', () => {
    expect(found('被申请人乐山嘉州物业服务有限公司，住所地乐山市市中区嘉州大道188号。', 'person_name')).toEqual([]);
    expect(found('申请执行人提交的公司车辆属第三人周口恒通运输有限公司所有。', 'person_name')).toEqual([]);
    expect(found('投诉人欧阳志华、欧阳秀珍投诉贵州梵净律师事务所律师冉茂兴收费一案。', 'person_name')).toContain(
      '欧阳秀珍',
    );
  });
});

describe('mediation, geological hazards, auctions and small traders (dev322–dev325, 2026-12-07)', () => {
  it('reads no home through what a committee certifies, and a numbered village group as a party', () => {
    expect(found('原告住所地居委会证明其自2020年起与母亲黎月娥同住风度北路东堤巷14号2栋502房。', 'address')).toEqual([
      '风度北路东堤巷14号2栋502房',
    ]);
    expect(found('被申请人\t双戛村1组村民小组，组长杨兴发\t无\t双戛村委会', 'address')).toEqual([]);
  });
  it('finds a person of an ambiguous surname listed after another, and no name in 后经, 连心卡 or 车坏', () => {
    expect(found('和我一起下岗的牟大勇、向红英都是按月领的。', 'person_name')).toEqual(['牟大勇', '向红英']);
    expect(found('后经申请，陆家兴户的慰问金改为转入其本人的卡。', 'person_name')).toEqual(['陆家兴']);
    expect(found('社区把调委会电话印在居民连心卡上。', 'person_name')).toEqual([]);
    expect(found('附近居民车坏了，半夜打过去他也会骑车赶来。', 'person_name')).toEqual([]);
  });
  it('reads a township head’s assistant and a town’s rescue vehicle as public, and an office’s floor as the office', () => {
    expect(found('隐患点\t桥上乡盘底村后坡崩塌\t乡长助理郭海波', 'person_name')).toEqual([]);
    expect(found('镇应急救援车皖P·J2207负责转运行动不便的老人。', 'plate')).toEqual([]);
    expect(found('联系人冯建军，电话0358-4422917，地址临县临泉镇凤山路12号自然资源局三楼。', 'address')).toEqual([]);
  });
  it('reads a column of traders’ registration numbers as no ID, and a column headed as a home as one beside a shop', () => {
    const register = '序号\t经营者\t字号名称\t注册号\n1\t杜长林\t蚌山区长林五金店\t340303600128473';
    expect(found(register, 'id_card')).toEqual([]);
    const grants =
      '序号\t姓名\t字号名称\t家庭住址\t补贴金额（元）\n1\t沈晓雯\t惠山区晓雯花艺工作室\t无锡市惠山区洛社镇杨市村北巷7号\t5000';
    expect(found(grants, 'address')).toEqual(['无锡市惠山区洛社镇杨市村北巷7号']);
  });
});

describe('forestry, water supply, childcare and village affairs (dev326–dev329, 2026-12-07)', () => {
  it('reads a forest farm’s head and repair staff in their duties as such', () => {
    expect(found('地址隆化县七家镇林场路1号；场长王立新。', 'person_name')).toEqual([]);
    expect(found('供排水有限公司派维修人员王国庆、罗小兵上门恢复立管原状。', 'person_name')).toEqual([]);
  });
  it('reads no name in 区 before an office’s word (区发展和改革局, 梁溪区卫生健康委员会) or in 常打', () => {
    expect(found('联系人：区发展和改革局信用科 韩冬梅', 'person_name')).toEqual([]);
    expect(found('无锡市梁溪区卫生健康委员会\n关于表彰2025年度优秀托育工作者的决定', 'person_name')).toEqual([]);
    expect(found('想报名的家长常打郝家的座机咨询。', 'person_name')).toEqual([]);
    expect(found('申请人区永康，男，1962年生。', 'person_name')).toEqual(['区永康']);
  });
  it('reads no home from 还有', () => {
    expect(found('同批退租的还有人才公寓3号楼的黎海燕、宁卫国二户。', 'address')).toEqual(['人才公寓3号楼']);
  });
});

describe('pollution, charity, homestays and serving documents (dev330–dev333, 2026-12-07)', () => {
  it('reads no name in 任 that means “served as”, nor in 退休后 or 全家居住', () => {
    expect(found('在宜宾市叙州区恒源纸业有限公司任环保专员。', 'person_name')).toEqual([]);
    expect(found('户主隗建中退休后照顾瘫痪在床的岳母冉秀珍十二年。', 'person_name')).toEqual(['隗建中', '冉秀珍']);
    expect(found('经营者全家居住在院内东侧楼。', 'person_name')).toEqual([]);
    expect(found('申请人任建国，男，1962年生。', 'person_name')).toEqual(['任建国']);
  });
  it('reads no home in a government compound, and no landline whose area code begins 00', () => {
    expect(found('来信请寄儋州市那大镇中兴大街市政府大院3号楼。', 'address')).toEqual([]);
    expect(found('姓名\t捐赠金额（元）\t捐赠票据号\n宣立民\t20000\t苏财0021834561', 'landline')).toEqual([]);
  });
});

describe('residence permits and consumer complaints (dev334–dev335, 2026-12-07)', () => {
  it('reads a business’s address said in brackets to be its keeper’s home too as a home', () => {
    const permits =
      '序号\t许可证编号\t经营者\t经营地址（兼经营者住所）\t客房数\n1\t潞公特旅字第2026037号\t仝海燕\t潞州区太西街道太行西街东关巷17号\t4';
    expect(found(permits, 'address')).toEqual(['潞州区太西街道太行西街东关巷17号']);
  });
  it('reads no name in 曾 meaning “once” before 通过 or 协助', () => {
    expect(found('被告曾通过派出所出租房屋登记窗口反映漏水。', 'person_name')).toEqual([]);
    expect(found('证人曾通明，男，1970年生。', 'person_name')).toEqual(['曾通明']);
  });
});

describe('brave citizens, adoption, hardship relief and resettlement (dev336–dev339, 2026-12-07)', () => {
  it('reads no post after a clause that turns to another person', () => {
    const visit = '慰问组看望了一级伤残军人刘锦松，并叮嘱镇退役军人服务站站长林国栋做好日常探访。';
    expect(found(visit, 'person_name')).toEqual(['刘锦松']);
  });
  it('reads a home after 迁居 or 以前住的', () => {
    expect(found('原权利人庞永康一家已迁居玉林市兴业县石南镇城南路46号，房屋已腾空。', 'address')).toEqual([
      '玉林市兴业县石南镇城南路46号',
    ]);
    expect(found('传票寄到了我以前住的辽阳市白塔区文圣街道跃进路老粮库宿舍2排6号，我没收到。', 'address')).toEqual([
      '辽阳市白塔区文圣街道跃进路老粮库宿舍2排6号',
    ]);
  });
  it('reads no home in a column of where vehicles stand', () => {
    const vehicles =
      '序号\t号牌号码\t车辆类型\t停放位置\t登记车主\n1\t粤A·3MK27\t小型轿车\t鹤边村一社祠堂旁空地\t钟嘉豪';
    expect(found(vehicles, 'address')).toEqual([]);
  });
  it('reads a person dealt with in another case, and no one in a verb before a word or in a river', () => {
    expect(found('支付费用300元，贾强另案处理。', 'person_name')).toEqual(['贾强']);
    expect(found('本院经审查认为，申请人符合国家司法救助的条件。', 'person_name')).toEqual([]);
    expect(found('2022年7月19日在铁东区万水河抢救落水儿童魏子轩时牺牲', 'person_name')).toEqual(['魏子轩']);
  });
  it('reads a case’s handler (经办人员) as an official, a recruit’s post before their sex as no title', () => {
    expect(found('另查明，征收办公室经办人员农启明出庭说明。', 'person_name')).toEqual([]);
    expect(found('衡阳市雁峰区财政局\t财务会计\t阳雪婷\t女\t1043040209116', 'person_name')).toEqual(['阳雪婷']);
  });
});

describe('driving schools, farm insurance, family doctors and noise (dev340–dev343, 2026-12-07)', () => {
  it('reads a coaching car registered to a driving school as no one’s', () => {
    expect(found('教练车均登记在驾校名下：云A·3F27学。', 'plate')).toEqual([]);
    expect(found('学员王建国驾驶其本人小型汽车云A·3F27K。', 'plate')).toEqual(['云A·3F27K']);
  });
  it('reads no name in a verb and its aspect, in a rare word with no name’s character, or in a police brigade', () => {
    expect(found('40多名居民戴着耳机跳起了广场舞。', 'person_name')).toEqual([]);
    expect(found('被申请人未能证明，并非申请人索要。', 'person_name')).toEqual([]);
    expect(found('经比对，万秀大队辖区下列驾驶人连续六个记分周期无记分。', 'person_name')).toEqual([]);
    expect(found('承租人宁静，女，1990年生。', 'person_name')).toEqual(['宁静']);
  });
});

describe('blood donation, grid management, illegal building and rural housing (dev344–dev347, 2026-12-07)', () => {
  it('reads the contact an office gives after its address as its staff', () => {
    const office =
      '请持本人身份证到区红十字会领取证书，地址：石家庄市新华区友谊北大街388号，联系人：朱红霞，电话：0311-87035248。';
    expect(found(office, 'person_name')).toEqual([]);
    expect(found('申请人：王秀英，地址：新华区友谊北大街12号，联系电话0311-87035248。', 'person_name')).toEqual([
      '王秀英',
    ]);
  });
});

describe('old-age allowances, start-up loans, medical insurance and family planning (dev348–dev351, 2026-12-07)', () => {
  it('reads staff reached through a working group, an office or a centre’s department as officials', () => {
    expect(found('公示期间如有异议，请向征收指挥部综合组刘宏伟反映。', 'person_name')).toEqual([]);
    expect(found('抄送：万秀区城东镇人民政府，联系人社会事务办莫建明。', 'person_name')).toEqual([]);
    expect(found('送达人：沿江街道征拆组李文斌、周海', 'person_name')).toEqual([]);
    expect(found('联系人：本中心风险管理部赵文斌，电话0359-3612302', 'person_name')).toEqual([]);
    expect(found('核查人员：星火街道计生专干杨丽丽。', 'person_name')).toEqual([]);
    expect(found('请向村民小组长反映，或联系村民王建国。', 'person_name')).toEqual(['王建国']);
  });
  it('reads a home after 投亲', () => {
    const row =
      '1\t杜明\t5107**********5312\t涪城区城厢街道西街社区大西街56号\t投亲（游仙区游仙街道芙蓉社区东津路16号）\t6000';
    expect(found(row, 'address')).toEqual(['涪城区城厢街道西街社区大西街56号', '游仙区游仙街道芙蓉社区东津路16号']);
  });
});

describe('school accidents, welfare jobs, land-lost farmers and fires (dev352–dev355, 2026-12-07)', () => {
  it('reads no name in a kinship (祖父, 岳母)', () => {
    expect(found('委托诉讼代理人：牛德顺，系原告祖父，公民身份号码37030319551107539X', 'person_name')).toEqual([
      '牛德顺',
    ]);
    expect(found('家庭成员\t祖母\t范玉珍', 'person_name')).toEqual(['范玉珍']);
  });
});

describe('reservoir migrants, judicial relief, wildlife damage and vagrants (dev356–dev359, 2026-12-07)', () => {
  it('reads a flat by its building and room, whatever the estate is called', () => {
    expect(found('我儿子在常州上班，住常州市武进区湖塘镇星河国际12幢1806室。', 'address')).toEqual([
      '常州市武进区湖塘镇星河国际12幢1806室',
    ]);
  });
  it('reads a home after 嫁在 and 搬迁到, and in a form after 来信人地址', () => {
    expect(found('她嫁在毕节市七星关区碧阳街道洪山路石桥巷14号。', 'address')).toEqual([
      '毕节市七星关区碧阳街道洪山路石桥巷14号',
    ]);
    expect(found('2007年从库区搬迁到端氏镇端氏村移民新区东三排6号，一家五口。', 'address')).toEqual([
      '端氏镇端氏村移民新区东三排6号',
    ]);
    expect(found('来信人\t马成林\n来信人地址\t昭通市昭阳区龙泉街道北门社区民族街西段63号', 'address')).toEqual([
      '昭通市昭阳区龙泉街道北门社区民族街西段63号',
    ]);
    expect(found('一、征收你户承包的大营村二组旱地2.75亩。', 'address')).toEqual([]);
  });
  it('reads 元 opening a given name, not a sum', () => {
    expect(found('邻居亓元春（公民身份号码略）可以证明。', 'person_name')).toEqual(['亓元春']);
    expect(found('共计3万元整，另付美元结算的部分。', 'person_name')).toEqual([]);
  });
  it('reads staff honoured for a post in a government body, and an office’s contact in brackets, as officials', () => {
    const honours = '二、先进个人：区法院立案庭副庭长杨永刚、区财政局政法科科长吴静。三、爱心人士：王秀英。';
    expect(found(honours, 'person_name')).toEqual(['王秀英']);
    expect(found('优秀共产党员：东海街道东星社区党委书记林淑珍。', 'person_name')).toEqual(['林淑珍']);
    expect(found('市水产技术推广站（溧阳市昆仑街道育才路17号，联系人许文斌）可提供技术指导。', 'person_name')).toEqual(
      [],
    );
  });
  it('reads the one who did it after 被, one who goes armed, and a word after a label before 系', () => {
    expect(found('2024年5月，其子被王芳打伤住院。', 'person_name')).toEqual(['王芳']);
    expect(found('其子被人打伤，被公安机关查处。', 'person_name')).toEqual([]);
    expect(found('蔡文斌在夜市发现龙进持刀追砍摊主王德芬。', 'person_name')).toEqual(['蔡文斌', '龙进', '王德芬']);
    expect(found('申请人白雪系该村村民。', 'person_name')).toEqual(['白雪']);
  });
});

describe('vaccination, village collectives, maintenance funds and labour arbitration (dev360–dev363, 2026-12-07)', () => {
  it('reads a maternal grandparent and a vaccinee as people, and no one in a payment or an insurer’s act', () => {
    expect(found('孩子姥姥秦改兰住长治市潞州区太西街道府后西街9号。', 'person_name')).toEqual(['秦改兰']);
    expect(found('受种者程丹接种后出现高热。', 'person_name')).toEqual(['程丹']);
    expect(found('从集体经营收益中提取敬老金；被告承保的补偿保险。', 'person_name')).toEqual([]);
  });
  it('reads staff one is to get in touch with through their office, and a home after 代收人地址', () => {
    expect(found('请于公告之日起15日内与本局劳动关系科李志勇联系。', 'person_name')).toEqual([]);
    expect(found('请于15日内与申请人王秀英联系。', 'person_name')).toEqual(['王秀英']);
    expect(found('代收人地址\t三台县潼川镇北坝社区新华街64号', 'address')).toEqual(['三台县潼川镇北坝社区新华街64号']);
  });
});

describe('household finance checks, rural toilets, unsupported children and teachers (dev364–dev367, 2026-12-07)', () => {
  it('reads one whose identity number is given as no official, whatever their post', () => {
    const agent = '上述证书由博学教育培训中心负责人廖国栋（身份证号441802198707297393）介绍办理。';
    expect(found(agent, 'person_name')).toEqual(['廖国栋']);
    expect(found('该中心负责人廖国栋介绍了办理流程。', 'person_name')).toEqual([]);
  });
  it('reads a benefactor, and one who complains after 接到, as people', () => {
    expect(found('爱心人士方志远从去年起每月资助一名孩子。', 'person_name')).toEqual(['方志远']);
    expect(found('本局接到于佳慧投诉，称其子接种后过敏。', 'person_name')).toEqual(['于佳慧']);
  });
  it('reads close kin named right after the word for them, even by a word, and not what the kin does', () => {
    expect(found('冷秀华已由其女儿冷静（电话173 5078 6324）代为办理。', 'person_name')).toEqual(['冷秀华', '冷静']);
    expect(found('二人的父亲马超因犯罪在押。', 'person_name')).toEqual(['马超']);
    expect(found('其妻子常年在外打工，谭玉山的情况与您父亲相同。', 'person_name')).toEqual(['谭玉山']);
  });
  it('reads no neighbour’s house in the end of a longer road’s name', () => {
    const reply = '申请人住站前区东风街道市府路15号3-6-1。有异议的，请向服务中心反映，地址营口市站前区学府路200号。';
    expect(found(reply, 'address')).toEqual(['站前区东风街道市府路15号3-6-1']);
    const village = '以上房屋依次位于小店区北格镇张花村三街6号、三街8号。';
    expect(found(village, 'address')).toEqual(['小店区北格镇张花村三街6号', '三街8号']);
  });
});

describe('poverty monitoring, home adaptation, heating and fishermen (dev368–dev371, 2026-12-07)', () => {
  it('reads no one in 后, "after", run on from an act, and a name after a label or a role', () => {
    expect(found('管志平的账户尾号有误，核对后补发；公示后新增确认的成员。', 'person_name')).toEqual(['管志平']);
    expect(found('被执行人后德胜之妻巩丽华及其子后明轩现居住于该房屋。', 'person_name')).toEqual([
      '后德胜',
      '巩丽华',
      '后明轩',
    ]);
  });
  it('reads assessors, a village’s first secretary and a post said to be held as officials', () => {
    expect(found('评估人员：陈立　田晓敏\n评估日期：2026年7月22日', 'person_name')).toEqual([]);
    expect(found('驻村第一书记为王建，服务中心主任为叶晓峰。', 'person_name')).toEqual([]);
    expect(found('鉴定人员郑永刚、何丽，户主谢长林。', 'person_name')).toEqual(['谢长林']);
  });
  it('reads a name with a compound surname after 被告人 without the label’s last character', () => {
    expect(found('被告人欧阳光明，男，汉族。', 'person_name')).toEqual(['欧阳光明']);
  });
  it('reads one serving a sentence as a person, by the label and without it', () => {
    expect(found('服刑人员张强，男；罪犯刘洋，男。', 'person_name')).toEqual(['张强', '刘洋']);
  });
  it('reads a kind of person before a name and its sex as no part of the name', () => {
    expect(found('失联人员王芳，女，1975年生。', 'person_name')).toEqual(['王芳']);
  });
});

describe('graduate internships, appraisal complaints, land contracts and accident relief (dev372–dev375, 2026-12-07)', () => {
  it('reads a forensic appraiser as an official, and the one appraised as a person', () => {
    expect(found('鉴定人为司法鉴定人何永昌、邓嘉慧。', 'person_name')).toEqual([]);
    expect(found('劳动能力鉴定结论：被鉴定人易红霞（住娄底市娄星区乐坪街道）', 'person_name')).toEqual(['易红霞']);
  });
});

describe('missing people, electricity, individuals’ taxes and old people’s meals (dev376–dev379, 2026-12-07)', () => {
  it('reads a compound surname after a word that takes only its first character, not after a title', () => {
    expect(found('打赏收入通过其表弟周转，其中欧阳琳名下账户一年流入二十万元。', 'person_name')).toEqual(['欧阳琳']);
    expect(found('副区长孙立新、局长孙国华出席。', 'person_name')).toEqual([]);
  });
  it('masks a name without the word that reports what was said', () => {
    expect(found('“我们也不知道。”王琳说，他已搬走。', 'person_name')).toEqual(['王琳']);
  });
  it('reads one whose home telephone follows as a person, whatever their post', () => {
    expect(found('证明人：志愿服务队领队付海东，住宅电话0412 6310931', 'person_name')).toEqual(['付海东']);
  });
  it('reads one said to be staff, in brackets, as an official', () => {
    expect(found('见证人：张红梅（工作人员），联系电话0877-2683590。', 'person_name')).toEqual([]);
    expect(found('见证人：张红梅（村民），联系电话0877-2683590。', 'person_name')).toEqual(['张红梅']);
  });
  it('reads the one listed before a person found as a person too, but not after staff of a kind', () => {
    expect(found('打赏收入通过王琳、黄子轩的个人账户周转。', 'person_name')).toEqual(['王琳', '黄子轩']);
    expect(found('新娘的父母应建明、沈美娟专门赶来。', 'person_name')).toEqual(['应建明', '沈美娟']);
    expect(found('资金通过高晓、王琳、黄子轩的账户周转。', 'person_name')).toEqual(['高晓', '王琳', '黄子轩']);
    expect(found('踏勘人员张敏、李建平（村民）到场。', 'person_name')).not.toContain('张敏');
  });
  it('reads no one in 后 before characters no given name has, nor in 原 before what was once done, nor in an office', () => {
    expect(found('寻回其父后拒不给付赏金；系老人原绑定的社会保障卡。', 'person_name')).toEqual([]);
    expect(found('被告：云南电网有限责任公司曲靖麒麟供电局', 'person_name')).toEqual([]);
  });
});

describe('farm water, illegal transport, insurance fraud and an earthquake (dev380–dev383, 2026-12-07)', () => {
  it('masks a name without a third character that opens a word with the next', () => {
    expect(found('死者的养老金被其侄子刘强冒领；被告人张军殴打被害人。', 'person_name')).toEqual(['刘强', '张军']);
    expect(found('王建国家住城关镇东街12号。', 'person_name')).toEqual(['王建国']);
  });
  it('reads no one in what a party found, in an act done after 被, in "the middle of" a word, nor in 但 before kin', () => {
    expect(found('被告查明，2026年3月9日，原告驾驶其所有的车辆。', 'person_name')).toEqual([]);
    expect(found('信访人称，被查当天车上乘客系其母亲聂桂英。', 'person_name')).toEqual(['聂桂英']);
    expect(found('下列人员在生活救助申领中存在虚报；范二柱在余震中三次返回。', 'person_name')).toEqual(['范二柱']);
    expect(found('怀疑是丈夫的哥哥借卡买药，但丈夫本人并不知情。', 'person_name')).toEqual([]);
  });
  it('reads staff who pass a matter on or check a housing case, and agents said to be all staff, as officials', () => {
    expect(found('转白土镇人民政府办理，转办人员吕嘉欣，电话0758-7969297。', 'person_name')).toEqual([]);
    expect(found('核查人员：泉溪镇住房保障专干周海燕、镇水利站工作人员李志军', 'person_name')).toEqual([]);
    expect(found('被告委托代理人孟繁强、刘明，均系该局执法人员。', 'person_name')).toEqual([]);
    expect(found('原告委托代理人孟繁强、刘明，均系其亲属。', 'person_name')).toEqual(['孟繁强', '刘明']);
  });
});

describe('child support, tourists, benefits after death and drowning (dev384–dev387, 2026-12-07)', () => {
  it('reads no one in a river before its banks, a right held, 曾代, 原征收, 但前夫 or a modal after a role', () => {
    expect(found('镇里在湄江河、龙凤河沿线及绥江、马宁河沿岸设立巡查点。', 'person_name')).toEqual([]);
    expect(found('已出具放弃承租权声明；考察中发现其本人曾代其外祖母支取养老金。', 'person_name')).toEqual([]);
    expect(found('被执行人原征收补偿协议所载账户已注销，但前夫名下没有财产。', 'person_name')).toEqual([]);
    expect(found('承诺书中家长须承诺：教育孩子不私自下水。', 'person_name')).toEqual([]);
  });
  it('reads no name in a role run into a frequent word, unless the given name is no word', () => {
    expect(found('因防溺水安全防护工程建设需要，本府作出征收决定。', 'person_name')).toEqual([]);
    expect(found('日常照护的护工程秀云在场；同住成年家属于倩代收。', 'person_name')).toEqual(['程秀云', '于倩']);
  });
  it('reads reviewers as officials, and those who failed their review as people', () => {
    expect(found('资格审核人员：陈永胜、李红梅；审核员杨晓红、复核员李振华。', 'person_name')).toEqual([]);
    expect(found('未通过审核人员：杨光荣（驾驶证记分周期内记满12分）', 'person_name')).toEqual(['杨光荣']);
  });
});

describe('occupational disease, exam cheating, food poisoning and bride prices (dev388–dev391, 2026-12-07)', () => {
  it('reads no one in a bride price, a side of a marriage, an area named for a village, nor one serving as an adviser', () => {
    expect(found('对方以“订婚必须先付彩礼”为由；承诺“女方不要高彩礼”。', 'person_name')).toEqual([]);
    expect(found('第1户由女方家长邓连喜（身份证号码130403196812239X）代领。', 'person_name')).toEqual(['邓连喜']);
    expect(found('宁海庄片区征收安置人口认定结果公示', 'person_name')).toEqual([]);
    expect(found('被申请人辩称：申请人任招生顾问期间，擅自泄露考题。', 'person_name')).toEqual([]);
  });
  it('reads a school named by its city at the start of a line as the school’s, not a person’s', () => {
    expect(found('学校名称\t衡水启明职业技能培训学校\n办学地址\t衡水市桃城区', 'person_name')).toEqual([]);
  });
  it('reads one whose admission ticket follows as a person', () => {
    expect(found('原俊峰，准考证号25321003007225，原录取院校为扬州大学。', 'person_name')).toEqual(['原俊峰']);
  });
});
