import { passes, type WordFilter } from './letter-runs';

/**
 * The tokens of one sentence (words and punctuation marks, absolute offsets), as one typed array
 * rather than an object and two strings per token: tokens were the analysis's largest cost and
 * most of its garbage, and most are never read as text. A token's text and lowercase are made
 * when first asked for, then kept.
 */
export class SentenceTokens {
  readonly length: number;
  private texts: string[] | undefined;
  private lowers: string[] | undefined;

  /**
   * From `data[base]` on, `length` tokens: start, end and flags (`WORD`, `BLOCKED`, `MAYBE_VERB`)
   * of each in turn. Sentences share `data` (see `tokenize`).
   */
  constructor(private readonly prose: string, private readonly data: Int32Array, private readonly base: number, length: number) {
    this.length = length;
  }

  start(k: number): number {
    return this.data[this.base + 3 * k];
  }

  end(k: number): number {
    return this.data[this.base + 3 * k + 1];
  }

  /** Starts with a letter or digit (a word, not a punctuation mark). */
  isWord(k: number): boolean {
    return (this.data[this.base + 3 * k + 2] & WORD) !== 0;
  }

  /** Inside quoted words (a speaker's words are not attribution). */
  isBlocked(k: number): boolean {
    return (this.data[this.base + 3 * k + 2] & BLOCKED) !== 0;
  }

  /** False when the token's lowercase is surely no entry of the verb filter it was made with. */
  mayBeVerb(k: number): boolean {
    return (this.data[this.base + 3 * k + 2] & MAYBE_VERB) !== 0;
  }

  text(k: number): string {
    const texts = (this.texts ??= new Array<string>(this.length));
    return (texts[k] ??= this.prose.slice(this.start(k), this.end(k)));
  }

  /** The text lowercased with ’ as ' (lexicon entries are written with '). */
  lower(k: number): string {
    const lowers = (this.lowers ??= new Array<string>(this.length));
    return (lowers[k] ??= lowerCase(this.text(k)));
  }

  isCapitalized(k: number): boolean {
    return this.isWord(k) && /^\p{Lu}/u.test(this.text(k));
  }

  /** The first token starting at or after `offset`, or -1. */
  firstStartingFrom(offset: number): number {
    for (let k = 0; k < this.length; k++) if (this.start(k) >= offset) return k;
    return -1;
  }

  /** The token starting at `offset`, or -1. */
  startingAt(offset: number): number {
    for (let k = 0; k < this.length; k++) if (this.start(k) === offset) return k;
    return -1;
  }

  /** The token ending at `offset`, or -1. */
  endingAt(offset: number): number {
    for (let k = 0; k < this.length; k++) if (this.end(k) === offset) return k;
    return -1;
  }

  /** Whether some token of [from, to) is a word. */
  anyWordIn(from: number, to: number): boolean {
    for (let k = from; k < to && k < this.length; k++) if (this.isWord(k)) return true;
    return false;
  }
}

const WORD = 1;
const BLOCKED = 2;
const MAYBE_VERB = 4;

/** A quotation's inside, where a token is blocked. */
export interface QuotedWords {
  contentStart: number;
  contentEnd: number;
}

// The tokens are the matches of this regex over the sentence:
//   /[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}])|\/(?=\p{N}))*\.?|[^\s\p{L}\p{N}]/gu
// Words keep inner periods ("U.S.", "P.J."), apostrophes ("Carlineo’s"), hyphens and ampersands.
// `tokenize` scans char codes instead, with the same classes, because the regex run per sentence
// (plus a match array per token) was the analysis's largest cost. Each alternative of the loop
// consumes one code point and they exclude each other by their first character, so the greedy
// loop never backtracks and the scan below takes the same steps.

const LETTER_OR_DIGIT = 1;
const DIGIT = 2;
const SPACE = 4;
const KNOWN = 8;
// Classes of BMP code units, filled on first sight (non-ASCII ones through the `u` regexes).
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const digit = c >= 0x30 && c <= 0x39;
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const space = c === 0x20 || (c >= 0x09 && c <= 0x0d);
  bmpClass[c] = KNOWN | (digit || letter ? LETTER_OR_DIGIT : 0) | (digit ? DIGIT : 0) | (space ? SPACE : 0);
}
const LETTER_OR_DIGIT_CHAR_RE = /^[\p{L}\p{N}]$/u;
const DIGIT_CHAR_RE = /^\p{N}$/u;
const SPACE_CHAR_RE = /^\s$/u;

function classOfChar(ch: string): number {
  return KNOWN | (LETTER_OR_DIGIT_CHAR_RE.test(ch) ? LETTER_OR_DIGIT : 0) | (DIGIT_CHAR_RE.test(ch) ? DIGIT : 0) | (SPACE_CHAR_RE.test(ch) ? SPACE : 0);
}

/** The class of the code point at `i` (a lone surrogate is a code point of its own, as in `u` mode). */
function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfChar(text.slice(i, i + 2));
  }
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = classOfChar(String.fromCharCode(c));
  return k;
}

/** Length in code units of the code point at `i` inside [.., end). */
function widthAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

// A final period belongs to the word only for initials and abbreviations ("P.J.", "Co.").
const KEEPS_FINAL_PERIOD = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Co|Corp|Inc|Ltd|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt)\.$/u;

