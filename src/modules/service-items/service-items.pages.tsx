import type { FastifyRequest } from 'fastify';
import { formatChinaTime } from '../../platform/clock/clock.js';
import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { Breadcrumb, frameFor } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { SearchService } from '../search/search.service.js';
import type { Site, SitesService } from '../sites/sites.service.js';
import {
  AUDIENCES,
  ITEM_TYPES,
  LIFE_EVENTS,
  MATERIAL_FORMS,
  ONLINE_LEVELS,
  type Guide,
  type LifeEvent,
} from './service-items.model.js';
import type { ServiceItemsService } from './service-items.service.js';
import type { AssistantService } from '../assistant/assistant.service.js';
import type { CertificatesService } from './service-items.certificates.js';

/**
 * 办事服务 on the portal: find a service by life event (我要开公司), by department or by words; read
 * its guide — every one of the ten key elements, the materials with their basis, the steps, the
 * time limits — print it or its material checklist, and see its 修订记录.
 */
type Published = Awaited<ReturnType<ServiceItemsService['published']>>[number];

const days = (n: number | null) => (n === null ? '未规定' : n === 0 ? '即办' : `${n} 个工作日`);
const visits = (n: number) => (n === 0 ? '0 次（不见面审批）' : `${n} 次`);

function ItemList({ items }: { items: Published[] }) {
  if (items.length === 0) return <p>没有找到相关事项。</p>;
  return (
    <ul class="answer-list">
      {items.map((i) => (
        <li>
          <a href={`/services/${encodeURIComponent(i.implementationCode)}`}>{i.guide.name}</a>
          <span class="answer-meta">
            {i.guide.implementer} · 承诺 {days(i.guide.committedDays)} · {ONLINE_LEVELS[i.guide.onlineLevel]}
          </span>
        </li>
      ))}
    </ul>
  );
}

