import type { Span } from '../../model/article';
import { ADJECTIVAL_PARTICIPLES, BETWEEN_SUBJECT_AND_VERB, CLAUSE_BOUNDARIES, DETERMINERS, PARENTHETICAL_ADVERBS, PERSON_NOUNS, PRONOUNS, RIGHT_SOURCE_STOPS, STANDALONE_DETERMINERS, WEEKDAYS } from './grammar';
import type { SourcingLexicon } from './lexicon';
import { lowerWord, type Token } from './tokens';

/** A source noun phrase found next to a cue, as a token range [first, last] (inclusive). */
export interface TokenRange {
  first: number;
  last: number;
}

const MAX_SOURCE_WORDS = 12;

function isNounPhraseWord(token: Token, lexicon: SourcingLexicon, sentenceFirst = false): boolean {
  if (!token.word) return token.text === '&' || token.text === '-';
  const word = lowerWord(token);
  // "Will believes…": a capitalised name that spells a function word, mid-sentence.
  if (CLAUSE_BOUNDARIES.has(word) && !(/^\p{Lu}\p{Ll}/u.test(token.text) && !sentenceFirst)) return false;
  if (lexicon.verbs.has(word) && !/^\p{Lu}/u.test(token.text)) return false;
  // A lowercase past participle is usually a verb ("defended the orders"), unless it is a
  // hyphenated adjective ("Singapore-based") or a known adjective ("a recently named chair").
  if (/^\p{Ll}.*ed$/u.test(token.text) && !token.text.includes('-') && !ADJECTIVAL_PARTICIPLES.has(word)) return false;
  return true;
}

