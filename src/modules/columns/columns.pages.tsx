import type { FastifyRequest } from 'fastify';
import type { NavItem, SiteFrame } from '../../portal/layout.js';
import { preferencesOf, type Preferences } from '../../portal/preferences.js';
import { ancestry, type Column, type ColumnsService } from './columns.service.js';

/** What every portal page needs around its content: the site, the visitor's preferences, the navigation. */
export interface Frame {
  site: SiteFrame;
  path: string;
  prefs: Preferences;
  nav: NavItem[];
}

export function columnHref(c: Column): string {
  return c.kind === 'link' ? c.linkUrl : `/columns/${c.id}`;
}

/** Main navigation: the top-level columns, then the catalogue. */
export async function frameFor(
  request: FastifyRequest,
  site: SiteFrame & { id: string },
  columns: ColumnsService,
): Promise<Frame> {
  const top = (await columns.list(site.id)).filter((c) => c.parentId === null);
  return {
    site,
    path: request.url,
    prefs: preferencesOf(request),
    nav: [
      ...top.map((c) => ({ label: c.name, href: columnHref(c) })),
      { label: '信息公开目录', href: '/catalogue' },
      { label: '工作要点', href: '/work-plans' },
      { label: '办事服务', href: '/services' },
      { label: '互动交流', href: '/messages' },
      { label: '智能问答', href: '/assistant' },
    ],
  };
}

export function Breadcrumb({ trail }: { trail: { label: string; href?: string }[] }) {
  return (
    <nav class="breadcrumb" aria-label="当前位置">
      <ol>
        <li>
          <a href="/">首页</a>
        </li>
        {trail.map((t) => (
          <li>{t.href ? <a href={t.href}>{t.label}</a> : <span aria-current="page">{t.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

export function columnTrail(all: readonly Column[], id: string, current = true): { label: string; href?: string }[] {
  const chain = ancestry(all, id);
  return chain.map((c, i) => ({ label: c.name, href: current && i === chain.length - 1 ? undefined : columnHref(c) }));
}

/** Page links that work without JavaScript. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="分页">
      {page > 1 && <a href={href(page - 1)}>上一页</a>}
      <span aria-current="page">
        第 {page} 页 / 共 {pages} 页
      </span>
      {page < pages && <a href={href(page + 1)}>下一页</a>}
    </nav>
  );
}
