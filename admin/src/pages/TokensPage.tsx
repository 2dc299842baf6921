import { App, Button, Form, Input, InputNumber, Popconfirm, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, chinaTime, describeError, type ApiToken } from '../api';

/** Tokens let other systems (hotline, open-data clients) call the API with the creator's permissions. */
export function TokensPage() {
  const { message, modal } = App.useApp();
  const [items, setItems] = useState<ApiToken[]>([]);
  const [form] = Form.useForm<{ name: string; expiresInDays: number }>();

  const load = useCallback(async () => setItems((await api<{ items: ApiToken[] }>('GET', '/tokens')).items), []);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async (v: { name: string; expiresInDays: number }) => {
    try {
      const res = await api<{ token: string }>('POST', '/tokens', v);
      modal.info({
        title: '令牌已创建',
        width: 640,
        content: (
          <Typography.Paragraph copyable={{ text: res.token }}>
            请立即复制保存，令牌只显示这一次：<code>{res.token}</code>
          </Typography.Paragraph>
        ),
      });
      form.resetFields();
      await load();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  return (
    <>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 16 }}
        initialValues={{ expiresInDays: 365 }}
        onFinish={(v) => void create(v)}
      >
        <Form.Item label="用途" name="name" rules={[{ required: true, whitespace: true, message: '请填写令牌用途' }]}>
          <Input placeholder="如 12345 热线系统" maxLength={100} />
        </Form.Item>
        <Form.Item label="有效天数" name="expiresInDays">
          <InputNumber min={1} max={3650} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          新建令牌
        </Button>
      </Form>
      <Table<ApiToken>
        rowKey="id"
        dataSource={items}
        columns={[
          { title: '用途', dataIndex: 'name' },
          { title: '创建时间', dataIndex: 'createdAt', render: chinaTime },
          { title: '到期', dataIndex: 'expiresAt', render: chinaTime },
          { title: '最近使用', dataIndex: 'lastUsedAt', render: chinaTime },
          {
            title: '状态',
            key: 'state',
            render: (_: unknown, t) =>
              t.revokedAt ? (
                `已吊销（${chinaTime(t.revokedAt)}）`
              ) : (
                <Popconfirm
                  title="吊销后使用该令牌的系统将无法访问，确定吊销？"
                  onConfirm={() => void api('DELETE', `/tokens/${t.id}`).then(load)}
                >
                  <Button size="small" danger>
                    吊销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  );
}
