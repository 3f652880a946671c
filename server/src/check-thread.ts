import { Worker, type ResourceLimits } from 'worker_threads';
import type { HouseStyle } from '../../rules/src';
import type { CheckJob } from './check-jobs';
import type { WorkerReply, WorkerRequest } from './check-worker';
import { textDelta } from './text-delta';

/** Marks the worker's data so main.ts knows to run the worker body instead of a server. */
export const CHECK_WORKER_MARK = 'copydesk-check-worker';

/** Below this, a text goes whole: the compare would not save a copy worth having. */
const DELTA_FROM_CHARS = 20_000;

/** House styles a worker keeps (one per style file in use, plus versions of a file being edited). */
const MAX_STYLES = 8;

export interface CheckThreadEvents {
  /** The worker loaded and can take jobs. */
  ready(): void;
  reply(reply: Exclude<WorkerReply, { ready: true }>): void;
  /** The worker crashed or exited (`error.code` is ERR_WORKER_OUT_OF_MEMORY when it ran out of heap). */
  died(error: Error & { code?: string }): void;
}

/**
 * One check worker thread, and what the main thread knows it holds: the text of the last job
 * (so the next job of the same document sends only what changed) and the house styles sent
 * to it (sent once, then named by number). Posting is ordered, so both sides stay in step.
 */
export class CheckThread {
  private readonly worker: Worker;
  private lastText: string | undefined;
  private readonly styleIds = new Map<HouseStyle, number>();
  private nextStyleId = 1;
  private dead = false;

  constructor(script: string, readonly limits: ResourceLimits | undefined, events: CheckThreadEvents) {
    this.worker = new Worker(script, { workerData: CHECK_WORKER_MARK, resourceLimits: limits });
    this.worker.on('message', (reply: WorkerReply) => ('ready' in reply ? events.ready() : events.reply(reply)));
    this.worker.on('error', (error) => this.die(error, events));
    this.worker.on('exit', (code) => this.die(new Error(`check worker exited with code ${code}`), events));
    // An idle worker must not keep the process alive (a running job does: see post and idle).
    this.worker.unref();
  }

  /** No job running: the worker no longer keeps the process alive. */
  idle(): void {
    this.worker.unref();
  }

  post(id: number, job: CheckJob): void {
    const request: WorkerRequest = { id, job: { ...job, text: '', options: { ...job.options, houseStyle: undefined } }, text: this.textFor(job.text) };
    const style = job.options.houseStyle;
    if (style) {
      let styleId = this.styleIds.get(style);
      if (styleId === undefined) {
        styleId = this.nextStyleId++;
        if (this.styleIds.size >= MAX_STYLES) {
          const [oldest, oldestId] = this.styleIds.entries().next().value as [HouseStyle, number];
          this.styleIds.delete(oldest);
          request.forgetStyle = oldestId;
        }
        this.styleIds.set(style, styleId);
        request.newStyle = style;
      }
      request.styleId = styleId;
    }
    this.worker.ref();
    try {
      this.worker.postMessage(request);
    } catch (error) {
      // Not sent (e.g. options that cannot be cloned): the worker has neither this text nor this style.
      this.lastText = undefined;
      if (request.newStyle) this.styleIds.delete(request.newStyle);
      throw error;
    }
  }

  terminate(): void {
    this.dead = true;
    void this.worker.terminate().catch(() => undefined);
  }

  private textFor(text: string): WorkerRequest['text'] {
    const last = this.lastText;
    this.lastText = text;
    if (last === undefined || text.length < DELTA_FROM_CHARS) return { full: text };
    const delta = textDelta(last, text);
    // Another document (or a rewrite): the delta is about the whole text anyway.
    return delta.insert.length * 2 > text.length ? { full: text } : { delta };
  }

  private die(error: Error, events: CheckThreadEvents): void {
    if (this.dead) return;
    this.dead = true;
    events.died(error);
  }
}
