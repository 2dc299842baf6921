import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHref } from '../src/modules/documents/documents.paths.js';
import { systemActor } from '../src/platform/auth/actor.js';
import {
  count,
  createUser,
  createWorld,
  signIn,
  testApp,
  type Session,
  type TestApp,
  type World,
} from './helpers/app.js';
import { documentContent } from './helpers/documents.js';

/**
 * 一稿多发 (issue 18 §6): a document published on one site of the platform is published on another
 * too, with that site's own 索引号, publisher and columns; the copy follows the source when it is
 * republished or withdrawn, and only someone who may publish on the other site can put it there.
 */
let t: TestApp;
let city: World;
let district: World;
let both: Session;
let cityOnly: Session;
let sourceId: string;
let districtNews: string;
const actor = systemActor('测试');
const districtHost = { host: 'site-3205080002.test' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

async function publishedDocument(world: World, title: string): Promise<string> {
  const news = (await t.services.columns.list(world.siteId)).find((c) => c.code === 'news')!.id;
  const doc = await t.services.documents.create(
    actor,
    world.siteId,
    world.deptA,
    documentContent({ title, writtenOn: '2026-11-20', columnIds: [news], bodyHtml: '<p>全市统一部署。</p>' }),
  );
  await t.services.documents.submit(actor, doc.id);
  await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
  await t.services.documents.publish(actor, doc.id);
  return doc.id;
}

const syndicate = (session: Session, id: string, targets: object[]) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/documents/${id}/syndications`,
    headers: session.headers,
    payload: { targets },
  });

const toDistrict = () => [{ siteId: district.siteId, departmentId: district.deptB, columnIds: [districtNews] }];

const copyOf = async (id: string) => (await t.services.documents.syndications(actor, id))[0]!;

beforeAll(async () => {
  t = await testApp();
  city = await createWorld(t.services, '3205080001');
  district = await createWorld(t.services, '3205080002');
  districtNews = (await t.services.columns.list(district.siteId)).find((c) => c.code === 'news')!.id;
  await createUser(t.services, 'both', [
    { siteId: city.siteId, role: 'editor', departmentId: city.deptA },
    { siteId: district.siteId, role: 'editor', departmentId: district.deptB },
  ]);
  await createUser(t.services, 'city-only', [{ siteId: city.siteId, role: 'editor', departmentId: city.deptA }]);
  both = await signIn(t.app, 'both');
  cityOnly = await signIn(t.app, 'city-only');
  // Two earlier publications on the city's site: the source's 索引号 is its third, the copy's the district's first.
  await publishedDocument(city, '早先的通知一');
  await publishedDocument(city, '早先的通知二');
  sourceId = await publishedDocument(city, '关于开展全市政务公开检查的通知');
  await t.services.documents.addAttachment(actor, sourceId, {
    name: '检查表.pdf',
    bytes: PDF,
  });
});
afterAll(() => t.close());

describe('一稿多发: publishing a document on another site too', () => {
  it('is refused to someone who may not publish on that site, and nothing is written', async () => {
    const documents = await count(t.database, 'documents');
    const audit = await count(t.database, 'audit_log');
    const res = await syndicate(cityOnly, sourceId, toDistrict());
    expect(res.statusCode).toBe(403);
    expect(await count(t.database, 'documents')).toBe(documents);
    expect(await count(t.database, 'audit_log')).toBe(audit);
  });

  it('is refused for the document’s own site and for a publisher of another site', async () => {
    const own = await syndicate(both, sourceId, [{ siteId: city.siteId, departmentId: city.deptA, columnIds: [] }]);
    expect(own.statusCode).toBe(400);
    expect(own.json().error.code).toBe('DOCUMENT_SYNDICATION_TARGET_INVALID');
    const foreign = await syndicate(both, sourceId, [
      { siteId: district.siteId, departmentId: city.deptB, columnIds: [districtNews] },
    ]);
    expect(foreign.json().error.code).toBe('DOCUMENT_SYNDICATION_TARGET_INVALID');
  });

  it('publishes a copy there with that site’s own 索引号, publisher, columns and attachments', async () => {
    const res = await syndicate(both, sourceId, toDistrict());
    expect(res.statusCode).toBe(200);
    const [copy] = res.json().items;
    expect(copy).toMatchObject({ siteId: district.siteId, departmentId: district.deptB, status: 'published' });
    expect(copy.indexNo).toMatch(/-00001$/);
    const source = await t.services.documents.get(actor, sourceId);
    expect(source.indexNo).toMatch(/-00003$/);

    const detail = await t.services.documents.get(actor, copy.documentId);
    expect(detail).toMatchObject({ syndicatedFromId: sourceId, columnIds: [districtNews] });
    expect(detail.content.source).toBe('测试区人民政府');
    const page = await t.app.inject({ url: documentHref(detail), headers: districtHost });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('关于开展全市政务公开检查的通知');
    expect(page.body).toContain('检查表.pdf');
    const [attachment] = await t.services.documents.attachments(actor, copy.documentId);
    const file = await t.app.inject({ url: `/attachments/${attachment!.id}/x.pdf`, headers: districtHost });
    expect(file.statusCode).toBe(200);
    expect(file.body.startsWith('%PDF')).toBe(true);
  });

  it('is refused a second time for the same site', async () => {
    const res = await syndicate(both, sourceId, toDistrict());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOCUMENT_ALREADY_SYNDICATED');
  });

  it('keeps the copy’s attachments in step with the source’s; the copy takes no uploads of its own', async () => {
    const copy = await copyOf(sourceId);
    const names = async () => (await t.services.documents.attachments(actor, copy.documentId)).map((a) => a.name);
    const added = await t.services.documents.addAttachment(actor, sourceId, { name: '说明.pdf', bytes: PDF });
    expect((await names()).sort()).toEqual(['检查表.pdf', '说明.pdf']);
    await t.services.documents.removeAttachment(actor, sourceId, added.id);
    expect(await names()).toEqual(['检查表.pdf']);
    await expect(
      t.services.documents.addAttachment(actor, copy.documentId, { name: '另一份.pdf', bytes: PDF }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_SYNDICATED_COPY' });
  });

  it('leaves the copy’s content to the source: editing the copy is refused', async () => {
    const copy = await copyOf(sourceId);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/documents/${copy.documentId}`,
      headers: both.headers,
      payload: documentContent({ title: '改过的标题', columnIds: [districtNews] }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOCUMENT_SYNDICATED_COPY');
  });

  it('republishes the copy when the source publishes a new revision, keeping the copy’s 索引号', async () => {
    const before = await copyOf(sourceId);
    const source = await t.services.documents.get(actor, sourceId);
    await t.services.documents.edit(actor, sourceId, {
      ...source.latest.content,
      title: '关于开展全市政务公开检查的通知（修订）',
    });
    await t.services.documents.submit(actor, sourceId);
    await t.services.documents.review(actor, sourceId, { approve: true, confidentialityReviewed: true, note: '' });
    await t.services.documents.publish(actor, sourceId);
    const copy = await t.services.documents.get(actor, before.documentId);
    expect(copy.content.title).toBe('关于开展全市政务公开检查的通知（修订）');
    expect(copy.indexNo).toBe(before.indexNo);
    expect(copy.latest.number).toBe(2);
    expect(copy.columnIds).toEqual([districtNews]);
  });

  it('lets the other site withdraw its copy alone, and syndicating it again brings it back', async () => {
    const copy = await copyOf(sourceId);
    await t.services.documents.withdraw(actor, copy.documentId, '本站不再转载');
    expect((await t.services.documents.get(actor, sourceId)).status).toBe('published');
    const again = await syndicate(both, sourceId, toDistrict());
    expect(again.statusCode).toBe(200);
    expect(again.json().items[0]).toMatchObject({
      documentId: copy.documentId,
      indexNo: copy.indexNo,
      status: 'published',
    });
  });

  it('withdraws the copy with the source, saying why', async () => {
    const copy = await copyOf(sourceId);
    await t.services.documents.withdraw(actor, sourceId, '检查已结束');
    const withdrawn = await t.services.documents.get(actor, copy.documentId);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: '源信息已撤回：检查已结束' });
    const page = await t.app.inject({ url: documentHref(withdrawn), headers: districtHost });
    expect(page.statusCode).toBe(404);
  });

  it('syndicates a document whose reviewer accepted a finding at the source, and keeps it in step', async () => {
    const news = (await t.services.columns.list(city.siteId)).find((c) => c.code === 'news')!.id;
    const body = '<p>当事人：柏春生，因无证经营被处以罚款。</p>';
    const doc = await t.services.documents.create(
      actor,
      city.siteId,
      city.deptA,
      documentContent({ title: '行政处罚结果公示', writtenOn: '2026-11-20', columnIds: [news], bodyHtml: body }),
    );
    await expect(t.services.documents.submit(actor, doc.id)).rejects.toMatchObject({ status: 409 });
    await t.services.publicationChecks.accept(actor, doc.id, {
      type: 'person_name',
      text: '柏春生',
      basis: 'punishment',
      reason: '行政处罚结果依法公示',
    });
    await t.services.documents.submit(actor, doc.id);
    await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
    await t.services.documents.publish(actor, doc.id);
    const res = await syndicate(both, doc.id, toDistrict());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items[0]).toMatchObject({ status: 'published' });
  });

  it('makes one copy when the same site is chosen twice at once', async () => {
    const id = await publishedDocument(city, '关于开展城市体检工作的通知');
    const results = await Promise.all([syndicate(both, id, toDistrict()), syndicate(both, id, toDistrict())]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await t.services.documents.syndications(actor, id)).toHaveLength(1);
  });

  it('is refused for a document that is not published', async () => {
    const res = await syndicate(both, sourceId, toDistrict());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOCUMENT_STATE');
  });
});
