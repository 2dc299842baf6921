import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { count, createUser, signIn, testAppWithAdmin, type TestApp, type World } from './helpers/app.js';
import { multipart } from './helpers/multipart.js';

/** The applicant's side of 依申请公开 on the portal (issue 4 §1): no account, no JavaScript. */
let t: TestApp;
let w: World;
const host = { host: 'site-3205080001.test' };
const PHONE = '13800001111';
const ID_NUMBER = '320508198805050013';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  ({ t, w } = await testAppWithAdmin({ GONGKAI_PUBLIC_FORMS_PER_MINUTE: '50' }));
});
afterAll(() => t.close());

const form = (over: Record<string, string> = {}) => ({
  departmentId: w.deptA,
  applicantKind: 'person',
  name: '李某',
  idType: '居民身份证',
  idNumber: ID_NUMBER,
  phone: PHONE,
  email: 'li@example.com',
  address: '苏州市姑苏区十全街 8 号',
  infoTitle: '2025年十全街改造工程的验收报告',
  infoDocNo: '',
  infoDescription: '',
  deliveryForm: 'email',
  deliveryMethod: 'email',
  ...over,
});

function apply(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const { payload, headers } = multipart(fields, file && { field: 'idProof', ...file });
  return t.app.inject({ method: 'POST', url: '/requests/apply', headers: { ...host, ...headers }, payload });
}

