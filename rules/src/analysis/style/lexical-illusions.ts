import { isSpace, isWordChar } from '../../model/chars';

/**
 * write-good's "illusion" check (write-good/lib/lexical-illusions.js) with the same results:
 * a token (a run of non-space characters) that contains a word character and equals the
 * token before it ignoring case, as in "the the". write-good lower-cases every token of the
 * text into a new string and builds a match object per token (~50 ms a megabyte, most of it
 * garbage); here tokens are compared in place and lower-cased only when not plain ASCII.
 */
export function lexicalIllusions(text: string): { index: number; offset: number }[] {
  const found: { index: number; offset: number }[] = [];
  let previousStart = -1;
  let previousEnd = -1;
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const start = at;
    let hasWordCharacter = false;
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (isSpace(code)) break;
      if (!hasWordCharacter && isWordChar(code)) hasWordCharacter = true;
    }
    if (hasWordCharacter && previousStart >= 0 && sameIgnoringCase(text, previousStart, previousEnd, start, at)) {
      found.push({ index: start, offset: at - start });
    }
    previousStart = start;
    previousEnd = at;
  }
  return found;
}

/**
 * `a.toLowerCase() === b.toLowerCase()` for two slices of `text`. While both are ASCII they
 * are compared in place; lower-casing maps each ASCII character to one ASCII character and
 * never shortens a string, so an ASCII difference, or a fully ASCII shorter slice, settles it.
 */
function sameIgnoringCase(text: string, startA: number, endA: number, startB: number, endB: number): boolean {
  const shorter = Math.min(endA - startA, endB - startB);
  for (let i = 0; i < shorter; i++) {
    const a = text.charCodeAt(startA + i);
    const b = text.charCodeAt(startB + i);
    if (a >= 128 || b >= 128) return text.slice(startA, endA).toLowerCase() === text.slice(startB, endB).toLowerCase();
    if (lowerAscii(a) !== lowerAscii(b)) return false;
  }
  return endA - startA === endB - startB;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
