// When a folder's newest file was last changed (skipping built output and dependencies): the
// builds are redone when their sources are newer than what they built.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}
