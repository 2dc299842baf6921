// A worker thread's first file (platform/workers/workers.ts): loads the module a task lives in and
// runs the named export with the arguments given. Plain JavaScript, so that it can load the
// TypeScript sources when the platform runs from them (tsx), and the built files otherwise.
import { parentPort, workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
const module = await import(workerData.module);
parentPort.postMessage(await module[workerData.name](...workerData.args));
