import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { LRUCache } from 'lru-cache';
import QRCode from 'qrcode';
import type { Config } from '../../config.js';
import { formatChinaTime } from '../../platform/clock/clock.js';
import { sendDownload } from '../../platform/http/download.js';
import { Errors } from '../../platform/http/errors.js';
import { Id } from '../../platform/http/schemas.js';
import { scrollableTables } from '../../platform/text/html.js';
import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import type { PageServer } from '../../portal/serve.js';
import {
  Breadcrumb,
  columnAtCodes,
  columnHref,
  columnTrail,
  frameFor,
  Pager,
  type Frame,
} from '../columns/columns.pages.js';
import { documentHref, documentIdOf } from './documents.paths.js';
import { subtreeIds, type Column, type ColumnsService } from '../columns/columns.service.js';
import type { Department, DepartmentsService } from '../departments/departments.service.js';
import { siteBaseUrl, type Site, type SitesService } from '../sites/sites.service.js';
import { VALIDITIES, VALIDITY_LABELS, type Validity } from './documents.model.js';
import type { AttachmentRow } from './documents.repository.js';
import type { DocumentRow, DocumentsService } from './documents.service.js';

export interface PortalDeps {
  pages: PageServer;
  sites: SitesService;
  columns: ColumnsService;
  documents: DocumentsService;
  departments: DepartmentsService;
  config: Config;
}

const PAGE_SIZE = 20;
/** How many of each section's latest documents a 专题 page shows. */
const TOPIC_SECTION_SIZE = 6;

