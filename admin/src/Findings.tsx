import { Alert, Button, Input, List, Select, Space, Tag, Typography, type FormInstance } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, describeError } from './api';
import { useAction } from './useAction';

/** What the server's checks found: personal information or a 错敏字, where, and the fix. */
export interface Finding {
  type: string;
  field: string;
  text: string;
  label: string;
  correction: string | null;
  severity: 'error' | 'warning';
  note: string;
  accepted: { basis: string; reason: string } | null;
}

const BASES = [
  ['punishment', '惩戒公示'],
  ['mandatory', '法律法规规定应当公开'],
  ['official', '公职人员履行职务'],
  ['consent', '本人同意公开'],
  ['quotation', '引用原文或历史名称'],
  ['other', '其他'],
] as const;

// The editor's fields that are checked, and the name each has in the findings.
const FIELDS = [
  ['title', '标题'],
  ['summary', '内容概述'],
  ['bodyHtml', '正文'],
] as const;

const plain = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

/**
 * The editor's check before submitting: the draft's title, summary and body are checked as they
 * stand in the form, and each finding with a fix can be applied with one click.
 */
export function EditorChecks({ siteId, form }: { siteId: string; form: FormInstance }) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState('');
  const check = async () => {
    try {
      setError('');
      const all: Finding[] = [];
      for (const [name, label] of FIELDS) {
        const value = String(form.getFieldValue(name) ?? '');
        const text = name === 'bodyHtml' ? plain(value) : value;
        if (!text.trim()) continue;
        const res = await api<{ findings: Finding[] }>('POST', `/text-checks?siteId=${siteId}`, { text });
        all.push(...res.findings.map((f) => ({ ...f, field: label })));
      }
      setFindings(all);
    } catch (e) {
      setError(describeError(e));
    }
  };
  const fix = (f: Finding) => {
    const entry = FIELDS.find(([, label]) => label === f.field);
    if (!entry || f.correction === null) return;
    const value = String(form.getFieldValue(entry[0]) ?? '');
    form.setFieldValue(entry[0], value.split(f.text).join(f.correction));
    setFindings((list) => list?.filter((x) => x !== f) ?? null);
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <Button onClick={() => void check()}>检查个人信息和错敏字</Button>
      {error && <Alert type="error" message={error} style={{ marginTop: 8 }} />}
      {findings && findings.length === 0 && (
        <Alert type="success" message="未发现个人信息和错敏字" style={{ marginTop: 8 }} />
      )}
      {findings && findings.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          header={`发现 ${findings.length} 处，提交前请修改（确需公开的由审核人员注明理由确认）`}
          dataSource={findings}
          renderItem={(f) => (
            <List.Item
              actions={
                f.correction !== null
                  ? [
                      <Button key="fix" size="small" onClick={() => fix(f)}>
                        改为“{f.correction}”
                      </Button>,
                    ]
                  : []
              }
            >
              <Space>
                <Tag color={f.severity === 'error' ? 'red' : 'orange'}>{f.label}</Tag>
                <span>
                  {f.field}：“{f.text}”
                </span>
                <Typography.Text type="secondary">{f.note}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

/** The reviewer's view of a document's findings: each one fixed by the editor, or accepted here with a reason. */
export function ReviewFindings({ documentId }: { documentId: string }) {
  const [findings, setFindings] = useState<Finding[]>([]);
  const [unchecked, setUnchecked] = useState<string[]>([]);
  const [basis, setBasis] = useState<Record<string, string>>({});
  const [reason, setReason] = useState<Record<string, string>>({});
  const [loaded, setLoaded] = useState(false);
  const load = useCallback(async () => {
    const res = await api<{ findings: Finding[]; unchecked: string[] }>('GET', `/documents/${documentId}/findings`);
    setFindings(res.findings);
    setUnchecked(res.unchecked);
    setLoaded(true);
  }, [documentId]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = useAction(load);
  const key = (f: Finding) => `${f.type}:${f.text}`;
  return (
    <>
      {/* Said while loading and when nothing is found, so a reviewer knows the check has run. */}
      {!loaded && <p>正在检查个人信息和错敏字……</p>}
      {loaded && findings.length === 0 && unchecked.length === 0 && <p>自动检查未发现个人信息或错敏字。</p>}
      {unchecked.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`以下附件没有可读的文字（扫描件、图片、旧版 Office 文件等），未经自动检查，请逐页核对是否含有个人信息：${unchecked.map((n) => `《${n}》`).join('、')}`}
        />
      )}
      {findings.length > 0 && (
        <List
          size="small"
          style={{ marginBottom: 12 }}
          header="个人信息和错敏字检查"
          dataSource={findings}
          renderItem={(f) => (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space>
                  <Tag color={f.accepted ? 'green' : f.severity === 'error' ? 'red' : 'orange'}>{f.label}</Tag>
                  <span>
                    {f.field}：“{f.text}”{f.correction !== null && `（建议：${f.correction}）`}
                  </span>
                  {f.accepted && <Typography.Text type="secondary">已确认公开：{f.accepted.reason}</Typography.Text>}
                </Space>
                {!f.accepted && (
                  <Space wrap>
                    <Select
                      aria-label="公开依据"
                      placeholder="公开依据"
                      style={{ width: 200 }}
                      options={BASES.map(([value, label]) => ({ value, label }))}
                      onChange={(v: string) => setBasis((b) => ({ ...b, [key(f)]: v }))}
                    />
                    <Input
                      aria-label="理由"
                      placeholder="理由（必填）"
                      style={{ width: 280 }}
                      onChange={(e) => setReason((r) => ({ ...r, [key(f)]: e.target.value }))}
                    />
                    <Button
                      size="small"
                      onClick={() =>
                        void act(
                          () =>
                            api('POST', `/documents/${documentId}/findings/accept`, {
                              type: f.type,
                              text: f.text,
                              basis: basis[key(f)] ?? '',
                              reason: reason[key(f)] ?? '',
                            }),
                          '已确认公开',
                        )
                      }
                    >
                      确认公开
                    </Button>
                  </Space>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </>
  );
}

export interface Acceptance {
  type: string;
  text: string;
  basis: string;
  reason: string;
}

/**
 * For texts saved in one step (a knowledge-base answer): the findings in `text`, each of which a
 * reviewer may accept with a basis and a reason; `onChange` gets the complete acceptances.
 */
export function AcceptFindings({
  siteId,
  text,
  onChange,
}: {
  siteId: string;
  text: string;
  onChange: (accepted: Acceptance[]) => void;
}) {
  const [findings, setFindings] = useState<Finding[]>([]);
  const [chosen, setChosen] = useState<Record<string, Acceptance>>({});
  useEffect(() => {
    void api<{ findings: Finding[] }>('POST', `/text-checks?siteId=${siteId}`, { text }).then((r) =>
      setFindings(r.findings),
    );
  }, [siteId, text]);
  const key = (f: Finding) => `${f.type}:${f.text}`;
  const update = (f: Finding, part: Partial<Acceptance>) => {
    const next = {
      ...chosen,
      [key(f)]: { type: f.type, text: f.text, basis: '', reason: '', ...chosen[key(f)], ...part },
    };
    setChosen(next);
    onChange(Object.values(next).filter((a) => a.basis && a.reason.trim()));
  };
  // Nothing found: nothing to accept, and no empty list in the way.
  if (findings.length === 0) return null;
  return (
    <List
      size="small"
      header="审核人员可注明依据和理由后确认公开（记入审计日志）"
      dataSource={findings}
      renderItem={(f) => (
        <List.Item>
          <Space wrap>
            <Tag color={f.severity === 'error' ? 'red' : 'orange'}>{f.label}</Tag>
            <span>“{f.text}”</span>
            <Select
              aria-label={`“${f.text}”的公开依据`}
              placeholder="公开依据"
              style={{ width: 180 }}
              options={BASES.map(([value, label]) => ({ value, label }))}
              onChange={(v: string) => update(f, { basis: v })}
            />
            <Input
              aria-label={`“${f.text}”的理由`}
              placeholder="理由"
              style={{ width: 220 }}
              onChange={(e) => update(f, { reason: e.target.value })}
            />
          </Space>
        </List.Item>
      )}
    />
  );
}
