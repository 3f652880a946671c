import { escapeRegExp } from '../scan';

/** The word right before `offset` on the same line ("No." in "No. 5"), with its start. */
export function wordBefore(text: string, offset: number): { text: string; start: number } | undefined {
  let end = offset;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.#'’&-]/u.test(text[start - 1])) start--;
  if (start === end) return undefined;
  return { text: text.slice(start, end), start };
}

/** The word right after `offset` on the same line, with its end. */
export function wordAfter(text: string, offset: number): { text: string; start: number; end: number } | undefined {
  let start = offset;
  while (start < text.length && (text[start] === ' ' || text[start] === '\u00a0')) start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{N}.'’&]/u.test(text[end])) end++;
  // A sentence-final period is not part of the word ("in 5 miles.") unless it is an abbreviation ("a.m.").
  const word = text.slice(start, end);
  if (end > start && text[end - 1] === '.' && !/\..*\.$|^\p{L}{1,3}\.$/u.test(word)) end--;
  if (start === end) return undefined;
  return { text: text.slice(start, end), start, end };
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
