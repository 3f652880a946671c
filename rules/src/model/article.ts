import type { DocumentKind, PublicationDate } from '../types';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  /** Index into ArticleDocument.sentences of this paragraph's first sentence. */
  firstSentence: number;
  sentenceCount: number;
  /** A Markdown heading ("# ...") or a line set entirely in capitals (a headline, not prose). */
  isHeading: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Quotation extends Span {
  /** Offsets of the quoted words, without the marks. */
  contentStart: number;
  contentEnd: number;
  /** False when the story never closes the quote (the quote then ends with its paragraph). */
  closed: boolean;
  /** Paragraph index of the opening mark; a quote may run over several paragraphs. */
  paragraph: number;
}

export type SkipReason =
  | 'front-matter'
  | 'code-block'
  | 'inline-code'
  | 'url'
  | 'link-target'
  | 'html-comment'
  | 'html-tag'
  | 'directive';

export interface SkippedRegion extends Span {
  reason: SkipReason;
}

export interface Directive extends Span {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Empty means every rule. */
  ruleIds: string[];
  /** Zero-based line of the directive's last character. */
  line: number;
}

/**
 * An article draft, read once, shared by every rule.
 * `prose` is `text` with every skipped region blanked to spaces (newlines kept), so a rule
 * can run a regex over `prose` and report the match offsets straight into `text`.
 */
export interface ArticleDocument {
  readonly text: string;
  readonly kind: DocumentKind;
  readonly prose: string;
  readonly frontMatter: Record<string, string>;
  readonly skipped: readonly SkippedRegion[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quotation[];
  readonly directives: readonly Directive[];
  readonly publicationDate: PublicationDate | undefined;
  /** Start offset of each line (for line-based directives and reports). */
  readonly lineStarts: readonly number[];
}
