import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  TreeSelect,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../App';
import {
  api,
  ApiError,
  describeError,
  chinaTime,
  type AssistantReply,
  type Department,
  type KnowledgeEntry,
  type KnowledgeFields,
  type QueuedQuestion,
} from '../api';
import { DocumentPicker } from '../DocumentPicker';
import { AcceptFindings, type Acceptance } from '../Findings';
import { DeleteButton } from '../DeleteButton';
import { useAction } from '../useAction';
import { useDepartments, useList } from '../useList';
import { departmentOptions } from './DepartmentsPage';

/**
 * 咨询问答: the counter staff's look-up (the same answers the portal's assistant gives), the
 * knowledge base itself, and the questions the assistant could not answer.
 */
export function KnowledgePage({ session }: { session: SessionInfo }) {
  return (
    <Tabs
      items={[
        { key: 'ask', label: '窗口咨询', children: <AskPanel siteId={session.site.id} /> },
        { key: 'entries', label: '知识库', children: <EntriesPanel siteId={session.site.id} /> },
        { key: 'queue', label: '待补充问题', children: <QueuePanel siteId={session.site.id} /> },
      ]}
    />
  );
}

function AskPanel({ siteId }: { siteId: string }) {
  const [reply, setReply] = useState<AssistantReply | null>(null);
  const [error, setError] = useState('');
  const ask = async (question: string) => {
    try {
      setError('');
      setReply(await api<AssistantReply>('POST', `/assistant?siteId=${siteId}`, { question }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">
        与门户“智能问答”同一知识库：窗口答复与网上答复口径一致。
      </Typography.Paragraph>
      <Input.Search
        aria-label="群众的问题"
        placeholder="输入群众的问题，如：低保怎么申请"
        enterButton="查询"
        maxLength={200}
        onSearch={(q) => void (q.trim().length >= 2 && ask(q))}
      />
      {error && <Alert type="error" message={error} style={{ marginTop: 16 }} />}
      {reply && (
        <div style={{ marginTop: 16 }}>
          {!reply.answered && (
            <Alert type="warning" showIcon message="知识库中没有确切答案，问题已转入“待补充问题”。" />
          )}
          {reply.answers.map((a) => (
            <Card key={a.id} title={a.question} size="small" style={{ marginTop: 12 }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.answer}</Typography.Paragraph>
              <Typography.Text type="secondary">
                答复单位：{a.department}
                {a.source && (
                  <>
                    {' '}
                    依据：
                    <a href={a.source.url} target="_blank" rel="noreferrer">
                      {a.source.title}
                    </a>
                  </>
                )}
              </Typography.Text>
            </Card>
          ))}
          {reply.documents.length > 0 && (
            <List
              header="相关信息"
              size="small"
              style={{ marginTop: 12 }}
              dataSource={reply.documents}
              renderItem={(d) => (
                <List.Item>
                  <a href={d.url} target="_blank" rel="noreferrer">
                    {d.title}
                  </a>
                </List.Item>
              )}
            />
          )}
        </div>
      )}
    </>
  );
}

interface EntryFormValues {
  departmentId: string;
  question: string;
  alternatives: string[];
  answer: string;
  sourceDocumentId: string | null;
  validUntil: string;
}

/** The form for one entry; `answersQuestionId` takes a queued question off the queue when saved. */
function EntryModal({
  siteId,
  departments,
  entry,
  initialQuestion,
  answersQuestionId,
  onClose,
}: {
  siteId: string;
  departments: Department[];
  entry: KnowledgeEntry | null;
  initialQuestion?: string;
  answersQuestionId?: string;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<EntryFormValues>();
  const [error, setError] = useState('');
  // Set when the checks refused the text: what was checked, and what a reviewer accepts in it.
  const [checked, setChecked] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<Acceptance[]>([]);
  const save = async (v: EntryFormValues) => {
    const body: KnowledgeFields = {
      ...v,
      alternatives: v.alternatives ?? [],
      sourceDocumentId: v.sourceDocumentId ?? null,
      validUntil: v.validUntil || null,
      answersQuestionId: answersQuestionId ?? null,
      ...(accepted.length ? { acceptedFindings: accepted as KnowledgeFields['acceptedFindings'] } : {}),
    };
    try {
      if (entry) await api('PUT', `/knowledge-entries/${entry.id}?siteId=${siteId}`, body);
      else await api('POST', `/knowledge-entries?siteId=${siteId}`, body);
      onClose(true);
    } catch (e) {
      setError(describeError(e));
      if (e instanceof ApiError && e.code === 'PUBLICATION_FINDINGS')
        setChecked([body.question, ...body.alternatives, body.answer].join('\n'));
    }
  };
  return (
    <Modal
      open
      title={entry ? '修改问答' : '新增问答'}
      width={720}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      {error && <Alert type="error" message={error} style={{ marginBottom: 12 }} />}
      {checked !== null && <AcceptFindings siteId={siteId} text={checked} onChange={setAccepted} />}
      <Form<EntryFormValues>
        form={form}
        layout="vertical"
        initialValues={{
          departmentId: entry?.departmentId,
          question: entry?.question ?? initialQuestion ?? '',
          alternatives: entry?.alternatives ?? [],
          answer: entry?.answer ?? '',
          sourceDocumentId: entry?.sourceDocumentId ?? null,
          validUntil: entry?.validUntil ?? '',
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item label="答复单位" name="departmentId" rules={[{ required: true, message: '请选择答复单位' }]}>
          <TreeSelect
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            treeData={departmentOptions(departments)}
          />
        </Form.Item>
        <Form.Item label="问题" name="question" rules={[{ required: true, min: 2, message: '问题至少 2 个字' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="其他问法" name="alternatives" extra="群众可能的其他说法，每条回车确认">
          <Select mode="tags" open={false} tokenSeparators={['\n']} aria-label="其他问法" />
        </Form.Item>
        <Form.Item
          label="答案"
          name="answer"
          rules={[{ required: true, whitespace: true, message: '请填写答案' }]}
          extra="空行分段"
        >
          <Input.TextArea rows={6} maxLength={5000} />
        </Form.Item>
        <Form.Item label="依据（已公开的信息）" name="sourceDocumentId">
          <DocumentPicker siteId={siteId} placeholder="按标题、文号或索引号查找" />
        </Form.Item>
        <Form.Item label="有效期至" name="validUntil" extra="过期后不再作答；留空为长期有效">
          <Input type="date" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EntriesPanel({ siteId }: { siteId: string }) {
  const departments = useDepartments(siteId);
  const [items, setItems] = useState<KnowledgeEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<KnowledgeEntry | null | 'new'>(null);
  const load = useCallback(async () => {
    const params = new URLSearchParams({ siteId, page: String(page), size: '20', ...(q ? { q } : {}) });
    const res = await api<{ total: number; items: KnowledgeEntry[] }>('GET', `/knowledge-entries?${params}`);
    setItems(res.items);
    setTotal(res.total);
  }, [siteId, page, q]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = useAction(load);
  const deptName = (id: string) => departments.find((d) => d.id === id)?.name ?? '';
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setEditing('new')}>
          新增问答
        </Button>
        <Input.Search
          aria-label="按问题查找"
          placeholder="按问题查找"
          allowClear
          onSearch={(v) => (setPage(1), setQ(v.trim()))}
        />
      </Space>
      <Table<KnowledgeEntry>
        rowKey="id"
        dataSource={items}
        pagination={{ current: page, total, pageSize: 20, onChange: setPage }}
        columns={[
          { title: '问题', dataIndex: 'question' },
          { title: '答复单位', dataIndex: 'departmentId', render: deptName },
          { title: '有效期至', dataIndex: 'validUntil', render: (v: string | null) => v ?? '长期' },
          { title: '更新时间', dataIndex: 'updatedAt', render: chinaTime },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, e) => (
              <Space>
                <Button size="small" onClick={() => setEditing(e)}>
                  修改
                </Button>
                <DeleteButton
                  title="删除后门户和窗口都不再使用该答案，确定删除？"
                  onConfirm={() => void act(() => api('DELETE', `/knowledge-entries/${e.id}`), '已删除')}
                />
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <EntryModal
          siteId={siteId}
          departments={departments}
          entry={editing === 'new' ? null : editing}
          onClose={(saved) => (setEditing(null), saved && void load())}
        />
      )}
    </>
  );
}

function QueuePanel({ siteId }: { siteId: string }) {
  const departments = useDepartments(siteId);
  const [answering, setAnswering] = useState<QueuedQuestion | null>(null);
  const { items, load, act } = useList<QueuedQuestion>(`/assistant/questions?siteId=${siteId}`);
  return (
    <>
      <Typography.Paragraph type="secondary">
        群众提问而知识库没有确切答案的问题（已去除个人信息），按提问次数排列。
      </Typography.Paragraph>
      <Table<QueuedQuestion>
        rowKey="id"
        dataSource={items}
        columns={[
          { title: '问题', dataIndex: 'question' },
          { title: '提问次数', dataIndex: 'asked' },
          { title: '最近提问', dataIndex: 'lastAskedAt', render: chinaTime },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, q) => (
              <Space>
                <Button size="small" type="primary" onClick={() => setAnswering(q)}>
                  补充答案
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    void act(() => api('POST', `/assistant/questions/${q.id}/dismiss?siteId=${siteId}`), '已移出')
                  }
                >
                  不予补充
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {answering && (
        <EntryModal
          siteId={siteId}
          departments={departments}
          entry={null}
          initialQuestion={answering.question}
          answersQuestionId={answering.id}
          onClose={(saved) => (setAnswering(null), saved && void load())}
        />
      )}
    </>
  );
}
