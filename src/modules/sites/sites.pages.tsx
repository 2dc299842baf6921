import { Errors } from '../../platform/http/errors.js';
import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import {
  DEPARTMENT_KIND_LABELS,
  type Department,
  type DepartmentsService,
} from '../departments/departments.service.js';
import type { Site, SitesService } from './sites.service.js';

export function sitePages(app: App, sites: SitesService, departments: DepartmentsService): void {
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const site = await sites.forHost(request.hostname);
    if (!site) throw Errors.SITE_NOT_FOUND();
    return sendPage(reply, <HomePage site={site} departments={await departments.list(site.id)} />);
  });
}

/** The site's home page. Later modules add their blocks (news, notices, policy documents …). */
export function HomePage({ site, departments }: { site: Site; departments: Department[] }) {
  const groups = (Object.keys(DEPARTMENT_KIND_LABELS) as (keyof typeof DEPARTMENT_KIND_LABELS)[])
    .map((kind) => ({ kind, items: departments.filter((d) => d.kind === kind && d.parentId === null) }))
    .filter((g) => g.items.length > 0);
  return (
    <Layout site={site} title={site.name}>
      <h1>{site.name}</h1>
      <section aria-labelledby="org-heading">
        <h2 id="org-heading">机构设置</h2>
        {groups.length === 0 && <p>暂无机构信息。</p>}
        {groups.map((g) => (
          <section aria-label={DEPARTMENT_KIND_LABELS[g.kind]}>
            <h3>{DEPARTMENT_KIND_LABELS[g.kind]}</h3>
            <ul class="department-list">
              {g.items.map((d) => (
                <li>
                  <div class="name">{d.name}</div>
                  {(d.phone || d.address) && (
                    <p class="contact">
                      {d.address && <>地址：{d.address} </>}
                      {d.phone && <>电话：{d.phone}</>}
                    </p>
                  )}
                  {d.officeHours && <p class="contact">办公时间：{d.officeHours}</p>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </Layout>
  );
}
