import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  TreeSelect,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  api,
  CASE_STATE_LABELS,
  CHANNELS_INFO,
  DELIVERY_FORM_LABELS,
  DELIVERY_METHOD_LABELS,
  describeError,
  EVENT_LABELS,
  EVENT_TYPES as ALL_EVENT_TYPES,
  ORGANISATION_KIND_LABELS,
  OUTCOMES,
  placedLabels,
  REMEDY_RESULT_LABELS,
  type AnnualReport,
  type LabelCell,
  type Department,
  type RegisterRequest,
  type RequestDetail,
  type RequestEventInput,
  type RequestSummary,
  chinaToday,
} from '../api';
import type { SessionInfo } from '../App';
import { useAction } from '../useAction';
import { departmentOptions } from './DepartmentsPage';

const URGENCY: Record<RequestSummary['urgency'], { label: string; color: string }> = {
  overdue: { label: '已超期', color: 'red' },
  due_soon: { label: '3 个工作日内到期', color: 'orange' },
  normal: { label: '办理中', color: 'blue' },
  paused: { label: '期限暂停', color: 'default' },
  closed: { label: '已办结', color: 'green' },
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const OUTCOME_OPTIONS = OUTCOMES.map((o) => ({ value: o.code, label: `${o.group ?? ''}${o.label}` }));
/** Events staff record by hand (receipt is recorded by registering), in the order they usually happen. */
const EVENT_TYPES = ALL_EVENT_TYPES.filter((t) => t !== 'received');
/** Notices a handler prints from a case; `reply` is chosen by the case's outcome. */
const NOTICES = [
  ['acceptance', '受理回执'],
  ['correction', '补正告知书'],
  ['consultation', '征求意见函'],
  ['extension', '延期答复告知书'],
  ['fee', '收费通知书'],
  ['reply', '答复书'],
] as const;

function deadline(r: RequestSummary): string {
  if (r.clock.pausedBy) return '暂停';
  if (!r.clock.dueOn) return '—';
  return `${r.clock.dueOn}${r.clock.provisional ? '（暂定）' : ''}`;
}

/** The fields an event type needs, shown only for that type. */
function EventFields({ type, departments }: { type: string; departments: Department[] }) {
  switch (type) {
    case 'assigned':
      return (
        <Form.Item label="承办机关" name="departmentId" rules={[{ required: true }]}>
          <TreeSelect showSearch treeNodeFilterProp="title" treeData={departmentOptions(departments)} />
        </Form.Item>
      );
    case 'correction_requested':
      return (
        <>
          <Form.Item label="补正事项" name="items" rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label="补正期限（工作日）" name="days" rules={[{ required: true }]}>
            <InputNumber min={1} max={60} />
          </Form.Item>
        </>
      );
    case 'consultation_started':
      return (
        <>
          <Form.Item label="征求意见对象" name="party" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item label="对象类别" name="partyKind" rules={[{ required: true }]}>
            <Radio.Group options={options({ third_party: '第三方', agency: '其他机关' })} />
          </Form.Item>
        </>
      );
    case 'extended':
      return (
        <>
          <Form.Item label="延长工作日数（不超过 20）" name="days" rules={[{ required: true }]}>
            <InputNumber min={1} max={20} />
          </Form.Item>
          <Form.Item label="批准人" name="approvedBy" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </>
      );
    case 'fee_notice_sent':
      return (
        <>
          <Form.Item label="收费方式" name="basis" rules={[{ required: true }]}>
            <Radio.Group options={options({ per_request: '按件计收', per_page: '按量计收（页）' })} />
          </Form.Item>
          <Form.Item label="页数（按量计收时）" name="pages">
            <InputNumber min={0} />
          </Form.Item>
        </>
      );
    case 'replied':
      return (
        <Form.Item label="办理结果" name="outcome" rules={[{ required: true, message: '答复须选择办理结果' }]}>
          <Select options={OUTCOME_OPTIONS} />
        </Form.Item>
      );
    case 'review_decided':
    case 'lawsuit_decided':
      return (
        <Form.Item label="结果" name="result" rules={[{ required: true }]}>
          <Radio.Group options={options(REMEDY_RESULT_LABELS)} />
        </Form.Item>
      );
    case 'lawsuit_filed':
      return (
        <Form.Item name="afterReview" valuePropName="checked">
          <Checkbox>经行政复议后起诉</Checkbox>
        </Form.Item>
      );
    default:
      return null;
  }
}

function RequestDrawer({
  detail,
  departments,
  onEvent,
  onClose,
}: {
  detail: RequestDetail;
  departments: Department[];
  onEvent: (e: RequestEventInput) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<RequestEventInput>();
  const type = Form.useWatch('type', form);
  const a = detail.applicant;
  return (
    <Drawer open width={720} title={`${detail.trackingNo} ${detail.infoTitle}`} onClose={onClose}>
      {detail.repeats.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`同一申请人此前已就相同信息提出申请：${detail.repeats.map((r) => `${r.trackingNo}（${r.receivedOn}）`).join('、')}；可按条例第三十六条第（六）项不予重复处理`}
        />
      )}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="状态">{CASE_STATE_LABELS[detail.state]}</Descriptions.Item>
        <Descriptions.Item label="答复期限">{deadline(detail)}</Descriptions.Item>
        <Descriptions.Item label="收到日期">{detail.receivedOn}</Descriptions.Item>
        <Descriptions.Item label="收到方式">{CHANNELS_INFO[detail.channel].label}</Descriptions.Item>
        <Descriptions.Item label="补正告知期限">{detail.clock.correctionNoticeDueOn}</Descriptions.Item>
        <Descriptions.Item label="申请的机关">
          {departments.find((d) => d.id === detail.departmentId)?.name ?? '本级人民政府'}
          {detail.handlingDepartmentId &&
            `（承办：${departments.find((d) => d.id === detail.handlingDepartmentId)?.name ?? ''}）`}
        </Descriptions.Item>
        <Descriptions.Item label="申请人">
          {a.name}（{a.kind === 'person' ? '自然人' : ORGANISATION_KIND_LABELS[a.organisationKind ?? 'other']}）
        </Descriptions.Item>
        <Descriptions.Item label="证件">
          {a.idType} {a.idNumber}
          {detail.hasIdProof && (
            <>
              {' '}
              <a href={`/api/v1/requests/${detail.id}/id-proof`} target="_blank" rel="noreferrer">
                查看身份证明
              </a>
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="联系方式">
          {[a.phone, a.email, a.address].filter(Boolean).join('；')}
        </Descriptions.Item>
        <Descriptions.Item label="所需信息" span={2}>
          {detail.infoTitle}
          {detail.infoDocNo && `（${detail.infoDocNo}）`} {detail.infoDescription}
        </Descriptions.Item>
        <Descriptions.Item label="提供方式">{DELIVERY_FORM_LABELS[detail.deliveryForm]}</Descriptions.Item>
        <Descriptions.Item label="获取方式">{DELIVERY_METHOD_LABELS[detail.deliveryMethod]}</Descriptions.Item>
        {detail.feeWaiverRequested && (
          <Descriptions.Item label="申请减免费用" span={2}>
            {detail.feeWaiverReason || '是'}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Space wrap style={{ marginTop: 12 }} aria-label="生成文书">
        {NOTICES.map(([kind, label]) => (
          <Button key={kind} size="small" href={`/api/v1/requests/${detail.id}/notices/${kind}`}>
            {label}
          </Button>
        ))}
      </Space>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        办理记录
      </Typography.Title>
      <Timeline
        items={detail.events.map((e) => ({
          children: `${e.on} ${EVENT_LABELS[e.type]}${
            e.outcome ? `：${OUTCOME_OPTIONS.find((o) => o.value === e.outcome)?.label}` : ''
          }${e.days ? `（${e.days} 个工作日）` : ''}${e.amount !== undefined ? `（${e.amount} 元）` : ''}${
            e.note ? ` — ${e.note}` : ''
          }`,
        }))}
      />
      {detail.state !== 'archived' && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ on: chinaToday(), type: 'replied' }}
          onFinish={(v) => void onEvent({ ...v, note: v.note ?? '' }).then(() => form.resetFields())}
        >
          <Typography.Title level={5}>记录事件</Typography.Title>
          <Space wrap>
            <Form.Item label="事件" name="type" rules={[{ required: true }]}>
              <Select style={{ width: 200 }} options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_LABELS[t] }))} />
            </Form.Item>
            <Form.Item label="日期" name="on" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
              <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Space>
          <EventFields type={type ?? ''} departments={departments} />
          <Form.Item label="说明" name="note">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            记录
          </Button>
        </Form>
      )}
    </Drawer>
  );
}

