import type { ArticleDocument, Sentence } from '../../model/article';
import type { ClaimSignals } from '../../house-style/sections/sourcing';
import { anyQuoteOverlapping, type SentenceTokens } from './cues';
import { setCandidateFinder } from './candidate-matches';
import { entryStartFinder, type LetterRuns } from './letter-runs';
import { matchesIn, type SourcingLexicon } from './lexicon';
import { isDocumentSentence, matchesBySentence, sentenceMatchesFrom } from './sentence-matches';
import type { ClaimSignal, ClaimSignalKind } from './types';

/** How much each kind of signal says "a reader needs a source for this". */
export const CLAIM_WEIGHTS: Record<ClaimSignalKind, number> = {
  accusation: 2,
  causal: 1.5,
  prediction: 1,
  evaluative: 1,
  superlative: 1,
  generalisation: 0.5,
  figure: 1,
};

// Figures a reader would want sourced: money, percentages, large amounts. Not dates or times.
// No `d` flag: only `index` and `[0]` are read, and match indices cost an allocation per match.
export const FIGURE_RE = /(?:\$\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?|\b\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)|\b\d[\d,.]*\s+(?:million|billion|trillion)\b|\b(?:hundreds|thousands|millions|billions)\s+of\s+(?:millions\s+of\s+|billions\s+of\s+)?(?:dollars|people|jobs))/giu;

// Where FIGURE_RE can start: a "$"; a digit after no word character (`\b\d`; with `iu`, `\w` is
// ASCII letters, digits, "_" and two characters the letter runs already rule out); or a run of
// letters spelling "hundreds", "thousands", "millions" or "billions" (`\b` before a letter).
const FIGURE_WORDS = entryStartFinder(['hundreds', 'thousands', 'millions', 'billions']);

function figureStarts(_text: string, runs: LetterRuns): number[] {
  const words = FIGURE_WORDS ? FIGURE_WORDS(runs) : [];
  const { figureAnchors: anchors, figureAnchorCount: count } = runs;
  const out: number[] = [];
  let w = 0;
  for (let a = 0; a < count; a++) {
    const at = anchors[a];
    while (w < words.length && words[w] < at) out.push(words[w++]);
    out.push(at);
  }
  while (w < words.length) out.push(words[w++]);
  return out;
}

setCandidateFinder(FIGURE_RE, figureStarts);

const kindsOfLexicon = new WeakMap<SourcingLexicon, (keyof ClaimSignals)[]>();

/** `Object.keys(lexicon.claim)`, once per lexicon rather than once per sentence. */
function claimKinds(lexicon: SourcingLexicon): (keyof ClaimSignals)[] {
  let kinds = kindsOfLexicon.get(lexicon);
  if (!kinds) kindsOfLexicon.set(lexicon, (kinds = Object.keys(lexicon.claim) as (keyof ClaimSignals)[]));
  return kinds;
}

const listsOfDocument = new WeakMap<ArticleDocument, { lexicon: SourcingLexicon; lists: (RegExpExecArray[] | undefined)[][] }>();

/** `matchesBySentence` of the figure regex and of each claim kind in turn: one lookup per sentence, not seven. */
function claimMatchLists(doc: ArticleDocument, lexicon: SourcingLexicon): (RegExpExecArray[] | undefined)[][] {
  const known = listsOfDocument.get(doc);
  if (known && known.lexicon === lexicon) return known.lists;
  const lists = [matchesBySentence(FIGURE_RE, doc), ...claimKinds(lexicon).map((kind) => matchesBySentence(lexicon.claim[kind], doc))];
  listsOfDocument.set(doc, { lexicon, lists });
  return lists;
}

/** The claim signals of a sentence, outside quoted words. */
export function claimSignals(doc: ArticleDocument, sentence: Sentence, lexicon: SourcingLexicon, tokensOf: (sentence: number) => SentenceTokens): ClaimSignal[] {
  const signals: ClaimSignal[] = [];
  // Tokens only when a quotation is in reach: without one no token is blocked.
  let quoteInReach: boolean | undefined;
  // Indexed loops and no closures: this runs for every sentence, and most have no signal at all.
  const kinds = claimKinds(lexicon);
  // The memo's copy of a sentence (see sentenceMatches) is matched on its slice: no whole-prose runs.
  const lists = isDocumentSentence(doc, sentence) ? claimMatchLists(doc, lexicon) : undefined;
  for (let k = -1; k < kinds.length; k++) {
    const kind: ClaimSignalKind = k < 0 ? 'figure' : kinds[k];
    const re = k < 0 ? FIGURE_RE : lexicon.claim[kinds[k]];
    const matches = lists ? sentenceMatchesFrom(lists[k + 1], re, doc, sentence) : matchesIn(re, doc.prose, sentence.start, sentence.end);
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i];
      quoteInReach ??= anyQuoteOverlapping(doc, sentence.start, sentence.end);
      if (quoteInReach && insideQuotedToken(tokensOf(sentence.index), m.index)) continue;
      signals.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // Sorting fewer than two is a no-op (and the sort is stable): skip the call.
  return signals.length > 1 ? signals.sort((a, b) => a.start - b.start) : signals;
}

/** The token holding `offset` is inside quoted words. */
function insideQuotedToken(st: SentenceTokens, offset: number): boolean {
  for (let k = 0; k < st.length; k++) if (st.start(k) <= offset && offset < st.end(k) && st.isBlocked(k)) return true;
  return false;
}

/** Distinct kinds count in full; repeats of a kind add a little. */
export function claimScore(signals: readonly ClaimSignal[]): number {
  if (signals.length === 0) return 0;
  // Kinds in the order they first occur, as a Map would iterate them, without the Map.
  const kinds: ClaimSignalKind[] = [];
  const counts: number[] = [];
  for (let i = 0; i < signals.length; i++) {
    const k = kinds.indexOf(signals[i].kind);
    if (k >= 0) counts[k]++;
    else {
      kinds.push(signals[i].kind);
      counts.push(1);
    }
  }
  let score = 0;
  for (let k = 0; k < kinds.length; k++) score += CLAIM_WEIGHTS[kinds[k]] * (1 + 0.25 * (counts[k] - 1));
  return score;
}
