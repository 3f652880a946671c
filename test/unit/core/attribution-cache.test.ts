// The attribution analysis's paragraph memo (each sentence's cues, sources, claim signals and
// quoted words, memoised per paragraph) must never change a result: analysing a draft after
// edits, with the memo warm from the drafts before, must equal analysing it from scratch.
// Randomised edits on real copy, aimed at what the memo's key must hold besides the prose:
// quotation marks opened in one paragraph and closed (or continued) in another, headings,
// sentence bounds, and paragraphs moved or repeated (memoised facts placed elsewhere).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, type EngineOptions } from '../../../rules/src';
import { analyseAttribution, clearAttributionCache } from '../../../rules/src/analysis/attribution';
import { loadStyle } from '../../../rules/src/house-style/load';
import { parseArticle } from '../../../rules/src/model/parse';
import { realArticles } from '../helpers/corpus';
import { comparableFindings, editDraft } from '../helpers/draft-edits';
import { pick, randomInt, seededRandom } from '../helpers/random';

const style = loadStyle('ap');

const OPTIONS: EngineOptions = { kind: 'markdown', rules: { 'style/*': 'off', 'dates/*': 'off', 'times/*': 'off', 'figures/*': 'off' } };

// What typing adds: cues, sources, vague and anonymous phrases, claim signals, quotation marks
// (alone, or opening a new paragraph: a quote continued from the paragraph before), headings.
const TYPED = [
  ' said ', 'according to officials ', ' officials said ', 'Jane Doe, a city spokeswoman, said ', 'reportedly ', 'critics say ', 'They say ',
  'a source familiar with the matter said ', ', who spoke on condition of anonymity because she was not authorized, ', 'the official said ',
  '$5 million ', 'will cut 40 percent of jobs ', 'the worst ', '“', '”', '"', '\n\n“', '\n\n"', '\n\n# ', '\n\nTHE HEADLINE\n\n', '. ', 'a',
];

/** The edits editDraft makes, plus turning a paragraph into a heading or back. */
function edit(text: string, random: () => number): string {
  if (randomInt(random, 6) > 0) return editDraft(text, random, TYPED);
  const starts = [0];
  for (let i = text.indexOf('\n\n'); i !== -1; i = text.indexOf('\n\n', i + 2)) starts.push(i + 2);
  const at = pick(random, starts);
  return text.startsWith('# ', at) ? text.slice(0, at) + text.slice(at + 2) : `${text.slice(0, at)}# ${text.slice(at)}`;
}

const analysis = (text: string) => analyseAttribution(parseArticle(text, style, { kind: 'markdown' }), style);
const findings = (text: string) => comparableFindings(checkText(text, OPTIONS).findings);

describe('attribution memo', () => {
  it('analysing after many edits equals analysing from scratch (randomised edits on real copy)', () => {
    const random = seededRandom(23);
    const articles = realArticles().filter((a) => a.length < 20_000 && /[“"]/.test(a));
    assert.ok(articles.length > 0);
    let edits = 0;
    let flagged = 0;
    for (let round = 0; round < 12; round++) {
      let text = pick(random, articles);
      clearAttributionCache();
      analysis(text); // warms the memo with the draft before the edits
      for (let step = 0; step < 10; step++) {
        text = edit(text, random);
        const incremental = analysis(text);
        const incrementalFindings = findings(text);
        clearAttributionCache();
        assert.deepEqual(incremental, analysis(text), `round ${round}, edit ${step}`);
        assert.deepEqual(incrementalFindings, findings(text), `round ${round}, edit ${step}: findings`);
        // The cold analysis warmed the memo again: the next edit is analysed against it.
        edits++;
        flagged += incrementalFindings.length;
      }
    }
    assert.equal(edits, 120);
    assert.ok(flagged > 0, 'the edits produce sourcing and attribution findings');
  });

  it('a quote closed in one paragraph or left open into the next gives the same analysis warm and cold', () => {
    const first = 'The mayor spoke at the meeting on Tuesday about the plan for the city.';
    const second = '“We will cut the budget by 40 percent and it will be the worst year,” she said.';
    const third = '“Nobody wants this, but it is the only way to pay for the new bridge and the schools.';
    const drafts = [
      [first, second, third].join('\n\n'),
      // The second paragraph's quote left open: the third paragraph continues it.
      [first, second.replace('” she said.', ' she said and'), third].join('\n\n'),
      // Closed again, and the first paragraph now opens a quote the second continues.
      [`${first} “It is a sad day for everyone here`, second, third].join('\n\n'),
      [`# ${first}`, second, third].join('\n\n'),
    ];
    clearAttributionCache();
    for (const draft of [...drafts, ...drafts.reverse()]) {
      const warm = analysis(draft);
      clearAttributionCache();
      assert.deepEqual(warm, analysis(draft), draft);
    }
  });

  it('keys a paragraph by whether it is a heading: the same text is one in Markdown and not in plain text', () => {
    const text = '# Officials said the plan will fail\n\nThe council meets on Monday.';
    const ofKind = (kind: 'markdown' | 'plaintext') => analyseAttribution(parseArticle(text, style, { kind }), style);
    clearAttributionCache();
    assert.equal(ofKind('markdown').cues.length, 0);
    assert.equal(ofKind('plaintext').cues.length, 1);
    assert.equal(ofKind('markdown').cues.length, 0);
  });

  it('reuses the facts of the paragraphs an edit did not touch', () => {
    const text = realArticles().find((a) => a.length < 20_000 && analysis(a).cues.length > 3)!;
    clearAttributionCache();
    const before = analysis(text);
    const after = analysis(`${text}\n\nOne more paragraph, the mayor said.`);
    assert.notEqual(before, after);
    assert.equal(after.cues[0], before.cues[0], 'the first cue is the memoised object, not found again');
  });

  it('places memoised facts at their new offsets after an edit above them', () => {
    const text = 'Officials said the bridge will cost $5 million.\n\nJane Doe, a city spokeswoman, said the work starts Monday.';
    clearAttributionCache();
    analysis(text);
    const moved = analysis(`Breaking: ${text}`);
    clearAttributionCache();
    const cold = analysis(`Breaking: ${text}`);
    assert.deepEqual(moved, cold);
    assert.equal(moved.cues[1].source?.name?.text, 'Jane Doe');
    assert.equal(moved.cues[1].source?.start, text.indexOf('Jane') + 'Breaking: '.length);
  });
});
