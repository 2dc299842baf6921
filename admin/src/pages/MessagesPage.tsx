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
  Switch,
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
  chinaToday,
  describeError,
  LEGAL_CHANNEL_REPLIES,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_EVENT_LABELS,
  MESSAGE_KIND_LABELS,
  RATING_LABELS,
  SUGGESTED_ANSWER_WORKDAYS,
  type Department,
  type Mailbox,
  type MailboxFields,
  type MessageDetail,
  type MessageEventInput,
  type MessageStatistics,
  type MessageSummary,
  type RegisterMessage,
} from '../api';
import type { SessionInfo } from '../App';
import { AcceptFindings, type Acceptance } from '../Findings';
import { useAction } from '../useAction';
import { useDepartments, useList } from '../useList';
import { departmentOptions } from './DepartmentsPage';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The deadline column: the inspection's three-month veto first, then lateness. */
function Due({ m }: { m: MessageSummary }) {
  const c = m.case;
  return (
    <Space size={4} wrap>
      {c.dueOn ?? '—'}
      {c.watch === 'veto' && <Tag color="red">超过三个月未答复</Tag>}
      {c.watch === 'near' && <Tag color="orange">{c.vetoOn} 满三个月</Tag>}
      {c.overdue && <Tag color="red">已超期</Tag>}
      {c.urgent && <Tag color="volcano">紧急</Tag>}
    </Space>
  );
}

