import type { ComponentChildren } from 'preact';
import { PORTAL_CSS_URL, READ_ALOUD_JS_URL } from './assets.js';
import {
  conacUrl,
  contrastWithWhite,
  darker,
  DEFAULT_THEME_COLOUR,
  MIN_CONTRAST,
  siteImageUrl,
  type PortalIdentity,
} from './identity.js';
import { PREFERENCE_NAMES, preferenceClasses, type PreferenceName, type Preferences } from './preferences.js';

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
  /** The office's own look and marks (承办单位, theme colour, logo …); the defaults when absent. */
  identity?: PortalIdentity;
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

const NO_PREFS = Object.fromEntries(PREFERENCE_NAMES.map((n) => [n, false])) as Preferences;

/** A switch is a plain link to /preferences, so it works without JavaScript. */
function switchHref(name: PreferenceName, prefs: Preferences, path: string): string {
  return `/preferences?${name}=${prefs[name] ? '0' : '1'}&back=${encodeURIComponent(path)}`;
}

/** The 无障碍 toolbar (website.md §7): each switch says what it will do. */
const TOOLBAR: { name: PreferenceName; on: string; off: string }[] = [
  { name: 'contrast', on: '开启高对比度', off: '关闭高对比度' },
  { name: 'spacing', on: '加大行距', off: '恢复行距' },
  { name: 'cursor', on: '大鼠标指针', off: '标准鼠标指针' },
  { name: 'readAloud', on: '开启朗读', off: '关闭朗读' },
];

function Switches({ path, prefs, class: extra }: { path: string; prefs: Preferences; class?: string }) {
  const on = TOOLBAR.filter((t) => prefs[t.name]).length;
  return (
    <ul class={extra ? `switches ${extra}` : 'switches'} aria-label="显示设置">
      <li>
        <a href={switchHref('elder', prefs, path)}>{prefs.elder ? '退出适老版' : '适老版'}</a>
      </li>
      <li>
        <a href={switchHref('largeText', prefs, path)}>{prefs.largeText ? '标准字号' : '大字号'}</a>
      </li>
      <li>
        {/* A disclosure that opens without JavaScript; closed, it says how many switches are on. */}
        <details class="a11y-toolbar">
          <summary>{on > 0 ? `无障碍（已开 ${on} 项）` : '无障碍'}</summary>
          <ul aria-label="无障碍工具">
            {TOOLBAR.map((t) => (
              <li>
                <a href={switchHref(t.name, prefs, path)}>{prefs[t.name] ? t.off : t.on}</a>
              </li>
            ))}
          </ul>
        </details>
      </li>
    </ul>
  );
}

function NavList({ nav, class: cls }: { nav: NavItem[]; class?: string }) {
  return (
    <ul class={cls}>
      <li>
        <a href="/">首页</a>
      </li>
      {nav.map((item) => (
        <li>
          <a href={item.href}>{item.label}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The site's theme colour and its darker shades, as the custom properties the style sheet reads.
 * Only a colour that passed the contrast rule when it was saved is used (the value is checked again
 * here, so a row edited by hand cannot put unreadable or hostile text into the page).
 */
function themeStyle(identity: PortalIdentity | undefined): string | null {
  const colour = identity?.themeColour ?? DEFAULT_THEME_COLOUR;
  if (colour === DEFAULT_THEME_COLOUR || !/^#[0-9a-fA-F]{6}$/.test(colour) || contrastWithWhite(colour) < MIN_CONTRAST)
    return null;
  return `:root{--theme:${colour};--theme-dark:${darker(colour, 0.8)};--theme-darker:${darker(colour, 0.69)}}`;
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
  const classes = [...preferenceClasses(prefs), print && 'print'].filter(Boolean).join(' ');
  const identity = site?.identity;
  const theme = themeStyle(identity);
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
        {theme && <style>{theme}</style>}
        {prefs.readAloud && !print && <script src={READ_ALOUD_JS_URL} defer />}
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
                  {identity?.logo && <img class="site-logo" src={siteImageUrl('logo', identity.logo)} alt="" />}
                  <span>{siteName}</span>
                </a>
                <form class="header-search" method="get" action="/search" role="search" aria-label="全站搜索">
                  <label for="header-q" class="visually-hidden">
                    搜索本站
                  </label>
                  <input id="header-q" type="search" name="q" maxLength={100} placeholder="搜索本站" list={undefined} />
                  <button type="submit">搜索</button>
                </form>
                <Switches path={path} prefs={prefs} class="wide-only" />
                {/* On a phone the menu and the display switches fold behind one button, so the
                    page starts on the first screen; a disclosure, it needs no JavaScript. */}
                <details class="phone-menu">
                  <summary>菜单</summary>
                  <nav aria-label="栏目菜单">
                    <NavList nav={nav} />
                  </nav>
                  <Switches path={path} prefs={prefs} />
                </details>
              </div>
              <nav aria-label="主导航" class="main-nav wide-only">
                <NavList nav={nav} class="wrap" />
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
  const identity = site.identity;
  return (
    <footer class="site-footer">
      <div class="wrap">
        {identity && identity.relatedSites.length > 0 && (
          <nav class="related-sites" aria-label="相关网站">
            <h2>相关网站</h2>
            <ul class="footer-links">
              {identity.relatedSites.map((r) => (
                <li>
                  <a href={r.url} rel="noopener">
                    {r.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
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
        <div class="footer-marks">
          {identity?.conacId && (
            // The registry's own mark is an image it serves; a text mark links to the same check.
            <a class="conac-mark" href={conacUrl(identity.conacId)} rel="noopener">
              <span aria-hidden="true">党政机关</span>
              <span class="visually-hidden">党政机关网站标识（查看网站开办信息）</span>
            </a>
          )}
          <div>
            <p>
              主办单位：{site.sponsor}
              {identity?.organiser && <> 承办单位：{identity.organiser}</>}
            </p>
            {(site.address || site.phone || site.email) && (
              <p>
                {site.address && <>地址：{site.address} </>}
                {site.phone && <>联系电话：{site.phone} </>}
                {site.email && <>电子邮箱：{site.email}</>}
              </p>
            )}
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
        </div>
      </div>
    </footer>
  );
}

/** The national filing system's page for a 公安备案 number (its digits are the record code). */
function policeFilingUrl(filing: string): string {
  const code = filing.replace(/\D/g, '');
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}
