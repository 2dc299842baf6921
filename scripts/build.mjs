// `npm run build:server`: compiles the server and the command line (src/) to JavaScript in dist/,
// with the files they read at run time (dictionaries, seed data, portal assets, the worker entry)
// copied beside them, so production runs plain Node.js and a command starts without compiling.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
cpSync(path.join(root, 'src'), dist, {
  recursive: true,
  filter: (source) => !/\.tsx?$/.test(source),
});
// Written last: a build that stopped half-way has no stamp and is not used.
writeFileSync(path.join(dist, '.build-stamp'), new Date().toISOString() + '\n');
