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
  List,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import {
  api,
  AUDIENCES,
  describeError,
  ITEM_TYPES,
  LIFE_EVENTS,
  MATERIAL_FORMS,
  ONLINE_LEVELS,
  upload,
  REPLACEMENTS,
  type Certificate,
  type KnowledgeEntry,
  type CertificateFields,
  type ServiceItemDetail,
  type ServiceItemFields,
  type ServiceItemImportResult,
  type ServiceItemSummary,
} from '../api';
import type { SessionInfo } from '../App';
import { useDepartments, useList } from '../useList';

const options = (values: Record<string, string | { label: string }>) =>
  Object.entries(values).map(([value, v]) => ({ value, label: typeof v === 'string' ? v : v.label }));
const IMPORT_LABELS = { created: '已公开', draft: '草稿', revised: '新版本', unchanged: '未变化', failed: '未导入' };

/** The guide form: the ten key elements first, then materials (each with its basis) and steps. */
function GuideForm({
  form,
  departments,
  knowledge,
}: {
  form: ReturnType<typeof Form.useForm<ServiceItemFields>>[0];
  departments: { id: string; name: string }[];
  knowledge: { id: string; question: string }[];
}) {
  return (
    <Form form={form} layout="vertical">
      <Space wrap>
        <Form.Item label="办理部门" name="departmentId" rules={[{ required: true, message: '请选择办理部门' }]}>
          <Select style={{ width: 240 }} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item
          label="实施编码"
          name={['guide', 'implementationCode']}
          rules={[{ required: true, message: '请填写实施编码' }]}
        >
          <Input style={{ width: 300 }} />
        </Form.Item>
        <Form.Item label="事项类型" name={['guide', 'itemType']} rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={options(ITEM_TYPES)} />
        </Form.Item>
      </Space>
      <Form.Item label="事项名称" name={['guide', 'name']} rules={[{ required: true, message: '请填写事项名称' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="设定依据" name={['guide', 'basis']}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="申请条件" name={['guide', 'conditions']}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item label="服务对象" name={['guide', 'audiences']}>
          <Select mode="multiple" style={{ width: 200 }} options={options(AUDIENCES)} />
        </Form.Item>
        <Form.Item label="主题（要办的事）" name={['guide', 'lifeEvents']}>
          <Select mode="multiple" style={{ width: 360 }} options={options(LIFE_EVENTS)} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item label="法定办结时限（工作日）" name={['guide', 'legalDays']}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item label="承诺办结时限（工作日）" name={['guide', 'committedDays']}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item label="到现场次数" name={['guide', 'visits']}>
          <InputNumber min={0} max={9} />
        </Form.Item>
        <Form.Item label="网上可办程度" name={['guide', 'onlineLevel']}>
          <Select style={{ width: 200 }} options={options(ONLINE_LEVELS)} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item label="收费标准（不收费写“不收费”）" name={['guide', 'fee', 'standard']}>
          <Input style={{ width: 280 }} />
        </Form.Item>
        <Form.Item label="收费依据" name={['guide', 'fee', 'basis']}>
          <Input style={{ width: 280 }} />
        </Form.Item>
      </Space>
      <Form.Item label="办理地点" name={['guide', 'location']}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item label="办理时间" name={['guide', 'hours']}>
          <Input style={{ width: 320 }} />
        </Form.Item>
        <Form.Item label="咨询电话" name={['guide', 'consultPhone']}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="监督投诉电话" name={['guide', 'complaintPhone']}>
          <Input style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item label="办理结果" name={['guide', 'resultName']}>
          <Input style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="网上办理地址" name={['guide', 'applyUrl']}>
          <Input style={{ width: 360 }} placeholder="https://" />
        </Form.Item>
      </Space>
      <Typography.Title level={5}>申请材料</Typography.Title>
      <Form.List name={['guide', 'materials']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} wrap align="start">
                <Form.Item
                  label="材料名称"
                  name={[f.name, 'name']}
                  rules={[{ required: true, message: '请填写材料名称' }]}
                >
                  <Input style={{ width: 220 }} />
                </Form.Item>
                <Form.Item label="形式" name={[f.name, 'form']}>
                  <Select style={{ width: 130 }} options={options(MATERIAL_FORMS)} />
                </Form.Item>
                <Form.Item label="份数" name={[f.name, 'copies']}>
                  <InputNumber min={0} style={{ width: 70 }} />
                </Form.Item>
                <Form.Item label="设定依据" name={[f.name, 'basis']}>
                  <Input style={{ width: 240 }} placeholder="没有依据的材料应当取消" />
                </Form.Item>
                <Form.Item label=" " name={[f.name, 'required']} valuePropName="checked">
                  <Checkbox>必需</Checkbox>
                </Form.Item>
                <Form.Item label=" " name={[f.name, 'fromLicence']} valuePropName="checked">
                  <Checkbox>电子证照</Checkbox>
                </Form.Item>
                <Form.Item label=" ">
                  <Button onClick={() => remove(f.name)}>删除</Button>
                </Form.Item>
              </Space>
            ))}
            <Button
              onClick={() =>
                add({ name: '', form: 'original', copies: 1, required: true, fromLicence: false, basis: '' })
              }
            >
              添加材料
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>办理流程</Typography.Title>
      <Form.List name={['guide', 'steps']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} wrap align="start">
                <Form.Item label="环节" name={[f.name, 'name']} rules={[{ required: true, message: '请填写环节名称' }]}>
                  <Input style={{ width: 160 }} />
                </Form.Item>
                <Form.Item label="办理内容" name={[f.name, 'description']}>
                  <Input style={{ width: 300 }} />
                </Form.Item>
                <Form.Item label="工作日" name={[f.name, 'days']}>
                  <InputNumber min={0} style={{ width: 80 }} />
                </Form.Item>
                <Form.Item label=" ">
                  <Button onClick={() => remove(f.name)}>删除</Button>
                </Form.Item>
              </Space>
            ))}
            <Button onClick={() => add({ name: '', description: '', days: null })}>添加环节</Button>
          </>
        )}
      </Form.List>
      <Form.Item
        label="常见问题（从“咨询问答”知识库中选择，门户、智能问答和窗口同源）"
        name={['guide', 'faqEntryIds']}
        style={{ marginTop: 16 }}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={knowledge.map((k) => ({ value: k.id, label: k.question }))}
        />
      </Form.Item>
      <Form.Item label="变更说明（公开在修订记录中）" name="changeNote">
        <Input maxLength={500} />
      </Form.Item>
    </Form>
  );
}

