import type { ArticleDocument, Paragraph } from '../model/article';
import type { RuleContext } from '../rule';
import { detachedCopy, ParagraphMemo } from './paragraph-memo';
import { writeGoodSuggestions, type CheckedSuggestion } from './style/write-good-checks';

export interface ProseSuggestion {
  /** write-good check name, e.g. "passive". */
  check: string;
  start: number;
  end: number;
  reason: string;
}

/** write-good's checks (its option names). */
const CHECK_NAMES = ['weasel', 'illusion', 'so', 'thereIs', 'passive', 'adverb', 'tooWordy', 'cliches', 'eprime'];

const runs = new WeakMap<ArticleDocument, ProseSuggestion[]>();

// write-good's "so" and "there is" checks find clause starts with /([^\n.;!?]+)([.;!?]+)/g,
// which backtracks quadratically over a long line that has no closing punctuation (a
// 100 KB run-on line took minutes). They run per sentence of the model instead: each
// sentence flattened to one line and closed with a period, so the regex never fails.
const CLAUSE_START_CHECKS = new Set(['so', 'thereIs']);

/**
 * write-good's suggestions for one paragraph, offsets relative to the paragraph start.
 * A paragraph's suggestions depend only on its prose, its sentence boundaries and the
 * enabled checks, so they are memoised by exactly that: while an editor types, only the
 * edited paragraph runs write-good's checks again (style/write-good-checks.ts runs them
 * with write-good's results, ~5x faster than write-good itself, but still the largest part
 * of a check). Bounded so a long-running language server does not grow without limit.
 */
const paragraphRuns = new ParagraphMemo<readonly ProseSuggestion[]>(20_000, 8_000_000);

/** Forgets every memoised paragraph (benchmarks measure a cold check with it). */
export function clearProseSuggestionCache(): void {
  paragraphRuns.clear();
}

/**
 * One pass of write-good's checks for all enabled style/* rules together (each rule then
 * keeps its own check's suggestions), over the prose with code and URLs blanked.
 */
export function proseSuggestions(context: RuleContext): ProseSuggestion[] {
  const cached = runs.get(context.doc);
  if (cached) return cached;
  const { doc } = context;
  const checks = context.style.prose.writeGoodChecks;
  const options: Record<string, boolean> = {};
  for (const [suffix, check] of Object.entries(checks)) options[check] = context.enabledRules.has(`style/${suffix}`);
  const optionsKey = Object.keys(options)
    .sort()
    .map((check) => `${check}=${options[check] ? 1 : 0}`)
    .join(',');
  const keys = doc.paragraphs.map((paragraph) => paragraphKey(doc, paragraph, optionsKey));
  const found = keys.map((key) => paragraphRuns.get(key));
  const missing = doc.paragraphs.filter((_, i) => found[i] === undefined);
  const fresh = suggestionsFor(doc, missing, options);
  const suggestions: ProseSuggestion[] = [];
  doc.paragraphs.forEach((paragraph, i) => {
    let local = found[i];
    if (!local) {
      local = fresh.get(paragraph.index)!;
      paragraphRuns.set(detachedCopy(keys[i]), local);
    }
    for (const s of local) suggestions.push({ check: s.check, start: paragraph.start + s.start, end: paragraph.start + s.end, reason: s.reason });
  });
  runs.set(doc, suggestions);
  return suggestions;
}

// Paragraphs not in the memo go through write-good's checks together (fewer passes over
// short strings), joined by a separator no check can match across (every check needs words
// or spaces on both sides of a join; U+0000 is neither).
const SEPARATOR = '\n\u0000\n';

