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

/**
 * One write-good pass per document for all enabled style/* rules together (each rule
 * then keeps its own check's suggestions), over the prose with code and URLs blanked.
 */
export function proseSuggestions(context: RuleContext): ProseSuggestion[] {
  const cached = runs.get(context.doc);
  if (cached) return cached;
  const checks = context.style.prose.writeGoodChecks;
  const options: Record<string, boolean> = {};
  for (const [suffix, check] of Object.entries(checks)) options[check] = context.enabledRules.has(`style/${suffix}`);
  const suggestions: ProseSuggestion[] = [];
  for (const s of writeGood(context.doc.prose, options)) {
    // write-good merges checks that flag the same span into one suggestion
    // ('"very" is a weasel word and can weaken meaning'). One hint per word is enough: the
    // first check keeps it, and with that rule switched off write-good gives it to the next.
    const explanation = s.reason.slice(s.offset + 3);
    const check = Object.keys(EXPLANATIONS).find((name) => explanation.startsWith(EXPLANATIONS[name]));
    if (check) suggestions.push({ check, start: s.index, end: s.index + s.offset, reason: s.reason.replace(/ and .*$/, '') });
  }
  runs.set(context.doc, suggestions);
  return suggestions;
}
