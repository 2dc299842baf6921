import { App, Button, Checkbox, Drawer, Form, Input, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  api,
  describeError,
  upload,
  type Column,
  INTERVIEW_KIND_LABELS,
  type InterviewDetail,
  type InterviewFields,
  type InterviewSummary,
} from '../api';
import { FileButton } from '../FileButton';
import type { SessionInfo } from '../App';
import { useDepartments, useList } from '../useList';

const TIME = { pattern: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, message: '请按 YYYY-MM-DD HH:mm（北京时间）填写' };
type Values = Omit<InterviewFields, 'startsAt'> & { starts: string };

function LiveRecord({ detail, onChanged }: { detail: InterviewDetail; onChanged: (d: InterviewDetail) => void }) {
  const { message } = App.useApp();
  const [speaker, setSpeaker] = useState('主持人');
  const [text, setText] = useState('');
  const run = (work: () => Promise<InterviewDetail>, done: string) =>
    work()
      .then((d) => (onChanged(d), message.success(done)))
      .catch((e: unknown) => message.error(describeError(e)));
  const speakers = ['主持人', ...detail.guests.map((g) => `${g.title} ${g.name}`)];
  return (
    <>
      <List
        size="small"
        dataSource={detail.entries}
        locale={{ emptyText: '尚无文字实录' }}
        renderItem={(e) => (
          <List.Item>
            <Typography.Text strong>{e.speaker}：</Typography.Text>
            {e.text}
          </List.Item>
        )}
      />
      {detail.phase === 'live' && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Select
            aria-label="发言人"
            style={{ width: 260 }}
            value={speaker}
            onChange={setSpeaker}
            options={speakers.map((s) => ({ value: s, label: s }))}
          />
          <Input.TextArea aria-label="实录内容" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <Space>
            <Button
              type="primary"
              onClick={() =>
                void run(() => api('POST', `/interviews/${detail.id}/entries`, { speaker, text }), '已发布').then(() =>
                  setText(''),
                )
              }
            >
              发布这一条
            </Button>
            <Button danger onClick={() => void run(() => api('POST', `/interviews/${detail.id}/end`), '访谈已结束')}>
              结束访谈
            </Button>
          </Space>
        </Space>
      )}
    </>
  );
}

/** Photos shown on the event's page; each caption passes the publication gate. */
function Photos({ detail, onChanged }: { detail: InterviewDetail; onChanged: (d: InterviewDetail) => void }) {
  const { message } = App.useApp();
  const [caption, setCaption] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const run = (work: () => Promise<InterviewDetail>, done: string) =>
    work()
      .then((d) => (onChanged(d), message.success(done)))
      .catch((e: unknown) => message.error(describeError(e)));
  return (
    <>
      <List
        size="small"
        dataSource={detail.photos}
        locale={{ emptyText: '尚无照片' }}
        renderItem={(p) => (
          <List.Item
            actions={[
              <Button
                key="remove"
                size="small"
                danger
                onClick={() => void run(() => api('DELETE', `/interviews/${detail.id}/photos/${p.id}`), '已删除')}
              >
                删除
              </Button>,
            ]}
          >
            {detail.phase !== 'draft' && (
              <img src={`/interviews/${detail.id}/photos/${p.seq}`} alt="" style={{ height: 48, marginInlineEnd: 8 }} />
            )}
            {p.caption}
          </List.Item>
        )}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <FileButton label="选择照片文件" accept="image/png,image/jpeg,image/gif" chosen={file?.name} onFile={setFile} />
        <Input
          aria-label="照片说明"
          placeholder="照片说明，如“访谈现场”"
          style={{ width: 240 }}
          maxLength={200}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
        />
        <Button
          disabled={!file || !caption.trim()}
          onClick={() =>
            void run(() => upload(`/interviews/${detail.id}/photos`, file!, { caption }), '照片已上传').then(() =>
              setCaption(''),
            )
          }
        >
          上传照片
        </Button>
      </Space>
    </>
  );
}

