import {
  App,
  Button,
  ColorPicker,
  Form,
  Input,
  InputNumber,
  Space,
  TreeSelect,
  Typography,
  Upload,
  type FormInstance,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { contrastWithWhite, MIN_CONTRAST } from '../../../src/portal/identity';
import { api, describeError, upload, type Column, type SiteIdentity, type SiteIdentityInput } from '../api';
import { showFieldErrors } from '../fieldErrors';
import { columnOptions } from './ColumnsPage';

const IMAGES = [
  {
    kind: 'logo',
    label: '网站标志（logo）',
    extra: '显示在页头站点名称左侧；PNG 或 JPEG，不超过 1 MB，高度约 96 像素为宜',
  },
  { kind: 'banner', label: '首页横幅', extra: '显示在首页顶部；PNG 或 JPEG，不超过 1 MB，宽高比约 4:1 为宜' },
] as const;

/**
 * 门户外观与标识 (issue 17 §1): what makes this site's portal its own. Errors the server finds are
 * shown at their fields (relatedSites.0.url → the first related site's address).
 */
export function SiteIdentityForm({ siteId }: { siteId: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SiteIdentityInput>();
  const [identity, setIdentity] = useState<SiteIdentity | null>(null);
  const [columns, setColumns] = useState<Column[]>([]);
  const colour = Form.useWatch('themeColour', form) ?? '#b0191e';

  const load = useCallback(async () => {
    const [id, cols] = await Promise.all([
      api<SiteIdentity>('GET', `/sites/${siteId}/identity`),
      api<{ items: Column[] }>('GET', `/columns?siteId=${siteId}`),
    ]);
    setIdentity(id);
    setColumns(cols.items.filter((c) => c.kind !== 'link'));
    form.setFieldsValue(id);
  }, [form, siteId]);
  useEffect(() => {
    void load().catch((e: unknown) => message.error(describeError(e)));
  }, [load, message]);

  const save = async () => {
    const v = await form.validateFields();
    try {
      const saved = await api<SiteIdentity>('PUT', `/sites/${siteId}/identity`, {
        organiser: v.organiser ?? '',
        themeColour: v.themeColour,
        conacId: v.conacId ?? '',
        relatedSites: v.relatedSites ?? [],
        homeBlocks: (v.homeBlocks ?? []).map((b) => ({ ...b, title: b.title ?? '', count: b.count ?? 8 })),
        bannerAlt: v.bannerAlt ?? '',
      });
      setIdentity(saved);
      void message.success('门户外观与标识已保存，门户页面随即更新');
    } catch (e) {
      showFieldErrors(form as FormInstance, e);
      void message.error(describeError(e));
    }
  };

  const contrast = /^#[0-9a-fA-F]{6}$/.test(colour) ? contrastWithWhite(colour) : 0;
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 720 }}>
      <Form.Item name="organiser" label="承办单位" extra="网站的日常运维单位，页脚与主办单位并列显示">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="themeColour"
        label="主题色"
        getValueFromEvent={(c: { toHexString(): string }) => c.toHexString()}
        extra={
          <span style={{ color: contrast >= MIN_CONTRAST ? undefined : '#b0191e' }}>
            白色文字在此颜色上的对比度 {contrast.toFixed(1)}:1（至少 {MIN_CONTRAST}:1，WCAG 2.1 AA）
          </span>
        }
      >
        <ColorPicker disabledAlpha showText format="hex" />
      </Form.Item>
      <Form.Item
        name="conacId"
        label="党政机关网站标识编号"
        extra="在 bszs.conac.cn 开办单位标识核验页地址中 id= 后面的编号；填写后页脚显示“党政机关”标识并链接到核验页"
        rules={[{ pattern: /^[0-9A-Za-z]{0,40}$/, message: '编号只含字母和数字' }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Typography.Title level={5}>上级和相关网站</Typography.Title>
      <Form.List name="relatedSites">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: '请填写网站名称' }]}
                >
                  <Input placeholder="网站名称，如 中国政府网" maxLength={40} />
                </Form.Item>
                <Form.Item name={[f.name, 'url']} rules={[{ required: true, message: '请填写网址' }]}>
                  <Input placeholder="https://www.gov.cn/" maxLength={300} style={{ width: 280 }} />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>删除</Button>
              </Space>
            ))}
            <Form.Item>
              <Button onClick={() => add({ name: '', url: 'https://' })}>添加相关网站</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>首页信息区块</Typography.Title>
      <Typography.Paragraph type="secondary">
        选择哪些栏目在首页显示、各显示几条；一个区块列出该栏目及其下级栏目的最新信息。不设置时显示政务动态、通知公告、政策文件、政策解读。
      </Typography.Paragraph>
      <Form.List name="homeBlocks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item name={[f.name, 'columnId']} rules={[{ required: true, message: '请选择栏目' }]}>
                  <TreeSelect
                    style={{ width: 260 }}
                    showSearch
                    treeNodeFilterProp="title"
                    treeData={columnOptions(columns)}
                    placeholder="栏目"
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'title']}>
                  <Input placeholder="区块标题（空则用栏目名称）" maxLength={20} />
                </Form.Item>
                <Form.Item name={[f.name, 'count']}>
                  <InputNumber min={3} max={20} precision={0} addonAfter="条" />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>删除</Button>
              </Space>
            ))}
            <Form.Item>
              <Button onClick={() => add({ title: '', count: 8 })}>添加区块</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Form.Item name="bannerAlt" label="首页横幅的文字说明" extra="读屏软件朗读这段文字；横幅纯属装饰时留空">
        <Input maxLength={100} />
      </Form.Item>
      <Button type="primary" onClick={() => void save()}>
        保存门户外观与标识
      </Button>
      {IMAGES.map((img) => (
        <Form.Item key={img.kind} label={img.label} extra={img.extra} style={{ marginTop: 24 }}>
          <Space wrap>
            {identity?.[img.kind] ? (
              <img
                src={`/site-images/${img.kind}?v=${identity[img.kind]!.sha256.slice(0, 12)}`}
                alt={`当前${img.label}`}
                style={{ maxHeight: 64, maxWidth: 240, border: '1px solid #d9d9d9' }}
              />
            ) : (
              <Typography.Text type="secondary">未设置</Typography.Text>
            )}
            <Upload
              accept="image/png,image/jpeg"
              showUploadList={false}
              beforeUpload={(file) => {
                upload<SiteIdentity>(`/sites/${siteId}/identity/${img.kind}`, file, {}, 'PUT')
                  .then((saved) => (setIdentity(saved), message.success(`${img.label}已更新`)))
                  .catch((e: unknown) => message.error(describeError(e)));
                return false;
              }}
            >
              <Button>上传{img.label}</Button>
            </Upload>
            {identity?.[img.kind] && (
              <Button
                danger
                onClick={() =>
                  void api<SiteIdentity>('DELETE', `/sites/${siteId}/identity/${img.kind}`)
                    .then(setIdentity)
                    .catch((e: unknown) => message.error(describeError(e)))
                }
              >
                删除
              </Button>
            )}
          </Space>
        </Form.Item>
      ))}
    </Form>
  );
}
