import type { HouseStyle } from '../house-style/house-style';
import type { DocumentKind } from '../types';
import type { ArticleDocument, Sentence } from './article';
import { readDirectives } from './directives';
import { findParagraphs } from './paragraphs';
import { findPublicationDate } from './publication-date';
import { findQuotations } from './quotes';
import { blankRegions, findSkippedRegions, readFrontMatter } from './regions';
import { createSentenceSplitter, findCandidateEnds, type SentenceSplitter } from './sentences';

const splitters = new WeakMap<HouseStyle, SentenceSplitter>();
/** A dateline opens one of the story's first paragraphs (after a headline and a byline, at most). */
const DATELINE_PARAGRAPHS = 4;

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Zero-based line containing `offset` (binary search over line starts). */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface ParseOptions {
  kind?: DocumentKind;
  publicationDate?: string;
}

/** Reads a draft once into the model every rule shares. Linear in the text's length. */
export function parseArticle(text: string, style: HouseStyle, options: ParseOptions = {}): ArticleDocument {
  const kind = options.kind ?? 'markdown';
  const frontMatter = kind === 'markdown' ? readFrontMatter(text) : undefined;
  const skipped = findSkippedRegions(text, kind, frontMatter?.end ?? 0);
  const prose = blankRegions(text, skipped);
  // Line starts are read only when asked for (suppression needs them only with directives).
  let lineStarts: number[] | undefined;
  const lines = () => (lineStarts ??= lineStartsOf(text));
  const directives = readDirectives(text, skipped, (offset) => lineAt(lines(), offset));

  let splitter = splitters.get(style);
  if (!splitter) {
    splitter = createSentenceSplitter(style.sentences);
    splitters.set(style, splitter);
  }
  const sentences: Sentence[] = [];
  const paragraphs = findParagraphs(prose, kind);
  // Quotes first: the splitter keeps a quoted passage together with its attribution.
  const quotes = findQuotations(prose, paragraphs);
  const candidates = findCandidateEnds(prose);
  const markdown = kind === 'markdown';
  const datelineOptions = { markdown, mayHaveDateline: true, candidates };
  const bodyOptions = { markdown, mayHaveDateline: false, candidates };
  let paragraphIndex = 0;
  const addSentence = (start: number, end: number) => {
    sentences.push({ start, end, index: sentences.length, paragraph: paragraphIndex });
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    paragraphIndex = paragraph.index;
    paragraph.firstSentence = sentences.length;
    splitter.forEachSentence(prose, paragraph, quotes, paragraphIndex < DATELINE_PARAGRAPHS ? datelineOptions : bodyOptions, addSentence);
    paragraph.sentenceCount = sentences.length - paragraph.firstSentence;
  }
  const fields = frontMatter?.fields ?? {};
  const publicationDate = findPublicationDate(fields, prose, paragraphs, style.dates, options.publicationDate);
  return {
    text,
    kind,
    prose,
    frontMatter: fields,
    skipped,
    paragraphs,
    sentences,
    quotes,
    directives,
    publicationDate,
    get lineStarts() {
      return lines();
    },
  };
}
