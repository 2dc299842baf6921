import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { Breadcrumb, frameFor } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { SitesService } from '../sites/sites.service.js';
import { MEDIA_PLATFORM_LABELS, MEDIA_STATUS_LABELS } from './opinions.model.js';
import type { OpinionsService } from './opinions.service.js';

/** The public 政务新媒体 list: the accounts in operation or paused, with who owns and who runs them. */
export function opinionPages(
  app: App,
  { sites, columns, opinions }: { sites: SitesService; columns: ColumnsService; opinions: OpinionsService },
): void {
  app.get('/media-accounts', { schema: { hide: true } }, async (request, reply) => {
    const site = await sites.forPortal(request.hostname);
    const accounts = (await opinions.mediaAccounts(site.id)).filter((a) => a.status !== 'closed');
    const frame = await frameFor(request, site, columns);
    return sendPage(
      reply,
      <Layout {...frame} title="政务新媒体">
        <Breadcrumb trail={[{ label: '互动交流', href: '/messages' }, { label: '政务新媒体' }]} />
        <h1>政务新媒体</h1>
        {accounts.length === 0 ? (
          <p>暂无登记的政务新媒体账号。</p>
        ) : (
          <ul class="answer-list">
            {accounts.map((a) => (
              <li>
                {a.url ? <a href={a.url}>{a.name}</a> : <strong>{a.name}</strong>}
                <span class="answer-meta">
                  {MEDIA_PLATFORM_LABELS[a.platform]}
                  {a.account && ` · ${a.account}`} · 主办单位 {a.departmentName}
                  {a.operator && ` · 运维单位 ${a.operator}`} · {MEDIA_STATUS_LABELS[a.status]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Layout>,
    );
  });
}
