import type { SentencesStyle } from '../house-style/sections/sentences';
import type { Span } from './article';

export interface SentenceSplitter {
  split(prose: string, paragraph: Span): Span[];
}

// A candidate end: terminal punctuation, then any closing quotes or brackets.
const END_RE = /[.?!…]+["'”’)\]]*/g;
const OPENING_CHAR_RE = /["“‘'(\[]/;

/**
 * Splits one paragraph at a time (never the whole document: linear time), at terminal
 * punctuation followed by a capital, digit or opening quote, but not after AP abbreviations,
 * titles, months or initials ("Carl J. Nichols"). Abbreviations that often end sentences
 * ("U.S.", "Inc.", "a.m.") end one only when a usual sentence opener follows.
 */
export function createSentenceSplitter(style: SentencesStyle): SentenceSplitter {
  const neverFinal = new Set(style.neverFinal.map((a) => a.toLowerCase()));
  const sometimesFinal = new Set(style.sometimesFinal.map((a) => a.toLowerCase()));
  const openers = new Set(style.sentenceOpeners);

  function isBoundary(prose: string, markStart: number, markEnd: number, paragraphEnd: number): boolean {
    let next = markEnd;
    while (next < paragraphEnd && /\s/.test(prose[next])) next++;
    if (next >= paragraphEnd) return true;
    if (next === markEnd) return false; // "3.5", "U.S.-China", "e.g.," — no space, no end
    const nextChar = prose[next];
    let wordStart = next;
    while (wordStart < paragraphEnd && OPENING_CHAR_RE.test(prose[wordStart])) wordStart++;
    const startsUpper = /[\p{Lu}\d]/u.test(prose[wordStart] ?? '');
    if (!startsUpper && !OPENING_CHAR_RE.test(nextChar)) return false;
    if (prose[markStart] !== '.') return true;
    // The word the period belongs to, e.g. "Oct." or "U.S." or "J."
    let tokenStart = markStart;
    while (tokenStart > 0 && !/[\s(\[“"‘]/.test(prose[tokenStart - 1])) tokenStart--;
    const token = prose.slice(tokenStart, markStart + 1).toLowerCase();
    if (prose.slice(markStart, markEnd) !== '.') return true; // "..." or ".\"" closes a sentence
    if (neverFinal.has(token)) return false;
    if (/^\p{Lu}\.$/u.test(prose.slice(tokenStart, markStart + 1))) return false; // an initial
    if (sometimesFinal.has(token) || /^(?:\p{L}\.){2,}$/u.test(token)) {
      let wordEnd = wordStart;
      while (wordEnd < paragraphEnd && /[\p{L}’']/u.test(prose[wordEnd])) wordEnd++;
      return openers.has(prose.slice(wordStart, wordEnd));
    }
    return true;
  }

  return {
    split(prose, paragraph) {
      const spans: Span[] = [];
      let start = paragraph.start;
      const body = prose.slice(paragraph.start, paragraph.end);
      END_RE.lastIndex = 0;
      for (let m = END_RE.exec(body); m; m = END_RE.exec(body)) {
        const markStart = paragraph.start + m.index;
        const markEnd = markStart + m[0].length;
        if (isBoundary(prose, markStart, markEnd, paragraph.end)) {
          pushTrimmed(prose, start, markEnd, spans);
          start = markEnd;
        }
      }
      pushTrimmed(prose, start, paragraph.end, spans);
      return spans;
    },
  };
}

function pushTrimmed(prose: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
