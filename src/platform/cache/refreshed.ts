import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Values built from the database and kept for a while per key (a site's search vocabulary), built
 * once at a time per key. A request waits for a first build only up to `waitMs` and is otherwise
 * answered without the value, which is finished in the background for the next one; once a value
 * exists it keeps serving, past `ttlMs` too, while its replacement is built. A build that fails is
 * tried again by the next request.
 */
export function refreshed<V>(options: {
  build: (key: string) => Promise<V>;
  ttlMs: number;
  waitMs: number;
  now?: () => number;
}): { get(key: string): Promise<V | undefined>; forget(key: string): void } {
  const { build, ttlMs, waitMs, now = Date.now } = options;
  const kept = new Map<string, { builtAt: number; value?: V; building?: Promise<V> }>();
  return {
    async get(key) {
      const known = kept.get(key);
      if (known?.value !== undefined && now() - known.builtAt < ttlMs) return known.value;
      let building = known?.building;
      if (!building) {
        building = build(key);
        const entry = { builtAt: known?.builtAt ?? 0, value: known?.value, building };
        kept.set(key, entry);
        void building.then(
          (value) => kept.get(key) === entry && kept.set(key, { builtAt: now(), value }),
          () => kept.get(key) === entry && kept.set(key, { builtAt: entry.builtAt, value: entry.value }),
        );
      }
      if (known?.value !== undefined) return known.value;
      const stopWaiting = new AbortController();
      const waited = sleep(waitMs, undefined, { signal: stopWaiting.signal }).catch(() => undefined);
      try {
        return await Promise.race([building.catch(() => undefined), waited]);
      } finally {
        stopWaiting.abort();
      }
    },
    forget(key) {
      kept.delete(key);
    },
  };
}