function RegisterForm({ departments }: { departments: Department[] }) {
  return (
    <>
      <Space wrap>
        <Form.Item label="收到方式" name="channel" rules={[{ required: true }]}>
          <Select
            style={{ width: 240 }}
            options={Object.entries(CHANNELS_INFO).map(([value, c]) => ({ value, label: c.label }))}
          />
        </Form.Item>
        <Form.Item noStyle dependencies={['channel']}>
          {({ getFieldValue }) => {
            const info = CHANNELS_INFO[getFieldValue('channel') as RegisterRequest['channel']];
            return (
              <Form.Item
                label={info?.receivedOnLabel ?? '收到申请日期'}
                name="receivedOn"
                extra={info?.rule}
                rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}
              >
                <Input style={{ width: 160 }} placeholder="YYYY-MM-DD" />
              </Form.Item>
            );
          }}
        </Form.Item>
        <Form.Item label="申请的机关" name="departmentId">
          <TreeSelect
            style={{ width: 240 }}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder="本级人民政府"
            treeData={departmentOptions(departments)}
          />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item label="申请人类型" name={['applicant', 'kind']} rules={[{ required: true }]}>
          <Radio.Group options={options({ person: '自然人', organisation: '法人或其他组织' })} />
        </Form.Item>
        <Form.Item label="组织类别" name={['applicant', 'organisationKind']}>
          <Select style={{ width: 160 }} allowClear options={options(ORGANISATION_KIND_LABELS)} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item label="姓名或名称" name={['applicant', 'name']} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item label="证件号码或统一社会信用代码" name={['applicant', 'idNumber']} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item label="联系电话" name={['applicant', 'phone']} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item label="证件名称" name={['applicant', 'idType']}>
          <Input placeholder="居民身份证" />
        </Form.Item>
        <Form.Item label="工作单位" name={['applicant', 'workUnit']}>
          <Input />
        </Form.Item>
        <Form.Item label="法定代表人" name={['applicant', 'legalRepresentative']}>
          <Input />
        </Form.Item>
        <Form.Item label="联系人" name={['applicant', 'contactName']}>
          <Input />
        </Form.Item>
        <Form.Item label="电子邮箱" name={['applicant', 'email']}>
          <Input />
        </Form.Item>
        <Form.Item label="通信地址" name={['applicant', 'address']}>
          <Input />
        </Form.Item>
        <Form.Item label="邮政编码" name={['applicant', 'postcode']}>
          <Input />
        </Form.Item>
      </Space>
      <Form.Item label="所需信息的名称" name="infoTitle" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item label="文号" name="infoDocNo">
          <Input />
        </Form.Item>
        <Form.Item label="提供方式" name="deliveryForm" rules={[{ required: true }]}>
          <Select style={{ width: 120 }} options={options(DELIVERY_FORM_LABELS)} />
        </Form.Item>
        <Form.Item label="获取方式" name="deliveryMethod" rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={options(DELIVERY_METHOD_LABELS)} />
        </Form.Item>
      </Space>
      <Form.Item label="内容描述" name="infoDescription">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item label="用途" name="purpose">
          <Input />
        </Form.Item>
        <Form.Item name="feeWaiverRequested" valuePropName="checked" label="信息处理费">
          <Checkbox>申请减免</Checkbox>
        </Form.Item>
        <Form.Item label="减免理由" name="feeWaiverReason">
          <Input />
        </Form.Item>
      </Space>
    </>
  );
}

