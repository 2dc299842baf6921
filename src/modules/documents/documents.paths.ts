import { chinaDate } from '../../platform/clock/clock.js';

/**
 * A public document's address shows the day it was published (/art/2026/03/14/<id>.html), as
 * readers of government sites expect; the id alone decides which document it is, so a corrected
 * date or an old /documents/<id> link is sent on to the current address with a permanent redirect.
 */
export function documentHref(d: { id: string; publishedAt: string | null }): string {
  if (!d.publishedAt) return `/documents/${d.id}`;
  const [y, m, day] = chinaDate(new Date(d.publishedAt)).split('-');
  return `/art/${y}/${m}/${day}/${d.id}.html`;
}

const FILE = /^([0-9a-f-]{36})\.html$/;

/** The document id in the last part of such an address (<id>.html), if it is one. */
export function documentIdOf(file: string): string | undefined {
  return FILE.exec(file)?.[1];
}
