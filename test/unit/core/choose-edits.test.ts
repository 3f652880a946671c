// chooseEdits keeps the edits it has chosen sorted and checks a new edit only against its
// neighbours; this compares it with the plain rule it implements, on random fixes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEdits, type Fix, type TextEdit } from '../../../rules/src';
import { randomInt, seededRandom } from '../helpers/random';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** The rule, written plainly: fixes in order of position, each taken whole if none of its edits collides. */
function reference(fixes: readonly Fix[]): TextEdit[] {
  const byRange = (a: TextEdit, b: TextEdit) => a.start - b.start || a.end - b.end;
  const key = (fix: Fix) => JSON.stringify([...fix.edits].sort(byRange).map((e) => [e.start, e.end, e.newText]));
  const first = (fix: Fix) => Math.min(...fix.edits.map((e) => e.start));
  const last = (fix: Fix) => Math.max(...fix.edits.map((e) => e.end));
  const usable = fixes.filter((fix) => fix.edits.length > 0 && !fix.edits.some((e, i) => fix.edits.some((o, j) => j > i && overlaps(e, o))));
  usable.sort((a, b) => first(a) - first(b) || last(a) - last(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const taken: TextEdit[] = [];
  for (const fix of usable) {
    if (fix.edits.every((edit) => !taken.some((t) => overlaps(t, edit)))) taken.push(...fix.edits);
  }
  return taken.sort(byRange);
}

describe('chooseEdits', () => {
  it('chooses what the plain rule chooses (random fixes with insertions and multi-edit fixes)', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 2000; round++) {
      const span = 5 + randomInt(random, 80);
      const fixes: Fix[] = [];
      for (let i = randomInt(random, 25); i > 0; i--) {
        const edits: TextEdit[] = [];
        for (let j = 1 + randomInt(random, 3); j > 0; j--) {
          const start = randomInt(random, span);
          edits.push({ start, end: randomInt(random, 4) === 0 ? start : start + randomInt(random, 6), newText: String(randomInt(random, 3)) });
        }
        fixes.push({ title: 'fix', safe: true, edits });
      }
      assert.deepEqual(chooseEdits(fixes), reference(fixes));
    }
  });

  it('never returns colliding edits', () => {
    const edits = chooseEdits([
      { title: 'a', safe: true, edits: [{ start: 4, end: 4, newText: 'x' }] },
      { title: 'b', safe: true, edits: [{ start: 4, end: 4, newText: 'y' }] },
      { title: 'c', safe: true, edits: [{ start: 2, end: 6, newText: 'z' }] },
      { title: 'd', safe: true, edits: [{ start: 6, end: 8, newText: 'w' }] },
    ]);
    assert.deepEqual(edits.map((e) => e.newText), ['z', 'w']);
  });
});
