/**
 * Debounced validation per document. Every schedule() starts a new generation; a run
 * learns through `isCurrent()` whether a newer edit (or a close) has superseded it, so a
 * result computed for a stale version is dropped instead of published.
 */
export type ValidationRun = (uri: string, isCurrent: () => boolean) => Promise<void>;

interface Pending {
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class ValidationScheduler {
  private readonly pending = new Map<string, Pending>();
  private nextGeneration = 0;

  constructor(
    private readonly run: ValidationRun,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  /** Runs the validation after `delayMs` (resolved first, e.g. from the document's settings) unless superseded. */
  schedule(uri: string, delayMs: number | Promise<number>): void {
    const entry = this.entry(uri);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    const generation = ++this.nextGeneration;
    entry.generation = generation;
    const isCurrent = () => this.pending.get(uri)?.generation === generation;
    Promise.resolve(delayMs)
      .then((ms) => {
        if (!isCurrent()) return;
        entry.timer = setTimeout(() => {
          entry.timer = undefined;
          if (!isCurrent()) return;
          this.run(uri, isCurrent).catch((error) => this.onError(uri, error));
        }, Math.max(0, ms));
      })
      .catch((error) => this.onError(uri, error));
  }

  /** Drops any pending or running validation of the document (it was closed). */
  cancel(uri: string): void {
    const entry = this.pending.get(uri);
    if (entry?.timer) clearTimeout(entry.timer);
    this.pending.delete(uri);
  }

  private entry(uri: string): Pending {
    let entry = this.pending.get(uri);
    if (!entry) {
      entry = { generation: 0 };
      this.pending.set(uri, entry);
    }
    return entry;
  }
}
