import { App, Button, Form, Input } from 'antd';
import { api, describeError } from '../api';

export function PasswordPage({ onChanged }: { onChanged: () => void }) {
  const { message } = App.useApp();
  const submit = async (values: { current: string; next: string }) => {
    try {
      await api('POST', '/auth/password', values);
      void message.success('密码已修改，请用新密码重新登录');
      onChanged();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <Form
      layout="vertical"
      style={{ maxWidth: 400 }}
      onFinish={(v: { current: string; next: string }) => void submit(v)}
    >
      <Form.Item label="原密码" name="current" rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="next"
        extra="至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类，不能包含账号"
        rules={[{ required: true, message: '请输入新密码' }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        修改密码
      </Button>
    </Form>
  );
}