/** Suggestions for each of `paragraphs` (offsets relative to its start), by paragraph index. */
function suggestionsFor(doc: ArticleDocument, paragraphs: readonly Paragraph[], options: Record<string, boolean>): Map<number, ProseSuggestion[]> {
  const out = new Map<number, ProseSuggestion[]>(paragraphs.map((p) => [p.index, []]));
  if (paragraphs.length === 0) return out;
  const wholeText = { ...options };
  for (const check of CLAUSE_START_CHECKS) wholeText[check] = false;
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    starts.push(length);
    const body = doc.prose.slice(paragraph.start, paragraph.end);
    parts.push(body);
    length += body.length + SEPARATOR.length;
  }
  const joined = writeGoodSuggestions(parts.join(SEPARATOR), wholeText);
  let at = 0;
  for (const s of joined) {
    while (at + 1 < starts.length && starts[at + 1] <= s.start) at++;
    const paragraph = paragraphs[at];
    const start = s.start - starts[at];
    // Never expected (see SEPARATOR); kept so a suggestion can never leave its paragraph.
    if (start + (s.end - s.start) > paragraph.end - paragraph.start) continue;
    out.get(paragraph.index)!.push({ check: s.check, start, end: start + (s.end - s.start), reason: s.reason });
  }
  // write-good options for the per-sentence run: only the clause-start checks that are on.
  const clauseStarts = Object.fromEntries(CHECK_NAMES.map((check) => [check, CLAUSE_START_CHECKS.has(check) && options[check] === true]));
  if (Object.values(clauseStarts).some(Boolean)) {
    for (const paragraph of paragraphs) addClauseStarts(doc, paragraph, clauseStarts, out.get(paragraph.index)!);
  }
  return out;
}

/** Enabled checks, the sentence boundaries (relative) and the paragraph's prose. */
function paragraphKey(doc: ArticleDocument, paragraph: Paragraph, optionsKey: string): string {
  let boundaries = '';
  for (let i = paragraph.firstSentence; i < paragraph.firstSentence + paragraph.sentenceCount; i++) {
    const sentence = doc.sentences[i];
    boundaries += `${sentence.start - paragraph.start}-${sentence.end - paragraph.start};`;
  }
  return `${optionsKey}\u0000${boundaries}\u0000${doc.prose.slice(paragraph.start, paragraph.end)}`;
}

/** write-good's "so" and "there is" checks, one sentence at a time (see CLAUSE_START_CHECKS). */
function addClauseStarts(doc: ArticleDocument, paragraph: Paragraph, clauseStarts: Record<string, boolean>, suggestions: ProseSuggestion[]): void {
  const perSentence: ProseSuggestion[] = [];
  for (const i of sentencesWithClauseStartWord(doc, paragraph)) {
    const sentence = doc.sentences[i];
    const line = doc.prose.slice(sentence.start, sentence.end).replace(/[\r\n]/g, ' ');
    collect(writeGoodSuggestions(`${line}.`, clauseStarts), sentence.start - paragraph.start, perSentence);
  }
  if (perSentence.length > 0) {
    // One hint per word, as write-good itself merges them.
    const taken = new Set(suggestions.map((s) => `${s.start}:${s.end}`));
    for (const s of perSentence) if (!taken.has(`${s.start}:${s.end}`)) suggestions.push(s);
  }
  suggestions.sort((a, b) => a.start - b.start || a.end - b.end);
}

// Both checks look for a clause that starts, after spaces, with "so" or "there" (any case);
// a clause starts at the start of the sentence or after one of .;!? (write-good's clause
// regex). A sentence without such a word cannot get either hint, and most sentences have
// none, so only the others are flattened and checked (~40 ms a megabyte saved).
const CLAUSE_START_WORD = /so|there/gi;

/** The sentences of `paragraph` (indexes, in order) where "so" or "there" may start a clause. */
export function sentencesWithClauseStartWord(doc: ArticleDocument, paragraph: Paragraph): number[] {
  const found: number[] = [];
  const body = doc.prose.slice(paragraph.start, paragraph.end);
  let sentence = paragraph.firstSentence;
  const last = paragraph.firstSentence + paragraph.sentenceCount - 1;
  CLAUSE_START_WORD.lastIndex = 0;
  for (let match = CLAUSE_START_WORD.exec(body); match; match = CLAUSE_START_WORD.exec(body)) {
    const at = paragraph.start + match.index;
    while (sentence <= last && doc.sentences[sentence].end <= at) sentence++;
    if (sentence > last) break;
    const { start } = doc.sentences[sentence];
    if (at < start || found[found.length - 1] === sentence) continue;
    if (at === start || /[\s.;!?]/.test(doc.prose[at - 1])) found.push(sentence);
  }
  return found;
}

function collect(found: readonly CheckedSuggestion[], offset: number, out: ProseSuggestion[]): void {
  for (const s of found) out.push({ check: s.check, start: offset + s.start, end: offset + s.end, reason: s.reason });
}
