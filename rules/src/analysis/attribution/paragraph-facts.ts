import type { ArticleDocument, Paragraph } from '../../model/article';
import { firstEndingAfter } from '../../model/queries';
import { detachedCopy, ParagraphMemo } from '../paragraph-memo';
import { claimScore, claimSignals } from './claims';
import { anyQuoteOverlapping, findCues, quoteIndicesOverlapping, type SentenceTokens } from './cues';
import type { SourcingLexicon } from './lexicon';
import { presetSentenceMatches, sentenceMatches } from './sentence-matches';
import type { AttributionCue, ClaimSignal, SourceSpan } from './types';
import { verbSentences } from './verb-sentences';

/**
 * What the attribution analysis reads off each sentence on its own: its cues (with their
 * sources), its claim signals, whether quoted words fill it. These are the analysis's expensive
 * part (tokens, the lexicon regexes, source phrases) and depend only on the paragraph: its prose
 * and text, its sentence boundaries, the quotation spans over it (a quote may open in an earlier
 * paragraph: only the part inside this one is read), whether it is a heading, and the lexicon.
 * So they are memoised per paragraph, keyed by exactly that, and while an editor types only the
 * edited paragraph is read again; the passes that look across sentences and paragraphs (quote
 * speakers, carried attribution, vague groups, anonymous sources, unattributed claims) run on
 * the whole document each time, on these facts.
 */
export interface DocumentFacts {
  /** By sentence index, for every sentence of the document. */
  readonly cuesBySentence: readonly AttributionCue[][];
  readonly claimSignals: readonly ClaimSignal[][];
  readonly claimScores: readonly number[];
  readonly insideQuote: readonly boolean[];
  /**
   * False only where the sentence holds no attribution verb token (see `verbSentences`); true
   * where it may. A gate for `attributeQuotes`, which then looks at the tokens.
   */
  readonly mayHaveVerb: readonly boolean[];
  /** The sentence's own (unquoted) words read as a reported claim, not the writer's voice, a question or a transcript. */
  readsAsReportedClaim(sentence: number): boolean;
}

/**
 * One paragraph's facts, placed at a document offset and sentence index. Kept compact (exact
 * array lengths, nothing for a paragraph without cues or signals): the memo holds one per
 * paragraph of every document checked, and arrays grown by `push` reserve 17 slots.
 */
interface ParagraphFacts {
  /** The paragraph's prose (a copy of its own): the memo's key. */
  readonly prose: string;
  /** The paragraph's text where it differs from the prose (skipped regions), else undefined. */
  readonly text: string | undefined;
  readonly lexicon: SourcingLexicon;
  /** Heading flag, sentence bounds and quotation spans relative to the paragraph (see `layoutOf`). */
  readonly layout: readonly number[];
  /** Document offset and index of the first sentence the objects below are placed at. */
  readonly base: number;
  readonly firstSentence: number;
  /** By sentence of the paragraph; undefined when none of its sentences has any. */
  readonly cues: readonly AttributionCue[][] | undefined;
  readonly claimSignals: readonly ClaimSignal[][] | undefined;
  readonly claimScores: readonly number[] | undefined;
  /**
   * By sentence: INSIDE_QUOTE and MAY_HAVE_VERB, and `readsAsReportedClaim` once asked
   * (VERDICT_KNOWN, REPORTED_CLAIM). The same array in every placement of the paragraph.
   */
  readonly flags: number[];
}

const INSIDE_QUOTE = 1;
const MAY_HAVE_VERB = 2;
const VERDICT_KNOWN = 4;
const REPORTED_CLAIM = 8;
// The sentence holds a match of the lexicon's vague phrases, of its anonymity phrases.
const VAGUE_PHRASE = 16;
const ANONYMITY_PHRASE = 32;

// Most sentences have no cue and no signal: they share these (frozen: nobody may add to them).
const NO_CUES = Object.freeze([]) as unknown as AttributionCue[];
const NO_SIGNALS = Object.freeze([]) as unknown as ClaimSignal[];

/**
 * Paragraph facts by prose, bounded by entry count and total length like the recognisers' memo
 * (measured: about 1.5 MB held per MB of copy, the keys' copies included).
 */
