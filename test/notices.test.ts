import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';

/** 依申请公开 notices (issue 4 §6): DOCX from editable, versioned templates, with the case's data. */
let t: TestApp;
let w: World;
let office: Session;
let handlerB: Session;
let caseId = '';

async function text(res: { rawPayload: Buffer }): Promise<string> {
  const zip = await JSZip.loadAsync(res.rawPayload);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

beforeAll(async () => {
  ({ t, w } = await testAppWithAdmin());
  t.clock.set(new Date('2026-03-20T02:00:00.000Z'));
  await createUser(t.services, 'notices-office', [{ siteId: w.siteId, role: 'request_handler', departmentId: null }]);
  await createUser(t.services, 'notices-b', [{ siteId: w.siteId, role: 'request_handler', departmentId: w.deptB }]);
  office = await signIn(t.app, 'notices-office');
  handlerB = await signIn(t.app, 'notices-b');
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/requests?siteId=${w.siteId}`,
    headers: office.headers,
    payload: {
      departmentId: w.deptA,
      channel: 'in_person',
      receivedOn: '2026-03-02',
      applicant: { kind: 'person', name: '孙某', idNumber: '320508199912120044', phone: '13600003333' },
      infoTitle: '城中村改造征收补偿方案',
      deliveryForm: 'paper',
      deliveryMethod: 'pickup',
    },
  });
  caseId = res.json<{ id: string }>().id;
});
afterAll(() => t.close());

const notice = (kind: string, session = office) =>
  t.app.inject({ url: `/api/v1/requests/${caseId}/notices/${kind}`, headers: session.headers });

describe('notices', () => {
  it('fills the acceptance receipt with the case’s data as a Word document', async () => {
    const res = await notice('acceptance');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const body = await text(res);
    for (const s of [
      '政府信息公开申请受理回执',
      '孙某',
      '2026年3月2日',
      '城中村改造征收补偿方案',
      '2026年3月30日',
      '甲局',
    ])
      expect(body).toContain(s);
    expect(body).not.toContain('{');
  });

  it('refuses a notice the record does not support yet', async () => {
    expect((await notice('extension')).json<{ error: { code: string } }>().error.code).toBe('NOTICE_NOT_APPLICABLE');
    expect((await notice('reply')).statusCode).toBe(409);
    expect((await notice('nonsense')).statusCode).toBe(404);
    expect((await notice('acceptance', handlerB)).statusCode).toBe(404);
  });

  it('writes a refusal with its legal basis and says review comes before a lawsuit (行政复议法 Art. 23)', async () => {
    const replied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/requests/${caseId}/events`,
      headers: office.headers,
      payload: { type: 'replied', on: '2026-03-20', outcome: 'withheld_process_info', note: '该方案尚在讨论中。' },
    });
    expect(replied.statusCode, replied.body).toBe(200);
    const body = await text(await notice('reply'));
    expect(body).toContain('政府信息不予公开告知书');
    expect(body).toContain('属于四类过程性信息');
    expect(body).toContain('第十六条第二款');
    expect(body).toContain('该方案尚在讨论中。');
    expect(body).toContain('《中华人民共和国行政复议法》第二十三条');
    expect(body).toContain('应当先自收到本告知书之日起六十日内向测试区人民政府申请行政复议');
  });

  it('lets the office edit a template as a new version, refusing unknown placeholders', async () => {
    const put = (payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/notice-templates/acceptance?siteId=${w.siteId}`,
        headers: office.headers,
        payload,
      });
    const bad = await put({ title: '受理回执', body: '{申请人}：您的{身份证号}已收到。' });
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('{身份证号}');
    const saved = await put({ title: '受理回执', body: '{申请人}：申请 {申请编号} 已于{收到日期}收到。' });
    expect(saved.json()).toMatchObject({ kind: 'acceptance', version: 1 });
    await put({ title: '受理回执（修订）', body: '{申请人}：申请 {申请编号} 已收到，将于{答复期限}前答复。' });
    const versions = await t.app.inject({
      url: `/api/v1/notice-templates/acceptance/versions?siteId=${w.siteId}`,
      headers: office.headers,
    });
    expect(versions.json<{ items: { version: number }[] }>().items.map((v) => v.version)).toEqual([2, 1]);
    const body = await text(await notice('acceptance'));
    expect(body).toContain('受理回执（修订）');
    expect(body).toContain('将于2026年3月30日前答复');
    // A department's handler may not change the office's templates.
    const denied = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/notice-templates/acceptance?siteId=${w.siteId}`,
      headers: handlerB.headers,
      payload: { title: 'x', body: 'y' },
    });
    expect(denied.statusCode).toBe(403);
  });
});
