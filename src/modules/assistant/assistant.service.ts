import { documentHref } from '../documents/documents.paths.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor, type Role, isOnSite } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { searchEngine, type SearchEntry } from '../../platform/search/engine.js';
import { deidentify } from '../../platform/text/pii.js';
import { normaliseText } from '../../platform/text/segment.js';
import { isValidDate } from '../../platform/workdays/dates.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { AcceptanceBasis } from '../publication-checks/publication-checks.service.js';
import type { SearchHit, SearchService } from '../search/search.service.js';
import * as repo from './assistant.repository.js';
import type { KnowledgeEntry } from './assistant.repository.js';

export type { KnowledgeEntry, QueuedQuestion } from './assistant.repository.js';

export const AssistantErrors = defineErrors({
  KNOWLEDGE_ENTRY_INVALID: { status: 400, message: '问答内容不完整或格式不正确' },
  KNOWLEDGE_SOURCE_INVALID: { status: 400, message: '来源文件须为本站点已公开的信息' },
  ASSISTANT_QUESTION_INVALID: { status: 400, message: '请输入 2 至 200 个字的问题' },
});

/** A finding a reviewer lets stay in an answer (an official's name and office phone, say). */
export interface AcceptedFinding {
  type: string;
  text: string;
  basis: AcceptanceBasis;
  reason: string;
}

export interface KnowledgeFields {
  departmentId: string;
  question: string;
  alternatives: string[];
  answer: string;
  sourceDocumentId: string | null;
  validUntil: string | null;
  /** A queued question this entry answers: it leaves the queue. */
  answersQuestionId?: string | null;
  /** Findings the reviewer saving the entry accepts, each with its basis and reason. */
  acceptedFindings?: AcceptedFinding[];
}

export interface AssistantAnswer {
  id: string;
  question: string;
  answer: string;
  department: string;
  url: string;
  source: { title: string; url: string } | null;
  updatedAt: string;
}

export interface AssistantReply {
  question: string;
  /** At least one entry matched every word of the question. */
  answered: boolean;
  answers: AssistantAnswer[];
  documents: SearchHit[];
}

export const KNOWLEDGE_TYPE = 'knowledge_entry';
const entryKey = (id: string) => `${KNOWLEDGE_TYPE}:${id}`;
const EDITORS: Role[] = ['editor', 'site_admin'];
/** Who may let a finding stay in an answer, as in a document's review. */
const REVIEWERS: Role[] = ['reviewer', 'site_admin'];
const READERS: Role[] = ['editor', 'reviewer', 'site_admin', 'auditor'];