const paragraphMemo = new ParagraphMemo<ParagraphFacts>(10_000, 4_000_000);

/** Forgets every memoised paragraph (benchmarks measure a cold check with it). */
export function clearAttributionCache(): void {
  paragraphMemo.clear();
}

type TokensOf = (sentence: number) => SentenceTokens;

export function documentFacts(doc: ArticleDocument, lexicon: SourcingLexicon, tokensOf: TokensOf): DocumentFacts {
  const placed: ParagraphFacts[] = new Array(doc.paragraphs.length);
  const missing: Paragraph[] = [];
  let missingLength = 0;
  // Compared once: two equal strings that are different objects compare in full each time.
  const textIsProse = doc.text === doc.prose;
  for (const paragraph of doc.paragraphs) {
    const prose = doc.prose.slice(paragraph.start, paragraph.end);
    const found = paragraphMemo.get(prose);
    if (found && found.lexicon === lexicon && sameText(doc, textIsProse, paragraph, found) && layoutMatches(doc, paragraph, found.layout)) {
      const here = found.base === paragraph.start && found.firstSentence === paragraph.firstSentence ? found : placedAt(found, paragraph);
      if (here !== found) paragraphMemo.set(found.prose, here);
      placed[paragraph.index] = here;
    } else {
      missing.push(paragraph);
      missingLength += prose.length;
    }
  }
  // A cold document: the lexicon regexes run once over the whole prose and are dealt out to the
  // sentences (`sentenceMatches`). A few edited paragraphs: each sentence runs them on its own
  // slice instead, so an edit costs its paragraph, not the document.
  const whole = missingLength > doc.prose.length / 4;
  const mayHaveVerb = whole ? verbSentences(doc, lexicon) : undefined;
  for (const paragraph of missing) {
    const facts = readParagraph(doc, textIsProse, paragraph, lexicon, tokensOf, whole, mayHaveVerb);
    placed[paragraph.index] = facts;
    if (facts.layout.length > 0) paragraphMemo.set(facts.prose, facts);
  }
  // The vague and anonymous-source passes read these two lexicons sentence by sentence over the
  // whole document: without this, each check would run them over the whole prose (and find its
  // letter runs first), most of a warm re-check's remaining time.
  if (!whole) presetPhraseMatches(doc, lexicon, placed);
  return gather(doc, placed, tokensOf);
}

// Most sentences match neither lexicon: they share this list (frozen: nobody may add to it).
const NO_MATCHES = Object.freeze([]) as unknown as RegExpExecArray[];

/** Each sentence's matches: none, or (where the memo says there are some) found on its slice when asked. */
function presetPhraseMatches(doc: ArticleDocument, lexicon: SourcingLexicon, placed: readonly ParagraphFacts[]): void {
  const vague = new Array<RegExpExecArray[] | undefined>(doc.sentences.length);
  const anonymity = new Array<RegExpExecArray[] | undefined>(doc.sentences.length);
  for (const { flags, firstSentence } of placed) {
    for (let k = 0; k < flags.length; k++) {
      vague[firstSentence + k] = flags[k] & VAGUE_PHRASE ? undefined : NO_MATCHES;
      anonymity[firstSentence + k] = flags[k] & ANONYMITY_PHRASE ? undefined : NO_MATCHES;
    }
  }
  presetSentenceMatches(lexicon.vaguePhrase, doc, vague);
  presetSentenceMatches(lexicon.anonymityPhrase, doc, anonymity);
}

function sameText(doc: ArticleDocument, textIsProse: boolean, paragraph: Paragraph, found: ParagraphFacts): boolean {
  if (textIsProse) return found.text === undefined;
  const text = doc.text.slice(paragraph.start, paragraph.end);
  return found.text === undefined ? text === found.prose : text === found.text;
}

/**
 * What the facts depend on besides the prose, relative to the paragraph start: the heading
 * flag; the sentence count and bounds; each quotation over the paragraph (marks and quoted
 * words), clipped to the paragraph. Clipping keeps every test the facts make: a token or a
 * non-empty sentence inside the paragraph overlaps, or sits inside, a quote exactly when it
 * does the clipped one. Empty when the paragraph cannot be memoised (a sentence empty or
 * outside it, which the model does not produce).
 */
