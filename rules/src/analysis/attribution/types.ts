import type { Span } from '../../model/article';

/** Who a source is, as far as the text lets us tell. */
export type SourceKind = 'named' | 'anonymous' | 'institutional' | 'vague' | 'pronoun' | 'unknown';

export interface SourceSpan extends Span {
  text: string;
  kind: SourceKind;
  /** The proper name inside a named source ("Jane Doe" in "Jane Doe, a State Department official"). */
  name?: Span & { text: string };
}

export type CueKind = 'verb' | 'phrase';

/** One attribution: a cue ("said", "according to") and, when found, who it points at. */
export interface AttributionCue extends Span {
  text: string;
  kind: CueKind;
  /** Index into ArticleDocument.sentences. */
  sentence: number;
  source?: SourceSpan;
}

export interface AnonymousSource extends Span {
  text: string;
  sentence: number;
  /** "a source" / "sources" with no description: AP asks to describe them specifically. */
  bare: boolean;
  /** A later reference to a source already introduced ("the source", "the insider"). */
  repeat: boolean;
  reasonGiven: boolean;
  /** Where a placeholder reason clause belongs (just after the description). */
  reasonInsertAt: number;
  /** True when the description already says the source asked for anonymity ("declined to be identified"). */
  anonymityStated: boolean;
}

export type VagueKind = 'phrase' | 'group' | 'reportedly';

export interface VagueAttribution extends Span {
  text: string;
  sentence: number;
  kind: VagueKind;
}

export type ClaimSignalKind = 'figure' | 'accusation' | 'causal' | 'prediction' | 'evaluative' | 'superlative' | 'generalisation';

export interface ClaimSignal extends Span {
  kind: ClaimSignalKind;
  text: string;
}

export interface SentenceAttribution {
  index: number;
  /** Cues in the sentence itself (outside quoted words). */
  cues: AttributionCue[];
  /** Attributed by a cue of its own with a usable source, or an attribution phrase. */
  attributed: boolean;
  /** Attribution carried from a neighbouring sentence or an attributed quote. */
  carriedFrom?: number;
  /** The whole sentence sits inside a direct quotation. */
  insideQuote: boolean;
  claimSignals: ClaimSignal[];
  /** Weighted strength of the claim signals; 0 when none. */
  claimScore: number;
}

export interface QuoteAttribution {
  /** Index into ArticleDocument.quotes. */
  quote: number;
  wordCount: number;
  /** Sentence index holding the speaker's cue, if any. */
  speakerSentence?: number;
  /** Continues the previous paragraph's quote (AP multi-paragraph convention). */
  continuation: boolean;
}

export interface AttributionAnalysis {
  sentences: SentenceAttribution[];
  cues: AttributionCue[];
  anonymous: AnonymousSource[];
  vague: VagueAttribution[];
  quotes: QuoteAttribution[];
  /** Sentences that are claims with no attribution in or around them. */
  unattributedClaims: number[];
}
