import { DETERMINERS, HEAD_CUTS, PRONOUNS, STANDALONE_DETERMINERS } from './grammar';
import { matchesIn, type SourcingLexicon } from './lexicon';
import type { TokenRange } from './source-span';
import { isCapitalized, lowerWord, type Token } from './tokens';
import type { SourceKind, SourceSpan } from './types';

/** The head noun of a source phrase: the last word before "of/at/who/," ("officials at the ministry"). */
export function headIndex(tokens: Token[], range: TokenRange): number {
  let head = range.first;
  for (let k = range.first; k <= range.last; k++) {
    const token = tokens[k];
    if (!token.word) {
      if (token.text === ',') break;
      continue;
    }
    if (k > range.first && HEAD_CUTS.has(lowerWord(token))) break;
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
function isProperWord(tokens: Token[], k: number, sentenceFirst: number, lexicon: SourcingLexicon): boolean {
  const token = tokens[k];
  if (!isCapitalized(token)) return false;
  const word = lowerWord(token);
  if (k !== sentenceFirst) return !DETERMINERS.has(word) && !PRONOUNS.has(word);
  return !isKnownCommonWord(word, lexicon);
}

function institutionMatch(tokens: Token[], range: TokenRange, head: number, lexicon: SourcingLexicon): boolean {
  const words = tokens.slice(range.first, head + 1).filter((t) => t.word).map(lowerWord).join(' ');
  return lexicon.institutions.some((inst) => words === inst || words.endsWith(` ${inst}`));
}

/** Classifies the source phrase `range`; `sentenceFirst` is the index of the sentence's first token. */
export function classifySource(text: string, tokens: Token[], range: TokenRange, sentenceFirst: number, lexicon: SourcingLexicon): SourceSpan {
  const start = tokens[range.first].start;
  const end = tokens[range.last].end;
  const span = { start, end, text: text.slice(start, end) };
  const kind = (k: SourceKind, extra: Partial<SourceSpan> = {}): SourceSpan => ({ ...span, kind: k, ...extra });
  const head = headIndex(tokens, range);
  const headWord = lowerWord(tokens[head]);
  const wordsInRange = tokens.slice(range.first, range.last + 1).filter((t) => t.word);
  if (wordsInRange.length === 1 && (PRONOUNS.has(headWord) || STANDALONE_DETERMINERS.has(headWord))) return kind('pronoun');
  // "two people familiar with the matter": described as unnamed on purpose.
  if (matchesIn(lexicon.anonymityPhrase, text, start, end).length > 0) return kind('anonymous');
  const inHead = tokens.slice(range.first, head + 1).map(lowerWord);
  if (inHead.some((w) => lexicon.spokespersonNouns.has(w))) return kind('institutional');
  const headIsName = isProperWord(tokens, head, sentenceFirst, lexicon);
  if (!headIsName) {
    if (lexicon.anonymousNouns.has(headWord)) return kind('anonymous');
    if (lexicon.vagueNouns.has(headWord)) return kind('vague');
    if (institutionMatch(tokens, range, head, lexicon)) return kind('institutional');
  }
  // The proper name: the run of capitalised words ending at the head, or the first such run.
  let nameEnd = -1;
  if (headIsName) nameEnd = head;
  else {
    for (let k = range.first; k <= range.last; k++) {
      if (tokens[k].word && isProperWord(tokens, k, sentenceFirst, lexicon)) {
        nameEnd = k;
        while (nameEnd + 1 <= range.last && isCapitalized(tokens[nameEnd + 1])) nameEnd++;
        break;
      }
    }
  }
  if (nameEnd < 0) return kind('unknown');
  let nameStart = nameEnd;
  while (nameStart - 1 >= range.first && isProperWord(tokens, nameStart - 1, sentenceFirst, lexicon)) nameStart--;
  const name = { start: tokens[nameStart].start, end: tokens[nameEnd].end, text: text.slice(tokens[nameStart].start, tokens[nameEnd].end) };
  return kind('named', { name });
}
