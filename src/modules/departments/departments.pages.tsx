import { Type } from '@sinclair/typebox';
import { Errors } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import type { PageServer } from '../../portal/serve.js';
import { Breadcrumb, frameFor, type Frame } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { SitesService } from '../sites/sites.service.js';
import type { Department, DepartmentsService } from './departments.service.js';

/**
 * 政府信息公开指南 (Art. 12): how to obtain information from one department — what it publishes and
 * where, how to apply, the office's address, hours, phone, fax and e-mail, and the remedies.
 */
function GuidePage({ frame, dept }: { frame: Frame; dept: Department }) {
  const contact: [string, string][] = [
    ['受理机构', dept.name],
    ['办公地址', dept.address],
    ['办公时间', dept.officeHours],
    ['联系电话', dept.phone],
    ['传真', dept.fax],
    ['电子邮箱', dept.email],
  ];
  return (
    <Layout {...frame} title={`${dept.name}政府信息公开指南`}>
      <Breadcrumb trail={[{ label: '政府信息公开指南', href: '/guides' }, { label: dept.name }]} />
      <h1>{dept.name}政府信息公开指南</h1>
      <p>为便于公民、法人和其他组织获取{dept.name}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>
      <h2>一、主动公开</h2>
      <p>
        本机关主动公开《条例》第二十条、第二十一条规定的政府信息，按“政府信息公开”栏目下的法定主动公开内容分类编排，
        可在本网站“政府信息公开目录”中按发布机构、主题分类、年份和有效性浏览、查询和下载。
        属于主动公开范围的政府信息，自形成或者变更之日起 20 个工作日内予以公开。
      </p>
      <h2>二、依申请公开</h2>
      <p>
        公民、法人或者其他组织可以向本机关申请获取主动公开以外的政府信息。申请应当采用书面形式（包括数据电文形式），
        写明申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，
        以及获取信息的方式、途径。
      </p>
      <p>
        本机关能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长答复期限的，
        经负责人同意并告知申请人，延长期限最长不超过 20 个工作日。征求第三方和其他机关意见所需时间不计算在期限内。
        依申请提供政府信息，一般不收取费用；申请数量、频次明显超过合理范围的，按照国办函〔2020〕109号收取信息处理费。
      </p>
      <p>
        可通过本网站 <a href="/requests/apply">在线提交申请</a>，凭申请编号和查询码{' '}
        <a href="/requests/status">查询办理进度</a>； 也可以当面提交、邮寄或传真至下列受理机构。
      </p>
      <table class="meta-table">
        <caption>受理机构</caption>
        <tbody>
          {contact.map(([label, value]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{value || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>三、监督和救济</h2>
      <p>
        公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，
        也可以依法自知道之日起 60 日内申请行政复议，或者自知道之日起 6
        个月内提起行政诉讼；对不予公开决定不服的，应当先申请行政复议。
      </p>
    </Layout>
  );
}

function GuidesIndex({ frame, departments }: { frame: Frame; departments: Department[] }) {
  return (
    <Layout {...frame} title="政府信息公开指南">
      <Breadcrumb trail={[{ label: '政府信息公开指南' }]} />
      <h1>政府信息公开指南</h1>
      <ul class="entry-links">
        {departments.map((d) => (
          <li>
            <a href={`/guides/${d.id}`}>{d.name}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function departmentPages(
  app: App,
  {
    pages,
    sites,
    departments,
    columns,
  }: { pages: PageServer; sites: SitesService; departments: DepartmentsService; columns: ColumnsService },
): void {
  app.get('/guides', { schema: { hide: true } }, async (request, reply) => {
    const site = await sites.forPortal(request.hostname);
    return pages.serve(request, reply, site.id, async () => {
      const [frame, list] = await Promise.all([frameFor(request, site, columns), departments.list(site.id)]);
      return <GuidesIndex frame={frame} departments={list} />;
    });
  });

  app.get('/guides/:id', { schema: { hide: true, params: Type.Object({ id: Id }) } }, async (request, reply) => {
    const site = await sites.forPortal(request.hostname);
    const dept = await departments.get(request.params.id).catch(() => undefined);
    if (!dept || dept.siteId !== site.id) throw Errors.NOT_FOUND();
    return pages.serve(request, reply, site.id, async () => (
      <GuidePage frame={await frameFor(request, site, columns)} dept={dept} />
    ));
  });
}
