import { Alert, Form, Modal, Select, Table, Tag, TreeSelect, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, chinaTime, type Column, type Department, type Syndication, type Site } from './api';
import { columnOptions } from './pages/ColumnsPage';
import { departmentOptions } from './pages/DepartmentsPage';
import type { useAction } from './useAction';

interface Target {
  siteId: string;
  departmentId: string;
  columnIds: string[];
}

const STATUS = { draft: '未发布', published: '已发布', withdrawn: '已撤回' } as const;

/**
 * 一稿多发: where a published document also stands on the platform's other sites, and a form to
 * publish it on one more — on that site's publisher and columns, numbered by that site's 索引号
 * rules. Only the sites the user works on are offered; the server checks the right to publish there.
 */
export function SyndicationDialog({
  documentId,
  title,
  sites,
  act,
  onClose,
}: {
  documentId: string;
  title: string;
  /** The other open sites the user works on. */
  sites: Site[];
  act: ReturnType<typeof useAction>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Target>();
  const [copies, setCopies] = useState<Syndication[]>([]);
  const [siteId, setSiteId] = useState<string>();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [columns, setColumns] = useState<Column[]>([]);

  const loadCopies = useCallback(
    () => api<{ items: Syndication[] }>('GET', `/documents/${documentId}/syndications`).then((r) => setCopies(r.items)),
    [documentId],
  );

  useEffect(() => {
    void loadCopies();
  }, [loadCopies]);

  useEffect(() => {
    if (!siteId) return;
    form.setFieldsValue({ departmentId: undefined, columnIds: [] });
    void Promise.all([
      api<{ items: Department[] }>('GET', `/departments?siteId=${siteId}`),
      api<{ items: Column[] }>('GET', `/columns?siteId=${siteId}`),
    ]).then(([d, c]) => (setDepartments(d.items), setColumns(c.items)));
  }, [siteId, form]);

  const submit = async () => {
    const target = await form.validateFields();
    const ok = await act(async () => {
      await api('POST', `/documents/${documentId}/syndications`, { targets: [target] });
      await loadCopies();
    }, '已同步发布');
    if (!ok) return;
    form.resetFields();
    setSiteId(undefined);
  };

  const onSite = new Set(copies.filter((c) => c.status === 'published').map((c) => c.siteId));
  const open = sites.filter((s) => !onSite.has(s.id));

  return (
    <Modal
      open
      title="同步发布到其他站点"
      width={760}
      okText="同步发布"
      cancelText="关闭"
      okButtonProps={{ disabled: open.length === 0 }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph strong>{title}</Typography.Paragraph>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="副本按目标站点的规则编索引号，内容随本信息更新：本信息修改发布后副本同步更新，撤回后副本一并撤回。目标站点可以单独撤回副本。"
      />
      {copies.length > 0 && (
        <Table<Syndication>
          rowKey="documentId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          style={{ marginBottom: 16 }}
          dataSource={copies}
          columns={[
            { title: '站点', dataIndex: 'siteName' },
            { title: '索引号', dataIndex: 'indexNo' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: Syndication['status']) => (
                <Tag color={s === 'published' ? 'green' : 'default'}>{STATUS[s]}</Tag>
              ),
            },
            { title: '发布日期', dataIndex: 'publishedAt', render: (v: string | null) => chinaTime(v) },
          ]}
        />
      )}
      {open.length === 0 ? (
        <Alert type="success" message="已同步发布到您有权限的所有其他站点。" />
      ) : (
        <Form form={form} layout="vertical">
          <Form.Item name="siteId" label="目标站点" rules={[{ required: true, message: '请选择目标站点' }]}>
            <Select
              aria-label="目标站点"
              options={open.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(v: string) => setSiteId(v)}
            />
          </Form.Item>
          <Form.Item
            name="departmentId"
            label="在该站点的发布机构"
            rules={[{ required: true, message: '请选择发布机构' }]}
          >
            <TreeSelect
              aria-label="在该站点的发布机构"
              disabled={!siteId}
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              treeData={departmentOptions(departments)}
            />
          </Form.Item>
          <Form.Item name="columnIds" label="在该站点的栏目" initialValue={[]}>
            <TreeSelect
              aria-label="在该站点的栏目"
              disabled={!siteId}
              multiple
              showSearch
              treeNodeFilterProp="title"
              treeData={columnOptions(columns)}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
