import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, TreeSelect } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, describeError, KIND_LABELS, type Department, type DepartmentKind } from '../api';
import type { SessionInfo } from '../App';
import { toTree, treeOptions, type TreeRow } from '../tree';

type DepartmentForm = Omit<Department, 'id' | 'siteId'>;

export const departmentOptions = (items: Department[]) => treeOptions(items, (d) => d.shortName || d.name);

export function DepartmentsPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<Department[]>([]);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [form] = Form.useForm<DepartmentForm>();

  const load = useCallback(async () => {
    const res = await api<{ items: Department[] }>('GET', `/departments?siteId=${session.site.id}`);
    setItems(res.items);
  }, [session.site.id]);

  useEffect(() => {
    void load();
  }, [load]);

  const tree = useMemo(() => toTree(items), [items]);

  const open = (d: Department | 'new') => {
    setEditing(d);
    form.resetFields();
    if (d !== 'new') form.setFieldsValue(d);
  };

  const save = async () => {
    const values = await form.validateFields();
    const body = { ...values, code: values.code || null, parentId: values.parentId ?? null };
    try {
      if (editing === 'new') await api('POST', `/departments?siteId=${session.site.id}`, body);
      else if (editing) await api('PUT', `/departments/${editing.id}`, body);
      void message.success('已保存');
      setEditing(null);
      await load();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  const remove = async (d: Department) => {
    try {
      await api('DELETE', `/departments/${d.id}`);
      void message.success('已删除');
      await load();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => open('new')}>
          新建单位
        </Button>
      </Space>
      <Table<TreeRow<Department>>
        rowKey="id"
        dataSource={tree}
        pagination={false}
        columns={[
          { title: '单位全称', dataIndex: 'name' },
          { title: '简称', dataIndex: 'shortName' },
          { title: '类别', dataIndex: 'kind', render: (k: DepartmentKind) => KIND_LABELS[k] },
          { title: '代码', dataIndex: 'code' },
          { title: '电话', dataIndex: 'phone' },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, d) => (
              <Space>
                <Button size="small" onClick={() => open(d)}>
                  修改
                </Button>
                <Popconfirm title={`确定删除“${d.name}”？`} onConfirm={() => void remove(d)}>
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '新建单位' : '修改单位'}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        okText="保存"
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'government', sortOrder: 0 }}>
          <Form.Item
            label="单位全称"
            name="name"
            rules={[{ required: true, whitespace: true, message: '请输入单位全称' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="简称" name="shortName">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="上级单位" name="parentId">
            <TreeSelect
              showSearch
              treeNodeFilterProp="title"
              allowClear
              treeDefaultExpandAll
              treeData={departmentOptions(items)}
              placeholder="无（顶级单位）"
            />
          </Form.Item>
          <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
            <Select options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="统一社会信用代码 / 组织机构代码" name="code">
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="传真" name="fax">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="电子邮箱" name="email">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="办公地址" name="address">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="办公时间" name="officeHours">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="排序" name="sortOrder">
            <InputNumber min={0} max={100000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
