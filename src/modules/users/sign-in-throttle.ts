import type { Config } from '../../config.js';
import type { Executor } from '../../db/database.js';
import { forget, hit, read, type Count } from '../../platform/throttle/throttle.js';

/**
 * Slowing down password guessing without a lock anyone can trigger (issue 13 §8; OWASP's "slow
 * down online guessing attacks with device cookies"). Failures are counted in the database, so all
 * instances count them together:
 * - a browser that signed in to the account before (its device cookie) is slowed by its own
 *   failures only, so guessing from elsewhere never keeps the user out;
 * - any other browser is slowed by the failures of its address on that account, of its address on
 *   any account (password spraying), and of the account from anywhere (guessing from many addresses).
 * After a few free failures each further attempt waits twice as long as the one before, up to a
 * limit, and failures are forgotten after an hour without any. The answer while waiting is the same
 * whether the account exists or not.
 */
const FORGET_AFTER_MS = 60 * 60_000;

interface Rule {
  key: string;
  /** Failures allowed before any waiting. */
  free: number;
}

type Limits = Pick<Config['auth'], 'maxFailedSignIns' | 'maxDelayMinutes'>;

const normal = (account: string) => account.trim().toLowerCase();
const accountKey = (account: string) => `sign-in:account:${normal(account)}`;
const pairPrefix = (account: string) => `sign-in:pair:${normal(account)}|`;

function rulesFor(limits: Limits, account: string, ip: string, device: string | null): Rule[] {
  const free = limits.maxFailedSignIns;
  if (device) return [{ key: `sign-in:device:${device}`, free }];
  return [
    { key: `${pairPrefix(account)}${ip}`, free },
    { key: `sign-in:address:${ip}`, free: free * 4 },
    { key: accountKey(account), free: free * 4 },
  ];
}

/** Seconds one counter makes the next attempt wait, as of `now`. */
function waitOf(limits: Limits, rule: Rule, count: Count | undefined, now: Date): number {
  if (!count || count.hits < rule.free) return 0;
  const delayMs = Math.min(2 ** (count.hits - rule.free + 1) * 1000, limits.maxDelayMinutes * 60_000);
  return Math.max(0, Math.ceil((Date.parse(count.lastAt) + delayMs - now.getTime()) / 1000));
}

/** The rules with their limits; each method takes the executor (the database or the caller's transaction). */
export function signInThrottle(limits: Limits) {
  return {
    /** Seconds this attempt must wait before a password is checked at all; 0 to go ahead. */
    async wait(db: Executor, account: string, ip: string, device: string | null, now: Date): Promise<number> {
      const rules = rulesFor(limits, account, ip, device);
      const counts = await read(
        db,
        rules.map((r) => r.key),
        now,
      );
      return Math.max(...rules.map((r) => waitOf(limits, r, counts.get(r.key), now)));
    },

    async failed(db: Executor, account: string, ip: string, device: string | null, now: Date): Promise<void> {
      for (const rule of rulesFor(limits, account, ip, device))
        await hit(db, rule.key, now, FORGET_AFTER_MS, 'sliding');
    },

    /** After a successful sign-in, this browser's and this address's failures on the account are forgotten. */
    async succeeded(db: Executor, account: string, ip: string, device: string | null): Promise<void> {
      await forget(db, [`${pairPrefix(account)}${ip}`, ...(device ? [`sign-in:device:${device}`] : [])]);
    },

    /**
     * Accounts with enough recent failures that some browser is being slowed down (every failure
     * from a browser the account does not know counts on the account), for administrators to see.
     */
    async slowed(db: Executor, accounts: readonly string[], now: Date): Promise<Set<string>> {
      const counts = await read(db, accounts.map(accountKey), now);
      return new Set(accounts.filter((a) => (counts.get(accountKey(a))?.hits ?? 0) >= limits.maxFailedSignIns));
    },

    /** An administrator lifts the slowing down of an account (from anywhere, from every address). */
    async release(db: Executor, account: string): Promise<void> {
      await forget(db, [accountKey(account)], [pairPrefix(account)]);
    },
  };
}

export type SignInThrottle = ReturnType<typeof signInThrottle>;
