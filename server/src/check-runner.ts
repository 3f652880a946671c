import type { ResourceLimits } from 'worker_threads';
import { runCheckJob, type CheckJob, type CheckJobResult } from './check-jobs';
import { CheckThread } from './check-thread';
import type { WorkerReply } from './check-worker';

export { CHECK_WORKER_MARK } from './check-thread';

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
  /** Superseded while the worker runs it: the worker finishes it, the result is dropped. */
  cancelled?: boolean;
  startedAt?: number;
  /** Ran out of heap in a worker with heap limits: runs again in one without. */
  needsUnlimitedHeap?: boolean;
  abandonTimer?: ReturnType<typeof setTimeout>;
}

/**
 * Texts shorter than this are checked on the main thread: a typical article takes a few
 * milliseconds, less than a round trip to the worker, and a busy worker (a huge document
 * elsewhere) must not hold up the article being typed.
 */
export const IN_PROCESS_BELOW_CHARS = 100_000;

/** A worker that has not loaded by then is taken as broken: checks go in-process. */
const WORKER_START_TIMEOUT_MS = 15_000;

/**
 * The worker's heap, kept small for the documents it usually checks (a 50,000-word story is
 * 300k chars). Without limits V8 lets the old generation grow to about four times what is
 * live before collecting (its growth factor is 4 when the heap may reach gigabytes, 1.3 to 2
 * below 2 GB: 1.3 at 256 MB), and the young one to 48 MB: for the engine's garbage on a
 * 50,000-word story that was a 114 MB heap for ~18 MB live. With these limits it collects
 * sooner (a 48 MB heap): the server's peak RSS over the LSP bench went from 237 MB to 170 MB
 * (young 24 MB / old 768 MB: 190 MB), for ~35% more CPU per check, all of it GC (bench p50
 * 205 -> 347 ms with the engine of Nov. 29, 02:00), a share that falls as the engine allocates
 * less: re-measure both when it does. Longer texts get a worker without
 * limits, and so does a job that runs out of heap anyway (see needsUnlimitedHeap).
 */
const HEAP_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };
const LIMITED_HEAP_UP_TO_CHARS = 2_000_000;

/**
 * What a restart of the worker costs (loading the bundle, cold JIT for the first checks,
 * the engine's caches lost): a superseded check expected to end sooner is left to finish.
 */
const RESTART_COST_MS = 2_000;

/** Until the worker has timed a warm check: about 0.5 MB/s, slower than any check measured. */
const DEFAULT_MS_PER_CHAR = 0.002;
/** Texts this long time the worker's throughput; shorter ones are mostly fixed costs. */
const TIMED_FROM_CHARS = 50_000;

/**
 * Runs checks off the main thread in one long-lived worker, so a huge or slow article never
 * blocks hover, code actions or typing in other documents. A check superseded by a newer
 * version is cancelled: its result is dropped, and the worker finishes it and goes on with the
 * newer one (its caches stay warm), unless the check would take longer than a restart of the
 * worker (a 10 MB article): then the worker is terminated and a new one started.
 * Without a worker script (or if the worker cannot start) the checks run in-process.
 * Short texts always do (IN_PROCESS_BELOW_CHARS).
 */
