import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextDelta, textDelta } from '../../../server/src/text-delta';
import { pick, randomInt, seededRandom } from '../helpers/random';

describe('textDelta', () => {
  it('replaces only the middle that changed', () => {
    assert.deepEqual(textDelta('The vote is on Oct. 2nd.', 'The vote is on Oct. 2.'), { start: 21, end: 23, insert: '' });
    assert.deepEqual(textDelta('abc', 'abXc'), { start: 2, end: 2, insert: 'X' });
    assert.deepEqual(textDelta('aaa', 'aaaa'), { start: 3, end: 3, insert: 'a' });
    assert.deepEqual(textDelta('same', 'same'), { start: 4, end: 4, insert: '' });
    assert.deepEqual(textDelta('', 'new'), { start: 0, end: 0, insert: 'new' });
  });

  it('turns any text into any other, code unit for code unit (random edits, surrogates, CRLF)', () => {
    const random = seededRandom(11);
    const pieces = ['a', 'b', ' ', '\r\n', '\n', '😀', '\ud83d', '\ude00', 'é', 'e\u0301', '“'];
    const randomText = (n: number) => Array.from({ length: n }, () => pick(random, pieces)).join('');
    for (let i = 0; i < 2000; i++) {
      const before = randomText(randomInt(random, 30));
      let after = before;
      for (let edits = randomInt(random, 3); edits >= 0; edits--) {
        const at = randomInt(random, after.length + 1);
        after = after.slice(0, at) + randomText(randomInt(random, 4)) + after.slice(at + randomInt(random, 4));
      }
      const delta = textDelta(before, after);
      assert.equal(applyTextDelta(before, delta), after, JSON.stringify({ before, after }));
      assert.ok(delta.start <= delta.end && delta.end <= before.length);
    }
  });
});
