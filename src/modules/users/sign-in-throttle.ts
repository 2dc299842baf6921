import type { Config } from '../../config.js';
import type { Executor } from '../../db/database.js';
import { forget, giveBack, read, take } from '../../platform/throttle/throttle.js';

/**
 * Slowing down password guessing without a lock anyone can trigger (issue 13 §8; OWASP's "slow
 * down online guessing attacks with device cookies"). Failures are counted in the database, so all
 * instances count them together:
 * - a browser that signed in to the account before (its device cookie) is slowed by its own
 *   failures only, so guessing from elsewhere never keeps the user out;
 * - any other browser is slowed by the failures of its address on that account, of its address on
 *   any account (password spraying), and of the account from anywhere (guessing from many addresses).
 * After a few free attempts each further one waits twice as long as the one before, up to a limit,
 * and attempts are forgotten after an hour without any; a successful sign-in forgets its browser's
 * and gives its attempt back. The answer while waiting is the same whether the account exists or not.
 */
const FORGET_AFTER_MS = 60 * 60_000;

interface Rule {
  key: string;
  /** Attempts allowed before any waiting. */
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

/** The rules with their limits; each method takes the executor (the database or the caller's transaction). */
export function signInThrottle(limits: Limits) {
  const backoff = (rule: Rule) => ({
    free: rule.free,
    maxDelayMs: limits.maxDelayMinutes * 60_000,
    forgetMs: FORGET_AFTER_MS,
  });
  return {
    /**
     * Takes this attempt on every counter that applies, before any password is checked: 0 to go
     * ahead, else the seconds to wait. Taken first and atomically, so twenty attempts sent at once
     * are counted as twenty, not checked twenty times against the same count.
     */
    async take(db: Executor, account: string, ip: string, device: string | null, now: Date): Promise<number> {
      for (const rule of rulesFor(limits, account, ip, device)) {
        const waitMs = await take(db, rule.key, now, backoff(rule));
        if (waitMs > 0) return Math.ceil(waitMs / 1000);
      }
      return 0;
    },

    /**
     * After a successful sign-in: this browser's and this address's attempts on the account are
     * forgotten, and the attempt is given back to the address and the account.
     */
    async succeeded(db: Executor, account: string, ip: string, device: string | null): Promise<void> {
      await forget(db, [`${pairPrefix(account)}${ip}`, ...(device ? [`sign-in:device:${device}`] : [])]);
      if (!device) await giveBack(db, [`sign-in:address:${ip}`, accountKey(account)]);
    },

    /**
     * Accounts with enough recent failures that some browser is being slowed down (every attempt
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
