import {
  Alert,
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Progress,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  TreeSelect,
  Typography,
  Upload,
  type FormRule,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../App';
import {
  api,
  chinaTime,
  chinaToday,
  ITEM_STATE_LABELS,
  REMINDER_LABELS,
  type AssessmentRow,
  type Department,
  type DepartmentAlias,
  type Plan,
  type PlanItem,
  type PlanPreview,
  type PlanSummary,
  type ProgressReportFields,
  type ReportForReview,
  type WorkItem,
  milestoneText,
  type Milestone,
} from '../api';
import { DocumentPicker } from '../DocumentPicker';
import { DeleteButton } from '../DeleteButton';
import { useAction } from '../useAction';
import { useDepartments, useList } from '../useList';

/**
 * Rows of one task (or goal) share a cell, as the plan is printed: the first row of a run on the
 * page spans the run, the others give it their cell (rowSpan 0).
 */
function spanOf<T>(rows: readonly T[], same: (a: T, b: T) => boolean, pageSize = Infinity) {
  return (row: T) => {
    const i = rows.indexOf(row);
    const pageStart = Number.isFinite(pageSize) ? Math.floor(i / pageSize) * pageSize : 0;
    if (i > pageStart && same(rows[i - 1]!, row)) return { rowSpan: 0 };
    let n = 1;
    while (i + n < rows.length && i + n < pageStart + pageSize && same(rows[i + n]!, row)) n++;
    return { rowSpan: n };
  };
}

import { departmentOptions } from './DepartmentsPage';

const STATE_COLORS: Record<string, string> = {
  not_started: 'default',
  in_progress: 'blue',
  done: 'green',
  overdue: 'red',
};
/** A state, and 节点滞后 when a passed milestone's expected progress was not reached. */
const StateTag = ({ state, lagging = false }: { state: keyof typeof ITEM_STATE_LABELS; lagging?: boolean }) => (
  <>
    <Tag color={STATE_COLORS[state]}>{ITEM_STATE_LABELS[state]}</Tag>
    {lagging && <Tag color="volcano">节点滞后</Tag>}
  </>
);

/** An item's date, and under it the next milestone still ahead, so nobody has to open the item to see it. */
const dueColumn = {
  title: '期限',
  key: 'due',
  width: 130,
  render: (_: unknown, i: { dueOn: string; milestones: Milestone[] }) => {
    const today = chinaToday();
    const next = i.milestones.filter((m) => m.dueOn >= today).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
    return (
      <>
        {i.dueOn}
        {next && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            节点 {milestoneText(next)}
          </Typography.Text>
        )}
      </>
    );
  },
};
const REPORT_STATUS = { submitted: '待审核', accepted: '已采纳', returned: '已退回' } as const;

/** 工作要点: the office imports, hands out and assesses; departments report; leads review. */
export function WorkPlansPage({ session }: { session: SessionInfo }) {
  const siteId = session.site.id;
  const office =
    session.user.isPlatformAdmin ||
    session.user.grants.some((g) => g.siteId === siteId && g.role === 'site_admin' && !g.departmentId);
  const departments = useDepartments(siteId);
  return (
    <Tabs
      defaultActiveKey={office ? 'plans' : 'mine'}
      items={[
        { key: 'mine', label: '本单位任务', children: <MyWorkPanel siteId={siteId} /> },
        { key: 'review', label: '待审核进展', children: <ReviewPanel siteId={siteId} /> },
        ...(office
          ? [
              { key: 'plans', label: '工作要点', children: <PlansPanel siteId={siteId} departments={departments} /> },
              {
                key: 'aliases',
                label: '单位别名',
                children: <AliasesPanel siteId={siteId} departments={departments} />,
              },
            ]
          : []),
      ]}
    />
  );
}

interface RowField {
  name: string;
  label: string;
  width: number;
  placeholder?: string;
  type?: string;
  rules?: FormRule[];
}

/** A list of rows of a few fields in a form (milestones: name, date, expected progress; evidence: title and link). */
function RowList({ name, fields: columns, addLabel }: { name: string; fields: RowField[]; addLabel: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline">
              {columns.map((c) => (
                <Form.Item key={c.name} name={[f.name, c.name]} rules={c.rules}>
                  <Input
                    placeholder={c.placeholder ?? c.label}
                    aria-label={c.label}
                    type={c.type}
                    style={{ width: c.width }}
                  />
                </Form.Item>
              ))}
              <Button onClick={() => remove(f.name)}>删除</Button>
            </Space>
          ))}
          <Button onClick={() => add()}>{addLabel}</Button>
        </>
      )}
    </Form.List>
  );
}

// ---- the office: plans ------------------------------------------------------------------------------