/** 证明事项清单: kept certificates with their basis, cancelled ones with date and replacement. */
function Certificates({
  siteId,
  departments,
  mayEdit,
}: {
  siteId: string;
  departments: { id: string; name: string }[];
  mayEdit: boolean;
}) {
  const { items, act } = useList<Certificate>(`/certificate-requirements?siteId=${siteId}`);
  const [editing, setEditing] = useState<Certificate | 'new' | null>(null);
  const [form] = Form.useForm<CertificateFields>();
  const status = Form.useWatch('status', form);
  const save = async () => {
    const v = await form.validateFields();
    const ok = await act(
      () =>
        editing === 'new'
          ? api('POST', `/certificate-requirements?siteId=${siteId}`, v)
          : api('PUT', `/certificate-requirements/${editing!.id}?siteId=${siteId}`, v),
      '已保存',
    );
    if (ok) setEditing(null);
  };
  return (
    <>
      {mayEdit && (
        <Button
          style={{ marginBottom: 12 }}
          onClick={() => (form.resetFields(), form.setFieldsValue({ status: 'kept' }), setEditing('new'))}
        >
          登记证明事项
        </Button>
      )}
      <Table<Certificate>
        rowKey="id"
        dataSource={items}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '证明名称', dataIndex: 'name' },
          { title: '部门', dataIndex: 'departmentName' },
          {
            title: '状态',
            key: 'status',
            render: (_, c) =>
              c.status === 'kept' ? (
                <Tag>保留</Tag>
              ) : (
                <Tag color="orange">{`${c.cancelledOn} 取消，${c.replacementLabel}`}</Tag>
              ),
          },
          { title: '设定依据', dataIndex: 'basis' },
          ...(mayEdit
            ? [
                {
                  title: '操作',
                  key: 'edit',
                  fixed: 'right' as const,
                  render: (_: unknown, c: Certificate) => (
                    <Button size="small" onClick={() => (form.setFieldsValue(c), setEditing(c))}>
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
        title="证明事项"
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
      >
        <Form form={form} layout="vertical">
          <Form.Item label="部门" name="departmentId" rules={[{ required: true, message: '请选择部门' }]}>
            <Select options={departments.map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
          <Form.Item label="证明名称" name="name" rules={[{ required: true, message: '请填写证明名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="开具单位" name="issuer">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="状态" name="status">
            <Select
              options={[
                { value: 'kept', label: '保留' },
                { value: 'cancelled', label: '取消' },
              ]}
            />
          </Form.Item>
          <Form.Item label="设定依据（保留的必填）" name="basis">
            <Input.TextArea rows={2} />
          </Form.Item>
          {status === 'cancelled' && (
            <Space wrap>
              <Form.Item label="取消日期" name="cancelledOn" rules={[{ required: true, message: '请填写取消日期' }]}>
                <Input placeholder="2026-04-01" />
              </Form.Item>
              <Form.Item label="替代方式" name="replacement" rules={[{ required: true, message: '请选择替代方式' }]}>
                <Select
                  style={{ width: 160 }}
                  options={Object.entries(REPLACEMENTS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
            </Space>
          )}
          <Form.Item label="说明" name="note">
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function ServiceItemsPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp();
  const siteId = session.site.id;
  const { items, load, act } = useList<ServiceItemSummary>(`/service-items?siteId=${siteId}`);
  const departments = useDepartments(siteId);
  // What the user's roles at this site allow; the server refuses the rest in any case.
  const roles = new Set(session.user.grants.filter((g) => g.siteId === siteId).map((g) => g.role));
  const mayEdit = session.user.isPlatformAdmin || roles.has('editor') || roles.has('site_admin');
  const mayImport = session.user.isPlatformAdmin || roles.has('site_admin');
  const knowledge = useList<KnowledgeEntry>(`/knowledge-entries?siteId=${siteId}&size=100`).items;
  const [detail, setDetail] = useState<ServiceItemDetail | null>(null);
  const [editing, setEditing] = useState<ServiceItemDetail | 'new' | null>(null);
  const [returning, setReturning] = useState('');
  const [imported, setImported] = useState<ServiceItemImportResult[] | null>(null);
  const [form] = Form.useForm<ServiceItemFields>();
  const fileInput = useRef<HTMLInputElement>(null);
  const open = (id: string) =>
    void api<ServiceItemDetail>('GET', `/service-items/${id}`)
      .then(setDetail)
      .catch((e: unknown) => message.error(describeError(e)));
  const step = (path: string, body: object | undefined, done: string) =>
    act(
      async () => setDetail(await api<ServiceItemDetail>('POST', `/service-items/${detail!.id}/${path}`, body)),
      done,
    );
  const save = async () => {
    await form.validateFields();
    // Everything the form holds, shown or not (基本编码, 主管部门, 样表 …): a save changes only what was edited.
    const all = form.getFieldsValue(true) as ServiceItemFields;
    const v = { departmentId: all.departmentId, guide: all.guide, changeNote: all.changeNote ?? '' };
    const ok = await act(async () => {
      const saved =
        editing === 'new'
          ? await api<ServiceItemDetail>('POST', `/service-items?siteId=${siteId}`, v)
          : await api<ServiceItemDetail>('PUT', `/service-items/${editing!.id}?siteId=${siteId}`, v);
      setDetail(saved);
    }, '已保存');
    if (ok) setEditing(null);
  };
  const due = items.filter((i) => i.publicationDue);
  const [filter, setFilter] = useState<{ text: string; departmentId?: string; problems: boolean }>({
    text: '',
    problems: false,
  });
  const shown = items.filter(
    (i) =>
      (!filter.text || i.name.includes(filter.text) || i.implementationCode.includes(filter.text)) &&
      (!filter.departmentId || i.departmentId === filter.departmentId) &&
      (!filter.problems ||
        i.missing.length > 0 ||
        i.cancelledCertificates.length > 0 ||
        i.materialsWithoutBasis.length > 0 ||
        i.publicationDue !== null),
  );
  return (
    <>
      {due.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${due.length} 个事项的变更审核通过后未在 1 个工作日内公开`}
          description={due.map((i) => `${i.name}（${i.publicationDue!.approvedOn} 审核通过）`).join('；')}
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        {mayEdit && (
          <Button
            type="primary"
            onClick={() => (
              form.resetFields(),
              form.setFieldsValue({
                guide: { itemType: 'licensing', onlineLevel: 'offline', visits: 1, materials: [], steps: [] } as never,
              }),
              setEditing('new')
            )}
          >
            新建事项
          </Button>
        )}
        {mayImport && <Button onClick={() => fileInput.current?.click()}>导入事项（JSON Lines 或 XLSX）…</Button>}
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label="导入事项（JSON Lines）"
          accept=".jsonl,.json,.txt,.xlsx"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file)
              void upload<{ results: ServiceItemImportResult[] }>(`/service-items/import?siteId=${siteId}`, file)
                .then((r) => (setImported(r.results), void load()))
                .catch((err: unknown) => message.error(describeError(err)));
            e.target.value = '';
          }}
        />
        {items.length > 0 && (
          <>
            <a href={`/api/v1/service-items/export.xlsx?siteId=${siteId}`}>导出（XLSX）</a>
            <a href={`/api/v1/service-items/export.jsonl?siteId=${siteId}`}>导出（JSON Lines）</a>
          </>
        )}
      </Space>
      <Tabs
        items={[
          {
            key: 'items',
            label: '事项和办事指南',
            children: (
              <>
                <Space wrap style={{ marginBottom: 12 }}>
                  <Input.Search
                    aria-label="按名称或实施编码查找"
                    placeholder="名称或实施编码"
                    allowClear
                    style={{ width: 240 }}
                    onSearch={(v) => setFilter({ ...filter, text: v.trim() })}
                  />
                  <Select
                    aria-label="办理部门"
                    placeholder="全部部门"
                    allowClear
                    style={{ width: 240 }}
                    value={filter.departmentId}
                    onChange={(departmentId?: string) => setFilter({ ...filter, departmentId })}
                    options={departments.map((d) => ({ value: d.id, label: d.name }))}
                  />
                  <Checkbox
                    checked={filter.problems}
                    onChange={(e) => setFilter({ ...filter, problems: e.target.checked })}
                  >
                    只看需要处理的
                  </Checkbox>
                </Space>
                <Table<ServiceItemSummary>
                  rowKey="id"
                  dataSource={shown}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: '事项名称', dataIndex: 'name' },
                    { title: '实施主体', dataIndex: 'implementer' },
                    { title: '办理部门', dataIndex: 'departmentName' },
                    {
                      title: '状态',
                      key: 'state',
                      render: (_, i) => (
                        <Space>
                          {i.published && <Tag color="green">已公开</Tag>}
                          {i.latestState !== 'published' && <Tag>{i.latestStateLabel}</Tag>}
                        </Space>
                      ),
                    },
                    {
                      title: '需要处理',
                      key: 'missing',
                      render: (_, i) => (
                        <Space wrap>
                          {i.missing.map((m) => (
                            <Tag color="red" key={m}>
                              缺{m}
                            </Tag>
                          ))}
                          {i.cancelledCertificates.length > 0 && <Tag color="red">仍要求已取消证明</Tag>}
                          {i.materialsWithoutBasis.length > 0 && <Tag color="orange">材料无依据</Tag>}
                          {i.publicationDue && <Tag color="red">审核后未公开</Tag>}
                        </Space>
                      ),
                    },
                    {
                      title: '操作',
                      key: 'open',
                      fixed: 'right' as const,
                      render: (_, i) => (
                        <Button size="small" onClick={() => open(i.id)}>
                          办理
                        </Button>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'certificates',
            label: '证明事项清单',
            children: <Certificates siteId={siteId} departments={departments} mayEdit={mayEdit} />,
          },
        ]}
      />
      {detail && (
        <Drawer open width={760} title={detail.name} onClose={() => setDetail(null)}>
          {detail.missing.length > 0 && (
            <Alert
              type="error"
              style={{ marginBottom: 12 }}
              message={`缺少必备要素：${detail.missing.join('、')}，不能公开`}
            />
          )}
          {detail.cancelledCertificates.length > 0 && (
            <Alert
              type="error"
              style={{ marginBottom: 12 }}
              message={`仍要求提交已取消的证明事项：${detail.cancelledCertificates.join('、')}，请修改办事指南`}
            />
          )}
          {detail.materialsWithoutBasis.length > 0 && (
            <Alert
              type="warning"
              style={{ marginBottom: 12 }}
              message={`以下材料没有设定依据，应当取消或补充依据：${detail.materialsWithoutBasis.join('、')}`}
            />
          )}
          <Space wrap style={{ marginBottom: 12 }}>
            {detail.actions.includes('edit') && (
              <Button
                onClick={() => (
                  form.setFieldsValue({ departmentId: detail.departmentId, guide: detail.guide, changeNote: '' }),
                  setEditing(detail)
                )}
              >
                修改
              </Button>
            )}
            {detail.actions.includes('submit') && (
              <Button onClick={() => void step('submission', undefined, '已送审')}>送审</Button>
            )}
            {detail.actions.includes('review') && (
              <>
                <Button
                  type="primary"
                  onClick={() => void step('review', { approve: true, note: '' }, '已审核通过，请在 1 个工作日内公开')}
                >
                  审核通过
                </Button>
                <Input
                  aria-label="退回理由"
                  placeholder="退回理由"
                  style={{ width: 200 }}
                  value={returning}
                  onChange={(e) => setReturning(e.target.value)}
                />
                <Button onClick={() => void step('review', { approve: false, note: returning }, '已退回')}>退回</Button>
              </>
            )}
            {detail.actions.includes('publish') && (
              <Button type="primary" onClick={() => void step('publication', undefined, '已公开')}>
                公开
              </Button>
            )}
            {detail.actions.includes('withdraw') && (
              <Button danger onClick={() => void step('withdrawal', { reason: '事项调整' }, '已撤下')}>
                撤下
              </Button>
            )}
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="实施编码">{detail.implementationCode}</Descriptions.Item>
            <Descriptions.Item label="办理部门">{detail.departmentName}</Descriptions.Item>
            <Descriptions.Item label="最新版本">{detail.latestStateLabel}</Descriptions.Item>
            <Descriptions.Item label="办理地点">{detail.guide.location || '—'}</Descriptions.Item>
            <Descriptions.Item label="收费标准">{detail.guide.fee.standard || '—'}</Descriptions.Item>
            <Descriptions.Item label="承诺办结时限">
              {detail.guide.committedDays === null ? '—' : `${detail.guide.committedDays} 个工作日`}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            修订记录
          </Typography.Title>
          <List
            size="small"
            dataSource={detail.revisions}
            renderItem={(r) => (
              <List.Item>
                第 {r.number} 版 · {r.stateLabel}
                {r.approvedOn && ` · ${r.approvedOn} 审核通过`}
                {r.changeNote && ` · ${r.changeNote}`}
                {r.reviewNote && ` · 审核意见：${r.reviewNote}`}
              </List.Item>
            )}
          />
        </Drawer>
      )}
      <Modal
        open={editing !== null}
        title="办事指南"
        width={960}
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
      >
        <GuideForm form={form} departments={departments} knowledge={knowledge} />
      </Modal>
      <Modal open={imported !== null} title="导入结果" width={800} footer={null} onCancel={() => setImported(null)}>
        <Table<ServiceItemImportResult>
          rowKey="line"
          size="small"
          dataSource={imported ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: '行', dataIndex: 'line' },
            { title: '事项', dataIndex: 'name' },
            { title: '结果', key: 'status', render: (_, r) => IMPORT_LABELS[r.status] },
            { title: '说明', key: 'reasons', render: (_, r) => r.reasons.join('；') },
          ]}
        />
      </Modal>
    </>
  );
}