/** Walks left from `end` (inclusive) over noun-phrase words; returns the first index or end+1 if none. */
function scanNounPhraseLeft(tokens: Token[], end: number, lexicon: SourcingLexicon): number {
  let first = end + 1;
  let words = 0;
  for (let i = end; i >= 0 && words < MAX_SOURCE_WORDS; i--) {
    const token = tokens[i];
    const word = lowerWord(token);
    if (token.text === ')') {
      // "Rep. John Mica (R-Fla.)": a short parenthetical belongs to the name before it.
      let open = i - 1;
      while (open >= 0 && open > i - 8 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
      if (open < 1 || tokens[open].text !== '(' || !tokens[open - 1].word) break;
      first = open;
      i = open;
      continue;
    }
    if (word === 'and') {
      // "Pilots and aviation experts", "law enforcement and security officials": a short conjunct.
      if (words === 0 || words > 3 || i === 0 || !isNounPhraseWord(tokens[i - 1], lexicon)) break;
      first = i;
      continue;
    }
    if (!isNounPhraseWord(token, lexicon, i === 0)) break;
    first = i;
    if (token.word) words++;
  }
  // A phrase cannot start with a conjunction.
  while (first <= end && lowerWord(tokens[first]) === 'and') first++;
  return first;
}

function isPunct(token: Token | undefined, marks: string): boolean {
  return token !== undefined && !token.word && marks.includes(token.text);
}

/**
 * The subject of an attribution verb, walking left: "Jane Doe, a State Department official, said",
 * "A China trade official who declined to be identified said", "the source further claimed".
 * `blocked` marks tokens inside quoted words, which never belong to a source.
 */
export function sourceLeftOf(tokens: Token[], verb: number, lexicon: SourcingLexicon, blocked: (t: Token) => boolean): TokenRange | undefined {
  let i = verb - 1;
  // Lowercase only: "Will believes…" is a columnist, not an auxiliary.
  while (i >= 0 && tokens[i].word && /^\p{Ll}/u.test(tokens[i].text) && BETWEEN_SUBJECT_AND_VERB.has(lowerWord(tokens[i]))) i--;
  // "And both vowed…": the skipped word was the subject after all.
  const skipped = tokens[i + 1];
  if (i + 1 < verb && skipped && STANDALONE_DETERMINERS.has(lowerWord(skipped)) && (i < 0 || !tokens[i].word || /^(?:and|but)$/i.test(tokens[i].text))) {
    return { first: i + 1, last: i + 1 };
  }
  if (i < 0) return undefined;
  if (isPunct(tokens[i], ',')) {
    // ", meanwhile," / ", Carlineo's attorney," / ", who spoke on condition of anonymity,":
    // try each earlier comma until the phrase before it can be a speaker
    // ("WeChat, a social media, messaging and digital payments app, boasts").
    // Names first: in a list inside the appositive, a named speaker further left wins.
    for (const namesOnly of [true, false]) {
      for (let j = i - 1; j >= 0 && j > i - 18; j--) {
        if (blocked(tokens[j]) || isPunct(tokens[j], ';:“”"()—')) break;
        if (!isPunct(tokens[j], ',')) continue;
        const inner = tokens.slice(j + 1, i);
        if (!inner.some((t) => t.word)) break;
        if (inner.every((t) => t.word && PARENTHETICAL_ADVERBS.has(lowerWord(t)))) return sourceLeftOf(tokens, j, lexicon, blocked);
        const first = scanNounPhraseLeft(tokens, j - 1, lexicon);
        if (first > j - 1 || blocked(tokens[first])) continue;
        if (!canSpeak(tokens.slice(first, j), lexicon, namesOnly)) continue;
        // ", citing an anonymous source," is a participle clause, not a description of the speaker.
        const lead = inner.find((t) => t.word);
        if (lead && (lexicon.verbs.has(lowerWord(lead)) || /ing$/.test(lead.text))) return { first, last: j - 1 };
        return { first, last: i - 1 };
      }
    }
    return undefined;
  }
  if (blocked(tokens[i]) || (!tokens[i].word && tokens[i].text !== ')')) return undefined;
  // "A China trade official who declined to be identified said": a relative clause in between.
  for (let w = i; w >= 0 && w > i - 10; w--) {
    if (!tokens[w].word || blocked(tokens[w])) break;
    if (lowerWord(tokens[w]) === 'who' && w > 0) {
      const first = scanNounPhraseLeft(tokens, w - 1, lexicon);
      if (first <= w - 1) return { first, last: i };
      break;
    }
  }
  if (lowerWord(tokens[i]) === 'and') return subjectOfSentence(tokens, i, lexicon);
  const first = scanNounPhraseLeft(tokens, i, lexicon);
  if (first > i) return undefined;
  for (let k = first; k <= i; k++) if (blocked(tokens[k])) return undefined;
  return { first, last: i };
}

/** A phrase that can be a speaker: a name, a pronoun, or a source noun ("a senior official"). */
function canSpeak(words: Token[], lexicon: SourcingLexicon, namesOnly: boolean): boolean {
  return words.some((t, k) => {
    const w = lowerWord(t);
    if (!t.word) return false;
    if (/^\p{Lu}/u.test(t.text) && !DETERMINERS.has(w)) return true;
    if (namesOnly) return false;
    return (k === words.length - 1 && (PRONOUNS.has(w) || PERSON_NOUNS.has(w) || lexicon.anonymousNouns.has(w) || lexicon.vagueNouns.has(w) || lexicon.spokespersonNouns.has(w))) ||
      lexicon.institutions.includes(w);
  });
}

/** "A U.S. trade official defended the orders and said…": the verb shares the sentence's subject. */
function subjectOfSentence(tokens: Token[], before: number, lexicon: SourcingLexicon): TokenRange | undefined {
  let first = 0;
  while (first < before && !tokens[first].word) first++;
  let last = first - 1;
  for (let k = first; k < before && isNounPhraseWord(tokens[k], lexicon) && lowerWord(tokens[k]) !== 'and'; k++) last = k;
  // The subject must be followed by its own verb ("… official defended the orders and said").
  const next = tokens[last + 1];
  const verbFollows = next !== undefined && next.word && /^\p{Ll}/u.test(next.text) && (/ed$/.test(next.text) || lexicon.verbs.has(lowerWord(next)));
  return last >= first && verbFollows ? { first, last } : undefined;
}

/** The source after an inverted verb: `"…," said Jane Doe, a spokeswoman.` / `, officials said.` */
export function sourceRightOf(tokens: Token[], verb: number, lexicon: SourcingLexicon, blocked: (t: Token) => boolean): TokenRange | undefined {
  let k = verb + 1;
  while (k < tokens.length && tokens[k].word && WEEKDAYS.has(lowerWord(tokens[k]))) k++;
  const first = k;
  let words = 0;
  for (; k < tokens.length && words < MAX_SOURCE_WORDS; k++) {
    const token = tokens[k];
    if (token.text === '(' && words > 0) {
      let close = k + 1;
      while (close < tokens.length && close < k + 8 && tokens[close].text !== ')' && tokens[close].text !== '(') close++;
      if (tokens[close]?.text !== ')') break;
      k = close;
      continue;
    }
    if (!token.word && token.text !== '&' && token.text !== '-') break;
    if (blocked(token)) break;
    const word = lowerWord(token);
    if (words > 0 && RIGHT_SOURCE_STOPS.has(word)) break;
    if (word === 'in' && /^(?:a|an)$/i.test(tokens[k + 1]?.text ?? '')) break;
    if (words === 0 && (CLAUSE_BOUNDARIES.has(word) || word === 'that')) return undefined;
    if (lexicon.verbs.has(word) && words > 0) break;
    words++;
  }
  let last = k - 1;
  if (last < first) return undefined;
  // "said GreatFire.org, a China-based freedom of speech advocacy group." — an appositive to the end.
  if (isPunct(tokens[k], ',')) {
    let e = k + 1;
    let clause = false;
    while (e < tokens.length && (tokens[e].word || tokens[e].text === '-' || tokens[e].text === '&') && !blocked(tokens[e])) {
      // An appositive describes; a clause ("…, but currents could…", "…, reported that…") does not.
      const w = lowerWord(tokens[e]);
      if ((CLAUSE_BOUNDARIES.has(w) && !/^\p{Lu}/u.test(tokens[e].text)) || w === 'but' || w === 'and' || lexicon.verbs.has(w)) clause = true;
      e++;
    }
    if (!clause && e > k + 1 && e - k <= 14 && (e === tokens.length || isPunct(tokens[e], '.'))) last = e - 1;
  }
  return { first, last };
}

export function rangeSpan(tokens: Token[], range: TokenRange): Span {
  return { start: tokens[range.first].start, end: tokens[range.last].end };
}
