import { escapeRegExp } from '../scan';

/** The word right before `offset` on the same line ("No." in "No. 5"), with its start. */
export function wordBefore(text: string, offset: number): { text: string; start: number } | undefined {
  let end = offset;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordBeforeChar(text, start - 1)) start--;
  if (start === end) return undefined;
  return { text: text.slice(start, end), start };
}

/** The word right after `offset` on the same line, with its end. */
export function wordAfter(text: string, offset: number): { text: string; start: number; end: number } | undefined {
  let start = offset;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isWordAfterChar(text, end)) end++;
  // A sentence-final period is not part of the word ("in 5 miles.") unless it is an abbreviation ("a.m.").
  if (end > start && text.charCodeAt(end - 1) === 46 && !/\..*\.$|^\p{L}{1,3}\.$/u.test(text.slice(start, end))) end--;
  if (start === end) return undefined;
  return { text: text.slice(start, end), start, end };
}

/** " " or a no-break space. */
function isBlank(code: number): boolean {
  return code === 32 || code === 0xa0;
}

// The character tests below answer what these regexes answer for `text[at]`, with the ASCII
// answer read from the code (these run for the neighbours of every number in the prose).
const WORD_BEFORE_CHAR = /[\p{L}\p{N}.#'’&-]/u;
const WORD_AFTER_CHAR = /[\p{L}\p{N}.'’&]/u;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** `/[\p{L}\p{N}.#'’&-]/u` on `text[at]`. */
function isWordBeforeChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiAlphanumeric(code) || code === 46 || code === 35 || code === 39 || code === 38 || code === 45;
  return WORD_BEFORE_CHAR.test(text[at]);
}

/** `/[\p{L}\p{N}.'’&]/u` on `text[at]`. */
function isWordAfterChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiAlphanumeric(code) || code === 46 || code === 39 || code === 38;
  return WORD_AFTER_CHAR.test(text[at]);
}

/** Matches any of the phrases right after a position, case-insensitively ("inches", "years old"). */
export class PhraseMatcher {
  private readonly re: RegExp;
  constructor(phrases: readonly string[], caseSensitive = false) {
    const alternation = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') || '(?!)';
    this.re = new RegExp(`[ \\u00a0]*(?:${alternation})(?![\\p{L}\\p{N}])`, caseSensitive ? 'uy' : 'iuy');
  }
  /** End offset of the phrase starting at `offset` (after spaces), or -1. */
  matchAt(text: string, offset: number): number {
    this.re.lastIndex = offset;
    return this.re.exec(text) ? this.re.lastIndex : -1;
  }
}

/** Words with a capital letter mid-sentence name something ("iPhone 11", "Apollo 11", "Game 7"). */
export function isNameLike(word: string): boolean {
  return /\p{Lu}/u.test(word) && /\p{L}/u.test(word);
}

/** A capital after the first letter marks a name or acronym even at a sentence start ("NBC 5", "iPhone 11"). */
export function hasInnerCapital(word: string): boolean {
  return /^.[^]*\p{Lu}/u.test(word.replace(/[.'’]/g, '')) && word.replace(/[^\p{L}]/gu, '').length >= 2;
}