describe('applying on the portal', () => {
  it('shows a labelled form that works without JavaScript', async () => {
    const res = await t.app.inject({ url: '/requests/apply', headers: host });
    expect(res.statusCode).toBe(200);
    for (const label of [
      '申请人类型',
      '姓名或名称',
      '证件号码或统一社会信用代码',
      '联系电话',
      '所需信息的名称',
      '提供方式',
      '获取方式',
      '申请减免信息处理费',
    ])
      expect(res.body).toContain(label);
    expect(res.body).toContain('enctype="multipart/form-data"');
  });

  it('accepts an application with an ID scan and answers with a tracking number, query code and due date', async () => {
    t.clock.set(new Date('2026-03-02T02:00:00.000Z'));
    const res = await apply(form(), { name: 'id.png', bytes: PNG });
    expect(res.statusCode, res.body).toBe(201);
    const trackingNo = /申请编号<\/th><td>(YSQ2026-\d{5})</.exec(res.body)?.[1];
    const queryCode = /查询码<\/th><td>([2-9A-Z]{8})</.exec(res.body)?.[1];
    expect(trackingNo).toBeDefined();
    expect(queryCode).toBeDefined();
    // Received online on Monday 2 March 2026: due 20 working days later.
    expect(res.body).toContain('<td>2026-03-30</td>');
    const row = await t.database.db
      .selectFrom('disclosure_requests')
      .select(['channel', 'received_on', 'id_proof_mime'])
      .where('tracking_no', '=', trackingNo ?? '')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: 'online', received_on: '2026-03-02', id_proof_mime: 'image/png' });

    // Staff handling the case see the scan; nobody else does.
    await createUser(t.services, 'handler-scan', [
      { siteId: w.siteId, role: 'request_handler', departmentId: w.deptA },
    ]);
    await createUser(t.services, 'handler-other', [
      { siteId: w.siteId, role: 'request_handler', departmentId: w.deptB },
    ]);
    const id = (
      await t.database.db
        .selectFrom('disclosure_requests')
        .select('id')
        .where('tracking_no', '=', trackingNo ?? '')
        .executeTakeFirstOrThrow()
    ).id;
    const scan = await t.app.inject({
      url: `/api/v1/requests/${id}/id-proof`,
      headers: (await signIn(t.app, 'handler-scan')).headers,
    });
    expect(scan.statusCode).toBe(200);
    expect(scan.headers['content-type']).toBe('image/png');
    expect(scan.headers['cache-control']).toBe('no-store');
    expect(scan.rawPayload.equals(PNG)).toBe(true);
    const other = await t.app.inject({
      url: `/api/v1/requests/${id}/id-proof`,
      headers: (await signIn(t.app, 'handler-other')).headers,
    });
    expect(other.statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/requests/${id}/id-proof` })).statusCode).toBe(401);

    // The applicant follows it without signing in; nothing personal is shown.
    const lookup = await t.app.inject({
      method: 'POST',
      url: '/requests/status',
      headers: host,
      payload: { trackingNo: trackingNo ?? '', queryCode: queryCode ?? '' },
    });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.body).toContain('办理中');
    expect(lookup.body).toContain('2026-03-30');
    expect(lookup.body).toContain('收到申请');
    for (const secret of [PHONE, ID_NUMBER, '李某', 'li@example.com', '十全街 8 号'])
      expect(lookup.body).not.toContain(secret);

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/requests/status',
      headers: host,
      payload: { trackingNo: trackingNo ?? '', queryCode: 'AAAAAAAA' },
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('申请编号或查询码不正确');
  });

  it('shows the reply once staff record it', async () => {
    t.clock.set(new Date('2026-03-02T02:00:00.000Z'));
    const res = await apply(form({ infoTitle: '平江路立面整治方案' }));
    const trackingNo = /申请编号<\/th><td>(YSQ2026-\d{5})</.exec(res.body)?.[1] ?? '';
    const queryCode = /查询码<\/th><td>([2-9A-Z]{8})</.exec(res.body)?.[1] ?? '';
    await createUser(t.services, 'handler-portal', [
      { siteId: w.siteId, role: 'request_handler', departmentId: w.deptA },
    ]);
    const handler = await signIn(t.app, 'handler-portal');
    const id = (
      await t.database.db
        .selectFrom('disclosure_requests')
        .select('id')
        .where('tracking_no', '=', trackingNo)
        .executeTakeFirstOrThrow()
    ).id;
    const replied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/requests/${id}/events`,
      headers: handler.headers,
      payload: { type: 'replied', on: '2026-03-02', outcome: 'disclosed' },
    });
    expect(replied.statusCode, replied.body).toBe(200);
    const lookup = await t.app.inject({
      method: 'POST',
      url: '/requests/status',
      headers: host,
      payload: { trackingNo, queryCode },
    });
    expect(lookup.body).toContain('已答复');
    expect(lookup.body).toContain('作出答复：（一）予以公开');
  });

  it('refuses a bad submission with the reasons, keeping what was typed, and writes nothing', async () => {
    const before = await count(t.database, 'disclosure_requests');
    const missing = await apply(form({ infoTitle: '', phone: '' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('申请未提交');
    expect(missing.body).toContain('所需信息的名称');
    expect(missing.body).toContain(`value="${ID_NUMBER}"`);
    // Said once, in plain words, next to the field, and listed at the top with a link to it (issue 17 §4).
    expect(missing.body).toContain('id="e-phone">请填写联系电话，以便我们联系您<');
    expect(missing.body).toContain('<a href="#f-phone">联系电话：请填写联系电话，以便我们联系您</a>');
    expect(missing.body.split('请写明需要公开的信息，如文件的标题').length - 1).toBe(2);
    expect(missing.body).not.toMatch(/应当|必需属性|匹配模式/);
    const wrongId = await apply(form({ idNumber: '320508198805050011', deliveryMethod: 'post', address: '' }));
    expect(wrongId.body).toContain('id="e-idNumber">身份证号码不正确，请核对（18 位，最后一位可能是 X）<');
    expect(wrongId.body).toContain('id="e-address">选择邮寄或快递时，请填写通信地址<');
    const badFile = await apply(form(), { name: 'id.png', bytes: Buffer.from('#!/bin/sh\necho not an image\n') });
    expect(badFile.statusCode).toBe(400);
    expect(badFile.body).toContain('只能上传 PNG、JPEG、GIF 图片或 PDF 文件');
    const tooBig = await apply(form(), { name: 'id.png', bytes: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]) });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.body).toContain('文件超过 5 MB');
    const organisation = await apply(form({ applicantKind: 'organisation' }));
    expect(organisation.body).toContain('id="e-organisationKind">请选择组织类别<');
    expect(await count(t.database, 'disclosure_requests')).toBe(before);
  });

  it('reads its fields through the same normaliser as every input (issue 13 §5, §9)', async () => {
    const before = await count(t.database, 'disclosure_requests');
    const nul = await apply(form({ infoTitle: '验收\u0000报告' }));
    expect(nul.statusCode).toBe(400);
    expect(nul.body).toContain('所需信息的名称：含有不可见的控制字符');
    expect(await count(t.database, 'disclosure_requests')).toBe(before);
    const hidden = await apply(form({ name: '李\u202E某\u200B', infoTitle: '十全街\u2066改造方案' }));
    expect(hidden.statusCode).toBe(201);
    const stored = await t.database.db
      .selectFrom('disclosure_requests')
      .select(['applicant_name', 'info_title'])
      .where('info_title', 'like', '十全街%改造方案')
      .execute();
    expect(stored).toEqual([{ applicant_name: '李某', info_title: '十全街改造方案' }]);
  });

  it('never puts an applicant on a public page, feed or sitemap', async () => {
    const pages = ['/', '/catalogue', '/sitemap.xml', '/requests/apply', '/requests/status'];
    for (const url of pages) {
      const body = (await t.app.inject({ url, headers: host })).body;
      for (const secret of [PHONE, ID_NUMBER, '李某']) expect(body, url).not.toContain(secret);
    }
  });
});

describe('abuse', () => {
  it('limits submissions from one address, counted across instances (issue 13 §8)', async () => {
    const limited = await testAppWithAdmin({ GONGKAI_PUBLIC_FORMS_PER_MINUTE: '2' });
    // A second instance on the same database: together they let no more through than one would.
    const { app: other } = await buildApp(limited.t.config, { database: limited.t.database, clock: limited.t.clock });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const { payload, headers } = multipart(form({ departmentId: '', infoTitle: `第${i}次` }));
        const res = await (i === 1 ? other : limited.t.app).inject({
          method: 'POST',
          url: '/requests/apply',
          headers: { ...host, ...headers },
          payload,
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([201, 201, 429]);
      // A minute later the address may write again.
      limited.t.clock.advanceMinutes(1);
      const { payload, headers } = multipart(form({ departmentId: '', infoTitle: '一分钟后' }));
      const later = await other.inject({
        method: 'POST',
        url: '/requests/apply',
        headers: { ...host, ...headers },
        payload,
      });
      expect(later.statusCode).toBe(201);
    } finally {
      await other.close();
      await limited.t.close();
    }
  });
});
