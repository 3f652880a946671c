/**
 * Values by paragraph text (the recognisers' results, write-good's hints), bounded by entry count and by total text length so a language
 * server that stays up for a day cannot grow without limit.
 *
 * Keyed by a hash of a few sampled characters, then compared in full: a Map keyed by the texts
 * themselves hashed every character of every paragraph on every check (about 3 ms per MB, as
 * much as recognising the dates). A hit costs one lookup and one comparison: entries carry the
 * tick of their last use, and the least recently used quarter goes in one batch when a bound
 * is passed.
 */
export class ParagraphMemo<V> {
  private readonly buckets = new Map<number, Entry<V>[]>();
  private count = 0;
  private totalLength = 0;
  private tick = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxLength: number,
  ) {}

  get size(): number {
    return this.count;
  }

  get(text: string): V | undefined {
    const bucket = this.buckets.get(sampledHash(text));
    if (!bucket) return undefined;
    for (const entry of bucket) {
      if (entry.text === text) {
        entry.used = ++this.tick;
        return entry.value;
      }
    }
    return undefined;
  }

  /** `text` should be a string of its own (not a slice of a bigger one): the memo keeps it. */
  set(text: string, value: V): void {
    const hash = sampledHash(text);
    const bucket = this.buckets.get(hash);
    if (bucket) {
      for (const entry of bucket) {
        if (entry.text === text) {
          entry.value = value;
          entry.used = ++this.tick;
          return;
        }
      }
    }
    const entry = { text, hash, value, used: ++this.tick };
    // Most buckets hold one entry: a literal has room for just that, `push` onto [] reserves 17.
    if (bucket) bucket.push(entry);
    else this.buckets.set(hash, [entry]);
    this.count++;
    this.totalLength += text.length;
    if (this.count > this.maxEntries || this.totalLength > this.maxLength) this.evict();
  }

  clear(): void {
    this.buckets.clear();
    this.count = 0;
    this.totalLength = 0;
  }

  private evict(): void {
    const byAge: Entry<V>[] = [];
    for (const bucket of this.buckets.values()) byAge.push(...bucket);
    byAge.sort((a, b) => a.used - b.used);
    const entryTarget = Math.floor(this.maxEntries * 0.75);
    const lengthTarget = this.maxLength * 0.75;
    // The newest entry always stays.
    for (let i = 0; i < byAge.length - 1 && (this.count > entryTarget || this.totalLength > lengthTarget); i++) {
      const entry = byAge[i];
      const bucket = this.buckets.get(entry.hash)!;
      bucket.splice(bucket.indexOf(entry), 1);
      if (bucket.length === 0) this.buckets.delete(entry.hash);
      this.count--;
      this.totalLength -= entry.text.length;
    }
  }
}

interface Entry<V> {
  readonly text: string;
  readonly hash: number;
  value: V;
  used: number;
}

/** The length and about 24 characters spread over the text (equal texts, equal hashes). */
function sampledHash(text: string): number {
  const length = text.length;
  let hash = length;
  const step = (length >> 4) + 1;
  for (let i = 0; i < length; i += step) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  if (length > 0) hash = (Math.imul(hash, 31) + text.charCodeAt(length - 1)) | 0;
  return hash;
}

/**
 * A copy of `text` that shares no memory with the string it came from, for a memo key. V8 keeps
 * a slice (and a concatenation holding one) pointing into its parent, so a key cut from a 10 MB
 * document would keep the whole document alive as long as the key lives; concatenating then
 * slicing forces a fresh flat string of the key's own length.
 */
export function detachedCopy(text: string): string {
  return (text + '\u0000').slice(0, -1);
}
