import {
  App,
  Button,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  api,
  describeError,
  MEDIA_PLATFORM_LABELS,
  MEDIA_STATUS_LABELS,
  MILESTONE_LABELS,
  OPINION_LEVEL_LABELS,
  type MediaAccount,
  type MediaAccountFields,
  type OpinionFeed,
  type OpinionFields,
  type OpinionItem,
} from '../api';
import type { SessionInfo } from '../App';
import { DocumentPicker } from '../DocumentPicker';
import { useDepartments, useList } from '../useList';
import { departmentOptions } from './DepartmentsPage';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const STATE_COLORS: Record<string, string> = {
  late: 'red',
  due_soon: 'orange',
  pending: 'blue',
  met: 'green',
  met_late: 'gold',
};
/** A local date-time typed by a person in Beijing, as the API's instant. */
const chinaInstant = (local: string) => `${local.replace(' ', 'T')}:00+08:00`;
const nowInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const TIME = { pattern: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, message: '请按 YYYY-MM-DD HH:mm（北京时间）填写' };

function Deadlines({ item }: { item: OpinionItem }) {
  if (item.deadlines.length === 0) return <Tag>待研判，不计时</Tag>;
  return (
    <Space direction="vertical" size={2}>
      {item.deadlines.map((d) => (
        <span key={d.milestone}>
          {d.label} {d.dueAtChina} 前 <Tag color={STATE_COLORS[d.state]}>{d.stateLabel}</Tag>
        </span>
      ))}
    </Space>
  );
}

function ItemForm({ siteId }: { siteId: string }) {
  const departments = useDepartments(siteId);
  return (
    <>
      <Space wrap>
        <Form.Item label="来源" name="source" rules={[{ required: true, message: '请填写来源' }]}>
          <Input style={{ width: 160 }} placeholder="微博、论坛、网民留言…" />
        </Form.Item>
        <Form.Item
          label="首次发现（北京时间）"
          name="firstSeen"
          rules={[{ required: true, message: '请填写时间' }, TIME]}
        >
          <Input style={{ width: 180 }} placeholder="2026-10-02 22:00" />
        </Form.Item>
        <Form.Item label="级别" name="level">
          <Select style={{ width: 120 }} allowClear placeholder="待研判" options={options(OPINION_LEVEL_LABELS)} />
        </Form.Item>
        <Form.Item label="责任单位" name="departmentId">
          <TreeSelect
            style={{ width: 220 }}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeData={departmentOptions(departments)}
          />
        </Form.Item>
      </Space>
      <Form.Item label="原文链接" name="url">
        <Input placeholder="https://…" />
      </Form.Item>
      <Form.Item label="摘要" name="summary" rules={[{ required: true, message: '请填写摘要' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </>
  );
}

type ItemValues = Omit<OpinionFields, 'firstSeenAt'> & { firstSeen: string };
const toInput = (v: ItemValues): OpinionFields => ({
  source: v.source,
  url: v.url ?? '',
  summary: v.summary,
  firstSeenAt: chinaInstant(v.firstSeen),
  level: v.level ?? null,
  departmentId: v.departmentId ?? null,
});

function ItemDrawer({
  siteId,
  item,
  onChanged,
  onClose,
}: {
  siteId: string;
  item: OpinionItem;
  onChanged: (i: OpinionItem) => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const [step] = Form.useForm<{ milestone: string; at: string; documentId?: string }>();
  const [evaluation, setEvaluation] = useState('');
  const run = (work: () => Promise<OpinionItem>, done: string) =>
    work()
      .then((i) => (onChanged(i), message.success(done)))
      .catch((e: unknown) => message.error(describeError(e)));
  return (
    <Drawer open width={760} title={`${item.source}：${item.summary.slice(0, 30)}`} onClose={onClose}>
      <Typography.Paragraph>
        {item.levelLabel} · 首次发现 {item.firstSeenAtChina}（北京时间） · {item.departmentName ?? '未指定责任单位'}
        {item.url && (
          <>
            {' '}
            · <a href={item.url}>原文</a>
          </>
        )}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.summary}</Typography.Paragraph>
      <Deadlines item={item} />
      {!item.closedAt && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            研判与交办
          </Typography.Title>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ ...item, firstSeen: item.firstSeenAtChina }}
            onFinish={(v) => void run(() => api('PUT', `/opinion-items/${item.id}`, toInput(v)), '已保存')}
          >
            <ItemForm siteId={siteId} />
            <Button htmlType="submit">保存</Button>
          </Form>
          {item.deadlines.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                记录处置
              </Typography.Title>
              <Form
                form={step}
                layout="vertical"
                initialValues={{ milestone: item.deadlines.find((d) => !d.doneAt)?.milestone, at: nowInChina() }}
                onFinish={(v) =>
                  void run(
                    () =>
                      api('POST', `/opinion-items/${item.id}/milestones`, {
                        milestone: v.milestone,
                        at: chinaInstant(v.at),
                        ...(v.documentId ? { documentId: v.documentId } : {}),
                      }),
                    '已记录',
                  )
                }
              >
                <Space wrap>
                  <Form.Item label="环节" name="milestone" rules={[{ required: true }]}>
                    <Select
                      style={{ width: 180 }}
                      options={item.deadlines.map((d) => ({
                        value: d.milestone,
                        label: MILESTONE_LABELS[d.milestone],
                      }))}
                    />
                  </Form.Item>
                  <Form.Item label="完成时间（北京时间）" name="at" rules={[{ required: true }, TIME]}>
                    <Input style={{ width: 180 }} />
                  </Form.Item>
                </Space>
                <Form.Item label="发布的信息（权威信息、回应须关联）" name="documentId">
                  <DocumentPicker siteId={siteId} />
                </Form.Item>
                <Button htmlType="submit">记录</Button>
              </Form>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                回应效果评估并办结
              </Typography.Title>
              <Input.TextArea
                aria-label="回应效果"
                rows={2}
                value={evaluation}
                onChange={(e) => setEvaluation(e.target.value)}
              />
              <Button
                style={{ marginTop: 8 }}
                onClick={() =>
                  void run(() => api('POST', `/opinion-items/${item.id}/evaluation`, { evaluation }), '已办结')
                }
              >
                办结
              </Button>
            </>
          )}
        </>
      )}
      {item.evaluation && <Typography.Paragraph>回应效果：{item.evaluation}</Typography.Paragraph>}
    </Drawer>
  );
}