function GuideRows({ guide }: { guide: Guide }) {
  const rows: [string, string][] = [
    ['事项名称', guide.name],
    ['事项类型', ITEM_TYPES[guide.itemType]],
    ['实施编码', guide.implementationCode],
    ['办理机构', guide.implementer],
    ['统一社会信用代码', guide.creditCode],
    ['服务对象', guide.audiences.map((a) => AUDIENCES[a]).join('、') || '—'],
    ['设定依据', guide.basis],
    ['申请条件', guide.conditions],
    ['法定办结时限', days(guide.legalDays)],
    ['承诺办结时限', days(guide.committedDays)],
    ['收费标准', guide.fee.standard],
    ['收费依据', guide.fee.basis || '—'],
    ['办理地点', guide.location],
    ['办理时间', guide.hours],
    ['咨询电话', guide.consultPhone],
    ['监督投诉电话', guide.complaintPhone || '—'],
    ['网上可办程度', ONLINE_LEVELS[guide.onlineLevel]],
    ['到现场次数', visits(guide.visits)],
    ['办理结果', guide.resultName || '—'],
  ];
  return (
    <table class="meta-table">
      <tbody>
        {rows.map(([label, value]) => (
          <tr>
            <th scope="row">{label}</th>
            <td class="pre-line">{value}</td>
          </tr>
        ))}
        {guide.applyUrl && (
          <tr>
            <th scope="row">网上办理</th>
            <td>
              <a href={guide.applyUrl} rel="noopener">
                在线办理（{ONLINE_LEVELS[guide.onlineLevel]}）
              </a>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function Materials({ guide }: { guide: Guide }) {
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label="申请材料">
      <table class="catalogue guide-materials stack-on-phone">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">材料名称</th>
            <th scope="col">形式和份数</th>
            <th scope="col">是否必需</th>
            <th scope="col">依据</th>
          </tr>
        </thead>
        <tbody>
          {guide.materials.map((m, i) => (
            <tr>
              <td data-label="序号">{i + 1}</td>
              <td data-label="材料名称">
                {m.name}
                {m.fromLicence && <span class="tag">可用电子证照，免提交</span>}
                {m.templateUrl && (
                  <>
                    {' '}
                    <a href={m.templateUrl} rel="noopener">
                      样表
                    </a>
                  </>
                )}
                {m.note && <div class="hint">{m.note}</div>}
              </td>
              <td data-label="形式和份数">
                {MATERIAL_FORMS[m.form]} {m.copies} 份
              </td>
              <td data-label="是否必需">{m.required ? '必需' : '视情况提供'}</td>
              <td data-label="依据">{m.basis || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function serviceItemPages(
  app: App,
  deps: {
    sites: SitesService;
    columns: ColumnsService;
    departments: DepartmentsService;
    serviceItems: ServiceItemsService;
    certificates: CertificatesService;
    search: SearchService;
    assistant: Pick<AssistantService, 'publicEntry'>;
  },
): void {
  const { sites, columns, departments, serviceItems, certificates, search, assistant } = deps;
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);

  app.get<{ Querystring: { event?: string; department?: string; theme?: string; q?: string } }>(
    '/services',
    { schema: { hide: true } },
    async (request, reply) => {
      const site = await siteOf(request);
      const [all, depts, frame] = await Promise.all([
        serviceItems.published(site.id),
        departments.list(site.id),
        frameFor(request, site, columns),
      ]);
      const event = String(request.query.event ?? '') as LifeEvent;
      const departmentId = String(request.query.department ?? '');
      const theme = String(request.query.theme ?? '').slice(0, 30);
      const q = String(request.query.q ?? '')
        .trim()
        .slice(0, 50);
      let heading = '';
      let found: Published[] | null = null;
      if (q) {
        // The site's search, so 开公司 finds 企业设立登记 through its synonyms as on the search page.
        const result = await search.search(site.id, { q, type: 'service_guide', size: 50 });
        const byUrl = new Map(all.map((i) => [`/services/${encodeURIComponent(i.implementationCode)}`, i]));
        found = result.hits.map((h) => byUrl.get(h.url)).filter((i): i is Published => i !== undefined);
        heading = `“${q}”的办事指南`;
      } else if (event in LIFE_EVENTS) {
        found = all.filter((i) => i.guide.lifeEvents.includes(event));
        heading = `${AUDIENCES[LIFE_EVENTS[event].audience]}办事：${LIFE_EVENTS[event].label}`;
      } else if (theme) {
        found = all.filter((i) => i.guide.themes.includes(theme));
        heading = `主题：${theme}`;
      } else if (departmentId) {
        found = all.filter((i) => i.departmentId === departmentId);
        heading = depts.find((d) => d.id === departmentId)?.name ?? '部门办事';
      }
      const count = (e: LifeEvent) => all.filter((i) => i.guide.lifeEvents.includes(e)).length;
      const events = (audience: 'person' | 'organisation') =>
        (Object.keys(LIFE_EVENTS) as LifeEvent[]).filter((e) => LIFE_EVENTS[e].audience === audience && count(e) > 0);
      const withItems = depts.filter((d) => all.some((i) => i.departmentId === d.id));
      const themes = [...new Set(all.flatMap((i) => i.guide.themes))].sort((a, b) => a.localeCompare(b, 'zh'));
      return sendPage(
        reply,
        <Layout {...frame} title={found ? heading : '办事服务'}>
          <Breadcrumb
            trail={found ? [{ label: '办事服务', href: '/services' }, { label: heading }] : [{ label: '办事服务' }]}
          />
          <h1>{found ? heading : '办事服务'}</h1>
          <form class="search-form" method="get" action="/services" role="search">
            <label for="services-q">查找办事事项</label>
            <input id="services-q" name="q" value={q} placeholder="如：开公司、低保、施工许可" maxLength={50} />
            <button type="submit">查找</button>
          </form>
          {found ? (
            <ItemList items={found} />
          ) : (
            <>
              {all.length > 0 ? (
                <p>共 {all.length} 个事项的办事指南。可以按要办的事、按部门查找。</p>
              ) : (
                <p class="notice">本站尚未发布办事指南。办事请咨询政务服务中心，或查询办件进度。</p>
              )}
              <ul class="link-grid">
                <li>
                  <a href="/services/progress">办件查询</a>
                </li>
                <li>
                  <a href="/services/figures">办件结果公示和好差评</a>
                </li>
                <li>
                  <a href="/services/certificates">证明事项清单</a>
                </li>
              </ul>
              {all.length > 0 &&
                (['person', 'organisation'] as const).map((audience) => (
                  <section aria-labelledby={`events-${audience}`}>
                    <h2 id={`events-${audience}`}>{audience === 'person' ? '个人办事' : '法人办事'}</h2>
                    <ul class="link-grid">
                      {events(audience).map((e) => (
                        <li>
                          <a href={`/services?event=${e}`}>
                            {LIFE_EVENTS[e].label}（{count(e)}）
                          </a>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              {themes.length > 0 && (
                <section aria-labelledby="by-theme">
                  <h2 id="by-theme">按主题</h2>
                  <ul class="link-grid">
                    {themes.map((t) => (
                      <li>
                        <a href={`/services?theme=${encodeURIComponent(t)}`}>
                          {t}（{all.filter((i) => i.guide.themes.includes(t)).length}）
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {withItems.length > 0 && (
                <section aria-labelledby="by-department">
                  <h2 id="by-department">部门办事</h2>
                  <ul class="link-grid">
                    {withItems.map((d) => (
                      <li>
                        <a href={`/services?department=${d.id}`}>
                          {d.shortName || d.name}（{all.filter((i) => i.departmentId === d.id).length}）
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          )}
        </Layout>,
      );
    },
  );

  app.get('/services/certificates', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const [all, frame] = await Promise.all([certificates.list(site.id), frameFor(request, site, columns)]);
    const kept = all.filter((c) => c.status === 'kept');
    const cancelled = all.filter((c) => c.status === 'cancelled');
    return sendPage(
      reply,
      <Layout {...frame} title="证明事项清单">
        <Breadcrumb trail={[{ label: '办事服务', href: '/services' }, { label: '证明事项清单' }]} />
        <h1>证明事项清单</h1>
        <p>清单之外，办事时不再要求提供其他证明材料。已取消的证明事项，请按替代方式办理。</p>
        <h2>保留的证明事项（{kept.length} 项）</h2>
        <div class="table-scroll" tabindex={0} role="region" aria-label="保留的证明事项">
          <table class="catalogue guide-materials stack-on-phone">
            <thead>
              <tr>
                <th scope="col">证明名称</th>
                <th scope="col">开具单位</th>
                <th scope="col">要求提供的部门</th>
                <th scope="col">设定依据</th>
              </tr>
            </thead>
            <tbody>
              {kept.map((c) => (
                <tr>
                  <td data-label="证明名称">{c.name}</td>
                  <td data-label="开具单位">{c.issuer || '—'}</td>
                  <td data-label="要求提供的部门">{c.departmentName}</td>
                  <td data-label="设定依据">{c.basis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2>已取消的证明事项（{cancelled.length} 项）</h2>
        <div class="table-scroll" tabindex={0} role="region" aria-label="已取消的证明事项">
          <table class="catalogue guide-materials stack-on-phone">
            <thead>
              <tr>
                <th scope="col">证明名称</th>
                <th scope="col">原要求部门</th>
                <th scope="col">取消日期</th>
                <th scope="col">替代方式</th>
              </tr>
            </thead>
            <tbody>
              {cancelled.map((c) => (
                <tr>
                  <td data-label="证明名称">{c.name}</td>
                  <td data-label="原要求部门">{c.departmentName}</td>
                  <td data-label="取消日期" class="nowrap">
                    {c.cancelledOn}
                  </td>
                  <td data-label="替代方式">
                    {c.replacementLabel}
                    {c.note && `：${c.note}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Layout>,
    );
  });

  app.get<{ Params: { code: string } }>('/services/:code', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    const { guide, history } = await serviceItems.publishedOne(site.id, request.params.code.slice(0, 60));
    const [frame, faq] = await Promise.all([
      frameFor(request, site, columns),
      // An entry past its date or withdrawn is simply not shown.
      Promise.all(guide.faqEntryIds.map((id) => assistant.publicEntry(site.id, id))),
    ]);
    const answers = faq.filter((a) => a !== undefined);
    const code = encodeURIComponent(guide.implementationCode);
    return sendPage(
      reply,
      <Layout {...frame} title={guide.name}>
        <Breadcrumb trail={[{ label: '办事服务', href: '/services' }, { label: guide.name }]} />
        <h1>{guide.name}</h1>
        <p class="no-print">
          <a href={`/services/${code}/checklist`}>打印材料清单</a>
        </p>
        <h2>基本信息</h2>
        <GuideRows guide={guide} />
        <h2>申请材料</h2>
        <Materials guide={guide} />
        <h2>办理流程</h2>
        <ol>
          {guide.steps.map((s) => (
            <li>
              <strong>{s.name}</strong>
              {s.days !== null && `（${days(s.days)}）`}
              {s.description && `：${s.description}`}
            </li>
          ))}
        </ol>
        {answers.length > 0 && (
          <>
            <h2>常见问题</h2>
            <dl class="faq">
              {answers.map((a) => (
                <>
                  <dt>{a.question}</dt>
                  <dd class="pre-line">{a.answer}</dd>
                </>
              ))}
            </dl>
          </>
        )}
        <h2>修订记录</h2>
        <ul>
          {history.map((h) => (
            <li>
              {formatChinaTime(h.publishedAt).slice(0, 10)} 第 {h.number} 版：
              {h.changeNote || (h.number === 1 ? '首次公开' : '内容更新')}
            </li>
          ))}
        </ul>
      </Layout>,
    );
  });

  app.get<{ Params: { code: string } }>(
    '/services/:code/checklist',
    { schema: { hide: true } },
    async (request, reply) => {
      const site = await siteOf(request);
      const { guide } = await serviceItems.publishedOne(site.id, request.params.code.slice(0, 60));
      const frame = await frameFor(request, site, columns);
      const code = encodeURIComponent(guide.implementationCode);
      return sendPage(
        reply,
        <Layout {...frame} title={`${guide.name} 材料清单`}>
          <Breadcrumb
            trail={[
              { label: '办事服务', href: '/services' },
              { label: guide.name, href: `/services/${code}` },
              { label: '材料清单' },
            ]}
          />
          <h1>{guide.name}：申请材料清单</h1>
          <p>
            办理地点：{guide.location}；办理时间：{guide.hours}；咨询电话：{guide.consultPhone}
          </p>
          <ul class="checklist">
            {guide.materials.map((m) => (
              <li>
                <span aria-hidden="true">□ </span>
                {m.name}（{MATERIAL_FORMS[m.form]} {m.copies} 份{m.required ? '' : '，视情况提供'}
                {m.fromLicence ? '，可用电子证照免提交' : ''}）{m.note && `：${m.note}`}
              </li>
            ))}
          </ul>
          <p class="hint">
            窗口不会要求清单以外的材料；如被要求，可拨打监督投诉电话
            {guide.complaintPhone ? ` ${guide.complaintPhone}` : ''}或 12345 反映。
          </p>
        </Layout>,
      );
    },
  );
}