interface NoticeTemplate {
  kind: string;
  label: string;
  version: number;
  title: string;
  body: string;
}

/** The office edits the notices' wording; every save is a new version. */
function TemplatesView({ siteId }: { siteId: string }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<NoticeTemplate[]>([]);
  const [placeholders, setPlaceholders] = useState<string[]>([]);
  const [kind, setKind] = useState('acceptance');
  const [form] = Form.useForm<{ title: string; body: string }>();
  const load = useCallback(async () => {
    const r = await api<{ items: NoticeTemplate[]; placeholders: string[] }>(
      'GET',
      `/notice-templates?siteId=${siteId}`,
    );
    setItems(r.items);
    setPlaceholders(r.placeholders);
  }, [siteId]);
  useEffect(() => {
    void load().catch((e: unknown) => message.error(describeError(e)));
  }, [load, message]);
  const current = items.find((i) => i.kind === kind);
  useEffect(() => {
    if (current) form.setFieldsValue({ title: current.title, body: current.body });
  }, [current, form]);
  const act = useAction(load);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          aria-label="文书种类"
          style={{ width: 220 }}
          value={kind}
          onChange={setKind}
          options={items.map((i) => ({ value: i.kind, label: i.label }))}
        />
        {current && <Typography.Text type="secondary">当前版本：{current.version || '内置文本'}</Typography.Text>}
      </Space>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void act(() => api('PUT', `/notice-templates/${kind}?siteId=${siteId}`, v), '已保存为新版本')}
      >
        <Form.Item label="标题" name="title" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label="正文"
          name="body"
          rules={[{ required: true }]}
          extra={`每行一段。可用占位符：${placeholders.map((p) => `{${p}}`).join(' ')}`}
        >
          <Input.TextArea rows={12} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          保存为新版本
        </Button>
      </Form>
    </>
  );
}

