import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { diffWords } from 'diff';
import { useCallback, useEffect, useState } from 'react';
import {
  api,
  chinaTime,
  describeError,
  DISCLOSURE_LABELS,
  DOCUMENT_KIND_LABELS,
  REVISION_STATE_LABELS,
  VALIDITY_LABELS,
  type Column,
  type Department,
  type DocumentContent,
  type DocumentDetail,
  type DocumentItem,
  type Revision,
  type Attachment,
  upload,
} from '../api';
import { FileButton } from '../FileButton';
import type { SessionInfo } from '../App';
import { DocumentPicker } from '../DocumentPicker';
import { RichTextEditor } from '../RichTextEditor';
import { SyndicationDialog } from '../SyndicationDialog';
import { EditorChecks, ReviewFindings } from '../Findings';
import { useAction } from '../useAction';
import { columnOptions } from './ColumnsPage';
import { departmentOptions } from './DepartmentsPage';

type EditorValues = Omit<DocumentContent, 'keywords'> & { departmentId: string; keywords: string[] };

interface Risk {
  document: DocumentItem;
  dueOn: string;
  workdaysLeft: number;
  provisional: boolean;
}

const STATUS_LABELS = { draft: '未发布', published: '已发布', withdrawn: '已撤回' } as const;

/** The list's filters, as the list API takes them. */
interface ListFilters {
  status?: keyof typeof STATUS_LABELS;
  departmentId?: string;
  columnId?: string;
}

/** Word-level differences between two texts: insertions underlined, deletions struck through. */
function Diff({ before, after }: { before: string; after: string }) {
  return (
    <div style={{ whiteSpace: 'pre-wrap', border: '1px solid #eee', padding: 8 }}>
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i} style={{ background: '#e6ffed' }}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} style={{ background: '#ffeef0' }}>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </div>
  );
}

function History({ revisions }: { revisions: Revision[] }) {
  const fields: [keyof DocumentContent, string][] = [
    ['title', '标题'],
    ['docNo', '文号'],
    ['summary', '内容概述'],
    ['bodyHtml', '正文'],
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {revisions.map((r, i) => {
        const previous = revisions[i + 1];
        return (
          <section
            key={r.id}
            aria-label={`第 ${r.number} 版`}
            style={{ borderBottom: '1px solid #eee', paddingBottom: 12 }}
          >
            <Typography.Title level={5}>
              第 {r.number} 版 <Tag>{REVISION_STATE_LABELS[r.state]}</Tag>
            </Typography.Title>
            <p>
              起草 {chinaTime(r.createdAt)} · 提交 {chinaTime(r.submittedAt)} · 审核 {chinaTime(r.reviewedAt)} · 发布
              {chinaTime(r.publishedAt)}
            </p>
            {r.reviewNote && <p>审核意见：{r.reviewNote}</p>}
            {previous &&
              fields
                .filter(([key]) => String(previous.content[key]) !== String(r.content[key]))
                .map(([key, label]) => (
                  <div key={key}>
                    <strong>
                      {label}（与第 {previous.number} 版相比）
                    </strong>
                    <Diff before={String(previous.content[key])} after={String(r.content[key])} />
                  </div>
                ))}
          </section>
        );
      })}
    </Space>
  );
}

