import type { HouseStyle } from '../../house-style/house-style';
import type { ArticleDocument } from '../../model/article';
import { findAnonymousSources } from './anonymous';
import { carriedAttribution, nearestAttributed } from './carry-over';
import { claimScore, claimSignals } from './claims';
import { anyQuoteOverlapping, findCues, sentenceTokens, type SentenceTokens } from './cues';
import { sourcingLexicon } from './lexicon';
import { attributeQuotes } from './quotes';
import type { AttributionAnalysis, AttributionCue, SentenceAttribution, VagueAttribution } from './types';
import { findVagueAttributions } from './vague';
import { verbSentences } from './verb-sentences';

/** A sentence is a claim worth a flag at this score (tuned on PolNeAR train and the gold labels). */
export const CLAIM_THRESHOLD = 2.5;
const MIN_CLAIM_WORDS = 6;

// One analysis per document and style, shared by the five sourcing and attribution rules.
const cache = new WeakMap<ArticleDocument, WeakMap<HouseStyle, AttributionAnalysis>>();

export function analyseAttribution(doc: ArticleDocument, style: HouseStyle): AttributionAnalysis {
  let byStyle = cache.get(doc);
  if (!byStyle) cache.set(doc, (byStyle = new WeakMap()));
  const cached = byStyle.get(style);
  if (cached) return cached;
  const analysis = analyse(doc, style);
  byStyle.set(style, analysis);
  return analysis;
}

/** Every word of the sentence is inside quotation marks; without a quotation in reach, no. */
function isInsideQuote(doc: ArticleDocument, index: number, tokensOf: (sentence: number) => SentenceTokens): boolean {
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

function analyse(doc: ArticleDocument, style: HouseStyle): AttributionAnalysis {
  const lexicon = sourcingLexicon(style);
  const tokenCache: SentenceTokens[] = [];
  // Tokens only for the sentences that need them: most need none (no verb, phrase, quote or signal).
  const tokensOf = (i: number) => (tokenCache[i] ??= sentenceTokens(doc, doc.sentences[i], lexicon));
  const mayHaveVerb = verbSentences(doc, lexicon);
  const cuesBySentence: AttributionCue[][] = doc.sentences.map((s) =>
    doc.paragraphs[s.paragraph]?.isHeading ? [] : findCues(doc, s, lexicon, tokensOf, mayHaveVerb[s.index]),
  );
  const attributed = cuesBySentence.map((cues) => cues.length > 0);
  const quotes = attributeQuotes(doc, lexicon, cuesBySentence, tokensOf, mayHaveVerb);
  const nearest = nearestAttributed(doc, attributed);
  const sentences: SentenceAttribution[] = doc.sentences.map((s) => {
    const carriedFrom = attributed[s.index] ? undefined : carriedAttribution(doc, s.index, attributed, quotes, nearest);
    const signals = claimSignals(doc, s, lexicon, tokensOf);
    const insideQuote = isInsideQuote(doc, s.index, tokensOf);
    const score = claimScore(signals);
    // Two literals rather than a spread of an optional key (a slow generic copy per sentence);
    // the keys keep their order.
    if (carriedFrom !== undefined) {
      return { index: s.index, cues: cuesBySentence[s.index], attributed: attributed[s.index], carriedFrom, insideQuote, claimSignals: signals, claimScore: score };
    }
    return { index: s.index, cues: cuesBySentence[s.index], attributed: attributed[s.index], insideQuote, claimSignals: signals, claimScore: score };
  });
  const vague = findVagueAttributions(doc, lexicon, cuesBySentence, tokensOf);
  const vagueBySentence = new Map<number, VagueAttribution[]>();
  for (const v of vague) {
    const list = vagueBySentence.get(v.sentence);
    if (list) list.push(v);
    else vagueBySentence.set(v.sentence, [v]);
  }
  // Signals the vague finding already answers ("is expected to") do not count twice.
  const scoreBesidesVague = (sa: SentenceAttribution) => {
    const spans = vagueBySentence.get(sa.index);
    if (!spans) return sa.claimScore;
    return claimScore(sa.claimSignals.filter((s) => !spans.some((v) => s.start < v.end && v.start < s.end)));
  };
  const unattributedClaims = sentences
    .filter((sa) => {
      const s = doc.sentences[sa.index];
      if (doc.paragraphs[s.paragraph]?.isHeading || sa.attributed || sa.carriedFrom !== undefined || sa.insideQuote) return false;
      // With a vague attribution flagged, only a clearly separate claim earns a second flag.
      const vagueToo = vagueBySentence.has(sa.index);
      if (scoreBesidesVague(sa) < CLAIM_THRESHOLD + (vagueToo ? 1 : 0)) return false;
      const st = tokensOf(sa.index);
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
    })
    .map((sa) => sa.index);
  // One concatenation, by hand: Array#flat is slow over thousands of short lists.
  const cues = concatenated(cuesBySentence);
  return {
    sentences,
    cues,
    anonymous: findAnonymousSources(doc, lexicon, cues, tokensOf),
    vague,
    quotes,
    unattributedClaims,
  };
}

function concatenated<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    for (let j = 0; j < list.length; j++) out.push(list[j]);
  }
  return out;
}
