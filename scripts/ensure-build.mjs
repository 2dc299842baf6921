// Before `npm start`: builds the server (dist/) and the back office (admin/dist/) when either is
// missing or older than its sources, so `npm ci && npm start` runs the built platform on a fresh
// clone without a separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestSource } from './newest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function ensure(built, sources, script, message) {
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(sources)) return;
  console.log(message);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensure(
  path.join(root, 'dist', '.build-stamp'),
  path.join(root, 'src'),
  'build:server',
  '正在构建服务端（首次启动约需半分钟）…',
);
ensure(
  path.join(root, 'admin', 'dist', 'index.html'),
  path.join(root, 'admin'),
  'build:admin',
  '正在构建后台管理界面（首次启动约需半分钟）…',
);