/** Files the ended event's record as a draft document, which is then reviewed and published as any other. */
function Transcript(props: { siteId: string; detail: InterviewDetail; onChanged: () => void }) {
  const { siteId, detail, onChanged } = props;
  const { message } = App.useApp();
  const departments = useDepartments(siteId);
  const columns = useList<Column>(`/columns?siteId=${siteId}`).items;
  const [target, setTarget] = useState<{ departmentId?: string; columnId?: string }>({});
  if (detail.transcriptDocumentId)
    return <Typography.Paragraph>文字实录已存为文件，请在“信息发布”中审核、发布。</Typography.Paragraph>;
  if (detail.phase !== 'ended') return null;
  return (
    <Space wrap>
      <Select
        aria-label="发布机构"
        placeholder="发布机构"
        style={{ width: 200 }}
        value={target.departmentId}
        onChange={(departmentId: string) => setTarget({ ...target, departmentId })}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
      />
      <Select
        aria-label="所属栏目"
        placeholder="所属栏目"
        style={{ width: 200 }}
        value={target.columnId}
        onChange={(columnId: string) => setTarget({ ...target, columnId })}
        options={columns.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Button
        disabled={!target.departmentId || !target.columnId}
        onClick={() =>
          void api('POST', `/interviews/${detail.id}/transcript`, target)
            .then(() => (onChanged(), message.success('已存为文件草稿')))
            .catch((e: unknown) => message.error(describeError(e)))
        }
      >
        文字实录存为文件
      </Button>
    </Space>
  );
}

function Questions({ detail, onChanged }: { detail: InterviewDetail; onChanged: (d: InterviewDetail) => void }) {
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const run = (work: () => Promise<InterviewDetail>, done: string) =>
    work()
      .then((d) => (onChanged(d), message.success(done)))
      .catch((e: unknown) => message.error(describeError(e)));
  return (
    <List
      size="small"
      dataSource={detail.questions}
      locale={{ emptyText: '暂无提问' }}
      renderItem={(q) => (
        <List.Item>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              第 {q.seq} 个 · {q.receivedOn} · {q.writer.name} {q.writer.phone}{' '}
              <Tag>{q.state === 'pending' ? '待审核' : q.state === 'approved' ? '已公开' : '不予公开'}</Tag>
            </Typography.Text>
            <span>{q.body}</span>
            {q.state === 'pending' &&
              (drafts[q.id] === undefined ? (
                <Button
                  size="small"
                  onClick={() =>
                    void api<{ publicBody: string }>('GET', `/interview-questions/${q.id}/moderation-draft`)
                      .then((d) => setDrafts((all) => ({ ...all, [q.id]: d.publicBody })))
                      .catch((e: unknown) => message.error(describeError(e)))
                  }
                >
                  审核…
                </Button>
              ) : (
                <>
                  <Input.TextArea
                    aria-label="公开的文字"
                    rows={2}
                    value={drafts[q.id]}
                    onChange={(e) => setDrafts((all) => ({ ...all, [q.id]: e.target.value }))}
                  />
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() =>
                        void run(
                          () =>
                            api('POST', `/interview-questions/${q.id}/moderation`, {
                              decision: 'approve',
                              publicBody: drafts[q.id],
                            }),
                          '已公开',
                        )
                      }
                    >
                      公开
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        void run(
                          () => api('POST', `/interview-questions/${q.id}/moderation`, { decision: 'reject' }),
                          '已处理',
                        )
                      }
                    >
                      不予公开
                    </Button>
                  </Space>
                </>
              ))}
          </Space>
        </List.Item>
      )}
    />
  );
}