/** The fields a step needs, shown only for that step. */
function StepFields({ type, departments }: { type: string; departments: Department[] }) {
  switch (type) {
    case 'accepted':
      return (
        <Form.Item name="urgent" valuePropName="checked">
          <Checkbox>紧急（当日答复）</Checkbox>
        </Form.Item>
      );
    case 'assigned':
      return (
        <Form.Item label="承办单位" name="departmentId" rules={[{ required: true, message: '请选择承办单位' }]}>
          <TreeSelect showSearch treeNodeFilterProp="title" treeData={departmentOptions(departments)} />
        </Form.Item>
      );
    case 'redirected':
      return (
        <>
          <Form.Item label="法定渠道" name="channel" rules={[{ required: true, message: '请选择法定渠道' }]}>
            <Radio.Group
              options={Object.entries(LEGAL_CHANNEL_REPLIES).map(([value, c]) => ({ value, label: c.label }))}
            />
          </Form.Item>
          <Form.Item label="告知内容" name="reply" rules={[{ required: true, message: '请填写告知内容' }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        </>
      );
    case 'merged':
      return (
        <Form.Item
          label="合并到的留言编号"
          name="intoTrackingNo"
          rules={[{ required: true, message: '请填写留言编号' }]}
        >
          <Input placeholder="LY2026-00001" />
        </Form.Item>
      );
    case 'extension_requested':
      return (
        <Form.Item label="延长工作日数（不超过 20）" name="days" rules={[{ required: true, message: '请填写天数' }]}>
          <InputNumber min={1} max={20} />
        </Form.Item>
      );
    case 'extension_decided':
      return (
        <Form.Item label="审批结果" name="approved" rules={[{ required: true, message: '请选择是否同意' }]}>
          <Radio.Group
            options={[
              { value: true, label: '同意延期' },
              { value: false, label: '不同意' },
            ]}
          />
        </Form.Item>
      );
    case 'answer_submitted':
      return (
        <Form.Item label="答复内容" name="reply" rules={[{ required: true, message: '请填写答复内容' }]}>
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
      );
    default:
      return null;
  }
}

/** Steps that must say why. */
const NOTE_REQUIRED = new Set(['returned', 'not_accepted', 'extension_requested', 'answer_rejected']);

/** Publishing: the masked draft, edited, with each remaining finding accepted with a reason or fixed. */
function PublishForm({
  siteId,
  detail,
  onDone,
}: {
  siteId: string;
  detail: MessageDetail;
  onDone: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ subject: string; body: string; answer: string }>();
  const [accepted, setAccepted] = useState<Acceptance[]>([]);
  const [text, setText] = useState('');
  useEffect(() => {
    void api<{ subject: string; body: string; answer: string }>('GET', `/messages/${detail.id}/publication-draft`)
      .then((d) => (form.setFieldsValue(d), setText(`${d.subject}\n${d.body}\n${d.answer}`)))
      .catch((e: unknown) => message.error(describeError(e)));
  }, [detail.id, form, message]);
  const act = useAction(onDone);
  return (
    <Form
      form={form}
      layout="vertical"
      onValuesChange={(_, v) => setText(`${v.subject ?? ''}\n${v.body ?? ''}\n${v.answer ?? ''}`)}
      onFinish={(v) =>
        void act(
          () => api('PUT', `/messages/${detail.id}/publication`, { ...v, acceptedFindings: accepted }),
          '已公开到门户',
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="已自动隐去留言人的姓名、电话和其他个人信息。请核对后公开；仍有的发现须修改，或注明依据和理由后确认公开。"
      />
      <Form.Item label="标题" name="subject" rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="留言内容" name="body" rules={[{ required: true }]}>
        <Input.TextArea rows={5} maxLength={3000} />
      </Form.Item>
      <Form.Item label="答复内容" name="answer" rules={[{ required: true }]}>
        <Input.TextArea rows={5} maxLength={5000} />
      </Form.Item>
      {text && <AcceptFindings siteId={siteId} text={text} onChange={setAccepted} />}
      <Button type="primary" htmlType="submit" style={{ marginTop: 12 }}>
        公开到门户
      </Button>
    </Form>
  );
}

function MessageDrawer({
  siteId,
  detail,
  departments,
  onChanged,
  onClose,
}: {
  siteId: string;
  detail: MessageDetail;
  departments: Department[];
  onChanged: (d: MessageDetail) => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MessageEventInput>();
  const type = Form.useWatch('type', form);
  const [publishing, setPublishing] = useState(false);
  const w = detail.writer;
  const c = detail.case;
  const reload = async () => onChanged(await api<MessageDetail>('GET', `/messages/${detail.id}`));
  const record = async (v: MessageEventInput) => {
    try {
      onChanged(await api<MessageDetail>('POST', `/messages/${detail.id}/events`, v));
      void message.success('已记录');
      form.resetFields();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <Drawer open width={760} title={`${detail.trackingNo} ${detail.subject}`} onClose={onClose}>
      {c.returnedReason && c.state === 'returned' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`部门退回：${c.returnedReason}`} />
      )}
      {c.pendingExtension && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`部门申请延期 ${c.pendingExtension.days} 个工作日：${c.pendingExtension.note}`}
        />
      )}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="状态">
          {c.stateLabel}
          {c.round === 2 && '（不满意后重新办理）'}
        </Descriptions.Item>
        <Descriptions.Item label="答复期限">
          <Due m={detail} />
        </Descriptions.Item>
        <Descriptions.Item label="收到日期">{detail.receivedOn}</Descriptions.Item>
        <Descriptions.Item label="渠道">{MESSAGE_CHANNEL_LABELS[detail.channel]}</Descriptions.Item>
        <Descriptions.Item label="信箱">{detail.mailboxName}</Descriptions.Item>
        <Descriptions.Item label="类别">{MESSAGE_KIND_LABELS[detail.kind]}</Descriptions.Item>
        <Descriptions.Item label="留言人">{detail.writerName}</Descriptions.Item>
        <Descriptions.Item label="联系方式">
          {[w.phone, w.email, w.address].filter(Boolean).join('；')}
        </Descriptions.Item>
        <Descriptions.Item label="承办单位">{c.departmentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="同意公开">{detail.consentToPublish ? '同意' : '不同意'}</Descriptions.Item>
        {c.rating && <Descriptions.Item label="评价">{RATING_LABELS[c.rating]}</Descriptions.Item>}
        {detail.mergedInto && <Descriptions.Item label="已合并到">{detail.mergedInto}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        留言内容
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{detail.body}</Typography.Paragraph>
      {detail.attachments.length > 0 && (
        <Typography.Paragraph>
          附件（仅办理人员可见，不公开）：
          {detail.attachments.map((a) => (
            <a key={a.id} href={`/api/v1/messages/${detail.id}/attachments/${a.id}`} style={{ marginInlineStart: 12 }}>
              {a.name}（{Math.max(1, Math.round(a.size / 1024))} KB）
            </a>
          ))}
        </Typography.Paragraph>
      )}
      {c.draft && c.state === 'answer_review' && (
        <Alert type="info" message="待审核的答复" description={c.draft} style={{ whiteSpace: 'pre-wrap' }} />
      )}
      {c.answer && (
        <>
          <Typography.Title level={5}>答复（{c.answeredOn}）</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.answer}</Typography.Paragraph>
        </>
      )}
      <Typography.Title level={5}>办理记录</Typography.Title>
      <Timeline
        items={detail.events.map((e) => ({
          children: [
            `${e.on} ${e.label}`,
            e.departmentName && `：${e.departmentName}`,
            e.days && `（${e.days} 个工作日）`,
            e.approved !== null && (e.approved ? '：同意' : '：不同意'),
            e.rating && `：${RATING_LABELS[e.rating]}`,
            e.note && ` — ${e.note}`,
            e.recordedBy && `（${e.recordedBy}）`,
          ]
            .filter(Boolean)
            .join(''),
        }))}
      />
      {detail.actions.length > 0 && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ type: detail.actions[0], on: chinaToday() }}
          onValuesChange={(changed: Partial<MessageEventInput>) => {
            // A legal channel brings its standard reply, which the office may edit.
            if (changed.channel) form.setFieldsValue({ reply: LEGAL_CHANNEL_REPLIES[changed.channel].reply });
          }}
          onFinish={(v) => void record(v)}
        >
          <Typography.Title level={5}>办理</Typography.Title>
          <Space wrap>
            <Form.Item label="步骤" name="type" rules={[{ required: true }]}>
              <Select
                style={{ width: 200 }}
                options={detail.actions.map((t) => ({ value: t, label: MESSAGE_EVENT_LABELS[t] }))}
              />
            </Form.Item>
            <Form.Item label="日期" name="on" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
              <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Space>
          <StepFields type={type ?? ''} departments={departments} />
          <Form.Item
            label={type && NOTE_REQUIRED.has(type) ? '理由' : '说明'}
            name="note"
            rules={[{ required: !!type && NOTE_REQUIRED.has(type), message: '请写明理由' }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            确定
          </Button>
        </Form>
      )}
      {detail.publication ? (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          message={`已于 ${detail.publication.publishedAt.slice(0, 10)} 公开到门户`}
          action={
            <Button
              size="small"
              danger
              onClick={() =>
                void api('DELETE', `/messages/${detail.id}/publication`)
                  .then(reload)
                  .catch((e: unknown) => message.error(describeError(e)))
              }
            >
              撤下
            </Button>
          }
        />
      ) : (
        detail.mayPublish && (
          <div style={{ marginTop: 16 }}>
            {publishing ? (
              <PublishForm
                siteId={siteId}
                detail={detail}
                onDone={async () => (setPublishing(false), await reload())}
              />
            ) : (
              <Button onClick={() => setPublishing(true)}>公开留言和答复…</Button>
            )}
          </div>
        )
      )}
    </Drawer>
  );
}

function RegisterModal({
  siteId,
  boxes,
  onClose,
}: {
  siteId: string;
  boxes: Mailbox[];
  onClose: (registered: { trackingNo: string; queryCode: string } | null) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterMessage>();
  const save = async () => {
    const v = await form.validateFields();
    try {
      onClose(await api('POST', `/messages?siteId=${siteId}`, v));
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <Modal
      open
      title="登记留言（电话、来信、来访）"
      width={720}
      okText="登记"
      onOk={() => void save()}
      onCancel={() => onClose(null)}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ channel: 'phone', receivedOn: chinaToday(), consentToPublish: false, writer: {} }}
      >
        <Space wrap>
          <Form.Item label="渠道" name="channel" rules={[{ required: true }]}>
            <Select
              style={{ width: 140 }}
              options={options(MESSAGE_CHANNEL_LABELS).filter((o) => o.value !== 'online')}
            />
          </Form.Item>
          <Form.Item label="收到日期" name="receivedOn" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="信箱" name="mailboxId" rules={[{ required: true, message: '请选择信箱' }]}>
            <Select
              style={{ width: 200 }}
              options={boxes.filter((b) => b.active).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
          <Form.Item label="类别" name="kind">
            <Select style={{ width: 120 }} allowClear options={options(MESSAGE_KIND_LABELS)} />
          </Form.Item>
        </Space>
        <Form.Item label="标题" name="subject" rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="内容" name="body" rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={3000} />
        </Form.Item>
        <Space wrap>
          <Form.Item label="姓名" name={['writer', 'name']} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item label="联系电话" name={['writer', 'phone']} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item label="电子邮箱" name={['writer', 'email']}>
            <Input />
          </Form.Item>
          <Form.Item label="地址" name={['writer', 'address']}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="consentToPublish" valuePropName="checked">
          <Checkbox>留言人同意公开（隐去个人信息）</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StatisticsView({ siteId }: { siteId: string }) {
  const { message } = App.useApp();
  const [month, setMonth] = useState(chinaToday().slice(0, 7));
  const [stats, setStats] = useState<MessageStatistics | null>(null);
  useEffect(() => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return;
    api<MessageStatistics>('GET', `/messages/statistics?siteId=${siteId}&month=${month}`)
      .then(setStats)
      .catch((e: unknown) => message.error(describeError(e)));
  }, [siteId, month, message]);
  const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        月份
        <Input aria-label="月份" style={{ width: 120 }} value={month} onChange={(e) => setMonth(e.target.value)} />
        <Button href={`/api/v1/messages/statistics/xlsx?siteId=${siteId}&year=${month.slice(0, 4)}`}>
          下载全年 Excel
        </Button>
      </Space>
      {stats && (
        <Descriptions bordered size="small" column={2}>
          <Descriptions.Item label="收到">{stats.received}</Descriptions.Item>
          <Descriptions.Item label="有效">{stats.valid}</Descriptions.Item>
          <Descriptions.Item label="办结">{stats.closed}</Descriptions.Item>
          <Descriptions.Item label="按期办结率">
            {percent(stats.onTimeRate)}（{stats.closedOnTime}/{stats.closed}）
          </Descriptions.Item>
          <Descriptions.Item label="评价">{stats.rated}</Descriptions.Item>
          <Descriptions.Item label="满意率">
            {percent(stats.satisfactionRate)}（{stats.satisfied}/{stats.rated}）
          </Descriptions.Item>
          {stats.byKind.map((k) => (
            <Descriptions.Item key={k.kind} label={`收到${MESSAGE_KIND_LABELS[k.kind]}`}>
              {k.received}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </>
  );
}

/** The office sets up the mailboxes: name, answer limit, whether answers are published. */
function MailboxesView({ siteId, departments }: { siteId: string; departments: Department[] }) {
  const { items, act } = useList<Mailbox>(`/mailboxes?siteId=${siteId}`);
  const [editing, setEditing] = useState<Mailbox | 'new' | null>(null);
  const [form] = Form.useForm<MailboxFields>();
  const open = (m: Mailbox | 'new') => {
    form.resetFields();
    if (m !== 'new') form.setFieldsValue(m);
    setEditing(m);
  };
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, kind: v.kind ?? null, departmentId: v.departmentId ?? null };
    const ok = await act(
      () =>
        editing === 'new'
          ? api('POST', `/mailboxes?siteId=${siteId}`, body)
          : api('PUT', `/mailboxes/${editing!.id}`, body),
      '已保存',
    );
    if (ok) setEditing(null);
  };
  return (
    <>
      <Button type="primary" style={{ marginBottom: 12 }} onClick={() => open('new')}>
        新建信箱
      </Button>
      <Table<Mailbox>
        rowKey="id"
        dataSource={items}
        pagination={false}
        columns={[
          { title: '信箱', dataIndex: 'name' },
          { title: '类别', key: 'kind', render: (_, m) => (m.kind ? MESSAGE_KIND_LABELS[m.kind] : '留言人选择') },
          { title: '答复时限', key: 'limit', render: (_, m) => `${m.answerWorkdays} 个工作日` },
          { title: '公开答复', key: 'pub', render: (_, m) => (m.publishAnswers ? '是' : '否') },
          { title: '状态', key: 'active', render: (_, m) => (m.active ? '启用' : <Tag>停用</Tag>) },
          {
            title: '操作',
            key: 'edit',
            render: (_, m) => (
              <Button size="small" onClick={() => open(m)}>
                修改
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title="信箱"
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ answerWorkdays: 13, publishAnswers: true, active: true, sort: 0, description: '' }}
          onValuesChange={(changed: Partial<MailboxFields>) => {
            if (changed.kind) form.setFieldsValue({ answerWorkdays: SUGGESTED_ANSWER_WORKDAYS[changed.kind] });
          }}
        >
          <Form.Item label="名称" name="name" rules={[{ required: true }]}>
            <Input maxLength={50} placeholder="如 区长信箱" />
          </Form.Item>
          <Form.Item label="说明（显示给留言人）" name="description">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item label="类别" name="kind" extra="不选则由留言人选择">
            <Select allowClear options={options(MESSAGE_KIND_LABELS)} />
          </Form.Item>
          <Form.Item label="答复时限（工作日）" name="answerWorkdays" rules={[{ required: true }]}>
            <InputNumber min={0} max={60} />
          </Form.Item>
          <Form.Item label="部门信箱所属部门" name="departmentId">
            <TreeSelect allowClear showSearch treeNodeFilterProp="title" treeData={departmentOptions(departments)} />
          </Form.Item>
          <Space>
            <Form.Item label="留言人同意时公开答复" name="publishAnswers" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item label="启用" name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item label="排序" name="sort">
              <InputNumber min={0} max={9999} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}

/**
 * 互动交流: the work queue (the three-month veto and overdue first), one message's loop with only
 * the steps the role may take, publishing through the gate, registering phone and letter messages,
 * the statistics and — for the site administrator — the mailboxes.
 */
export function MessagesPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp();
  const siteId = session.site.id;
  const grants = session.user.grants.filter((g) => g.siteId === siteId);
  const isAdmin = session.user.isPlatformAdmin || grants.some((g) => g.role === 'site_admin');
  const isOffice = isAdmin || grants.some((g) => g.role === 'message_handler' && !g.departmentId);
  const [tab, setTab] = useState('queue');
  const [items, setItems] = useState<MessageSummary[]>([]);
  const [detail, setDetail] = useState<MessageDetail | null>(null);
  const [boxes, setBoxes] = useState<Mailbox[]>([]);
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState<{ trackingNo: string; queryCode: string } | null>(null);
  const departments = useDepartments(siteId);

  const load = useCallback(async () => {
    const filter = tab === 'queue' ? '&open=true' : tab === 'watch' ? '&watch=true' : '';
    setItems((await api<{ items: MessageSummary[] }>('GET', `/messages?siteId=${siteId}${filter}`)).items);
  }, [siteId, tab]);
  useEffect(() => {
    if (['queue', 'watch', 'all'].includes(tab)) void load().catch((e: unknown) => message.error(describeError(e)));
  }, [load, message, tab]);
  useEffect(() => {
    void api<{ items: Mailbox[] }>('GET', `/mailboxes?siteId=${siteId}`).then((r) => setBoxes(r.items));
  }, [siteId]);
  const open = async (id: string) => setDetail(await api<MessageDetail>('GET', `/messages/${id}`));

  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'queue', label: '办理队列' },
          { key: 'watch', label: '三个月未答复预警' },
          { key: 'all', label: '全部留言' },
          { key: 'statistics', label: '统计' },
          ...(isAdmin ? [{ key: 'mailboxes', label: '信箱设置' }] : []),
        ]}
      />
      {tab === 'statistics' && <StatisticsView siteId={siteId} />}
      {tab === 'mailboxes' && <MailboxesView siteId={siteId} departments={departments} />}
      {['queue', 'watch', 'all'].includes(tab) && (
        <>
          {tab === 'watch' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message="有效留言超过三个月未答复，政府网站检查单项否决。以下为已超过或 30 天内将满三个月的留言。"
            />
          )}
          {isOffice && (
            <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setRegistering(true)}>
              登记留言
            </Button>
          )}
          <Table<MessageSummary>
            rowKey="id"
            dataSource={items}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '编号', dataIndex: 'trackingNo' },
              { title: '标题', dataIndex: 'subject' },
              { title: '信箱', dataIndex: 'mailboxName' },
              { title: '收到日期', dataIndex: 'receivedOn' },
              { title: '答复期限', key: 'due', render: (_, m) => <Due m={m} /> },
              { title: '状态', key: 'state', render: (_, m) => m.case.stateLabel },
              { title: '承办单位', key: 'dept', render: (_, m) => m.case.departmentName ?? '—' },
              {
                title: '操作',
                key: 'open',
                fixed: 'right' as const,
                render: (_, m) => (
                  <Button size="small" onClick={() => void open(m.id)}>
                    办理
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
      {detail && (
        <MessageDrawer
          siteId={siteId}
          detail={detail}
          departments={departments}
          onChanged={(d) => (setDetail(d), void load())}
          onClose={() => setDetail(null)}
        />
      )}
      {registering && (
        <RegisterModal
          siteId={siteId}
          boxes={boxes}
          onClose={(r) => (setRegistering(false), setRegistered(r), void load())}
        />
      )}
      <Modal open={registered !== null} title="留言已登记" footer={null} onCancel={() => setRegistered(null)}>
        <p>留言编号：{registered?.trackingNo}</p>
        <p>查询码：{registered?.queryCode}（只显示这一次，请告知留言人）</p>
      </Modal>
    </>
  );
}
