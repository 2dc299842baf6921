import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api, describeError, setCsrfToken } from '../api';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { account: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      // The sign-in form carries a CSRF token of its own, tied to a cookie set with it.
      setCsrfToken((await api<{ csrfToken: string }>('GET', '/auth/sign-in-token')).csrfToken);
      const res = await api<{ csrfToken: string }>('POST', '/auth/sign-in', values);
      setCsrfToken(res.csrfToken);
      onSignedIn();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ display: 'flex', justifyContent: 'center', paddingTop: '10vh' }}>
      <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>gongkai 政务公开平台 · 后台登录</h1>} style={{ width: 400 }}>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={(v: { account: string; password: string }) => void submit(v)}>
          <Form.Item label="账号" name="account" rules={[{ required: true, message: '请输入账号' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
