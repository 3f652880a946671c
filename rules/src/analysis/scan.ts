import type { ArticleDocument } from '../model/article';
import { isInHeading, isInsideQuote } from '../model/queries';
import type { RuleContext } from '../rule';

export interface ScanOptions {
  /** Style rules leave a speaker's words alone unless copydesk.checkInsideQuotes is on. */
  skipQuotes?: boolean;
  /** Headlines set in capitals or as Markdown headings. */
  skipHeadings?: boolean;
}

/**
 * Runs a global regex over the document's prose (skipped regions already blanked) and
 * yields matches outside quotes/headings as asked. Linear: one pass of the regex.
 */
export function* scanProse(context: RuleContext, re: RegExp, options: ScanOptions = {}): Generator<RegExpExecArray> {
  const { doc } = context;
  const skipQuotes = options.skipQuotes ?? !context.options.checkInsideQuotes;
  if (!re.global) throw new Error('scanProse needs a global regex');
  re.lastIndex = 0;
  for (let m = re.exec(doc.prose); m; m = re.exec(doc.prose)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (skipQuotes && isInsideQuote(doc, m.index, m.index + m[0].length)) continue;
    if (options.skipHeadings && isInHeading(doc, m.index)) continue;
    yield m;
  }
}

/** Offset of capture group `group` inside match `m` (needs the `d` flag). */
export function groupStart(m: RegExpExecArray, group: number): number {
  const indices = (m as RegExpExecArray & { indices?: [number, number][] }).indices;
  if (!indices?.[group]) throw new Error('groupStart needs a regex with the d flag and a matched group');
  return indices[group][0];
}

export function groupEnd(m: RegExpExecArray, group: number): number {
  const indices = (m as RegExpExecArray & { indices?: [number, number][] }).indices;
  if (!indices?.[group]) throw new Error('groupEnd needs a regex with the d flag and a matched group');
  return indices[group][1];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type { ArticleDocument };
