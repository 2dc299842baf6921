import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Errors } from '../../platform/http/errors.js';
import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import { PREFERENCE_NAMES, safeBackPath, setPreference, type PreferenceName } from '../../portal/preferences.js';
import type { PageServer } from '../../portal/serve.js';
import { columnHref, frameFor, type Frame } from '../columns/columns.pages.js';
import { subtreeIds, type Column, type ColumnsService } from '../columns/columns.service.js';
import {
  DEPARTMENT_KIND_LABELS,
  type Department,
  type DepartmentsService,
} from '../departments/departments.service.js';
import { DocList } from '../documents/documents.pages.js';
import type { DocumentRow, DocumentsService } from '../documents/documents.service.js';
import { siteImageUrl } from '../../portal/identity.js';
import { IMAGE_KINDS } from './site-identity.js';
import type { SiteIdentityService } from './site-identity.service.js';
import { siteBaseUrl, type Site, type SitesService } from './sites.service.js';
import { sitemapXml } from './sites.sitemap.js';

export interface SitePagesDeps {
  pages: PageServer;
  sites: SitesService;
  siteIdentity: SiteIdentityService;
  columns: ColumnsService;
  documents: DocumentsService;
  departments: DepartmentsService;
  /** GONGKAI_PUBLIC_URL: absolute links are made from it, never from the request's Host. */
  publicUrl: string;
}

interface HomeBlock {
  title: string;
  href: string;
  docs: DocumentRow[];
}

/**
 * The site's home page: the blocks the office chose (by default news, notices, latest policy
 * documents and interpretations), the 专题, the 政府信息公开 entry, the organisation.
 */