export function DocumentsPage({ session }: { session: SessionInfo }) {
  const { message, modal } = App.useApp();
  const siteId = session.site.id;
  const [tab, setTab] = useState('all');
  const [items, setItems] = useState<DocumentItem[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ListFilters>({});
  const [queue, setQueue] = useState<DocumentDetail[]>([]);
  const [risks, setRisks] = useState<Risk[]>([]);
  const [columns, setColumns] = useState<Column[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [editing, setEditing] = useState<DocumentDetail | 'new' | null>(null);
  const [reviewing, setReviewing] = useState<DocumentDetail | null>(null);
  const [history, setHistory] = useState<Revision[] | null>(null);
  const [attaching, setAttaching] = useState<{ id: string; items: Attachment[] } | null>(null);
  const [syndicating, setSyndicating] = useState<DocumentItem | null>(null);
  // 一稿多发 offers the other open sites this user works on.
  const otherSites = session.sites.filter((s) => s.id !== siteId && !s.retiredAt);

  const openAttachments = async (id: string) =>
    setAttaching({ id, items: (await api<{ items: Attachment[] }>('GET', `/documents/${id}/attachments`)).items });
  const [form] = Form.useForm<EditorValues>();
  const [reviewForm] = Form.useForm<{ confidentialityReviewed: boolean; note: string }>();

  const load = useCallback(async () => {
    const params = new URLSearchParams({ siteId, page: String(page), size: '20', ...(query ? { q: query } : {}) });
    for (const [key, value] of Object.entries(filters) as [string, string | undefined][])
      if (value) params.set(key, value);
    const [list, q, r] = await Promise.all([
      api<{ total: number; items: DocumentItem[] }>('GET', `/documents?${params.toString()}`),
      api<{ items: DocumentDetail[] }>('GET', `/documents/review-queue?siteId=${siteId}`),
      api<{ items: Risk[] }>('GET', `/documents/deadline-risks?siteId=${siteId}`),
    ]);
    setItems(list.items);
    setTotal(list.total);
    setQueue(q.items);
    setRisks(r.items);
  }, [siteId, page, query, filters]);

  useEffect(() => {
    void load().catch((e: unknown) => message.error(describeError(e)));
  }, [load, message]);

  useEffect(() => {
    void Promise.all([
      api<{ items: Column[] }>('GET', `/columns?siteId=${siteId}`),
      api<{ items: Department[] }>('GET', `/departments?siteId=${siteId}`),
    ]).then(([c, d]) => (setColumns(c.items), setDepartments(d.items)));
  }, [siteId]);

  const act = useAction(load);
  const filter = (change: ListFilters) => (setPage(1), setFilters((f) => ({ ...f, ...change })));

  const open = async (id: string) => {
    form.resetFields();
    if (id === 'new') {
      // An editor of one department drafts for it; others choose.
      const own = [
        ...new Set(
          session.user.grants
            .filter((g) => g.siteId === siteId && g.role === 'editor' && g.departmentId)
            .map((g) => g.departmentId),
        ),
      ];
      if (own.length === 1 && own[0]) form.setFieldsValue({ departmentId: own[0] });
      return setEditing('new');
    }
    const doc = await api<DocumentDetail>('GET', `/documents/${id}`);
    form.setFieldsValue({ ...doc.latest.content, departmentId: doc.departmentId });
    setEditing(doc);
  };

  const save = async () => {
    const { departmentId, ...content } = await form.validateFields();
    const body = {
      ...content,
      docNo: content.docNo ?? '',
      subject: content.subject ?? '',
      summary: content.summary ?? '',
      source: content.source ?? '',
      bodyHtml: content.bodyHtml ?? '',
      writtenOn: content.writtenOn || null,
      keywords: content.keywords ?? [],
      interpretsId: content.interpretsId ?? null,
      documentKind: content.documentKind ?? null,
      // Only a document that is no longer in force points to its replacement.
      replacedById: content.validity === 'effective' ? null : (content.replacedById ?? null),
    };
    await act(async () => {
      if (editing === 'new') await api('POST', `/documents?siteId=${siteId}`, { ...body, departmentId });
      else if (editing) await api('PUT', `/documents/${editing.id}`, body);
      setEditing(null);
    }, '已保存');
  };

  const review = async (approve: boolean) => {
    if (!reviewing) return;
    const v = reviewForm.getFieldsValue();
    await act(
      async () => {
        await api('POST', `/documents/${reviewing.id}/review`, {
          approve,
          confidentialityReviewed: v.confidentialityReviewed ?? false,
          note: v.note ?? '',
        });
        setReviewing(null);
      },
      approve ? '已审核通过' : '已退回',
    );
  };

  const schedule = (id: string) => {
    let at: string | undefined;
    modal.confirm({
      title: '定时发布',
      content: <DatePicker showTime onChange={(d) => (at = d?.toDate().toISOString())} aria-label="发布时间" />,
      onOk: () => act(() => api('POST', `/documents/${id}/publish`, { at }), '已设定发布时间'),
    });
  };

  const withdraw = (id: string) => {
    let reason = '';
    modal.confirm({
      title: '撤回信息',
      content: (
        <Input.TextArea
          rows={3}
          placeholder="撤回理由（必填）"
          onChange={(e) => (reason = e.target.value)}
          aria-label="撤回理由"
        />
      ),
      onOk: () => act(() => api('POST', `/documents/${id}/withdraw`, { reason }), '已撤回'),
    });
  };

  const actions = (d: DocumentItem) => (
    <Space wrap>
      {!d.syndicatedFromId && ['draft', 'rejected', 'published', 'superseded'].includes(d.latestState) && (
        <Button size="small" onClick={() => void open(d.id)}>
          修改
        </Button>
      )}
      {['draft', 'rejected'].includes(d.latestState) && (
        <Button size="small" onClick={() => void act(() => api('POST', `/documents/${d.id}/submit`), '已提交审核')}>
          提交审核
        </Button>
      )}
      {d.latestState === 'submitted' && (
        <Button
          size="small"
          onClick={() =>
            void api<DocumentDetail>('GET', `/documents/${d.id}`).then(
              (doc) => (reviewForm.resetFields(), setReviewing(doc)),
            )
          }
        >
          审核
        </Button>
      )}
      {(d.latestState === 'approved' || d.latestState === 'scheduled') && (
        <>
          <Button
            size="small"
            type="primary"
            onClick={() => void act(() => api('POST', `/documents/${d.id}/publish`, {}), '已发布')}
          >
            立即发布
          </Button>
          <Button size="small" onClick={() => schedule(d.id)}>
            定时发布
          </Button>
        </>
      )}
      {d.status === 'published' && !d.syndicatedFromId && otherSites.length > 0 && (
        <Button size="small" onClick={() => setSyndicating(d)}>
          同步发布
        </Button>
      )}
      {d.status === 'published' && (
        <Button size="small" danger onClick={() => withdraw(d.id)}>
          撤回
        </Button>
      )}
      <Button size="small" onClick={() => void openAttachments(d.id)}>
        附件
      </Button>
      <Button
        size="small"
        onClick={() =>
          void api<{ items: Revision[] }>('GET', `/documents/${d.id}/revisions`).then((r) => setHistory(r.items))
        }
      >
        历史
      </Button>
    </Space>
  );

  const deptName = (id: string) => departments.find((x) => x.id === id)?.name ?? '';

  return (
    <>
      {risks.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`有 ${risks.length} 条主动公开信息临近或超过 20 个工作日的公开时限（条例第二十六条）`}
          description={
            <ul style={{ margin: 0 }}>
              {risks.map((r) => (
                <li key={r.document.id}>
                  {r.document.content.title}：应于 {r.dueOn} 前公开（
                  {r.workdaysLeft >= 0 ? `剩 ${r.workdaysLeft} 个工作日` : `已超期 ${-r.workdaysLeft} 个工作日`}
                  {r.provisional ? '，日期暂定' : ''}）
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'all', label: '全部信息' },
          { key: 'queue', label: `待我审核（${queue.length}）` },
        ]}
      />
      {tab === 'all' && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            <Button type="primary" onClick={() => void open('new')}>
              起草信息
            </Button>
            <Input.Search
              allowClear
              placeholder="按标题查找"
              aria-label="按标题查找"
              onSearch={(v) => (setPage(1), setQuery(v))}
            />
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder="状态"
              aria-label="按状态筛选"
              options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
              onChange={(status?: ListFilters['status']) => filter({ status })}
            />
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              style={{ width: 220 }}
              placeholder="发布机构"
              aria-label="按发布机构筛选"
              treeData={departmentOptions(departments)}
              onChange={(departmentId?: string) => filter({ departmentId })}
            />
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              style={{ width: 220 }}
              placeholder="栏目"
              aria-label="按栏目筛选"
              treeData={columnOptions(columns)}
              onChange={(columnId?: string) => filter({ columnId })}
            />
          </Space>
          <Table<DocumentItem>
            rowKey="id"
            dataSource={items}
            pagination={{ current: page, pageSize: 20, total, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: '标题', key: 'title', render: (_: unknown, d) => d.content.title },
              { title: '发布机构', dataIndex: 'departmentId', render: deptName },
              {
                title: '状态',
                key: 'state',
                render: (_: unknown, d) => (
                  <>
                    <Tag color={d.status === 'published' ? 'green' : d.status === 'withdrawn' ? 'default' : 'blue'}>
                      {STATUS_LABELS[d.status]}
                    </Tag>
                    {d.latestState !== 'published' && <Tag>{REVISION_STATE_LABELS[d.latestState]}</Tag>}
                    {d.syndicatedFromId && <Tag color="purple">其他站点同步</Tag>}
                  </>
                ),
              },
              { title: '索引号', dataIndex: 'indexNo' },
              { title: '发布日期', dataIndex: 'publishedAt', render: (v: string | null) => chinaTime(v) },
              { title: '操作', key: 'actions', render: (_: unknown, d) => actions(d) },
            ]}
          />
        </>
      )}
      {tab === 'queue' && (
        <Table<DocumentDetail>
          rowKey="id"
          dataSource={queue}
          pagination={false}
          columns={[
            { title: '标题', key: 'title', render: (_: unknown, d) => d.latest.content.title },
            { title: '发布机构', dataIndex: 'departmentId', render: deptName },
            { title: '提交时间', key: 'submitted', render: (_: unknown, d) => chinaTime(d.latest.submittedAt) },
            {
              title: '操作',
              key: 'actions',
              render: (_: unknown, d) => (
                <Button size="small" type="primary" onClick={() => (reviewForm.resetFields(), setReviewing(d))}>
                  审核
                </Button>
              ),
            },
          ]}
        />
      )}
      {syndicating && (
        <SyndicationDialog
          documentId={syndicating.id}
          title={syndicating.content.title}
          sites={otherSites}
          act={act}
          onClose={() => setSyndicating(null)}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '起草信息' : '修改信息'}
        width={900}
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {editing !== 'new' && editing?.status === 'published' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message="修改已发布的信息会生成新版本，经审核发布后替换网站上的内容，索引号不变。"
          />
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            disclosure: 'proactive',
            validity: 'effective',
            keywords: [],
            columnIds: [],
            interpretsId: null,
            replacedById: null,
            documentKind: null,
          }}
        >
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请输入标题' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item label="发布机构" name="departmentId" rules={[{ required: true, message: '请选择发布机构' }]}>
              <TreeSelect
                showSearch
                treeNodeFilterProp="title"
                style={{ width: 280 }}
                treeDefaultExpandAll
                treeData={departmentOptions(departments)}
                disabled={editing !== 'new'}
              />
            </Form.Item>
            <Form.Item label="文号" name="docNo">
              <Input style={{ width: 240 }} placeholder="如 姑政办发〔2018〕12号" maxLength={100} />
            </Form.Item>
            <Form.Item
              label="成文日期"
              name="writtenOn"
              rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}
            >
              <Input style={{ width: 160 }} placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item label="公开属性" name="disclosure" rules={[{ required: true }]}>
              <Radio.Group options={Object.entries(DISCLOSURE_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item label="有效性" name="validity">
              <Select
                style={{ width: 140 }}
                options={Object.entries(VALIDITY_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item label="文件类别" name="documentKind" extra="规章、行政规范性文件计入年度报告第二部分">
              <Select
                style={{ width: 180 }}
                allowClear
                placeholder="其他"
                options={Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item label="主题分类" name="subject">
              <Input style={{ width: 200 }} maxLength={50} />
            </Form.Item>
          </Space>
          <Form.Item
            label="所属栏目"
            name="columnIds"
            rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个栏目' }]}
          >
            <TreeSelect
              multiple
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              treeData={columnOptions(columns)}
            />
          </Form.Item>
          <Form.Item
            label="解读的政策文件"
            name="interpretsId"
            extra="本信息是政策解读时，选择它所解读的文件；两者的页面会互相链接"
          >
            <DocumentPicker siteId={siteId} />
          </Form.Item>
          <Form.Item noStyle dependencies={['validity']}>
            {() =>
              form.getFieldValue('validity') !== 'effective' && (
                <Form.Item label="替代它的信息" name="replacedById" extra="已修改、失效或废止时，链接到现行的文件">
                  <DocumentPicker siteId={siteId} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item label="主题词" name="keywords">
            <Select mode="tags" open={false} placeholder="输入后回车" />
          </Form.Item>
          <Form.Item label="内容概述" name="summary">
            <Input.TextArea rows={2} maxLength={100} showCount />
          </Form.Item>
          <Form.Item
            label="正文"
            name="bodyHtml"
            extra="可直接粘贴 Word 或网页中的内容；保存时按安全白名单清理脚本、样式等"
          >
            <RichTextEditor />
          </Form.Item>
          <Form.Item label="来源" name="source">
            <Input maxLength={100} />
          </Form.Item>
        </Form>
        <EditorChecks siteId={siteId} form={form} />
      </Modal>
      <Modal
        open={reviewing !== null}
        title="审核（保密审查和内容审核）"
        width={800}
        onCancel={() => setReviewing(null)}
        footer={[
          <Button key="reject" danger onClick={() => void review(false)}>
            退回
          </Button>,
          <Button key="approve" type="primary" onClick={() => void review(true)}>
            审核通过
          </Button>,
        ]}
      >
        {reviewing && (
          <>
            <Typography.Title level={4}>{reviewing.latest.content.title}</Typography.Title>
            <p>
              文号：{reviewing.latest.content.docNo || '—'} · 公开属性：
              {DISCLOSURE_LABELS[reviewing.latest.content.disclosure]}
            </p>
            <div
              style={{ maxHeight: 300, overflow: 'auto', border: '1px solid #eee', padding: 8, marginBottom: 12 }}
              dangerouslySetInnerHTML={{ __html: reviewing.latest.content.bodyHtml }}
            />
            <ReviewFindings documentId={reviewing.id} />
            <Form form={reviewForm} layout="vertical">
              <Form.Item name="confidentialityReviewed" valuePropName="checked">
                <Checkbox>已完成保密审查，不涉及国家秘密、工作秘密、商业秘密和个人隐私（条例第十七条）</Checkbox>
              </Form.Item>
              <Form.Item label="审核意见（退回时必填）" name="note">
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
      <Modal open={attaching !== null} title="附件" footer={null} onCancel={() => setAttaching(null)}>
        <p>
          可上传 PDF、Word、Excel、PowerPoint 文件或 PNG、JPEG、GIF 图片；类型按文件内容识别。信息发布后附件随正文公开。
        </p>
        <ul>
          {attaching?.items.map((a) => (
            <li key={a.id}>
              {a.name}（{Math.max(1, Math.round(a.size / 1024))} KB）{' '}
              <Button
                size="small"
                danger
                onClick={() =>
                  void act(() => api('DELETE', `/documents/${attaching.id}/attachments/${a.id}`), '已删除附件').then(
                    () => openAttachments(attaching.id),
                  )
                }
              >
                删除
              </Button>
            </li>
          ))}
        </ul>
        <FileButton
          label="选择要上传的附件"
          accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif"
          onFile={(file) => {
            if (attaching)
              void act(() => upload(`/documents/${attaching.id}/attachments`, file), '已上传').then(() =>
                openAttachments(attaching.id),
              );
          }}
        />
      </Modal>
      <Drawer open={history !== null} title="版本历史" width={720} onClose={() => setHistory(null)}>
        {history && <History revisions={history} />}
      </Drawer>
    </>
  );
}
