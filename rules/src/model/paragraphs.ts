import type { DocumentKind } from '../types';
import type { Span } from './article';

export interface ParagraphSpan extends Span {
  isHeading: boolean;
}

const BLANK_LINE_RE = /\n[ \t\r]*(?=\n)/g;

/**
 * Paragraphs are runs of non-blank lines (in the blanked prose, so code blocks vanish).
 * In Markdown a heading line or a list item also starts a paragraph of its own.
 */
export function findParagraphs(prose: string, kind: DocumentKind): ParagraphSpan[] {
  const blocks: Span[] = [];
  let at = 0;
  BLANK_LINE_RE.lastIndex = 0;
  for (let m = BLANK_LINE_RE.exec(prose); m; m = BLANK_LINE_RE.exec(prose)) {
    blocks.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  blocks.push({ start: at, end: prose.length });
  const out: ParagraphSpan[] = [];
  for (const block of blocks) {
    if (kind === 'markdown') splitMarkdownBlock(prose, block, out);
    else pushParagraph(prose, block.start, block.end, false, out);
  }
  return out;
}

function splitMarkdownBlock(prose: string, block: Span, out: ParagraphSpan[]): void {
  const lineRe = /[^\n]*\n?/g;
  lineRe.lastIndex = block.start;
  let start = block.start;
  for (let m = lineRe.exec(prose); m && m.index < block.end && m[0].length > 0; m = lineRe.exec(prose)) {
    const line = m[0];
    if (/^ {0,3}#{1,6}(?:\s|$)/.test(line)) {
      pushParagraph(prose, start, m.index, false, out);
      pushParagraph(prose, m.index, Math.min(m.index + line.length, block.end), true, out);
      start = m.index + line.length;
    } else if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])\s/.test(line) && m.index > start) {
      pushParagraph(prose, start, m.index, false, out);
      start = m.index;
    }
  }
  pushParagraph(prose, start, block.end, false, out);
}

function pushParagraph(prose: string, start: number, end: number, heading: boolean, out: ParagraphSpan[]): void {
  start = Math.max(0, start);
  end = Math.min(prose.length, end);
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  if (end <= start) return;
  const body = prose.slice(start, end);
  // A headline set in capitals ("CHINA SAYS WTO HAS ITS BACK") is not prose either.
  // Only short single lines can be headlines; testing for a lowercase letter first keeps this cheap.
  const allCaps = body.length <= 300 && !body.includes('\n') && !/\p{Ll}/u.test(body) && (body.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
  out.push({ start, end, isHeading: heading || allCaps });
}
