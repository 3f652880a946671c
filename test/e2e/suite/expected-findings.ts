/**
 * What the fixture article (test/e2e/fixtures/workspace/article.md) must show in the editor.
 * `at` is a snippet that occurs once in the article, with the expected diagnostic range in
 * [brackets]. `match: 'exact'` (default) wants exactly that range; `'covers'` accepts any
 * Copydesk diagnostic of the rule whose range contains the bracketed text (for rules whose
 * span is a whole clause or sentence). An entry is checked only when its rule is in the
 * build's registry, so the suite grows as families land: to cover a new rule, add a line here
 * (and, if needed, a sentence to the fixture that triggers it).
 */
export interface ExpectedFinding {
  ruleId: string;
  at: string;
  match?: 'exact' | 'covers';
  /** vscode.DiagnosticSeverity name, when the rule's default severity is part of the contract. */
  severity?: 'Error' | 'Warning' | 'Information' | 'Hint';
}

/** Rules of the foundation: these must always be present. */
export const CORE_RULES = ['dates/ordinal', 'dates/month-abbreviation', 'style/illusion'];

export const EXPECTED_FINDINGS: ExpectedFinding[] = [
  // dates and times
  { ruleId: 'dates/ordinal', at: 'tram on [Oct. 22nd], Council', severity: 'Warning' },
  { ruleId: 'dates/month-abbreviation', at: 'presented in [Sept.] 2019', severity: 'Warning' },
  { ruleId: 'dates/numeric', at: 'route on [10/2/2019].', severity: 'Warning' },
  { ruleId: 'dates/year-comma', at: 'budget on [Oct. 2, 2019] and', severity: 'Warning' },
  { ruleId: 'dates/relative', at: 'met again [yesterday].', severity: 'Information' },
  { ruleId: 'dates/decade', at: 'since the [1990\'s].', severity: 'Warning' },
  { ruleId: 'dates/weekday-mismatch', at: '[Monday, Oct. 21].', severity: 'Error' },
  { ruleId: 'dates/weekday-format', at: 'hearing on [Friday Oct. 2] ran', severity: 'Warning' },
  { ruleId: 'times/format', at: 'ran past [3pm] and', severity: 'Warning' },
  // style (write-good)
  { ruleId: 'style/illusion', at: 'said the [the] council', severity: 'Hint' },
  // sourcing and attribution
  { ruleId: 'attribution/vague', at: 'has [reportedly] cost', severity: 'Warning' },
  { ruleId: 'sourcing/anonymous-source', at: 'so far. [Sources said] the vote', severity: 'Information' },
  { ruleId: 'sourcing/anonymity-unexplained', at: 'so far. [Sources said] the vote', severity: 'Warning' },
  { ruleId: 'attribution/unattributed-quote', at: '["We have waited long enough for this tram to open."]', severity: 'Warning' },
  // figures
  { ruleId: 'figures/spell-out', at: 'drew [5] residents', severity: 'Warning' },
  { ruleId: 'figures/use-numerals', at: 'and [fifteen] business', severity: 'Warning' },
  { ruleId: 'figures/percent', at: 'fell [12 percent] last', severity: 'Warning' },
  { ruleId: 'figures/thousands-separator', at: 'to [25000]', severity: 'Warning' },
  { ruleId: 'figures/sentence-start', at: '[12] stations will', severity: 'Warning' },
  { ruleId: 'figures/large-numbers', at: 'cost [one billion dollars].', severity: 'Warning' },
  { ruleId: 'attribution/unattributed-claim', at: 'line. [The last tram line failed because of cost overruns.]', severity: 'Information' },
  // Not triggered by this fixture yet (add a sentence and a line here): figures/inconsistent
  // (needs a house style allowing two forms) and the other style/* hints.
];

/** Splits an `at` snippet into the text to find and the offsets of the bracketed range in it. */
export function parseAt(at: string): { snippet: string; start: number; end: number } {
  const start = at.indexOf('[');
  const end = at.indexOf(']');
  if (start < 0 || end < start) throw new Error(`"${at}" needs a [bracketed] range`);
  return { snippet: at.slice(0, start) + at.slice(start + 1, end) + at.slice(end + 1), start, end: end - 1 };
}
