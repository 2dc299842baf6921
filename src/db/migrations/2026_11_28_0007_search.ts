import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Search. `search_entries` holds one row per searchable thing (a published document, an
 * interpretation, later guides, knowledge-base entries and answered messages): what a result shows
 * and what it is filtered by. The words themselves live where each database searches best: an
 * FTS5 table on SQLite (bm25), a weighted tsvector with a GIN index on PostgreSQL. Words are cut
 * by our own segmenter (platform/text/segment.ts) before they reach either, so both see the same
 * words.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_entries')
    // An integer key: SQLite's FTS5 table is joined on it (an integer primary key survives VACUUM).
    .addColumn('id', 'integer', (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    // What it is, e.g. "document:<id>": the owner replaces or removes its entry by this key.
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text')
    .addColumn('publisher', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('validity', 'text')
    .addColumn('doc_no', 'text', (c) => c.notNull().defaultTo(''))
    // The text as people read it, for snippets; and in normal form, for quoted phrases.
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('normal_text', 'text', (c) => c.notNull().defaultTo(''))
    // The title's words, space-separated: the vocabulary "did you mean" corrects towards.
    .addColumn('title_words', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('search_entries_site')
    .on('search_entries')
    .columns(['site_id', 'published_at'])
    .execute();
  // Facet counts read only this index for each match, never the rows with their long texts.
  await db.schema
    .createIndex('search_entries_facets')
    .on('search_entries')
    .columns(['id', 'type', 'department_id', 'publisher', 'year', 'validity'])
    .execute();

  if (postgres) {
    await sql`alter table search_entries add column vector tsvector not null default ''::tsvector`.execute(db);
    await sql`create index search_entries_vector on search_entries using gin (vector)`.execute(db);
  } else {
    // Contentless: the words are only an index; what results show is read from search_entries.
    // 〔〕 count as parts of a word so that a 文号 such as 姑政办发〔2018〕12号 is one word.
    await sql`create virtual table search_fts using fts5(
      site, title, doc_no, keywords, body,
      content='', contentless_delete=1,
      tokenize="unicode61 remove_diacritics 0 tokenchars '〔〕'"
    )`.execute(db);
  }

  // Office-maintained: groups of words that mean the same (放管服 ↔ 简政放权 …).
  await db.schema
    .createTable('search_synonyms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Office-maintained: words the segmenter must keep whole (local places, programmes, slogans).
  await db.schema
    .createTable('search_words')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_words_pk', ['site_id', 'word'])
    .execute();
  // What visitors searched, counted per day: hot queries, and the ones that found nothing.
  await db.schema
    .createTable('search_queries')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('searches', 'integer', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_queries_pk', ['site_id', 'day', 'query'])
    .execute();
}
