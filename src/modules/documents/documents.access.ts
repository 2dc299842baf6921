import type { Executor } from '../../db/database.js';
import { can, scopeOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { Errors } from '../../platform/http/errors.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import * as repo from './documents.repository.js';
import type { DocumentRow, RevisionRow } from './documents.repository.js';

export const EDITORS: Role[] = ['editor', 'site_admin'];
export const REVIEWERS: Role[] = ['reviewer', 'site_admin'];
export const PUBLISHERS: Role[] = ['editor', 'reviewer', 'site_admin'];
/** Who sees a department's documents in the back office. */
const READERS: Role[] = ['editor', 'reviewer', 'site_admin', 'auditor'];

/** Who may see and act on a document: every use case of the module asks here first. */
export function documentAccess(db: Executor, departments: Pick<DepartmentsService, 'path' | 'subtree'>) {
  async function load(id: string): Promise<{ doc: DocumentRow; latest: RevisionRow }> {
    const doc = await repo.findDocument(db, id);
    const latest = doc && (await repo.latestRevision(db, id));
    if (!doc || !latest) throw Errors.NOT_FOUND('信息不存在');
    return { doc, latest };
  }

  /** Refused (403) unless the actor holds one of `roles` for the document's department. */
  async function refuseUnless(
    actor: Actor,
    doc: { siteId: string; departmentId: string },
    roles: Role[],
    what: string,
  ) {
    if (!can(actor, doc.siteId, roles, await departments.path(doc.siteId, doc.departmentId)))
      throw Errors.FORBIDDEN(`没有权限${what}`);
  }

  /** The departments whose documents the actor sees on a site; undefined for the whole site. */
  async function visibleDepartments(actor: Actor, siteId: string): Promise<string[] | undefined> {
    const scope = scopeOf(actor, siteId, READERS);
    return scope === 'site' ? undefined : departments.subtree(siteId, scope);
  }

  /** Department staff see their departments' documents; others get "not found", not a hint it exists. */
  async function loadVisible(actor: Actor, id: string): Promise<{ doc: DocumentRow; latest: RevisionRow }> {
    const loaded = await load(id);
    const path = await departments.path(loaded.doc.siteId, loaded.doc.departmentId);
    if (!can(actor, loaded.doc.siteId, READERS, path)) throw Errors.NOT_FOUND('信息不存在');
    return loaded;
  }

  return { refuseUnless, visibleDepartments, loadVisible };
}

export type DocumentAccess = ReturnType<typeof documentAccess>;
