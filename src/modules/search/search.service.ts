import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { refreshed } from '../../platform/cache/refreshed.js';
import { can, type Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { enqueue } from '../../platform/jobs/jobs.js';
import { searchEngine, type FacetRow, type SearchEntry, type SearchFilters } from '../../platform/search/engine.js';
import { parseQuery, Synonyms } from '../../platform/search/query.js';
import { snippet } from '../../platform/search/snippet.js';
import { Vocabulary } from '../../platform/search/suggest.js';
import { extendDictionary, normaliseText } from '../../platform/text/segment.js';
import { createQueryLog } from './search.queries.js';
import * as repo from './search.repository.js';

export const SearchErrors = defineErrors({
  SEARCH_SYNONYMS_INVALID: { status: 400, message: '同义词组至少要有两个不同的词，每个词不超过 20 个字且不含空格' },
  SEARCH_WORD_INVALID: { status: 400, message: '词语须为 2 至 20 个字，不含空格和标点' },
});

/** What each kind of result is called on the search page. */
export const RESULT_TYPE_LABELS: Record<string, string> = {
  document: '政府信息',
  interpretation: '政策解读',
  knowledge_entry: '咨询问答',
  service_guide: '办事指南',
  message: '互动交流',
};
const VALIDITY_LABELS: Record<string, string> = {
  effective: '有效',
  amended: '已修改',
  expired: '失效',
  repealed: '已废止',
};

export interface SearchParams {
  q: string;
  type?: string;
  publisher?: string;
  year?: number;
  validity?: string;
  sort?: 'relevance' | 'date';
  page?: number;
  size?: number;
}

export interface SearchHit {
  title: string;
  url: string;
  type: string;
  publisher: string;
  publishedAt: string;
  snippet: string;
  docNo: string;
  validity: string | null;
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface SearchResult {
  query: string;
  /** The corrected query whose results these are, when the query as typed found nothing. */
  searchedFor: string | null;
  /** A correction to offer ("您是不是要找"), when the query found little. */
  suggestion: string | null;
  /** all: every word matched; any: nothing matched every word, these match some. */
  match: 'all' | 'any';
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: { type: Facet[]; publisher: Facet[]; year: Facet[]; validity: Facet[] };
}

/** Something that has searchable things: rebuilding a site's index asks each source for its entries. */
export type SearchSource = (siteId: string) => AsyncIterable<SearchEntry>;

/** The job that rebuilds a site's index after its dictionary or synonyms changed. */
export const SEARCH_REINDEX_JOB = 'search.reindex';

const VOCABULARY_TTL_MS = 10 * 60_000;
/**
 * The titles a vocabulary counts words in: the site's latest 10,000 (a district's every title), enough
 * to know a site's words and how common each is. All 200,000 titles of a city's biggest site took
 * 2 s alone and up to 6 s beside its searches (bench:scale, 2026-12-03), slowing every search that
 * ran meanwhile.
 */
const VOCABULARY_TITLES = 10_000;
/**
 * How long a search waits for a vocabulary being built: a district's is ready in milliseconds (the
 * margin is for a busy machine); past that the search answers without a correction and the
 * vocabulary is finished in the background for the next one.
 */
const VOCABULARY_WAIT_MS = 500;
const MAX_CORRECTED_LENGTH = 12;

export function createSearchService(deps: {
  db: Executor;
  clock: Clock;
  sources?: SearchSource[];
  /** Names the segmenter should keep whole (departments of every site). */
  names?: () => Promise<string[]>;
}) {
  const { db, clock, sources = [] } = deps;
  const engine = searchEngine(db);
  const queries = createQueryLog({ db, clock });

  async function synonymsOf(siteId: string): Promise<Synonyms> {
    return new Synonyms((await repo.listSynonyms(db, siteId)).map((g) => g.words));
  }

  async function buildVocabulary(siteId: string): Promise<Vocabulary> {
    const counts = await repo.titleWordCounts(db, siteId, VOCABULARY_TITLES);
    for (const w of (await synonymsOf(siteId)).words()) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const w of await repo.listWords(db, siteId)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return new Vocabulary(counts);
  }

  /** The site's vocabulary for corrections (undefined while a first one takes long to build). */
  const vocabularies = refreshed({ build: buildVocabulary, ttlMs: VOCABULARY_TTL_MS, waitMs: VOCABULARY_WAIT_MS });

  /** Queues a rebuild of the site's index (a word or synonym changed how text is cut). */
  async function reindexLater(trx: Executor, siteId: string) {
    // No key: every change gets its rebuild (a rebuild already running may have missed it).
    await enqueue(trx, clock, { kind: SEARCH_REINDEX_JOB, payload: { siteId } });
  }

  function requireAdmin(actor: Actor, siteId: string) {
    if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以维护检索设置');
  }

  async function run(siteId: string, text: string, params: SearchParams, mode: 'all' | 'any', synonyms: Synonyms) {
    const parsed = parseQuery(text, synonyms);
    // A character left on its own by the segmenter is mostly a verb or particle of the question
    // (要带什么, 去哪办): when the query has longer words, those are what is searched for.
    const longer = parsed.groups.filter((g) => g.some((alternative) => alternative.join('').length > 1));
    const query = longer.length ? { ...parsed, groups: longer } : parsed;
    const size = params.size ?? 10;
    const filters: SearchFilters = {
      siteId,
      type: params.type,
      departmentId: params.publisher,
      year: params.year,
      validity: params.validity,
    };
    const result = await engine.search(db, {
      query,
      mode,
      filters,
      sort: params.sort ?? 'relevance',
      limit: size,
      offset: ((params.page ?? 1) - 1) * size,
    });
    return { query, ...result, total: result.facets.reduce((n, f) => n + Number(f.count), 0) };
  }

  /**
   * Every word must match; when nothing does, a near-miss query is corrected (公基金 → 公积金) and
   * searched instead, and failing that, results matching some of the words are shown, marked as such.
   */
  async function find(siteId: string, params: SearchParams) {
    const text = params.q.trim();
    const synonyms = await synonymsOf(siteId);
    let searchedFor: string | null = null;
    let suggestion: string | null = null;
    let match: 'all' | 'any' = 'all';
    let result = await run(siteId, text, params, 'all', synonyms);
    // A correction is offered when little is found; a long query that found something (a whole
    // title) is not second-guessed.
    if (result.total === 0 || (result.total < 3 && text.length <= MAX_CORRECTED_LENGTH))
      suggestion = (await vocabularies.get(siteId))?.correct(normaliseText(text)) ?? null;
    if (result.total === 0 && suggestion) {
      const corrected = await run(siteId, suggestion, params, 'all', synonyms);
      if (corrected.total > 0) [result, searchedFor, suggestion] = [corrected, suggestion, null];
    }
    if (result.total === 0 && result.query.groups.length > 1) {
      result = await run(siteId, text, params, 'any', synonyms);
      match = 'any';
    }
    return { text, result, searchedFor, suggestion, match };
  }

  return {
    /**
     * Searches the site's public content (see `find`), counting the query for hot searches.
     */
    async search(siteId: string, params: SearchParams, options: { log?: boolean } = {}): Promise<SearchResult> {
      const { text, result, searchedFor, suggestion, match } = await find(siteId, params);
      if (options.log !== false && text) queries.record(siteId, text, result.total);
      const words = [...result.query.groups.flat(2), ...result.query.phrases];
      const size = params.size ?? 10;
      return {
        query: text,
        searchedFor,
        suggestion,
        match,
        total: result.total,
        page: params.page ?? 1,
        size,
        hits: result.hits.map((h) => ({
          title: h.title,
          url: h.url,
          type: h.type,
          publisher: h.publisher,
          publishedAt: h.publishedAt,
          snippet: snippet(h.bodyText, words),
          docNo: h.docNo,
          validity: h.validity,
        })),
        facets: facetsOf(result.facets),
      };
    },

    /** The keys of the best entries (e.g. for the assistant, which shows its own kind of result); not counted. */
    async keys(siteId: string, params: SearchParams): Promise<{ keys: string[]; match: 'all' | 'any' }> {
      const { result, match } = await find(siteId, params);
      return { keys: result.hits.map((h) => h.key), match };
    },

    /** 热门搜索 the office approved (`search.queries.ts`). */
    hotQueries: (siteId: string, limit?: number) => queries.hot(siteId, limit),
    queryReport: (actor: Actor, siteId: string, days?: number) => queries.report(actor, siteId, days),
    approveHotQuery: (actor: Actor, siteId: string, query: string) => queries.approve(actor, siteId, query),
    withdrawHotQuery: (actor: Actor, siteId: string, query: string) => queries.withdraw(actor, siteId, query),
    flushQueries: () => queries.flush(),

    listSynonyms(actor: Actor, siteId: string) {
      requireAdmin(actor, siteId);
      return repo.listSynonyms(db, siteId);
    },

    async saveSynonyms(actor: Actor, siteId: string, raw: string[], id?: string): Promise<repo.SynonymGroup> {
      requireAdmin(actor, siteId);
      const words = [...new Set(raw.map((w) => w.trim()).filter(Boolean))];
      if (words.length < 2 || words.some((w) => w.length > 20 || /\s/.test(w)))
        throw SearchErrors.SEARCH_SYNONYMS_INVALID();
      const groupId = id ?? newId();
      const at = clock.now().toISOString();
      await inTransaction(db, async (trx) => {
        if (id) {
          const existing = await repo.findSynonyms(trx, id);
          if (!existing || existing.site_id !== siteId) throw Errors.NOT_FOUND('同义词组不存在');
          await repo.updateSynonyms(trx, id, words, at);
        } else await repo.insertSynonyms(trx, { id: groupId, siteId, words }, at);
        await reindexLater(trx, siteId);
        await recordAudit(trx, clock, actor, {
          action: id ? 'search.synonyms.update' : 'search.synonyms.create',
          entityType: 'search_synonyms',
          entityId: groupId,
          siteId,
          after: { words },
        });
      });
      // Kept whole from now on here; other instances learn the words within a minute (loadDictionary).
      extendDictionary(words);
      return { id: groupId, words, updatedAt: at };
    },

    async deleteSynonyms(actor: Actor, siteId: string, id: string): Promise<void> {
      requireAdmin(actor, siteId);
      await inTransaction(db, async (trx) => {
        const existing = await repo.findSynonyms(trx, id);
        if (!existing || existing.site_id !== siteId) throw Errors.NOT_FOUND('同义词组不存在');
        await repo.deleteSynonyms(trx, id);
        await reindexLater(trx, siteId);
        await recordAudit(trx, clock, actor, {
          action: 'search.synonyms.delete',
          entityType: 'search_synonyms',
          entityId: id,
          siteId,
          before: { words: JSON.parse(existing.words) as string[] },
        });
      });
    },

    listWords(actor: Actor, siteId: string): Promise<string[]> {
      requireAdmin(actor, siteId);
      return repo.listWords(db, siteId);
    },

    /**
     * Adds a word the segmenter keeps whole. The site's index is rebuilt in the background so that
     * documents already published are cut the same way as new queries.
     */
    async addWord(actor: Actor, siteId: string, raw: string): Promise<void> {
      requireAdmin(actor, siteId);
      const word = normaliseText(raw);
      if (!/^[\p{L}\p{N}]{2,20}$/u.test(word)) throw SearchErrors.SEARCH_WORD_INVALID();
      await inTransaction(db, async (trx) => {
        if (!(await repo.insertWord(trx, siteId, word, clock.now().toISOString()))) return;
        await reindexLater(trx, siteId);
        await recordAudit(trx, clock, actor, {
          action: 'search.word.add',
          entityType: 'search_word',
          entityId: word,
          siteId,
          after: { word },
        });
      });
      extendDictionary([word]);
    },

    async removeWord(actor: Actor, siteId: string, word: string): Promise<void> {
      requireAdmin(actor, siteId);
      await inTransaction(db, async (trx) => {
        if (!(await repo.deleteWord(trx, siteId, word))) throw Errors.NOT_FOUND('词语不存在');
        await recordAudit(trx, clock, actor, {
          action: 'search.word.remove',
          entityType: 'search_word',
          entityId: word,
          siteId,
          before: { word },
        });
      });
    },

    /**
     * Teaches the segmenter every site's words and department names; run at start-up and now and
     * then, so that words added on another instance are known here too. (A removed word stays
     * known until the next restart: the segmenter cannot forget.)
     */
    async loadDictionary(): Promise<void> {
      extendDictionary([
        ...(await repo.listWords(db)),
        ...(await repo.allSynonymWords(db)),
        ...((await deps.names?.()) ?? []),
      ]);
    },

    /**
     * Rebuilds a site's index from its sources, entry by entry and in small transactions, so the
     * site stays searchable throughout; entries no source gives any more are removed at the end.
     */
    async reindex(siteId: string): Promise<{ indexed: number; removed: number }> {
      await this.loadDictionary();
      const seen = new Set<string>();
      let batch: SearchEntry[] = [];
      const write = async () => {
        const entries = batch;
        batch = [];
        await inTransaction(db, async (trx) => {
          for (const entry of entries) await engine.put(trx, entry);
        });
      };
      for (const source of sources)
        for await (const entry of source(siteId)) {
          seen.add(entry.key);
          batch.push(entry);
          if (batch.length >= 200) await write();
        }
      await write();
      const stale = (await repo.entryKeys(db, siteId)).filter((k) => !seen.has(k));
      await inTransaction(db, async (trx) => {
        for (const key of stale) await engine.remove(trx, key);
      });
      vocabularies.forget(siteId);
      return { indexed: seen.size, removed: stale.length };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;

function facetsOf(rows: FacetRow[]): SearchResult['facets'] {
  const sum = (key: (r: FacetRow) => string | null, label: (r: FacetRow) => string): Facet[] => {
    const counts = new Map<string, Facet>();
    for (const r of rows) {
      const value = key(r);
      if (value === null) continue;
      const facet = counts.get(value) ?? { value, label: label(r), count: 0 };
      facet.count += Number(r.count);
      counts.set(value, facet);
    }
    return [...counts.values()];
  };
  const byCount = (a: Facet, b: Facet) => b.count - a.count || a.label.localeCompare(b.label, 'zh');
  return {
    type: sum(
      (r) => r.type,
      (r) => RESULT_TYPE_LABELS[r.type] ?? r.type,
    ).sort(byCount),
    publisher: sum(
      (r) => r.departmentId,
      (r) => r.publisher,
    ).sort(byCount),
    year: sum(
      (r) => String(r.year),
      (r) => `${r.year}年`,
    ).sort((a, b) => b.value.localeCompare(a.value)),
    validity: sum(
      (r) => r.validity,
      (r) => VALIDITY_LABELS[r.validity ?? ''] ?? '',
    ).sort(byCount),
  };
}
