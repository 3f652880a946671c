// Property test: random text (surrogate pairs, combining marks, CRLF, NUL, lone surrogates,
// quotes, Markdown) and mutated real articles never make the engine throw; every range is in
// bounds, every fix applies, and fixText converges. Seeded, so a failure repeats exactly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, check, checkText, fixText, safeFixOf, type DocumentKind } from '../../../rules/src';
import { realArticles } from '../helpers/corpus';
import { pick, randomInt, seededRandom } from '../helpers/random';

const PIECES = [
  'a', 'the', 'The', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\r', '\t', '\u0000', '\u00a0', '\u200b',
  '😀', '👩‍👩‍👧', '𝒜', '\u0301', 'e\u0301', '\ud800', '\udfff', '\ufeff',
  '"', '“', '”', "'", '’', '‘', '.', '. ', '?', '!', '…', ',', ';', ':', '—', '-', '(', ')', '[', ']',
  'Oct.', 'Oct', 'October', 'Sept', 'Sep.', 'Mar.', 'May', 'march', 'Aug.', 'Dec', '2nd', '21st', '3rd of', '2020', '12', '5', '10/2/2020', '3:00 p.m.', '5 percent', '$5m',
  'U.S.', 'a.m.', 'Gov.', 'Inc.', 'J.', 'No.', 'Mr.', 'the the', 'is is', 'There is', 'So', 'very', 'was passed', 'in order to',
  '# ', '## ', '- ', '1. ', '> ', '```', '~~~', '`', '    ', '---', '---\n', 'date: 2020-10-05\n', '[', '](', 'http://', 'https://x.com/a', 'www.', '@', '<!--', '-->', '<b>', '</b>', '<',
  '<!-- copydesk-disable-next-line -->', '<!-- copydesk-disable dates/* -->', '<!-- copydesk-enable -->', 'copydesk-disable\n', 'copydesk-disable-next-line dates/ordinal\n',
  'said', 'according to', 'sources said', 'reportedly', 'officials', 'WASHINGTON (AP) — ', 'Friday', 'Fri.', 'yesterday', 'the 1990\'s',
];

function randomText(random: () => number): string {
  const parts: string[] = [];
  const length = randomInt(random, 80);
  for (let i = 0; i < length; i++) parts.push(random() < 0.1 ? String.fromCharCode(randomInt(random, 0x10000)) : pick(random, PIECES));
  return parts.join('');
}

/** Delete, insert or duplicate random slices (cut anywhere, even inside a surrogate pair). */
function mutate(text: string, random: () => number, donors: readonly string[]): string {
  let out = text;
  const edits = 1 + randomInt(random, 6);
  for (let i = 0; i < edits; i++) {
    const at = randomInt(random, out.length + 1);
    const size = randomInt(random, 200);
    const kind = randomInt(random, 3);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + size);
    else if (kind === 1) {
      const donor = pick(random, donors);
      const from = randomInt(random, donor.length + 1);
      out = out.slice(0, at) + donor.slice(from, from + size) + out.slice(at);
    } else out = out.slice(0, at) + out.slice(at, at + size) + out.slice(at, at + size) + out.slice(at);
  }
  return out;
}

function assertSound(text: string, kind: DocumentKind, label: string): void {
  const context = `${label} (${kind}): ${JSON.stringify(text.slice(0, 120))}`;
  const result = checkText(text, { kind, checkInsideQuotes: text.length % 2 === 0 });
  assert.deepEqual(result.failures, [], `rule failures on ${context}`);
  for (const f of result.findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.ruleId} range ${f.start}-${f.end} on ${context}`);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      assert.doesNotThrow(() => applyEdits(text, edits), `${f.ruleId} fix "${fix.title}" on ${context}`);
    }
  }
  const fixed = fixText(text, { kind });
  const left = check(fixed.text, { kind }).filter((f) => safeFixOf(f));
  assert.deepEqual(left.map((f) => `${f.ruleId}:${fixed.text.slice(f.start, f.end)}`), [], `safe fixes left after fixText on ${context}`);
}

describe('property: the engine is sound on any input', () => {
  it('random strings', () => {
    const random = seededRandom(20201005);
    for (let i = 0; i < 200; i++) assertSound(randomText(random), i % 2 === 0 ? 'markdown' : 'plaintext', `random #${i}`);
  });

  it('mutated real articles', () => {
    const articles = realArticles();
    const random = seededRandom(175_000_000);
    for (let i = 0; i < 30; i++) {
      const original = articles[i % articles.length];
      assertSound(mutate(original, random, articles), i % 2 === 0 ? 'markdown' : 'plaintext', `mutation #${i} of article ${i % articles.length}`);
    }
  });
});