export function createAssistantService(deps: {
  db: Executor;
  clock: Clock;
  search: SearchService;
  documents: DocumentsService;
  departments: DepartmentsService;
  /**
   * The checks before publication (personal information, 错敏字): records the findings a reviewer
   * accepted for the entry, then throws while any other remains. Runs in the save's transaction.
   */
  checkText?: (
    trx: Executor,
    actor: Actor,
    target: { siteId: string; departmentId: string; entityType: string; entityId: string },
    fields: { field: string; text: string }[],
    accepted: readonly AcceptedFinding[],
  ) => Promise<void>;
}) {
  const { db, clock, search, documents, departments } = deps;
  const today = () => chinaDate(clock.now());
  const isValid = (e: KnowledgeEntry) => e.validUntil === null || e.validUntil >= today();

  async function refuseUnless(actor: Actor, siteId: string, departmentId: string | null, roles: Role[]) {
    const path = departmentId ? await departments.path(siteId, departmentId) : [];
    if (!can(actor, siteId, roles, path)) throw Errors.FORBIDDEN('没有权限维护该单位的问答');
  }

  function searchEntry(entry: KnowledgeEntry, publisher: string): SearchEntry {
    return {
      key: entryKey(entry.id),
      siteId: entry.siteId,
      type: KNOWLEDGE_TYPE,
      title: entry.question,
      url: `/assistant/entries/${entry.id}`,
      departmentId: entry.departmentId,
      publisher,
      publishedAt: entry.updatedAt,
      validity: null,
      docNo: '',
      keywords: entry.alternatives.join(' '),
      bodyText: entry.answer,
    };
  }

  /** Puts the entry in the search index while it is valid; in the change's transaction. */
  async function index(trx: Executor, entry: KnowledgeEntry, publisher: string) {
    const engine = searchEngine(trx);
    if (isValid(entry)) await engine.put(trx, searchEntry(entry, publisher));
    else await engine.remove(trx, entryKey(entry.id));
  }

  async function clean(siteId: string, f: KnowledgeFields): Promise<Omit<KnowledgeFields, 'answersQuestionId'>> {
    const question = f.question.trim();
    const answer = f.answer.trim();
    const alternatives = [...new Set(f.alternatives.map((a) => a.trim()).filter(Boolean))];
    const problems: string[] = [];
    if (question.length < 2) problems.push('问题至少 2 个字');
    if (!answer) problems.push('请填写答案');
    if (f.validUntil && !isValidDate(f.validUntil)) problems.push('有效期须为 YYYY-MM-DD 格式的日期');
    if (problems.length) throw AssistantErrors.KNOWLEDGE_ENTRY_INVALID(problems.join('；'));
    const department = await departments.get(f.departmentId).catch(() => undefined);
    if (!department || department.siteId !== siteId)
      throw AssistantErrors.KNOWLEDGE_ENTRY_INVALID('所选单位不属于本站点');
    if (f.sourceDocumentId && !(await documents.publicDocument(siteId, f.sourceDocumentId)))
      throw AssistantErrors.KNOWLEDGE_SOURCE_INVALID();
    return {
      departmentId: f.departmentId,
      question,
      answer,
      alternatives,
      sourceDocumentId: f.sourceDocumentId,
      validUntil: f.validUntil,
    };
  }

  async function toAnswer(entry: KnowledgeEntry): Promise<AssistantAnswer> {
    const [department, source] = await Promise.all([
      departments.get(entry.departmentId).catch(() => undefined),
      entry.sourceDocumentId ? documents.publicDocument(entry.siteId, entry.sourceDocumentId) : undefined,
    ]);
    return {
      id: entry.id,
      question: entry.question,
      answer: entry.answer,
      department: department?.name ?? '',
      url: `/assistant/entries/${entry.id}`,
      // Only a source that is public now: a withdrawn document is not linked.
      source: source ? { title: source.content.title, url: documentHref(source) } : null,
      updatedAt: entry.updatedAt,
    };
  }

  const this_ = {
    async list(actor: Actor, siteId: string, page: { limit: number; offset: number; text?: string }) {
      if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
      return repo.listEntries(db, siteId, page);
    },

    async get(actor: Actor, id: string): Promise<KnowledgeEntry> {
      const entry = await repo.findEntry(db, id);
      if (!entry) throw Errors.NOT_FOUND('问答不存在');
      await refuseUnless(actor, entry.siteId, null, READERS).catch(() => {
        throw Errors.NOT_FOUND('问答不存在');
      });
      return entry;
    },

    /** Creates an entry, or changes one when `id` is given; indexed and audited in one transaction. */
    async save(actor: Actor, siteId: string, fields: KnowledgeFields, id?: string): Promise<KnowledgeEntry> {
      const clean_ = await clean(siteId, fields);
      const before = id ? await repo.findEntry(db, id) : undefined;
      if (id && (!before || before.siteId !== siteId)) throw Errors.NOT_FOUND('问答不存在');
      if (before) await refuseUnless(actor, siteId, before.departmentId, EDITORS);
      await refuseUnless(actor, siteId, clean_.departmentId, EDITORS);
      const accepted = fields.acceptedFindings ?? [];
      if (accepted.length) await refuseUnless(actor, siteId, clean_.departmentId, REVIEWERS);
      const entryId = before?.id ?? newId();
      const publisher = (await departments.get(clean_.departmentId)).name;
      const at = clock.now().toISOString();
      return inTransaction(db, async (trx) => {
        // An answer is public the moment it is saved: it passes the checks a document passes.
        await deps.checkText?.(
          trx,
          actor,
          { siteId, departmentId: clean_.departmentId, entityType: KNOWLEDGE_TYPE, entityId: entryId },
          [
            { field: '问题', text: clean_.question },
            { field: '其他问法', text: clean_.alternatives.join('\n') },
            { field: '答案', text: clean_.answer },
          ],
          accepted,
        );
        const entry: KnowledgeEntry = {
          id: entryId,
          siteId,
          ...clean_,
          createdAt: before?.createdAt ?? at,
          updatedAt: at,
        };
        if (before) await repo.updateEntry(trx, entry);
        else await repo.insertEntry(trx, entry);
        await index(trx, entry, publisher);
        if (fields.answersQuestionId) {
          const queued = await repo.findQuestion(trx, fields.answersQuestionId);
          if (queued?.site_id === siteId) await repo.resolveQuestion(trx, queued.id, entry.id, at);
        }
        await touchSite(trx, siteId);
        await recordAudit(trx, clock, actor, {
          action: before ? 'knowledge.update' : 'knowledge.create',
          entityType: 'knowledge_entry',
          entityId: entry.id,
          siteId,
          departmentId: entry.departmentId,
          before: before ? { question: before.question, answer: before.answer } : undefined,
          after: { question: entry.question, answer: entry.answer, validUntil: entry.validUntil },
        });
        return entry;
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const entry = await repo.findEntry(db, id);
      if (!entry) throw Errors.NOT_FOUND('问答不存在');
      await refuseUnless(actor, entry.siteId, entry.departmentId, EDITORS);
      await inTransaction(db, async (trx) => {
        await repo.deleteEntry(trx, id);
        await searchEngine(trx).remove(trx, entryKey(id));
        await touchSite(trx, entry.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'knowledge.delete',
          entityType: 'knowledge_entry',
          entityId: id,
          siteId: entry.siteId,
          departmentId: entry.departmentId,
          before: { question: entry.question, answer: entry.answer },
        });
      });
    },

    /**
     * Answers a question from the knowledge base, with the documents that match it. The same
     * answers whoever asks — a visitor on the portal or the counter staff in the back office.
     * A question no entry answers is queued for the office (de-identified) unless `queue` is false.
     */
    async ask(siteId: string, raw: string, options: { queue?: boolean } = {}): Promise<AssistantReply> {
      const question = raw.trim();
      if (question.length < 2 || question.length > 200) throw AssistantErrors.ASSISTANT_QUESTION_INVALID();
      // Policies and their interpretations, each searched on its own so that a matching answer
      // does not crowd out the documents (and each falls back to partial matches by itself).
      const [found, policies, interpretations, guides] = await Promise.all([
        search.keys(siteId, { q: question, type: KNOWLEDGE_TYPE, size: 3 }),
        search.search(siteId, { q: question, type: 'document', size: 5 }, { log: false }),
        search.search(siteId, { q: question, type: 'interpretation', size: 2 }, { log: false }),
        // "How do I …" is answered best by the service's guide (办事服务, issue 16 §6).
        search.search(siteId, { q: question, type: 'service_guide', size: 2 }, { log: false }),
      ]);
      const ids = found.keys.map((k) => k.slice(KNOWLEDGE_TYPE.length + 1));
      const entries = (await repo.findEntries(db, ids)).filter(isValid);
      entries.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
      const answered = entries.length > 0 && found.match === 'all';
      if (!answered && options.queue !== false)
        await inTransaction(db, (trx) =>
          repo.queueQuestion(
            trx,
            { id: newId(), siteId, question: normaliseText(deidentify(question)) },
            clock.now().toISOString(),
          ),
        );
      return {
        question,
        answered,
        answers: await Promise.all(entries.map(toAnswer)),
        documents: [
          ...guides.hits,
          ...policies.hits.slice(0, 3),
          ...interpretations.hits,
          ...policies.hits.slice(3),
        ].slice(0, 5),
      };
    },

    /** A valid entry as the portal shows it, or undefined. */
    async publicEntry(siteId: string, id: string): Promise<AssistantAnswer | undefined> {
      const entry = await repo.findEntry(db, id);
      return entry && entry.siteId === siteId && isValid(entry) ? toAnswer(entry) : undefined;
    },

    /** Questions the assistant could not answer, most asked first. */
    async queue(actor: Actor, siteId: string) {
      await refuseUnless(actor, siteId, null, ['site_admin']);
      return repo.openQuestions(db, siteId, 200);
    },

    /** Takes a question off the queue without an entry (nonsense, out of scope). */
    async dismiss(actor: Actor, siteId: string, questionId: string): Promise<void> {
      await refuseUnless(actor, siteId, null, ['site_admin']);
      await inTransaction(db, async (trx) => {
        const queued = await repo.findQuestion(trx, questionId);
        if (!queued || queued.site_id !== siteId) throw Errors.NOT_FOUND('问题不存在');
        await repo.resolveQuestion(trx, questionId, null, clock.now().toISOString());
        await recordAudit(trx, clock, actor, {
          action: 'assistant.question.dismiss',
          entityType: 'assistant_question',
          entityId: questionId,
          siteId,
          after: { question: queued.question },
        });
      });
    },

    /** Takes entries past their date out of the search index; run now and then (answers check dates anyway). */
    async expire(): Promise<number> {
      const expired = await repo.expiredEntries(db, today());
      await inTransaction(db, async (trx) => {
        for (const e of expired) await searchEngine(trx).remove(trx, entryKey(e.id));
      });
      return expired.length;
    },

    /** Valid entries as search entries, for rebuilding the index. */
    async *searchEntries(siteId: string): AsyncGenerator<SearchEntry> {
      const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
      for (const entry of await repo.validEntries(db, siteId, today()))
        yield searchEntry(entry, names.get(entry.departmentId) ?? '');
    },
  };
  return this_;
}

export type AssistantService = ReturnType<typeof createAssistantService>;
