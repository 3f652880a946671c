import writeGood from 'write-good';
import type { ArticleDocument } from '../model/article';
import type { RuleContext } from '../rule';

export interface ProseSuggestion {
  /** write-good check name, e.g. "passive". */
  check: string;
  start: number;
  end: number;
  reason: string;
}

// write-good's own explanation for each check: how we tell its merged output apart.
const EXPLANATIONS: Record<string, string> = {
  weasel: 'is a weasel word',
  illusion: 'is repeated',
  so: 'adds no meaning',
  thereIs: 'is unnecessary verbiage',
  passive: 'may be passive voice',
  adverb: 'can weaken meaning',
  tooWordy: 'is wordy or unneeded',
  cliches: 'is a cliche',
  eprime: "is a form of 'to be'",
};

const runs = new WeakMap<ArticleDocument, ProseSuggestion[]>();

// write-good's "so" and "there is" checks find clause starts with /([^\n.;!?]+)([.;!?]+)/g,
// which backtracks quadratically over a long line that has no closing punctuation (a
// 100 KB run-on line took minutes). They run per sentence of the model instead: each
// sentence flattened to one line and closed with a period, so the regex never fails.
const CLAUSE_START_CHECKS = new Set(['so', 'thereIs']);

/**
 * One write-good pass per document for all enabled style/* rules together (each rule
 * then keeps its own check's suggestions), over the prose with code and URLs blanked.
 */
export function proseSuggestions(context: RuleContext): ProseSuggestion[] {
  const cached = runs.get(context.doc);
  if (cached) return cached;
  const { doc } = context;
  const checks = context.style.prose.writeGoodChecks;
  const options: Record<string, boolean> = {};
  for (const [suffix, check] of Object.entries(checks)) options[check] = context.enabledRules.has(`style/${suffix}`);
  const suggestions: ProseSuggestion[] = [];
  const wholeText = { ...options };
  for (const check of CLAUSE_START_CHECKS) wholeText[check] = false;
  collect(writeGood(doc.prose, wholeText), 0, suggestions);

  const clauseStarts = Object.fromEntries(Object.keys(EXPLANATIONS).map((check) => [check, CLAUSE_START_CHECKS.has(check) && options[check] === true]));
  if (Object.values(clauseStarts).some(Boolean)) {
    const taken = new Set(suggestions.map((s) => `${s.start}:${s.end}`));
    const perSentence: ProseSuggestion[] = [];
    for (const sentence of doc.sentences) {
      const line = doc.prose.slice(sentence.start, sentence.end).replace(/[\r\n]/g, ' ');
      collect(writeGood(`${line}.`, clauseStarts), sentence.start, perSentence);
    }
    // One hint per word, as write-good itself merges them.
    for (const s of perSentence) if (!taken.has(`${s.start}:${s.end}`)) suggestions.push(s);
    suggestions.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  runs.set(doc, suggestions);
  return suggestions;
}

function collect(found: ReturnType<typeof writeGood>, offset: number, out: ProseSuggestion[]): void {
  for (const s of found) {
    // write-good merges checks that flag the same span into one suggestion
    // ('"very" is a weasel word and can weaken meaning'). One hint per word is enough: the
    // first check keeps it, and with that rule switched off write-good gives it to the next.
    const explanation = s.reason.slice(s.offset + 3);
    const check = Object.keys(EXPLANATIONS).find((name) => explanation.startsWith(EXPLANATIONS[name]));
    if (check) out.push({ check, start: offset + s.index, end: offset + s.index + s.offset, reason: s.reason.replace(/ and .*$/, '') });
  }
}
