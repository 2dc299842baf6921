import { defineErrors } from '../http/errors.js';
import { runInWorker, WorkerLimitError } from '../workers/workers.js';
import { findPersonalInformation, type PiiFinding } from './pii.js';
import { findWording, type WordingFinding, type WordingRule } from './wording.js';

/**
 * Both checks before publication over one text. Both are linear in the text; a short text (what
 * an editor checks as they type, a title, most bodies) is scanned here, a long one (an attachment
 * of hundreds of pages) in a worker thread, so that it does not hold up other requests.
 */
export interface TextScan {
  pii: PiiFinding[];
  wording: WordingFinding[];
}

/**
 * Scanned in this thread up to this length: a few milliseconds even with the most rules a site
 * may keep overlapping each other (a text of one repeated expression matches every rule everywhere).
 */
const INLINE_CHARS = 20_000;

export const ScanErrors = defineErrors({
  TEXT_CHECK_LIMIT: {
    status: 422,
    message: '这段文字未能在时限内检查完毕，请分段检查；未经检查的内容不能发布',
  },
});

export async function scanText(text: string, rules: readonly WordingRule[]): Promise<TextScan> {
  if (text.length <= INLINE_CHARS) return scanNow(text, rules);
  try {
    return await runInWorker<TextScan>(new URL(import.meta.url), 'scanNow', [text, rules]);
  } catch (error) {
    // Fail closed: what could not be checked is refused, with a reason the editor can act on.
    if (error instanceof WorkerLimitError) throw ScanErrors.TEXT_CHECK_LIMIT();
    throw error;
  }
}

/** Runs in the calling thread; the worker's entry for long texts. */
export function scanNow(text: string, rules: readonly WordingRule[]): TextScan {
  return { pii: findPersonalInformation(text), wording: findWording(text, rules) };
}
