import { PostgresAdapter } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ParsedQuery } from './query.js';
import { postgresEngine } from './postgres.js';
import { sqliteEngine } from './sqlite.js';

/** Something a visitor can find, as its owner describes it when it is published or changed. */
export interface SearchEntry {
  /** Unique across types, e.g. "document:<id>"; the owner replaces or removes the entry by it. */
  key: string;
  siteId: string;
  /** document, interpretation, knowledge, … — what kind of result this is. */
  type: string;
  title: string;
  url: string;
  departmentId: string | null;
  publisher: string;
  publishedAt: string;
  validity: string | null;
  docNo: string;
  /** 主题词, keywords, alternative phrasings: weighed between the title and the body. */
  keywords: string;
  bodyText: string;
}

export interface SearchFilters {
  siteId: string;
  type?: string;
  departmentId?: string;
  year?: number;
  validity?: string;
}

export interface EngineRequest {
  query: ParsedQuery;
  /** all: every group must match; any: at least one (ranked by how many and how well). */
  mode: 'all' | 'any';
  filters: SearchFilters;
  sort: 'relevance' | 'date';
  limit: number;
  offset: number;
}

export interface HitRow {
  key: string;
  type: string;
  title: string;
  url: string;
  departmentId: string | null;
  publisher: string;
  publishedAt: string;
  validity: string | null;
  docNo: string;
  bodyText: string;
}

/** How many matches fall in each combination of the facets; totals and facets are summed from it. */
export interface FacetRow {
  type: string;
  departmentId: string | null;
  publisher: string;
  year: number;
  validity: string | null;
  count: number;
}

export interface EngineResult {
  hits: HitRow[];
  facets: FacetRow[];
}

/**
 * One interface, two implementations: SQLite FTS5 ranked by bm25, PostgreSQL tsvector ranked by
 * ts_rank, both weighing title and 文号 above 主题词 above the body, newer first on ties.
 */
export interface SearchEngine {
  /** Adds or replaces an entry; call it in the transaction that publishes or changes the thing. */
  put(db: Executor, entry: SearchEntry): Promise<void>;
  /** Removes an entry (withdrawn, deleted); call it in that transaction. Unknown keys are fine. */
  remove(db: Executor, key: string): Promise<void>;
  search(db: Executor, request: EngineRequest): Promise<EngineResult>;
}

export function searchEngine(db: Executor): SearchEngine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresEngine : sqliteEngine;
}
