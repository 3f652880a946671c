import { parentPort } from 'worker_threads';
import { runCheckJob, type CheckJob } from './check-jobs';

export interface WorkerRequest {
  id: number;
  job: CheckJob;
}

export type WorkerReply = { ready: true } | { id: number; result: ReturnType<typeof runCheckJob> } | { id: number; error: string };

/**
 * The body of the check worker thread: runs jobs one at a time and posts each result back.
 * Started by server/src/main.ts when it is loaded as a worker (see CheckRunner).
 */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runCheckWorker must run in a worker thread');
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id: request.id, result: runCheckJob(request.job) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  // Loaded: from now on a crash is the job's fault, not a broken worker script.
  port.postMessage({ ready: true } satisfies WorkerReply);
}
