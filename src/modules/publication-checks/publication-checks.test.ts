import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { dbEnv, runCli } from '../../../test/helpers/cli.js';
import { multipart } from '../../../test/helpers/multipart.js';
import { systemActor } from '../../platform/auth/actor.js';
import { newId } from '../../platform/ids/ids.js';
import { documentContent } from '../../../test/helpers/documents.js';
import {
  createUser,
  signIn,
  testAppWithAdmin,
  type Session,
  type TestApp,
  type World,
} from '../../../test/helpers/app.js';

/** Issue 6 §3–4: 错敏字 rules and the gate before submission and publication. */
let t: TestApp;
let w: World;
let admin: Session;
let editor: Session;
let reviewer: Session;
let column: string;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  await createUser(t.services, 'check-editor', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA }]);
  await createUser(t.services, 'check-reviewer', [{ siteId: w.siteId, role: 'reviewer', departmentId: w.deptA }]);
  editor = await signIn(t.app, 'check-editor');
  reviewer = await signIn(t.app, 'check-reviewer');
  const columns = (await t.app.inject({ url: `/api/v1/columns?siteId=${w.siteId}` })).json<{
    items: { id: string; code: string }[];
  }>();
  column = columns.items.find((c) => c.code === 'notices')?.id ?? '';
});
afterAll(() => t.close());

const post = (session: Session, url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload });

async function draft(bodyHtml: string, title = '关于某餐饮店行政处罚决定的公示') {
  const res = await post(editor, `/api/v1/documents?siteId=${w.siteId}`, {
    departmentId: w.deptA,
    title,
    docNo: '',
    writtenOn: null,
    subject: '',
    keywords: [],
    disclosure: 'proactive',
    summary: '',
    bodyHtml,
    source: '',
    columnIds: [column],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

describe('the gate before publication', () => {
  it('refuses to submit a document with personal information or wrong wording, listing what it found', async () => {
    const id = await draft(
      '<p>当事人：张三，身份证号110101199003074514，住址：苏州市姑苏区平江路18号。由区环境保护局查处。</p>',
    );
    const res = await post(editor, `/api/v1/documents/${id}/submit`);
    expect(res.statusCode).toBe(409);
    const error = res.json<{ error: { code: string; details: { field: string; message: string }[] } }>().error;
    expect(error.code).toBe('PUBLICATION_FINDINGS');
    const messages = error.details.map((d) => d.message).join('\n');
    expect(messages).toContain('身份证号“110101199003074514”');
    expect(messages).toContain('姓名“张三”');
    expect(messages).toContain('错误表述“环境保护局”（建议：生态环境局）');
    // Nothing changed: still a draft.
    const doc = await t.app.inject({ url: `/api/v1/documents/${id}`, headers: editor.headers });
    expect(doc.json<{ latest: { state: string } }>().latest.state).toBe('draft');
    // The findings, with where they are and the one-click fix.
    const findings = await t.app.inject({ url: `/api/v1/documents/${id}/findings`, headers: editor.headers });
    expect(findings.json<{ findings: { type: string; correction: string | null }[] }>().findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'person_name', correction: '张某' }),
        expect.objectContaining({ type: 'wording', correction: '生态环境局' }),
      ]),
    );
  });

  it('lets a reviewer accept a finding with a basis and reason, recorded in the audit log without the personal data', async () => {
    const id = await draft('<p>当事人：张三，因违法经营被处以罚款。</p>');
    expect((await post(editor, `/api/v1/documents/${id}/submit`)).statusCode).toBe(409);
    // An editor may not accept; a reviewer must give a reason.
    const byEditor = await post(editor, `/api/v1/documents/${id}/findings/accept`, {
      type: 'person_name',
      text: '张三',
      basis: 'punishment',
      reason: '行政处罚结果依法公示',
    });
    expect(byEditor.statusCode).toBe(403);
    const noReason = await post(reviewer, `/api/v1/documents/${id}/findings/accept`, {
      type: 'person_name',
      text: '张三',
      basis: 'punishment',
      reason: ' ',
    });
    expect(noReason.json()).toMatchObject({ error: { code: 'FINDING_ACCEPTANCE_INVALID' } });
    const ok = await post(reviewer, `/api/v1/documents/${id}/findings/accept`, {
      type: 'person_name',
      text: '张三',
      basis: 'punishment',
      reason: '行政处罚结果依法公示（惩戒公示）',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await post(editor, `/api/v1/documents/${id}/submit`)).statusCode).toBe(200);
    const audit = await t.app.inject({
      url: `/api/v1/audit?siteId=${w.siteId}&entityId=${id}`,
      headers: admin.headers,
    });
    const entry = audit
      .json<{ items: { action: string; after: Record<string, string> }[] }>()
      .items.find((e) => e.action === 'document.finding.accept');
    expect(entry?.after).toMatchObject({
      basis: '惩戒公示',
      reason: '行政处罚结果依法公示（惩戒公示）',
      finding: '张某',
    });
    expect(JSON.stringify(entry)).not.toContain('张三');
  });

  it('checks again at publication, with the site’s own rules', async () => {
    const id = await draft('<p>请各单位认真做好有关工作。</p>', '关于做好年度工作的通知');
    expect((await post(editor, `/api/v1/documents/${id}/submit`)).statusCode).toBe(200);
    expect(
      (await post(reviewer, `/api/v1/documents/${id}/review`, { approve: true, confidentialityReviewed: true }))
        .statusCode,
    ).toBe(200);
    const rule = await post(admin, `/api/v1/wording-rules?siteId=${w.siteId}`, {
      wrong: '有关工作',
      correction: null,
      kind: 'sensitive',
      severity: 'warning',
      note: '测试用敏感词',
    });
    expect(rule.statusCode, rule.body).toBe(201);
    const publish = await post(reviewer, `/api/v1/documents/${id}/publish`);
    expect(publish.json()).toMatchObject({ error: { code: 'PUBLICATION_FINDINGS' } });
    expect((await t.app.inject({ url: '/', headers: { host: 'site-3205080001.test' } })).body).not.toContain(
      '关于做好年度工作的通知',
    );
  });

  it('checks the text of Word attachments too', async () => {
    const id = await draft('<p>附件为行政处罚决定书。</p>', '行政处罚决定书（附件）');
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('当事人：赵六，公民身份号码110101199003074514。')] }] }),
    );
    const { payload, headers } = multipart({}, { field: 'file', name: '处罚决定书.docx', bytes });
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${id}/attachments`,
      headers: { ...editor.headers, ...headers },
      payload,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const res = await post(editor, `/api/v1/documents/${id}/submit`);
    expect(res.statusCode).toBe(409);
    const details = res.json<{ error: { details: { field: string; message: string }[] } }>().error.details;
    expect(details).toEqual(
      expect.arrayContaining([
        { field: '附件《处罚决定书.docx》', message: '身份证号“110101199003074514”（建议：******************）' },
        { field: '附件《处罚决定书.docx》', message: '姓名“赵六”（建议：赵某）' },
      ]),
    );
  });

  it('reads attachments uploaded before their texts were kept, so they are checked too', async () => {
    const id = await draft('<p>附件为处罚决定。</p>', '处罚决定（早先上传的附件）');
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('当事人：钱七，联系电话13812345678。')] }] }),
    );
    const { payload, headers } = multipart({}, { field: 'file', name: '决定书.docx', bytes });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${id}/attachments`,
      headers: { ...editor.headers, ...headers },
      payload,
    });
    // As it was before migration 0009: no text, never read.
    await t.database.db
      .updateTable('attachments')
      .set({ text: '', text_read_at: null })
      .where('document_id', '=', id)
      .execute();
    const before = await t.app.inject({ url: `/api/v1/documents/${id}/findings`, headers: editor.headers });
    expect(before.body).not.toContain('钱七');
    // Without its text the attachment is named as one the reviewer must read.
    expect(before.json()).toMatchObject({ unchecked: ['决定书.docx'] });
    const result = await t.services.documents.extractMissingTexts();
    expect(result.extracted).toBeGreaterThanOrEqual(1);
    // Read once: nothing is read again.
    expect(await t.services.documents.extractMissingTexts()).toEqual({ checked: 0, extracted: 0 });
    const findings = await t.app.inject({ url: `/api/v1/documents/${id}/findings`, headers: editor.headers });
    expect(findings.body).toContain('附件《决定书.docx》');
    expect(findings.body).toContain('钱某');
    expect(findings.json()).toMatchObject({ unchecked: [] });
    expect((await post(editor, `/api/v1/documents/${id}/submit`)).statusCode).toBe(409);
  });

  it('suggests masking as the site’s policy says', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/masking-policy?siteId=${w.siteId}`,
      headers: admin.headers,
      payload: {
        idCard: { keepStart: 6, keepEnd: 4 },
        bankCard: { keepStart: 0, keepEnd: 4 },
        plate: { keepStart: 2, keepEnd: 0 },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const checked = await post(editor, `/api/v1/text-checks?siteId=${w.siteId}`, {
      text: '身份证号110101199003074514',
    });
    expect(checked.json<{ findings: { correction: string }[] }>().findings[0]?.correction).toBe('110101********4514');
    const byEditor = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/masking-policy?siteId=${w.siteId}`,
      headers: editor.headers,
      payload: {
        idCard: { keepStart: 9, keepEnd: 0 },
        bankCard: { keepStart: 0, keepEnd: 4 },
        plate: { keepStart: 2, keepEnd: 0 },
      },
    });
    expect(byEditor.statusCode).toBe(400);
  });

  it('checks any text for the editor', async () => {
    const res = await post(editor, `/api/v1/text-checks?siteId=${w.siteId}`, { text: '联系人：李四，手机13912345678' });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json<{ findings: { type: string }[] }>()
        .findings.map((f) => f.type)
        .sort(),
    ).toEqual(['mobile', 'person_name']);
  });
});

