/** A word or a punctuation mark inside one sentence, with absolute offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
  /** `text` lowercased with ’ as ' (see `lowerWord`), computed once: it is read many times. */
  lower: string;
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

/** The tokens of text[start, end): the regex above run on that slice, offsets absolute. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
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
      tokens.push(token(text, at, i, false, !isPlainLower(text.charCodeAt(at))));
      continue;
    }
    // Whether any unit is a capital or non-ASCII: only then does lowercasing change the text.
    let mixed = !isPlainLower(text.charCodeAt(i));
    i += widthAt(text, i, end);
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x26 || (classAt(text, i, end) & LETTER_OR_DIGIT)) i += widthAt(text, i, end);
      else if ((c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < end && (classAt(text, i + 1, end) & LETTER_OR_DIGIT)) i++;
      else if (c === 0x2f && i + 1 < end && (classAt(text, i + 1, end) & DIGIT)) i++;
      else break;
      if (!isPlainLower(c)) mixed = true;
    }
    if (i < end && text.charCodeAt(i) === 0x2e) {
      i++;
      // The period goes back out unless the word is an initial or an abbreviation.
      if (i - at > 1 && !KEEPS_FINAL_PERIOD.test(text.slice(at, i))) {
        tokens.push(token(text, at, i - 1, true, mixed));
        tokens.push(token(text, i - 1, i, false, false));
        continue;
      }
    }
    tokens.push(token(text, at, i, true, mixed));
  }
  return tokens;
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

/** An ASCII unit that is its own lowercase (not A-Z). */
function isPlainLower(c: number): boolean {
  return c < 0x80 && (c < 0x41 || c > 0x5a);
}

/**
 * `maybeWord`: the token matched the word alternative (`word` is still decided by its first unit,
 * as before); `mixed`: some unit may change when lowercased.
 */
function token(text: string, start: number, end: number, maybeWord: boolean, mixed: boolean): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, word: maybeWord && startsWithLetterOrDigit(t), lower: mixed ? lowerCase(t) : t };
}

function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * `/[\p{L}\p{N}]/u.test(word[0])` with an ASCII fast path. Non-ASCII first units (including a
 * lone surrogate of an astral letter, which the regex rejects) still go through the same regex.
 */
function startsWithLetterOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT_RE.test(word[0]);
}

export function isCapitalized(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text);
}

/** The token lowercased, with ’ as ' (lexicon entries are written with '). */
export function lowerWord(token: Token): string {
  return token.lower;
}
