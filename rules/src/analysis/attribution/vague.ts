import type { ArticleDocument } from '../../model/article';
import { escapeRegExp } from '../scan';
import type { SentenceTokens } from './cues';
import type { SourcingLexicon } from './lexicon';
import { sentenceMatches } from './sentence-matches';
import { wordThenName } from './word-then-name';
import { headIndex } from './source-kind';
import type { AttributionCue, VagueAttribution } from './types';

// Passive hedges that are vague only when nothing in the sentence says who holds the view.
const HEDGE_RE = /^(?:is|are)\s+(?:widely\s+)?(?:expected|viewed|seen|considered)\b/i;
// A clause break between a cue and "reportedly" means the cue does not cover it (", while", "; ").
const CLAUSE_BREAK_RE = /[;:—]|,\s*(?:while|but|and|whereas|although|though)\b/i;

const memberPatterns = new Map<string, [RegExp, RegExp]>();
// `\s+${name}` of the first pattern below, for `wordThenName`.
const SPACE_AND_NAME = /\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+/uy;
// The appositive form needs ", a " or ", an " with the noun after it: cheap literal searches rule
// most windows out before the name pattern (a `u` class tried at every position) runs.
const APPOSITIVE_ARTICLE = /,\s+an?\s/;

/** A member of the group named nearby ("critics" after "critic Jane Doe") makes the group specific. */
function memberNamedNearby(doc: ArticleDocument, sentence: number, noun: string): boolean {
  const bare = noun.replace(/s$/i, '');
  // Case-insensitive first letter only: the name pattern itself must stay case-sensitive.
  const singular = `[${bare[0].toUpperCase()}${bare[0].toLowerCase()}]${escapeRegExp(bare.slice(1))}`;
  const from = doc.sentences[Math.max(0, sentence - 2)].start;
  // Only earlier copy counts: a group named later is still vague where the reader meets it.
  const to = doc.sentences[sentence].end;
  const window = doc.prose.slice(from, to);
  let patterns = memberPatterns.get(singular);
  if (!patterns) {
    const name = "\\p{Lu}[\\p{L}'’.-]+\\s+\\p{Lu}[\\p{L}'’.-]+";
    // The two alternatives of one pattern, tested one after the other: the same answer.
    patterns = [new RegExp(`\\b${singular}\\s+${name}`, 'u'), new RegExp(`${name},\\s+(?:a|an)\\s+[^,.;]{0,40}?\\b${singular}\\b`, 'u')];
    memberPatterns.set(singular, patterns);
  }
  const named = wordThenName(window, `${bare[0].toUpperCase()}${bare[0].toLowerCase()}`, bare.slice(1), SPACE_AND_NAME);
  if (named ?? patterns[0].test(window)) return true;
  const appositive = APPOSITIVE_ARTICLE.exec(window);
  return appositive !== null && window.includes(bare.slice(1), appositive.index) && patterns[1].test(window);
}

function coveredByCue(doc: ArticleDocument, cues: readonly AttributionCue[], start: number, end: number, sentenceEnd: number): boolean {
  return cues.some((cue) => {
    if (!cue.source || cue.source.kind === 'vague' || cue.source.kind === 'unknown') return false;
    if (cue.start >= end) {
      // "…investigators reportedly located…, Harris said.": attribution at the end covers the sentence.
      const tail = doc.prose.slice(Math.max(cue.end, cue.source.end), sentenceEnd);
      if (/^[\s\p{L}.,'’]{0,40}[.?!]?["”’]?\s*$/u.test(tail) && /[,”"]\s*$/.test(doc.prose.slice(end, Math.min(cue.start, cue.source.start)))) return true;
    }
    const between = cue.start >= end ? doc.prose.slice(end, cue.start) : doc.prose.slice(cue.end, start);
    return !CLAUSE_BREAK_RE.test(between) && !/,\s*(?:in\s+which|which|who|where)\b/i.test(between);
  });
}

/** Vague attributions: weasel phrases, and unnamed groups speaking ("critics say", "They say" after them). */
export function findVagueAttributions(
  doc: ArticleDocument,
  lexicon: SourcingLexicon,
  cuesBySentence: readonly AttributionCue[][],
  tokensOf: (sentence: number) => SentenceTokens,
): VagueAttribution[] {
  const found: VagueAttribution[] = [];
  for (const sentence of doc.sentences) {
    if (doc.paragraphs[sentence.paragraph]?.isHeading) continue;
    const cues = cuesBySentence[sentence.index];
    for (const cue of cues) {
      const source = cue.source;
      if (!source) continue;
      let vague = source.kind === 'vague';
      if (source.kind === 'pronoun' && /^they$/i.test(source.text)) {
        // "They say" continuing the analysts of the sentence before.
        const previous = cuesBySentence[sentence.index - 1] ?? [];
        vague = previous.some((c) => c.source?.kind === 'vague');
      }
      if (!vague) continue;
      if (source.kind === 'vague') {
        const st = tokensOf(sentence.index);
        const first = st.startingAt(source.start);
        const last = st.endingAt(source.end);
        const head = first >= 0 && last >= 0 ? st.lower(headIndex(st, { first, last })) : '';
        if (head && memberNamedNearby(doc, sentence.index, head)) continue;
      }
      const start = Math.min(source.start, cue.start);
      const end = Math.max(source.end, cue.end);
      found.push({ start, end, text: doc.text.slice(start, end), sentence: sentence.index, kind: 'group' });
    }
    const phrases = sentenceMatches(lexicon.vaguePhrase, doc, sentence);
    for (let p = 0; p < phrases.length; p++) {
      const m = phrases[p];
      const st = tokensOf(sentence.index);
      const end = m.index + m[0].length;
      const at = st.firstStartingFrom(m.index);
      if (at < 0 || st.isBlocked(at)) continue;
      const isReportedly = /^reportedly$/i.test(m[0]);
      if ((isReportedly || HEDGE_RE.test(m[0])) && coveredByCue(doc, cues, m.index, end, sentence.end)) continue;
      // "which is expected to lay off thousands": background in a relative clause, not a claim's source.
      if (HEDGE_RE.test(m[0]) && /\b(?:which|that|who)\s+$/i.test(doc.prose.slice(Math.max(sentence.start, m.index - 8), m.index))) continue;
      found.push({ start: m.index, end, text: doc.text.slice(m.index, end), sentence: sentence.index, kind: isReportedly ? 'reportedly' : 'phrase' });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: VagueAttribution[] = [];
  for (const v of found) {
    const last = merged[merged.length - 1];
    if (last && v.start < last.end) continue;
    merged.push(v);
  }
  return merged;
}
