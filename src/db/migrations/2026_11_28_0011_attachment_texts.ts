import { sql, type Kysely } from 'kysely';

/**
 * When an attachment's text was taken. A scanned PDF gives no text; without this mark it would be
 * parsed again at every start and every `pii audit`. Texts already kept were taken at upload; the
 * rest (uploaded before texts were kept) are read once more, then marked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attachments').addColumn('text_read_at', 'text').execute();
  await sql`update attachments set text_read_at = created_at where text <> ''`.execute(db);
}
