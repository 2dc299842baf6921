import { Button, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../App';
import { api, chinaTime, type QueryReport, type SynonymGroup } from '../api';
import { DeleteButton } from '../DeleteButton';
import { useAction } from '../useAction';
import { useList } from '../useList';

/** 站内搜索: the office's synonyms and dictionary words, and what visitors searched (and did not find). */
export function SearchSettingsPage({ session }: { session: SessionInfo }) {
  const siteId = session.site.id;
  return (
    <Tabs
      items={[
        { key: 'queries', label: '检索统计', children: <QueriesPanel siteId={siteId} /> },
        { key: 'synonyms', label: '同义词', children: <SynonymsPanel siteId={siteId} /> },
        { key: 'words', label: '分词词典', children: <WordsPanel siteId={siteId} /> },
      ]}
    />
  );
}

function QueriesPanel({ siteId }: { siteId: string }) {
  const [report, setReport] = useState<QueryReport | null>(null);
  const [form] = Form.useForm<{ query: string }>();
  const load = useCallback(
    async () => setReport(await api<QueryReport>('GET', `/search/queries?siteId=${siteId}&days=90`)),
    [siteId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const act = useAction(load);
  const hot = new Set(report?.hot.map((h) => h.query));
  const approve = (query: string) =>
    act(() => api('POST', `/search/hot-queries?siteId=${siteId}`, { query }), `“${query}”已设为热门检索词`);
  const columns = [
    { title: '检索词', dataIndex: 'query' },
    { title: '次数', dataIndex: 'searches' },
    { title: '最近', dataIndex: 'lastDay' },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>热门检索词（检索页向公众展示）</Typography.Title>
      <Typography.Paragraph type="secondary">
        只有在此审定的词才会展示给公众；访客检索再多次也不会自动上榜。
      </Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={(v) => void approve(v.query).then((ok) => ok && form.resetFields())}>
        <Form.Item name="query" label="检索词" rules={[{ required: true, message: '请输入检索词' }]}>
          <Input maxLength={20} style={{ width: 200 }} />
        </Form.Item>
        <Button htmlType="submit">设为热门</Button>
      </Form>
      <Table
        rowKey="query"
        size="small"
        dataSource={report?.hot ?? []}
        columns={[
          { title: '检索词', dataIndex: 'query' },
          { title: '近 30 天次数', dataIndex: 'searches' },
          { title: '审定时间', dataIndex: 'approvedAt', render: (v: string) => chinaTime(v) },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, h: { query: string }) => (
              <Button
                size="small"
                onClick={() =>
                  void act(
                    () => api('DELETE', `/search/hot-queries/${encodeURIComponent(h.query)}?siteId=${siteId}`),
                    '已撤下',
                  )
                }
              >
                撤下
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={5}>近 90 天访客常用检索词</Typography.Title>
      <Table
        rowKey="query"
        size="small"
        dataSource={report?.top ?? []}
        columns={[
          ...columns,
          {
            title: '热门',
            key: 'hot',
            render: (_: unknown, r: { query: string }) =>
              hot.has(r.query) ? (
                <Tag color="green">已展示</Tag>
              ) : (
                <Button size="small" onClick={() => void approve(r.query)}>
                  设为热门
                </Button>
              ),
          },
        ]}
      />
      <Typography.Title level={5}>近 90 天无结果的检索词</Typography.Title>
      <Typography.Paragraph type="secondary">
        可据此补充信息、知识库问答或同义词；含个人信息的检索词不记录。
      </Typography.Paragraph>
      <Table rowKey="query" size="small" dataSource={report?.zeroResults ?? []} columns={columns} />
    </Space>
  );
}

function SynonymsPanel({ siteId }: { siteId: string }) {
  const [form] = Form.useForm<{ words: string[] }>();
  const { items, act } = useList<SynonymGroup>(`/search/synonyms?siteId=${siteId}`);
  return (
    <>
      <Typography.Paragraph type="secondary">
        同一组内的词检索时互相替代（如 放管服 ↔ 简政放权）。平台已内置常用同义词；修改后索引在后台重建。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v) =>
          void act(() => api('POST', `/search/synonyms?siteId=${siteId}`, v), '已添加').then(
            (ok) => ok && form.resetFields(),
          )
        }
      >
        <Form.Item name="words" label="同义词组" rules={[{ required: true, message: '请输入至少两个词' }]}>
          <Select
            mode="tags"
            open={false}
            style={{ minWidth: 360 }}
            aria-label="同义词组"
            placeholder="输入一个词后回车，再输入下一个"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          添加
        </Button>
      </Form>
      <Table<SynonymGroup>
        rowKey="id"
        dataSource={items}
        columns={[
          {
            title: '同义词',
            dataIndex: 'words',
            render: (words: string[]) => words.map((w) => <Tag key={w}>{w}</Tag>),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, g) => (
              <DeleteButton
                title="确定删除该组同义词？"
                onConfirm={() => void act(() => api('DELETE', `/search/synonyms/${g.id}?siteId=${siteId}`), '已删除')}
              />
            ),
          },
        ]}
      />
    </>
  );
}

function WordsPanel({ siteId }: { siteId: string }) {
  const [form] = Form.useForm<{ word: string }>();
  const { items, act } = useList<string>(`/search/words?siteId=${siteId}`);
  return (
    <>
      <Typography.Paragraph type="secondary">
        分词时保持完整的词（本地地名、项目名、口号等，如 桃花坞片区）。单位名称已自动加入。添加后索引在后台重建。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v) =>
          void act(() => api('POST', `/search/words?siteId=${siteId}`, v), '已添加').then(
            (ok) => ok && form.resetFields(),
          )
        }
      >
        <Form.Item name="word" label="词语" rules={[{ required: true, whitespace: true, message: '请输入词语' }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          添加
        </Button>
      </Form>
      <Space wrap>
        {items.map((w) => (
          <Tag
            key={w}
            closable
            onClose={() =>
              void act(() => api('DELETE', `/search/words/${encodeURIComponent(w)}?siteId=${siteId}`), '已删除')
            }
          >
            {w}
          </Tag>
        ))}
      </Space>
    </>
  );
}
