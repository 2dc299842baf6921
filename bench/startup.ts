/**
 * npm run bench:startup — how long the operator's command line takes to answer (issue 18 §1):
 * `./bin/gongkai --help` and `./bin/gongkai workdays add …`, each run 15 times as a new process,
 * from the build (dist/, `npm run build:server`) and from the TypeScript sources (tsx), median
 * and slowest. Target: --help under 0.5 s on the built code. Results are appended to bench/RESULTS.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'gongkai');
const RUNS = 15;
const commands: Record<string, string[]> = {
  '--help': ['--help'],
  'workdays add': ['workdays', 'add', '--from', '2026-09-28', '--days', '20'],
};

function time(args: string[]): { median: number; max: number } {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { PATH: process.env.PATH } });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.toString()}`);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(RUNS / 2)]!, max: ms[RUNS - 1]! };
}

execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' });
const built = Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, time(args)]));
// The sources, as a change being worked on runs: the build set aside for the measurement.
const stamp = path.join(root, 'dist', '.build-stamp');
renameSync(stamp, `${stamp}.aside`);
let sources: Record<string, { median: number; max: number }>;
try {
  sources = Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, time(args)]));
} finally {
  if (existsSync(`${stamp}.aside`)) renameSync(`${stamp}.aside`, stamp);
}

const row = (name: string) =>
  `| \`gongkai ${name}\` | ${built[name]!.median.toFixed(0)} ms | ${built[name]!.max.toFixed(0)} ms | ${sources[name]!.median.toFixed(0)} ms | ${sources[name]!.max.toFixed(0)} ms |`;
const report = `
## bench:startup — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}. Each command run ${RUNS} times as a new process.

| command | built: median | built: slowest | sources (tsx): median | sources: slowest |
| --- | ---: | ---: | ---: | ---: |
${Object.keys(commands).map(row).join('\n')}

Target: \`--help\` under 500 ms on the built code — ${built['--help']!.median < 500 ? 'met' : 'missed'}.
`;
console.log(report);
if (!process.env.BENCH_NO_RECORD) appendFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