/**
 * The tokens of text[start, end): the regex above run on that slice, offsets absolute. A token
 * inside one of `quotes` is blocked; with `verbs` (see `tokenHash`), only words whose hash passes
 * may be verbs.
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly QuotedWords[] = NO_QUOTES, verbs?: WordFilter): SentenceTokens {
  sentenceBase = chunkUsed;
  let count = 0;
  let i = start;
  while (i < end) {
    const k = classAt(text, i, end);
    if (k & SPACE) {
      i += widthAt(text, i, end);
      continue;
    }
    const at = i;
    if (!(k & LETTER_OR_DIGIT)) {
      i += widthAt(text, i, end);
      count = pushToken(text, at, i, false, quotes, verbs, count);
      continue;
    }
    i += widthAt(text, i, end);
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x26 || (classAt(text, i, end) & LETTER_OR_DIGIT)) i += widthAt(text, i, end);
      else if ((c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < end && (classAt(text, i + 1, end) & LETTER_OR_DIGIT)) i++;
      else if (c === 0x2f && i + 1 < end && (classAt(text, i + 1, end) & DIGIT)) i++;
      else break;
    }
    if (i < end && text.charCodeAt(i) === 0x2e) {
      i++;
      // The period goes back out unless the word is an initial or an abbreviation.
      if (i - at > 1 && !keepsFinalPeriod(text, at, i)) {
        count = pushToken(text, at, i - 1, true, quotes, verbs, count);
        count = pushToken(text, i - 1, i, false, quotes, verbs, count);
        continue;
      }
    }
    count = pushToken(text, at, i, true, quotes, verbs, count);
  }
  chunkUsed = sentenceBase + 3 * count;
  return new SentenceTokens(text, chunk, sentenceBase, count);
}

// Tokens go into shared chunks, each sentence's after the last one's: one typed array per
// sentence (and its backing store) cost more than tokenizing. A chunk lives as long as a
// sentence's tokens in it do. A sentence that outgrows the rest of its chunk moves to a new one.
const CHUNK_SIZE = 3 * 65536;
let chunk = new Int32Array(CHUNK_SIZE);
let chunkUsed = 0;
// Where the sentence being tokenized starts in `chunk`.
let sentenceBase = 0;

const NO_QUOTES: readonly QuotedWords[] = [];

/**
 * `KEEPS_FINAL_PERIOD.test(text.slice(at, end))` for a word ending in a period at `end - 1`. A
 * word starting with a small ASCII letter or a digit, with no period before the last, matches
 * none of its alternatives (each needs a capital first or an inner period): no slice, no regex.
 */
function keepsFinalPeriod(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
    let inner = false;
    for (let j = at + 1; j < end - 1; j++) if (text.charCodeAt(j) === 0x2e) inner = true;
    if (!inner) return false;
  }
  return KEEPS_FINAL_PERIOD.test(text.slice(at, end));
}

/** Writes token number `count` (text[from, to)) of the sentence at `sentenceBase` in `chunk`; returns the new count. */
function pushToken(text: string, from: number, to: number, maybeWord: boolean, quotes: readonly QuotedWords[], verbs: WordFilter | undefined, count: number): number {
  if (sentenceBase + 3 * count + 3 > chunk.length) {
    const moved = new Int32Array(Math.max(CHUNK_SIZE, 6 * count + 3));
    moved.set(chunk.subarray(sentenceBase, sentenceBase + 3 * count));
    chunk = moved;
    sentenceBase = 0;
  }
  const at = sentenceBase + 3 * count;
  // As `/[\p{L}\p{N}]/u.test(token[0])`: the first unit of an astral letter alone is no letter.
  const first = text.charCodeAt(from);
  const word = maybeWord && (first < 0xd800 || first > 0xdfff);
  let flags = word ? WORD : 0;
  if (word && (verbs === undefined || passes(verbs, hashOf(text, from, to)))) flags |= MAYBE_VERB;
  for (let q = 0; q < quotes.length; q++) {
    if (from >= quotes[q].contentStart && to <= quotes[q].contentEnd) {
      flags |= BLOCKED;
      break;
    }
  }
  chunk[at] = from;
  chunk[at + 1] = to;
  chunk[at + 2] = flags;
  return count + 1;
}

/**
 * A hash of a token's lowercase (`lowerCase`) for a filter of verbs: it folds A-Z, ’ and the
 * Kelvin sign (the one non-ASCII unit String#toLowerCase makes ASCII) unit by unit. So a token
 * whose lowercase equals a plain-ASCII word hashes as `tokenHash` of that word.
 */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
    } else if (c === 0x2019) c = 0x27;
    else if (c === 0x212a) c = 0x6b;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/** The hash `tokenize` gives a token whose lowercase is `word`, for a plain-ASCII `word`. */
export function tokenHash(word: string): number {
  return hashOf(word, 0, word.length);
}

/**
 * How many matches `/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu` has in text[start, end), without
 * the strings: a word runs over letters and digits, and over an apostrophe or hyphen followed
 * by one; the next word starts at the next letter or digit. Greedy and never backtracking, as
 * the regex.
 */
export function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  let i = start;
  while (i < end) {
    if (classAt(text, i, end) & LETTER_OR_DIGIT) {
      if (!inWord) count++;
      inWord = true;
      i += widthAt(text, i, end);
      continue;
    }
    const c = text.charCodeAt(i);
    if (!(inWord && (c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < end && (classAt(text, i + 1, end) & LETTER_OR_DIGIT))) inWord = false;
    i += widthAt(text, i, end);
  }
  return count;
}

function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
