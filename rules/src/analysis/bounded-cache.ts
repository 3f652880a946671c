/**
 * A least-recently-used map bounded both by entry count and by total weight (e.g. the
 * characters of the keys), so memoising paragraphs in a language server that stays up for
 * a day cannot grow without limit. Map keeps insertion order: a hit is re-inserted at the
 * end, and eviction drops from the front.
 */
export class BoundedCache<K, V> {
  // Each entry keeps the key it was stored under: a hit re-inserts that key, not the caller's
  // equal one, which may be built from a slice of a whole document and would keep it alive.
  private readonly entries = new Map<K, { key: K; value: V; weight: number }>();
  private totalWeight = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(entry.key, entry);
    return entry.value;
  }

  set(key: K, value: V, weight = 1): void {
    const old = this.entries.get(key);
    if (old) {
      this.totalWeight -= old.weight;
      this.entries.delete(key);
    }
    this.entries.set(key, { key, value, weight });
    this.totalWeight += weight;
    while (this.entries.size > this.maxEntries || (this.totalWeight > this.maxWeight && this.entries.size > 1)) {
      const oldest = this.entries.keys().next().value as K;
      this.totalWeight -= this.entries.get(oldest)!.weight;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }
}

/**
 * A copy of `text` that shares no memory with the string it came from. V8 keeps a slice (and a
 * concatenation holding one) pointing into its parent, so a memo key cut from a 10 MB document
 * would keep the whole document alive as long as the key lives; concatenating then slicing
 * forces a fresh flat string of the key's own length.
 */
export function detachedCopy(text: string): string {
  return (text + '\u0000').slice(0, -1);
}
