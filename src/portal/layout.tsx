import type { ComponentChildren } from 'preact';
import { PORTAL_CSS_URL } from './assets.js';
import type { Preferences } from './preferences.js';

/** The facts every page's header and footer show (website.md §1). */
export interface SiteFrame {
  name: string;
  siteCode: string;
  sponsor: string;
  address: string;
  phone: string;
  email: string;
  icpNo: string;
  policeFilingNo: string;
}

export interface NavItem {
  label: string;
  href: string;
}

export interface LayoutProps {
  site: SiteFrame | null;
  title: string;
  /** The path of this page, for the display switches to come back to. */
  path?: string;
  prefs?: Preferences;
  nav?: NavItem[];
  /** Meta tags for article pages (ColumnName, ArticleTitle, PubDate …), website.md §1. */
  meta?: Record<string, string>;
  /** What search engines show under the title; by default the page, the site and its sponsor. */
  description?: string;
  /** A print view: content only. */
  print?: boolean;
  children: ComponentChildren;
}

const NO_PREFS: Preferences = { elder: false, largeText: false };

function Switches({ path, prefs }: { path: string; prefs: Preferences }) {
  const back = encodeURIComponent(path);
  return (
    <ul class="switches" aria-label="显示设置">
      <li>
        <a href={`/preferences?elder=${prefs.elder ? '0' : '1'}&back=${back}`}>
          {prefs.elder ? '退出适老版' : '适老版'}
        </a>
      </li>
      <li>
        <a href={`/preferences?largeText=${prefs.largeText ? '0' : '1'}&back=${back}`}>
          {prefs.largeText ? '标准字号' : '大字号'}
        </a>
      </li>
    </ul>
  );
}

export function Layout({
  site,
  title,
  path = '/',
  prefs = NO_PREFS,
  nav = [],
  meta = {},
  description,
  print = false,
  children,
}: LayoutProps) {
  const siteName = site?.name ?? 'gongkai 政务公开平台';
  const summary =
    description?.trim() ||
    [title === siteName ? siteName : `${title}，${siteName}`, site?.sponsor && `主办单位：${site.sponsor}`]
      .filter(Boolean)
      .join('。');
  const classes = [prefs.elder && 'elder', prefs.largeText && 'large-text', print && 'print'].filter(Boolean).join(' ');
  return (
    <html lang="zh-CN" class={classes || undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === siteName ? siteName : `${title} - ${siteName}`}</title>
        <meta name="description" content={summary.slice(0, 160)} />
        <meta name="SiteName" content={siteName} />
        {site && <meta name="SiteIDCode" content={site.siteCode} />}
        {Object.entries(meta).map(([name, content]) => (
          <meta name={name} content={content} />
        ))}
        <link rel="stylesheet" href={PORTAL_CSS_URL} />
      </head>
      <body>
        {!print && (
          <>
            <a class="skip-link" href="#main">
              跳到主要内容
            </a>
            <header class="site-header">
              <div class="wrap">
                <a class="site-name" href="/">
                  {siteName}
                </a>
                <form class="header-search" method="get" action="/search" role="search" aria-label="全站搜索">
                  <label for="header-q" class="visually-hidden">
                    搜索本站
                  </label>
                  <input id="header-q" type="search" name="q" maxLength={100} placeholder="搜索本站" list={undefined} />
                  <button type="submit">搜索</button>
                </form>
                <Switches path={path} prefs={prefs} />
              </div>
              <nav aria-label="主导航" class="main-nav">
                <ul class="wrap">
                  <li>
                    <a href="/">首页</a>
                  </li>
                  {nav.map((item) => (
                    <li>
                      <a href={item.href}>{item.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            </header>
          </>
        )}
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        {site && !print && <Footer site={site} />}
      </body>
    </html>
  );
}

function Footer({ site }: { site: SiteFrame }) {
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p>
          主办单位：{site.sponsor}
          {site.address && <> 地址：{site.address}</>}
        </p>
        {(site.phone || site.email) && (
          <p>
            {site.phone && <>联系电话：{site.phone} </>}
            {site.email && <>电子邮箱：{site.email}</>}
          </p>
        )}
        <ul class="footer-links" aria-label="网站服务">
          <li>
            <a href="/sitemap">网站地图</a>
          </li>
          <li>
            <a href="/messages/correction">我要纠错</a>
          </li>
          <li>
            <a href="/messages">联系我们</a>
          </li>
          <li>
            <a href="/guides">信息公开指南</a>
          </li>
        </ul>
        <p>
          网站标识码：{site.siteCode}
          {site.icpNo && (
            <>
              {' '}
              <a href="https://beian.miit.gov.cn/">{site.icpNo}</a>
            </>
          )}
          {site.policeFilingNo && (
            <>
              {' '}
              <a href={policeFilingUrl(site.policeFilingNo)}>{site.policeFilingNo}</a>
            </>
          )}
        </p>
      </div>
    </footer>
  );
}

/** The national filing system's page for a 公安备案 number (its digits are the record code). */
function policeFilingUrl(filing: string): string {
  const code = filing.replace(/\D/g, '');
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}
