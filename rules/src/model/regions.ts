import type { DocumentKind } from '../types';
import type { SkippedRegion, SkipReason } from './article';
import { isLineTerminator, isWordChar } from './chars';

/** Front matter: a `---` block at the very top. Returns its end offset and its `key: value` fields. */
export function readFrontMatter(text: string): { end: number; fields: Record<string, string> } | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length);
  const match = close.exec(rest);
  if (!match) return undefined;
  const body = rest.slice(0, match.index);
  const fields: Record<string, string> = {};
  for (const line of body.split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (field) fields[field[1].toLowerCase()] = field[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return { end: open[0].length + match.index + match[0].length, fields };
}

/** Fenced and indented code blocks, found line by line (Markdown only). */
function codeBlocks(text: string, from: number, out: SkippedRegion[]): void {
  let fence: { char: number; length: number; start: number } | undefined;
  let previousBlank = true;
  let indented: { start: number; end: number } | undefined;
  // Each line includes its "\n"; the last line may lack one.
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    if (fence) {
      if (isClosingFence(text, start, end, fence.char, fence.length)) {
        out.push({ start: fence.start, end: end, reason: 'code-block' });
        fence = undefined;
      }
      start = end;
      continue;
    }
    const fenceStart = fenceRunStart(text, start, end);
    if (fenceStart !== -1) {
      if (indented) { out.push({ ...indented, reason: 'code-block' }); indented = undefined; }
      fence = { char: text.charCodeAt(fenceStart), length: runLength(text, fenceStart, end), start };
      start = end;
      continue;
    }
    const blank = isBlankLine(text, start, end);
    if (isIndentedLine(text, start) && !blank && (previousBlank || indented)) {
      indented = indented ? { start: indented.start, end } : { start, end };
    } else if (!blank && indented) {
      out.push({ ...indented, reason: 'code-block' });
      indented = undefined;
    }
    previousBlank = blank;
    start = end;
  }
  if (fence) out.push({ start: fence.start, end: text.length, reason: 'code-block' });
  if (indented) out.push({ ...indented, reason: 'code-block' });
}

const BACKTICK = 96;
const TILDE = 126;
const SPACE = 32;
const TAB = 9;

/** Length of the run of the character at `at` (stopping at `end`). */
function runLength(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  let i = at + 1;
  while (i < end && text.charCodeAt(i) === code) i++;
  return i - at;
}

/** `/^ {0,3}(`{3,}|~{3,})/` on the line: where the fence run starts, or -1. */
function fenceRunStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++;
  const code = text.charCodeAt(i);
  if (i >= end || (code !== BACKTICK && code !== TILDE)) return -1;
  return runLength(text, i, end) >= 3 ? i : -1;
}

/** `/^ {0,3}(`{3,}|~{3,})[ \t]*\r?\n?$/` on the line, with a run of `char` at least `length` long. */
function isClosingFence(text: string, start: number, end: number, char: number, length: number): boolean {
  const at = fenceRunStart(text, start, end);
  if (at === -1 || text.charCodeAt(at) !== char) return false;
  const run = runLength(text, at, end);
  if (run < length) return false;
  let i = at + run;
  while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (i < end && text.charCodeAt(i) === 13) i++;
  if (i < end && text.charCodeAt(i) === 10) i++;
  return i === end;
}

/** `/^[ \t]*\r?\n?$/` on the line. */
function isBlankLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (i < end && text.charCodeAt(i) === 13) i++;
  if (i < end && text.charCodeAt(i) === 10) i++;
  return i === end;
}

/** `/^(?: {4}|\t)/` on the line. */
function isIndentedLine(text: string, start: number): boolean {
  if (text.charCodeAt(start) === TAB) return true;
  for (let i = start; i < start + 4; i++) if (text.charCodeAt(i) !== SPACE) return false;
  return true;
}

