import type { Span } from '../../model/article';
import { ADJECTIVAL_PARTICIPLES, BETWEEN_SUBJECT_AND_VERB, CLAUSE_BOUNDARIES, DETERMINERS, PARENTHETICAL_ADVERBS, PERSON_NOUNS, PRONOUNS, RIGHT_SOURCE_STOPS, STANDALONE_DETERMINERS, WEEKDAYS } from './grammar';
import type { SourcingLexicon } from './lexicon';
import type { SentenceTokens } from './tokens';

/** A source noun phrase found next to a cue, as a token range [first, last] (inclusive). */
export interface TokenRange {
  first: number;
  last: number;
}

const MAX_SOURCE_WORDS = 12;

function isNounPhraseWord(st: SentenceTokens, k: number, lexicon: SourcingLexicon, sentenceFirst = false): boolean {
  const text = st.text(k);
  if (!st.isWord(k)) return text === '&' || text === '-';
  const word = st.lower(k);
  // "Will believes…": a capitalised name that spells a function word, mid-sentence.
  if (CLAUSE_BOUNDARIES.has(word) && !(/^\p{Lu}\p{Ll}/u.test(text) && !sentenceFirst)) return false;
  if (lexicon.verbs.has(word) && !/^\p{Lu}/u.test(text)) return false;
  // A lowercase past participle is usually a verb ("defended the orders"), unless it is a
  // hyphenated adjective ("Singapore-based") or a known adjective ("a recently named chair").
  if (/^\p{Ll}.*ed$/u.test(text) && !text.includes('-') && !ADJECTIVAL_PARTICIPLES.has(word)) return false;
  return true;
}

/** Walks left from `end` (inclusive) over noun-phrase words; returns the first index or end+1 if none. */
function scanNounPhraseLeft(st: SentenceTokens, end: number, lexicon: SourcingLexicon): number {
  let first = end + 1;
  let words = 0;
  for (let i = end; i >= 0 && words < MAX_SOURCE_WORDS; i--) {
    const word = st.lower(i);
    if (st.text(i) === ')') {
      // "Rep. John Mica (R-Fla.)": a short parenthetical belongs to the name before it.
      let open = i - 1;
      while (open >= 0 && open > i - 8 && st.text(open) !== '(' && st.text(open) !== ')') open--;
      if (open < 1 || st.text(open) !== '(' || !st.isWord(open - 1)) break;
      first = open;
      i = open;
      continue;
    }
    if (word === 'and') {
      // "Pilots and aviation experts", "law enforcement and security officials": a short conjunct.
      if (words === 0 || words > 3 || i === 0 || !isNounPhraseWord(st, i - 1, lexicon)) break;
      first = i;
      continue;
    }
    if (!isNounPhraseWord(st, i, lexicon, i === 0)) break;
    first = i;
    if (st.isWord(i)) words++;
  }
  // A phrase cannot start with a conjunction.
  while (first <= end && st.lower(first) === 'and') first++;
  return first;
}

/** Token `k` exists and is one of the punctuation `marks`. */
function isPunct(st: SentenceTokens, k: number, marks: string): boolean {
  return k >= 0 && k < st.length && !st.isWord(k) && marks.includes(st.text(k));
}

/**
 * The subject of an attribution verb, walking left: "Jane Doe, a State Department official, said",
 * "A China trade official who declined to be identified said", "the source further claimed".
 * Tokens inside quoted words (`isBlocked`) never belong to a source.
 */
export function sourceLeftOf(st: SentenceTokens, verb: number, lexicon: SourcingLexicon): TokenRange | undefined {
  let i = verb - 1;
  // Lowercase only: "Will believes…" is a columnist, not an auxiliary.
  while (i >= 0 && st.isWord(i) && /^\p{Ll}/u.test(st.text(i)) && BETWEEN_SUBJECT_AND_VERB.has(st.lower(i))) i--;
  // "And both vowed…": the skipped word was the subject after all.
  if (i + 1 < verb && STANDALONE_DETERMINERS.has(st.lower(i + 1)) && (i < 0 || !st.isWord(i) || /^(?:and|but)$/i.test(st.text(i)))) {
    return { first: i + 1, last: i + 1 };
  }
  if (i < 0) return undefined;
  if (isPunct(st, i, ',')) {
    // ", meanwhile," / ", Carlineo's attorney," / ", who spoke on condition of anonymity,":
    // try each earlier comma until the phrase before it can be a speaker
    // ("WeChat, a social media, messaging and digital payments app, boasts").
    // Names first: in a list inside the appositive, a named speaker further left wins.
    for (let pass = 0; pass < 2; pass++) {
      const namesOnly = pass === 0;
      for (let j = i - 1; j >= 0 && j > i - 18; j--) {
        if (st.isBlocked(j) || isPunct(st, j, ';:“”"()—')) break;
        if (!isPunct(st, j, ',')) continue;
        // The words between the two commas.
        if (!st.anyWordIn(j + 1, i)) break;
        if (allParenthetical(st, j + 1, i)) return sourceLeftOf(st, j, lexicon);
        const first = scanNounPhraseLeft(st, j - 1, lexicon);
        if (first > j - 1 || st.isBlocked(first)) continue;
        if (!canSpeak(st, first, j, lexicon, namesOnly)) continue;
        // ", citing an anonymous source," is a participle clause, not a description of the speaker.
        let lead = j + 1;
        while (lead < i && !st.isWord(lead)) lead++;
        if (lead < i && (lexicon.verbs.has(st.lower(lead)) || /ing$/.test(st.text(lead)))) return { first, last: j - 1 };
        return { first, last: i - 1 };
      }
    }
    return undefined;
  }
  if (st.isBlocked(i) || (!st.isWord(i) && st.text(i) !== ')')) return undefined;
  // "A China trade official who declined to be identified said": a relative clause in between.
  for (let w = i; w >= 0 && w > i - 10; w--) {
    if (!st.isWord(w) || st.isBlocked(w)) break;
    if (st.lower(w) === 'who' && w > 0) {
      const first = scanNounPhraseLeft(st, w - 1, lexicon);
      if (first <= w - 1) return { first, last: i };
      break;
    }
  }
  if (st.lower(i) === 'and') return subjectOfSentence(st, i, lexicon);
  const first = scanNounPhraseLeft(st, i, lexicon);
  if (first > i) return undefined;
  for (let k = first; k <= i; k++) if (st.isBlocked(k)) return undefined;
  return { first, last: i };
}

