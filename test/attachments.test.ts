import { multipart } from './helpers/multipart.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import {
  count,
  createUser,
  signIn,
  testApp,
  type Session,
  type TestApp,
  createWorld,
  type World,
} from './helpers/app.js';

/** Attachments (issue 3 §2): PDF, Office files and images, size-limited, type told by content. */
let t: TestApp;
let w: World;
let editor: Session;
let documentId = '';
const host = { host: 'site-3205080001.test' };
const actor = systemActor('测试');

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function upload(name: string, bytes: Buffer, app = t.app, session = editor) {
  const { payload, headers } = multipart({}, { field: 'file', name, bytes });
  return app.inject({
    method: 'POST',
    url: `/api/v1/documents/${documentId}/attachments`,
    headers: { ...session.headers, ...headers },
    payload,
  });
}

beforeAll(async () => {
  t = await testApp({ GONGKAI_MAX_ATTACHMENT_MB: '1' });
  w = await createWorld(t.services);
  await createUser(t.services, 'editor-a', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA }]);
  editor = await signIn(t.app, 'editor-a');
  const news = (await t.services.columns.list(w.siteId)).find((c) => c.code === 'news')?.id ?? '';
  const doc = await t.services.documents.create(actor, w.siteId, w.deptA, {
    title: '关于公布2026年行政事业性收费目录的通知',
    docNo: '',
    writtenOn: '2026-03-01',
    subject: '财政',
    keywords: [],
    disclosure: 'proactive',
    validity: 'effective',
    replacedById: null,
    interpretsId: null,
    documentKind: null,
    summary: '',
    bodyHtml: '<p>详见附件。</p>',
    source: '',
    columnIds: [news],
  });
  documentId = doc.id;
});
afterAll(() => t.close());

describe('uploading', () => {
  it('accepts a PDF and an image, named as uploaded without any path', async () => {
    const pdf = await upload('..\\..\\收费目录.pdf', PDF);
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ name: '收费目录.pdf', mime: 'application/pdf', size: PDF.length });
    const png = await upload('示意图.png', PNG);
    expect(png.json()).toMatchObject({ mime: 'image/png' });
    const list = await t.app.inject({ url: `/api/v1/documents/${documentId}/attachments`, headers: editor.headers });
    expect(list.json().items).toHaveLength(2);
  });

  it('refuses a file whose content is not an allowed type, whatever its name, and writes nothing', async () => {
    const before = await count(t.database, 'audit_log');
    const fake = await upload('通知.pdf', Buffer.from('<script>alert(1)</script> 这不是 PDF'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('ATTACHMENT_TYPE');
    expect(await count(t.database, 'audit_log')).toBe(before);
  });

  it('keeps a name that says what the file is: invisible characters removed, the extension agreeing with the content (issue 13 §9)', async () => {
    const before = await count(t.database, 'attachments');
    for (const name of ['invoice\u202Efdp.exe', '通知.exe', '收费目录.docx', '示意图.png']) {
      const res = await upload(name, PDF);
      expect(res.statusCode, name).toBe(415);
      expect(res.json().error).toMatchObject({ code: 'ATTACHMENT_NAME_TYPE', message: expect.stringContaining('PDF') });
    }
    expect(await count(t.database, 'attachments')).toBe(before);
    const hidden = await upload('发\u200B文\u2066通知.PDF', PDF);
    expect(hidden.json()).toMatchObject({ name: '发文通知.PDF' });
    const bare = await upload('收费目录（2026.3）', PDF);
    expect(bare.json()).toMatchObject({ name: '收费目录（2026.3）.pdf' });
    for (const r of [hidden, bare])
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/documents/${documentId}/attachments/${r.json<{ id: string }>().id}`,
        headers: editor.headers,
      });
  });

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload('大文件.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toMatch(/PAYLOAD_TOO_LARGE|ATTACHMENT_TOO_LARGE/);
  });
});

describe('on the portal', () => {
  it('are listed and downloadable only while the document is public', async () => {
    const hidden = (
      await t.app.inject({ url: `/api/v1/documents/${documentId}/attachments`, headers: editor.headers })
    ).json().items[0];
    expect((await t.app.inject({ url: hidden.url, headers: host })).statusCode).toBe(404);

    await t.services.documents.submit(actor, documentId);
    await t.services.documents.review(actor, documentId, { approve: true, confidentialityReviewed: true, note: '' });
    await t.services.documents.publish(actor, documentId);
    const moved = await t.app.inject({ url: `/documents/${documentId}`, headers: host });
    const page = (await t.app.inject({ url: moved.headers.location as string, headers: host })).body;
    expect(page).toContain('收费目录.pdf');
    const download = await t.app.inject({ url: hidden.url, headers: host });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(download.rawPayload.equals(PDF)).toBe(true);

    await t.services.documents.withdraw(actor, documentId, '测试撤回');
    expect((await t.app.inject({ url: hidden.url, headers: host })).statusCode).toBe(404);
  });
});
