import type { ArticleDocument, Paragraph } from '../../model/article';
import { isInsideQuote, paragraphOf, sentenceAt } from '../../model/queries';
import type { RuleContext } from '../../rule';
import type { Quantity } from './quantity';
import { documentQuantities } from './recognise';

/**
 * Where figure style applies: running prose. Headlines, scraped teasers, sports agate,
 * box scores and tables are set in their own style (numerals are right there), and a
 * speaker's words are left alone unless copydesk.checkInsideQuotes is on.
 */
export function isFigureProseParagraph(doc: ArticleDocument, paragraph: Paragraph): boolean {
  let verdicts = paragraphVerdicts.get(doc);
  if (!verdicts) {
    verdicts = new Map();
    paragraphVerdicts.set(doc, verdicts);
  }
  // Decided lazily: only paragraphs that hold a number are ever looked at.
  let verdict = verdicts.get(paragraph.index);
  if (verdict === undefined) {
    verdict = !paragraph.isHeading && !looksLikeHeadline(doc.prose, paragraph) && !looksLikeTable(doc.prose, paragraph);
    verdicts.set(paragraph.index, verdict);
  }
  return verdict;
}

const paragraphVerdicts = new WeakMap<ArticleDocument, Map<number, boolean>>();

/**
 * Headlines, teasers, captions' furniture and ticker tables: a block that does not end
 * like a sentence ("3 Hospitalized After Wrong-Way Crash", "HD THE HOME DEPOT INC. 225.86 -12.99"),
 * or a single title-case line even with a question mark.
 */
function looksLikeHeadline(prose: string, p: Paragraph): boolean {
  const body = prose.slice(p.start, p.end);
  if (!/[.?!:;"”’')\]…*_]$/.test(body)) return true;
  if (body.includes('\n') || body.length > 160) return false;
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const content = words.filter((w) => w.length >= 4 || /^\p{N}/u.test(w));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}'‘]/u.test(w)).length;
  return capitalised / content.length >= 0.75 && !/[.!:;]$/.test(body);
}

/**
 * Agate, box scores and tables: lines dense with figures in short fragments
 * ("Palm Bay (1-0): Tolivert 25 points. Davis 17 points."; "Rockledge 14 11 6 15 — 44").
 * Prose with many numbers still has long sentences, so both signs are required.
 */
function looksLikeTable(prose: string, p: Paragraph): boolean {
  const body = prose.slice(p.start, p.end);
  if (/^\s*\|.*\|\s*$/m.test(body) || body.includes('\t')) return true;
  if (/^[\p{L} .'’-]{2,40} \((?:\d+-\d+(?:-\d+)?|NR)\):/u.test(body)) return true; // agate: 'Cocoa (1-2): Jordan Munoz 8 saves.'
  const tokens = body.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  const numeric = tokens.filter((t) => /\d/.test(t)).length;
  const density = numeric / tokens.length;
  const fragments = Math.max(1, (body.match(/[.;!?](?:\s|$)|,\s/g) ?? []).length);
  const wordsPerFragment = tokens.length / fragments;
  return density >= 0.5 || (density >= 0.3 && wordsPerFragment <= 6 && numeric >= 3);
}

/** A slideshow counter opening a caption: "1 of 4." */
function isCounter(prose: string, q: Quantity): boolean {
  const lineStart = prose.lastIndexOf('\n', q.start - 1) + 1;
  const line = prose.slice(lineStart, lineStart + 20);
  const m = /^\s*(\d+) of (\d+)\.(?:\s|$)/.exec(line);
  return m !== null && q.start >= lineStart && q.end <= lineStart + m[0].length;
}

/** The document's numbers that figure style applies to, for this run's options. */
export function proseQuantities(context: RuleContext): Quantity[] {
  const { doc } = context;
  const insideQuotes = context.options.checkInsideQuotes;
  const key = insideQuotes ? 'quotes' : 'prose';
  let byKey = proseCache.get(doc);
  if (!byKey) {
    byKey = {};
    proseCache.set(doc, byKey);
  }
  const cached = byKey[key];
  if (cached) return cached;
  const kept = documentQuantities(doc).filter((q) => {
    if (!insideQuotes && isInsideQuote(doc, q.start, q.end)) return false;
    const paragraph = paragraphOf(doc, q.start);
    if (paragraph && !isFigureProseParagraph(doc, paragraph)) return false;
    return !isCounter(doc.prose, q);
  });
  byKey[key] = kept;
  return kept;
}

const proseCache = new WeakMap<ArticleDocument, { prose?: Quantity[]; quotes?: Quantity[] }>();

/** True when only opening punctuation stands between the sentence start and `offset`. */
export function startsSentence(doc: ArticleDocument, offset: number): boolean {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return false;
  return /^[\s"“‘'(\[*_]*$/.test(doc.prose.slice(sentence.start, offset));
}