/** Every token of [from, to) is a word that can stand between two commas ("Clark, meanwhile, told"). */
function allParenthetical(st: SentenceTokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!st.isWord(k) || !PARENTHETICAL_ADVERBS.has(st.lower(k))) return false;
  return true;
}

/** The tokens [from, to) can be a speaker: a name, a pronoun, or a source noun ("a senior official"). */
function canSpeak(st: SentenceTokens, from: number, to: number, lexicon: SourcingLexicon, namesOnly: boolean): boolean {
  for (let k = from; k < to; k++) {
    if (!st.isWord(k)) continue;
    const w = st.lower(k);
    if (/^\p{Lu}/u.test(st.text(k)) && !DETERMINERS.has(w)) return true;
    if (namesOnly) continue;
    if ((k === to - 1 && (PRONOUNS.has(w) || PERSON_NOUNS.has(w) || lexicon.anonymousNouns.has(w) || lexicon.vagueNouns.has(w) || lexicon.spokespersonNouns.has(w))) ||
      lexicon.institutions.includes(w)) return true;
  }
  return false;
}

/** "A U.S. trade official defended the orders and said…": the verb shares the sentence's subject. */
function subjectOfSentence(st: SentenceTokens, before: number, lexicon: SourcingLexicon): TokenRange | undefined {
  let first = 0;
  while (first < before && !st.isWord(first)) first++;
  let last = first - 1;
  for (let k = first; k < before && isNounPhraseWord(st, k, lexicon) && st.lower(k) !== 'and'; k++) last = k;
  // The subject must be followed by its own verb ("… official defended the orders and said").
  const next = last + 1;
  const verbFollows = next < st.length && st.isWord(next) && /^\p{Ll}/u.test(st.text(next)) && (/ed$/.test(st.text(next)) || lexicon.verbs.has(st.lower(next)));
  return last >= first && verbFollows ? { first, last } : undefined;
}

/** The source after an inverted verb: `"…," said Jane Doe, a spokeswoman.` / `, officials said.` */
export function sourceRightOf(st: SentenceTokens, verb: number, lexicon: SourcingLexicon): TokenRange | undefined {
  const n = st.length;
  let k = verb + 1;
  while (k < n && st.isWord(k) && WEEKDAYS.has(st.lower(k))) k++;
  const first = k;
  let words = 0;
  for (; k < n && words < MAX_SOURCE_WORDS; k++) {
    const text = st.text(k);
    if (text === '(' && words > 0) {
      let close = k + 1;
      while (close < n && close < k + 8 && st.text(close) !== ')' && st.text(close) !== '(') close++;
      if (close >= n || st.text(close) !== ')') break;
      k = close;
      continue;
    }
    if (!st.isWord(k) && text !== '&' && text !== '-') break;
    if (st.isBlocked(k)) break;
    const word = st.lower(k);
    if (words > 0 && RIGHT_SOURCE_STOPS.has(word)) break;
    if (word === 'in' && k + 1 < n && /^(?:a|an)$/i.test(st.text(k + 1))) break;
    if (words === 0 && (CLAUSE_BOUNDARIES.has(word) || word === 'that')) return undefined;
    if (lexicon.verbs.has(word) && words > 0) break;
    words++;
  }
  let last = k - 1;
  if (last < first) return undefined;
  // "said GreatFire.org, a China-based freedom of speech advocacy group." — an appositive to the end.
  if (isPunct(st, k, ',')) {
    let e = k + 1;
    let clause = false;
    while (e < n && (st.isWord(e) || st.text(e) === '-' || st.text(e) === '&') && !st.isBlocked(e)) {
      // An appositive describes; a clause ("…, but currents could…", "…, reported that…") does not.
      const w = st.lower(e);
      if ((CLAUSE_BOUNDARIES.has(w) && !/^\p{Lu}/u.test(st.text(e))) || w === 'but' || w === 'and' || lexicon.verbs.has(w)) clause = true;
      e++;
    }
    if (!clause && e > k + 1 && e - k <= 14 && (e === n || isPunct(st, e, '.'))) last = e - 1;
  }
  return { first, last };
}

export function rangeSpan(st: SentenceTokens, range: TokenRange): Span {
  return { start: st.start(range.first), end: st.end(range.last) };
}
