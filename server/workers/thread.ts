// Starting a worker thread on one of the entry files of this folder. From the built server (dist/,
// `npm start`) the entry is the compiled .js file next to this one. From the TypeScript sources
// (tests under ts-jest, `tsx` scripts) there is no .js file: the thread then first registers tsx's
// require hook (a dev dependency, so only ever needed where tsx is installed) and requires the .ts
// entry through it.
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `entry`: a file of this folder without its extension, e.g. 'heavyWorker'. */
export function startThread(entry: string, options: WorkerOptions = {}): Worker {
  if (__filename.endsWith('.js')) return new Worker(path.join(__dirname, `${entry}.js`), options);
  const source = path.join(__dirname, `${entry}.ts`);
  const tsx = require.resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(source)});`, { ...options, eval: true });
}
