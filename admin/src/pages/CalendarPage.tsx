import { Alert, Button, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, type DayInfo } from '../api';
import { useAction } from '../useAction';

interface YearView {
  year: number;
  known: boolean;
  source: string;
  lastKnownYear: number;
  days: DayInfo[];
}

const SOURCE_LABELS = { operator: '人工录入', official: '官方安排', statutory: '法定节假日推算' } as const;
const WEEKDAYS = '日一二三四五六';
const DATE_LIST = /^\s*(\d{4}-\d{2}-\d{2}\s*[,，、\s]\s*)*(\d{4}-\d{2}-\d{2})?\s*$/;

const splitDates = (text = '') => text.split(/[\s,，、]+/).filter(Boolean);

/**
 * The working-day calendar behind every statutory deadline. When the State Council publishes
 * next year's schedule (usually October–November), the office enters it here; until then
 * deadlines in that year are marked provisional.
 */
export function CalendarPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [view, setView] = useState<YearView | null>(null);
  const [yearForm] = Form.useForm<{ source: string; holidays: string; workdays: string }>();
  const [dayForm] = Form.useForm<{ date: string; isWorkday: boolean; note: string }>();

  const load = useCallback(async () => {
    setView(await api<YearView>('GET', `/workdays/years/${year}`));
  }, [year]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = useAction(load);

  const saveYear = async () => {
    const v = await yearForm.validateFields();
    await act(
      () =>
        api('PUT', `/workdays/years/${year}`, {
          source: v.source,
          holidays: splitDates(v.holidays),
          workdays: splitDates(v.workdays),
        }),
      `${year} 年安排已保存`,
    );
  };

  const saveDay = async () => {
    const v = await dayForm.validateFields();
    await act(() => api('PUT', `/workdays/days/${v.date}`, { isWorkday: v.isWorkday, note: v.note ?? '' }), '已更正');
  };

  const dateRule = { pattern: DATE_LIST, message: '请输入 YYYY-MM-DD 格式的日期，用逗号或空格分隔' };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <span>年份</span>
        <InputNumber aria-label="年份" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      {view && (
        <Alert
          type={view.known ? 'success' : 'warning'}
          showIcon
          message={
            view.known
              ? `${year} 年安排已知（${view.source}）`
              : `${year} 年的放假安排尚未录入：期限按法定节假日推算，结果均标注为“暂定”。已知的最后一年：${view.lastKnownYear}`
          }
        />
      )}
      <Table<DayInfo>
        rowKey="date"
        size="small"
        dataSource={view?.days ?? []}
        pagination={false}
        columns={[
          {
            title: '日期',
            dataIndex: 'date',
            render: (d: string) => `${d}（周${WEEKDAYS[new Date(`${d}T00:00:00Z`).getUTCDay()]}）`,
          },
          {
            title: '安排',
            dataIndex: 'isWorkday',
            render: (w: boolean) => (w ? <Tag color="blue">调休上班</Tag> : <Tag color="red">放假</Tag>),
          },
          { title: '节日', dataIndex: 'name' },
          { title: '来源', dataIndex: 'source', render: (s: DayInfo['source']) => SOURCE_LABELS[s] },
        ]}
      />
      <section aria-label="录入全年安排">
        <h2 style={{ fontSize: 18 }}>录入 {year} 年全年安排</h2>
        <Form form={yearForm} layout="vertical" style={{ maxWidth: 720 }}>
          <Form.Item label="依据" name="source" rules={[{ required: true, message: '请填写依据的通知文号' }]}>
            <Input placeholder={`国务院办公厅关于${year}年部分节假日安排的通知（国办发明电〔…〕…号）`} />
          </Form.Item>
          <Form.Item label="放假的工作日（周一至周五）" name="holidays" rules={[dateRule]}>
            <Input.TextArea rows={3} placeholder={`${year}-01-01, ${year}-02-16 …`} />
          </Form.Item>
          <Form.Item label="调休上班的周末" name="workdays" rules={[dateRule]}>
            <Input.TextArea rows={2} placeholder={`${year}-02-14 …`} />
          </Form.Item>
          <Button type="primary" onClick={() => void saveYear()}>
            保存全年安排
          </Button>
          {view?.source && view.known && (
            <Button
              style={{ marginLeft: 8 }}
              onClick={() => void act(() => api('DELETE', `/workdays/years/${year}`), '已删除人工录入')}
            >
              删除人工录入
            </Button>
          )}
        </Form>
      </section>
      <section aria-label="更正单日">
        <h2 style={{ fontSize: 18 }}>更正单日</h2>
        <Form form={dayForm} layout="inline" initialValues={{ isWorkday: false }}>
          <Form.Item
            label="日期"
            name="date"
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}
          >
            <Input placeholder="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item label="安排" name="isWorkday">
            <Select
              style={{ width: 120 }}
              options={[
                { value: false, label: '放假' },
                { value: true, label: '上班' },
              ]}
            />
          </Form.Item>
          <Form.Item label="说明" name="note">
            <Input maxLength={100} />
          </Form.Item>
          <Button onClick={() => void saveDay()}>保存</Button>
        </Form>
      </section>
    </Space>
  );
}
