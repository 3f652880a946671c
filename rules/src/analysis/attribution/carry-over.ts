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
): number | undefined {
  const s = doc.sentences[sentence];
  // QuoteAttribution i describes doc.quotes[i].
  for (const i of quoteIndicesOverlapping(doc, s.start, s.end)) {
    const speaker = quotes[i]?.speakerSentence;
    if (speaker !== undefined) return speaker;
  }
  const paragraph = doc.paragraphs[s.paragraph];
  let nearest: number | undefined;
  for (let i = paragraph.firstSentence; i < paragraph.firstSentence + paragraph.sentenceCount; i++) {
    if (i !== sentence && attributed[i] && (nearest === undefined || Math.abs(i - sentence) < Math.abs(nearest - sentence))) nearest = i;
  }
  if (nearest !== undefined) return nearest;
  if (sentence === paragraph.firstSentence && sentence > 0) {
    const previous = doc.sentences[sentence - 1];
    if (attributed[sentence - 1] && /:\s*$/.test(doc.prose.slice(previous.start, previous.end))) return sentence - 1;
  }
  return undefined;
}
