import { readFileSync } from 'node:fs';

/**
 * 错敏字 (wording) checks: wrong expressions with their corrections (misspelled official names,
 * agency names the 2018 reform replaced) and sensitive words, each with a severity. The defaults
 * are in wording.txt beside this file; each site adds its own.
 */
export type WordingKind = 'wrong' | 'sensitive';
export type WordingSeverity = 'error' | 'warning';

export interface WordingRule {
  wrong: string;
  /** What to write instead; null for a sensitive word that must simply not appear. */
  correction: string | null;
  kind: WordingKind;
  severity: WordingSeverity;
  note: string;
}

export interface WordingFinding {
  type: 'wording';
  start: number;
  end: number;
  text: string;
  correction: string | null;
  kind: WordingKind;
  severity: WordingSeverity;
  note: string;
}

export const DEFAULT_WORDING_RULES: WordingRule[] = readFileSync(new URL('./wording.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [rule = '', severity = 'error', note = ''] = line.split('|').map((p) => p.trim());
    const [wrong = '', correction = ''] = rule.split('→').map((p) => p.trim());
    return { wrong, correction: correction || null, kind: 'wrong', severity: severity as WordingSeverity, note };
  });

/**
 * Every occurrence of every rule's expression, with JavaScript string positions. Where rules
 * overlap the longer expression wins (中华人民共和国政府信息公开条列 over 政府信息公开条列). A wrong
 * expression that is part of its own correction (税务局 in 国家税务总局) is not flagged there.
 */
export function findWording(text: string, rules: readonly WordingRule[]): WordingFinding[] {
  const found: WordingFinding[] = [];
  // Characters already inside a finding: checking a span costs its length, not the number of
  // findings so far (a text repeating one expression would otherwise take quadratic time).
  const taken = new Uint8Array(text.length);
  for (const rule of [...rules].sort((a, b) => b.wrong.length - a.wrong.length)) {
    if (!rule.wrong) continue;
    for (let at = text.indexOf(rule.wrong); at >= 0; at = text.indexOf(rule.wrong, at + 1)) {
      const end = at + rule.wrong.length;
      if (taken.subarray(at, end).includes(1)) continue;
      if (rule.correction && isInsideCorrection(text, at, rule.wrong, rule.correction)) continue;
      taken.fill(1, at, end);
      found.push({
        type: 'wording',
        start: at,
        end,
        text: rule.wrong,
        correction: rule.correction,
        kind: rule.kind,
        severity: rule.severity,
        note: rule.note,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function isInsideCorrection(text: string, at: number, wrong: string, correction: string): boolean {
  const offset = correction.indexOf(wrong);
  return offset >= 0 && text.startsWith(correction, at - offset);
}

/** The text with every finding that has a correction replaced by it (the editor's "fix all"). */
export function applyCorrections(text: string, findings: readonly WordingFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.correction === null || f.start < at) continue;
    out += text.slice(at, f.start) + f.correction;
    at = f.end;
  }
  return out + text.slice(at);
}
