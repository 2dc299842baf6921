import { columnHref } from '../columns/columns.pages.js';
import type { ColumnsService } from '../columns/columns.service.js';
import { documentHref } from '../documents/documents.paths.js';
import type { DocumentsService } from '../documents/documents.service.js';

/**
 * The site's sitemap (sitemaps.org 0.9). A sitemap file holds at most 50,000 addresses: a site
 * with more is given as a sitemap index (/sitemap.xml) of numbered files (/sitemap-1.xml …) that
 * list the site's own pages and then its documents, newest first, so every public document is
 * listed once however large the site grows.
 */
export const SITEMAP_URLS_PER_FILE = 50_000;

const xmlEscape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapDeps {
  columns: Pick<ColumnsService, 'list'>;
  documents: Pick<DocumentsService, 'publicList'>;
}

/**
 * `/sitemap.xml` (part undefined) or `/sitemap-<part>.xml`: the XML, or undefined for a part that
 * does not exist.
 */
export async function sitemapXml(
  deps: SitemapDeps,
  siteId: string,
  base: string,
  part: number | undefined,
  perFile = SITEMAP_URLS_PER_FILE,
): Promise<string | undefined> {
  const all = await deps.columns.list(siteId);
  const pages = [
    `${base}/`,
    `${base}/catalogue`,
    ...all.filter((c) => c.kind !== 'link').map((c) => `${base}${xmlEscape(columnHref(c, all))}`),
  ];
  const { total } = await deps.documents.publicList(siteId, { limit: 1, offset: 0 });
  const files = Math.max(1, Math.ceil((pages.length + total) / perFile));
  if (part === undefined && files > 1) {
    const entries = Array.from(
      { length: files },
      (_, i) => `<sitemap><loc>${base}/sitemap-${i + 1}.xml</loc></sitemap>`,
    );
    return `${XML}<sitemapindex xmlns="${NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
  }
  const index = (part ?? 1) - 1;
  if (index < 0 || index >= files) return undefined;
  // The addresses in order — the site's pages, then its documents — cut into files of perFile.
  const from = index * perFile;
  const to = from + perFile;
  const own = pages.slice(from, to);
  const firstDocument = Math.max(from, pages.length) - pages.length;
  const documentsHere = to - Math.max(from, pages.length);
  const { rows } =
    documentsHere > 0
      ? await deps.documents.publicList(siteId, { limit: documentsHere, offset: firstDocument })
      : { rows: [] };
  const urls = [
    ...own.map((loc) => `<url><loc>${loc}</loc></url>`),
    ...rows.map(
      (d) => `<url><loc>${base}${documentHref(d)}</loc><lastmod>${xmlEscape(d.updatedAt.slice(0, 10))}</lastmod></url>`,
    ),
  ];
  return `${XML}<urlset xmlns="${NS}">\n${urls.join('\n')}\n</urlset>\n`;
}
