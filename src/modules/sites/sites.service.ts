import { insertStandardMailboxes } from '../messages/messages.mailboxes.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, sitesOf, type Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { normaliseOrganisationCode } from '../../platform/text/identifiers.js';
import type { ColumnsService } from '../columns/columns.service.js';
import { indexTemplateProblems } from './index-number.js';
import { SiteErrors } from './sites.errors.js';
import * as repo from './sites.repository.js';
import type { Site, SiteFields } from './sites.repository.js';

export type { Site, SiteFields } from './sites.repository.js';

export interface SiteInput extends SiteFields {
  hosts: string[];
}

export interface SitesDeps {
  db: Executor;
  clock: Clock;
  /** A new site starts with the standard columns, written in the site's own transaction. */
  columns: Pick<ColumnsService, 'createStandard'>;
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '');
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A site's public address for absolute links (sitemap, feeds, QR codes): the configured public URL
 * when it names one of the site's hosts, else the site's first host with the configured scheme and
 * port. Never the request's Host header, which a client chooses.
 */
export function siteBaseUrl(site: Pick<Site, 'hosts'>, publicUrl: string): string {
  const configured = new URL(publicUrl);
  if (site.hosts.length === 0 || site.hosts.includes(configured.hostname.toLowerCase())) return publicUrl;
  return `${configured.protocol}//${site.hosts[0]}${configured.port ? `:${configured.port}` : ''}`;
}

function checkInput(input: SiteInput): SiteInput {
  const problems = [];
  if (!/^[0-9A-Za-z]{10}$/.test(input.siteCode)) {
    problems.push({ field: 'siteCode', message: '网站标识码应为 10 位数字或字母' });
  }
  let orgCode = input.orgCode.trim();
  if (orgCode) {
    const normal = normaliseOrganisationCode(orgCode);
    if (!normal) problems.push({ field: 'orgCode', message: '统一社会信用代码或组织机构代码校验不通过' });
    else orgCode = normal;
  }
  for (const message of indexTemplateProblems(input.indexNoTemplate))
    problems.push({ field: 'indexNoTemplate', message });
  const hosts = [...new Set(input.hosts.map(normaliseHost).filter(Boolean))];
  for (const host of hosts) {
    if (!/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(host))
      problems.push({ field: 'hosts', message: `域名 “${host}” 格式不正确` });
  }
  if (problems.length > 0) throw SiteErrors.SITE_INVALID(undefined, problems);
  return { ...input, orgCode, hosts };
}

