// Robustness on big and hostile input: a 10 MB article (real copy, repeated) and binary
// junk are checked without throwing. No timing assertions (see scripts/bench for speed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, fixText } from '../../../rules/src';
import { realArticles } from '../helpers/corpus';
import { seededRandom } from '../helpers/random';

const TEN_MB = 10 * 1024 * 1024;

function inBounds(text: string, result: ReturnType<typeof checkText>): void {
  assert.deepEqual(result.failures, []);
  for (const f of result.findings) assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.ruleId} ${f.start}-${f.end}`);
}

/** Real articles, repeated to at least `size` characters. */
function realCopy(size: number): string {
  const articles = realArticles();
  const parts: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const article = articles[i % articles.length];
    parts.push(article);
    length += article.length + 2;
  }
  const text = parts.join('\n\n');
  assert.ok(text.length >= size);
  return text;
}

describe('large and hostile input', () => {
  it('a 10 MB document made of real articles', () => {
    const text = realCopy(TEN_MB);
    // The sourcing and attribution matchers cost about a minute per megabyte each today
    // (rules/src/analysis/attribution/lexicon.ts); they get the quarter-megabyte run below,
    // so this test finishes in seconds, not the better part of an hour.
    const result = checkText(text, { kind: 'plaintext', rules: { 'sourcing/*': 'off', 'attribution/*': 'off' } });
    inBounds(text, result);
    assert.ok(result.document.sentences.length > 10_000);
    assert.ok(result.findings.length > 0);
  });

  it('a quarter-megabyte document with every rule', () => {
    const text = realCopy(256 * 1024);
    const result = checkText(text, { kind: 'markdown' });
    inBounds(text, result);
    assert.ok(result.findings.some((f) => f.ruleId.startsWith('attribution/') || f.ruleId.startsWith('sourcing/')));
  });

  it('binary junk, as Markdown and as plain text', () => {
    const random = seededRandom(0xdeadbeef);
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')]) {
      for (const kind of ['markdown', 'plaintext'] as const) inBounds(text, checkText(text, { kind }));
    }
  });

  it('pathological shapes: one huge line, only punctuation, only quotes, deep nesting', () => {
    // Sizes stay moderate: a quadratic rule shows as a slow test, not a hung one.
    const shapes = [
      'word '.repeat(40_000),
      'the the '.repeat(5_000),
      '.'.repeat(50_000),
      '"'.repeat(5_001),
      '“'.repeat(2_000) + '”'.repeat(2_000),
      '['.repeat(20_000) + ']('.repeat(20_000),
      '`'.repeat(50_001),
      '`a` '.repeat(10_000),
      '<!--'.repeat(10_000),
      'Oct. '.repeat(20_000),
      'U.S. '.repeat(20_000),
      '\r\n'.repeat(50_000),
      '- '.repeat(20_000) + '\n',
      '    code\n'.repeat(10_000),
    ];
    for (const text of shapes) {
      for (const kind of ['markdown', 'plaintext'] as const) inBounds(text, checkText(text, { kind }));
    }
    // 4,000 times "the" in a row: every repeat goes in one pass.
    const fixed = fixText('the the '.repeat(2_000));
    assert.equal(fixed.text, 'the ');
    assert.equal(fixed.passes, 1);
  });
});
