import { DETERMINERS, HEAD_CUTS, PRONOUNS, STANDALONE_DETERMINERS } from './grammar';
import { matchesIn, type SourcingLexicon } from './lexicon';
import type { TokenRange } from './source-span';
import type { SentenceTokens } from './tokens';
import type { SourceKind, SourceSpan } from './types';

/** The head noun of a source phrase: the last word before "of/at/who/," ("officials at the ministry"). */
export function headIndex(st: SentenceTokens, range: TokenRange): number {
  let head = range.first;
  for (let k = range.first; k <= range.last; k++) {
    if (!st.isWord(k)) {
      if (st.text(k) === ',') break;
      continue;
    }
    if (k > range.first && HEAD_CUTS.has(st.lower(k))) break;
    head = k;
  }
  return head;
}

function isKnownCommonWord(word: string, lexicon: SourcingLexicon): boolean {
  return DETERMINERS.has(word) || PRONOUNS.has(word) || lexicon.vagueNouns.has(word) || lexicon.anonymousNouns.has(word) ||
    lexicon.spokespersonNouns.has(word) || lexicon.institutions.includes(word);
}

/**
 * A capitalised word that is a name, not just the first word of the sentence: "Heyward said" yes,
 * "Officials said" / "The company said" no.
 */
function isProperWord(st: SentenceTokens, k: number, sentenceFirst: number, lexicon: SourcingLexicon): boolean {
  if (!st.isCapitalized(k)) return false;
  const word = st.lower(k);
  if (k !== sentenceFirst) return !DETERMINERS.has(word) && !PRONOUNS.has(word);
  return !isKnownCommonWord(word, lexicon);
}

function institutionMatch(st: SentenceTokens, range: TokenRange, head: number, lexicon: SourcingLexicon): boolean {
  // The words joined by spaces end with an institution only if the last word ends it: most heads
  // end none, and need no joined string.
  let last = head;
  while (last >= range.first && !st.isWord(last)) last--;
  if (last >= range.first && !institutionLastWords(lexicon).has(st.lower(last))) return false;
  const lowers: string[] = [];
  for (let k = range.first; k <= head; k++) if (st.isWord(k)) lowers.push(st.lower(k));
  const words = lowers.join(' ');
  return lexicon.institutions.some((inst) => words === inst || words.endsWith(` ${inst}`));
}

const lastWordsOfLexicon = new WeakMap<SourcingLexicon, Set<string>>();

/** What follows the last space of each institution (all of it when it has none). */
function institutionLastWords(lexicon: SourcingLexicon): Set<string> {
  let words = lastWordsOfLexicon.get(lexicon);
  if (!words) lastWordsOfLexicon.set(lexicon, (words = new Set(lexicon.institutions.map((inst) => inst.slice(inst.lastIndexOf(' ') + 1)))));
  return words;
}

/** A source span; `name` only when given (the key order of the object is part of the output). */
function sourceSpan(start: number, end: number, text: string, kind: SourceKind, name?: SourceSpan['name']): SourceSpan {
  return name ? { start, end, text, kind, name } : { start, end, text, kind };
}

/** Classifies the source phrase `range`; `sentenceFirst` is the index of the sentence's first word. */
export function classifySource(text: string, st: SentenceTokens, range: TokenRange, sentenceFirst: number, lexicon: SourcingLexicon): SourceSpan {
  const start = st.start(range.first);
  const end = st.end(range.last);
  const spanText = text.slice(start, end);
  const kind = (k: SourceKind) => sourceSpan(start, end, spanText, k);
  const head = headIndex(st, range);
  const headWord = st.lower(head);
  let wordsInRange = 0;
  for (let k = range.first; k <= range.last && k < st.length; k++) if (st.isWord(k)) wordsInRange++;
  if (wordsInRange === 1 && (PRONOUNS.has(headWord) || STANDALONE_DETERMINERS.has(headWord))) return kind('pronoun');
  // "two people familiar with the matter": described as unnamed on purpose.
  if (matchesIn(lexicon.anonymityPhrase, text, start, end).length > 0) return kind('anonymous');
  for (let k = range.first; k <= head; k++) if (lexicon.spokespersonNouns.has(st.lower(k))) return kind('institutional');
  const headIsName = isProperWord(st, head, sentenceFirst, lexicon);
  if (!headIsName) {
    if (lexicon.anonymousNouns.has(headWord)) return kind('anonymous');
    if (lexicon.vagueNouns.has(headWord)) return kind('vague');
    if (institutionMatch(st, range, head, lexicon)) return kind('institutional');
  }
  // The proper name: the run of capitalised words ending at the head, or the first such run.
  let nameEnd = -1;
  if (headIsName) nameEnd = head;
  else {
    for (let k = range.first; k <= range.last; k++) {
      if (st.isWord(k) && isProperWord(st, k, sentenceFirst, lexicon)) {
        nameEnd = k;
        while (nameEnd + 1 <= range.last && st.isCapitalized(nameEnd + 1)) nameEnd++;
        break;
      }
    }
  }
  if (nameEnd < 0) return kind('unknown');
  let nameStart = nameEnd;
  while (nameStart - 1 >= range.first && isProperWord(st, nameStart - 1, sentenceFirst, lexicon)) nameStart--;
  const nameFrom = st.start(nameStart);
  const nameTo = st.end(nameEnd);
  return sourceSpan(start, end, spanText, 'named', { start: nameFrom, end: nameTo, text: text.slice(nameFrom, nameTo) });
}
