import type { HouseStyle } from '../../house-style/house-style';
import type { ArticleDocument } from '../../model/article';
import { findAnonymousSources } from './anonymous';
import { carriedAttribution, nearestAttributed } from './carry-over';
import { claimScore } from './claims';
import { sentenceTokens, type SentenceTokens } from './cues';
import { sourcingLexicon } from './lexicon';
import { clearAttributionCache, documentFacts } from './paragraph-facts';
import { attributeQuotes } from './quotes';
import type { AttributionAnalysis, SentenceAttribution, VagueAttribution } from './types';
import { findVagueAttributions } from './vague';

/** A sentence is a claim worth a flag at this score (tuned on PolNeAR train and the gold labels). */
export const CLAIM_THRESHOLD = 2.5;

export { clearAttributionCache };

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

function analyse(doc: ArticleDocument, style: HouseStyle): AttributionAnalysis {
  const lexicon = sourcingLexicon(style);
  const tokenCache: SentenceTokens[] = [];
  // Tokens only for the sentences that need them: most need none (no verb, phrase, quote or signal).
  const tokensOf = (i: number) => (tokenCache[i] ??= sentenceTokens(doc, doc.sentences[i], lexicon));
  // Each sentence on its own, memoised per paragraph; what looks across sentences runs below.
  const facts = documentFacts(doc, lexicon, tokensOf);
  const { cuesBySentence } = facts;
  const attributed = cuesBySentence.map((cues) => cues.length > 0);
  const quotes = attributeQuotes(doc, lexicon, cuesBySentence, tokensOf, facts.mayHaveVerb);
  const nearest = nearestAttributed(doc, attributed);
  const sentences: SentenceAttribution[] = doc.sentences.map((s) => {
    const index = s.index;
    const carriedFrom = attributed[index] ? undefined : carriedAttribution(doc, index, attributed, quotes, nearest);
    const cues = cuesBySentence[index];
    const insideQuote = facts.insideQuote[index];
    const signals = facts.claimSignals[index];
    const score = facts.claimScores[index];
    // Two literals rather than a spread of `{ carriedFrom }` (V8's slow path, once per sentence).
    return carriedFrom === undefined
      ? { index, cues, attributed: attributed[index], insideQuote, claimSignals: signals, claimScore: score }
      : { index, cues, attributed: attributed[index], carriedFrom, insideQuote, claimSignals: signals, claimScore: score };
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
      // Its own words, not mostly quoted, and not the writer's voice, a question or a transcript.
      return facts.readsAsReportedClaim(sa.index);
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
