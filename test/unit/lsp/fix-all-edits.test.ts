import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, fixText, type EngineOptions, type TextEdit } from '../../../rules/src';
import { composeEdits, fixAllEdits, trimEdit } from '../../../server/src/fix-all-edits';
import { testConfig } from './fixtures';

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** Sorted, non-overlapping random edits (insertions never at the same point). */
function randomEdits(text: string, next: () => number): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  while (at < text.length) {
    at += Math.floor(next() * 6);
    if (at > text.length) break;
    const end = Math.min(text.length, at + Math.floor(next() * 4));
    edits.push({ start: at, end, newText: 'xyz'.slice(0, Math.floor(next() * 4)) });
    at = end + 1;
  }
  return edits;
}

describe('fix-all edit composition', () => {
  it('composes two passes into edits of the original text (random)', () => {
    const next = random(42);
    for (let round = 0; round < 500; round++) {
      const text0 = 'abcdefghij klmnop qrstuv'.slice(0, 5 + Math.floor(next() * 20));
      const first = randomEdits(text0, next);
      const text1 = applyEdits(text0, first);
      const second = randomEdits(text1, next);
      const text2 = applyEdits(text1, second);
      const composed = composeEdits(first, second, text1);
      assert.equal(applyEdits(text0, composed), text2, JSON.stringify({ text0, first, second }));
    }
  });

  it('trims an edit to the part that changes, without splitting a surrogate pair or a CRLF', () => {
    assert.deepEqual(trimEdit('Oct. 2nd', { start: 0, end: 8, newText: 'Oct. 2' }), { start: 6, end: 8, newText: '' });
    assert.deepEqual(trimEdit('a😀b', { start: 0, end: 4, newText: 'a😁b' }), { start: 1, end: 3, newText: '😁' });
    assert.deepEqual(trimEdit('a\r\nb', { start: 0, end: 4, newText: 'a\nb' }), { start: 1, end: 3, newText: '\n' });
    assert.equal(trimEdit('same', { start: 0, end: 4, newText: 'same' }), undefined);
  });

  it('fixes everything safe in one edit set that converges', () => {
    const text = 'He met her on the 2nd of October and the the 3rd October 2020.\n';
    // Only the rules whose collision is known ("the the" inside "the 3rd October 2020").
    const options = { kind: 'markdown', ...testConfig() } as EngineOptions;
    const result = fixAllEdits(text, options);
    assert.equal(result.passes, 2);
    assert.equal(applyEdits(text, result.edits), result.text);
    assert.equal(result.text, fixText(text, options).text);
    assert.equal(fixAllEdits(result.text, options).edits.length, 0);
  });
});
