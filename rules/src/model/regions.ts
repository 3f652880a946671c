import type { DocumentKind } from '../types';
import type { SkippedRegion, SkipReason } from './article';

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
  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = from;
  let fence: { char: string; length: number; start: number } | undefined;
  let previousBlank = true;
  let indented: { start: number; end: number } | undefined;
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) {
    const line = m[0];
    const start = m.index;
    const end = start + line.length;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?\n?$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) {
        out.push({ start: fence.start, end: end, reason: 'code-block' });
        fence = undefined;
      }
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (indented) { out.push({ ...indented, reason: 'code-block' }); indented = undefined; }
      fence = { char: open[1][0], length: open[1].length, start };
      continue;
    }
    const blank = /^[ \t]*\r?\n?$/.test(line);
    if (/^(?: {4}|\t)/.test(line) && !blank && (previousBlank || indented)) {
      indented = indented ? { start: indented.start, end } : { start, end };
    } else if (!blank && indented) {
      out.push({ ...indented, reason: 'code-block' });
      indented = undefined;
    }
    previousBlank = blank;
  }
  if (fence) out.push({ start: fence.start, end: text.length, reason: 'code-block' });
  if (indented) out.push({ ...indented, reason: 'code-block' });
}

// A URL ends before trailing sentence punctuation and an unbalanced closing bracket.
const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const DIRECTIVE_COMMENT_RE = /<!--\s*copydesk-(?:disable-next-line|disable|enable)\b[\s\S]*?-->/g;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const PLAIN_DIRECTIVE_RE = /^[ \t]*copydesk-(?:disable-next-line|disable|enable)\b[^\r\n]*/gm;
const LINK_TARGET_RE = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g;
const REFERENCE_DEF_RE = /^ {0,3}\[[^\]\r\n]+\]:[ \t]*\S[^\r\n]*/gm;
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

function collect(text: string, re: RegExp, reason: SkipReason, out: SkippedRegion[], trimUrl = false): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    if (trimUrl) {
      while (end > m.index && /[.,;:!?'’)\]]/.test(text[end - 1])) {
        if (text[end - 1] === ')' && text.slice(m.index, end).includes('(')) break;
        end--;
      }
    }
    if (end > m.index) out.push({ start: m.index, end, reason });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Inline code spans (CommonMark): a run of n backticks opens a span that the next run of
 * exactly n backticks on the same line closes. A scanner, not a regex: the regex this
 * replaces backtracked quadratically on a long run of backticks.
 */
function inlineCode(text: string, out: SkippedRegion[]): void {
  const runRe = /`+|\r?\n/g;
  let line: { start: number; end: number }[] = [];
  const flush = () => {
    // For each run, the index of the next run of the same length (scanning from the right).
    const next = new Array<number>(line.length).fill(-1);
    const lastOfLength = new Map<number, number>();
    for (let i = line.length - 1; i >= 0; i--) {
      const length = line[i].end - line[i].start;
      next[i] = lastOfLength.get(length) ?? -1;
      lastOfLength.set(length, i);
    }
    for (let i = 0; i < line.length; ) {
      const close = next[i];
      if (close === -1) {
        i++;
        continue;
      }
      out.push({ start: line[i].start, end: line[close].end, reason: 'inline-code' });
      i = close + 1;
    }
    line = [];
  };
  for (let m = runRe.exec(text); m; m = runRe.exec(text)) {
    if (m[0][0] === '`') line.push({ start: m.index, end: m.index + m[0].length });
    else flush();
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
  collect(text, PLAIN_DIRECTIVE_RE, 'directive', regions);
  collect(text, URL_RE, 'url', regions, true);
  collect(text, EMAIL_RE, 'url', regions);
  if (kind === 'markdown') {
    codeBlocks(text, frontMatterEnd, regions);
    collect(text, HTML_COMMENT_RE, 'html-comment', regions);
    inlineCode(text, regions);
    collect(text, LINK_TARGET_RE, 'link-target', regions);
    collect(text, REFERENCE_DEF_RE, 'link-target', regions);
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