function layoutOf(doc: ArticleDocument, paragraph: Paragraph): number[] {
  const { start, end, firstSentence, sentenceCount } = paragraph;
  const { quotes } = doc;
  const firstQuote = firstEndingAfter(doc.quotes, start);
  let quoteCount = 0;
  while (firstQuote + quoteCount < quotes.length && quotes[firstQuote + quoteCount].start < end) quoteCount++;
  const out = new Array<number>(2 + 2 * sentenceCount + 4 * quoteCount);
  out[0] = paragraph.isHeading ? 1 : 0;
  out[1] = sentenceCount;
  let k = 2;
  for (let i = firstSentence; i < firstSentence + sentenceCount; i++) {
    const s = doc.sentences[i];
    if (s.start < start || s.end > end || s.start >= s.end) return [];
    out[k++] = s.start - start;
    out[k++] = s.end - start;
  }
  for (let q = firstQuote; q < firstQuote + quoteCount; q++) {
    const quote = quotes[q];
    out[k++] = clip(quote.start, paragraph);
    out[k++] = clip(quote.end, paragraph);
    out[k++] = clip(quote.contentStart, paragraph);
    out[k++] = clip(quote.contentEnd, paragraph);
  }
  return out;
}

function clip(offset: number, paragraph: Paragraph): number {
  return Math.min(Math.max(offset, paragraph.start), paragraph.end) - paragraph.start;
}

/** `layoutOf(doc, paragraph)` equals `layout`, without building it. */
function layoutMatches(doc: ArticleDocument, paragraph: Paragraph, layout: readonly number[]): boolean {
  const { start, end, firstSentence, sentenceCount } = paragraph;
  if (layout[0] !== (paragraph.isHeading ? 1 : 0) || layout[1] !== sentenceCount) return false;
  let k = 2;
  for (let i = firstSentence; i < firstSentence + sentenceCount; i++) {
    const s = doc.sentences[i];
    // A memoised layout has every sentence inside its paragraph and non-empty, so this one too.
    if (layout[k++] !== s.start - start || layout[k++] !== s.end - start) return false;
  }
  const { quotes } = doc;
  for (let q = firstEndingAfter(doc.quotes, start); q < quotes.length && quotes[q].start < end; q++) {
    const quote = quotes[q];
    if (k + 4 > layout.length) return false;
    if (layout[k++] !== clip(quote.start, paragraph) || layout[k++] !== clip(quote.end, paragraph) ||
      layout[k++] !== clip(quote.contentStart, paragraph) || layout[k++] !== clip(quote.contentEnd, paragraph)) return false;
  }
  return k === layout.length;
}

/**
 * Reads one paragraph's sentences. `whole`: as part of reading most of the document, with the
 * regexes' whole-prose runs and `mayHaveVerb` from the letter runs; otherwise each sentence is
 * passed to the finders as a copy, which `sentenceMatches` answers from the sentence's own
 * slice (the same matches), and every sentence may have a verb (the gate only saves work).
 */
