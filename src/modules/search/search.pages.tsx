import { Type } from '@sinclair/typebox';
import { formatChinaTime } from '../../platform/clock/clock.js';
import type { App } from '../../platform/http/types.js';
import { Layout } from '../../portal/layout.js';
import { sendPage } from '../../portal/render.js';
import { frameFor, Pager, type Frame } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { SitesService } from '../sites/sites.service.js';
import { SearchQuerySchema } from './search.schema.js';
import { RESULT_TYPE_LABELS, type SearchParams, type SearchResult, type SearchService } from './search.service.js';

type Filters = Pick<SearchParams, 'type' | 'publisher' | 'year' | 'validity' | 'sort'>;

/** The link to this search with some parameters changed (a facet chosen or cleared, a page, an order). */
function searchHref(q: string, filters: Filters, change: Partial<Filters> & { page?: number } = {}): string {
  const all: Record<string, string | number | undefined> = { q, ...filters, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(all))
    if (v !== undefined && v !== '' && !(k === 'sort' && v === 'relevance')) params.set(k, String(v));
  return `/search?${params.toString()}`;
}

const FACETS: {
  key: keyof SearchResult['facets'];
  param: 'type' | 'publisher' | 'year' | 'validity';
  title: string;
}[] = [
  { key: 'type', param: 'type', title: '类型' },
  { key: 'publisher', param: 'publisher', title: '发布机构' },
  { key: 'year', param: 'year', title: '年份' },
  { key: 'validity', param: 'validity', title: '有效性' },
];

function SearchForm({ q }: { q: string }) {
  return (
    <form class="search-form" method="get" action="/search" role="search" aria-label="站内搜索">
      <label for="search-q">搜索关键词</label>
      <input id="search-q" type="search" name="q" value={q} maxLength={100} list={undefined} />
      <button type="submit">搜索</button>
      <p class="hint">可输入文件标题、文号（如 姑政办发〔2018〕12号）或问题；用引号“”检索完整短语。</p>
    </form>
  );
}

function HotQueries({ queries }: { queries: string[] }) {
  if (!queries.length) return null;
  return (
    <section aria-labelledby="hot-heading" class="hot-queries">
      <h2 id="hot-heading">热门搜索</h2>
      <ul>
        {queries.map((q) => (
          <li>
            <a href={searchHref(q, {})}>{q}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage({
  frame,
  result,
  filters,
  hot,
}: {
  frame: Frame;
  result: SearchResult | null;
  filters: Filters;
  hot: string[];
}) {
  const q = result?.query ?? '';
  const title = q ? `搜索：${q}` : '站内搜索';
  return (
    <Layout {...frame} title={title}>
      <h1>站内搜索</h1>
      <SearchForm q={q} />
      {result && (
        <>
          {result.searchedFor && (
            <p class="notice">
              未找到与“{result.query}”相关的结果，已为您显示“{result.searchedFor}”的结果。
            </p>
          )}
          {result.suggestion && (
            <p class="notice">
              您是不是要找：<a href={searchHref(result.suggestion, filters)}>{result.suggestion}</a>
            </p>
          )}
          {result.match === 'any' && result.total > 0 && (
            <p class="notice">没有同时包含全部检索词的结果，以下结果包含部分检索词。</p>
          )}
          {/* Results come first in the page, so a phone shows them before the filters; on a wide screen the filters stand in the left column. */}
          <div class="search-layout">
            <section class="results" aria-labelledby="results-heading">
              <h2 id="results-heading">共找到 {result.total} 条结果</h2>
              {result.total > 0 && (
                <p class="sort">
                  排序：
                  {filters.sort === 'date' ? (
                    <>
                      <a href={searchHref(q, filters, { sort: 'relevance' })}>按相关度</a>{' '}
                      <span aria-current="true">按时间</span>
                    </>
                  ) : (
                    <>
                      <span aria-current="true">按相关度</span>{' '}
                      <a href={searchHref(q, filters, { sort: 'date' })}>按时间</a>
                    </>
                  )}
                </p>
              )}
              {result.total === 0 && (
                <p>
                  没有找到相关内容。请检查是否有错别字，换一个说法或减少检索词后再试，也可以浏览政府信息公开目录或依申请公开。
                </p>
              )}
              <ol class="search-results" start={(result.page - 1) * result.size + 1}>
                {result.hits.map((h) => (
                  <li>
                    <h3>
                      <a href={h.url}>{h.title}</a>
                    </h3>
                    <p class="meta">
                      <span class="tag">{RESULT_TYPE_LABELS[h.type] ?? h.type}</span>
                      {h.publisher && <span>{h.publisher}</span>}
                      {h.docNo && <span>{h.docNo}</span>}
                      <time dateTime={formatChinaTime(h.publishedAt).slice(0, 10)}>
                        {formatChinaTime(h.publishedAt).slice(0, 10)}
                      </time>
                    </p>
                    {/* The snippet is escaped text with the query's words in <mark> (platform/search/snippet.ts). */}
                    <p class="snippet" dangerouslySetInnerHTML={{ __html: h.snippet }} />
                  </li>
                ))}
              </ol>
              <Pager
                page={result.page}
                pages={Math.min(100, Math.ceil(result.total / result.size))}
                href={(page) => searchHref(q, filters, { page })}
              />
            </section>
            <nav class="facets" aria-label="筛选结果">
              {FACETS.map((f) => {
                const values = result.facets[f.key];
                const chosen = filters[f.param] !== undefined ? String(filters[f.param]) : undefined;
                if (!values.length && !chosen) return null;
                return (
                  <section aria-labelledby={`facet-${f.key}`}>
                    <h2 id={`facet-${f.key}`}>{f.title}</h2>
                    <ul>
                      <li>
                        {chosen ? (
                          <a href={searchHref(q, filters, { [f.param]: undefined })}>不限</a>
                        ) : (
                          <span aria-current="true">不限</span>
                        )}
                      </li>
                      {values.map((v) => (
                        <li>
                          {chosen === v.value ? (
                            <span aria-current="true">
                              {v.label}（{v.count}）
                            </span>
                          ) : (
                            <a href={searchHref(q, filters, { [f.param]: v.value })}>
                              {v.label}（{v.count}）
                            </a>
                          )}
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </nav>
          </div>
        </>
      )}
      {(!result || result.total === 0) && <HotQueries queries={hot} />}
    </Layout>
  );
}

export function searchPages(
  app: App,
  { search, sites, columns }: { search: SearchService; sites: SitesService; columns: ColumnsService },
): void {
  // Not through the page cache: every query is different, and each one is counted.
  app.get(
    '/search',
    { schema: { hide: true, querystring: Type.Partial(SearchQuerySchema) } },
    async (request, reply) => {
      const site = await sites.forPortal(request.hostname);
      const { q = '', page = 1, size = 10, sort = 'relevance', ...rest } = request.query;
      const filters: Filters = { ...rest, sort };
      const [frame, result, hot] = await Promise.all([
        frameFor(request, site, columns),
        q.trim() ? search.search(site.id, { q, page, size, ...filters }) : Promise.resolve(null),
        search.hotQueries(site.id),
      ]);
      return sendPage(reply, <SearchPage frame={frame} result={result} filters={filters} hot={hot} />);
    },
  );
}