/** 在线访谈 · 新闻发布会: scheduling, guests, questions beforehand and the live text record. */
export function InterviewsPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp();
  const siteId = session.site.id;
  const { items, load, act } = useList<InterviewSummary>(`/interviews?siteId=${siteId}`);
  const [detail, setDetail] = useState<InterviewDetail | null>(null);
  const [editing, setEditing] = useState<InterviewDetail | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const open = (id: string) =>
    void api<InterviewDetail>('GET', `/interviews/${id}`)
      .then(setDetail)
      .catch((e: unknown) => message.error(describeError(e)));
  const save = async () => {
    const v = await form.validateFields();
    const { starts, ...rest } = v;
    const body = { ...rest, summary: rest.summary ?? '', startsAt: `${starts.replace(' ', 'T')}:00+08:00` };
    const ok = await act(async () => {
      const saved =
        editing === 'new'
          ? await api<InterviewDetail>('POST', `/interviews?siteId=${siteId}`, body)
          : await api<InterviewDetail>('PUT', `/interviews/${editing!.id}?siteId=${siteId}`, body);
      setDetail(saved);
    }, '已保存');
    if (ok) setEditing(null);
  };
  const changed = (d: InterviewDetail) => (setDetail(d), void load());
  return (
    <>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => (form.resetFields(), setEditing('new'))}>
        安排访谈或发布会
      </Button>
      <Table<InterviewSummary>
        rowKey="id"
        dataSource={items}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '时间', dataIndex: 'startsAtChina' },
          { title: '类别', dataIndex: 'kindLabel' },
          { title: '标题', dataIndex: 'title' },
          {
            title: '状态',
            key: 'phase',
            render: (_, i) => <Tag color={i.phase === 'live' ? 'red' : 'blue'}>{i.phaseLabel}</Tag>,
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
      {detail && (
        <Drawer open width={760} title={detail.title} onClose={() => setDetail(null)}>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag color="blue">{detail.phaseLabel}</Tag>
            <span>
              {detail.kindLabel} · {detail.startsAtChina}（北京时间）
            </span>
            {(detail.phase === 'draft' || detail.phase === 'upcoming') && (
              <Button
                onClick={() => (form.setFieldsValue({ ...detail, starts: detail.startsAtChina }), setEditing(detail))}
              >
                修改
              </Button>
            )}
            {detail.phase === 'draft' && (
              <Button
                type="primary"
                onClick={() =>
                  void api<InterviewDetail>('POST', `/interviews/${detail.id}/publication`, {})
                    .then((d) => (changed(d), message.success('已发布预告')))
                    .catch((e: unknown) => message.error(describeError(e)))
                }
              >
                发布预告
              </Button>
            )}
          </Space>
          <Typography.Paragraph>
            嘉宾：{detail.guests.map((g) => `${g.title} ${g.name}${g.spokesperson ? '（新闻发言人）' : ''}`).join('；')}
          </Typography.Paragraph>
          <Typography.Title level={5}>网民提问</Typography.Title>
          <Questions detail={detail} onChanged={changed} />
          <Typography.Title level={5}>文字实录</Typography.Title>
          <LiveRecord detail={detail} onChanged={changed} />
          <Transcript siteId={siteId} detail={detail} onChanged={() => open(detail.id)} />
          <Typography.Title level={5}>图片</Typography.Title>
          <Photos detail={detail} onChanged={changed} />
        </Drawer>
      )}
      <Modal
        open={editing !== null}
        title="访谈或发布会"
        width={720}
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: 'interview', guests: [{ name: '', title: '', spokesperson: false }] }}
        >
          <Space wrap>
            <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
              <Select
                style={{ width: 160 }}
                options={Object.entries(INTERVIEW_KIND_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item
              label="开始时间（北京时间）"
              name="starts"
              rules={[{ required: true, message: '请填写开始时间' }, TIME]}
            >
              <Input style={{ width: 180 }} placeholder="2026-12-10 15:00" />
            </Form.Item>
          </Space>
          <Form.Item label="标题" name="title" rules={[{ required: true, message: '请填写标题' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="内容简介" name="summary">
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Form.List name="guests">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} wrap>
                    <Form.Item
                      label="嘉宾姓名"
                      name={[f.name, 'name']}
                      rules={[{ required: true, message: '请填写姓名' }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      label="职务"
                      name={[f.name, 'title']}
                      rules={[{ required: true, message: '请填写职务' }]}
                    >
                      <Input style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'spokesperson']} valuePropName="checked" label=" ">
                      <Checkbox>新闻发言人</Checkbox>
                    </Form.Item>
                    {fields.length > 1 && <Button onClick={() => remove(f.name)}>删除</Button>}
                  </Space>
                ))}
                <Button onClick={() => add({ name: '', title: '', spokesperson: false })}>添加嘉宾</Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