function ReportView({ siteId, departments }: { siteId: string; departments: Department[] }) {
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [publisherId, setPublisherId] = useState<string>();
  const [report, setReport] = useState<AnnualReport | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api<AnnualReport>('GET', `/reports/annual?siteId=${siteId}&year=${year}`)
      .then((r) => (setReport(r), setError('')))
      .catch((e: unknown) => setError(describeError(e)));
  }, [siteId, year]);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        年度
        <InputNumber aria-label="年度" min={2008} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <Button href={`/api/v1/reports/annual/xlsx?siteId=${siteId}&year=${year}`}>下载统计表（Excel）</Button>
        <Button href={`/api/v1/reports/annual/docx?siteId=${siteId}&year=${year}`}>下载全文（Word）</Button>
        发布机构
        <TreeSelect
          style={{ width: 240 }}
          aria-label="发布机构"
          showSearch
          treeNodeFilterProp="title"
          treeData={departmentOptions(departments)}
          value={publisherId}
          onChange={setPublisherId}
        />
        <Button
          type="primary"
          disabled={!report || report.problems.length > 0 || !publisherId}
          onClick={() =>
            void api('POST', `/reports/annual/document?siteId=${siteId}`, { year, departmentId: null, publisherId })
              .then(() => message.success('已起草为“政府信息公开年报”栏目的信息，请在信息发布中核对后提交审核'))
              .catch((e: unknown) => message.error(describeError(e)))
          }
        >
          起草年度报告
        </Button>
      </Space>
      {error && <Alert type="error" message={error} />}
      {report && (
        <>
          {report.problems.length > 0 ? (
            <Alert type="error" showIcon message="勾稽关系不成立，不能发布" description={report.problems.join('；')} />
          ) : (
            <Alert type="success" showIcon message="勾稽关系均成立" />
          )}
          <NarrativeForm
            key={`${report.year}-overview`}
            siteId={siteId}
            year={year}
            report={report}
            section="overview"
            onSaved={setReport}
          />
          <Typography.Title level={5}>二、主动公开政府信息情况</Typography.Title>
          <Form
            layout="inline"
            key={year}
            initialValues={Object.fromEntries(
              (['licensing', 'penalties', 'enforcement', 'fees'] as const).map((k, i) => [
                k,
                report.section2.blocks.flatMap((b) => b.rows)[i + 2]?.values[0] ?? undefined,
              ]),
            )}
            onFinish={(v: Record<string, number | undefined>) =>
              void api<AnnualReport>('PUT', `/reports/annual/figures?siteId=${siteId}`, {
                year,
                departmentId: null,
                ...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x ?? null])),
              })
                .then((r) => (setReport(r), message.success('已保存')))
                .catch((e: unknown) => message.error(describeError(e)))
            }
          >
            <Form.Item label="行政许可决定数" name="licensing">
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item label="行政处罚决定数" name="penalties">
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item label="行政强制决定数" name="enforcement">
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item label="行政事业性收费（万元）" name="fees">
              <InputNumber min={0} step={0.01} />
            </Form.Item>
            <Button htmlType="submit">保存</Button>
          </Form>
          <Table
            size="small"
            pagination={false}
            rowKey="label"
            dataSource={report.section2.blocks.flatMap((b) =>
              b.rows.map((r) => ({
                label: `${b.title} ${r.label}`,
                text: b.columns.map((c, i) => `${c}：${r.values[i] ?? '未填报'}`).join('；'),
              })),
            )}
            columns={[
              { title: '信息内容', dataIndex: 'label' },
              { title: '数量', dataIndex: 'text' },
            ]}
          />
          <Typography.Title level={5}>三、收到和处理政府信息公开申请情况</Typography.Title>
          <Section3Table section3={report.section3} />
          <Typography.Title level={5}>四、政府信息公开行政复议、行政诉讼情况</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey={() => 'row'}
            scroll={{ x: 960 }}
            dataSource={[{ values: report.section4.values }]}
            columns={report.section4.groups.map((g, gi) => ({
              title: g,
              children: report.section4.columns.slice(gi * 5, gi * 5 + 5).map((c, ci) => ({
                title: c,
                key: `${gi}-${ci}`,
                align: 'center' as const,
                render: (_: unknown, r: { values: number[] }) => r.values[gi * 5 + ci],
              })),
            }))}
          />
          <NarrativeForm
            key={`${report.year}-improvements`}
            siteId={siteId}
            year={year}
            report={report}
            section="improvements"
            onSaved={setReport}
          />
          <NarrativeForm
            key={`${report.year}-otherMatters`}
            siteId={siteId}
            year={year}
            report={report}
            section="otherMatters"
            onSaved={setReport}
          />
        </>
      )}
    </>
  );
}

