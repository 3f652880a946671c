// The paragraph memo (write-good per paragraph) must never change a result: checking a
// draft after an edit, with the memo warm from the draft before the edit, must equal
// checking the edited draft from scratch. Randomised edits on real copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, type EngineOptions } from '../../../rules/src';
import { analyseAttribution, clearAttributionCache } from '../../../rules/src/analysis/attribution';
import { loadStyle } from '../../../rules/src/house-style/load';
import { parseArticle } from '../../../rules/src/model/parse';
import { clearRecognitionCache } from '../../../rules/src/analysis/recognition/document';
import { clearProseSuggestionCache } from '../../../rules/src/analysis/write-good-run';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { realArticles } from '../helpers/corpus';
import { editDraft } from '../helpers/draft-edits';
import { pick, seededRandom } from '../helpers/random';

// Attribution has a memo of its own (attribution-cache.test.ts); leaving it out keeps the test about this one.
const OPTIONS: EngineOptions = { kind: 'markdown', rules: { 'sourcing/*': 'off', 'attribution/*': 'off', 'style/e-prime': 'hint' } };

// What typing adds: words the style hints react to ("very", "so", passive, "there is").
const TYPED = ['a', ' ', 'very ', 'so ', '.', ',', 'was taken ', 'there is '];

const style = loadStyle('ap');

const summary = (text: string) => checkText(text, OPTIONS).findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, message: f.message, fixes: f.fixes }));

describe('paragraph memo', () => {
  it('checking after an edit equals checking from scratch (randomised edits on real copy)', () => {
    const random = seededRandom(7);
    const articles = realArticles().filter((a) => a.length < 20_000);
    assert.ok(articles.length > 0);
    let edits = 0;
    for (let round = 0; round < 12; round++) {
      let text = pick(random, articles);
      clearProseSuggestionCache();
      summary(text); // warms the memo with the draft before the edits
      for (let step = 0; step < 8; step++) {
        text = editDraft(text, random, TYPED);
        const incremental = summary(text);
        clearProseSuggestionCache();
        const fromScratch = summary(text);
        assert.deepEqual(incremental, fromScratch, `round ${round}, edit ${step}`);
        edits++;
      }
    }
    assert.equal(edits, 96);
  });

  it('a second check of the same draft finds the same style hints', () => {
    const text = realArticles()[0];
    clearProseSuggestionCache();
    const first = summary(text);
    assert.ok(first.some((f) => f.ruleId.startsWith('style/')), 'the sample has style hints');
    assert.deepEqual(summary(text), first);
  });
});

describe('the paragraph memos', () => {
  // A memo key cut from a document must not keep the document alive (V8 slices point into
  // their parent): a server checking long stories all day would otherwise hold every one.
  it('do not keep checked documents alive', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    clearProseSuggestionCache();
    clearRecognitionCache();
    clearAttributionCache();
    const heapAfterGc = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heapAfterGc();
    let sourced = 0;
    for (let i = 0; i < 10; i++) {
      // One short paragraph (memoised; with a URL, so its text differs from its prose, and
      // sources, cues and claim signals long enough to be slices of the document) and 2 MB
      // of code the checks skip.
      const paragraph = `Jane Doe, a spokeswoman for the city council, said at https://example.com/${i} the plan was approved on Oct. ${i + 1}, 2020, ` +
        'by very many members. According to the city council, it will cost hundreds of millions of dollars.';
      const text = `${paragraph}\n\n\`\`\`\n${`${i} code line\n`.repeat(170_000)}\`\`\`\n`;
      const findings = checkText(text, { kind: 'markdown', rules: { 'style/e-prime': 'hint' } }).findings;
      assert.ok(findings.some((f) => f.ruleId.startsWith('style/')));
      const doc = parseArticle(text, style, { kind: 'markdown' });
      const { cues, sentences } = analyseAttribution(doc, style);
      if (cues.some((c) => (c.source?.text.length ?? 0) > 20) && sentences.some((s) => s.claimSignals.some((signal) => signal.text.length > 20))) sourced++;
    }
    assert.equal(sourced, 10, 'each paragraph has a long source and a long claim signal');
    const grownMb = (heapAfterGc() - before) / 1e6;
    // Kept alive, the ten documents' prose (2 MB each) would hold over 20 MB.
    assert.ok(grownMb < 8, `the heap grew by ${grownMb.toFixed(1)} MB`);
  });
});
