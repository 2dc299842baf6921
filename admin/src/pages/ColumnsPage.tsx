import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, TreeSelect } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, COLUMN_KIND_LABELS, describeError, type Column, type ColumnFields } from '../api';
import type { SessionInfo } from '../App';
import { toTree, treeOptions, type TreeRow } from '../tree';

export const columnOptions = (items: Column[]) => treeOptions(items, (c) => c.name);

/** The column tree editor: the site's navigation and catalogue. Standard columns can be renamed, not deleted. */
export function ColumnsPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<Column[]>([]);
  const [editing, setEditing] = useState<Column | 'new' | null>(null);
  const [form] = Form.useForm<ColumnFields>();
  const load = useCallback(
    async () => setItems((await api<{ items: Column[] }>('GET', `/columns?siteId=${session.site.id}`)).items),
    [session.site.id],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const tree = useMemo(() => toTree(items), [items]);

  const save = async () => {
    const v = await form.validateFields();
    const body = {
      ...v,
      parentId: v.parentId ?? null,
      linkUrl: v.linkUrl ?? '',
      updateIntervalDays: v.updateIntervalDays ?? null,
      description: v.description ?? '',
    };
    try {
      if (editing === 'new') await api('POST', `/columns?siteId=${session.site.id}`, body);
      else if (editing) await api('PUT', `/columns/${editing.id}`, body);
      setEditing(null);
      void message.success('已保存');
      await load();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  return (
    <>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => (form.resetFields(), setEditing('new'))}>
        新建栏目
      </Button>
      <Table<TreeRow<Column>>
        rowKey="id"
        dataSource={tree}
        pagination={false}
        columns={[
          { title: '栏目名称', dataIndex: 'name' },
          { title: '类别', dataIndex: 'kind', render: (k: Column['kind']) => COLUMN_KIND_LABELS[k] },
          { title: '应更新周期', dataIndex: 'updateIntervalDays', render: (d: number | null) => (d ? `${d} 天` : '—') },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, c) => (
              <Space>
                <Button size="small" onClick={() => (form.setFieldsValue(c), setEditing(c))}>
                  修改
                </Button>
                {!c.code && (
                  <Popconfirm
                    title={`确定删除栏目“${c.name}”？`}
                    onConfirm={() =>
                      void api('DELETE', `/columns/${c.id}`)
                        .then(load)
                        .catch((e: unknown) => message.error(describeError(e)))
                    }
                  >
                    <Button size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '新建栏目' : '修改栏目'}
        okText="保存"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'news', sortOrder: 0 }}>
          <Form.Item
            label="栏目名称"
            name="name"
            rules={[{ required: true, whitespace: true, message: '请输入栏目名称' }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item label="上级栏目" name="parentId">
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeData={columnOptions(items)}
              placeholder="无（顶级栏目）"
            />
          </Form.Item>
          <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
            <Select options={Object.entries(COLUMN_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="栏目简介" name="description" extra="专题栏目的专题页顶部显示这段介绍；其他栏目可留空">
            <Input.TextArea maxLength={500} rows={3} showCount />
          </Form.Item>
          <Form.Item label="链接地址（外部链接栏目）" name="linkUrl">
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item
            label="应更新周期（天）"
            name="updateIntervalDays"
            extra="网站监测据此判断栏目是否长期未更新；动态类一般 14 天，通知公告和政策文件 180 天"
          >
            <InputNumber min={1} max={3650} />
          </Form.Item>
          <Form.Item label="排序" name="sortOrder">
            <InputNumber min={0} max={100000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
