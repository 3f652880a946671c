import type { ArticleDocument } from '../../model/article';
import { paragraphOf } from '../../model/queries';
import { escapeRegExp } from '../scan';
import type { SentenceTokens } from './cues';
import { BARE_SOURCE, DETERMINERS, PERSON_NOUNS } from './grammar';
import { matchesIn, type SourcingLexicon } from './lexicon';
import { sentenceMatches } from './sentence-matches';
import { wordThenName } from './word-then-name';
import { headIndex } from './source-kind';
import type { AnonymousSource, AttributionCue } from './types';

interface Candidate {
  start: number;
  end: number;
  sentence: number;
  stated: number | undefined;
  /** Just after the description, where a reason clause goes. */
  insertAt: number;
  definite: boolean;
}

const namedPatterns = new Map<string, [RegExp, RegExp]>();
// Both patterns need the noun spelled out in the window, the appositive one after ", a ", ", an "
// or ", the ": cheap literal searches rule most windows out before the name pattern (a `u` class
// tried at every position) runs.
const APPOSITIVE_ARTICLE = /,\s+(?:an?|the)\s/;
// `\s+${name}` of the second pattern below, for `wordThenName`.
const SPACE_AND_NAME = /\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}/uy;

/**
 * True when the unnamed noun refers back to someone the story has named nearby:
 * "the official" after "Jane Doe, a State Department official" (same or previous paragraph).
 */
function namedNearby(doc: ArticleDocument, start: number, noun: string): boolean {
  const singular = noun.replace(/s$/i, '');
  const paragraph = paragraphOf(doc, start);
  if (!paragraph) return false;
  const previous = doc.paragraphs[paragraph.index - 1];
  const window = doc.prose.slice(previous ? previous.start : paragraph.start, start);
  let patterns = namedPatterns.get(singular);
  if (!patterns) {
    const name = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
    const word = escapeRegExp(singular);
    patterns = [new RegExp(`${name},\\s+(?:a|an|the)\\s+[^,.;]{0,60}?\\b${word}s?\\b`, 'u'), new RegExp(`\\b${word}\\s+${name}`, 'u')];
    namedPatterns.set(singular, patterns);
  }
  if (!window.includes(singular)) return false;
  const appositive = APPOSITIVE_ARTICLE.exec(window);
  if (appositive !== null && window.includes(singular, appositive.index) && patterns[0].test(window)) return true;
  return wordThenName(window, singular[0], singular.slice(1), SPACE_AND_NAME) ?? patterns[1].test(window);
}

