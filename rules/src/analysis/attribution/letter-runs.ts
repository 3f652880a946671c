/**
 * The maximal runs of ASCII letters of a text, found in one pass over its char codes, each with a
 * hash of its lowercase spelling. The attribution analysis uses them to find, without running a
 * regex, the few places a lexicon entry ("according to", "said") can start: a word of the
 * lexicon starts a run, so only runs whose hash is the hash of some entry's first word qualify.
 */
export interface LetterRuns {
  /** Offset of each run's first letter, ascending. */
  starts: Int32Array;
  /** `wordHash` of each run's letters (lowercased). */
  hashes: Int32Array;
  count: number;
  /**
   * Offsets of every "$" and of every ASCII digit after no ASCII word character (A-Z, a-z, 0-9,
   * "_"), ascending: where a figure can start (see claims.ts). Found in the same pass.
   */
  figureAnchors: Int32Array;
  figureAnchorCount: number;
}

/**
 * Case-insensitive matching (`i` with `u`) lets U+017F (long s) match "s" and U+212A (Kelvin sign)
 * match "k", and String#toLowerCase turns U+212A into "k": no ASCII letter run sees those. A text
 * or an entry holding either takes the slow, exact path.
 */
export function hasAsciiFoldingOutsider(text: string): boolean {
  return text.includes('\u017f') || text.includes('\u212a');
}

/** A-Z or a-z: setting bit 5 maps the capitals onto the small letters, one range test then. */
function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26;
}

// Hashes stay within V8's small integers, so reading one never allocates a heap number.
const SMALL_INT = 0x3fffffff;

/** A 30-bit hash of the lowercase of an ASCII-letter word (the same value `letterRuns` gives its run). */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 0x20)) | 0;
  return h & SMALL_INT;
}

function isAsciiWordUnit(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || (c - 0x30) >>> 0 < 10 || c === 0x5f;
}

/** Grows a typed array to twice its length, keeping its contents. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The letter runs and figure anchors of `text`, or null when it holds U+017F or U+212A (see
 * `hasAsciiFoldingOutsider`; checked in the same pass). Typed arrays: several times faster here
 * than pushing onto plain arrays.
 */
export function letterRuns(text: string): LetterRuns | null {
  // English copy averages over six characters a word: this size rarely has to grow.
  const guess = (text.length >> 2) + 64;
  let starts = new Int32Array(guess);
  let hashes = new Int32Array(guess);
  let anchors = new Int32Array((text.length >> 5) + 64);
  let count = 0;
  let anchorCount = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      if (c === 0x24 || ((c - 0x30) >>> 0 < 10 && (i === 0 || !isAsciiWordUnit(text.charCodeAt(i - 1))))) {
        if (anchorCount === anchors.length) anchors = grown(anchors);
        anchors[anchorCount++] = i;
      } else if (c === 0x17f || c === 0x212a) {
        return null;
      }
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    do {
      h = (Math.imul(h, 31) + (c | 0x20)) | 0;
      c = ++i < n ? text.charCodeAt(i) : 0;
    } while (isAsciiLetter(c));
    if (count === starts.length) {
      starts = grown(starts);
      hashes = grown(hashes);
    }
    starts[count] = start;
    hashes[count] = h & SMALL_INT;
    count++;
  }
  return { starts, hashes, count, figureAnchors: anchors, figureAnchorCount: anchorCount };
}

/**
 * The first word of a lexicon entry (its leading ASCII letters, lowercased), or undefined when the
 * entry does not start with an ASCII letter or holds a character that folds onto one.
 */
export function leadingWord(entry: string): string | undefined {
  const m = /^[A-Za-z]+/.exec(entry);
  if (!m || hasAsciiFoldingOutsider(entry)) return undefined;
  return m[0].toLowerCase();
}

/**
 * A filter over word hashes: a bitmap of their low 16 bits. It may pass a word it was not made
 * from (a candidate the regex then rejects), never the reverse, and it costs a shift and a mask.
 */
export type WordFilter = Uint32Array;

const FILTER_BITS = 0xffff;

export function wordFilter(hashes: Iterable<number>): WordFilter {
  const bits = new Uint32Array((FILTER_BITS + 1) >>> 5);
  for (const h of hashes) bits[(h & FILTER_BITS) >>> 5] |= 1 << (h & 31);
  return bits;
}

export function passes(filter: WordFilter, hash: number): boolean {
  return (filter[(hash & FILTER_BITS) >>> 5] & (1 << (hash & 31))) !== 0;
}

/** A filter of the entries' first words; undefined when some entry has none (see `leadingWord`). */
export function leadingWordFilter(entries: readonly string[]): WordFilter | undefined {
  const hashes: number[] = [];
  for (const entry of entries) {
    const word = leadingWord(entry);
    if (word === undefined) return undefined;
    hashes.push(wordHash(word));
  }
  return wordFilter(hashes);
}

/** Starts of the runs that pass `filter`, ascending. */
export function runStartsIn(runs: LetterRuns, filter: WordFilter): number[] {
  const out: number[] = [];
  const { starts, hashes, count } = runs;
  for (let i = 0; i < count; i++) if (passes(filter, hashes[i])) out.push(starts[i]);
  return out;
}