function ItemsView({ siteId }: { siteId: string }) {
  const { items, load, act } = useList<OpinionItem>(`/opinion-items?siteId=${siteId}&open=true`);
  const [detail, setDetail] = useState<OpinionItem | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<ItemValues>();
  const create = async () => {
    const v = await form.validateFields();
    if (await act(() => api('POST', `/opinion-items?siteId=${siteId}`, toInput(v)), '已登记')) setCreating(false);
  };
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => (form.resetFields(), setCreating(true))}>
          登记舆情
        </Button>
        <Button onClick={() => void act(() => api('POST', `/opinion-feeds/poll?siteId=${siteId}`), '已读取订阅源')}>
          立即读取订阅源
        </Button>
      </Space>
      <Table<OpinionItem>
        rowKey="id"
        dataSource={items}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '首次发现', dataIndex: 'firstSeenAtChina' },
          { title: '来源', dataIndex: 'source' },
          { title: '摘要', key: 'summary', render: (_, i) => i.summary.slice(0, 40) },
          { title: '级别', dataIndex: 'levelLabel' },
          { title: '时限', key: 'deadlines', render: (_, i) => <Deadlines item={i} /> },
          { title: '责任单位', key: 'dept', render: (_, i) => i.departmentName ?? '—' },
          {
            title: '操作',
            key: 'open',
            fixed: 'right' as const,
            render: (_, i) => (
              <Button size="small" onClick={() => setDetail(i)}>
                处置
              </Button>
            ),
          },
        ]}
      />
      {detail && (
        <ItemDrawer
          siteId={siteId}
          item={detail}
          onChanged={(i) => (setDetail(i), void load())}
          onClose={() => setDetail(null)}
        />
      )}
      <Modal
        open={creating}
        title="登记舆情"
        width={720}
        okText="登记"
        onOk={() => void create()}
        onCancel={() => setCreating(false)}
      >
        <Form form={form} layout="vertical" initialValues={{ firstSeen: nowInChina() }}>
          <ItemForm siteId={siteId} />
        </Form>
      </Modal>
    </>
  );
}

