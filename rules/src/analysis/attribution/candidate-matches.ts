import type { ArticleDocument } from '../../model/article';
import { letterRuns, type LetterRuns } from './letter-runs';

/**
 * Every match of a global regex over a whole text, found by trying the regex only where a match
 * can start. A global search tries each position from where the last match ended and keeps the
 * first that matches; a sticky copy of the regex run at position p tries exactly p (lookarounds
 * still see the whole text). So trying, in order, a superset of the possible match starts gives
 * the same matches, and on news copy that superset is a few percent of the positions.
 */

/** Positions (ascending, at code point boundaries) holding every possible start of a match of one regex. */
export type CandidateFinder = (text: string, runs: LetterRuns) => ArrayLike<number>;

const finders = new WeakMap<RegExp, CandidateFinder>();

/** Declares where `re` can start a match; `re` must be global and must not match the empty string there. */
export function setCandidateFinder(re: RegExp, finder: CandidateFinder): void {
  finders.set(re, finder);
}

const runsOfDocument = new WeakMap<ArticleDocument, LetterRuns | null>();

/** The letter runs of the prose, or null when a character that folds onto ASCII rules them out. */
export function documentLetterRuns(doc: ArticleDocument): LetterRuns | null {
  let runs = runsOfDocument.get(doc);
  if (runs === undefined) {
    runs = letterRuns(doc.prose);
    runsOfDocument.set(doc, runs);
  }
  return runs;
}

const stickyForms = new WeakMap<RegExp, RegExp>();

function stickyForm(re: RegExp): RegExp {
  let sticky = stickyForms.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickyForms.set(re, sticky);
  }
  return sticky;
}

/**
 * `matchesIn(re, doc.prose, 0, doc.prose.length)` when `re` has a candidate finder and the prose
 * allows it; undefined otherwise (the caller runs the regex itself).
 */
export function candidateMatches(re: RegExp, doc: ArticleDocument): RegExpExecArray[] | undefined {
  const finder = finders.get(re);
  if (!finder) return undefined;
  const runs = documentLetterRuns(doc);
  if (!runs) return undefined;
  const text = doc.prose;
  const candidates = finder(text, runs);
  const sticky = stickyForm(re);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0; i < candidates.length; i++) {
    const at = candidates[i];
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    // As matchesIn: an empty match is skipped and the search goes on one position later.
    if (m[0].length === 0) {
      from = at + 1;
      continue;
    }
    out.push(m);
    from = at + m[0].length;
  }
  return out;
}