const NARRATIVE_TITLES = {
  overview: '一、总体情况',
  improvements: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
} as const;

/**
 * One written section: prefilled from the platform's figures until the office saves its own text,
 * which every later draft keeps; 六 opens with the fee and work-plan facts, which stay computed.
 */
function NarrativeForm({
  siteId,
  year,
  report,
  section,
  onSaved,
}: {
  siteId: string;
  year: number;
  report: AnnualReport;
  section: keyof typeof NARRATIVE_TITLES;
  onSaved: (r: AnnualReport) => void;
}) {
  const { message } = App.useApp();
  const [text, setText] = useState(report.narrative[section]);
  const save = (value: string | null) =>
    void api<AnnualReport>('PUT', `/reports/annual/narrative?siteId=${siteId}`, {
      year,
      departmentId: null,
      [section]: value,
    })
      .then(
        (r) => (
          onSaved(r),
          setText(r.narrative[section]),
          message.success(value === null ? '已恢复预填文字' : '已保存')
        ),
      )
      .catch((e: unknown) => message.error(describeError(e)));
  const edited = report.narrative.edited.includes(section);
  return (
    <>
      <Typography.Title level={5}>
        {NARRATIVE_TITLES[section]} <Tag>{edited ? '已填写' : '预填，待修改'}</Tag>
      </Typography.Title>
      {section === 'otherMatters' &&
        report.section6.facts.map((f) => <Typography.Paragraph key={f}>{f}</Typography.Paragraph>)}
      <Input.TextArea
        aria-label={NARRATIVE_TITLES[section]}
        autoSize={{ minRows: 3, maxRows: 16 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Space style={{ margin: '8px 0 16px' }}>
        <Button onClick={() => save(text)}>保存</Button>
        {edited && <Button onClick={() => save(null)}>恢复预填文字</Button>}
      </Space>
    </>
  );
}

/**
 * Section 三 as the national form prints it: three label columns, 三、本年度办理结果 and each group
 * heading （三）–（六） merged down beside their rows (the layout comes with the report).
 */
function Section3Table({ section3 }: { section3: AnnualReport['section3'] }) {
  // Each row's label cells by the column they start in; a cell covered by a merge from above is hidden.
  const grid = section3.labels.map(() => [null, null, null] as (LabelCell | null)[]);
  for (const c of placedLabels(section3.labels)) grid[c.row]![c.column] = c;
  const labelColumn = (k: number) => ({
    title: k === 0 ? section3.note : '',
    key: `label-${k}`,
    colSpan: k === 0 ? 3 : 0,
    width: [64, 96, 240][k],
    onCell: (_: unknown, row?: number) => {
      const c = grid[row ?? 0]?.[k];
      return c ? { rowSpan: c.rowSpan, colSpan: c.colSpan } : { rowSpan: 0, colSpan: 0 };
    },
    render: (_: unknown, __: unknown, row: number) => grid[row]?.[k]?.text,
  });
  const figure = (i: number) => ({
    title: section3.columns[i],
    key: `figure-${i}`,
    width: 76,
    align: 'right' as const,
    render: (_: unknown, r: { values: number[] }) => r.values[i],
  });
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 960 }}
      rowKey={(r) => String(section3.rows.indexOf(r))}
      dataSource={section3.rows}
      columns={[
        labelColumn(0),
        labelColumn(1),
        labelColumn(2),
        // The form's header: 申请人情况 over 自然人, 法人或其他组织 (its five kinds) and 总计.
        {
          title: '申请人情况',
          children: [figure(0), { title: '法人或其他组织', children: [1, 2, 3, 4, 5].map(figure) }, figure(6)],
        },
      ]}
    />
  );
}