// A page's QR code never changes, and drawing it costs more than the rest of the page.
const qrCodes = new LRUCache<string, string>({ max: 20_000 });
async function qrCodeSvg(url: string): Promise<string> {
  let svg = qrCodes.get(url);
  if (!svg) {
    // One byte-mode segment: the library's search for the shortest mix of modes cost half the time
    // of drawing a page's code (bench:scale, cold document pages), to save a few modules on a URL.
    svg = await QRCode.toString([{ data: Buffer.from(url), mode: 'byte' }], {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    qrCodes.set(url, svg);
  }
  return svg;
}

const withPrint = (href: string, print: string | undefined) => (print === '1' ? `${href}?print=1` : href);

/** `YYYY-MM-DD` in China time, as lists show dates. */
const day = (iso: string | null) => (iso ? formatChinaTime(iso).slice(0, 10) : '');

export function DocList({ docs }: { docs: DocumentRow[] }) {
  if (docs.length === 0) return <p>暂无信息。</p>;
  return (
    <ul class="doc-list">
      {docs.map((d) => (
        <li>
          <a href={documentHref(d)}>{d.content.title}</a>
          <time dateTime={day(d.publishedAt)}>{day(d.publishedAt)}</time>
        </li>
      ))}
    </ul>
  );
}

/** A 专题's sections: each of its columns with its latest documents. */
export interface TopicSection {
  column: Column;
  docs: DocumentRow[];
}

function ColumnPage({
  frame,
  column,
  all,
  docs,
  page,
  pages,
  sections = [],
}: {
  frame: Frame;
  column: Column;
  all: Column[];
  docs: DocumentRow[];
  page: number;
  pages: number;
  sections?: TopicSection[];
}) {
  const children = all.filter((c) => c.parentId === column.id);
  const topic = column.kind === 'topic';
  return (
    <Layout
      {...frame}
      title={column.name}
      meta={{ ColumnName: column.name, ColumnType: column.kind }}
      description={column.description || undefined}
    >
      <Breadcrumb trail={columnTrail(all, column.id)} />
      {topic ? (
        // A 专题 opens as a themed landing page: its title and introduction on a band of the
        // site's colour, then a block per section with its latest documents.
        <div class="topic-band">
          <h1>{column.name}</h1>
          {column.description && <p>{column.description}</p>}
        </div>
      ) : (
        <h1>{column.name}</h1>
      )}
      {!topic && column.description && <p class="column-intro">{column.description}</p>}
      {topic && sections.length > 0 && (
        <div class="blocks">
          {sections.map((x) => (
            <section aria-labelledby={`topic-${x.column.id}`}>
              <h2 id={`topic-${x.column.id}`}>
                <a href={columnHref(x.column, all)}>{x.column.name}</a>
              </h2>
              <DocList docs={x.docs} />
            </section>
          ))}
        </div>
      )}
      {!topic && children.length > 0 && (
        <ul class="entry-links" aria-label="下级栏目">
          {children.map((c) => (
            <li>
              <a href={columnHref(c, all)}>{c.name}</a>
            </li>
          ))}
        </ul>
      )}
      {column.code === 'guide' && (
        <p>
          各单位的政府信息公开指南见 <a href="/guides">政府信息公开指南</a>。
        </p>
      )}
      {column.code === 'on-request' && (
        <ul class="entry-links" aria-label="依申请公开">
          <li>
            <a href="/requests/apply">在线提交政府信息公开申请</a>
          </li>
          <li>
            <a href="/requests/status">申请办理进度查询</a>
          </li>
          <li>
            <a href="/guides">各单位政府信息公开指南（受理机构、地址、电话）</a>
          </li>
        </ul>
      )}
      {topic && sections.length > 0 && docs.length > 0 && <h2>专题全部信息</h2>}
      {(children.length === 0 || docs.length > 0) && <DocList docs={docs} />}
      <Pager page={page} pages={pages} href={(p) => `${columnHref(column, all)}?page=${p}`} />
      <p>
        <a href={`/columns/${column.id}/feed.xml`}>订阅本栏目（RSS）</a>
      </p>
    </Layout>
  );
}

interface DocumentPageProps {
  frame: Frame;
  attachments: AttachmentRow[];
  doc: DocumentRow & { columnIds: string[] };
  all: Column[];
  publisher: Department | undefined;
  replacement: DocumentRow | undefined;
  /** The public policy document this one interprets, and this one's public interpretations. */
  interpreted: DocumentRow | undefined;
  interpretations: DocumentRow[];
  qrSvg: string;
  url: string;
  print: boolean;
}

const sizeLabel = (bytes: number) =>
  bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function DocumentPage(props: DocumentPageProps) {
  const { frame, attachments, doc, all, publisher, replacement, interpreted, interpretations, qrSvg, url, print } =
    props;
  const c = doc.content;
  const column = all.find((col) => doc.columnIds.includes(col.id));
  const publisherName = publisher?.name ?? '';
  const published = doc.publishedAt ? formatChinaTime(doc.publishedAt) : '';
  const meta: Record<string, string> = {
    ArticleTitle: c.title,
    PubDate: published,
    ContentSource: c.source || publisherName,
    Keywords: c.keywords.join(','),
    Description: c.summary,
    ...(column ? { ColumnName: column.name, ColumnType: column.kind } : {}),
  };
  const rows: [string, string][] = [
    ['索引号', doc.indexNo ?? ''],
    ['发布机构', publisherName],
    ['成文日期', c.writtenOn ?? ''],
    ['文号', c.docNo],
    ['主题分类', c.subject],
    ['有效性', VALIDITY_LABELS[c.validity]],
    ['发布日期', day(doc.publishedAt)],
    ['主题词', c.keywords.join(' ')],
  ];
  return (
    <Layout {...frame} title={c.title} meta={meta} description={c.summary} print={print}>
      {!print && <Breadcrumb trail={[...(column ? columnTrail(all, column.id, false) : []), { label: '正文' }]} />}
      <table class="meta-table">
        <caption class="visually-hidden">信息属性</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(c.validity === 'repealed' || c.validity === 'amended' || c.validity === 'expired') && (
        <p class="validity-banner" role="note">
          {c.validity === 'repealed' ? '本文件已废止' : c.validity === 'amended' ? '本文件已修改' : '本文件已失效'}
          {replacement && (
            <>
              ，请参阅 <a href={documentHref(replacement)}>{replacement.content.title}</a>
            </>
          )}
          。
        </p>
      )}
      <h1>{c.title}</h1>
      {interpreted && (
        <p class="interpreted">
          解读文件：<a href={documentHref(interpreted)}>{interpreted.content.title}</a>
          {interpreted.content.docNo && `（${interpreted.content.docNo}）`}
        </p>
      )}
      <p class="article-info">
        <span>发布时间：{published}</span>
        <span>来源：{c.source || publisherName}</span>
        <span>访问量：{doc.views}</span>
      </p>
      {/* The body was sanitised to a whitelist when it was saved (platform/text/html.ts). */}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: scrollableTables(c.bodyHtml) }} />
      {attachments.length > 0 && (
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">附件</h2>
          <ul>
            {attachments.map((a) => (
              <li>
                <a href={`/attachments/${a.id}/${encodeURIComponent(a.name)}`}>{a.name}</a>（{sizeLabel(a.size)}）
              </li>
            ))}
          </ul>
        </section>
      )}
      {interpretations.length > 0 && (
        <section aria-labelledby="interpretations-heading">
          <h2 id="interpretations-heading">政策解读</h2>
          <DocList docs={interpretations} />
        </section>
      )}
      {!print && (
        <div class="article-tools">
          <ul aria-label="页面工具">
            <li>
              <a href={`${documentHref(doc)}?print=1`}>打印本页</a>
            </li>
            <li>
              <a
                href={`https://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}&title=${encodeURIComponent(c.title)}`}
                rel="noopener"
              >
                分享到微博
              </a>
            </li>
            <li>
              <a href={`mailto:?subject=${encodeURIComponent(c.title)}&body=${encodeURIComponent(url)}`}>
                通过邮件分享
              </a>
            </li>
          </ul>
          <figure class="qr">
            <span dangerouslySetInnerHTML={{ __html: qrSvg }} />
            <figcaption>扫一扫在手机打开当前页</figcaption>
          </figure>
        </div>
      )}
    </Layout>
  );
}