function readParagraph(
  doc: ArticleDocument,
  textIsProse: boolean,
  paragraph: Paragraph,
  lexicon: SourcingLexicon,
  tokensOf: TokensOf,
  whole: boolean,
  mayHaveVerbInDocument: readonly boolean[] | undefined,
): ParagraphFacts {
  const count = paragraph.sentenceCount;
  let cues: AttributionCue[][] | undefined;
  let signals: ClaimSignal[][] | undefined;
  let scores: number[] | undefined;
  const flags = new Array<number>(count);
  for (let k = 0; k < count; k++) {
    const i = paragraph.firstSentence + k;
    const s = doc.sentences[i];
    const sentence = whole ? s : { ...s };
    const may = mayHaveVerbInDocument ? mayHaveVerbInDocument[i] : true;
    const found = paragraph.isHeading ? NO_CUES : findCues(doc, sentence, lexicon, tokensOf, may);
    if (found.length > 0) (cues ??= new Array<AttributionCue[]>(count).fill(NO_CUES))[k] = found;
    const signalled = claimSignals(doc, sentence, lexicon, tokensOf);
    if (signalled.length > 0) {
      (signals ??= new Array<ClaimSignal[]>(count).fill(NO_SIGNALS))[k] = signalled;
      (scores ??= new Array<number>(count).fill(0))[k] = claimScore(signalled);
    }
    flags[k] = (isInsideQuote(doc, i, tokensOf) ? INSIDE_QUOTE : 0) | (may ? MAY_HAVE_VERB : 0) |
      (sentenceMatches(lexicon.vaguePhrase, doc, sentence).length > 0 ? VAGUE_PHRASE : 0) |
      (sentenceMatches(lexicon.anonymityPhrase, doc, sentence).length > 0 ? ANONYMITY_PHRASE : 0);
  }
  const layout = layoutOf(doc, paragraph);
  const memoised = layout.length > 0;
  if (memoised) detachTexts(cues, signals);
  const prose = doc.prose.slice(paragraph.start, paragraph.end);
  const text = textIsProse ? prose : doc.text.slice(paragraph.start, paragraph.end);
  // The memo keeps the strings: slices would keep the whole document alive.
  return {
    prose: memoised ? detachedCopy(prose) : prose,
    text: text === prose ? undefined : detachedCopy(text),
    lexicon,
    layout,
    base: paragraph.start,
    firstSentence: paragraph.firstSentence,
    cues,
    claimSignals: signals,
    claimScores: scores,
    flags,
  };
}

// V8 makes a substring of 13 or more characters a slice pointing into its parent.
const SHORTEST_SLICE = 13;

function detached(text: string): string {
  return text.length < SHORTEST_SLICE ? text : detachedCopy(text);
}

/**
 * Gives the found objects' texts memory of their own: they are cut from the document's text
 * and prose, and as slices they would keep the whole document alive in the memo.
 */
function detachTexts(cues: readonly AttributionCue[][] | undefined, signals: readonly ClaimSignal[][] | undefined): void {
  for (const list of cues ?? []) {
    for (const cue of list) {
      cue.text = detached(cue.text);
      const source = cue.source;
      if (!source) continue;
      source.text = detached(source.text);
      if (source.name) source.name.text = detached(source.name.text);
    }
  }
  for (const list of signals ?? []) for (const signal of list) signal.text = detached(signal.text);
}

/** Every word of the sentence is inside quotation marks; without a quotation in reach, no. */
function isInsideQuote(doc: ArticleDocument, index: number, tokensOf: TokensOf): boolean {
  const s = doc.sentences[index];
  if (!anyQuoteOverlapping(doc, s.start, s.end)) return false;
  const st = tokensOf(index);
  let words = 0;
  for (let k = 0; k < st.length; k++) {
    if (!st.isWord(k)) continue;
    if (!st.isBlocked(k)) return false;
    words++;
  }
  return words > 0;
}

/**
 * A memoised paragraph found at another offset or sentence index (text was inserted or
 * deleted before it): fresh copies at the new place, so documents already checked keep theirs.
 */
function placedAt(found: ParagraphFacts, paragraph: Paragraph): ParagraphFacts {
  const delta = paragraph.start - found.base;
  const sentenceDelta = paragraph.firstSentence - found.firstSentence;
  const signals = found.claimSignals;
  return {
    prose: found.prose,
    text: found.text,
    lexicon: found.lexicon,
    layout: found.layout,
    base: paragraph.start,
    firstSentence: paragraph.firstSentence,
    cues: found.cues?.map((list) => (list.length === 0 ? list : list.map((cue) => shiftCue(cue, delta, sentenceDelta)))),
    claimSignals: delta === 0 || !signals ? signals : signals.map((list) => (list.length === 0 ? list : list.map((signal) => shiftSignal(signal, delta)))),
    claimScores: found.claimScores,
    flags: found.flags,
  };
}