export function createSitesService({ db, clock, columns }: SitesDeps) {
  async function assertUnique(trx: Executor, input: SiteInput, selfId?: string): Promise<void> {
    const existing = await repo.listSites(trx);
    if (existing.some((s) => s.siteCode === input.siteCode && s.id !== selfId)) throw SiteErrors.SITE_CODE_TAKEN();
    const taken = existing.find((s) => s.id !== selfId && s.hosts.some((h) => input.hosts.includes(h)));
    if (taken) throw SiteErrors.SITE_HOST_TAKEN(`域名已绑定到站点 “${taken.name}”`);
  }

  /** Retires the site with its notice, or (notice null) opens it again; audited. */
  async function setRetirement(actor: Actor, id: string, notice: string | null): Promise<Site> {
    if (!actor.isPlatformAdmin) throw Errors.FORBIDDEN('只有平台管理员可以关停或恢复站点');
    const before = await service.get(id);
    await inTransaction(db, async (trx) => {
      const at = clock.now().toISOString();
      await repo.setRetirement(trx, id, notice === null ? null : at, notice ?? '', at);
      await touchSite(trx, id);
      await recordAudit(trx, clock, actor, {
        action: notice === null ? 'site.reinstate' : 'site.retire',
        entityType: 'site',
        entityId: id,
        siteId: id,
        before: { retiredAt: before.retiredAt, notice: before.retiredNotice },
        after: { retiredAt: notice === null ? null : at, notice: notice ?? '' },
      });
    });
    return service.get(id);
  }

  const service = {
    async get(id: string, trx: Executor = db): Promise<Site> {
      const site = await repo.findSite(trx, id);
      if (!site) throw Errors.NOT_FOUND('站点不存在');
      return site;
    },

    /**
     * The site a request is for, chosen by host name; the allowed hosts are the sites' own (as
     * Django's ALLOWED_HOSTS). A platform with a single site also serves it on the machine's own
     * loopback names, so a fresh install works at http://localhost:3000 — but not under any name
     * a client cares to send.
     */
    async forHost(host: string): Promise<Site | undefined> {
      const name = normaliseHost(host);
      const id = await repo.findSiteIdByHost(db, name);
      if (id) return repo.findSite(db, id);
      if (!LOOPBACK.has(name)) return undefined;
      const all = await repo.listSites(db);
      return all.length === 1 ? all[0] : undefined;
    },

    /**
     * The site a portal page is for: none is a 404; a retired site answers 410 with its closing
     * notice on every page, so old links and search engines learn it is gone, not broken.
     */
    async forPortal(host: string): Promise<Site> {
      const site = await this.forHost(host);
      if (!site) throw Errors.SITE_NOT_FOUND();
      if (site.retiredAt) throw SiteErrors.SITE_RETIRED(site.retiredNotice || undefined);
      return site;
    },

    async list(actor: Actor): Promise<Site[]> {
      return actor.isPlatformAdmin ? repo.listSites(db) : repo.listSites(db, sitesOf(actor));
    },

    async count(): Promise<number> {
      return repo.countSites(db);
    },

    async create(actor: Actor, raw: SiteInput): Promise<Site> {
      if (!actor.isPlatformAdmin) throw Errors.FORBIDDEN('只有平台管理员可以新建站点');
      const input = checkInput(raw);
      const id = newId();
      await inTransaction(db, async (trx) => {
        await assertUnique(trx, input);
        const at = clock.now().toISOString();
        const { hosts, ...fields } = input;
        await repo.insertSite(trx, id, fields, hosts, at);
        // Every new site starts with the standard columns (政府信息公开 section, 政务动态, 通知公告)
        // and the standard mailboxes.
        await columns.createStandard(actor, id, trx);
        await insertStandardMailboxes(trx, id, at);
        await recordAudit(trx, clock, actor, {
          action: 'site.create',
          entityType: 'site',
          entityId: id,
          siteId: id,
          after: input,
        });
      });
      return this.get(id);
    },

    /** Retires a site (网站关停, platform administrators only) with the notice its portal shows from now on. */
    async retire(actor: Actor, id: string, rawNotice: string): Promise<Site> {
      const notice = rawNotice.trim();
      if (actor.isPlatformAdmin && !notice)
        throw SiteErrors.SITE_INVALID('请填写关停公告', [
          { field: 'notice', message: '请写明关停原因，以及整合后的网站地址（如有）' },
        ]);
      return setRetirement(actor, id, notice);
    },

    /** Opens a retired site again (platform administrators only). */
    async reinstate(actor: Actor, id: string): Promise<Site> {
      return setRetirement(actor, id, null);
    },

    async update(actor: Actor, id: string, raw: SiteInput): Promise<Site> {
      const before = await this.get(id);
      if (!can(actor, id, ['site_admin'], [])) throw Errors.FORBIDDEN('只有本站点的站点管理员可以修改站点信息');
      const input = checkInput(raw);
      await inTransaction(db, async (trx) => {
        await assertUnique(trx, input, id);
        const { hosts, ...fields } = input;
        await repo.updateSite(trx, id, fields, hosts, clock.now().toISOString());
        await touchSite(trx, id);
        await recordAudit(trx, clock, actor, {
          action: 'site.update',
          entityType: 'site',
          entityId: id,
          siteId: id,
          before,
          after: input,
        });
      });
      return this.get(id);
    },
  };
  return service;
}

export type SitesService = ReturnType<typeof createSitesService>;
