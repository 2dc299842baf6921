import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useRef, useState } from 'react';
import {
  api,
  describeError,
  upload,
  type FollowUpItem,
  type ServiceCaseDetail,
  type ServiceCaseImportResult,
  type ServiceCaseRegistered,
  type ServiceCaseSummary,
  type ServiceItemSummary,
} from '../api';
import type { SessionInfo } from '../App';
import { useList } from '../useList';

const IMPORT_LABELS = { created: '已导入', finished: '已办结', unchanged: '未变化', failed: '未导入' };

/** Due and on time, in words a window clerk reads at a glance. */
function Clock({ c }: { c: Pick<ServiceCaseSummary, 'dueOn' | 'onTime' | 'overdue' | 'finishedOn'> }) {
  if (c.finishedOn) return c.onTime === false ? <Tag color="red">超时办结</Tag> : <Tag color="green">按时办结</Tag>;
  if (c.overdue) return <Tag color="red">已超过承诺时限（{c.dueOn}）</Tag>;
  return c.dueOn ? <span>{c.dueOn} 前</span> : <span>—</span>;
}

/** 办件: counter registration with the applicant's slip, steps and finishing, imports, 差评 follow-up. */
export function ServiceCasesPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp();
  const siteId = session.site.id;
  // Window clerks and the site's administrator act on cases; auditors and reviewers only read.
  const roles = new Set(session.user.grants.filter((g) => g.siteId === siteId).map((g) => g.role));
  const mayAct = session.user.isPlatformAdmin || roles.has('service_clerk') || roles.has('site_admin');
  const { items, load, act } = useList<ServiceCaseSummary>(`/service-cases?siteId=${siteId}`);
  const followUps = useList<FollowUpItem>(`/service-cases/follow-ups?siteId=${siteId}`);
  const services = useList<ServiceItemSummary>(`/service-items?siteId=${siteId}`).items.filter((s) => s.published);
  const [registering, setRegistering] = useState(false);
  const [slip, setSlip] = useState<ServiceCaseRegistered | null>(null);
  const [detail, setDetail] = useState<ServiceCaseDetail | null>(null);
  const [stepName, setStepName] = useState('审查');
  const [result, setResult] = useState<'approved' | 'refused'>('approved');
  const [note, setNote] = useState('');
  const [imported, setImported] = useState<ServiceCaseImportResult[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [form] = Form.useForm<{ itemId: string; caseNo?: string; name: string; phone: string }>();
  const open = (id: string) =>
    void api<ServiceCaseDetail>('GET', `/service-cases/${id}`)
      .then(setDetail)
      .catch((e: unknown) => message.error(describeError(e)));
  const step = (path: string, body: object, done: string) =>
    act(async () => {
      setDetail(await api<ServiceCaseDetail>('POST', `/service-cases/${detail!.id}/${path}`, body));
      setNote('');
      void followUps.load();
    }, done);
  const register = async () => {
    const v = await form.validateFields();
    const ok = await act(async () => {
      const body = {
        itemId: v.itemId,
        applicant: { name: v.name, phone: v.phone ?? '' },
        ...(v.caseNo ? { caseNo: v.caseNo } : {}),
      };
      setSlip(await api<ServiceCaseRegistered>('POST', `/service-cases?siteId=${siteId}`, body));
    }, '已登记');
    if (ok) setRegistering(false);
  };
  const late = followUps.items.filter((f) => f.late).length;
  return (
    <>
      {mayAct && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => (form.resetFields(), setRegistering(true))}>
            窗口登记
          </Button>
          <Button onClick={() => fileInput.current?.click()}>导入大厅办件（XLSX/CSV）…</Button>
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label="导入大厅办件"
            accept=".xlsx,.csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file)
                void upload<{ results: ServiceCaseImportResult[] }>(`/service-cases/import?siteId=${siteId}`, file)
                  .then((r) => (setImported(r.results), void load()))
                  .catch((err: unknown) => message.error(describeError(err)));
              e.target.value = '';
            }}
          />
          <a href="/services/figures" target="_blank" rel="noreferrer">
            门户：办件结果公示和好差评
          </a>
        </Space>
      )}
      <Tabs
        items={[
          {
            key: 'cases',
            label: '办件',
            children: (
              <Table<ServiceCaseSummary>
                rowKey="id"
                dataSource={items}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: '办件编号', dataIndex: 'caseNo' },
                  { title: '事项', dataIndex: 'itemName' },
                  { title: '受理日期', dataIndex: 'receivedOn' },
                  { title: '承诺办结', key: 'due', render: (_, c) => <Clock c={c} /> },
                  { title: '结果', key: 'result', render: (_, c) => c.resultLabel ?? '办理中' },
                  {
                    title: '操作',
                    key: 'open',
                    fixed: 'right' as const,
                    render: (_, c) => (
                      <Button size="small" onClick={() => open(c.id)}>
                        办理
                      </Button>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'followUps',
            label: `差评整改${followUps.items.length ? `（${followUps.items.length}${late ? `，超期 ${late}` : ''}）` : ''}`,
            children: (
              <Table<FollowUpItem>
                rowKey="caseId"
                dataSource={followUps.items}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: '办件编号', dataIndex: 'caseNo' },
                  { title: '事项', dataIndex: 'itemName' },
                  { title: '评价', dataIndex: 'label' },
                  { title: '原因', key: 'reasons', render: (_, f) => f.reasons.join('、') },
                  { title: '意见', dataIndex: 'comment' },
                  {
                    title: '整改期限',
                    key: 'due',
                    render: (_, f) => (f.late ? <Tag color="red">{f.dueOn}（已超期）</Tag> : f.dueOn),
                  },
                  {
                    title: '操作',
                    key: 'open',
                    fixed: 'right' as const,
                    render: (_, f) => (
                      <Button size="small" onClick={() => open(f.caseId)}>
                        整改反馈
                      </Button>
                    ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <Modal
        open={registering}
        title="窗口登记办件"
        okText="登记"
        onOk={() => void register()}
        onCancel={() => setRegistering(false)}
      >
        <Form form={form} layout="vertical">
          <Form.Item label="事项" name="itemId" rules={[{ required: true, message: '请选择事项' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={services.map((s) => ({ value: s.id, label: `${s.name}（${s.implementer}）` }))}
            />
          </Form.Item>
          <Form.Item
            label="申请人（个人姓名或单位名称）"
            name="name"
            rules={[{ required: true, message: '请填写申请人' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item label="办件编号（大厅系统已编号的填写，否则由平台编号）" name="caseNo">
            <Input maxLength={40} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={slip !== null}
        title={`${session.site.name} 受理回执`}
        wrapClassName="print-only"
        destroyOnHidden
        footer={
          <Space>
            <Button type="primary" onClick={() => window.print()}>
              打印回执
            </Button>
            <Button onClick={() => setSlip(null)}>关闭</Button>
          </Space>
        }
        onCancel={() => setSlip(null)}
      >
        {slip && (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="事项">{slip.itemName}</Descriptions.Item>
            <Descriptions.Item label="办件编号">{slip.caseNo}</Descriptions.Item>
            <Descriptions.Item label="查询码">
              {slip.queryCode}
              <span className="no-print">（只显示这一次，请打印回执或告知申请人）</span>
            </Descriptions.Item>
            <Descriptions.Item label="受理日期">{slip.receivedOn}</Descriptions.Item>
            <Descriptions.Item label="承诺办结">{slip.dueOn ? `${slip.dueOn} 前` : '—'}</Descriptions.Item>
            <Descriptions.Item label="查询方式">
              登录{session.site.name}门户网站“办事服务 →
              办件查询”，输入办件编号和查询码，可查看办理进度；办结后可对本次服务作出评价
            </Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
      {detail && (
        <Drawer open width={640} title={`${detail.caseNo} ${detail.itemName}`} onClose={() => setDetail(null)}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="申请人">{detail.applicant.name}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{detail.applicant.phone || '—'}</Descriptions.Item>
            <Descriptions.Item label="渠道">{detail.channelLabel}</Descriptions.Item>
            <Descriptions.Item label="受理日期">{detail.receivedOn}</Descriptions.Item>
            <Descriptions.Item label="承诺办结">
              <Clock c={detail} />
            </Descriptions.Item>
            {detail.finishedOn && (
              <Descriptions.Item label="办结">
                {detail.finishedOn} {detail.resultLabel}（实际 {detail.actualWorkdays} 个工作日）
              </Descriptions.Item>
            )}
            {detail.rating && (
              <Descriptions.Item label="评价">
                {detail.rating.label}
                {detail.rating.reasons.length > 0 && `：${detail.rating.reasons.join('、')}`}
                {detail.rating.comment && `（${detail.rating.comment}）`}
              </Descriptions.Item>
            )}
          </Descriptions>
          <List
            header="办理过程"
            size="small"
            dataSource={detail.steps}
            renderItem={(s) => (
              <List.Item>
                {s.on} {s.name}
                {s.note && `：${s.note}`}
              </List.Item>
            )}
          />
          {mayAct && (
            <Popconfirm
              title="重置查询码？"
              description="申请人遗失回执时使用：原查询码立即失效，新查询码只显示一次。"
              okText="重置"
              cancelText="取消"
              onConfirm={() =>
                void act(async () => {
                  setSlip(await api<ServiceCaseRegistered>('POST', `/service-cases/${detail.id}/query-code`));
                }, '已重置查询码')
              }
            >
              <Button style={{ marginTop: 12 }}>重置查询码并补打回执</Button>
            </Popconfirm>
          )}
          {mayAct && !detail.finishedOn && (
            <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
              <Space wrap>
                <Input
                  aria-label="环节"
                  style={{ width: 120 }}
                  value={stepName}
                  onChange={(e) => setStepName(e.target.value)}
                />
                <Input
                  aria-label="说明"
                  placeholder="说明（申请人可见）"
                  style={{ width: 240 }}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
                <Button onClick={() => void step('steps', { name: stepName, note }, '已记录')}>记录环节</Button>
              </Space>
              <Space wrap>
                <Select
                  aria-label="办理结果"
                  style={{ width: 140 }}
                  value={result}
                  onChange={setResult}
                  options={[
                    { value: 'approved', label: '准予办理' },
                    { value: 'refused', label: '不予办理' },
                  ]}
                />
                <Popconfirm
                  title={`确认${result === 'approved' ? '准予办理' : '不予办理'}并办结？`}
                  description="办结后不能再记录环节；上面的说明会作为办结说明告知申请人。"
                  okText="办结"
                  cancelText="取消"
                  onConfirm={() => void step('finish', { result, note }, '已办结')}
                >
                  <Button type="primary">办结</Button>
                </Popconfirm>
              </Space>
            </Space>
          )}
          {mayAct && detail.rating?.followUpDueOn && !detail.rating.followedUpOn && (
            <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
              <Alert type="warning" message={`差评，须在 ${detail.rating.followUpDueOn} 前核实整改并反馈`} />
              <Input.TextArea aria-label="整改情况" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
              <Button onClick={() => void step('follow-up', { note }, '已反馈')}>整改反馈</Button>
            </Space>
          )}
          {detail.rating?.followedUpOn && (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              message={`${detail.rating.followedUpOn} 已整改反馈：${detail.rating.followUpNote ?? ''}`}
            />
          )}
        </Drawer>
      )}
      <Modal open={imported !== null} title="导入结果" width={760} footer={null} onCancel={() => setImported(null)}>
        <Table<ServiceCaseImportResult>
          rowKey="row"
          size="small"
          dataSource={imported ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: '行', dataIndex: 'row' },
            { title: '办件编号', dataIndex: 'caseNo' },
            { title: '结果', key: 'status', render: (_, r) => IMPORT_LABELS[r.status] },
            { title: '说明', key: 'reasons', render: (_, r) => r.reasons.join('；') },
          ]}
        />
      </Modal>
    </>
  );
}
