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

/**
 * The runs of ASCII letters of a lexicon entry, lowercased, or undefined when the entry does not
 * start with an ASCII letter or holds a character that folds onto one. A match of the entry (a
 * `phraseRegExp`, flags `iu`) spans exactly these runs of the text, in a row: its letters match
 * letters of the same spelling, its other characters (spaces, apostrophes, hyphens, digits,
 * non-ASCII letters) match no ASCII letter, and the guards allow no letter on either side.
 */
export function entryRuns(entry: string): string[] | undefined {
  if (!/^[A-Za-z]/.test(entry) || hasAsciiFoldingOutsider(entry)) return undefined;
  return entry.toLowerCase().match(/[a-z]+/g) ?? undefined;
}

/** A hash of two consecutive runs' hashes, for a filter of word pairs. */
export function pairHash(first: number, second: number): number {
  const h = (Math.imul(first, 0x9e3779b1) + Math.imul(second ^ (second >>> 15), 0x85ebca6b)) | 0;
  return h ^ (h >>> 16);
}

/**
 * Where a match of some entry can start: a run spelling a one-word entry's word, or a run and
 * the next spelling the first two words of a longer entry ("in a statement": "in" then "a").
 * Undefined when some entry has no runs to go by (see `entryRuns`). Two words rule out far more
 * positions than one: lexicons start many entries with "in", "a", "is", "the".
 */
export function entryStartFinder(entries: readonly string[]): ((runs: LetterRuns) => number[]) | undefined {
  // A style loaded again brings the same lists: they share the finder, and its bit.
  const key = JSON.stringify(entries);
  if (findersByEntries.has(key)) return findersByEntries.get(key);
  const finder = newEntryStartFinder(entries);
  findersByEntries.set(key, finder);
  return finder;
}

const findersByEntries = new Map<string, ((runs: LetterRuns) => number[]) | undefined>();

function newEntryStartFinder(entries: readonly string[]): ((runs: LetterRuns) => number[]) | undefined {
  const singles: number[] = [];
  const pairs: number[] = [];
  for (const entry of entries) {
    const words = entryRuns(entry);
    if (!words) return undefined;
    if (words.length === 1) singles.push(wordHash(words[0]));
    else pairs.push(pairHash(wordHash(words[0]), wordHash(words[1])));
  }
  if (finderCount < MAX_SHARED_FINDERS) {
    // One pass over the runs serves every lexicon (see `taggedRuns`); this finder reads its bit.
    const bit = 1 << finderCount++;
    for (const h of singles) singleBits[h & FILTER_BITS] |= bit;
    for (const h of pairs) pairBits[h & FILTER_BITS] |= bit;
    return (runs) => {
      const { indices, bits, count } = taggedRuns(runs);
      const out: number[] = [];
      for (let t = 0; t < count; t++) if (bits[t] & bit) out.push(runs.starts[indices[t]]);
      return out;
    };
  }
  const singleFilter = wordFilter(singles);
  const pairFilter = wordFilter(pairs);
  return (runs) => {
    const out: number[] = [];
    const { starts, hashes, count } = runs;
    for (let i = 0; i < count; i++) {
      const h = hashes[i];
      if (passes(singleFilter, h) || (i + 1 < count && passes(pairFilter, pairHash(h, hashes[i + 1])))) out.push(starts[i]);
    }
    return out;
  };
}

// The filters of every finder made by `entryStartFinder`, merged: per bucket of a word hash (or of
// a pair hash), a bit for each finder whose filter holds it. Ten lexicons walking 160,000 runs
// each was most of the whole-prose search; now one walk tags the runs any lexicon may start at.
const MAX_SHARED_FINDERS = 30;
let finderCount = 0;
const singleBits = new Uint32Array(FILTER_BITS + 1);
const pairBits = new Uint32Array(FILTER_BITS + 1);

interface TaggedRuns {
  /** Indices of the runs some finder passes, ascending, with the finders' bits. */
  indices: Int32Array;
  bits: Uint32Array;
  count: number;
  /** How many finders the tags cover: a finder made later needs a new walk. */
  finders: number;
}

const taggedOfRuns = new WeakMap<LetterRuns, TaggedRuns>();

function taggedRuns(runs: LetterRuns): TaggedRuns {
  const known = taggedOfRuns.get(runs);
  if (known && known.finders === finderCount) return known;
  const { hashes, count } = runs;
  let indices = new Int32Array(Math.max(64, count >> 2));
  let bits = new Uint32Array(indices.length);
  let tagged = 0;
  for (let i = 0; i < count; i++) {
    const h = hashes[i];
    let b = singleBits[h & FILTER_BITS];
    if (i + 1 < count) b |= pairBits[pairHash(h, hashes[i + 1]) & FILTER_BITS];
    if (b === 0) continue;
    if (tagged === indices.length) {
      indices = grown(indices);
      const moreBits = new Uint32Array(bits.length * 2);
      moreBits.set(bits);
      bits = moreBits;
    }
    indices[tagged] = i;
    bits[tagged] = b;
    tagged++;
  }
  const result = { indices, bits, count: tagged, finders: finderCount };
  taggedOfRuns.set(runs, result);
  return result;
}
