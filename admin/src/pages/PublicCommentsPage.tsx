import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  ADOPTION_LABELS,
  api,
  COMMENT_STATE_LABELS,
  describeError,
  MAJOR_DECISION_MIN_DAYS,
  type PublicCommentDetail,
  type PublicCommentFields,
  type PublicCommentSummary,
} from '../api';
import type { SessionInfo } from '../App';
import { DocumentPicker } from '../DocumentPicker';
import { AcceptFindings, type Acceptance } from '../Findings';
import { useDepartments, useList } from '../useList';
import { departmentOptions } from './DepartmentsPage';

type Comment = PublicCommentDetail['items'][number];
const DATE = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '请按 YYYY-MM-DD 填写' };

/** One comment: moderate it (the masked draft, edited, through the gate) or decide its adoption. */
function CommentItem({
  siteId,
  c,
  concluded,
  onChanged,
}: {
  siteId: string;
  c: Comment;
  concluded: boolean;
  onChanged: (d: PublicCommentDetail) => void;
}) {
  const { message } = App.useApp();
  const [publicBody, setPublicBody] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<Acceptance[]>([]);
  const [note, setNote] = useState('');
  const [adoption, setAdoption] = useState<string | undefined>(c.adoption ?? undefined);
  const [reason, setReason] = useState(c.adoptionReason ?? '');
  const run = (work: () => Promise<PublicCommentDetail>, done: string) =>
    work()
      .then((d) => (onChanged(d), message.success(done)))
      .catch((e: unknown) => message.error(describeError(e)));
  return (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={c.state === 'approved' ? 'green' : c.state === 'pending' ? 'orange' : 'default'}>
            {COMMENT_STATE_LABELS[c.state]}
          </Tag>
          <Typography.Text type="secondary">
            第 {c.seq} 条 · {c.receivedOn} · {c.writer.name} {c.writer.phone}
          </Typography.Text>
        </Space>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.body}</Typography.Paragraph>
        {c.publicBody && c.publicBody !== c.body && (
          <Typography.Text type="secondary">公开文字：{c.publicBody}</Typography.Text>
        )}
        {c.state === 'pending' &&
          (publicBody === null ? (
            <Button
              size="small"
              onClick={() =>
                void api<{ publicBody: string }>('GET', `/comments/${c.id}/moderation-draft`)
                  .then((d) => setPublicBody(d.publicBody))
                  .catch((e: unknown) => message.error(describeError(e)))
              }
            >
              审核…
            </Button>
          ) : (
            <>
              <Input.TextArea
                aria-label="公开的文字"
                rows={3}
                value={publicBody}
                onChange={(e) => setPublicBody(e.target.value)}
              />
              {publicBody && <AcceptFindings siteId={siteId} text={publicBody} onChange={setAccepted} />}
              <Space wrap>
                <Button
                  type="primary"
                  size="small"
                  onClick={() =>
                    void run(
                      () =>
                        api('POST', `/comments/${c.id}/moderation`, {
                          decision: 'approve',
                          publicBody,
                          acceptedFindings: accepted,
                        }),
                      '已公开',
                    )
                  }
                >
                  公开
                </Button>
                <Input
                  aria-label="不予公开的理由"
                  placeholder="不予公开的理由（不公开）"
                  style={{ width: 240 }}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
                <Button
                  size="small"
                  danger
                  onClick={() =>
                    void run(() => api('POST', `/comments/${c.id}/moderation`, { decision: 'reject', note }), '已处理')
                  }
                >
                  不予公开
                </Button>
              </Space>
            </>
          ))}
        {c.state === 'approved' && !concluded && (
          <Space wrap>
            <Select
              aria-label={`第 ${c.seq} 条意见的采纳情况`}
              placeholder="采纳情况"
              style={{ width: 140 }}
              value={adoption}
              onChange={setAdoption}
              options={Object.entries(ADOPTION_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <Input
              aria-label={`第 ${c.seq} 条意见的采纳说明`}
              placeholder="说明（部分采纳、未采纳须填写）"
              style={{ width: 320 }}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button
              size="small"
              onClick={() => void run(() => api('PUT', `/comments/${c.id}/adoption`, { adoption, reason }), '已保存')}
            >
              保存
            </Button>
          </Space>
        )}
        {c.adoption && (
          <Typography.Text>
            {ADOPTION_LABELS[c.adoption]}
            {c.adoptionReason && `：${c.adoptionReason}`}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

function ConsultationDrawer({
  siteId,
  detail,
  onChanged,
  onEdit,
  onClose,
}: {
  siteId: string;
  detail: PublicCommentDetail;
  onChanged: (d: PublicCommentDetail) => void;
  onEdit: () => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [accepted, setAccepted] = useState<Acceptance[]>([]);
  const [summary, setSummary] = useState('');
  const [finalId, setFinalId] = useState<string | null>(detail.finalDocumentId);
  const run = (work: () => Promise<PublicCommentDetail>, done: string) =>
    work()
      .then((d) => (onChanged(d), message.success(done)))
      .catch((e: unknown) => message.error(describeError(e)));
  const undecided = detail.items.filter((c) => c.state === 'approved' && !c.adoption).length;
  const pending = detail.items.filter((c) => c.state === 'pending').length;
  return (
    <Drawer open width={760} title={detail.title} onClose={onClose}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color="blue">{detail.phaseLabel}</Tag>
        <span>
          {detail.opensOn} 至 {detail.closesOn}
          {detail.major && '（重大行政决策）'}
        </span>
        <span>{detail.departmentName ?? ''}</span>
        {detail.phase === 'draft' && <Button onClick={onEdit}>修改</Button>}
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 6, expandable: true }}>
        {detail.body}
      </Typography.Paragraph>
      {detail.phase === 'draft' && (
        <>
          <AcceptFindings siteId={siteId} text={`${detail.title}\n${detail.body}`} onChange={setAccepted} />
          <Button
            type="primary"
            style={{ marginTop: 8 }}
            onClick={() =>
              void run(
                () => api('POST', `/public-comments/${detail.id}/publication`, { acceptedFindings: accepted }),
                '已发布到门户',
              )
            }
          >
            发布到门户
          </Button>
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        收到的意见（{detail.items.length} 条{pending ? `，${pending} 条待审核` : ''}）
      </Typography.Title>
      <List
        dataSource={detail.items}
        locale={{ emptyText: '暂无意见' }}
        renderItem={(c) => (
          <CommentItem
            key={c.id}
            siteId={siteId}
            c={c}
            concluded={detail.phase === 'concluded'}
            onChanged={onChanged}
          />
        )}
      />
      {detail.phase === 'awaiting_report' && (
        <>
          <Typography.Title level={5}>采纳情况反馈</Typography.Title>
          {(pending > 0 || undecided > 0) && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              message={`发布前须审核全部意见（${pending} 条待审核），并为每条公开的意见填写采纳情况（${undecided} 条未填写）`}
            />
          )}
          <Input.TextArea
            aria-label="总体说明"
            rows={4}
            placeholder="意见收集和采纳情况的总体说明"
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
          <Button
            type="primary"
            style={{ marginTop: 8 }}
            onClick={() =>
              void run(() => api('POST', `/public-comments/${detail.id}/conclusion`, { summary }), '已发布采纳情况反馈')
            }
          >
            发布采纳情况反馈
          </Button>
        </>
      )}
      {detail.phase === 'concluded' && (
        <>
          <Typography.Title level={5}>采纳情况反馈</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{detail.adoptionSummary}</Typography.Paragraph>
          <Space wrap>
            <span>最终出台的文件</span>
            <div style={{ width: 360 }}>
              <DocumentPicker siteId={siteId} value={finalId} onChange={(id) => setFinalId(id)} />
            </div>
            <Button
              disabled={!finalId}
              onClick={() =>
                void run(
                  () => api('PUT', `/public-comments/${detail.id}/final-document`, { documentId: finalId }),
                  '已关联',
                )
              }
            >
              关联
            </Button>
          </Space>
        </>
      )}
    </Drawer>
  );
}

/** 征集意见: drafts for comment, moderation, adoption decisions and the 采纳情况反馈. */
export function PublicCommentsPage({ session }: { session: SessionInfo }) {
  const siteId = session.site.id;
  const { items, load, act } = useList<PublicCommentSummary>(`/public-comments?siteId=${siteId}`);
  const departments = useDepartments(siteId);
  const [detail, setDetail] = useState<PublicCommentDetail | null>(null);
  const [editing, setEditing] = useState<PublicCommentDetail | 'new' | null>(null);
  const [form] = Form.useForm<PublicCommentFields>();
  const open = useCallback(
    async (id: string) => setDetail(await api<PublicCommentDetail>('GET', `/public-comments/${id}`)),
    [],
  );
  useEffect(() => {
    if (editing && editing !== 'new') form.setFieldsValue(editing);
    if (editing === 'new') form.resetFields();
  }, [editing, form]);
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, departmentId: v.departmentId ?? null, major: !!v.major };
    const ok = await act(async () => {
      const saved =
        editing === 'new'
          ? await api<PublicCommentDetail>('POST', `/public-comments?siteId=${siteId}`, body)
          : await api<PublicCommentDetail>('PUT', `/public-comments/${editing!.id}`, body);
      setDetail(saved);
    }, '已保存');
    if (ok) setEditing(null);
  };
  return (
    <>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setEditing('new')}>
        发起征集
      </Button>
      <Table<PublicCommentSummary>
        rowKey="id"
        dataSource={items}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '标题', dataIndex: 'title' },
          { title: '起草单位', key: 'dept', render: (_, p) => p.departmentName ?? '—' },
          { title: '征集时间', key: 'dates', render: (_, p) => `${p.opensOn} 至 ${p.closesOn}` },
          {
            title: '状态',
            key: 'phase',
            render: (_, p) => <Tag color={p.phase === 'awaiting_report' ? 'red' : 'blue'}>{p.phaseLabel}</Tag>,
          },
          { title: '意见', dataIndex: 'comments' },
          {
            title: '操作',
            key: 'open',
            fixed: 'right' as const,
            render: (_, p) => (
              <Button size="small" onClick={() => void open(p.id)}>
                办理
              </Button>
            ),
          },
        ]}
      />
      {detail && (
        <ConsultationDrawer
          siteId={siteId}
          detail={detail}
          onChanged={(d) => (setDetail(d), void load())}
          onEdit={() => setEditing(detail)}
          onClose={() => setDetail(null)}
        />
      )}
      <Modal
        open={editing !== null}
        title="征集意见"
        width={760}
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
      >
        <Form form={form} layout="vertical" initialValues={{ major: false }}>
          <Form.Item label="标题" name="title" rules={[{ required: true, message: '请填写标题' }]}>
            <Input maxLength={200} placeholder="关于《××办法（征求意见稿）》公开征求意见" />
          </Form.Item>
          <Form.Item label="征求意见稿及说明" name="body" rules={[{ required: true, message: '请填写征求意见稿' }]}>
            <Input.TextArea rows={10} />
          </Form.Item>
          <Space wrap>
            <Form.Item label="起草单位" name="departmentId">
              <TreeSelect
                style={{ width: 240 }}
                allowClear
                showSearch
                treeNodeFilterProp="title"
                treeData={departmentOptions(departments)}
              />
            </Form.Item>
            <Form.Item label="开始日期" name="opensOn" rules={[{ required: true, message: '请填写开始日期' }, DATE]}>
              <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item label="截止日期" name="closesOn" rules={[{ required: true, message: '请填写截止日期' }, DATE]}>
              <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Space>
          <Form.Item name="major" valuePropName="checked">
            <Checkbox>重大行政决策（征求意见不少于 {MAJOR_DECISION_MIN_DAYS} 日）</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
