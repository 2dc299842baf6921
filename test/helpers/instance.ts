import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from './cli.js';

/** A real server process (`bin/gongkai serve`), as an operator runs it. */
export interface Instance {
  child: ChildProcess;
  output: () => string;
  base: string;
  /** Whether the process is still running. */
  alive: () => boolean;
}

/** Starts `bin/gongkai serve` on a free port with `env`, resolving once it prints its address. */
export function startInstance(env: Record<string, string | undefined>): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', GONGKAI_LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${out}`)), 45_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /门户网站：(http:\/\/[^/\s]+)\//.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          child,
          output: () => out,
          base: m[1],
          alive: () => child.exitCode === null && child.signalCode === null,
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited with ${code}:\n${out}`));
    });
  });
}
