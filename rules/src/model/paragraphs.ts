import type { DocumentKind } from '../types';
import type { Paragraph, Span } from './article';
import { isDigit, isLowerAt, isSpace } from './chars';

const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;

/**
 * Paragraphs are runs of non-blank lines (in the blanked prose, so code blocks vanish).
 * In Markdown a heading line or a list item also starts a paragraph of its own.
 * One pass from newline to newline (indexOf): a blank line is one holding only [ \t\r].
 * The paragraphs come back numbered, their sentences (`firstSentence`, `sentenceCount`) still 0.
 */
export function findParagraphs(prose: string, kind: DocumentKind): Paragraph[] {
  const out: Paragraph[] = [];
  const markdown = kind === 'markdown';
  let blockStart = 0;
  for (let newline = prose.indexOf('\n'); newline !== -1; ) {
    let i = newline + 1;
    for (let code = prose.charCodeAt(i); code === SPACE || code === TAB || code === CR; code = prose.charCodeAt(++i));
    if (i >= prose.length || prose.charCodeAt(i) !== NEWLINE) {
      newline = prose.indexOf('\n', i);
      continue;
    }
    // A blank line: the block ends at the newline before it and the next one starts at the newline after it.
    if (markdown) splitMarkdownBlock(prose, blockStart, newline, out);
    else pushParagraph(prose, blockStart, newline, false, out);
    blockStart = i;
    newline = i;
  }
  if (markdown) splitMarkdownBlock(prose, blockStart, prose.length, out);
  else pushParagraph(prose, blockStart, prose.length, false, out);
  return out;
}

function splitMarkdownBlock(prose: string, blockStart: number, blockEnd: number, out: Paragraph[]): void {
  let start = blockStart;
  // Each line includes its "\n" (the block's last line may run one past blockEnd, onto that "\n").
  for (let lineStart = blockStart; lineStart < blockEnd && lineStart < prose.length; ) {
    const newline = prose.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? prose.length : newline + 1;
    if (isHeadingLine(prose, lineStart, lineEnd)) {
      pushParagraph(prose, start, lineStart, false, out);
      pushParagraph(prose, lineStart, Math.min(lineEnd, blockEnd), true, out);
      start = lineEnd;
    } else if (lineStart > start && isListItemLine(prose, lineStart, lineEnd)) {
      pushParagraph(prose, start, lineStart, false, out);
      start = lineStart;
    }
    lineStart = lineEnd;
  }
  pushParagraph(prose, start, blockEnd, false, out);
}

/** Past up to three spaces of indentation. */
function afterIndent(prose: string, lineStart: number): number {
  let i = lineStart;
  while (i - lineStart < 3 && prose.charCodeAt(i) === SPACE) i++;
  return i;
}

/** `/^ {0,3}#{1,6}(?:\s|$)/` on the line (which includes its "\n"). */
function isHeadingLine(prose: string, lineStart: number, lineEnd: number): boolean {
  const at = afterIndent(prose, lineStart);
  let i = at;
  while (i < lineEnd && prose.charCodeAt(i) === HASH) i++;
  if (i === at || i - at > 6) return false;
  return i === lineEnd || isSpace(prose.charCodeAt(i));
}

/** `/^ {0,3}(?:[-*+]|\d{1,9}[.)])\s/` on the line. */
function isListItemLine(prose: string, lineStart: number, lineEnd: number): boolean {
  let i = afterIndent(prose, lineStart);
  const code = prose.charCodeAt(i);
  if (code === 45 || code === 42 || code === 43) {
    i++;
  } else {
    const digits = i;
    while (i < lineEnd && isDigit(prose.charCodeAt(i))) i++;
    if (i === digits || i - digits > 9) return false;
    const mark = prose.charCodeAt(i);
    if (mark !== 46 && mark !== 41) return false;
    i++;
  }
  return i < lineEnd && isSpace(prose.charCodeAt(i));
}

function pushParagraph(prose: string, start: number, end: number, heading: boolean, out: Paragraph[]): void {
  start = Math.max(0, start);
  end = Math.min(prose.length, end);
  while (start < end && isSpace(prose.charCodeAt(start))) start++;
  while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  out.push({ start, end, index: out.length, firstSentence: 0, sentenceCount: 0, isHeading: heading || isCapitalsHeadline(prose, start, end) });
}

/**
 * A headline set in capitals ("CHINA SAYS WTO HAS ITS BACK") is not prose either: a single
 * line of at most 300 characters with no lowercase letter and at least four capitals.
 * Scanning stops at the first lowercase letter, so ordinary paragraphs cost a few characters.
 */
function isCapitalsHeadline(prose: string, start: number, end: number): boolean {
  if (end - start > 300) return false;
  for (let i = start; i < end; i++) {
    const code = prose.charCodeAt(i);
    if (code === NEWLINE) return false;
    // A surrogate pair may be a lowercase letter outside the BMP: the regex reads code points.
    if (code >= 0xd800 && code <= 0xdfff) return capitalsHeadlineByRegex(prose.slice(start, end));
    if (isLowerAt(prose, i)) return false;
  }
  return countCapitals(prose.slice(start, end)) >= 4;
}

function capitalsHeadlineByRegex(body: string): boolean {
  return !body.includes('\n') && !/\p{Ll}/u.test(body) && countCapitals(body) >= 4;
}

function countCapitals(body: string): number {
  return body.match(/\p{Lu}/gu)?.length ?? 0;
}
