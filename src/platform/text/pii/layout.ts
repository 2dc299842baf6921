/**
 * How a government text is laid out, as far as finding people in it needs: its lines, and which
 * lines are rows of a table (cells separated by tabs, as Word and spreadsheet tables come out of
 * `platform/files/text.ts` and as tables are pasted) with what each column holds, named by the
 * table's header row (姓名 · 住址 · 银行卡号 …).
 */
export type ColumnKind = 'name' | 'staff' | 'address' | 'premises' | 'account' | 'phone' | 'office_phone' | 'other';

export interface Cell {
  start: number;
  end: number;
  text: string;
  /** What the column holds, from the last header row above; undefined without a header. */
  kind: ColumnKind | undefined;
  /** The text of the cell before this one in the row ('' for the first). */
  before: string;
  /** Its column's heading, from the last header row above; undefined without a header. */
  heading: string | undefined;
  /** Where its row (line) starts and ends. */
  rowStart: number;
  rowEnd: number;
  /** The cells of its row, in order, and its own place among them. */
  row: readonly Cell[];
  column: number;
}

export interface Layout {
  /** The cell at a position, when the position lies in a table row. */
  cellAt(index: number): Cell | undefined;
}

const NAME_HEADER =
  /^((?:申请|登记|承包|拆迁|被征收)户主|[\u4e00-\u9fff]{1,4}姓名|签收人|代收人|代领人|姓名|户主|户名|开户名|收款人|被征收人|申请人|当事人|对象|救助对象|[\u4e00-\u9fff]{0,4}权利人|[\u4e00-\u9fff]{0,4}所有人|承租人|出租人|家庭成员|驾驶人|车主|联系人|收件人|经营者|经营者或负责人|店主|摊主|户主姓名|人员|职工|学生|被执行人|失信被执行人|被处罚人|违法行为人|轮候人|受助人|领款人|获奖者|[\u4e00-\u9fff]{1,3}(?<!记|作|或|举办|开办|主办|承办|出资)者|考生|拟聘人员|拟录用人员|拟招募人员|法定代表人|投诉人|举报人|来信人|监护人|家长|法定代理人|配偶|父亲|母亲|业主|房主|项目负责人|姓名\/.*|姓名或名称|名称或姓名|姓名（名称）)$/;
/**
 * A column of the office's own staff who handled each row (经办人, 受理人, 值班代办员, 窗口工作人员): named in
 * their duties. (Not 代办人 or 代为办理人, the relative or neighbour who came for the applicant.)
 */
const STAFF_HEADER =
  /^(?:值班|窗口|受理|服务|[\u4e00-\u9fff]{0,8}(?:理事会|委员会|村委会|居委会|社区|街道))?(?:经办|承办|受理|审核|审批|复核|接待|回访|督办|核查|调查|录入|记录)(?:人|人员|员)$|^(?:值班)?(?:代办员|帮办员|帮代办员|帮办代办员|话务员)$|^(?:窗口)?(?:工作)?人员$|^(?:带班|值班|接访|包案|分管|分管区|牵头|包联|挂点)领导$|^值班(?:人员|干部|员)$|^(?:包保|包联|包村|包片|包户|驻村|帮扶)(?:干部|责任人|人|民警)$|^(?:人民)?调解员$/;
const ADDRESS_HEADER =
  /(住址|地址|坐落|户籍|居住地|住所|过渡地址|安置地址|房号|门牌|房屋位置|承租房屋|租住房屋|迁入地)/;
/** A business's or a public place's address (经营地址, 营业场所, 门店地址, 场所地址), not the keeper's home (经营者住所). */
const PREMISES_HEADER =
  /^(?:登记|注册|实际)?(?:(?:经营|营业|门店|店铺|生产|办公|单位|企业|公司|场所|站点|网点|服务点|诊所|医院|药店|药房|门诊部|卫生室)(?:地址|地点|场所|住所)|店址|办学地址|办园地址|园址|校址)$/;
const ACCOUNT_HEADER = /(账号|卡号|账户|一卡通|存折)/;
const PHONE_HEADER = /(电话|手机|座机|联系方式)/;
/**
 * A telephone column headed as an organisation's (单位电话, 企业电话, 学校电话), not the person's own (本人电话, 家庭电话)
 * nor the one a record holds for them (档案所载联系电话, 预留电话).
 */
const OFFICE_PHONE_HEADER =
  /^(?!.*(?:本人|个人|家庭|家中|家里|住宅|宅电|私人|申请人|当事人|所载|所留|所填|预留|留存))(?=.*(?:电话|座机|总机)).*(?:单位|企业|公司|学校|银行|机构|部门|机关|社区|村委|居委|街道|厂|医院|学院|局|所|站|中心|办)/;
/** A header row is one whose cells are labels: no digits anywhere, and a label among them. */
const HEADER_WORDS =
  /^(序号|姓名|性别|金额|备注|编号|地址|住址|账号|身份证号|名称|合计|面积|成绩|职位|岗位|人数|联系电话|电话|单位|职务|负责人|组别|工作组|户名|户号|[\u4e00-\u9fff]{1,4}(?:编号|编码|户号)$|[\u4e00-\u9fff]{1,6}(?:名称|住所|住址)$)/;

