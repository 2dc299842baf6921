import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';
import { multipart } from './helpers/multipart.js';

/**
 * The writer's side of 互动交流 on the portal (issue 15 §1, §5): no account, no JavaScript, plain
 * Chinese at each field, nothing written when anything is wrong, and nothing about the writer on
 * any public page.
 */
let t: TestApp;
let w: World;
let admin: Session;
let office: Session;
let boxId: string;
const host = { host: 'site-3205080001.test' };
const NAME = '赵晓燕';
const PHONE = '13711112222';
const DIGITS = '零一二三四五六七八九';

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin({ GONGKAI_PUBLIC_FORMS_PER_MINUTE: '50' }));
  await createUser(t.services, 'office', [{ siteId: w.siteId, role: 'message_handler', departmentId: null }]);
  // The test clock starts on Monday 2 March 2026, 10:00 in Beijing.
  office = await signIn(t.app, 'office');
  const box = { name: '区长信箱', kind: null, answerWorkdays: 5, publishAnswers: true, departmentId: null };
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/mailboxes?siteId=${w.siteId}`,
    headers: admin.headers,
    payload: box,
  });
  boxId = res.json<{ id: string }>().id;
});
afterAll(() => t.close());

/** Opens the form and answers its question the way a person would, a few seconds later. */
async function openForm() {
  const page = (await t.app.inject({ url: `/messages/write?box=${boxId}`, headers: host })).body;
  const token = /name="token" value="([^"]+)"/.exec(page)![1]!;
  const [, a, b] = /验证问题：(.)加(.)等于几/.exec(page)!;
  t.clock.set(new Date(t.clock.now().getTime() + 5_000));
  return { page, token, answer: String(DIGITS.indexOf(a!) + DIGITS.indexOf(b!)) };
}

const fields = (over: Record<string, string> = {}) => ({
  mailboxId: boxId,
  kind: 'complaint',
  subject: '小区门口路灯不亮',
  body: `我叫${NAME}，住在十全街88号，门口路灯坏了两周，请修复。电话${PHONE}`,
  name: NAME,
  phone: PHONE,
  email: '',
  address: '',
  consent: 'yes',
  ...over,
});

async function post(url: string, form: Record<string, string>) {
  const { payload, headers } = multipart(form);
  return t.app.inject({ method: 'POST', url, headers: { ...host, ...headers }, payload });
}
const postForm = (url: string, form: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(form).toString(),
  });
/** The message shown right at a field, by its form name. */
const errorAt = (body: string, field: string) => new RegExp(`id="e-${field}">([^<]*)<`).exec(body)?.[1];

describe('writing a message', () => {
  it('is offered from the 互动交流 entry in every page’s navigation', async () => {
    const home = (await t.app.inject({ url: '/', headers: host })).body;
    expect(home).toContain('<a href="/messages">互动交流</a>');
    const landing = await t.app.inject({ url: '/messages', headers: host });
    expect(landing.statusCode).toBe(200);
    expect(landing.body).toContain(`/messages/write?box=${boxId}`);
    expect(landing.body).toContain('一般在 5 个工作日内答复');
  });

  it('takes a report of a mistake on the site from every page’s footer to the 网站纠错 box, answered in 3 working days', async () => {
    const home = (await t.app.inject({ url: '/', headers: host })).body;
    expect(home).toContain('<a href="/messages/correction">我要纠错</a>');
    const box = (await t.services.mailboxes.list(w.siteId)).find((b) => b.name === '网站纠错');
    expect(box).toMatchObject({ answerWorkdays: 3, publishAnswers: false });
    const go = await t.app.inject({ url: '/messages/correction', headers: host });
    expect(go.headers.location).toBe(`/messages/write?box=${box?.id}`);
    const form = (await t.app.inject({ url: go.headers.location as string, headers: host })).body;
    expect(form).toContain('网站纠错');
  });

  it('refuses an empty form with a plain message at each field, and writes nothing', async () => {
    const { token } = await openForm();
    const res = await post('/messages/write', { mailboxId: boxId, token, answer: '' });
    expect(res.statusCode).toBe(400);
    expect(errorAt(res.body, 'kind')).toBe('请选择留言类别');
    expect(errorAt(res.body, 'subject')).toBe('请填写标题');
    expect(errorAt(res.body, 'body')).toBe('请填写留言内容');
    expect(errorAt(res.body, 'name')).toBe('请填写姓名');
    expect(errorAt(res.body, 'phone')).toBe('请填写联系电话，工作人员办理时可能需要联系您');
    expect(errorAt(res.body, 'consent')).toBe('请选择是否同意公开您的留言和答复');
    expect(errorAt(res.body, 'answer')).toBe('请填写验证问题的答案（阿拉伯数字）');
    // The field says what is wrong with it to a screen reader too.
    expect(res.body).toMatch(/id="f-subject"[^>]*aria-describedby="[^"]*e-subject/);
    expect(res.body).toContain('aria-invalid="true"');
    expect(await count(t.database, 'messages')).toBe(0);
  });

  it('keeps what was typed and names what is wrong in plain words', async () => {
    const { token, answer } = await openForm();
    const res = await post('/messages/write', {
      ...fields({ phone: '138-abc', email: 'zhang@', subject: '长'.repeat(101) }),
      token,
      answer,
    });
    expect(res.statusCode).toBe(400);
    expect(errorAt(res.body, 'phone')).toBe('联系电话只能填写数字，例如 13812345678 或 0512-65123456');
    expect(errorAt(res.body, 'email')).toBe('电子邮箱的格式不对，例如 zhangsan@163.com');
    expect(errorAt(res.body, 'subject')).toBe('标题请不要超过 100 个字（现在是 101 个字）');
    expect(res.body).toContain('value="138-abc"');
    expect(await count(t.database, 'messages')).toBe(0);
  });

  it('refuses a wrong answer, a form sent faster than a person can, and a filled-in hidden field', async () => {
    let { token, answer } = await openForm();
    const wrong = await post('/messages/write', { ...fields(), token, answer: String(Number(answer) + 1) });
    expect(errorAt(wrong.body, 'answer')).toBe('答案不对，请重新计算后填写阿拉伯数字');
    ({ token, answer } = await openForm());
    // The clock has moved 5 s on since the form was drawn; a script posts before 2 s.
    const page = (await t.app.inject({ url: `/messages/write?box=${boxId}`, headers: host })).body;
    const fresh = /name="token" value="([^"]+)"/.exec(page)![1]!;
    const [, a, b] = /验证问题：(.)加(.)等于几/.exec(page)!;
    const fast = await post('/messages/write', {
      ...fields(),
      token: fresh,
      answer: String(DIGITS.indexOf(a!) + DIGITS.indexOf(b!)),
    });
    expect(errorAt(fast.body, 'answer')).toBe('提交太快了，请核对内容后再提交');
    const bot = await post('/messages/write', { ...fields(), token, answer, homepage: 'http://spam.example' });
    expect(bot.statusCode).toBe(400);
    expect(await count(t.database, 'messages')).toBe(0);
  });

  it('takes full-width digits as typed on a Chinese keyboard', async () => {
    const { token, answer } = await openForm();
    const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const res = await post('/messages/write', {
      ...fields({ phone: fullWidth(PHONE) }),
      token,
      answer: fullWidth(answer),
    });
    expect(res.statusCode, errorAt(res.body, 'answer') ?? errorAt(res.body, 'phone')).toBe(201);
    expect(await count(t.database, 'messages')).toBe(1);
  });
});

describe('following a message and rating the answer', () => {
  let trackingNo: string;
  let queryCode: string;
  let id: string;

  it('gives a tracking number and a query code shown once', async () => {
    const { token, answer } = await openForm();
    const res = await post('/messages/write', { ...fields(), token, answer });
    expect(res.statusCode).toBe(201);
    trackingNo = /<th scope="row">留言编号<\/th><td>([^<]+)</.exec(res.body)![1]!;
    queryCode = /<th scope="row">查询码<\/th><td>([^<]+)</.exec(res.body)![1]!;
    expect(trackingNo).toMatch(/^LY2026-\d{5}$/);
    // Received Monday 2 March: five working days end on Monday 9 March.
    expect(res.body).toContain('2026-03-09 前');
    const wrong = await postForm('/messages/status', { trackingNo, queryCode: 'WRONG1' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('留言编号或查询码不正确');
    const status = await postForm('/messages/status', { trackingNo, queryCode });
    expect(status.body).toContain('已收到，待受理');
  });

  it('shows the answer once the office approved it, and takes the rating', async () => {
    const list = await t.app.inject({ url: `/api/v1/messages?siteId=${w.siteId}`, headers: office.headers });
    id = list
      .json<{ items: { id: string; trackingNo: string }[] }>()
      .items.find((m) => m.trackingNo === trackingNo)!.id;
    for (const step of [
      { type: 'accepted' },
      { type: 'assigned', departmentId: w.deptA },
      { type: 'answer_submitted', reply: `经核查，路灯已于3月4日修复。联系人${NAME}已知悉。` },
      { type: 'answer_approved' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/messages/${id}/events`,
        headers: office.headers,
        payload: step,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const status = await postForm('/messages/status', { trackingNo, queryCode });
    expect(status.body).toContain('经核查，路灯已于3月4日修复');
    expect(status.body).toContain('您对答复是否满意');
    const unrated = await postForm('/messages/rate', { trackingNo, queryCode, note: '' });
    expect(unrated.statusCode).toBe(400);
    expect(errorAt(unrated.body, 'rating')).toBe('请选择“满意”“基本满意”或“不满意”后再提交');
    const rated = await postForm('/messages/rate', { trackingNo, queryCode, rating: 'dissatisfied', note: '还不亮' });
    expect(rated.statusCode).toBe(200);
    expect(rated.body).toContain('不满意');
    expect(rated.body).toContain('已重新交办');
    expect(rated.body).not.toContain('您对答复是否满意');
  });

  it('publishes the answer masked, and the writer appears on no public page', async () => {
    const draft = await t.app.inject({ url: `/api/v1/messages/${id}/publication-draft`, headers: office.headers });
    const published = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/messages/${id}/publication`,
      headers: office.headers,
      payload: draft.json(),
    });
    expect(published.statusCode, published.body).toBe(200);
    const one = await t.app.inject({ url: `/messages/answers/${trackingNo}`, headers: host });
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain('经核查，路灯已于3月4日修复');
    expect(one.body).toContain('甲局');
    for (const url of [
      '/messages',
      '/messages/answers',
      `/messages/answers/${trackingNo}`,
      '/sitemap.xml',
      '/search?q=路灯',
    ])
      for (const secret of [NAME, PHONE]) {
        const body = (await t.app.inject({ url, headers: host })).body;
        expect(body, `${url} shows ${secret}`).not.toContain(secret);
      }
    expect((await t.app.inject({ url: '/messages/answers', headers: host })).body).toContain(
      `/messages/answers/${trackingNo}`,
    );
  });

  it('counts the month on the statistics page', async () => {
    const res = await t.app.inject({ url: '/messages/statistics', headers: host });
    // March 2026: two received, one valid answered in time, one rated (不满意).
    const row = /<th scope="row">2026-03<\/th>((?:<td>[^<]*<\/td>)+)/.exec(res.body)![1]!;
    const cells = [...row.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['2', '2', '1', '1', '100.0%', '1', '0.0%']);
  });
});

describe('attachments', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  const send = async (files: { name: string; bytes: Buffer }[]) => {
    const { token, answer } = await openForm();
    const { payload, headers } = multipart(
      { ...fields({ subject: '路面塌陷，附照片' }), token, answer },
      files.map((f) => ({ field: 'attachments', ...f })),
    );
    return t.app.inject({ method: 'POST', url: '/messages/write', headers: { ...host, ...headers }, payload });
  };

  it('refuses a file that is not a picture or a paper, one whose name lies, and too many, at the field', async () => {
    const before = await count(t.database, 'messages');
    const exe = await send([{ name: '照片.exe', bytes: Buffer.from('MZ\x90\x00 not a picture') }]);
    expect(exe.statusCode).toBe(400);
    expect(errorAt(exe.body, 'attachments')).toBe('附件“照片.exe”不是图片、PDF 或 Office 文件');
    const lying = await send([{ name: '照片.pdf', bytes: PNG }]);
    expect(errorAt(lying.body, 'attachments')).toBe('附件“照片.pdf”的扩展名与内容（PNG）不符');
    const many = await send([1, 2, 3, 4].map((i) => ({ name: `${i}.png`, bytes: PNG })));
    expect(errorAt(many.body, 'attachments')).toBe('最多上传 3 个附件');
    // What was typed is kept; only the files must be chosen again.
    expect(many.body).toContain('value="赵晓燕"');
    expect(await count(t.database, 'messages')).toBe(before);
    expect(await count(t.database, 'message_attachments')).toBe(0);
  });

  it('keeps the files for those handling the message, and for nobody else', async () => {
    const res = await send([
      { name: '现场.png', bytes: PNG },
      { name: '告知书', bytes: PDF },
    ]);
    expect(res.statusCode).toBe(201);
    const trackingNo = /<th scope="row">留言编号<\/th><td>([^<]+)</.exec(res.body)![1]!;
    const list = await t.app.inject({ url: `/api/v1/messages?siteId=${w.siteId}`, headers: office.headers });
    const id = list
      .json<{ items: { id: string; trackingNo: string }[] }>()
      .items.find((m) => m.trackingNo === trackingNo)!.id;
    const detail = await t.app.inject({ url: `/api/v1/messages/${id}`, headers: office.headers });
    const attachments = detail.json<{ attachments: { id: string; name: string; mime: string }[] }>().attachments;
    expect(attachments.map((a) => [a.name, a.mime])).toEqual([
      ['现场.png', 'image/png'],
      ['告知书.pdf', 'application/pdf'],
    ]);
    const file = await t.app.inject({
      url: `/api/v1/messages/${id}/attachments/${attachments[0]!.id}`,
      headers: office.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect(file.headers['cache-control']).toBe('no-store');
    // An auditor reads the message masked and sees no files.
    await createUser(t.services, 'auditor', [{ siteId: w.siteId, role: 'auditor', departmentId: null }]);
    const auditor = await signIn(t.app, 'auditor');
    const masked = await t.app.inject({ url: `/api/v1/messages/${id}`, headers: auditor.headers });
    expect(masked.json<{ attachments: unknown[] }>().attachments).toEqual([]);
    const refused = await t.app.inject({
      url: `/api/v1/messages/${id}/attachments/${attachments[0]!.id}`,
      headers: auditor.headers,
    });
    expect(refused.statusCode).toBe(403);
    const anonymous = await t.app.inject({ url: `/api/v1/messages/${id}/attachments/${attachments[0]!.id}` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('abuse', () => {
  it('refuses writing beyond the rate limit of the address', async () => {
    const limited = await testAppWithAdmin({ GONGKAI_PUBLIC_FORMS_PER_MINUTE: '2' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const { payload, headers } = multipart({ mailboxId: 'none' });
        codes.push(
          (
            await limited.t.app.inject({
              method: 'POST',
              url: '/messages/write',
              headers: { ...host, ...headers },
              payload,
            })
          ).statusCode,
        );
      }
      expect(codes).toEqual([400, 400, 429]);
    } finally {
      await limited.t.close();
    }
  });
});
