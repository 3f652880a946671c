// The recognisers' paragraph memo (dates and figures recognised per paragraph text) must never
// change a result: checking a draft after edits, with the memo warm from earlier drafts, must
// equal checking the edited draft from scratch. Randomised edits on real copy, aimed at the
// date, time and figure rules (and at moving paragraphs, so memoised ones are re-placed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, type EngineOptions } from '../../../rules/src';
import { clearRecognitionCache } from '../../../rules/src/analysis/recognition/document';
import { ParagraphMemo } from '../../../rules/src/analysis/paragraph-memo';
import { realArticles } from '../helpers/corpus';
import { comparableFindings, editDraft } from '../helpers/draft-edits';
import { pick, seededRandom } from '../helpers/random';

const OPTIONS: EngineOptions = {
  kind: 'markdown',
  publicationDate: '2020-10-02',
  rules: { 'sourcing/*': 'off', 'attribution/*': 'off', 'style/*': 'off' },
};

const INSERTS = ['5 ', 'Oct. 2 ', 'Friday (Oct. 2) ', 'the 2nd of October ', '10/2/2020 ', '3:00 PM ', 'twenty-five ', '$5m ', 'a billion ', '7 percent ', 'last Tuesday ', "the 1990's ", '\n\n'];


const summary = (text: string) =>
  comparableFindings(checkText(text, OPTIONS).findings);

describe('recognition memo', () => {
  it('checking after many edits equals checking from scratch (randomised edits on real copy)', () => {
    const random = seededRandom(11);
    const articles = realArticles().filter((a) => a.length < 20_000);
    assert.ok(articles.length > 0);
    let edits = 0;
    let findings = 0;
    for (let round = 0; round < 10; round++) {
      let text = pick(random, articles);
      clearRecognitionCache();
      summary(text); // warms the memo with the draft before the edits
      for (let step = 0; step < 12; step++) {
        text = editDraft(text, random, INSERTS);
        const incremental = summary(text);
        clearRecognitionCache();
        const fromScratch = summary(text);
        assert.deepEqual(incremental, fromScratch, `round ${round}, edit ${step}`);
        // The cold check warmed the memo again: the next edit is checked against it.
        edits++;
        findings += fromScratch.length;
      }
    }
    assert.equal(edits, 120);
    assert.ok(findings > 0, 'the edits produce date, time and figure findings');
  });
});

describe('ParagraphMemo', () => {
  it('finds a text by content, not by identity', () => {
    const memo = new ParagraphMemo<number>(10, 1000);
    const prose = 'One paragraph.\n\nAnother paragraph here.';
    memo.set('Another paragraph here.', 2);
    assert.equal(memo.get(prose.slice(16)), 2);
    assert.equal(memo.get('Another paragraph there'), undefined);
  });

  it('drops the least recently used entries past its entry limit, keeping the newest', () => {
    const memo = new ParagraphMemo<number>(4, 1000);
    for (const [i, text] of ['a', 'b', 'c', 'd'].entries()) memo.set(text, i);
    assert.equal(memo.get('a'), 0); // "b" is now the oldest
    memo.set('e', 4);
    assert.ok(memo.size <= 4);
    assert.equal(memo.get('b'), undefined);
    assert.equal(memo.get('a'), 0);
    assert.equal(memo.get('e'), 4);
  });

  it('keeps texts apart whose sampled characters agree, and evicts one of them alone', () => {
    // Forty characters: the hash samples every third one, so these two differ only where it does not look.
    const first = 'a'.repeat(40);
    const second = 'ab' + 'a'.repeat(38);
    const memo = new ParagraphMemo<number>(4, 1000);
    memo.set(first, 1);
    memo.set(second, 2);
    assert.equal(memo.get(first), 1);
    assert.equal(memo.get(second), 2);
    memo.set('c', 3);
    memo.set(second, 4); // updated in place, and now used after "c"
    assert.equal(memo.size, 3);
    memo.set('d', 5);
    memo.set('e', 6); // past four entries: down to three, the two least recently used ("first", "c") go
    assert.equal(memo.get(first), undefined);
    assert.equal(memo.get('c'), undefined);
    assert.equal(memo.get(second), 4);
    memo.set(first, 7);
    assert.equal(memo.get(first), 7);
    assert.equal(memo.get(second), 4);
  });

  it('stays within its length limit', () => {
    const memo = new ParagraphMemo<number>(100, 20);
    memo.set('x'.repeat(12), 1);
    memo.set('y'.repeat(12), 2);
    assert.equal(memo.get('x'.repeat(12)), undefined);
    assert.equal(memo.get('y'.repeat(12)), 2);
  });
});
