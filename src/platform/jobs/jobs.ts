import type { Executor } from '../../db/database.js';
import type { Clock } from '../clock/clock.js';
import { newId } from '../ids/ids.js';

/**
 * Durable background jobs. Any instance may run them: a job is claimed by setting its lock with a
 * conditional update, so two instances never run the same job at once; a failed job is retried
 * with a growing delay and gives up after `MAX_ATTEMPTS`.
 */
export const MAX_ATTEMPTS = 5;
const LOCK_MS = 5 * 60_000;

export type JobHandler = (payload: unknown) => Promise<void>;

/** Queues a job; with a key, queuing it again does nothing. Call it inside the mutation's transaction. */
export async function enqueue(
  db: Executor,
  clock: Clock,
  job: { kind: string; payload: unknown; key?: string; runAt?: string },
): Promise<boolean> {
  const now = clock.now().toISOString();
  const result = await db
    .insertInto('jobs')
    .values({
      id: newId(),
      kind: job.kind,
      key: job.key ?? null,
      payload_json: JSON.stringify(job.payload),
      run_at: job.runAt ?? now,
      attempts: 0,
      locked_until: null,
      done_at: null,
      last_error: '',
      created_at: now,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  // False when a job with the same key was queued before.
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function createJobRunner(deps: {
  db: Executor;
  clock: Clock;
  handlers: Record<string, JobHandler>;
  onError?: (kind: string, error: unknown) => void;
}) {
  const { db, clock, handlers } = deps;
  return {
    /** Runs every due job this instance can claim; returns how many it completed. */
    async runDue(limit = 50): Promise<number> {
      const now = clock.now();
      const due = await db
        .selectFrom('jobs')
        .select(['id', 'kind', 'payload_json', 'attempts'])
        .where('done_at', 'is', null)
        .where('run_at', '<=', now.toISOString())
        .where('attempts', '<', MAX_ATTEMPTS)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]))
        .orderBy('run_at')
        .limit(limit)
        .execute();
      let done = 0;
      for (const job of due) {
        const claimed = await db
          .updateTable('jobs')
          .set({ locked_until: new Date(now.getTime() + LOCK_MS).toISOString() })
          .where('id', '=', job.id)
          .where('done_at', 'is', null)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]))
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) continue;
        try {
          const handler = handlers[job.kind];
          if (!handler) throw new Error(`no handler for ${job.kind}`);
          await handler(JSON.parse(job.payload_json));
          await db
            .updateTable('jobs')
            .set({ done_at: clock.now().toISOString(), locked_until: null, attempts: Number(job.attempts) + 1 })
            .where('id', '=', job.id)
            .execute();
          done++;
        } catch (error) {
          const attempts = Number(job.attempts) + 1;
          deps.onError?.(job.kind, error);
          await db
            .updateTable('jobs')
            .set({
              attempts,
              locked_until: null,
              // 1, 2, 4, 8 … minutes.
              run_at: new Date(clock.now().getTime() + 2 ** (attempts - 1) * 60_000).toISOString(),
              last_error: String(error instanceof Error ? error.message : error).slice(0, 500),
            })
            .where('id', '=', job.id)
            .execute();
        }
      }
      return done;
    },
  };
}
