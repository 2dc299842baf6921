import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, chinaTime, describeError, ROLE_LABELS, type Department, type Grant, type Role, type User } from '../api';
import type { SessionInfo } from '../App';
import { useAction } from '../useAction';
import { departmentOptions } from './DepartmentsPage';

interface GrantRow {
  role: Role;
  departmentId?: string | null;
}

const SITE_WIDE = '__site__';

function GrantsEditor({ departments }: { departments: Department[] }) {
  const treeData = [{ value: SITE_WIDE, title: '整个站点' }, ...departmentOptions(departments)];
  return (
    <Form.List name="grants">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: '请选择角色' }]}>
                <Select
                  style={{ width: 180 }}
                  placeholder="角色"
                  options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'departmentId']} rules={[{ required: true, message: '请选择范围' }]}>
                <TreeSelect
                  style={{ width: 240 }}
                  showSearch
                  treeNodeFilterProp="title"
                  placeholder="范围"
                  treeDefaultExpandAll
                  treeData={treeData}
                />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>移除</Button>
            </Space>
          ))}
          <Button onClick={() => add({ role: 'editor', departmentId: SITE_WIDE })}>添加角色</Button>
        </>
      )}
    </Form.List>
  );
}

export function UsersPage({ session }: { session: SessionInfo }) {
  const { message, modal } = App.useApp();
  const siteId = session.site.id;
  const [users, setUsers] = useState<User[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<User | null>(null);
  const [createForm] = Form.useForm<{ account: string; name: string; password?: string; grants: GrantRow[] }>();
  const [grantForm] = Form.useForm<{ grants: GrantRow[] }>();

  const load = useCallback(async () => {
    try {
      const [u, d] = await Promise.all([
        api<{ items: User[] }>('GET', `/users?siteId=${siteId}`),
        api<{ items: Department[] }>('GET', `/departments?siteId=${siteId}`),
      ]);
      setUsers(u.items);
      setDepartments(d.items);
    } catch (e) {
      void message.error(describeError(e));
    }
  }, [siteId, message]);

  useEffect(() => {
    void load();
  }, [load]);

  const toGrants = (rows: GrantRow[] = []): Grant[] =>
    rows.map((g) => ({
      siteId,
      role: g.role,
      departmentId: g.departmentId === SITE_WIDE ? null : (g.departmentId ?? null),
    }));

  const deptName = (id: string | null) =>
    id === null
      ? '整个站点'
      : departments.find((d) => d.id === id)?.shortName || departments.find((d) => d.id === id)?.name || '—';

  const showPassword = (title: string, password: string) =>
    modal.info({
      title,
      content: (
        <Typography.Paragraph copyable={{ text: password }}>
          初始密码（仅显示这一次）：<code>{password}</code>
        </Typography.Paragraph>
      ),
    });

  const run = useAction(load);

  const create = async () => {
    const v = await createForm.validateFields();
    await run(async () => {
      const res = await api<{ password: string | null }>('POST', '/users', {
        account: v.account,
        name: v.name,
        ...(v.password ? { password: v.password } : {}),
        grants: toGrants(v.grants),
      });
      setCreating(false);
      if (res.password) showPassword('用户已创建', res.password);
    }, '用户已创建');
  };

  const saveGrants = async () => {
    if (!granting) return;
    const v = await grantForm.validateFields();
    await run(async () => {
      await api('PUT', `/users/${granting.id}/grants`, { siteId, grants: toGrants(v.grants) });
      setGranting(null);
    }, '角色已更新');
  };

  return (
    <>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => (createForm.resetFields(), setCreating(true))}>
        新建用户
      </Button>
      <Table<User>
        rowKey="id"
        dataSource={users}
        columns={[
          { title: '账号', dataIndex: 'account' },
          { title: '姓名', dataIndex: 'name' },
          {
            title: '角色',
            key: 'grants',
            render: (_: unknown, u) => (
              <>
                {u.isPlatformAdmin && <Tag color="red">平台管理员</Tag>}
                {u.grants.map((g) => (
                  <Tag key={`${g.role}-${g.departmentId ?? ''}`}>
                    {ROLE_LABELS[g.role]} · {deptName(g.departmentId)}
                  </Tag>
                ))}
              </>
            ),
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, u) =>
              u.disabled ? (
                <Tag>已停用</Tag>
              ) : u.locked ? (
                <Tag color="orange" title="近一小时登录失败较多，陌生浏览器的登录正被放慢">
                  登录受限
                </Tag>
              ) : (
                <Tag color="green">正常</Tag>
              ),
          },
          { title: '最近登录', dataIndex: 'lastSignInAt', render: (v: string | null) => chinaTime(v) },
          {
            title: '操作',
            key: 'actions',
            // Not on one's own account (a site administrator cannot lock themselves out), and a
            // platform administrator's account only by another platform administrator.
            render: (_: unknown, u) =>
              u.id === session.user.id || (u.isPlatformAdmin && !session.user.isPlatformAdmin) ? (
                <Typography.Text type="secondary">{u.id === session.user.id ? '本人账号' : '—'}</Typography.Text>
              ) : (
                <Space wrap>
                  <Button
                    size="small"
                    onClick={() => {
                      grantForm.setFieldsValue({
                        grants: u.grants.map((g) => ({ role: g.role, departmentId: g.departmentId ?? SITE_WIDE })),
                      });
                      setGranting(u);
                    }}
                  >
                    角色
                  </Button>
                  <Button
                    size="small"
                    onClick={() =>
                      void run(
                        () => api('PUT', `/users/${u.id}`, { name: u.name, disabled: !u.disabled }),
                        u.disabled ? '已启用' : '已停用',
                      )
                    }
                  >
                    {u.disabled ? '启用' : '停用'}
                  </Button>
                  {u.locked && (
                    <Button
                      size="small"
                      onClick={() => void run(() => api('POST', `/users/${u.id}/unlock`), '已解除登录限制')}
                    >
                      解除限制
                    </Button>
                  )}
                  <Button
                    size="small"
                    onClick={() =>
                      void run(async () => {
                        const res = await api<{ password: string | null }>('POST', `/users/${u.id}/password`, {});
                        if (res.password) showPassword(`已重置 ${u.account} 的密码`, res.password);
                      }, '密码已重置')
                    }
                  >
                    重置密码
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title="新建用户"
        onCancel={() => setCreating(false)}
        onOk={() => void create()}
        okText="创建"
        width={720}
        destroyOnHidden
      >
        <Form
          form={createForm}
          layout="vertical"
          initialValues={{ grants: [{ role: 'editor', departmentId: SITE_WIDE }] }}
        >
          <Form.Item
            label="账号"
            name="account"
            rules={[{ required: true, pattern: /^[A-Za-z0-9_.@-]{2,50}$/, message: '2–50 位字母、数字或 _ . @ -' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="初始密码" name="password" extra="留空则由系统生成，并只显示一次">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <GrantsEditor departments={departments} />
        </Form>
      </Modal>
      <Modal
        open={granting !== null}
        title={`设置 ${granting?.account ?? ''} 的角色`}
        onCancel={() => setGranting(null)}
        onOk={() => void saveGrants()}
        okText="保存"
        width={720}
      >
        <Form form={grantForm} layout="vertical">
          <GrantsEditor departments={departments} />
        </Form>
      </Modal>
    </>
  );
}
