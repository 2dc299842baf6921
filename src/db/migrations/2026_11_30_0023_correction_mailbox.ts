import { v7 as uuidv7 } from 'uuid';
import type { Kysely } from 'kysely';

/**
 * 网站纠错 (issue 17 §1): every site already on the platform gets the box new sites start with
 * (messages.mailboxes.ts CORRECTION_MAILBOX), answered within 3 working days, unpublished.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const k = db as Kysely<{
    sites: { id: string };
    mailboxes: {
      id: string;
      site_id: string;
      name: string;
      description: string;
      kind: string | null;
      answer_workdays: number;
      publish_answers: number;
      department_id: string | null;
      sort: number;
      active: number;
      created_at: string;
      updated_at: string;
    };
  }>;
  const at = new Date().toISOString();
  for (const site of await k.selectFrom('sites').select('id').execute()) {
    const has = await k
      .selectFrom('mailboxes')
      .select('id')
      .where('site_id', '=', site.id)
      .where('name', '=', '网站纠错')
      .executeTakeFirst();
    if (has) continue;
    await k
      .insertInto('mailboxes')
      .values({
        id: uuidv7(),
        site_id: site.id,
        name: '网站纠错',
        description: '报告本网站的错误：错别字、链接失效、信息过时或页面无法访问等，3 个工作日内答复。',
        kind: null,
        answer_workdays: 3,
        publish_answers: 0,
        department_id: null,
        sort: 5,
        active: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}
