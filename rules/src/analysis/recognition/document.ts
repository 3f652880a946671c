import type { DatesStyle } from '../../house-style/sections/dates';
import type { ArticleDocument } from '../../model/article';
import { recogniseIn, type DateMention } from '../dates/recognise';
import type { Quantity } from '../numbers/quantity';
import { quantitiesAt } from '../numbers/recognise';
import { findMarks, marksBySpan, type Marks } from './marks';
import { detachedCopy, ParagraphMemo } from '../paragraph-memo';

/**
 * The date and figure recognisers' results for one paragraph. They depend only on the
 * paragraph's text and the house style's date spellings: document-level facts (publication
 * date, quotes, headings, majority forms) are applied by the rules afterwards. Recognised
 * on the paragraph alone (as the date recogniser always was), then placed at the paragraph's
 * offset in the document.
 */
export interface ParagraphRecognition {
  /** The paragraph's text (a copy of its own), the memo's key. */
  readonly text: string;
  readonly style: DatesStyle;
  /** Offsets relative to the paragraph start. */
  readonly marks: Marks;
  /** Document offset the objects below are placed at. */
  readonly base: number;
  readonly dates: readonly DateMention[];
  readonly quantities: readonly Quantity[];
  /** Shared by every placement of the same text. */
  readonly verdicts: {
    /** Set by figure-prose on first use: the paragraph reads as a headline or a table. */
    setInOwnStyle?: boolean;
  };
}

/** The recognisers' results for a whole document, with document offsets. */
export interface DocumentRecognition {
  readonly style: DatesStyle;
  /** In the order of the document's paragraphs. */
  readonly paragraphs: readonly ParagraphRecognition[];
  readonly digitRuns: readonly number[];
  readonly monthWords: readonly number[];
  readonly weekdayWords: readonly number[];
  readonly relativeWords: readonly number[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly Quantity[];
}

/**
 * Recognised paragraphs by text, so that re-checking a draft after an edit recognises only
 * the edited paragraph.
 */
const paragraphMemo = new ParagraphMemo<ParagraphRecognition>(20_000, 8_000_000);

/** Forgets every memoised paragraph (benchmarks measure a cold check with it). */
export function clearRecognitionCache(): void {
  paragraphMemo.clear();
}

const documents = new WeakMap<ArticleDocument, DocumentRecognition>();

export function documentRecognition(doc: ArticleDocument, style: DatesStyle): DocumentRecognition {
  const cached = documents.get(doc);
  if (cached && cached.style === style) return cached;
  const paragraphs: ParagraphRecognition[] = [];
  const digitRuns: number[] = [];
  const monthWords: number[] = [];
  const weekdayWords: number[] = [];
  const relativeWords: number[] = [];
  const dates: DateMention[] = [];
  const quantities: Quantity[] = [];
  const found = recogniseParagraphs(doc, style);
  for (let i = 0; i < found.length; i++) {
    const recognised = found[i];
    paragraphs.push(recognised);
    const base = recognised.base;
    const { marks } = recognised;
    // Indexed loops that skip the (mostly) empty lists: this runs for every paragraph on every check.
    if (marks.digitRuns.length > 0) place(marks.digitRuns, base, digitRuns);
    if (marks.monthWords.length > 0) place(marks.monthWords, base, monthWords);
    if (marks.weekdayWords.length > 0) place(marks.weekdayWords, base, weekdayWords);
    if (marks.relativeWords.length > 0) place(marks.relativeWords, base, relativeWords);
    for (let j = 0; j < recognised.dates.length; j++) dates.push(recognised.dates[j]);
    for (let j = 0; j < recognised.quantities.length; j++) quantities.push(recognised.quantities[j]);
  }
  const recognition: DocumentRecognition = { style, paragraphs, digitRuns, monthWords, weekdayWords, relativeWords, dates, quantities };
  documents.set(doc, recognition);
  return recognition;
}

function place(offsets: readonly number[], base: number, into: number[]): void {
  for (let i = 0; i < offsets.length; i++) into.push(base + offsets[i]);
}

/** Each paragraph's recognition, from the memo where it holds the paragraph's text. */
function recogniseParagraphs(doc: ArticleDocument, style: DatesStyle): ParagraphRecognition[] {
  const out: ParagraphRecognition[] = [];
  const missing: number[] = [];
  let missingLength = 0;
  // An empty memo (a first check, a benchmark's cold run) holds nothing to look up.
  const memoEmpty = paragraphMemo.size === 0;
  const paragraphs = doc.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const found = memoEmpty ? undefined : paragraphMemo.get(doc.prose.slice(paragraph.start, paragraph.end));
    if (!found || found.style !== style) {
      missing.push(i);
      missingLength += paragraph.end - paragraph.start;
      out.push(found!); // replaced below
      continue;
    }
    out.push(found.base === paragraph.start ? found : placedAt(found, paragraph.start));
    if (out[i] !== found) paragraphMemo.set(found.text, out[i]);
  }
  // A cold document: one pass of the marks finder over the whole prose instead of one per paragraph.
  const spans = missing.map((i) => paragraphs[i]);
  const marks = missingLength > doc.prose.length / 4 ? marksBySpan(doc.prose, spans, style) : undefined;
  for (let k = 0; k < spans.length; k++) {
    const paragraph = spans[k];
    const recognised = recogniseParagraph(doc.prose.slice(paragraph.start, paragraph.end), paragraph.start, style, marks?.[k]);
    paragraphMemo.set(recognised.text, recognised);
    out[missing[k]] = recognised;
  }
  return out;
}

