import * as os from 'os';
import { isMainThread, MessageChannel, parentPort, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'worker_threads';
import { checkText, type EngineOptions, type Finding, type RuleFailure } from '../../rules/src';
import type { InputFile } from './files';

/** One file's outcome, as `copydesk check` reports it. */
export interface CheckedFile {
  file: InputFile;
  findings: Finding[];
  failures: RuleFailure[];
}

/** What a worker is told once the files are read: everything it needs to check its share. */
interface WorkerJob {
  engine: EngineOptions;
  /** Int32Array over it: [0] is the next file index to claim, shared by every checking thread. */
  next: SharedArrayBuffer;
  texts: string[];
  kinds: InputFile['kind'][];
  /** Where the replies go: the main thread reads them synchronously between its own checks. */
  port: MessagePort;
}

/** A file's findings travel as one JSON string: one string to post and parse instead of a structured clone of many small objects. */
type Reply = { index: number; json: string } | { index: number; error: string } | { done: true };

/** workerData of a check worker: its copy of this module then serves checks instead of idling. */
const CHECK_WORKER_MARK = 'copydesk-cli-check-worker';

/**
 * Below this much text a worker costs more to start (it loads the whole core, ~50 ms) than
 * it saves: the files are checked on the main thread.
 */
const PARALLEL_FROM_CHARS = 200_000;

/**
 * With two cores or fewer a second checking thread loses, and not for lack of a core: a pure
 * arithmetic loop runs 1.98x as fast on two threads here. But checking allocates ~78 MB per MB
 * of copy, and one thread alone already keeps the second core busy with V8's helpers (its
 * concurrent optimising compiler and parallel garbage collection: 1.0-1.5 s of CPU beside 1.3 s
 * on the main thread for the corpus x10); a loop allocating like that gains only 1.35-1.40x on
 * two threads. A worker also loads the CLI (~130 ms), runs its first files unoptimised and has
 * its hot functions compiled again. Measured on 2 cores (Nov. 29), main thread alone against
 * main thread + one worker: corpus x10 1.95 against 2.39 s (CPU 3.1 against 4.2 s), 840 PolNeAR
 * files 2.60 against 2.97 s, corpus x100 (25 MB) 7.1 against 8.2 s (CPU 9.1 against 14.4 s).
 */
const WORKERS_FROM_CORES = 3;

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * How many worker threads `copydesk check` starts by itself beside the main thread (which
 * checks files too): one per extra core, none for small runs or with two cores or fewer.
 */
export function defaultWorkerCount(fileCount: number, totalChars: number): number {
  if (cores() < WORKERS_FROM_CORES || totalChars < PARALLEL_FROM_CHARS) return 0;
  return Math.max(0, Math.min(cores() - 1, fileCount - 1));
}

/** The default, unless COPYDESK_WORKERS says how many (0 = none). */
function workerCount(files: readonly InputFile[]): number {
  const override = process.env.COPYDESK_WORKERS;
  if (override !== undefined && /^\d+$/.test(override)) return Math.max(0, Math.min(Number(override), files.length - 1));
  return defaultWorkerCount(files.length, files.reduce((sum, f) => sum + f.text.length, 0));
}

function newCheckWorker(): Worker {
  // Loaded with eval so that requiring the CLI bundle does not run the CLI itself
  // (`require.main === module` is false); this module's top level then starts the worker body.
  return new Worker(`require(${JSON.stringify(__filename)});`, { eval: true, workerData: CHECK_WORKER_MARK });
}

/**
 * Checks every file and hands each result to `onChecked` as soon as it and every file before
 * it are done: output streams while the rest is checked, and its order is the input order
 * whatever thread finished first. The main thread checks files too; worker threads (one per
 * extra core) claim the next unchecked file from a shared counter, so no thread waits for another.
 */
export async function checkFilesInOrder(files: readonly InputFile[], engine: EngineOptions, onChecked: (checked: CheckedFile) => Promise<void>): Promise<void> {
  const threads = workerCount(files);
  if (threads === 0) {
    for (const file of files) await onChecked(checkInProcess(file, engine));
    return;
  }
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const results: (CheckedFile | undefined)[] = new Array(files.length);
  const job = { engine, next, texts: files.map((f) => f.text), kinds: files.map((f) => f.kind) };

  // Reports every result that is ready, in input order; one flush at a time, so writes keep their order.
  let nextToReport = 0;
  let flushing = Promise.resolve();
  const report = () => {
    flushing = flushing.then(async () => {
      while (nextToReport < files.length && results[nextToReport] !== undefined) {
        const checked = results[nextToReport]!;
        results[nextToReport] = undefined;
        nextToReport++;
        await onChecked(checked);
      }
    });
    return flushing;
  };
  const helpers = Array.from({ length: threads }, () => startHelper(job, files, results, report));
  for (let index = Atomics.add(counter, 0, 1); index < files.length; index = Atomics.add(counter, 0, 1)) {
    results[index] = checkInProcess(files[index], engine);
    for (const helper of helpers) helper.takeReplies();
    await report();
  }
  await Promise.all(helpers.map((helper) => helper.finished));
  await report();
  // A worker that died leaves the files it had claimed unchecked: check them here.
  for (let index = nextToReport; index < files.length; index++) results[index] ??= checkInProcess(files[index], engine);
  await report();
}

function checkInProcess(file: InputFile, engine: EngineOptions): CheckedFile {
  const result = checkText(file.text, { ...engine, kind: file.kind });
  return { file, findings: result.findings, failures: result.failures };
}

interface Helper {
  /** Takes every reply already sent, without waiting. */
  takeReplies(): void;
  /** Resolves when the worker has checked its last file, or died. */
  finished: Promise<void>;
}

/**
 * One worker thread checking files until none is left. Its replies come over a port of their
 * own, which the main thread reads synchronously between its own checks (and as events once
 * it has none left). A worker that cannot start or dies leaves its claimed files unreported:
 * the main thread checks those at the end.
 */
function startHelper(job: Omit<WorkerJob, 'port'>, files: readonly InputFile[], results: (CheckedFile | undefined)[], onReply: () => void): Helper {
  const { port1, port2 } = new MessageChannel();
  const worker = newCheckWorker();
  let settle!: () => void;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    port1.close();
    void worker.terminate();
    settle();
  };
  const accept = (reply: Reply) => {
    if ('done' in reply) return finish();
    if ('error' in reply) {
      // The job itself threw (not a rule: rule failures come back as failures): check it here.
      results[reply.index] = checkInProcess(files[reply.index], job.engine);
    } else {
      const { findings, failures } = JSON.parse(reply.json) as { findings: Finding[]; failures: RuleFailure[] };
      results[reply.index] = { file: files[reply.index], findings, failures };
    }
  };
  const takeReplies = () => {
    for (let message = done ? undefined : receiveMessageOnPort(port1); message !== undefined; message = done ? undefined : receiveMessageOnPort(port1)) accept(message.message as Reply);
  };
  port1.on('message', (reply: Reply) => {
    accept(reply);
    onReply();
  });
  const died = () => {
    takeReplies();
    finish();
  };
  worker.on('error', died);
  worker.on('exit', died);
  worker.postMessage({ ...job, port: port2 } satisfies WorkerJob, [port2]);
  return { takeReplies, finished };
}

/** The worker thread's body: wait for the job, claim and check files until none is left, say so. */
function serveChecks(): void {
  parentPort!.once('message', ({ engine, next, texts, kinds, port }: WorkerJob) => {
    const counter = new Int32Array(next);
    for (let index = Atomics.add(counter, 0, 1); index < texts.length; index = Atomics.add(counter, 0, 1)) {
      let reply: Reply;
      try {
        const result = checkText(texts[index], { ...engine, kind: kinds[index] });
        reply = { index, json: JSON.stringify({ findings: result.findings, failures: result.failures }) };
      } catch (error) {
        reply = { index, error: String((error as Error)?.stack ?? error) };
      }
      port.postMessage(reply);
    }
    port.postMessage({ done: true } satisfies Reply);
  });
}

if (!isMainThread && workerData === CHECK_WORKER_MARK) serveChecks();
