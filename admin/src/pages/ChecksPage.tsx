import { Button, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../App';
import { api } from '../api';
import { DeleteButton } from '../DeleteButton';
import { useAction } from '../useAction';

interface Rule {
  id?: string;
  wrong: string;
  correction: string | null;
  kind: 'wrong' | 'sensitive';
  severity: 'error' | 'warning';
  note: string;
}
interface Keep {
  keepStart: number;
  keepEnd: number;
}
interface Policy {
  idCard: Keep;
  bankCard: Keep;
  plate: Keep;
}

/** 发布前检查: the site's 错敏字 rules and how personal numbers are masked. */
export function ChecksPage({ session }: { session: SessionInfo }) {
  const siteId = session.site.id;
  return (
    <Tabs
      items={[
        { key: 'wording', label: '错敏字规则', children: <WordingPanel siteId={siteId} /> },
        { key: 'masking', label: '去标识化规则', children: <MaskingPanel siteId={siteId} /> },
      ]}
    />
  );
}

function WordingPanel({ siteId }: { siteId: string }) {
  const [rules, setRules] = useState<{ defaults: Rule[]; site: Rule[] }>({ defaults: [], site: [] });
  const [form] = Form.useForm<Rule>();
  const load = useCallback(async () => setRules(await api('GET', `/wording-rules?siteId=${siteId}`)), [siteId]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = useAction(load);
  const columns = [
    { title: '错误或敏感表述', dataIndex: 'wrong' },
    { title: '正确写法', dataIndex: 'correction', render: (v: string | null) => v ?? '（敏感词，须删除）' },
    {
      title: '级别',
      dataIndex: 'severity',
      render: (v: string) => <Tag color={v === 'error' ? 'red' : 'orange'}>{v === 'error' ? '严重' : '提示'}</Tag>,
    },
    { title: '说明', dataIndex: 'note' },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        提交和发布信息时检查这些表述，未修改也未经审核确认的不能发布。平台默认规则适用于所有站点，本站点可补充。
      </Typography.Paragraph>
      <Form<Rule>
        form={form}
        layout="inline"
        style={{ marginBottom: 16 }}
        initialValues={{ kind: 'wrong', severity: 'error', note: '' }}
        onFinish={(v) =>
          void act(
            () =>
              api('POST', `/wording-rules?siteId=${siteId}`, {
                ...v,
                correction: v.correction || null,
                note: v.note ?? '',
              }),
            '已添加',
          ).then(() => form.resetFields())
        }
      >
        <Form.Item name="kind">
          <Select
            aria-label="类别"
            style={{ width: 120 }}
            options={[
              { value: 'wrong', label: '错误表述' },
              { value: 'sensitive', label: '敏感词' },
            ]}
          />
        </Form.Item>
        <Form.Item name="wrong" rules={[{ required: true, message: '请填写' }]}>
          <Input placeholder="错误或敏感表述" aria-label="错误或敏感表述" maxLength={50} />
        </Form.Item>
        <Form.Item name="correction">
          <Input placeholder="正确写法" aria-label="正确写法" maxLength={50} />
        </Form.Item>
        <Form.Item name="severity">
          <Select
            aria-label="级别"
            style={{ width: 100 }}
            options={[
              { value: 'error', label: '严重' },
              { value: 'warning', label: '提示' },
            ]}
          />
        </Form.Item>
        <Form.Item name="note">
          <Input placeholder="说明" aria-label="说明" maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          添加规则
        </Button>
      </Form>
      <Typography.Title level={5}>本站点规则</Typography.Title>
      <Table<Rule>
        rowKey="id"
        size="small"
        dataSource={rules.site}
        columns={[
          ...columns,
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r) => (
              <DeleteButton
                title="确定删除该规则？"
                onConfirm={() => void act(() => api('DELETE', `/wording-rules/${r.id}?siteId=${siteId}`), '已删除')}
              />
            ),
          },
        ]}
      />
      <Typography.Title level={5}>平台默认规则</Typography.Title>
      <Table<Rule> rowKey="wrong" size="small" dataSource={rules.defaults} columns={columns} />
    </>
  );
}

const NUMBERS = [
  ['idCard', '身份证号'],
  ['bankCard', '银行卡号'],
  ['plate', '车牌号'],
] as const;

function MaskingPanel({ siteId }: { siteId: string }) {
  const [form] = Form.useForm<Policy>();
  const load = useCallback(
    async () => form.setFieldsValue(await api<Policy>('GET', `/masking-policy?siteId=${siteId}`)),
    [form, siteId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const act = useAction(load);
  return (
    <>
      <Typography.Paragraph type="secondary">
        姓名改为“姓+某”，住址保留到区县，联系方式删除；下列号码遮盖时保留的位数（默认按裁判文书公开的做法，至少遮盖 8
        位）。
      </Typography.Paragraph>
      <Form<Policy>
        form={form}
        onFinish={(v) => void act(() => api('PUT', `/masking-policy?siteId=${siteId}`, v), '已保存')}
      >
        {NUMBERS.map(([key, label]) => (
          <Space key={key} style={{ display: 'flex' }}>
            <Typography.Text style={{ width: 80, display: 'inline-block' }}>{label}</Typography.Text>
            <Form.Item label="保留前" name={[key, 'keepStart']}>
              <InputNumber min={0} max={8} />
            </Form.Item>
            <Form.Item label="位，后" name={[key, 'keepEnd']}>
              <InputNumber min={0} max={8} />
            </Form.Item>
            <span style={{ lineHeight: '32px', marginBottom: 24 }}>位</span>
          </Space>
        ))}
        <Button type="primary" htmlType="submit">
          保存
        </Button>
      </Form>
    </>
  );
}