/**
 * A form laid out as label | value | label | value (姓名 | 石林 | 证件名称 | 居民身份证) is no header,
 * though it has no digits and its labels are headers' words. (Its cells come in pairs: a header of an odd
 * number of columns is a header, 姓名 | 关系 | 年龄 | 健康状况 | 就业单位 | 单位联系电话 | 本人联系电话.)
 */
const FORM_LABEL =
  /(?:姓名|名称|性别|民族|电话|手机|住址|地址|号码|日期|单位|职业|关系|邮箱|邮编|年龄|类型|状况|面貌|职务|学历)$/;
/** How a column's heading ends where no form's value would (日期 | 送达方式 | 地址或号码 | 结果 is a header). */
const HEADING_END = /(?:方式|结果|情况|原因|事项|意见|备注|类别|时间)$/;
function formRow(parts: string[]): boolean {
  const cells = parts.map((p) => p.trim());
  return (
    cells.length >= 2 &&
    cells.length % 2 === 0 &&
    cells.every((c, k) => k % 2 === 1 || FORM_LABEL.test(c)) &&
    cells.some(
      (c, k) => k % 2 === 1 && c !== '' && !FORM_LABEL.test(c) && !HEADER_WORDS.test(c) && !HEADING_END.test(c),
    )
  );
}

function kindOf(header: string): ColumnKind {
  const h = header.replace(/[（(][^（）()]*[）)]/g, '').trim();
  // (…or in its brackets, where what stands before them is no kind: 家庭（户主）.)
  if (NAME_HEADER.test(h) || (h === '家庭' && /[（(]户主[）)]/.test(header))) return 'name';
  if (STAFF_HEADER.test(h)) return 'staff';
  // (A business's address said in brackets to be a home too is a home's: 经营地址（兼住所）, 经营地址（兼经营者住所）.)
  if (PREMISES_HEADER.test(h))
    return /[（(][^（）()]*(?:兼|即)[^（）()]{0,4}(?:住所|住址|住宅|住处)[）)]/.test(header) ? 'address' : 'premises';
  if (ADDRESS_HEADER.test(h) || /^(?:住房|住处)$/.test(h)) return 'address';
  if (ACCOUNT_HEADER.test(h)) return 'account';
  // (…or a line an office publishes for the public: 咨询电话, 监督电话, 值班电话; or the line of the staff a column
  // before names: 经办人电话, 包保人电话.)
  if (
    OFFICE_PHONE_HEADER.test(h) ||
    /^(?:咨询|监督|投诉|举报|办公|值班)(?:电话|热线)$/.test(h) ||
    STAFF_HEADER.test(h.replace(/的?(?:联系|办公)?电话$/, ''))
  )
    return 'office_phone';
  if (PHONE_HEADER.test(h)) return 'phone';
  // (…or an address said in its brackets: 被征收房屋（户籍地址）.)
  if (ADDRESS_HEADER.test(header)) return 'address';
  return 'other';
}

export function layoutOf(text: string): Layout {
  const cells: Cell[] = [];
  let header: ColumnKind[] | undefined;
  let headings: string[] | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.includes('\t')) {
      const parts = line.split('\t');
      // (A header may name its telephone columns only: 当事人 | 工作单位 | 单位电话 | 本人电话; a row that refers to a
      // number given before is none: 杨秀兰 | 妻子 | 务农 | 无 | 同家庭电话.)
      // (…or only by whom it lists and who handled it: 办件编号 | 申请人 | … | 受理窗口 | 经办人.)
      const isHeader =
        !/[\d０-９]/.test(line) &&
        (parts.some((p) => HEADER_WORDS.test(p.trim()) || /^(?![同见])[^\t]*(?:电话|座机)$/.test(p.trim())) ||
          (parts.some((p) => kindOf(p) === 'name') && parts.some((p) => kindOf(p) === 'staff'))) &&
        !formRow(parts);
      if (isHeader) {
        header = parts.map(kindOf);
        headings = parts.map((p) => p.trim());
      } else {
        let at = lineStart;
        const row: Cell[] = [];
        parts.forEach((part, column) => {
          row.push({
            start: at,
            end: at + part.length,
            text: part,
            kind: header?.[column],
            heading: headings?.[column],
            before: column > 0 ? (parts[column - 1] ?? '') : '',
            rowStart: lineStart,
            rowEnd: lineEnd,
            row,
            column,
          });
          at += part.length + 1;
        });
        // (One by one: a row of 200,000 cells is no list of arguments.)
        for (const cell of row) cells.push(cell);
      }
    } else if (line.trim()) header = headings = undefined;
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return {
    cellAt(index) {
      // Cells are in order: a binary search keeps this logarithmic however long the text.
      let lo = 0;
      let hi = cells.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = cells[mid]!;
        if (index < c.start) hi = mid - 1;
        else if (index >= c.end) lo = mid + 1;
        else return c;
      }
      return undefined;
    },
  };
}