/** 依申请公开: the work queue by urgency, registering applications, one case's record, the annual report. */
export function RequestsPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp();
  const siteId = session.site.id;
  const [tab, setTab] = useState('queue');
  const [items, setItems] = useState<RequestSummary[]>([]);
  const [suggestions, setSuggestions] = useState<{ infoTitle: string; requests: number }[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [detail, setDetail] = useState<RequestDetail | null>(null);
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState<{ trackingNo: string; queryCode: string } | null>(null);
  const [form] = Form.useForm<RegisterRequest>();

  const load = useCallback(async () => {
    const open = tab === 'queue' ? '&open=true' : '';
    setItems((await api<{ items: RequestSummary[] }>('GET', `/requests?siteId=${siteId}${open}`)).items);
    setSuggestions(
      (await api<{ items: typeof suggestions }>('GET', `/requests/proactive-suggestions?siteId=${siteId}`)).items,
    );
  }, [siteId, tab]);
  useEffect(() => {
    if (tab === 'queue' || tab === 'all') void load().catch((e: unknown) => message.error(describeError(e)));
  }, [load, message, tab]);
  useEffect(() => {
    void api<{ items: Department[] }>('GET', `/departments?siteId=${siteId}`).then((d) => setDepartments(d.items));
  }, [siteId]);
  const act = useAction(load);

  const open = async (id: string) => setDetail(await api<RequestDetail>('GET', `/requests/${id}`));
  const register = async () => {
    const v = await form.validateFields();
    const body = {
      ...v,
      departmentId: v.departmentId ?? null,
      applicant: { ...v.applicant, organisationKind: v.applicant.organisationKind ?? null },
    };
    await act(async () => {
      setRegistered(await api<{ trackingNo: string; queryCode: string }>('POST', `/requests?siteId=${siteId}`, body));
      setRegistering(false);
    }, '已登记');
  };

  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'queue', label: '办理队列' },
          { key: 'all', label: '全部申请' },
          { key: 'report', label: '年度报告' },
          { key: 'templates', label: '文书模板' },
        ]}
      />
      {tab === 'templates' && <TemplatesView siteId={siteId} />}
      {tab === 'report' && <ReportView siteId={siteId} departments={departments} />}
      {(tab === 'queue' || tab === 'all') && (
        <>
          {suggestions.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message="以下信息已被申请 3 次及以上，建议转为主动公开（条例第四十四条）"
              description={suggestions.map((s) => `${s.infoTitle}（${s.requests} 次）`).join('；')}
            />
          )}
          <Button
            type="primary"
            style={{ marginBottom: 16 }}
            onClick={() => (form.resetFields(), setRegistering(true))}
          >
            登记申请
          </Button>
          <Table<RequestSummary>
            rowKey="id"
            dataSource={items}
            columns={[
              { title: '申请编号', dataIndex: 'trackingNo' },
              { title: '所需信息', dataIndex: 'infoTitle' },
              { title: '收到日期', dataIndex: 'receivedOn' },
              { title: '答复期限', key: 'due', render: (_: unknown, r) => deadline(r) },
              {
                title: '状态',
                key: 'state',
                render: (_: unknown, r) => (
                  <>
                    <Tag color={URGENCY[r.urgency].color}>{URGENCY[r.urgency].label}</Tag>
                    {CASE_STATE_LABELS[r.state]}
                    {r.workdaysLeft !== null && r.workdaysLeft >= 0 && `（剩 ${r.workdaysLeft} 个工作日）`}
                  </>
                ),
              },
              {
                title: '操作',
                key: 'actions',
                render: (_: unknown, r) => (
                  <Button size="small" onClick={() => void open(r.id)}>
                    办理
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
      {detail && (
        <RequestDrawer
          detail={detail}
          departments={departments}
          onClose={() => setDetail(null)}
          onEvent={async (e) => {
            try {
              setDetail(await api<RequestDetail>('POST', `/requests/${detail.id}/events`, e));
              void message.success('已记录');
              await load();
            } catch (err) {
              void message.error(describeError(err));
              throw err;
            }
          }}
        />
      )}
      <Modal
        open={registering}
        title="登记申请（当面、邮寄、传真或口头提出）"
        width={820}
        okText="登记"
        onOk={() => void register()}
        onCancel={() => setRegistering(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ channel: 'in_person', receivedOn: chinaToday(), applicant: { kind: 'person' } }}
        >
          <RegisterForm departments={departments} />
        </Form>
      </Modal>
      <Modal open={registered !== null} title="申请已登记" footer={null} onCancel={() => setRegistered(null)}>
        <p>申请编号：{registered?.trackingNo}</p>
        <p>查询码：{registered?.queryCode}（只显示这一次，请告知申请人）</p>
      </Modal>
    </>
  );
}