// Most paragraphs hold no date, many no number: they share these (never written to), so the
// memo does not keep thousands of empty arrays alive.
const NO_DATES: readonly DateMention[] = Object.freeze([]);
const NO_QUANTITIES: readonly Quantity[] = Object.freeze([]);

function recogniseParagraph(prose: string, base: number, style: DatesStyle, marks?: Marks): ParagraphRecognition {
  // The memo keeps `text`: a slice would keep the whole document's prose alive.
  const text = detachedCopy(prose);
  marks ??= findMarks(text, style);
  const dates = recogniseIn(text, base, style, marks);
  const quantities = quantitiesAt(text, base, marks);
  return { text, style, marks, base, dates: dates.length > 0 ? dates : NO_DATES, quantities: quantities.length > 0 ? quantities : NO_QUANTITIES, verdicts: {} };
}

/**
 * A memoised paragraph found at another offset (text was inserted or deleted before it):
 * fresh copies at the new offset, so documents already checked keep their own.
 */
function placedAt(found: ParagraphRecognition, base: number): ParagraphRecognition {
  const delta = base - found.base;
  return {
    ...found,
    base,
    dates: found.dates.map((date) => shiftDate(date, delta)),
    quantities: found.quantities.map((q) => shiftQuantity(q, delta)),
  };
}

function shift<T extends { start: number; end: number }>(span: T, delta: number): T {
  return { ...span, start: span.start + delta, end: span.end + delta };
}

function shiftDate(date: DateMention, delta: number): DateMention {
  const moved = shift(date, delta);
  if (date.monthText) moved.monthText = shift(date.monthText, delta);
  if (date.dayText) moved.dayText = shift(date.dayText, delta);
  if (date.ordinal) moved.ordinal = shift(date.ordinal, delta);
  if (date.yearText) moved.yearText = shift(date.yearText, delta);
  if (date.weekday) {
    moved.weekday = shift(date.weekday, delta);
    moved.weekday.separator = shift(date.weekday.separator, delta);
    if (date.weekday.closing) moved.weekday.closing = shift(date.weekday.closing, delta);
  }
  return moved;
}

function shiftQuantity(q: Quantity, delta: number): Quantity {
  const moved = shift(q, delta);
  moved.core = shift(q.core, delta);
  if (q.scale) moved.scale = shift(q.scale, delta);
  if (q.currencySymbol) moved.currencySymbol = shift(q.currencySymbol, delta);
  if (q.currencyWord) moved.currencyWord = shift(q.currencyWord, delta);
  if (q.percent) moved.percent = shift(q.percent, delta);
  return moved;
}
