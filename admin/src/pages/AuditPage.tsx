import { Button, Form, Input, Select, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, chinaTime, type AuditEntry } from '../api';
import type { SessionInfo } from '../App';

/** Chinese names for the recorded actions; an unknown action shows its code. */
const ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': '登录',
  'auth.sign_in_failed': '登录失败',
  'auth.locked': '账号锁定',
  'search.hot_query.approve': '审定热门检索词',
  'search.hot_query.withdraw': '撤下热门检索词',
  'auth.sign_out': '退出登录',
  'site.create': '新建站点',
  'site.update': '修改站点',
  'department.create': '新建单位',
  'department.update': '修改单位',
  'department.delete': '删除单位',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.grants': '设置角色',
  'user.reset_password': '重置密码',
  'user.change_password': '修改密码',
  'user.unlock': '解除登录限制',
  'api_token.create': '新建 API 令牌',
  'api_token.revoke': '吊销 API 令牌',
  'calendar.set_year': '录入全年安排',
  'calendar.delete_year': '删除全年安排',
  'calendar.set_day': '更正单日',
  'calendar.delete_day': '撤销单日更正',
};

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
            options={Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item label="对象类型" name="entityType">
          <Input allowClear placeholder="如 department" />
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
          { title: '操作', dataIndex: 'action', render: (a: string) => ACTION_LABELS[a] ?? a },
          { title: '对象', key: 'entity', render: (_: unknown, e) => `${e.entityType} ${e.entityId}` },
          { title: 'IP', dataIndex: 'ip' },
        ]}
      />
    </>
  );
}
