import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, isOnSite, type Actor } from '../../platform/auth/actor.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import type { Clock } from '../../platform/clock/clock.js';
import { detectAllowedType, type FileStore } from '../../platform/files/files.js';
import { Errors } from '../../platform/http/errors.js';
import type { ColumnsService } from '../columns/columns.service.js';
import {
  IMAGE_KIND_LABELS,
  identityProblems,
  type ImageKind,
  type SiteIdentity,
  type SiteIdentityInput,
} from './site-identity.js';
import { SiteErrors } from './sites.errors.js';
import * as repo from './sites.repository.js';

/** A logo or banner is a picture, not a poster: 1 MB is plenty for either. */
export const MAX_SITE_IMAGE_BYTES = 1024 * 1024;
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);

export interface SiteIdentityDeps {
  db: Executor;
  clock: Clock;
  files: FileStore;
  columns: Pick<ColumnsService, 'list'>;
}

/** The office sets its portal's identity; every page shows it from the next request on. */
export function createSiteIdentityService({ db, clock, files, columns: siteColumns }: SiteIdentityDeps) {
  async function current(siteId: string): Promise<SiteIdentity> {
    const site = await repo.findSite(db, siteId);
    if (!site) throw Errors.NOT_FOUND('站点不存在');
    return site.identity;
  }

  function mayChange(actor: Actor, siteId: string): void {
    if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有本站点的站点管理员可以设置门户外观与标识');
  }

  async function save(actor: Actor, siteId: string, before: SiteIdentity, after: SiteIdentity, action: string) {
    await inTransaction(db, async (trx) => {
      await repo.updateIdentity(trx, siteId, after, clock.now().toISOString());
      await touchSite(trx, siteId);
      await recordAudit(trx, clock, actor, { action, entityType: 'site', entityId: siteId, siteId, before, after });
    });
    return after;
  }

  return {
    async get(actor: Actor, siteId: string): Promise<SiteIdentity> {
      if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
      return current(siteId);
    },

    async update(actor: Actor, siteId: string, input: SiteIdentityInput): Promise<SiteIdentity> {
      const before = await current(siteId);
      mayChange(actor, siteId);
      const columns = await siteColumns.list(siteId);
      const feeding = new Set(columns.filter((c) => c.kind !== 'link').map((c) => c.id));
      const problems = identityProblems(input, feeding);
      if (problems.length > 0) throw SiteErrors.SITE_INVALID('门户外观与标识的设置有误', problems);
      const relatedSites = input.relatedSites.map((s) => ({ name: s.name.trim(), url: s.url.trim() }));
      const after = {
        ...before,
        ...input,
        themeColour: input.themeColour.toLowerCase(),
        organiser: input.organiser.trim(),
        relatedSites,
      };
      return save(actor, siteId, before, after, 'site.identity.update');
    },

    /** A new logo or banner: PNG or JPEG, told by its content, at most 1 MB. */
    async setImage(actor: Actor, siteId: string, kind: ImageKind, bytes: Buffer): Promise<SiteIdentity> {
      const before = await current(siteId);
      mayChange(actor, siteId);
      const label = IMAGE_KIND_LABELS[kind];
      if (bytes.length > MAX_SITE_IMAGE_BYTES)
        throw SiteErrors.SITE_INVALID(`${label}不能超过 1 MB`, [{ field: 'file', message: `${label}不能超过 1 MB` }]);
      const mime = await detectAllowedType(bytes);
      if (!mime || !IMAGE_TYPES.has(mime))
        throw SiteErrors.SITE_INVALID(`${label}只能是 PNG 或 JPEG 图片`, [
          { field: 'file', message: `${label}只能是 PNG 或 JPEG 图片` },
        ]);
      const sha256 = await files.put(bytes);
      return save(actor, siteId, before, { ...before, [kind]: { sha256, mime } }, `site.identity.${kind}`);
    },

    async removeImage(actor: Actor, siteId: string, kind: ImageKind): Promise<SiteIdentity> {
      const before = await current(siteId);
      mayChange(actor, siteId);
      return save(actor, siteId, before, { ...before, [kind]: null }, `site.identity.${kind}_remove`);
    },

    /**
     * A site's current logo or banner, from the identity its page request already read; nothing else
     * in the file store is reachable this way.
     */
    async image(identity: SiteIdentity, kind: ImageKind): Promise<{ sha256: string; mime: string; bytes: Buffer }> {
      const ref = identity[kind];
      if (!ref) throw Errors.NOT_FOUND('未设置该图片');
      return { ...ref, bytes: await files.get(ref.sha256) };
    },
  };
}

export type SiteIdentityService = ReturnType<typeof createSiteIdentityService>;
