import { documentHref } from '../documents/documents.paths.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  createUser,
  signIn,
  testAppWithAdmin,
  type Session,
  type TestApp,
  type World,
} from '../../../test/helpers/app.js';
import { systemActor } from '../../platform/auth/actor.js';
import { documentContent } from '../../../test/helpers/documents.js';
import type { AssistantReply, KnowledgeEntry } from './assistant.service.js';

let t: TestApp;
let w: World;
let admin: Session;
let editorB: Session;
let policyId: string;
let policyHref: string;
const host = { host: 'site-3205080001.test' };

const policy = documentContent({
  title: '城乡最低生活保障办法',
  docNo: '测民规〔2024〕1号',
  bodyHtml: '<p>共同生活的家庭成员人均收入低于低保标准的，可以申请最低生活保障。</p>',
});

async function ask(question: string, headers: Record<string, string> = host): Promise<AssistantReply> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/assistant', headers, payload: { question } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AssistantReply>();
}

async function createEntry(session: Session, body: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/knowledge-entries?siteId=${w.siteId}`,
    headers: session.headers,
    payload: body,
  });
}

let dibao: KnowledgeEntry;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  await createUser(t.services, 'editor-b', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptB }]);
  editorB = await signIn(t.app, 'editor-b');
  const doc = await t.services.documents.importPublished(systemActor(), w.siteId, {
    departmentId: w.deptA,
    content: policy,
    publishedAt: '2024-01-10T02:00:00.000Z',
    indexNo: null,
  });
  policyId = doc?.id ?? '';
  policyHref = doc ? documentHref(doc) : '';
  const res = await createEntry(admin, {
    departmentId: w.deptA,
    question: '低保怎么申请？',
    alternatives: ['最低生活保障如何办理', '申请低保需要什么材料'],
    answer: '向户籍所在地街道提出书面申请。\n\n需提交户口簿、身份证和收入证明。',
    sourceDocumentId: policyId,
    validUntil: null,
  });
  expect(res.statusCode, res.body).toBe(201);
  dibao = res.json<KnowledgeEntry>();
});
afterAll(() => t.close());

describe('the knowledge base', () => {
  it('answers a question asked in other words, with its source and the matching documents', async () => {
    const reply = await ask('申请最低生活保障要带什么材料');
    expect(reply.answered).toBe(true);
    expect(reply.answers[0]).toMatchObject({
      id: dibao.id,
      question: '低保怎么申请？',
      department: '甲局',
      url: `/assistant/entries/${dibao.id}`,
      source: { title: '城乡最低生活保障办法', url: policyHref },
    });
    expect(reply.documents.map((d) => d.url)).toContain(policyHref);
    // Knowledge entries are found by the site search too, typed as such.
    const search = await t.app.inject({ url: `/api/v1/search?q=${encodeURIComponent('低保 材料')}`, headers: host });
    expect(search.json<{ hits: { type: string }[] }>().hits.map((h) => h.type)).toContain('knowledge_entry');
  });

  it('queues a question it cannot answer for the office, de-identified and counted', async () => {
    const question = '我叫张三，电话13912345678，独生子女证去哪里补办';
    expect((await ask(question)).answered).toBe(false);
    await ask(question);
    const res = await t.app.inject({ url: `/api/v1/assistant/questions?siteId=${w.siteId}`, headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: { id: string; question: string; asked: number }[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]?.asked).toBe(2);
    expect(items[0]?.question).not.toContain('13912345678');
    expect(items[0]?.question).not.toContain('张三');
    // Answering it from the queue takes it off.
    const created = await createEntry(admin, {
      departmentId: w.deptB,
      question: '独生子女证怎么补办？',
      alternatives: [],
      answer: '到户籍所在地社区卫生服务中心申请补办。',
      answersQuestionId: items[0]?.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = await t.app.inject({ url: `/api/v1/assistant/questions?siteId=${w.siteId}`, headers: admin.headers });
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await ask('独生子女证去哪里补办')).answered).toBe(true);
  });

  it('stops giving an answer after its date', async () => {
    const res = await createEntry(admin, {
      departmentId: w.deptA,
      question: '2026年春节期间办事大厅开放时间',
      alternatives: [],
      answer: '春节期间办事大厅暂停对外服务。',
      validUntil: '2026-02-28',
    });
    expect(res.statusCode, res.body).toBe(201);
    // The test clock stands at 2026-03-02: already past, so neither answered nor searchable.
    expect((await ask('春节期间办事大厅开放时间')).answers).toHaveLength(0);
    const page = await t.app.inject({ url: `/assistant/entries/${res.json<KnowledgeEntry>().id}`, headers: host });
    expect(page.statusCode).toBe(404);
  });

  it('lets a department keep its own entries only, and refuses bad entries writing nothing', async () => {
    const entries = await count(t.database, 'knowledge_entries');
    const audit = await count(t.database, 'audit_log');
    const foreign = await createEntry(editorB, { departmentId: w.deptA, question: '甲局的问题', answer: '答案' });
    expect(foreign.statusCode).toBe(403);
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/knowledge-entries/${dibao.id}?siteId=${w.siteId}`,
      headers: editorB.headers,
      payload: { departmentId: w.deptB, question: '改成乙局的', answer: '答案' },
    });
    expect(edit.statusCode).toBe(403);
    const badSource = await createEntry(admin, {
      departmentId: w.deptA,
      question: '来源不对的问题',
      answer: '答案',
      sourceDocumentId: '01900000-0000-7000-8000-000000000000',
    });
    expect(badSource.json()).toMatchObject({ error: { code: 'KNOWLEDGE_SOURCE_INVALID' } });
    // An answer is public once saved: personal information in it is refused like in a document.
    const personal = await createEntry(admin, {
      departmentId: w.deptA,
      question: '低保找谁办理？',
      answer: '请联系社区工作人员王芳，手机13912345678。',
    });
    expect(personal.json()).toMatchObject({ error: { code: 'PUBLICATION_FINDINGS' } });
    expect(await count(t.database, 'knowledge_entries')).toBe(entries);
    expect(await count(t.database, 'audit_log')).toBe(audit);
  });

  it('keeps an official’s name in an answer only when a reviewer accepts it with a reason, audited', async () => {
    const body = {
      departmentId: w.deptB,
      question: '乙局信息公开找谁？',
      answer: '联系人：王芳（乙局信息公开专员）。',
    };
    const findings = [{ type: 'person_name', text: '王芳', basis: 'official', reason: '信息公开专员，公开履职' }];
    expect((await createEntry(admin, body)).json()).toMatchObject({ error: { code: 'PUBLICATION_FINDINGS' } });
    // An editor may not accept; a finding that is not in the text is refused; both write nothing.
    const audit = await count(t.database, 'audit_log');
    expect((await createEntry(editorB, { ...body, acceptedFindings: findings })).statusCode).toBe(403);
    const wrong = await createEntry(admin, { ...body, acceptedFindings: [{ ...findings[0], text: '李四' }] });
    expect(wrong.json()).toMatchObject({ error: { code: 'FINDING_ACCEPTANCE_INVALID' } });
    expect(await count(t.database, 'audit_log')).toBe(audit);

    const saved = await createEntry(admin, { ...body, acceptedFindings: findings });
    expect(saved.statusCode, saved.body).toBe(201);
    const id = saved.json<{ id: string }>().id;
    const log = await t.app.inject({
      url: `/api/v1/audit?siteId=${w.siteId}&entityId=${id}`,
      headers: admin.headers,
    });
    const acceptance = log
      .json<{ items: { action: string; after: unknown }[] }>()
      .items.find((e) => e.action === 'knowledge_entry.finding.accept');
    // The finding as it would be masked: the acceptance itself records no personal information.
    expect(acceptance?.after).toEqual({
      type: 'person_name',
      finding: '王某',
      basis: '公职人员履行职务',
      reason: '信息公开专员，公开履职',
    });
    // Edited later, the accepted name stays accepted; a new personal detail does not pass.
    const edit = (answer: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/knowledge-entries/${id}?siteId=${w.siteId}`,
        headers: admin.headers,
        payload: { ...body, answer },
      });
    expect((await edit('联系人：王芳（乙局信息公开专员），工作日办理。')).statusCode).toBe(200);
    expect((await edit('联系人：王芳，手机13912345678。')).json()).toMatchObject({
      error: { code: 'PUBLICATION_FINDINGS', details: [{ message: expect.stringContaining('手机号码') }] },
    });
  });
});

describe('the assistant page', () => {
  it('answers without JavaScript, and keeps the question out of the URL', async () => {
    const page = await t.app.inject({ url: '/assistant', headers: host });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('method="post" action="/assistant"');
    const res = await t.app.inject({
      method: 'POST',
      url: '/assistant',
      headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `question=${encodeURIComponent('低保怎么申请')}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('为您找到以下答案');
    expect(res.body).toContain('<p>需提交户口簿、身份证和收入证明。</p>');
    expect(res.body).toContain(`href="${policyHref}"`);
    const entry = await t.app.inject({ url: `/assistant/entries/${dibao.id}`, headers: host });
    expect(entry.body).toContain('向户籍所在地街道提出书面申请。');
  });

  it('does not call a partly matching entry the answer (issue 17: no 暂未找到 followed by an answer)', async () => {
    const api = await t.services.assistant.ask(w.siteId, '低保和独生子女证补办', { queue: false });
    expect(api.answered).toBe(false);
    expect(api.answers.length).toBeGreaterThan(0);
    const res = await t.app.inject({
      method: 'POST',
      url: '/assistant',
      headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `question=${encodeURIComponent('低保和独生子女证补办')}`,
    });
    expect(res.body).toContain('暂未找到确切答案');
    expect(res.body).toContain('以下问答可能与您的问题相关');
    expect(res.body).not.toContain('为您找到以下答案');
    expect(res.body).not.toContain('<p>需提交户口簿、身份证和收入证明。</p>');
  });

  it('explains a question that is too short', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/assistant',
      headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'question=a',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('请输入 2 至 200 个字的问题');
  });
});
