import type { ComponentChildren } from 'preact';

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

export interface LayoutProps {
  site: SiteFrame | null;
  title: string;
  /** Extra meta tags for article pages (ColumnName, ArticleTitle, PubDate …). */
  meta?: Record<string, string>;
  children: ComponentChildren;
}

export function Layout({ site, title, meta = {}, children }: LayoutProps) {
  const siteName = site?.name ?? 'gongkai 政务公开平台';
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === siteName ? siteName : `${title} - ${siteName}`}</title>
        <meta name="SiteName" content={siteName} />
        {site && <meta name="SiteIDCode" content={site.siteCode} />}
        {Object.entries(meta).map(([name, content]) => (
          <meta name={name} content={content} />
        ))}
        <link rel="stylesheet" href="/assets/portal.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          跳到主要内容
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href="/">
              {siteName}
            </a>
            <nav aria-label="主导航">
              <ul>
                <li>
                  <a href="/">首页</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        {site && <Footer site={site} />}
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
        <p>
          网站标识码：{site.siteCode}
          {site.icpNo && <> {site.icpNo}</>}
          {site.policeFilingNo && <> {site.policeFilingNo}</>}
        </p>
      </div>
    </footer>
  );
}