/** Anonymous sources: unnamed sources of cues, and people the story marks as unnamed on purpose. */
export function findAnonymousSources(
  doc: ArticleDocument,
  lexicon: SourcingLexicon,
  cues: readonly AttributionCue[],
  tokensOf: (sentence: number) => SentenceTokens,
): AnonymousSource[] {
  const candidates: Candidate[] = [];
  for (const cue of cues) {
    const source = cue.source;
    if (!source || source.kind !== 'anonymous') continue;
    const st = tokensOf(cue.sentence);
    const first = st.startingAt(source.start);
    const last = st.endingAt(source.end);
    if (first < 0 || last < 0) continue;
    const head = st.lower(headIndex(st, { first, last }));
    const lead = st.lower(first);
    const definite = lead === 'the' || lead === 'this' || lead === 'that';
    const hasDeterminer = DETERMINERS.has(lead);
    if ((definite || !hasDeterminer) && namedNearby(doc, source.start, head)) continue;
    // Bare plurals ("officials said") take the verb with them, as the brief's examples do.
    const adjacentVerb = !hasDeterminer && cue.start >= source.end && cue.start - source.end <= 16;
    const described = matchesIn(lexicon.anonymityPhrase, doc.prose, source.start, source.end).length > 0;
    candidates.push({ start: source.start, end: adjacentVerb ? cue.end : source.end, sentence: cue.sentence, stated: described ? source.end : undefined, insertAt: source.end, definite });
  }
  for (const sentence of doc.sentences) {
    if (doc.paragraphs[sentence.paragraph]?.isHeading) continue;
    const phrases = sentenceMatches(lexicon.anonymityPhrase, doc, sentence);
    for (let p = 0; p < phrases.length; p++) {
      const m = phrases[p];
      const st = tokensOf(sentence.index);
      const at = st.firstStartingFrom(m.index);
      if (at < 0 || st.isBlocked(at)) continue;
      const phraseEnd = m.index + m[0].length;
      if (/^anonymous$/i.test(m[0])) {
        // "an anonymous government source": the adjective, then the person noun within a few words.
        let noun = -1;
        for (let k = at + 1; k < st.length && k <= at + 4 && st.isWord(k); k++) {
          if (PERSON_NOUNS.has(st.lower(k))) noun = k;
        }
        if (noun < 0) continue;
        const start = at > 0 && DETERMINERS.has(st.lower(at - 1)) ? st.start(at - 1) : m.index;
        candidates.push({ start, end: st.end(noun), sentence: sentence.index, stated: st.end(noun), insertAt: st.end(noun), definite: false });
        continue;
      }
      // The person described: the noun phrase just before the phrase ("two people familiar with…",
      // "a member of GreatFire.org, who uses a pseudonym").
      let k = at - 1;
      if (k >= 0 && !st.isWord(k) && st.text(k) === ',') k--;
      let head = -1;
      for (let j = k; j >= 0 && j > k - 8 && (st.isWord(j) || st.text(j) === '-'); j--) {
        if (PERSON_NOUNS.has(st.lower(j))) {
          head = j;
          break;
        }
      }
      if (head < 0) continue;
      let first = head;
      while (first - 1 >= 0 && st.isWord(first - 1) && first > head - 6 && !/^(?:said|says|told|to|that|and|,)$/i.test(st.text(first - 1))) {
        first--;
        if (DETERMINERS.has(st.lower(first)) && !/^(?:senior|former|top)$/i.test(st.text(first))) break;
      }
      // Extend over the phrase's object ("…familiar with the matter"), up to punctuation or a verb.
      let end = phraseEnd;
      for (let j = st.firstStartingFrom(phraseEnd), n = 0; j >= 0 && j < st.length && st.isWord(j) && n < 6; j++, n++) {
        if (lexicon.verbs.has(st.lower(j))) break;
        end = st.end(j);
      }
      const stated = /identified|named|anonymity|anonymously|pseudonym/i.test(m[0]);
      candidates.push({ start: st.start(first), end, sentence: sentence.index, stated: stated ? end : undefined, insertAt: end, definite: false });
    }
  }
  const explained: number[] = [];
  return merge(candidates).map((c) => {
    const text = doc.text.slice(c.start, c.end);
    // "the source", "the insider": a later reference; the reason belongs with the first one.
    const repeat = c.definite;
    // A later reference ("the source") is explained if the story explained an earlier one.
    let reasonGiven = reasonNear(doc, lexicon, c);
    if (reasonGiven) explained.push(c.start);
    else if (c.definite && explained.length > 0) reasonGiven = true;
    return {
      start: c.start,
      end: c.end,
      text,
      sentence: c.sentence,
      bare: BARE_SOURCE.test(text.trim()),
      repeat,
      reasonGiven,
      reasonInsertAt: c.stated ?? c.insertAt,
      anonymityStated: c.stated !== undefined,
    };
  });
}

function merge(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.stated = last.stated ?? c.stated;
      last.insertAt = Math.max(last.insertAt, c.insertAt);
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

/** A reason for anonymity after the source, in its sentence or the next one (AP). */
function reasonNear(doc: ArticleDocument, lexicon: SourcingLexicon, c: Candidate): boolean {
  const next = doc.sentences[c.sentence + 1];
  const sameParagraph = next && next.paragraph === doc.sentences[c.sentence].paragraph;
  const end = sameParagraph ? next.end : doc.sentences[c.sentence].end;
  return matchesIn(lexicon.reasonPhrase, doc.prose, c.start, end).length > 0;
}