// The copies are built key by key, in the order the finders build them (cues.ts, claims.ts,
// source-kind.ts): spreading objects of several shapes took V8's slow path, most of the
// time of a re-check after an edit near the top of a long document.

function shiftSignal(signal: ClaimSignal, delta: number): ClaimSignal {
  return { kind: signal.kind, start: signal.start + delta, end: signal.end + delta, text: signal.text };
}

function shiftCue(cue: AttributionCue, delta: number, sentenceDelta: number): AttributionCue {
  const moved: AttributionCue = { start: cue.start + delta, end: cue.end + delta, text: cue.text, kind: cue.kind, sentence: cue.sentence + sentenceDelta };
  // A cue without a source has no `source` key at all.
  if (cue.source) moved.source = shiftSource(cue.source, delta);
  return moved;
}

function shiftSource(source: SourceSpan, delta: number): SourceSpan {
  const moved: SourceSpan = { start: source.start + delta, end: source.end + delta, text: source.text, kind: source.kind };
  if (source.name) moved.name = { start: source.name.start + delta, end: source.name.end + delta, text: source.name.text };
  return moved;
}

/** The document-wide arrays, by sentence index, from the placed paragraphs. */
function gather(doc: ArticleDocument, placed: readonly ParagraphFacts[], tokensOf: TokensOf): DocumentFacts {
  const count = doc.sentences.length;
  const cuesBySentence = new Array<AttributionCue[]>(count);
  const signals = new Array<ClaimSignal[]>(count);
  const scores = new Array<number>(count);
  const insideQuote = new Array<boolean>(count);
  const mayHaveVerb = new Array<boolean>(count);
  const owner = new Array<ParagraphFacts>(count);
  for (const facts of placed) {
    const { cues, claimSignals: signalled, claimScores, flags } = facts;
    for (let k = 0; k < flags.length; k++) {
      const i = facts.firstSentence + k;
      cuesBySentence[i] = cues ? cues[k] : NO_CUES;
      signals[i] = signalled ? signalled[k] : NO_SIGNALS;
      scores[i] = claimScores ? claimScores[k] : 0;
      insideQuote[i] = (flags[k] & INSIDE_QUOTE) !== 0;
      mayHaveVerb[i] = (flags[k] & MAY_HAVE_VERB) !== 0;
      owner[i] = facts;
    }
  }
  return {
    cuesBySentence,
    claimSignals: signals,
    claimScores: scores,
    insideQuote,
    mayHaveVerb,
    readsAsReportedClaim(sentence) {
      const { flags, firstSentence } = owner[sentence];
      const k = sentence - firstSentence;
      if (!(flags[k] & VERDICT_KNOWN)) flags[k] |= VERDICT_KNOWN | (readsAsReportedClaim(doc, sentence, tokensOf) ? REPORTED_CLAIM : 0);
      return (flags[k] & REPORTED_CLAIM) !== 0;
    },
  };
}

const MIN_CLAIM_WORDS = 6;

/** The sentence-local tests of an unattributed claim (see `analyse`): its own words, not the writer's voice. */
function readsAsReportedClaim(doc: ArticleDocument, index: number, tokensOf: TokensOf): boolean {
  const s = doc.sentences[index];
  const st = tokensOf(index);
  let words = 0;
  let own = 0;
  for (let k = 0; k < st.length; k++) {
    if (!st.isWord(k)) continue;
    words++;
    if (!st.isBlocked(k)) own++;
  }
  // Mostly quoted words: attribution/unattributed-quote answers for those.
  if (own < MIN_CLAIM_WORDS || own * 2 < words) return false;
  if (/\?["”’)]*$/.test(doc.prose.slice(s.start, s.end))) return false;
  // "You could read these numbers…", "We believe…": the writer's own voice (a column), not a report.
  for (let k = 0; k < st.length; k++) {
    if (st.isWord(k) && !st.isBlocked(k) && /^(?:I|me|my|we|We|us|our|Our|you|You|your|Your)$/.test(st.text(k))) return false;
  }
  // Interview transcripts ("Q: …", "A: …") are the speakers' words.
  return !/^(?:Q|A)\s*:/.test(doc.prose.slice(s.start, s.start + 3));
}
