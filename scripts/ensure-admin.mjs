// Builds the back office before `npm start` when it is missing or older than its sources,
// so `npm ci && npm start` serves /admin on a fresh clone without a separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const admin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'admin');
const built = path.join(admin, 'dist', 'index.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (!existsSync(built) || statSync(built).mtimeMs < newestSource(admin)) {
  console.log('正在构建后台管理界面（首次启动约需半分钟）…');
  const result = spawnSync('npm', ['run', '--silent', 'build:admin'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
