import type { ArticleDocument, Sentence } from '../../model/article';
import { firstEndingAfter } from '../../model/queries';
import { candidateMatches } from './candidate-matches';
import { matchesIn } from './lexicon';

// Every match of each regex over a document's whole prose, found once per document.
const documentMatches = new WeakMap<ArticleDocument, Map<RegExp, RegExpExecArray[]>>();

/** Exactly `matchesIn(re, doc.prose, 0, doc.prose.length)`, memoised per document. */
export function allMatches(re: RegExp, doc: ArticleDocument): RegExpExecArray[] {
  let byRegExp = documentMatches.get(doc);
  if (!byRegExp) documentMatches.set(doc, (byRegExp = new Map()));
  let list = byRegExp.get(re);
  if (!list) {
    list = candidateMatches(re, doc);
    if (!list) {
      const unguarded = withoutLeadingGuard(re);
      list = unguarded ? guardedMatches(unguarded, doc.prose) : matchesIn(re, doc.prose, 0, doc.prose.length);
    }
    byRegExp.set(re, list);
  }
  return list;
}

// The leading lookbehind of every `phraseRegExp`. A pattern that starts with a lookbehind gets no
// first-character prefilter in V8 and is tried at every position, about twice as slow over a long
// text; so the whole-prose run uses the pattern without it and checks the lookbehind by hand.
const LEADING_GUARD = "(?<![\\p{L}\\p{N}'’-])";
const GUARD_CHAR_AT_END = /[\p{L}\p{N}'’-]$/iu;
const unguardedForms = new WeakMap<RegExp, RegExp | null>();

function withoutLeadingGuard(re: RegExp): RegExp | null {
  let unguarded = unguardedForms.get(re);
  if (unguarded === undefined) {
    // Only the exact shape and flags of phraseRegExp, so the hand check below means the same.
    unguarded = re.flags === 'giu' && re.source.startsWith(LEADING_GUARD) ? new RegExp(re.source.slice(LEADING_GUARD.length), re.flags) : null;
    unguardedForms.set(re, unguarded);
  }
  return unguarded;
}

/** Would `(?<![\p{L}\p{N}'’-])` (flags `iu`) fail at `at`? */
function guardBlocks(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  // ASCII fast path: no ASCII character case-folds into or out of the class.
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2d;
  // Two code units hold the whole code point before `at`, as the lookbehind reads it in `u` mode.
  return GUARD_CHAR_AT_END.test(text.slice(Math.max(0, at - 2), at));
}

/**
 * The matches the guarded pattern finds over `text`: where the unguarded pattern matches at a
 * position the guard blocks, the guarded one fails at that position (the guard tests the position
 * only), so the search resumes one code point later, as the regex engine itself would.
 */
function guardedMatches(unguarded: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  unguarded.lastIndex = 0;
  for (let m = unguarded.exec(text); m; m = unguarded.exec(text)) {
    if (guardBlocks(text, m.index)) {
      const c = text.charCodeAt(m.index);
      const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
      unguarded.lastIndex = m.index + (pair ? 2 : 1);
      continue;
    }
    if (m[0].length === 0) {
      unguarded.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

// Most sentences match no given lexicon: they share one empty (frozen) list.
const NO_MATCHES = Object.freeze([]) as unknown as RegExpExecArray[];

// White space (`\s`, with the no-break and typographic spaces copy uses around sentences): outside
// every lexicon lookaround class and `\w`, and no surrogate, so the edge reads the same either way.
function isPlainSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a);
}

/**
 * Exactly `matchesIn(re, doc.prose, sentence.start, sentence.end)`, but cheaper: each regex runs
 * once over the whole prose (memoised per document) and the matches are dealt out to the
 * sentences in one merge, instead of a regex run per sentence per lexicon. The whole-prose run
 * can differ from the run on the sentence's slice only at the slice's edges (the lookbehind or
 * `\b` at the start; the lookahead, `\b` or a greedy `\s+` at the end). So a sentence falls back
 * to the slice run unless white space (or the text's edge) borders it on both sides and no
 * whole-prose match crosses either edge; then the leftmost-first match at each position is the
 * same in both runs. The returned matches are shared: callers must not change them.
 */
export function sentenceMatches(re: RegExp, doc: ArticleDocument, sentence: Sentence): RegExpExecArray[] {
  // A copy of the sentence (the paragraph memo's re-read of an edited paragraph) asks for its own
  // slice: no whole-prose run for it.
  const { start, end, index } = sentence;
  if (!isDocumentSentence(doc, sentence)) return matchesIn(re, doc.prose, start, end);
  return (matchesBySentence(re, doc)[index] ??= matchesIn(re, doc.prose, start, end));
}

/** The sentence object is the document's own (not a copy handed in to be matched on its slice). */
export function isDocumentSentence(doc: ArticleDocument, sentence: Sentence): boolean {
  return doc.sentences[sentence.index] === sentence;
}

/** `sentenceMatches` with `matchesBySentence(re, doc)` already at hand (a caller asking for many sentences). */
export function sentenceMatchesFrom(bySentence: (RegExpExecArray[] | undefined)[], re: RegExp, doc: ArticleDocument, sentence: Sentence): RegExpExecArray[] {
  const { start, end, index } = sentence;
  if (!isDocumentSentence(doc, sentence)) return matchesIn(re, doc.prose, start, end);
  return (bySentence[index] ??= matchesIn(re, doc.prose, start, end));
}

const documentSentenceMatches = new WeakMap<ArticleDocument, Map<RegExp, (RegExpExecArray[] | undefined)[]>>();

/** Each sentence's matches of `re`, or undefined where only the run on its slice is exact. */
export function matchesBySentence(re: RegExp, doc: ArticleDocument): (RegExpExecArray[] | undefined)[] {
  let byRegExp = documentSentenceMatches.get(doc);
  if (!byRegExp) documentSentenceMatches.set(doc, (byRegExp = new Map()));
  let bySentence = byRegExp.get(re);
  if (!bySentence) {
    bySentence = dealOut(allMatches(re, doc), doc);
    byRegExp.set(re, bySentence);
  }
  return bySentence;
}

// Per document: NO_MATCHES for each sentence the whole-prose run can answer (white space or the
// text's edge on both sides, not empty), undefined for the others. Each regex's deal starts from a copy.
const dealTemplates = new WeakMap<ArticleDocument, (RegExpExecArray[] | undefined)[]>();

function dealTemplate(doc: ArticleDocument): (RegExpExecArray[] | undefined)[] {
  let template = dealTemplates.get(doc);
  if (!template) {
    const text = doc.prose;
    const { sentences } = doc;
    template = new Array<RegExpExecArray[] | undefined>(sentences.length);
    for (let k = 0; k < sentences.length; k++) {
      const { start, end } = sentences[k];
      const cleanStart = start === 0 || (start > 0 && isPlainSpace(text.charCodeAt(start - 1)));
      const cleanEnd = end === text.length || (end < text.length && isPlainSpace(text.charCodeAt(end)));
      template[k] = cleanStart && cleanEnd && start < end ? NO_MATCHES : undefined;
    }
    dealTemplates.set(doc, template);
  }
  return template;
}

/**
 * Each answerable sentence's matches: the matches inside it, or undefined when one crosses its
 * edge. Walks the matches, not the sentences: most regexes match a few sentences of thousands.
 */
function dealOut(list: RegExpExecArray[], doc: ArticleDocument): (RegExpExecArray[] | undefined)[] {
  const out = dealTemplate(doc).slice();
  if (list.length === 0) return out;
  const { sentences } = doc;
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    const mStart = m.index;
    const mEnd = m.index + m[0].length;
    for (let k = firstEndingAfter(sentences, mStart); k < sentences.length && sentences[k].start < mEnd; k++) {
      const current = out[k];
      // Undefined also once a match crossed the sentence's edge: it stays so.
      if (current === undefined) continue;
      const { start, end } = sentences[k];
      if (mStart < start || mEnd > end) out[k] = undefined;
      else if (current === NO_MATCHES) out[k] = [m];
      else current.push(m);
    }
  }
  return out;
}

/**
 * Gives `sentenceMatches(re, doc, …)` its answers from elsewhere (the attribution analysis's
 * paragraph memo, see paragraph-facts.ts), so that no whole-prose run happens for `re` on
 * `doc`: `bySentence[i]` must be exactly the matches in sentence i's slice, or undefined to
 * have them found on that slice when asked.
 */
export function presetSentenceMatches(re: RegExp, doc: ArticleDocument, bySentence: (RegExpExecArray[] | undefined)[]): void {
  let byRegExp = documentSentenceMatches.get(doc);
  if (!byRegExp) documentSentenceMatches.set(doc, (byRegExp = new Map()));
  byRegExp.set(re, bySentence);
}
