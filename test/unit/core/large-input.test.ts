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

describe('large and hostile input', () => {
  it('a 10 MB document made of real articles', () => {
    const articles = realArticles();
    const parts: string[] = [];
    for (let size = 0, i = 0; size < TEN_MB; i++) {
      const article = articles[i % articles.length];
      parts.push(article);
      size += article.length + 2;
    }
    const text = parts.join('\n\n');
    assert.ok(text.length >= TEN_MB);
    const result = checkText(text, { kind: 'plaintext' });
    inBounds(text, result);
    assert.ok(result.document.sentences.length > 10_000);
    assert.ok(result.findings.length > 0);
  });

  it('binary junk, as Markdown and as plain text', () => {
    const random = seededRandom(0xdeadbeef);
    const bytes = Buffer.alloc(256 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')]) {
      for (const kind of ['markdown', 'plaintext'] as const) inBounds(text, checkText(text, { kind }));
    }
  });

  it('pathological shapes: one huge line, only punctuation, only quotes, deep nesting', () => {
    const shapes = [
      'word '.repeat(200_000),
      '.'.repeat(100_000),
      '"'.repeat(50_001),
      '“'.repeat(20_000) + '”'.repeat(20_000),
      '['.repeat(50_000) + '](' .repeat(50_000),
      '`'.repeat(100_001),
      '<!--'.repeat(30_000),
      'Oct. '.repeat(50_000),
      'U.S. '.repeat(50_000),
      '\r\n'.repeat(100_000),
      '- '.repeat(50_000) + '\n',
    ];
    for (const text of shapes) {
      for (const kind of ['markdown', 'plaintext'] as const) inBounds(text, checkText(text, { kind }));
    }
    assert.equal(typeof fixText('the the '.repeat(5_000)).text, 'string');
  });
});
