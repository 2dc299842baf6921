import type { FastifyInstance } from 'fastify';
import { defineErrors, type ErrorDetail } from './errors.js';

/**
 * One normaliser for everything people and programs send (JSON and form bodies, query strings,
 * path parameters, multipart fields, file names), applied before validation:
 * - control characters (NUL and the other C0 codes but tab and line breaks, DEL) and broken
 *   UTF-16 (lone surrogates) are refused: no person types them, PostgreSQL cannot store NUL, and
 *   they would reach the database differently on SQLite and PostgreSQL;
 * - invisible characters that reorder or hide text — bidi overrides and isolates, zero-width
 *   spaces and joiners, the byte-order mark — are removed, so `invoice‮fdp.exe` is stored as the
 *   `invoicefdp.exe` it really is and a name cannot hide a second name inside it;
 * - nesting deeper than any form of ours is refused, so nothing later recurses without bound.
 */
export const InputErrors = defineErrors({
  INPUT_CONTROL_CHARACTER: {
    status: 400,
    message: '提交的内容含有不可见的控制字符（如空字符），请删除后重新提交',
  },
  INPUT_TOO_DEEP: { status: 400, message: '提交的内容层级过深' },
});

// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const INVISIBLE = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Deeper than any body, query or form of the platform. */
export const MAX_INPUT_DEPTH = 16;

/** What is wrong with one string, if anything: a Chinese message for the field. */
function problemOf(text: string): string | undefined {
  if (CONTROL.test(text)) return '含有不可见的控制字符（如空字符），请删除后重新输入';
  if (!text.isWellFormed()) return '含有无法识别的字符，请删除后重新输入';
  return undefined;
}

// eslint-disable-next-line no-control-regex -- the characters a file's text may not keep
const CONTROLS_IN_FILES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * The text of a file (an attachment, an imported plan) made safe to store and show: control
 * characters and invisible ones dropped, broken UTF-16 repaired. A file is not refused for what a
 * word processor left in it; its text is cleaned.
 */
export function toPlainText(text: string): string {
  return stripInvisible(text.replace(CONTROLS_IN_FILES, '')).toWellFormed();
}

/** The text without bidi controls and zero-width characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The string with bidi controls and zero-width characters removed, or a problem. */
export function cleanText(text: string): { text: string; problem?: string } {
  const problem = problemOf(text);
  return problem ? { text, problem } : { text: stripInvisible(text) };
}

/**
 * Cleans every string in `value` in place (object values, array items), iteratively so no input
 * can exhaust the stack. Returns the problems found, one per field; an empty list means clean.
 */
export function cleanInput(value: unknown): ErrorDetail[] | 'too_deep' {
  const problems: ErrorDetail[] = [];
  // A queue rather than recursion: fields are reported in the order they were sent.
  const queue: { holder: Record<string, unknown> | unknown[]; path: string; depth: number }[] = [];
  const visit = (holder: Record<string, unknown> | unknown[], path: string, depth: number) => {
    if (depth > MAX_INPUT_DEPTH) return false;
    queue.push({ holder, path, depth });
    return true;
  };
  const box = { root: value };
  visit(box, '', 0);
  for (let next = 0; next < queue.length; next++) {
    const { holder, path, depth } = queue[next]!;
    const entries = Array.isArray(holder) ? holder.map((v, i) => [String(i), v] as const) : Object.entries(holder);
    for (const [key, item] of entries) {
      const field = holder === box ? path : path ? `${path}.${key}` : key;
      const keyProblem = problemOf(key);
      if (keyProblem) {
        problems.push({ field: field.replace(INVISIBLE, ''), message: keyProblem });
        continue;
      }
      if (typeof item === 'string') {
        const cleaned = cleanText(item);
        if (cleaned.problem) problems.push({ ...(field ? { field } : {}), message: cleaned.problem });
        else if (cleaned.text !== item) (holder as Record<string, unknown>)[key as never] = cleaned.text;
      } else if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
        if (!visit(item as Record<string, unknown>, field, depth + 1)) return 'too_deep';
      }
    }
  }
  return problems;
}

/** Throws the coded error for what `cleanInput` found, if anything. */
export function assertCleanInput(value: unknown): void {
  const found = cleanInput(value);
  if (found === 'too_deep') throw InputErrors.INPUT_TOO_DEEP();
  if (found.length) throw InputErrors.INPUT_CONTROL_CHARACTER(undefined, found);
}

/** Cleans body, query string and path parameters of every request before validation. */
export function registerInputCleaning(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      for (const part of [request.params, request.query, request.body]) assertCleanInput(part);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}
