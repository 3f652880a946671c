import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { checkText, type EngineOptions, type Finding, type RuleFailure } from '../../rules/src';
import type { InputFile } from './files';

/** One file's outcome, as `copydesk check` reports it. */
export interface CheckedFile {
  file: InputFile;
  findings: Finding[];
  failures: RuleFailure[];
}

interface WorkerSetup {
  mark: typeof CLI_WORKER_MARK;
  engine: EngineOptions;
}

interface Job {
  index: number;
  text: string;
  kind: InputFile['kind'];
}

type Reply = { index: number; findings: Finding[]; failures: RuleFailure[] } | { index: number; error: string };

const CLI_WORKER_MARK = 'copydesk-cli-check-worker';

/**
 * Below this much text a worker costs more to start (it loads the whole core, ~50 ms) than
 * it saves: the files are checked on the main thread.
 */
const PARALLEL_FROM_CHARS = 200_000;

/**
 * With two cores or fewer the workers lose: V8 compiles hot code and marks garbage on
 * background threads, which a single-threaded run gives the spare core; two busy workers
 * leave them none. Measured on 2 cores (Nov. 29): 840 distinct PolNeAR files, 2.5 s on the
 * main thread, 3.4 s with two workers; the corpus ×10, 381 against 257 files/s.
 */
const WORKERS_FROM_CORES = 3;

/**
 * How many worker threads: one per core, at most one per file, none for small runs or on
 * machines with two cores or fewer; COPYDESK_WORKERS overrides (0 = none).
 */
function workerCount(files: readonly InputFile[]): number {
  const override = process.env.COPYDESK_WORKERS;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (override !== undefined && /^\d+$/.test(override)) return Math.min(Number(override), files.length);
  if (cores < WORKERS_FROM_CORES || files.reduce((sum, f) => sum + f.text.length, 0) < PARALLEL_FROM_CHARS) return 0;
  return Math.min(cores, files.length);
}

/**
 * Checks every file and hands each result to `onChecked` as soon as it and every file before
 * it are done: output streams while the rest is checked, and its order is the input order
 * whatever thread finished first. Uses one worker thread per core for large runs.
 */
export async function checkFilesInOrder(files: readonly InputFile[], engine: EngineOptions, onChecked: (checked: CheckedFile) => Promise<void>): Promise<void> {
  const threads = workerCount(files);
  if (threads < 2) {
    for (const file of files) await onChecked(checkInProcess(file, engine));
    return;
  }
  const done = new Map<number, CheckedFile>();
  let nextToReport = 0;
  let flushing = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(async () => {
      while (done.has(nextToReport)) {
        const checked = done.get(nextToReport)!;
        done.delete(nextToReport);
        nextToReport++;
        await onChecked(checked);
      }
    });
  };
  let nextJob = 0;
  const workers: Promise<void>[] = [];
  for (let t = 0; t < threads; t++) {
    workers.push(
      runWorker(engine, () => (nextJob < files.length ? nextJob++ : undefined), files, (checked, index) => {
        done.set(index, checked);
        flush();
      }),
    );
  }
  await Promise.all(workers);
  flush();
  await flushing;
}

function checkInProcess(file: InputFile, engine: EngineOptions): CheckedFile {
  const result = checkText(file.text, { ...engine, kind: file.kind });
  return { file, findings: result.findings, failures: result.failures };
}

/**
 * One worker thread taking jobs until none is left. A worker that cannot start or dies
 * leaves its current and remaining jobs to the main thread: a broken thread must not lose findings.
 */
function runWorker(engine: EngineOptions, takeJob: () => number | undefined, files: readonly InputFile[], settle: (checked: CheckedFile, index: number) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    let current: number | undefined;
    let finished = false;
    const setup: WorkerSetup = { mark: CLI_WORKER_MARK, engine };
    // Loaded with eval so that requiring the CLI bundle does not run the CLI itself
    // (`require.main === module` is false); this module's top level then starts the worker body.
    const worker = new Worker(`require(${JSON.stringify(__filename)});`, { eval: true, workerData: setup });
    const finishInProcess = () => {
      if (finished) return;
      finished = true;
      for (let index = current ?? takeJob(); index !== undefined; index = takeJob()) settle(checkInProcess(files[index], engine), index);
      void worker.terminate();
      resolve();
    };
    const sendNext = () => {
      current = takeJob();
      if (current === undefined) {
        finished = true;
        void worker.terminate().then(() => resolve());
        return;
      }
      const file = files[current];
      worker.postMessage({ index: current, text: file.text, kind: file.kind } satisfies Job);
    };
    worker.on('message', (reply: Reply | { ready: true }) => {
      if ('ready' in reply) return sendNext();
      if ('error' in reply) {
        // The job itself threw (not a rule: rule failures come back as failures): check it here.
        settle(checkInProcess(files[reply.index], engine), reply.index);
      } else {
        settle({ file: files[reply.index], findings: reply.findings, failures: reply.failures }, reply.index);
      }
      sendNext();
    });
    worker.on('error', finishInProcess);
    worker.on('exit', () => {
      if (!finished) finishInProcess();
    });
  });
}

/** The worker thread's body: check each file it is sent with the run's options. */
function serveChecks(setup: WorkerSetup): void {
  const port = parentPort!;
  port.on('message', (job: Job) => {
    let reply: Reply;
    try {
      const result = checkText(job.text, { ...setup.engine, kind: job.kind });
      reply = { index: job.index, findings: result.findings, failures: result.failures };
    } catch (error) {
      reply = { index: job.index, error: String((error as Error)?.stack ?? error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}

if (!isMainThread && (workerData as WorkerSetup | undefined)?.mark === CLI_WORKER_MARK) serveChecks(workerData as WorkerSetup);
