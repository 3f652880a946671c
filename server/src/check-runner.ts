import { Worker } from 'worker_threads';
import { runCheckJob, type CheckJob, type CheckJobResult } from './check-jobs';
import type { WorkerReply } from './check-worker';

export interface RunningCheck<R> {
  /** The result, or undefined when the job was cancelled. Rejects when the check failed. */
  result: Promise<R | undefined>;
  cancel(): void;
}

interface Job {
  id: number;
  job: CheckJob;
  resolve(result: CheckJobResult | undefined): void;
  reject(error: Error): void;
}

/**
 * Texts shorter than this are checked on the main thread: a typical article takes a few
 * milliseconds, less than a round trip to the worker, and a busy worker (a huge document
 * elsewhere) must not hold up the article being typed.
 */
export const IN_PROCESS_BELOW_CHARS = 100_000;

/** A worker that has not loaded by then is taken as broken: checks go in-process. */
const WORKER_START_TIMEOUT_MS = 15_000;

/** Marks the worker's data so main.ts knows to run the worker body instead of a server. */
export const CHECK_WORKER_MARK = 'copydesk-check-worker';

/**
 * Runs checks off the main thread, so a huge or slow article never blocks hover, code actions
 * or typing in other documents, and a check for a version already superseded is stopped
 * (the worker is terminated and restarted) instead of finishing minutes later.
 * Without a worker script (or if the worker cannot start) the checks run in-process.
 * Short texts always do (IN_PROCESS_BELOW_CHARS).
 */
export class CheckRunner {
  private worker: Worker | undefined;
  private workerFailed = false;
  private workerReady = false;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;

  constructor(
    private readonly workerScript: string | undefined,
    private readonly log: (message: string) => void,
    private readonly inProcessBelowChars = IN_PROCESS_BELOW_CHARS,
  ) {}

  run<K extends CheckJob['kind']>(job: Extract<CheckJob, { kind: K }>): RunningCheck<Extract<CheckJobResult, { kind: K }>> {
    let entry!: Job;
    const result = new Promise<CheckJobResult | undefined>((resolve, reject) => {
      entry = { id: this.nextId++, job, resolve, reject };
    });
    if (!this.workerScript || this.workerFailed || job.text.length < this.inProcessBelowChars) {
      // In-process: synchronous, nothing to cancel.
      try {
        entry.resolve(runCheckJob(job));
      } catch (error) {
        entry.reject(error as Error);
      }
    } else {
      this.queue.push(entry);
      this.pump();
    }
    return {
      result: result as Promise<Extract<CheckJobResult, { kind: K }> | undefined>,
      cancel: () => this.cancel(entry),
    };
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    this.stopWorker();
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.resolve(undefined);
    } else if (this.running === job) {
      // A check cannot be interrupted from outside; terminating the worker is the only way.
      this.running = undefined;
      job.resolve(undefined);
      this.stopWorker();
      this.pump();
    }
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const worker = this.ensureWorker();
    const job = this.queue.shift()!;
    if (!worker) {
      try {
        job.resolve(runCheckJob(job.job));
      } catch (error) {
        job.reject(error as Error);
      }
      this.pump();
      return;
    }
    this.running = job;
    worker.postMessage({ id: job.id, job: job.job });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (this.workerFailed || !this.workerScript) return undefined;
    try {
      const worker = new Worker(this.workerScript, { workerData: CHECK_WORKER_MARK });
      this.workerReady = false;
      // A script that loads but never runs the worker body would otherwise leave every job waiting.
      const startTimer = setTimeout(() => {
        if (this.worker === worker && !this.workerReady) this.workerDied(worker, new Error(`no answer within ${WORKER_START_TIMEOUT_MS} ms`));
      }, WORKER_START_TIMEOUT_MS);
      startTimer.unref();
      worker.once('message', () => clearTimeout(startTimer));
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (error) => this.workerDied(worker, error));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.workerDied(worker, new Error(`check worker exited with code ${code}`));
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.workerFailed = true;
      this.log(`Copydesk: cannot start the check worker (${(error as Error).message}); checking on the main thread.`);
      return undefined;
    }
  }

  private settle(reply: WorkerReply): void {
    if ('ready' in reply) {
      this.workerReady = true;
      return;
    }
    const job = this.running;
    if (!job || job.id !== reply.id) return; // Cancelled meanwhile.
    this.running = undefined;
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.result);
    this.pump();
  }

  /** A crash (e.g. out of memory on a huge article) fails the job it was running; the next job gets a new worker. */
  private workerDied(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const job = this.running;
    this.running = undefined;
    if (!this.workerReady) {
      // The script itself does not load as a worker: check in-process from now on, this job included.
      this.workerFailed = true;
      void worker.terminate().catch(() => undefined);
      this.log(`Copydesk: the check worker failed to start (${error.message}); checking on the main thread.`);
      if (job) this.queue.unshift(job);
    } else {
      job?.reject(error);
    }
    this.pump();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate().catch(() => undefined);
  }
}