const URL_AT = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+/y;
const DIRECTIVE_COMMENT_RE = /<!--\s*copydesk-(?:disable-next-line|disable|enable)\b[\s\S]*?-->/g;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const LINK_TARGET_RE = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g;
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
// Patterns anchored at a line start (`^…` with the `m` flag) are not run at every offset:
// they are tried only where their literal ("copydesk-", "[") sits after a line's indentation.
const PLAIN_DIRECTIVE_AT_LINE = /[ \t]*copydesk-(?:disable-next-line|disable|enable)\b[^\r\n]*/y;
const REFERENCE_DEF_AT_LINE = / {0,3}\[[^\]\r\n]+\]:[ \t]*\S[^\r\n]*/y;
// An e-mail address, tried only at each "@" (`/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g` ran at every word).
const EMAIL_AT = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/y;

function collect(text: string, re: RegExp, reason: SkipReason, out: SkippedRegion[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > m.index) out.push({ start: m.index, end, reason });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Exactly the matches of `/\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+/g`, tried only where a
 * scheme or "www." is written (the regex, tried at every word, cost more than all the rest):
 * each "://" (preceded by "https", "http" or "ftp") and each "www.", in order.
 */
function urls(text: string, out: SkippedRegion[]): void {
  const schemes: number[] = [];
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 1)) {
    if (at >= 5 && text.startsWith('https', at - 5)) schemes.push(at - 5);
    else if (at >= 4 && text.startsWith('http', at - 4)) schemes.push(at - 4);
    else if (at >= 3 && text.startsWith('ftp', at - 3)) schemes.push(at - 3);
  }
  let scheme = 0;
  let www = text.indexOf('www.');
  let searchFrom = 0;
  for (;;) {
    const nextScheme = scheme < schemes.length ? schemes[scheme] : -1;
    let start: number;
    if (nextScheme !== -1 && (www === -1 || nextScheme < www)) {
      start = nextScheme;
      scheme++;
    } else if (www !== -1) {
      start = www;
      www = text.indexOf('www.', www + 1);
    } else {
      return;
    }
    if (start < searchFrom) continue;
    URL_AT.lastIndex = start;
    const m = URL_AT.exec(text);
    if (!m) continue;
    searchFrom = start + m[0].length;
    const end = trimmedUrlEnd(text, start, searchFrom);
    if (end > start) out.push({ start, end, reason: 'url' });
  }
}

/** A URL ends before trailing sentence punctuation and an unbalanced closing bracket. */
function trimmedUrlEnd(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?'’)\]]/.test(text[end - 1])) {
    if (text[end - 1] === ')' && text.slice(start, end).includes('(')) break;
    end--;
  }
  return end;
}

/**
 * Exactly the matches of `^<atLine>` (global, multiline) where `atLine` is a sticky regex
 * that opens with indentation ([ \t]) and then a literal: each occurrence of the literal
 * (`find(from)`, the next at or after `from`) is tried from the start of its line's
 * indentation, if that is a line start.
 */
function collectAtLineStarts(text: string, find: (from: number) => number, atLine: RegExp, reason: SkipReason, out: SkippedRegion[]): void {
  let searchFrom = 0; // where a global search would resume: the end of the last match
  for (let at = find(0); at !== -1; at = find(Math.max(at + 1, searchFrom))) {
    let lineStart = at;
    while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === SPACE || text.charCodeAt(lineStart - 1) === TAB)) lineStart--;
    if (lineStart < searchFrom || (lineStart > 0 && !isLineTerminator(text.charCodeAt(lineStart - 1)))) continue;
    atLine.lastIndex = lineStart;
    const m = atLine.exec(text);
    if (!m || m[0].length === 0) continue;
    out.push({ start: lineStart, end: lineStart + m[0].length, reason });
    searchFrom = lineStart + m[0].length;
  }
}

/** `text.indexOf('copydesk-', from)`, three times faster: "ydesk-" is rarer in copy than a "c". */
function indexOfDirectiveWord(text: string, from: number): number {
  for (let at = text.indexOf('ydesk-', from + 3); at !== -1; at = text.indexOf('ydesk-', at + 1)) {
    if (at >= 3 && text.startsWith('cop', at - 3)) return at - 3;
  }
  return -1;
}

function isEmailLocalChar(code: number): boolean {
  return isWordChar(code) || code === 46 || code === 43 || code === 45; // . + -
}

/**
 * Exactly the matches of `/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g`, found from each "@": a match
 * holds one "@", its local part is the run of [\w.+-] before it (from the first word boundary
 * in that run), and whether it matches depends only on what follows the "@".
 */
