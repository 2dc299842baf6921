import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES as MESSAGE_EVENTS } from '../messages/messages.model.js';
import { EVENT_TYPES as REQUEST_EVENTS } from '../requests/requests.model.js';
import { actionLabel, ENTITY_LABELS, entityLabel } from './audit.labels.js';

/** Every `action: '…'` and `audit(…, '…')` code written in the modules, read from the source itself. */
function recordedActions(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(path.resolve(import.meta.dirname, '..'));
  walk(path.resolve(import.meta.dirname, '../../platform'));
  const codes = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:action: |audit\([^,]+, [^,]+, )'([a-z_]+(?:\.[a-z_]+)+)'/g))
      codes.add(m[1]!);
  return [...codes];
}

const CHINESE = /[\u4e00-\u9fff]/;

describe('the audit log in Chinese', () => {
  it('names every action the modules record, and every event of a request or a message', () => {
    const codes = [
      ...recordedActions(),
      ...REQUEST_EVENTS.map((e) => `request.${e}`),
      ...MESSAGE_EVENTS.map((e) => `message.${e}`),
    ];
    expect(codes.length).toBeGreaterThan(60);
    expect(codes.filter((c) => !CHINESE.test(actionLabel(c)))).toEqual([]);
    expect(actionLabel('document.publish')).toBe('信息 · 发布');
    expect(actionLabel('service_case.query_code_reset')).toBe('办件 · 重置查询码');
    // An unknown code is shown as it is.
    expect(actionLabel('unknown.thing')).toBe('unknown.thing');
  });

  it('names the object by its kind and the title, name or number its record gives', () => {
    expect(entityLabel('document', null, { title: '关于开展政务公开工作的通知', status: 'published' })).toBe(
      '信息《关于开展政务公开工作的通知》',
    );
    expect(entityLabel('service_case', null, { caseNo: 'BJ2026-00001' })).toBe('办件 BJ2026-00001');
    expect(entityLabel('department', { name: '区财政局' }, null)).toBe('单位 区财政局');
    expect(entityLabel('calendar_year', null, null)).toBe(ENTITY_LABELS.calendar_year);
  });
});