interface CatalogueFilters {
  departmentId?: string;
  subject?: string;
  year?: number;
  validity?: Validity;
}

function CataloguePage(props: {
  frame: Frame;
  departments: Department[];
  subjects: string[];
  years: number[];
  filters: CatalogueFilters;
  docs: DocumentRow[];
  total: number;
  page: number;
}) {
  const { frame, departments, subjects, years, filters, docs, total, page } = props;
  const deptName = (id: string) => departments.find((d) => d.id === id)?.name ?? '';
  const query = (p: number) =>
    '/catalogue?' +
    new URLSearchParams({
      ...(filters.departmentId ? { department: filters.departmentId } : {}),
      ...(filters.subject ? { subject: filters.subject } : {}),
      ...(filters.year ? { year: String(filters.year) } : {}),
      ...(filters.validity ? { validity: filters.validity } : {}),
      page: String(p),
    }).toString();
  return (
    <Layout {...frame} title="政府信息公开目录">
      <Breadcrumb trail={[{ label: '政府信息公开目录' }]} />
      <h1>政府信息公开目录</h1>
      <form class="filters" method="get" action="/catalogue" role="search" aria-label="按条件浏览">
        <label>
          发布机构
          <select name="department">
            <option value="">全部</option>
            {departments.map((d) => (
              <option value={d.id} selected={filters.departmentId === d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          主题分类
          <select name="subject">
            <option value="">全部</option>
            {subjects.map((s) => (
              <option value={s} selected={filters.subject === s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          年份
          <select name="year">
            <option value="">全部</option>
            {years.map((y) => (
              <option value={String(y)} selected={filters.year === y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          有效性
          <select name="validity">
            <option value="">全部</option>
            {VALIDITIES.map((v) => (
              <option value={v} selected={filters.validity === v}>
                {VALIDITY_LABELS[v]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">浏览</button>
      </form>
      <p>共 {total} 条</p>
      <table class="catalogue stack-on-phone">
        <thead>
          <tr>
            <th scope="col">索引号</th>
            <th scope="col">名称</th>
            <th scope="col">发布机构</th>
            <th scope="col">成文日期</th>
          </tr>
        </thead>
        <tbody>
          {docs.map((d) => (
            <tr>
              <td data-label="索引号" class="index-no">
                {d.indexNo}
              </td>
              <td data-label="名称">
                <a href={documentHref(d)}>{d.content.title}</a>
              </td>
              <td data-label="发布机构">{deptName(d.departmentId)}</td>
              <td data-label="成文日期">{d.content.writtenOn ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} href={query} />
    </Layout>
  );
}

export function documentPages(app: App, deps: PortalDeps): void {
  const { pages, sites, columns, documents, departments, config } = deps;

  const siteOf = (request: FastifyRequest): Promise<Site> => sites.forPortal(request.hostname);

  async function columnOf(site: Site, id: string): Promise<{ column: Column; all: Column[] }> {
    const all = await columns.list(site.id);
    const column = all.find((c) => c.id === id);
    if (!column) throw Errors.NOT_FOUND();
    return { column, all };
  }

  const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }) });

  /** A column's page of documents; a link column sends the visitor on. */
  async function serveColumn(
    request: FastifyRequest,
    reply: FastifyReply,
    site: Site,
    column: Column,
    all: Column[],
    page: number,
  ) {
    if (column.kind === 'link') return reply.redirect(column.linkUrl);
    // A catalogue node lists what is filed anywhere beneath it.
    const ids = subtreeIds(all, column.id);
    return pages.serve(request, reply, site.id, async () => {
      const { total, rows } = await documents.publicList(site.id, {
        columnIds: ids,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      });
      const frame = await frameFor(request, site, columns);
      const sections =
        column.kind === 'topic' && page === 1
          ? await Promise.all(
              all
                .filter((c) => c.parentId === column.id && c.kind !== 'link')
                .map(async (c) => ({
                  column: c,
                  docs: (
                    await documents.publicList(site.id, {
                      columnIds: subtreeIds(all, c.id),
                      limit: TOPIC_SECTION_SIZE,
                      offset: 0,
                    })
                  ).rows,
                })),
            )
          : [];
      return (
        <ColumnPage
          frame={frame}
          column={column}
          all={all}
          docs={rows}
          page={page}
          pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
          sections={sections}
        />
      );
    });
  }

  // A column with a code lives at the path of its codes (/openness/rules/); /columns/<id> sends
  // the visitor there for good, and stays the address of a column without a code.
  app.get(
    '/columns/:id',
    { schema: { hide: true, params: Type.Object({ id: Id }), querystring: PageQuery } },
    async (request, reply) => {
      const site = await siteOf(request);
      const { column, all } = await columnOf(site, request.params.id);
      const href = columnHref(column, all);
      const { page } = request.query;
      if (column.kind !== 'link' && href !== `/columns/${column.id}`)
        return reply.redirect(page > 1 ? `${href}?page=${page}` : href, 301);
      return serveColumn(request, reply, site, column, all, page);
    },
  );

  const CODE = /^[a-z0-9][a-z0-9-]{0,40}$/;
  for (const depth of [1, 2, 3, 4]) {
    const names = Array.from({ length: depth }, (_, i) => `c${i}`);
    app.get(
      `/${names.map((n) => `:${n}`).join('/')}/`,
      {
        schema: {
          hide: true,
          params: Type.Object(Object.fromEntries(names.map((n) => [n, Type.String()]))),
          querystring: PageQuery,
        },
      },
      async (request, reply) => {
        const codes = names.map((n) => (request.params as Record<string, string>)[n]!);
        if (!codes.every((c) => CODE.test(c))) return reply.callNotFound();
        const site = await siteOf(request);
        const all = await columns.list(site.id);
        const column = columnAtCodes(all, codes);
        if (!column) return reply.callNotFound();
        return serveColumn(request, reply, site, column, all, request.query.page);
      },
    );
  }

  app.get(
    '/columns/:id/feed.xml',
    { schema: { hide: true, params: Type.Object({ id: Id }) } },
    async (request, reply) => {
      const site = await siteOf(request);
      const { column, all } = await columnOf(site, request.params.id);
      const { rows } = await documents.publicList(site.id, { columnIds: [column.id], limit: 50, offset: 0 });
      const base = siteBaseUrl(site, config.publicUrl);
      const feed = new Feed({
        title: `${column.name} - ${site.name}`,
        id: `${base}${columnHref(column, all)}`,
        link: `${base}${columnHref(column, all)}`,
        language: 'zh-CN',
        copyright: site.sponsor,
        updated: rows[0]?.publishedAt ? new Date(rows[0].publishedAt) : new Date(0),
      });
      for (const d of rows) {
        feed.addItem({
          title: d.content.title,
          id: `${base}${documentHref(d)}`,
          link: `${base}${documentHref(d)}`,
          description: d.content.summary,
          date: new Date(d.publishedAt ?? d.updatedAt),
        });
      }
      return reply.type('application/rss+xml; charset=utf-8').send(feed.rss2());
    },
  );

  /** A public document's page (withdrawn, withheld, on-request and unpublished ones do not exist for the public). */
  async function serveDocument(
    request: FastifyRequest,
    reply: FastifyReply,
    site: Site,
    doc: NonNullable<Awaited<ReturnType<DocumentsService['publicDocument']>>>,
    print: boolean,
  ) {
    // Every view counts, also those answered from the cache; a cached page shows the count as of its rendering.
    documents.countView(doc.id);
    return pages.serve(
      request,
      reply,
      site.id,
      async () => {
        const [all, publisher, replacement, interpreted, interpretations, frame, attachments] = await Promise.all([
          columns.list(site.id),
          departments.get(doc.departmentId).catch(() => undefined),
          doc.content.replacedById
            ? documents.publicDocument(site.id, doc.content.replacedById)
            : Promise.resolve(undefined),
          doc.content.interpretsId
            ? documents.publicDocument(site.id, doc.content.interpretsId)
            : Promise.resolve(undefined),
          documents.publicInterpretations(site.id, doc.id),
          frameFor(request, site, columns),
          documents.publicAttachments(doc.id),
        ]);
        const url = `${siteBaseUrl(site, config.publicUrl)}${documentHref(doc)}`;
        const qrSvg = await qrCodeSvg(url);
        return (
          <DocumentPage
            frame={frame}
            attachments={attachments}
            doc={doc}
            all={all}
            publisher={publisher}
            replacement={replacement}
            interpreted={interpreted}
            interpretations={interpretations}
            qrSvg={qrSvg}
            url={url}
            print={print}
          />
        );
      },
      () => documents.countView(doc.id),
    );
  }

  const PrintQuery = Type.Object({ print: Type.Optional(Type.String({ maxLength: 1 })) });

  // Documents live at the day they were published (/art/2026/03/14/<id>.html); the id decides.
  app.get(
    '/art/:y/:m/:d/:file',
    {
      schema: {
        hide: true,
        params: Type.Object({ y: Type.String(), m: Type.String(), d: Type.String(), file: Type.String() }),
        querystring: PrintQuery,
      },
    },
    async (request, reply) => {
      const site = await siteOf(request);
      const id = documentIdOf(request.params.file);
      const doc = id ? await documents.publicDocument(site.id, id) : undefined;
      if (!doc) throw Errors.NOT_FOUND();
      const href = documentHref(doc);
      const { y, m, d, file } = request.params;
      if (`/art/${y}/${m}/${d}/${file}` !== href) return reply.redirect(withPrint(href, request.query.print), 301);
      return serveDocument(request, reply, site, doc, request.query.print === '1');
    },
  );

  // The address documents had first: sent on for good, so old links, QR codes and bookmarks work.
  app.get(
    '/documents/:id',
    { schema: { hide: true, params: Type.Object({ id: Id }), querystring: PrintQuery } },
    async (request, reply) => {
      const site = await siteOf(request);
      const doc = await documents.publicDocument(site.id, request.params.id);
      if (!doc) throw Errors.NOT_FOUND();
      const href = documentHref(doc);
      if (href === `/documents/${doc.id}`) return serveDocument(request, reply, site, doc, request.query.print === '1');
      return reply.redirect(withPrint(href, request.query.print), 301);
    },
  );

  // Attachments are served only while their document is public; the name in the path is for people.
  app.get(
    '/attachments/:id/*',
    { schema: { hide: true, params: Type.Object({ id: Id, '*': Type.String() }) } },
    async (request, reply) => {
      const site = await siteOf(request);
      const found = await documents.publicAttachment(site.id, request.params.id);
      if (!found) throw Errors.NOT_FOUND();
      reply.header('x-content-type-options', 'nosniff');
      return sendDownload(reply, found.attachment.name, found.attachment.mime, found.file);
    },
  );

  app.get(
    '/catalogue',
    {
      schema: {
        hide: true,
        querystring: Type.Object({
          department: Type.Optional(Type.Union([Id, Type.Literal('')])),
          subject: Type.Optional(Type.String({ maxLength: 50 })),
          year: Type.Optional(Type.Union([Type.Integer({ minimum: 1990, maximum: 2100 }), Type.Literal('')])),
          validity: Type.Optional(Type.Union([...VALIDITIES.map((v) => Type.Literal(v)), Type.Literal('')])),
          page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
        }),
      },
    },
    async (request, reply) => {
      const site = await siteOf(request);
      const q = request.query;
      const filters: CatalogueFilters = {
        departmentId: q.department || undefined,
        subject: q.subject || undefined,
        year: typeof q.year === 'number' ? q.year : undefined,
        validity: q.validity || undefined,
      };
      return pages.serve(request, reply, site.id, async () => {
        const [{ total, rows }, facets, depts, frame] = await Promise.all([
          documents.publicList(site.id, { ...filters, limit: PAGE_SIZE, offset: (q.page - 1) * PAGE_SIZE }),
          documents.publicFacets(site.id),
          departments.list(site.id),
          frameFor(request, site, columns),
        ]);
        return (
          <CataloguePage
            frame={frame}
            departments={depts}
            subjects={facets.subjects}
            years={facets.years}
            filters={filters}
            docs={rows}
            total={total}
            page={q.page}
          />
        );
      });
    },
  );
}