function emails(text: string, out: SkippedRegion[]): void {
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, searchFrom))) {
    let runStart = at;
    while (runStart > searchFrom && isEmailLocalChar(text.charCodeAt(runStart - 1))) runStart--;
    let start = runStart;
    while (start < at && isWordChar(text.charCodeAt(start - 1)) === isWordChar(text.charCodeAt(start))) start++;
    if (start === at) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (!m) continue;
    out.push({ start, end: start + m[0].length, reason: 'url' });
    searchFrom = start + m[0].length;
  }
}

/**
 * Inline code spans (CommonMark): a run of n backticks opens a span that the next run of
 * exactly n backticks on the same line closes. A scanner, not a regex: the regex this
 * replaced backtracked quadratically on a long run of backticks.
 */
function inlineCode(text: string, out: SkippedRegion[]): void {
  // Runs of the current line, as start/end pairs.
  const line: number[] = [];
  const flush = () => {
    const runs = line.length / 2;
    if (runs < 2) {
      line.length = 0;
      return;
    }
    // For each run, the index of the next run of the same length (scanning from the right).
    const next = new Array<number>(runs).fill(-1);
    const lastOfLength = new Map<number, number>();
    for (let i = runs - 1; i >= 0; i--) {
      const length = line[2 * i + 1] - line[2 * i];
      next[i] = lastOfLength.get(length) ?? -1;
      lastOfLength.set(length, i);
    }
    for (let i = 0; i < runs; ) {
      const close = next[i];
      if (close === -1) {
        i++;
        continue;
      }
      out.push({ start: line[2 * i], end: line[2 * close + 1], reason: 'inline-code' });
      i = close + 1;
    }
    line.length = 0;
  };
  let newline = text.indexOf('\n');
  for (let at = text.indexOf('`'); at !== -1; ) {
    if (newline !== -1 && newline < at) {
      flush();
      newline = text.indexOf('\n', at);
    }
    let end = at + 1;
    while (text.charCodeAt(end) === BACKTICK) end++;
    line.push(at, end);
    at = text.indexOf('`', end);
  }
  flush();
}

/** Sorted, non-overlapping (merged) regions. The first region's reason wins when they overlap. */
export function mergeRegions(regions: SkippedRegion[]): SkippedRegion[] {
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SkippedRegion[] = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region.start < last.end) {
      if (region.end > last.end) last.end = region.end;
    } else {
      merged.push({ ...region });
    }
  }
  return merged;
}

/**
 * Everything that is not the writer's prose: front matter, code, URLs, link targets,
 * HTML comments and tags, and Copydesk directives. Rules never look inside these.
 */
export function findSkippedRegions(text: string, kind: DocumentKind, frontMatterEnd: number): SkippedRegion[] {
  const regions: SkippedRegion[] = [];
  if (frontMatterEnd > 0) regions.push({ start: 0, end: frontMatterEnd, reason: 'front-matter' });
  collect(text, DIRECTIVE_COMMENT_RE, 'directive', regions);
  collectAtLineStarts(text, (from) => indexOfDirectiveWord(text, from), PLAIN_DIRECTIVE_AT_LINE, 'directive', regions);
  urls(text, regions);
  emails(text, regions);
  if (kind === 'markdown') {
    codeBlocks(text, frontMatterEnd, regions);
    collect(text, HTML_COMMENT_RE, 'html-comment', regions);
    inlineCode(text, regions);
    collect(text, LINK_TARGET_RE, 'link-target', regions);
    collectAtLineStarts(text, (from) => text.indexOf('[', from), REFERENCE_DEF_AT_LINE, 'link-target', regions);
    collect(text, HTML_TAG_RE, 'html-tag', regions);
  }
  // Directive comments keep their own reason even though they are also HTML comments.
  regions.sort((a, b) => (a.reason === 'directive' ? -1 : 0) - (b.reason === 'directive' ? -1 : 0));
  return mergeRegions(regions);
}

/** The text with skipped regions blanked to spaces; same length, same line breaks. */
export function blankRegions(text: string, regions: readonly SkippedRegion[]): string {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const region of regions) {
    parts.push(text.slice(at, region.start));
    parts.push(text.slice(region.start, region.end).replace(/[^\r\n]/g, ' '));
    at = region.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