describe('./bin/gongkai pii audit', () => {
  it('refuses to import an archived document with findings, and lists published ones a new rule catches', async () => {
    const archived = (bodyHtml: string, title: string) =>
      t.services.documents.importPublished(systemActor(), w.siteId, {
        departmentId: w.deptA,
        content: documentContent({ title, bodyHtml }),
        publishedAt: '2016-05-01T02:00:00.000Z',
        indexNo: null,
      });
    await expect(
      archived('<p>被处罚人：王五，联系电话13812345678。</p>', '2016年行政处罚信息公示'),
    ).rejects.toMatchObject({
      code: 'PUBLICATION_FINDINGS',
    });
    const imported = await archived('<p>本通知涉及旧城改造试点片区。</p>', '2016年旧城改造工作通知');
    const rule = await post(admin, `/api/v1/wording-rules?siteId=${w.siteId}`, {
      wrong: '旧城改造试点片区',
      correction: '城市更新试点片区',
      kind: 'wrong',
      severity: 'warning',
      note: '2020年起统一称城市更新',
    });
    expect(rule.statusCode, rule.body).toBe(201);
    // The archive brought a scanned notice along: an image, with no text to check.
    await t.database.db
      .insertInto('attachments')
      .values({
        id: newId(),
        document_id: imported!.id,
        name: '通知扫描件.png',
        mime: 'image/png',
        size: 1024,
        sha256: '0'.repeat(64),
        created_by: null,
        created_at: '2016-05-01T02:00:00.000Z',
        text: '',
      })
      .execute();
    const cli = await runCli(['pii', 'audit', '--json', '--site', '3205080001'], dbEnv(t.database));
    expect(cli.code).toBe(1);
    const lines = cli.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { id: string; url: string; findings: { type: string; text: string }[]; unchecked: string[] },
      );
    const line = lines.find((l) => l.id === imported?.id);
    expect(line?.url).toBe(`/documents/${imported?.id}`);
    expect(line?.findings.map((f) => [f.type, f.text])).toEqual([['wording', '旧城改造试点片区']]);
    expect(line?.unchecked).toEqual(['通知扫描件.png']);
    const text = await runCli(['pii', 'audit', '--site', '3205080001'], dbEnv(t.database));
    expect(text.stdout).toContain('附件《通知扫描件.png》没有可读的文字（扫描件、图片等），须人工核对');
    expect(text.stderr).toContain('条信息的附件无法自动检查，须人工核对');
  });
});
