import type { ArticleDocument } from '../../model/article';
import { quoteIndicesOverlapping } from './cues';
import type { QuoteAttribution } from './types';

/**
 * Where a sentence without a cue of its own borrows its attribution from, if anywhere:
 * an attributed quote it sits in; another attributed sentence of its paragraph ("He added…",
 * a lede sourced in its second sentence); or a previous paragraph that ends "…said:".
 */
export function carriedAttribution(
  doc: ArticleDocument,
  sentence: number,
  attributed: readonly boolean[],
  quotes: readonly QuoteAttribution[],
  nearest: readonly number[] = nearestAttributed(doc, attributed),
): number | undefined {
  const s = doc.sentences[sentence];
  // QuoteAttribution i describes doc.quotes[i].
  for (const i of quoteIndicesOverlapping(doc, s.start, s.end)) {
    const speaker = quotes[i]?.speakerSentence;
    if (speaker !== undefined) return speaker;
  }
  const paragraph = doc.paragraphs[s.paragraph];
  if (nearest[sentence] >= 0) return nearest[sentence];
  if (sentence === paragraph.firstSentence && sentence > 0) {
    const previous = doc.sentences[sentence - 1];
    if (attributed[sentence - 1] && /:\s*$/.test(doc.prose.slice(previous.start, previous.end))) return sentence - 1;
  }
  return undefined;
}

/**
 * For each sentence, the nearest other attributed sentence of its paragraph (the earlier one on a
 * tie), or -1: two walks per paragraph, where asking each sentence's whole paragraph was
 * quadratic in the paragraph's length.
 */
export function nearestAttributed(doc: ArticleDocument, attributed: readonly boolean[]): number[] {
  const out = new Array<number>(doc.sentences.length).fill(-1);
  for (const paragraph of doc.paragraphs) {
    const first = paragraph.firstSentence;
    const end = first + paragraph.sentenceCount;
    let before = -1;
    for (let i = first; i < end; i++) {
      out[i] = before;
      if (attributed[i]) before = i;
    }
    let after = -1;
    for (let i = end - 1; i >= first; i--) {
      if (after >= 0 && (out[i] < 0 || after - i < i - out[i])) out[i] = after;
      if (attributed[i]) after = i;
    }
  }
  return out;
}
