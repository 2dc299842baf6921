import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Switch, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { api, describeError, type Site, type SiteFields } from '../api';
import type { SessionInfo } from '../App';
import { SiteIdentityForm } from './SiteIdentityForm';

const FIELDS: [keyof SiteFields, string, string?][] = [
  ['name', '站点名称'],
  ['siteCode', '网站标识码', '10 位，同时写入每个页面的 <meta name="SiteIDCode">'],
  ['sponsor', '主办单位'],
  ['orgCode', '主办单位代码', '统一社会信用代码或组织机构代码，用于生成索引号'],
  ['address', '联系地址'],
  ['phone', '联系电话'],
  ['email', '电子邮箱'],
  ['icpNo', 'ICP 备案号'],
  ['policeFilingNo', '公安机关备案号'],
  ['indexNoTemplate', '索引号模板', '占位符：{orgCode} {deptCode} {yyyy} {seq:05}，例如 {orgCode}/{yyyy}-{seq:05}'],
];

function SiteForm({ form }: { form: ReturnType<typeof Form.useForm<SiteFields>>[0] }) {
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 640 }}
      initialValues={{
        indexNoTemplate: '{orgCode}/{yyyy}-{seq:05}',
        hosts: [],
        feePausesClock: true,
        ratingFollowUpWorkdays: 15,
        annualReportOfficeReview: false,
      }}
    >
      {FIELDS.map(([name, label, extra]) => (
        <Form.Item
          key={name}
          name={name}
          label={label}
          extra={extra}
          rules={
            ['name', 'siteCode', 'sponsor', 'indexNoTemplate'].includes(name)
              ? [{ required: true, whitespace: true, message: `请填写${label}` }]
              : []
          }
        >
          <Input />
        </Form.Item>
      ))}
      <Form.Item
        name="feePausesClock"
        label="收费期间暂停答复期限"
        valuePropName="checked"
        extra="依申请公开：发出收费通知至申请人缴费期间不计入答复期限（条例未明确规定，默认不计入）"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="ratingFollowUpWorkdays"
        label="差评整改反馈时限（工作日）"
        extra="好差评：群众给出差评后，承办部门须在此期限内整改并反馈；逾期的差评在办事服务页标红"
        rules={[{ required: true, message: '请填写差评整改反馈时限' }]}
      >
        <InputNumber min={1} max={60} precision={0} addonAfter="个工作日" />
      </Form.Item>
      <Form.Item
        name="annualReportOfficeReview"
        label="部门年度报告由政务公开办审核"
        valuePropName="checked"
        extra="开启后，各部门起草的政府信息公开工作年度报告须由政务公开办（站点管理员）审核通过后发布"
      >
        <Switch />
      </Form.Item>
      <Form.Item name="hosts" label="绑定域名" extra="输入后回车；访问这些域名时显示本站点">
        <Select mode="tags" open={false} />
      </Form.Item>
    </Form>
  );
}

/** Site settings: the facts every page's footer shows, the domains, and the index-number template. */
export function SitePage({ session, onSaved }: { session: SessionInfo; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SiteFields>();
  const [newForm] = Form.useForm<SiteFields>();
  const [creating, setCreating] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const [notice, setNotice] = useState('');
  const retiredAt = session.site.retiredAt;

  useEffect(() => {
    form.setFieldsValue(session.site);
  }, [form, session.site]);

  // Empty inputs come back undefined; the API wants every text field, so they are sent as ''.
  const fill = (v: SiteFields): SiteFields =>
    ({
      ...Object.fromEntries(FIELDS.map(([k]) => [k, v[k] ?? ''])),
      feePausesClock: v.feePausesClock ?? true,
      ratingFollowUpWorkdays: v.ratingFollowUpWorkdays ?? 15,
      annualReportOfficeReview: v.annualReportOfficeReview ?? false,
      hosts: v.hosts ?? [],
    }) as SiteFields;

  const save = async () => {
    try {
      await api<Site>('PUT', `/sites/${session.site.id}`, fill(await form.validateFields()));
      void message.success('站点信息已保存');
      onSaved();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  const create = async () => {
    try {
      await api<Site>('POST', '/sites', fill(await newForm.validateFields()));
      void message.success('站点已创建');
      setCreating(false);
      onSaved();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  // 网站关停 (platform administrators): the portal then answers every page with the notice (HTTP 410).
  const retire = async () => {
    try {
      await api<Site>('POST', `/sites/${session.site.id}/retire`, { notice });
      void message.success('站点已关停，门户各页显示关停公告');
      setRetiring(false);
      onSaved();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  const reinstate = async () => {
    try {
      await api<Site>('POST', `/sites/${session.site.id}/reinstate`);
      void message.success('站点已恢复');
      onSaved();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  return (
    <>
      {retiredAt && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`本站点已于 ${retiredAt.slice(0, 10)} 关停，门户各页显示关停公告`}
          description={session.site.retiredNotice}
        />
      )}
      <Tabs
        items={[
          {
            key: 'facts',
            label: '站点信息',
            children: (
              <>
                <SiteForm form={form} />
                <Space>
                  <Button type="primary" onClick={() => void save()}>
                    保存
                  </Button>
                  {session.user.isPlatformAdmin && (
                    <Button onClick={() => (newForm.resetFields(), setCreating(true))}>新建站点</Button>
                  )}
                  {session.user.isPlatformAdmin &&
                    (retiredAt ? (
                      <Button onClick={() => void reinstate()}>恢复站点</Button>
                    ) : (
                      <Button danger onClick={() => (setNotice(''), setRetiring(true))}>
                        关停站点
                      </Button>
                    ))}
                </Space>
              </>
            ),
          },
          { key: 'identity', label: '门户外观与标识', children: <SiteIdentityForm siteId={session.site.id} /> },
        ]}
      />
      <Modal
        open={creating}
        title="新建站点"
        width={720}
        okText="创建"
        onOk={() => void create()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <SiteForm form={newForm} />
      </Modal>
      <Modal
        open={retiring}
        title={`关停站点：${session.site.name}`}
        okText="关停"
        okButtonProps={{ danger: true, disabled: !notice.trim() }}
        onOk={() => void retire()}
        onCancel={() => setRetiring(false)}
        destroyOnHidden
      >
        <p>关停后，门户各页面不再显示内容，只显示下面的关停公告；信息、办件和日志保留，可随时恢复。</p>
        <Form layout="vertical">
          <Form.Item label="关停公告" required extra="写明关停原因，以及整合后的网站地址（如有）">
            <Input.TextArea rows={4} maxLength={1000} value={notice} onChange={(e) => setNotice(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