export function HomePage({
  frame,
  site,
  blocks,
  topics,
  openness,
  departments,
}: {
  frame: Frame;
  site: Site;
  blocks: HomeBlock[];
  /** The site's 专题 columns, with their addresses. */
  topics: { name: string; href: string }[];
  /** The 政府信息公开 section's columns, with their addresses. */
  openness: { name: string; href: string }[];
  departments: Department[];
}) {
  const groups = (Object.keys(DEPARTMENT_KIND_LABELS) as (keyof typeof DEPARTMENT_KIND_LABELS)[])
    .map((kind) => ({ kind, items: departments.filter((d) => d.kind === kind && d.parentId === null) }))
    .filter((g) => g.items.length > 0);
  return (
    <Layout {...frame} title={site.name}>
      <h1 class="visually-hidden">{site.name}</h1>
      {site.identity.banner && (
        <img class="home-banner" src={siteImageUrl('banner', site.identity.banner)} alt={site.identity.bannerAlt} />
      )}
      <div class="blocks">
        {blocks.map((b) => (
          <section aria-labelledby={`block-${b.href}`}>
            <h2 id={`block-${b.href}`}>
              <a href={b.href}>{b.title}</a>
            </h2>
            <DocList docs={b.docs} />
          </section>
        ))}
      </div>
      {topics.length > 0 && (
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading">专题专栏</h2>
          <ul class="topic-links">
            {topics.map((t) => (
              <li>
                <a href={t.href}>{t.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="openness-heading">
        <h2 id="openness-heading">政府信息公开</h2>
        <ul class="entry-links">
          {openness.map((c) => (
            <li>
              <a href={c.href}>{c.name}</a>
            </li>
          ))}
          <li>
            <a href="/catalogue">政府信息公开目录</a>
          </li>
          <li>
            <a href="/guides">各单位公开指南</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="org-heading">
        <h2 id="org-heading">机构设置</h2>
        {groups.length === 0 && <p>暂无机构信息。</p>}
        {groups.map((g) => (
          <section aria-label={DEPARTMENT_KIND_LABELS[g.kind]}>
            <h3>{DEPARTMENT_KIND_LABELS[g.kind]}</h3>
            <ul class="department-list">
              {g.items.map((d) => (
                <li>
                  <div class="name">
                    <a href={`/guides/${d.id}`}>{d.name}</a>
                  </div>
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

/** The sections every site has besides its columns, as the main navigation and the footer name them. */
const SECTIONS = [
  { label: '政府信息公开目录', href: '/catalogue' },
  { label: '依申请公开', href: '/requests/apply' },
  { label: '政府信息公开指南（各单位）', href: '/guides' },
  { label: '工作要点', href: '/work-plans' },
  { label: '办事服务', href: '/services' },
  { label: '互动交流', href: '/messages' },
  { label: '征集意见', href: '/public-comments' },
  { label: '在线访谈', href: '/interviews' },
  { label: '智能问答', href: '/assistant' },
  { label: '站内搜索', href: '/search' },
];

function ColumnTree({ all, parentId }: { all: Column[]; parentId: string | null }) {
  const children = all.filter((c) => c.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ul>
      {children.map((c) => (
        <li>
          <a href={columnHref(c, all)}>{c.name}</a>
          <ColumnTree all={all} parentId={c.id} />
        </li>
      ))}
    </ul>
  );
}

/** 网站地图: every column in its place and every section, plain links for any reader. */
export function SiteMapPage({ frame, all }: { frame: Frame; all: Column[] }) {
  return (
    <Layout {...frame} title="网站地图">
      <nav class="breadcrumb" aria-label="当前位置">
        <ol>
          <li>
            <a href="/">首页</a>
          </li>
          <li>
            <span aria-current="page">网站地图</span>
          </li>
        </ol>
      </nav>
      <h1>网站地图</h1>
      <div class="site-map">
        <section aria-labelledby="map-columns">
          <h2 id="map-columns">栏目</h2>
          <ColumnTree all={all} parentId={null} />
        </section>
        <section aria-labelledby="map-sections">
          <h2 id="map-sections">服务与互动</h2>
          <ul>
            {SECTIONS.map((x) => (
              <li>
                <a href={x.href}>{x.label}</a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Layout>
  );
}

export function sitePages(
  app: App,
  { pages, sites, siteIdentity, columns, documents, departments, publicUrl }: SitePagesDeps,
): void {
  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return pages.serve(request, reply, site.id, async () => {
      const all = await columns.list(site.id);
      const byCode = (code: string) => all.find((c) => c.code === code);
      const latest = async (title: string, column: Column | undefined, ids: string[], limit = 8) =>
        column
          ? {
              title,
              href: columnHref(column, all),
              docs: (await documents.publicList(site.id, { columnIds: ids, limit, offset: 0 })).rows,
            }
          : null;
      const policyIds = all.filter((c) => c.kind === 'policy' && c.code !== 'interpretations').map((c) => c.id);
      const chosen = site.identity.homeBlocks;
      const blocks = (
        await Promise.all(
          chosen.length > 0
            ? chosen.map((b) => {
                const column = all.find((c) => c.id === b.columnId && c.kind !== 'link');
                return latest(b.title || column?.name || '', column, column ? subtreeIds(all, column.id) : [], b.count);
              })
            : [
                latest('政务动态', byCode('news'), [byCode('news')?.id ?? '']),
                latest('通知公告', byCode('notices'), [byCode('notices')?.id ?? '']),
                latest('政策文件', byCode('statutory'), policyIds),
                latest('政策解读', byCode('interpretations'), [byCode('interpretations')?.id ?? '']),
              ],
        )
      ).filter((b): b is HomeBlock => b !== null);
      const topics = all.filter((c) => c.kind === 'topic').map((c) => ({ name: c.name, href: columnHref(c, all) }));
      const openness = all
        .filter((c) => c.parentId === byCode('openness')?.id)
        .map((c) => ({ name: c.name, href: columnHref(c, all) }));
      const [frame, depts] = await Promise.all([frameFor(request, site, columns), departments.list(site.id)]);
      return (
        <HomePage frame={frame} site={site} blocks={blocks} topics={topics} openness={openness} departments={depts} />
      );
    });
  });

  app.get('/sitemap', { schema: { hide: true } }, async (request, reply) => {
    const site = await siteOf(request);
    return pages.serve(request, reply, site.id, async () => {
      const [all, frame] = await Promise.all([columns.list(site.id), frameFor(request, site, columns)]);
      return <SiteMapPage frame={frame} all={all} />;
    });
  });

  // The display switches are plain links, so they work without JavaScript.
  const OnOff = Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')]));
  app.get(
    '/preferences',
    {
      schema: {
        hide: true,
        querystring: Type.Object({
          ...Object.fromEntries(PREFERENCE_NAMES.map((n) => [n, OnOff])),
          back: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
      },
    },
    async (request, reply) => {
      const query = request.query as Partial<Record<PreferenceName | 'back', string>>;
      for (const name of PREFERENCE_NAMES) if (query[name]) setPreference(reply, name, query[name] === '1');
      return reply.redirect(safeBackPath(query.back), 303);
    },
  );

  // The site's logo and banner; nothing else in the file store can be reached through this route.
  app.get(
    '/site-images/:kind',
    {
      schema: {
        hide: true,
        params: Type.Object({ kind: Type.Union(IMAGE_KINDS.map((k) => Type.Literal(k))) }),
        querystring: Type.Object({ v: Type.Optional(Type.String({ maxLength: 64 })) }),
      },
    },
    async (request, reply) => {
      const site = await siteOf(request);
      const image = await siteIdentity.image(site.identity, request.params.kind);
      // An address with the image's hash never changes meaning; without it, ask again each day.
      const current = request.query.v === image.sha256.slice(0, 12);
      return reply
        .header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .type(image.mime)
        .send(image.bytes);
    },
  );

  // The sitemap, or past 50,000 addresses a sitemap index of numbered files (sites.sitemap.ts).
  const sitemap = async (request: FastifyRequest, reply: FastifyReply, part: number | undefined) => {
    const site = await siteOf(request);
    const base = siteBaseUrl(site, publicUrl);
    const xml = await sitemapXml({ columns, documents }, site.id, base, part);
    if (xml === undefined) throw Errors.NOT_FOUND();
    return reply.type('application/xml; charset=utf-8').send(xml);
  };
  app.get('/sitemap.xml', { schema: { hide: true } }, (request, reply) => sitemap(request, reply, undefined));
  app.get<{ Params: { part: string } }>('/sitemap-:part.xml', { schema: { hide: true } }, (request, reply) => {
    if (!/^[1-9]\d{0,5}$/.test(request.params.part)) throw Errors.NOT_FOUND();
    return sitemap(request, reply, Number(request.params.part));
  });
}