function FeedsView({ siteId }: { siteId: string }) {
  const { items, act } = useList<OpinionFeed>(`/opinion-feeds?siteId=${siteId}`);
  const [form] = Form.useForm<{ name: string; url: string; active: boolean }>();
  return (
    <>
      <Form
        form={form}
        layout="inline"
        initialValues={{ active: true }}
        onFinish={(v) =>
          void act(() => api('POST', `/opinion-feeds?siteId=${siteId}`, v), '已添加').then(
            (ok) => ok && form.resetFields(),
          )
        }
      >
        <Form.Item label="名称" name="name" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item label="RSS/Atom 地址" name="url" rules={[{ required: true }]}>
          <Input style={{ width: 320 }} placeholder="https://…" />
        </Form.Item>
        <Form.Item label="启用" name="active" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button htmlType="submit">添加</Button>
      </Form>
      <Table<OpinionFeed>
        style={{ marginTop: 16 }}
        rowKey="id"
        dataSource={items}
        pagination={false}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '地址', dataIndex: 'url' },
          { title: '上次读取', key: 'polled', render: (_, f) => f.lastPolledAt?.slice(0, 16).replace('T', ' ') ?? '—' },
          { title: '错误', key: 'error', render: (_, f) => (f.lastError ? <Tag color="red">{f.lastError}</Tag> : '—') },
        ]}
      />
    </>
  );
}

function MediaAccountsView({ siteId, isAdmin }: { siteId: string; isAdmin: boolean }) {
  const { items, act } = useList<MediaAccount>(`/media-accounts?siteId=${siteId}`);
  const departments = useDepartments(siteId);
  const [editing, setEditing] = useState<MediaAccount | 'new' | null>(null);
  const [form] = Form.useForm<MediaAccountFields>();
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, account: v.account ?? '', url: v.url ?? '', operator: v.operator ?? '' };
    const ok = await act(
      () =>
        editing === 'new'
          ? api('POST', `/media-accounts?siteId=${siteId}`, body)
          : api('PUT', `/media-accounts/${editing!.id}?siteId=${siteId}`, body),
      '已保存',
    );
    if (ok) setEditing(null);
  };
  return (
    <>
      {isAdmin && (
        <Button type="primary" style={{ marginBottom: 16 }} onClick={() => (form.resetFields(), setEditing('new'))}>
          登记账号
        </Button>
      )}
      <Table<MediaAccount>
        rowKey="id"
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '平台', key: 'platform', render: (_, a) => MEDIA_PLATFORM_LABELS[a.platform] },
          { title: '主办单位', dataIndex: 'departmentName' },
          { title: '运维单位', dataIndex: 'operator' },
          { title: '状态', key: 'status', render: (_, a) => MEDIA_STATUS_LABELS[a.status] },
          ...(isAdmin
            ? [
                {
                  title: '操作',
                  key: 'edit',
                  render: (_: unknown, a: MediaAccount) => (
                    <Button size="small" onClick={() => (form.setFieldsValue(a), setEditing(a))}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title="政务新媒体账号"
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
      >
        <Form form={form} layout="vertical" initialValues={{ platform: 'wechat', status: 'active' }}>
          <Form.Item label="名称" name="name" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item label="平台" name="platform" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={options(MEDIA_PLATFORM_LABELS)} />
            </Form.Item>
            <Form.Item label="账号" name="account">
              <Input />
            </Form.Item>
            <Form.Item label="状态" name="status" rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={options(MEDIA_STATUS_LABELS)} />
            </Form.Item>
          </Space>
          <Form.Item label="主页链接" name="url">
            <Input placeholder="https://…" />
          </Form.Item>
          <Form.Item label="主办单位" name="departmentId" rules={[{ required: true, message: '请选择主办单位' }]}>
            <TreeSelect showSearch treeNodeFilterProp="title" treeData={departmentOptions(departments)} />
          </Form.Item>
          <Form.Item label="运维单位" name="operator">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 舆情回应: items with their hour clocks, the feeds they come from, and the 政务新媒体 registry. */
export function OpinionsPage({ session }: { session: SessionInfo }) {
  const siteId = session.site.id;
  const grants = session.user.grants.filter((g) => g.siteId === siteId);
  const isAdmin = session.user.isPlatformAdmin || grants.some((g) => g.role === 'site_admin');
  const [tab, setTab] = useState('items');
  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'items', label: '舆情处置' },
          ...(isAdmin ? [{ key: 'feeds', label: '订阅源' }] : []),
          { key: 'media', label: '政务新媒体' },
        ]}
      />
      {tab === 'items' && <ItemsView siteId={siteId} />}
      {tab === 'feeds' && <FeedsView siteId={siteId} />}
      {tab === 'media' && <MediaAccountsView siteId={siteId} isAdmin={isAdmin} />}
    </>
  );
}
