import { Button, Form, Input, Select, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, chinaTime, type AuditEntry } from '../api';
import type { SessionInfo } from '../App';
import { ACTIONS, ENTITY_LABELS } from '../../../src/modules/audit/audit.labels';

interface Filters {
  actor?: string;
  action?: string;
  entityType?: string;
  q?: string;
}

export function AuditPage({ session }: { session: SessionInfo }) {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ total: number; items: AuditEntry[] }>({ total: 0, items: [] });

  const load = useCallback(async () => {
    const params = new URLSearchParams({ siteId: session.site.id, page: String(page), size: '50' });
    for (const [k, v] of Object.entries(filters)) if (v) params.set(k, String(v));
    setData(await api('GET', `/audit?${params.toString()}`));
  }, [filters, page, session.site.id]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <Form<Filters> layout="inline" style={{ marginBottom: 16 }} onFinish={(v) => (setPage(1), setFilters(v))}>
        <Form.Item label="操作人" name="actor">
          <Input allowClear />
        </Form.Item>
        <Form.Item label="操作" name="action">
          <Select
            allowClear
            showSearch
            style={{ width: 180 }}
            optionFilterProp="label"
            options={Object.entries(ACTIONS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item label="对象类型" name="entityType">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 180 }}
            options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item label="内容包含" name="q">
          <Input allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        dataSource={data.items}
        pagination={{ current: page, pageSize: 50, total: data.total, onChange: setPage, showSizeChanger: false }}
        expandable={{
          expandedRowRender: (e) => (
            <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {`修改前：${JSON.stringify(e.before, null, 2)}\n修改后：${JSON.stringify(e.after, null, 2)}`}
            </pre>
          ),
        }}
        columns={[
          { title: '时间', dataIndex: 'at', render: (v: string) => chinaTime(v) },
          { title: '操作人', dataIndex: 'actorName' },
          { title: '操作', dataIndex: 'actionLabel' },
          { title: '对象', dataIndex: 'entityLabel' },
          { title: 'IP', dataIndex: 'ip' },
        ]}
      />
    </>
  );
}
