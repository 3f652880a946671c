/** A word or a punctuation mark inside one sentence, with absolute offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
}

// Words keep inner periods ("U.S.", "P.J."), apostrophes ("Carlineo’s"), hyphens and ampersands.
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}])|\/(?=\p{N}))*\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(body); m; m = TOKEN_RE.exec(body)) {
    let word = m[0];
    // A final period belongs to the word only for initials and abbreviations ("P.J.", "Co.").
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Co|Corp|Inc|Ltd|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt)\.$/u.test(word)) {
      word = word.slice(0, -1);
    }
    const at = start + m.index;
    tokens.push({ start: at, end: at + word.length, text: word, word: startsWithLetterOrDigit(word) });
    if (word.length < m[0].length) tokens.push({ start: at + word.length, end: at + m[0].length, text: '.', word: false });
  }
  return tokens;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * `/[\p{L}\p{N}]/u.test(word[0])` with an ASCII fast path: this runs once per token of the
 * document, and almost every token is ASCII. Non-ASCII first units (including a lone surrogate
 * of an astral letter, which the regex rejects) still go through the same regex.
 */
function startsWithLetterOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT_RE.test(word[0]);
}

export function isCapitalized(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text);
}

export function lowerWord(token: Token): string {
  // Called many times per token; skip the regex replace (and its allocation) when there is no ’.
  const lower = token.text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