/** A plan's publication settings as they are, for a change to one of them. */
const publication = (p: PlanSummary) => ({
  published: p.published,
  documentId: p.documentId,
  reportEveryDays: p.reportEveryDays,
});

function PlansPanel({ siteId, departments }: { siteId: string; departments: Department[] }) {
  const [importing, setImporting] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [assessing, setAssessing] = useState<PlanSummary | null>(null);
  const [drafting, setDrafting] = useState<PlanSummary | null>(null);
  const [publisher, setPublisher] = useState<string | undefined>();
  const { items: plans, load, act } = useList<PlanSummary>(`/work-plans?siteId=${siteId}`);
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setImporting(true)}>
          导入工作要点
        </Button>
      </Space>
      <Table<PlanSummary>
        rowKey="id"
        size="small"
        dataSource={plans}
        columns={[
          {
            title: '工作要点',
            dataIndex: 'title',
            render: (v: string, p) => (
              <Button
                type="link"
                style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => setOpen(p.id)}
              >
                {v}
              </Button>
            ),
          },
          { title: '年度', dataIndex: 'year', width: 70 },
          {
            title: '总体进度',
            dataIndex: 'progress',
            width: 160,
            render: (v: number) => <Progress percent={v} size="small" />,
          },
          {
            title: '事项',
            key: 'counts',
            render: (_: unknown, p) => (
              <Space size={4} wrap>
                {(['done', 'in_progress', 'not_started', 'overdue'] as const).map((k) => (
                  <Tag key={k} color={STATE_COLORS[k]}>
                    {ITEM_STATE_LABELS[k]} {p.counts[k]}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '报送周期',
            key: 'period',
            width: 120,
            // A department silent for longer than this is reminded, and counted as 久未报送.
            render: (_: unknown, p) => (
              <InputNumber
                size="small"
                min={7}
                max={366}
                precision={0}
                suffix="天"
                aria-label="报送周期（天）"
                defaultValue={p.reportEveryDays}
                onBlur={(e) => {
                  const days = Number(e.target.value.replace(/\D/g, ''));
                  if (days !== p.reportEveryDays && days >= 7 && days <= 366)
                    void act(
                      () => api('PUT', `/work-plans/${p.id}/publication`, { ...publication(p), reportEveryDays: days }),
                      '已保存报送周期',
                    );
                }}
              />
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, p) => (
              <Space wrap>
                <Popconfirm
                  title={p.assignedAt ? '补充下达新增的单位？已下达的不变。' : '按牵头、责任单位下达到各单位？'}
                  onConfirm={() => void act(() => api('POST', `/work-plans/${p.id}/assign`), '已下达')}
                >
                  <Button size="small">{p.assignedAt ? '补充下达' : '分解下达'}</Button>
                </Popconfirm>
                <Button
                  size="small"
                  onClick={() =>
                    void act(
                      () =>
                        api('PUT', `/work-plans/${p.id}/publication`, { ...publication(p), published: !p.published }),
                      p.published ? '已取消公开' : '已在门户公开进度',
                    )
                  }
                >
                  {p.published ? '取消公开' : '公开进度'}
                </Button>
                {p.published && (
                  <a href={`/work-plans/${p.id}`} target="_blank" rel="noreferrer">
                    门户页面
                  </a>
                )}
                <Button size="small" onClick={() => setAssessing(p)}>
                  督办与考核
                </Button>
                <Button size="small" onClick={() => setDrafting(p)}>
                  {p.documentId ? '重新起草原文' : '起草原文'}
                </Button>
                <DeleteButton
                  title="删除这份工作要点？已有进展报送的不能删除。"
                  onConfirm={() => void act(() => api('DELETE', `/work-plans/${p.id}`), '已删除')}
                />
              </Space>
            ),
          },
        ]}
      />
      {importing && (
        <ImportModal siteId={siteId} departments={departments} onClose={() => (setImporting(false), void load())} />
      )}
      {open && <PlanDrawer planId={open} departments={departments} onClose={() => (setOpen(null), void load())} />}
      {assessing && <AssessmentModal plan={assessing} onClose={() => setAssessing(null)} />}
      {drafting && (
        <Modal
          open
          title="把工作要点起草为一条信息"
          okButtonProps={{ disabled: !publisher }}
          onCancel={() => setDrafting(null)}
          onOk={() =>
            void act(
              () => api('POST', `/work-plans/${drafting.id}/document`, { departmentId: publisher }),
              '已起草，请在“信息发布”中选择栏目、提交审核',
            ).then((ok) => ok && setDrafting(null))
          }
        >
          <Typography.Paragraph>
            按目标、任务、主要内容、牵头单位、责任单位生成表格正文，作为草稿进入信息发布流程，审核发布后进度页面链接原文。
          </Typography.Paragraph>
          <TreeSelect
            aria-label="发布机构"
            style={{ width: '100%' }}
            treeData={departmentOptions(departments)}
            value={publisher}
            onChange={(v: string) => setPublisher(v)}
            placeholder="发布机构"
          />
        </Modal>
      )}
    </>
  );
}

async function fileBody(file: File | null, text: string, dueOn?: string) {
  const bytes = file ? new Uint8Array(await file.arrayBuffer()) : new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return { fileName: file?.name ?? 'pasted.txt', content: btoa(binary), ...(dueOn ? { dueOn } : {}) };
}

function ImportModal({
  siteId,
  departments,
  onClose,
}: {
  siteId: string;
  departments: Department[];
  onClose: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [error, setError] = useState('');
  const [alias, setAlias] = useState<Record<string, string>>({});
  const run = async (fn: () => Promise<void>) => {
    try {
      setError('');
      await fn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const doPreview = () =>
    run(async () =>
      setPreview(await api<PlanPreview>('POST', `/work-plans/preview?siteId=${siteId}`, await fileBody(file, text))),
    );
  const unknown = preview?.names.filter((n) => n.departments.length === 0) ?? [];
  const items = preview?.plan.goals.flatMap((g) => g.tasks.flatMap((t) => t.items)).length ?? 0;
  const previewRows =
    preview?.plan.goals.flatMap((g, gi) =>
      g.tasks.flatMap((t, ti) =>
        t.items.map((it, ii) => ({
          key: `${gi}-${ti}-${ii}`,
          goal: `${g.no}、${g.title}`,
          task: `${t.no}${t.title}`,
          ...it,
        })),
      ),
    ) ?? [];
  return (
    <Modal
      open
      width={900}
      title="导入工作要点"
      onCancel={onClose}
      okText="确认导入"
      okButtonProps={{ disabled: !preview || unknown.length > 0 || items === 0 }}
      onOk={() =>
        void run(async () => {
          await api('POST', `/work-plans?siteId=${siteId}`, await fileBody(file, text));
          onClose();
        })
      }
    >
      <Typography.Paragraph type="secondary">
        可上传 XLSX（列：目标、任务、主要内容、牵头单位、责任单位）、保存的网页（HTML），或直接粘贴从网页复制的文字。
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Upload
          maxCount={1}
          accept=".xlsx,.html,.htm,.txt"
          beforeUpload={(f) => (setFile(f), false)}
          onRemove={() => setFile(null)}
        >
          <Button>选择文件</Button>
        </Upload>
        <Input.TextArea
          aria-label="粘贴工作要点文字"
          placeholder="或在此粘贴从网页复制的工作要点（含表格前后的网页文字也可以）"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          disabled={file !== null}
        />
        <Button onClick={() => void doPreview()} disabled={!file && !text.trim()}>
          解析预览
        </Button>
        {error && <Alert type="error" showIcon message={error} />}
        {preview && (
          <>
            <Alert
              type={unknown.length ? 'warning' : 'success'}
              showIcon
              message={`${preview.plan.title || '（未识别标题）'}：${preview.plan.goals.length} 个目标、${preview.plan.goals.reduce((n, g) => n + g.tasks.length, 0)} 项任务、${items} 项工作`}
              description={
                [
                  ...preview.warnings,
                  ...(unknown.length
                    ? [
                        `以下单位找不到，请为其指定本站点单位（保存为别名）后重新预览：${unknown.map((u) => u.name).join('、')}`,
                      ]
                    : []),
                ].join('；') || undefined
              }
            />
            {unknown.map((u) => (
              <Space key={u.name}>
                <Tag color="red">{u.name}</Tag>
                <TreeSelect
                  aria-label={`${u.name}对应的单位`}
                  style={{ width: 280 }}
                  treeData={departmentOptions(departments)}
                  value={alias[u.name]}
                  onChange={(v: string) => setAlias({ ...alias, [u.name]: v })}
                  placeholder="选择对应的单位"
                />
                <Button
                  disabled={!alias[u.name]}
                  onClick={() =>
                    void run(async () => {
                      await api('POST', `/department-aliases?siteId=${siteId}`, {
                        alias: u.name,
                        departmentId: alias[u.name],
                      });
                      await doPreview();
                    })
                  }
                >
                  保存为别名
                </Button>
              </Space>
            ))}
            <Table
              size="small"
              rowKey={(r) => r.key}
              pagination={false}
              scroll={{ y: 360 }}
              dataSource={previewRows}
              columns={[
                {
                  title: '目标',
                  dataIndex: 'goal',
                  width: 140,
                  onCell: spanOf(previewRows, (a, b) => a.goal === b.goal),
                },
                {
                  title: '任务',
                  dataIndex: 'task',
                  width: 160,
                  onCell: spanOf(previewRows, (a, b) => a.goal === b.goal && a.task === b.task),
                },
                { title: '主要内容', dataIndex: 'content' },
                { title: '牵头单位', dataIndex: 'lead', width: 120, render: (v: string[]) => v.join('、') },
                { title: '责任单位', dataIndex: 'responsible', width: 120, render: (v: string[]) => v.join('、') },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}

function PlanDrawer({
  planId,
  departments,
  onClose,
}: {
  planId: string;
  departments: Department[];
  onClose: () => void;
}) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [editing, setEditing] = useState<PlanItem | null>(null);
  const [weighing, setWeighing] = useState(false);
  const [weights, setWeights] = useState<Record<string, number>>({});
  const [urging, setUrging] = useState<PlanItem['assignments'][number] | null>(null);
  const [note, setNote] = useState('');
  const load = useCallback(async () => setPlan(await api<Plan>('GET', `/work-plans/${planId}`)), [planId]);
  const act = useAction(load);
  useEffect(() => {
    void load();
  }, [load]);
  const rows =
    plan?.goals.flatMap((g) =>
      g.tasks.flatMap((t) =>
        t.items.map((it) => ({ ...it, task: `${g.no}、${t.no}${t.title}`, taskProgress: t.progress })),
      ),
    ) ?? [];
  return (
    <Drawer open width="90%" title={plan?.title} onClose={onClose}>
      {plan && (
        <>
          <Space style={{ marginBottom: 12 }}>
            总体进度 <Progress percent={plan.progress} style={{ width: 200 }} size="small" />
            {plan.goals.map((g) => (
              <Tag key={g.id}>
                {g.no}、{g.progress}%
              </Tag>
            ))}
            <Button size="small" onClick={() => (setWeights({}), setWeighing(true))}>
              设定权重
            </Button>
            <Button size="small" href={`/api/v1/work-plans/${plan.id}/progress/xlsx`}>
              下载落实情况表（Excel）
            </Button>
          </Space>
          <Table<(typeof rows)[number]>
            rowKey="id"
            size="small"
            dataSource={rows}
            pagination={{ pageSize: 20 }}
            expandable={{
              expandedRowRender: (it) => (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={it.assignments}
                  columns={[
                    { title: '单位', dataIndex: 'department' },
                    { title: '角色', dataIndex: 'role', render: (v: string) => (v === 'lead' ? '牵头' : '责任') },
                    {
                      title: '状态',
                      dataIndex: 'state',
                      render: (v: keyof typeof ITEM_STATE_LABELS, x: PlanItem['assignments'][number]) => (
                        <StateTag state={v} lagging={x.lagging} />
                      ),
                    },
                    { title: '进度', dataIndex: 'progress', render: (v: number) => `${v}%` },
                    {
                      title: '最近报送',
                      dataIndex: 'lastReportedAt',
                      render: (v: string | null) => (v ? chinaTime(v) : '未报送'),
                    },
                    {
                      title: '',
                      key: 'urge',
                      render: (_: unknown, a) =>
                        a.state !== 'done' && <a onClick={() => (setNote(''), setUrging(a))}>催办</a>,
                    },
                  ]}
                />
              ),
            }}
            columns={[
              { title: '任务', dataIndex: 'task', width: 200, onCell: spanOf(rows, (a, b) => a.task === b.task, 20) },
              { title: '主要内容', dataIndex: 'content' },
              { title: '牵头', dataIndex: 'lead', width: 110, render: (v: string[]) => v.join('、') },
              { title: '责任', dataIndex: 'responsible', width: 110, render: (v: string[]) => v.join('、') },
              dueColumn,
              {
                title: '状态',
                dataIndex: 'state',
                width: 80,
                render: (v: keyof typeof ITEM_STATE_LABELS, x: PlanItem) => <StateTag state={v} lagging={x.lagging} />,
              },
              { title: '进度', dataIndex: 'progress', width: 70, render: (v: number) => `${v}%` },
              {
                title: '',
                key: 'edit',
                width: 70,
                render: (_: unknown, it) => <a onClick={() => setEditing(it)}>调整</a>,
              },
            ]}
          />
        </>
      )}
      {urging && (
        <Modal
          open
          title={`催办：${urging.department}`}
          okButtonProps={{ disabled: note.trim().length < 2 }}
          onCancel={() => setUrging(null)}
          onOk={() =>
            void act(() => api('POST', `/work-plan-assignments/${urging.id}/urge`, { note }), '已催办').then(
              (ok) => ok && setUrging(null),
            )
          }
        >
          <Typography.Paragraph type="secondary">
            催办要求通过邮件发给该单位，并显示在该单位的“本单位任务”中；计入考核表的催办次数。
          </Typography.Paragraph>
          <Input.TextArea
            aria-label="催办要求"
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Modal>
      )}
      {weighing && plan && (
        <Modal
          open
          title="目标、任务的权重"
          onCancel={() => setWeighing(false)}
          onOk={() => {
            const pick = (ids: string[]) =>
              ids.filter((id) => weights[id] !== undefined).map((id) => ({ id, weight: weights[id] ?? 1 }));
            void act(
              () =>
                api('PUT', `/work-plans/${plan.id}/weights`, {
                  goals: pick(plan.goals.map((g) => g.id)),
                  tasks: pick(plan.goals.flatMap((g) => g.tasks.map((t) => t.id))),
                }),
              '已保存',
            ).then((ok) => ok && setWeighing(false));
          }}
        >
          <Typography.Paragraph type="secondary">
            进度按权重逐级汇总（工作事项的权重在“调整”中设定）。
          </Typography.Paragraph>
          {plan.goals.map((g) => (
            <div key={g.id}>
              <Space style={{ margin: '4px 0' }}>
                <b>
                  {g.no}、{g.title}
                </b>
                <InputNumber
                  aria-label={`目标${g.no}的权重`}
                  min={0}
                  max={100}
                  defaultValue={g.weight}
                  onChange={(v) => setWeights({ ...weights, [g.id]: Number(v ?? 0) })}
                />
              </Space>
              {g.tasks.map((t) => (
                <div key={t.id} style={{ marginLeft: 24 }}>
                  <Space style={{ margin: '4px 0' }}>
                    {t.no}
                    {t.title}
                    <InputNumber
                      aria-label={`任务${t.no}的权重`}
                      min={0}
                      max={100}
                      defaultValue={t.weight}
                      onChange={(v) => setWeights({ ...weights, [t.id]: Number(v ?? 0) })}
                    />
                  </Space>
                </div>
              ))}
            </div>
          ))}
        </Modal>
      )}
      {editing && (
        <ItemModal item={editing} departments={departments} onClose={() => (setEditing(null), void load())} />
      )}
    </Drawer>
  );
}

interface ItemForm {
  dueOn: string;
  weight: number;
  lead: string[];
  responsible: string[];
  milestones: { title: string; dueOn: string; progress?: number | string | null }[];
}

function ItemModal({ item, departments, onClose }: { item: PlanItem; departments: Department[]; onClose: () => void }) {
  const [form] = Form.useForm<ItemForm>();
  const act = useAction(() => Promise.resolve(onClose()));
  const options = departments.map((d) => ({ value: d.id, label: d.shortName || d.name }));
  return (
    <Modal
      open
      title="调整工作事项"
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((v) =>
          act(
            () =>
              api('PUT', `/work-plan-items/${item.id}`, {
                dueOn: v.dueOn,
                weight: v.weight,
                lead: v.lead,
                responsible: v.responsible,
                // A number field gives text; an empty one means the milestone is a date only.
                milestones: (v.milestones ?? []).map((m) => ({
                  title: m.title,
                  dueOn: m.dueOn,
                  progress: m.progress ? Number(m.progress) : null,
                })),
              }),
            '已保存',
          ),
        )
      }
    >
      <Typography.Paragraph ellipsis={{ rows: 3 }}>{item.content}</Typography.Paragraph>
      <Form<ItemForm>
        form={form}
        layout="vertical"
        initialValues={{
          dueOn: item.dueOn,
          weight: item.weight,
          lead: item.assignments.filter((a) => a.role === 'lead').map((a) => a.departmentId),
          responsible: item.assignments.filter((a) => a.role === 'responsible').map((a) => a.departmentId),
          milestones: item.milestones,
        }}
      >
        <Form.Item label="完成期限" name="dueOn" rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="权重（汇总进度时）" name="weight">
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item label="牵头单位" name="lead">
          <Select mode="multiple" options={options} optionFilterProp="label" />
        </Form.Item>
        <Form.Item label="责任单位" name="responsible" extra="移出的单位，其进展报送一并删除">
          <Select mode="multiple" options={options} optionFilterProp="label" />
        </Form.Item>
        <RowList
          name="milestones"
          fields={[
            { name: 'title', label: '节点名称', width: 200, rules: [{ required: true, message: '节点名称' }] },
            {
              name: 'dueOn',
              label: '节点日期',
              width: 150,
              type: 'date',
              rules: [{ required: true, message: '日期' }],
            },
            {
              name: 'progress',
              label: '应达进度（%，可空）',
              width: 150,
              type: 'number',
              rules: [{ pattern: /^(100|[1-9]\d?)$/, message: '1–100' }],
            },
          ]}
          addLabel="添加节点（到期未达应达进度的，标为节点滞后并提醒）"
        />
      </Form>
    </Modal>
  );
}

function AssessmentModal({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const [marking, setMarking] = useState<AssessmentRow | null>(null);
  const [form] = Form.useForm<{ adjustment: number; note: string }>();
  const { items: rows, act } = useList<AssessmentRow>(`/work-plans/${plan.id}/assessment`);
  return (
    <Modal open width={1200} title={`${plan.title} · 各单位情况与年度考核`} onCancel={onClose} footer={null}>
      <Typography.Paragraph type="secondary">
        工作要点按期完成 50 分、进展报送被采纳 20 分、依申请公开按期答复 20 分、规章和规范性文件解读 10
        分，另加公开办评分（±20）。没有相应工作的项目计满分。
      </Typography.Paragraph>
      <Button href={`/api/v1/work-plans/${plan.id}/assessment/xlsx`} style={{ marginBottom: 12 }}>
        下载考核表（Excel）
      </Button>
      <Table<AssessmentRow>
        rowKey="departmentId"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '单位', dataIndex: 'department' },
          { title: '按期完成/承担', key: 'plan', render: (_: unknown, r) => `${r.doneOnTime}/${r.assigned}` },
          {
            title: '采纳/退回',
            key: 'reports',
            render: (_: unknown, r) => `${r.reportsAccepted}/${r.reportsReturned}`,
          },
          {
            title: '目前逾期',
            dataIndex: 'overdueNow',
            render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0),
          },
          {
            title: '节点滞后',
            dataIndex: 'laggingNow',
            render: (v: number) => (v ? <Tag color="volcano">{v}</Tag> : 0),
          },
          {
            title: '久未报送',
            dataIndex: 'silentNow',
            render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0),
          },
          { title: '催办', dataIndex: 'reminders' },
          {
            title: '按期答复/答复',
            key: 'requests',
            render: (_: unknown, r) => `${r.requestsOnTime}/${r.requestsReplied}`,
          },
          {
            title: '已解读/文件',
            key: 'policies',
            render: (_: unknown, r) => `${r.policiesInterpreted}/${r.policies}`,
          },
          { title: '公开办评分', key: 'adj', render: (_: unknown, r) => r.score.adjustment },
          { title: '总分', key: 'total', render: (_: unknown, r) => <b>{r.score.total}</b> },
          {
            title: '',
            key: 'mark',
            render: (_: unknown, r) => (
              <a onClick={() => (setMarking(r), form.setFieldsValue({ adjustment: r.adjustment, note: r.note }))}>
                评分
              </a>
            ),
          },
        ]}
      />
      {marking && (
        <Modal
          open
          title={`公开办评分：${marking.department}`}
          onCancel={() => setMarking(null)}
          onOk={() =>
            void form
              .validateFields()
              .then((v) =>
                act(() => api('PUT', `/work-plans/${plan.id}/marks/${marking.departmentId}`, v), '已保存').then(
                  (ok) => ok && setMarking(null),
                ),
              )
          }
        >
          <Form form={form} layout="vertical">
            <Form.Item label="加减分（−20 至 +20）" name="adjustment" rules={[{ required: true }]}>
              <InputNumber min={-20} max={20} step={0.5} />
            </Form.Item>
            <Form.Item label="理由" name="note">
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Modal>
  );
}

// ---- departments: their work and their reports -----------------------------------------------------

function MyWorkPanel({ siteId }: { siteId: string }) {
  const [reporting, setReporting] = useState<WorkItem | null>(null);
  const [form] = Form.useForm<ProgressReportFields>();
  const { items, act } = useList<WorkItem>(`/work-plans/my-work?siteId=${siteId}`);
  return (
    <>
      <Table<WorkItem>
        rowKey={(w) => w.assignment.id}
        size="small"
        dataSource={items}
        columns={[
          {
            title: '工作要点',
            dataIndex: 'planTitle',
            width: 180,
            ellipsis: true,
            filters: [...new Set(items.map((w) => w.planTitle))].map((t) => ({ text: t, value: t })),
            onFilter: (value, w) => w.planTitle === value,
          },
          { title: '主要内容', dataIndex: 'content', ellipsis: true },
          {
            title: '单位',
            key: 'dept',
            width: 140,
            render: (_: unknown, w) =>
              `${w.assignment.department}（${w.assignment.role === 'lead' ? '牵头' : '责任'}）`,
          },
          dueColumn,
          {
            title: '进度',
            key: 'progress',
            width: 160,
            filters: [
              { text: '未完成', value: 'open' },
              { text: '已完成', value: 'done' },
            ],
            onFilter: (value, w) => (value === 'done') === (w.assignment.state === 'done'),
            render: (_: unknown, w) => (
              <>
                <StateTag state={w.assignment.state} lagging={w.assignment.lagging} />
                {w.assignment.progress}%
                {w.latestReminder && (
                  <Typography.Text
                    type={['escalation', 'urged'].includes(w.latestReminder.kind) ? 'danger' : 'warning'}
                    style={{ display: 'block' }}
                  >
                    {w.latestReminder.sentOn}{' '}
                    {w.latestReminder.kind === 'urged'
                      ? `政务公开办催办：${w.latestReminder.note ?? ''}`
                      : `提醒：${REMINDER_LABELS[w.latestReminder.kind]}`}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: '最近报送',
            key: 'report',
            width: 160,
            render: (_: unknown, w) =>
              w.latestReport ? (
                <span title={w.latestReport.reviewNote ?? undefined}>
                  {REPORT_STATUS[w.latestReport.status]}
                  {w.latestReport.status === 'returned' && `：${w.latestReport.reviewNote ?? ''}`}
                </span>
              ) : (
                '未报送'
              ),
          },
          {
            title: '',
            key: 'act',
            width: 90,
            render: (_: unknown, w) => (
              <Button
                size="small"
                disabled={w.latestReport?.status === 'submitted' || w.assignment.state === 'done'}
                onClick={() => {
                  setReporting(w);
                  form.setFieldsValue({
                    state: w.assignment.state,
                    progress: w.assignment.progress,
                    text: '',
                    evidence: [],
                  });
                }}
              >
                报送进展
              </Button>
            ),
          },
        ]}
      />
      {reporting && (
        <Modal
          open
          width={700}
          title="报送进展"
          onCancel={() => setReporting(null)}
          onOk={() =>
            void form.validateFields().then((v) =>
              act(
                () =>
                  api('POST', `/work-plan-assignments/${reporting.assignment.id}/reports`, {
                    ...v,
                    evidence: v.evidence ?? [],
                  }),
                '已报送，等待审核',
              ).then((ok) => ok && setReporting(null)),
            )
          }
        >
          <Typography.Paragraph ellipsis={{ rows: 3 }}>{reporting.content}</Typography.Paragraph>
          <Form<ProgressReportFields> form={form} layout="vertical">
            <Form.Item label="状态" name="state" rules={[{ required: true }]}>
              <Select
                options={(['not_started', 'in_progress', 'done'] as const).map((s) => ({
                  value: s,
                  label: ITEM_STATE_LABELS[s],
                }))}
                onChange={(s: string) => s === 'done' && form.setFieldValue('progress', 100)}
              />
            </Form.Item>
            <Form.Item
              label="进度（%）"
              name="progress"
              rules={[{ required: true }]}
              extra="已完成为 100%，未开始为 0%"
            >
              <InputNumber min={0} max={100} precision={0} />
            </Form.Item>
            <Form.Item label="工作进展" name="text" rules={[{ required: true, min: 2, message: '请填写工作进展' }]}>
              <Input.TextArea rows={5} maxLength={5000} showCount />
            </Form.Item>
            <Form.Item
              label="佐证"
              htmlFor="evidence-picker"
              extra="选择本站已公开的信息，或在下方填写其他页面的名称和网址"
            >
              <DocumentPicker
                id="evidence-picker"
                siteId={siteId}
                placeholder="查找已公开的信息、政策解读（标题、文号或索引号）"
                value={null}
                onChange={(id, title) => {
                  if (!id) return;
                  const evidence =
                    (form.getFieldValue('evidence') as ProgressReportFields['evidence'] | undefined) ?? [];
                  if (evidence.some((e) => e.url === `/documents/${id}`)) return;
                  form.setFieldValue('evidence', [...evidence, { title: title ?? '', url: `/documents/${id}` }]);
                }}
              />
            </Form.Item>
            <RowList
              name="evidence"
              fields={[
                { name: 'title', label: '佐证名称', width: 200, rules: [{ required: true, message: '名称' }] },
                {
                  name: 'url',
                  label: '佐证链接',
                  width: 300,
                  placeholder: '/documents/… 或 https://…',
                  rules: [
                    { required: true, pattern: /^(https?:\/\/|\/)\S*$/, message: '本站路径（/documents/…）或网址' },
                  ],
                },
              ]}
              addLabel="添加佐证（已公开的信息、解读、活动）"
            />
          </Form>
        </Modal>
      )}
    </>
  );
}

function ReviewPanel({ siteId }: { siteId: string }) {
  const [returning, setReturning] = useState<ReportForReview | null>(null);
  const [reason, setReason] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const { items, act } = useList<ReportForReview>(`/progress-reports/pending?siteId=${siteId}`);
  return (
    <>
      <Typography.Paragraph type="secondary">
        责任单位的进展由牵头单位审核；牵头单位和没有牵头单位的事项由政务公开办审核。
      </Typography.Paragraph>
      <Button
        style={{ marginBottom: 12 }}
        disabled={selected.length === 0}
        onClick={() =>
          void act(async () => {
            // One review each, so every acceptance is audited on its own.
            for (const id of selected) await api('POST', `/progress-reports/${id}/review`, { decision: 'accept' });
            setSelected([]);
          }, `已采纳 ${selected.length} 条`)
        }
      >
        采纳所选（{selected.length}）
      </Button>
      <Table<ReportForReview>
        rowKey="id"
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        size="small"
        dataSource={items}
        columns={[
          { title: '单位', dataIndex: 'department', width: 160 },
          { title: '主要内容', dataIndex: 'content', ellipsis: true },
          {
            title: '报送',
            key: 'state',
            width: 120,
            render: (_: unknown, r) => (
              <>
                <StateTag state={r.state} />
                {r.progress}%
              </>
            ),
          },
          { title: '工作进展', dataIndex: 'text', ellipsis: true },
          {
            title: '佐证',
            dataIndex: 'evidence',
            render: (v: ReportForReview['evidence']) =>
              v.map((e) => (
                <div key={e.url}>
                  <a href={e.url} target="_blank" rel="noreferrer">
                    {e.title}
                  </a>
                </div>
              )),
          },
          { title: '报送时间', dataIndex: 'submittedAt', width: 140, render: (v: string) => chinaTime(v) },
          {
            title: '',
            key: 'act',
            width: 140,
            render: (_: unknown, r) => (
              <Space>
                <Button
                  size="small"
                  type="primary"
                  onClick={() =>
                    void act(() => api('POST', `/progress-reports/${r.id}/review`, { decision: 'accept' }), '已采纳')
                  }
                >
                  采纳
                </Button>
                <Button size="small" onClick={() => (setReturning(r), setReason(''))}>
                  退回
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {returning && (
        <Modal
          open
          title="退回进展报送"
          okButtonProps={{ disabled: !reason.trim() }}
          onCancel={() => setReturning(null)}
          onOk={() =>
            void act(
              () => api('POST', `/progress-reports/${returning.id}/review`, { decision: 'return', note: reason }),
              '已退回',
            ).then((ok) => ok && setReturning(null))
          }
        >
          <Input.TextArea
            aria-label="退回理由"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="退回理由（必填）"
          />
        </Modal>
      )}
    </>
  );
}

function AliasesPanel({ siteId, departments }: { siteId: string; departments: Department[] }) {
  const [form] = Form.useForm<{ alias: string; departmentId: string }>();
  const { items, act } = useList<DepartmentAlias>(`/department-aliases?siteId=${siteId}`);
  const name = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  return (
    <>
      <Typography.Paragraph type="secondary">
        工作要点等文件里单位的写法（如“区党政办”），与本站点单位的全称、简称不同时在此对应；导入时据此识别。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v) =>
          void act(() => api('POST', `/department-aliases?siteId=${siteId}`, v), '已添加').then(
            (ok) => ok && form.resetFields(),
          )
        }
      >
        <Form.Item name="alias" rules={[{ required: true, min: 2, message: '至少 2 个字' }]}>
          <Input placeholder="文件中的写法" aria-label="别名" maxLength={50} />
        </Form.Item>
        <Form.Item name="departmentId" rules={[{ required: true, message: '请选择单位' }]}>
          <TreeSelect
            aria-label="对应单位"
            style={{ width: 280 }}
            treeData={departmentOptions(departments)}
            placeholder="对应单位"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          添加
        </Button>
      </Form>
      <Table<DepartmentAlias>
        rowKey="id"
        size="small"
        dataSource={items}
        columns={[
          { title: '别名', dataIndex: 'alias' },
          { title: '单位', dataIndex: 'departmentId', render: (v: string) => name(v) },
          {
            title: '',
            key: 'act',
            render: (_: unknown, a) => (
              <DeleteButton
                title="删除该别名？"
                onConfirm={() => void act(() => api('DELETE', `/department-aliases/${a.id}`), '已删除')}
              />
            ),
          },
        ]}
      />
    </>
  );
}
