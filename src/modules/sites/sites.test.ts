import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  createUser,
  createWorld,
  signIn,
  testApp,
  type TestApp,
  type World,
} from '../../../test/helpers/app.js';
import { DEFAULT_INDEX_NO_TEMPLATE, formatIndexNo, indexTemplateProblems } from './index-number.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await testApp();
  w = await createWorld(t.services);
});
afterAll(() => t.close());

const siteBody = (over: Record<string, unknown> = {}) => ({
  name: '示例市人民政府',
  siteCode: '3205000001',
  sponsor: '示例市人民政府办公室',
  orgCode: '11441700007280420Y',
  address: '',
  phone: '',
  email: '',
  icpNo: '',
  policeFilingNo: '',
  indexNoTemplate: DEFAULT_INDEX_NO_TEMPLATE,
  hosts: ['www.example-city.gov.cn'],
  ...over,
});

describe('index-number templates (website.md §4)', () => {
  it('formats the national and the common local layouts', () => {
    expect(
      formatIndexNo('{orgCode}/{yyyy}-{seq:05}', { orgCode: '000014349', deptCode: '', year: 2017, seq: 110 }),
    ).toBe('000014349/2017-00110');
    expect(
      formatIndexNo('{orgCode}/{yyyy}-{seq:05}', { orgCode: '11441700007280420Y', deptCode: '', year: 2021, seq: 50 }),
    ).toBe('11441700007280420Y/2021-00050');
  });

  it('requires a serial and only known placeholders', () => {
    expect(indexTemplateProblems('{orgCode}/{yyyy}')).toHaveLength(1);
    expect(indexTemplateProblems('{orgCode}/{yyyy}-{seq:05}-{unknown}')).toHaveLength(1);
    expect(indexTemplateProblems('{deptCode}-{yyyy}-{seq}')).toEqual([]);
  });
});

describe('sites', () => {
  it('are created by platform administrators only', async () => {
    await createUser(t.services, 'root', [], { admin: true });
    await createUser(t.services, 'site-admin', [{ siteId: w.siteId, role: 'site_admin', departmentId: null }]);
    const siteAdmin = await signIn(t.app, 'site-admin');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sites',
      headers: siteAdmin.headers,
      payload: siteBody(),
    });
    expect(refused.statusCode).toBe(403);

    const root = await signIn(t.app, 'root');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sites',
      headers: root.headers,
      payload: siteBody(),
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ siteCode: '3205000001', hosts: ['www.example-city.gov.cn'] });
  });

  it('are chosen by host name, with each site’s own footer', async () => {
    const page = await t.app.inject({ url: '/', headers: { host: 'www.example-city.gov.cn' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('示例市人民政府');
    expect(page.body).toContain('<meta name="SiteIDCode" content="3205000001"/>');
    const other = await t.app.inject({ url: '/', headers: { host: 'site-3205080001.test' } });
    expect(other.body).toContain('测试区人民政府');
    const unknown = await t.app.inject({ url: '/', headers: { host: 'unknown.example' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('该域名未绑定任何站点');
  });

  it('refuse a duplicate site code or host, an invalid template and an invalid code, writing nothing', async () => {
    const root = await signIn(t.app, 'root');
    const sites = await count(t.database, 'sites');
    const cases: [Record<string, unknown>, string][] = [
      [{ siteCode: '3205080001', hosts: ['new.example'] }, 'SITE_CODE_TAKEN'],
      [{ siteCode: '3205000002', hosts: ['WWW.Example-City.gov.cn'] }, 'SITE_HOST_TAKEN'],
      [{ siteCode: '3205000003', hosts: [], indexNoTemplate: '{yyyy}' }, 'SITE_INVALID'],
      [{ siteCode: '3205000004', hosts: [], orgCode: '11441700007280420X' }, 'SITE_INVALID'],
      [{ siteCode: '320500' }, 'VALIDATION_FAILED'],
    ];
    for (const [over, code] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sites',
        headers: root.headers,
        payload: siteBody(over),
      });
      expect(res.json().error?.code, JSON.stringify(over)).toBe(code);
    }
    expect(await count(t.database, 'sites')).toBe(sites);
  });

  it('are retired by platform administrators with a notice every portal page then shows (410), and reinstated', async () => {
    const site = (await t.services.sites.forHost('www.example-city.gov.cn'))!;
    const siteAdmin = await signIn(t.app, 'site-admin');
    const root = await signIn(t.app, 'root');
    const retire = (headers: Record<string, string>, notice: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/sites/${site.id}/retire`, headers, payload: { notice } });

    expect((await retire(siteAdmin.headers, '本网站已整合')).statusCode).toBe(403);
    const audits = await count(t.database, 'audit_log');
    const blank = await retire(root.headers, '  ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error).toMatchObject({ code: 'SITE_INVALID', details: [{ field: 'notice' }] });
    expect(await count(t.database, 'audit_log')).toBe(audits);

    const notice = '本网站已整合至示例市人民政府门户网站（www.example.gov.cn），原有信息可在该网站查询。';
    const retired = await retire(root.headers, notice);
    expect(retired.statusCode).toBe(200);
    expect(retired.json()).toMatchObject({ retiredNotice: notice });
    expect(retired.json().retiredAt).toEqual(expect.any(String));
    expect(await count(t.database, 'audit_log')).toBe(audits + 1);
    for (const url of ['/', '/news/', '/catalogue', '/sitemap.xml', '/search?q=公开', '/requests/apply']) {
      const page = await t.app.inject({ url, headers: { host: 'www.example-city.gov.cn' } });
      expect(page.statusCode, url).toBe(410);
      expect(page.body, url).toContain(notice);
    }
    // Other sites are untouched.
    expect((await t.app.inject({ url: '/', headers: { host: 'site-3205080001.test' } })).statusCode).toBe(200);

    const reinstated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sites/${site.id}/reinstate`,
      headers: root.headers,
    });
    expect(reinstated.json()).toMatchObject({ retiredAt: null, retiredNotice: '' });
    expect((await t.app.inject({ url: '/', headers: { host: 'www.example-city.gov.cn' } })).statusCode).toBe(200);
  });

  it('expose only public facts without signing in', async () => {
    const res = await t.app.inject({ url: '/api/v1/site', headers: { host: 'www.example-city.gov.cn' } });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual([
      'address',
      'email',
      'icpNo',
      'id',
      'name',
      'phone',
      'policeFilingNo',
      'siteCode',
      'sponsor',
    ]);
  });
});
