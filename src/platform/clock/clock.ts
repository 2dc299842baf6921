/** Time comes from here, never from `new Date()` in domain code, so tests can fix "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and for replaying history. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(at: Date): void {
    this.current = new Date(at.getTime());
  }
  advanceMinutes(minutes: number): void {
    this.advanceSeconds(minutes * 60);
  }
  advanceSeconds(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

/** The civil date in China (UTC+8, no daylight saving) of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM` in China time, the format government sites show (website.md §1). */
export function formatChinaTime(iso: string | Date): string {
  const t = typeof iso === 'string' ? new Date(iso) : iso;
  return new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