export class CheckRunner {
  private thread: CheckThread | undefined;
  private workerFailed = false;
  private workerReady = false;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;
  /** Runs the worker completed, and its throughput from the warm ones. */
  private completedRuns = 0;
  private msPerChar = DEFAULT_MS_PER_CHAR;
  /** Worker threads started so far (a restart counts): the tests read it. */
  workersStarted = 0;

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
      // In-process: synchronous, nothing to cancel. The main thread's heap is capped (launch.ts):
      // a text only the unlimited worker can hold is refused with a message, not run out of memory.
      if (job.text.length > LIMITED_HEAP_UP_TO_CHARS) {
        entry.reject(new Error(`This document (${job.text.length.toLocaleString('en-US')} characters) is too long to check without Copydesk's check worker, which could not start.`));
      } else this.runInProcess(entry);
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
    if (this.running) this.drop(this.running);
    this.running = undefined;
    this.stopWorker();
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.resolve(undefined);
    } else if (this.running === job && !job.cancelled) {
      this.drop(job);
      const remainingMs = this.msPerChar * job.job.text.length - (Date.now() - job.startedAt!);
      if (remainingMs > RESTART_COST_MS) {
        this.restartWorker();
      } else {
        // Estimates can be wrong: a check that overruns by a restart's cost is stopped after all.
        job.abandonTimer = setTimeout(() => {
          if (this.running === job) this.restartWorker();
        }, Math.max(0, remainingMs) + RESTART_COST_MS);
        job.abandonTimer.unref();
      }
    }
  }

  /** The caller gets `undefined` now; whatever the worker answers for the job later is ignored. */
  private drop(job: Job): void {
    job.cancelled = true;
    job.resolve(undefined);
  }

  private restartWorker(): void {
    this.finish(this.running);
    this.running = undefined;
    this.stopWorker();
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    if (this.queue.length === 0) return this.thread?.idle();
    const job = this.queue[0];
    const thread = this.threadFor(job);
    this.queue.shift();
    if (!thread) {
      this.runInProcess(job);
      this.pump();
      return;
    }
    this.running = job;
    job.startedAt = Date.now();
    try {
      thread.post(job.id, job.job);
    } catch (error) {
      this.running = undefined;
      job.reject(error as Error);
      this.pump();
    }
  }

  private runInProcess(job: Job): void {
    try {
      job.resolve(runCheckJob(job.job));
    } catch (error) {
      job.reject(error as Error);
    }
  }

  /** The worker for the job: the current one, or a new one when there is none or its heap is too small for the job. */
  private threadFor(job: Job): CheckThread | undefined {
    const unlimited = job.needsUnlimitedHeap || job.job.text.length > LIMITED_HEAP_UP_TO_CHARS;
    if (this.thread && unlimited && this.thread.limits) this.stopWorker();
    if (this.thread) return this.thread;
    if (this.workerFailed || !this.workerScript) return undefined;
    try {
      let thread!: CheckThread;
      thread = new CheckThread(this.workerScript, unlimited ? undefined : HEAP_LIMITS, {
        ready: () => {
          if (this.thread === thread) this.workerReady = true;
        },
        reply: (reply) => {
          if (this.thread === thread) this.settle(reply);
        },
        died: (error) => this.workerDied(thread, error),
      });
      this.thread = thread;
      this.workersStarted++;
      this.workerReady = false;
      this.completedRuns = 0;
      // A script that loads but never runs the worker body would otherwise leave every job waiting.
      const startTimer = setTimeout(() => {
        if (this.thread === thread && !this.workerReady) this.workerDied(thread, new Error(`no answer within ${WORKER_START_TIMEOUT_MS} ms`));
      }, WORKER_START_TIMEOUT_MS);
      startTimer.unref();
      return thread;
    } catch (error) {
      this.workerFailed = true;
      this.log(`Copydesk: cannot start the check worker (${(error as Error).message}); checking on the main thread.`);
      return undefined;
    }
  }

  private settle(reply: Exclude<WorkerReply, { ready: true }>): void {
    const job = this.running;
    if (!job || job.id !== reply.id) return;
    this.finish(job);
    this.running = undefined;
    this.timeRun(job);
    if (!job.cancelled) {
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.result);
    }
    this.pump();
  }

  private finish(job: Job | undefined): void {
    if (job?.abandonTimer) clearTimeout(job.abandonTimer);
  }

  /** The first run of a worker is cold (JIT) and says little about the next ones. */
  private timeRun(job: Job): void {
    this.completedRuns++;
    const chars = job.job.text.length;
    if (this.completedRuns === 1 || chars < TIMED_FROM_CHARS) return;
    const msPerChar = (Date.now() - job.startedAt!) / chars;
    this.msPerChar = this.completedRuns === 2 ? msPerChar : (this.msPerChar + msPerChar) / 2;
  }

  /** A crash (e.g. out of memory on a huge article) fails the job it was running; the next job gets a new worker. */
  private workerDied(thread: CheckThread, error: Error & { code?: string }): void {
    if (this.thread !== thread) return;
    this.thread = undefined;
    thread.terminate();
    const job = this.running;
    this.finish(job);
    this.running = undefined;
    if (!this.workerReady) {
      // The script itself does not load as a worker: check in-process from now on, this job included.
      this.workerFailed = true;
      this.log(`Copydesk: the check worker failed to start (${error.message}); checking on the main thread.`);
      if (job && !job.cancelled) this.queue.unshift(job);
    } else if (job && !job.cancelled) {
      if (thread.limits && !job.needsUnlimitedHeap) {
        // Out of the limited heap (or another crash there): once more, in a worker without limits.
        job.needsUnlimitedHeap = true;
        this.queue.unshift(job);
      } else {
        job.reject(error);
      }
    }
    this.pump();
  }

  private stopWorker(): void {
    const thread = this.thread;
    this.thread = undefined;
    thread?.terminate();
  }
}
