import type { HouseStyle } from '../../house-style/house-style';
import type { ClaimSignals } from '../../house-style/sections/sourcing';
import { escapeRegExp } from '../scan';
import { setCandidateFinder } from './candidate-matches';
import { entryStartFinder, wordFilter, type LetterRuns, type WordFilter } from './letter-runs';
import { tokenHash } from './tokens';

/** The sourcing lexicons of a house style, compiled once per style object. */
export interface SourcingLexicon {
  /** Global, sticky-free regexes over prose (flags `giu`). */
  verb: RegExp;
  phrase: RegExp;
  anonymityPhrase: RegExp;
  reasonPhrase: RegExp;
  vaguePhrase: RegExp;
  claim: Record<keyof ClaimSignals, RegExp>;
  verbs: ReadonlySet<string>;
  /**
   * Where a token that is a verb can start, when every verb is plain ASCII starting with a letter:
   * then such a token spells the verb's letter runs (see `entryStartFinder`, `verbSentences`).
   */
  verbStarts: ((runs: LetterRuns) => number[]) | undefined;
  /** A filter of the verbs' `tokenHash`es when every verb is plain ASCII (see `tokenize`). */
  verbTokens: WordFilter | undefined;
  anonymousNouns: ReadonlySet<string>;
  vagueNouns: ReadonlySet<string>;
  spokespersonNouns: ReadonlySet<string>;
  /** Institutional heads without a leading "the": "police", "company", "white house". */
  institutions: readonly string[];
}

const cache = new WeakMap<HouseStyle, SourcingLexicon>();

/** A whole-word, case-insensitive alternation; longest entries first so "is said to" beats "said". */
export function phraseRegExp(entries: readonly string[]): RegExp {
  const sorted = [...new Set(entries.map((e) => e.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const body = sorted.map((e) => escapeRegExp(e).replace(/\s+/g, '\\s+').replace(/'/g, "['’]")).join('|');
  // No `d` flag: callers read only `index` and `[0]`, and match indices make every exec allocate
  // and take V8's slower path (a large share of the analysis time on long documents).
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${body || '(?!)'})(?![\\p{L}\\p{N}-])`, 'giu');
  // A match starts a run of ASCII letters (the lookbehind rules out a letter before it) that
  // spells, in any case, the first word of an entry, and the next run its second word, if any
  // (see `entryRuns`). So the whole-prose search needs trying only those runs.
  const starts = entryStartFinder(sorted);
  if (starts) setCandidateFinder(re, (_text, runs) => starts(runs));
  return re;
}

export function sourcingLexicon(style: HouseStyle): SourcingLexicon {
  const cached = cache.get(style);
  if (cached) return cached;
  const s = style.sourcing;
  const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  const lexicon: SourcingLexicon = {
    verb: phraseRegExp(s.attributionVerbs),
    phrase: phraseRegExp(s.attributionPhrases),
    anonymityPhrase: phraseRegExp(s.anonymityPhrases),
    reasonPhrase: phraseRegExp(s.anonymityReasonPhrases),
    vaguePhrase: phraseRegExp(s.vaguePhrases),
    claim: {
      accusation: phraseRegExp(s.claimSignals.accusation),
      causal: phraseRegExp(s.claimSignals.causal),
      prediction: phraseRegExp(s.claimSignals.prediction),
      evaluative: phraseRegExp(s.claimSignals.evaluative),
      superlative: phraseRegExp(s.claimSignals.superlative),
      generalisation: phraseRegExp(s.claimSignals.generalisation),
    },
    verbs: lower(s.attributionVerbs),
    verbStarts: verbStarts([...lower(s.attributionVerbs)]),
    verbTokens: verbTokens([...lower(s.attributionVerbs)]),
    anonymousNouns: lower(s.anonymousSourceNouns),
    vagueNouns: lower(s.vagueSourceNouns),
    spokespersonNouns: lower(s.spokespersonNouns),
    institutions: [...lower(s.institutionalSources)].map((e) => e.replace(/^the\s+/, '')),
  };
  cache.set(style, lexicon);
  return lexicon;
}

// A token's lowercase (String#toLowerCase, ’ as ') is plain ASCII only if the token is ASCII, ’ or
// U+212A, which documents with that character rule out. So the token that equals such a verb
// starts where a letter run starts, and its runs spell the verb's. (A verb of two words, which
// no token equals, only adds candidates.)
function verbStarts(verbs: readonly string[]): ((runs: LetterRuns) => number[]) | undefined {
  return verbs.every((v) => /^[a-z][\x00-\x7f]*$/.test(v)) ? entryStartFinder(verbs) : undefined;
}

// A token whose lowercase equals a plain-ASCII verb has the verb's token hash (see `tokenHash`);
// a verb with any other character leaves the verb test unfiltered.
function verbTokens(verbs: readonly string[]): WordFilter | undefined {
  return verbs.every((v) => /^[\x00-\x7f]*$/.test(v)) ? wordFilter(verbs.map(tokenHash)) : undefined;
}

/**
 * All matches of a global regex inside [start, end) of `text`, with `index` in `text`'s offsets.
 * Runs on a slice: a regex left to run on the whole text would scan past `end` to the next
 * match, which over every sentence of a long document is quadratic.
 */
export function matchesIn(re: RegExp, text: string, start: number, end: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    m.index += start;
    out.push(m);
  }
  return out;
}
