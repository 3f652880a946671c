import { parentPort } from 'worker_threads';
import type { HouseStyle } from '../../rules/src';
import { runCheckJob, type CheckJob } from './check-jobs';
import { applyTextDelta, type TextDelta } from './text-delta';

/**
 * A job as posted to the worker (see CheckThread): its text and house style travel apart,
 * so that neither is copied across threads when the worker already has it.
 */
export interface WorkerRequest {
  id: number;
  /** The job; its `text` is empty and its options carry no house style (both come below). */
  job: CheckJob;
  /** The whole text, or the change from the previous request's text. */
  text: { full: string } | { delta: TextDelta };
  /** The house style, by the number it was sent with once (`newStyle`); none: the engine's default. */
  styleId?: number;
  newStyle?: HouseStyle;
  /** A style number the main thread no longer sends: the worker lets it go. */
  forgetStyle?: number;
}

export type WorkerReply = { ready: true } | { id: number; result: ReturnType<typeof runCheckJob> } | { id: number; error: string };

/**
 * The body of the check worker thread: runs jobs one at a time and posts each result back.
 * Started by server/src/main.ts when it is loaded as a worker (see CheckRunner). It lives as
 * long as the server (a superseded check is left to finish, not killed), so the engine's
 * caches survive, and every job for the same house style gets the same style object, which
 * the engine's per-style caches are keyed on.
 */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runCheckWorker must run in a worker thread');
  const styles = new Map<number, HouseStyle>();
  let text = '';
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      if (request.forgetStyle !== undefined) styles.delete(request.forgetStyle);
      if (request.newStyle && request.styleId !== undefined) styles.set(request.styleId, request.newStyle);
      text = 'full' in request.text ? request.text.full : applyTextDelta(text, request.text.delta);
      const houseStyle = request.styleId === undefined ? undefined : styles.get(request.styleId);
      if (request.styleId !== undefined && !houseStyle) throw new Error(`check worker: house style #${request.styleId} was never sent`);
      const job = { ...request.job, text, options: { ...request.job.options, houseStyle } } as CheckJob;
      reply = { id: request.id, result: runCheckJob(job) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  // Loaded: from now on a crash is the job's fault, not a broken worker script.
  port.postMessage({ ready: true } satisfies WorkerReply);
}
