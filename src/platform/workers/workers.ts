import { Worker } from 'node:worker_threads';

/**
 * Work that could hold the event loop for long — reading an uploaded Word or PDF file (a zip bomb
 * expands 200 KB into 200 million characters), scanning a long text — runs in a worker thread of
 * its own, with a time limit and a memory limit. Every other request is answered meanwhile, and a
 * hostile file costs its own request at most `timeoutMs`, never the process.
 */
export interface WorkerLimits {
  timeoutMs: number;
  memoryMb: number;
}

export class WorkerLimitError extends Error {
  constructor(readonly limit: 'time' | 'memory' | 'crash') {
    super(`worker stopped: ${limit}`);
    this.name = 'WorkerLimitError';
  }
}

const ENTRY = new URL('./entry.mjs', import.meta.url);

/**
 * At most this many worker threads at once; further tasks wait their turn. A worker's buffers are
 * outside its heap limit, so the number of workers is what bounds their memory together.
 */
const MAX_WORKERS = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * Runs `module`'s export `name` with `args` (structured-cloned, so Buffers arrive as Uint8Array)
 * in a new worker thread. One thread per task: the tasks are rare and heavy, so a pool would save
 * little and could be left in a bad state by a hostile input.
 */
export async function runInWorker<T>(
  module: URL,
  name: string,
  args: unknown[],
  limits: WorkerLimits = { timeoutMs: 30_000, memoryMb: 512 },
): Promise<T> {
  const done = await turn();
  try {
    return await runOne<T>(module, name, args, limits);
  } finally {
    done();
  }
}

function runOne<T>(module: URL, name: string, args: unknown[], limits: WorkerLimits): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(ENTRY, {
      workerData: { module: module.href, name, args },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new WorkerLimitError('time'))), limits.timeoutMs);
    worker.once('message', (value: T) => settle(() => resolve(value)));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerLimitError('memory') : error)),
    );
    worker.once('exit', () => settle(() => reject(new WorkerLimitError('crash'))));
  });
}
