// The model's hand-written scanners answer exactly what the regexes they replaced answer:
// the regexes are kept here as the specification and compared on tricky strings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineStartsOf, loadStyle, parseArticle } from '../../../rules/src';
import { isLetterAt, isLowerAt, isSpace, isUpperOrDigitAt } from '../../../rules/src/model/chars';
import { findSkippedRegions } from '../../../rules/src/model/regions';
import { createSentenceSplitter, findCandidateEnds } from '../../../rules/src/model/sentences';
import { realArticles } from '../helpers/corpus';

const ap = loadStyle('ap');

/** Every match of a global regex, as [start, end] pairs. */
function matches(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function regionsOf(text: string, kind: 'markdown' | 'plaintext', reason: string): [number, number][] {
  return findSkippedRegions(text, kind, 0)
    .filter((r) => r.reason === reason)
    .map((r) => [r.start, r.end]);
}

describe('model scanners: character tests', () => {
  it('match their regexes on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      assert.equal(isSpace(code), /\s/.test(char), `isSpace ${code.toString(16)}`);
      assert.equal(isUpperOrDigitAt(char, 0), /[\p{Lu}\d]/u.test(char), `upper ${code.toString(16)}`);
      assert.equal(isLowerAt(char, 0), /\p{Ll}/u.test(char), `lower ${code.toString(16)}`);
      assert.equal(isLetterAt(char, 0), /\p{L}/u.test(char), `letter ${code.toString(16)}`);
    }
  });

  it('are false past the end of the text', () => {
    assert.equal(isUpperOrDigitAt('A', 1), false);
    assert.equal(isLowerAt('a', 1), false);
    assert.equal(isLetterAt('a', -1), false);
  });
});

describe('model scanners: skipped regions', () => {
  it('e-mail addresses are what /\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b/g finds', () => {
    const texts = ['write a.b+c@d-e.f.g now', '.x@y.z and _@a.b', 'x@y', 'one@two.three@four.five', '--a@b.c-', 'a@b.c.', '@x.y', 'mail me@x.com, or you@y.org.'];
    for (const text of texts) {
      assert.deepEqual(regionsOf(text, 'plaintext', 'url'), matches(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, text), text);
    }
  });

  it('URLs are what the URL regex finds, trimmed of closing punctuation', () => {
    const cases: [string, string[]][] = [
      ['see https://example.com/a(b)c). Then', ['https://example.com/a(b)c)']],
      ['www.x.org, and ftp://f.example; http://y.com?', ['www.x.org', 'ftp://f.example', 'http://y.com']],
      ['xhttps://no sftp://no wwww.no (www.yes)', ['www.yes']],
      ['https://www.once.example', ['https://www.once.example']],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(regionsOf(text, 'plaintext', 'url').map(([s, e]) => text.slice(s, e)), expected, text);
    }
  });

  it('plain directives open a line, after spaces or tabs only', () => {
    const text = 'copydesk-disable\n  copydesk-enable dates/*\nnot copydesk-disable\n\t copydesk-disable-next-line x\u2028copydesk-enable';
    const spec = matches(/^[ \t]*copydesk-(?:disable-next-line|disable|enable)\b[^\r\n]*/gm, text);
    assert.deepEqual(regionsOf(text, 'plaintext', 'directive'), spec);
    assert.equal(spec.length, 3);
  });

  it('reference definitions open a line after at most three spaces', () => {
    const text = '[a]: http://x\n   [b]: y\n    [c]: z\n\t[d]: w\nsee [e]: v\n[f]:\n';
    const spec = matches(/^ {0,3}\[[^\]\r\n]+\]:[ \t]*\S[^\r\n]*/gm, text);
    const found = findSkippedRegions(text, 'markdown', 0).map((r) => [r.start, r.end]);
    for (const span of spec) assert.ok(found.some(([s, e]) => s <= span[0] && e >= span[1]), JSON.stringify(span));
    assert.equal(spec.length, 2);
  });

  it('code fences and inline code', () => {
    const text = 'Text `a` and ``b ` c`` here\n```js\ncode\n````\nmore\n~~~\nx\n  ~~~  \nafter\n\n    indented\n';
    const code = findSkippedRegions(text, 'markdown', 0).filter((r) => r.reason === 'code-block' || r.reason === 'inline-code');
    assert.deepEqual(code.map((r) => text.slice(r.start, r.end)), ['`a`', '``b ` c``', '```js\ncode\n````\n', '~~~\nx\n  ~~~  \n', '    indented\n']);
  });
});

describe('model scanners: sentences', () => {
  const endRe = /[.?!…]+["'”’)\]]*/g;

  it('candidate ends are the matches of /[.?!…]+["\'”’)\\]]*/g, read in order', () => {
    for (const text of ['Hi. Yes?! No…" Ok.\') x.] y', '...', 'a', '"Go.)" he said... Then!']) {
      const cursor = findCandidateEnds(text);
      const found: [number, number][] = [];
      for (cursor.seek(0); cursor.start < text.length; cursor.next()) found.push([cursor.start, cursor.end]);
      assert.deepEqual(found, matches(endRe, text), text);
    }
  });

  it('seeking backwards reads the prose again from the top', () => {
    const text = 'One. Two. Three.';
    const cursor = findCandidateEnds(text);
    assert.ok(cursor.seek(10));
    assert.equal(cursor.start, 15);
    assert.ok(cursor.seek(0));
    assert.equal(cursor.start, 3);
  });

  it('splitting with the shared candidate ends gives the sentences of splitting each paragraph alone', () => {
    const splitter = createSentenceSplitter(ap.sentences);
    for (const text of realArticles().slice(0, 12)) {
      for (const kind of ['markdown', 'plaintext'] as const) {
        const doc = parseArticle(text, ap, { kind });
        const alone = doc.paragraphs.flatMap((p) =>
          splitter.split(doc.prose, p, doc.quotes, { markdown: kind === 'markdown', mayHaveDateline: p.index < 4 }),
        );
        assert.deepEqual(
          doc.sentences.map((s) => [s.start, s.end]),
          alone.map((s) => [s.start, s.end]),
        );
      }
    }
  });

  it('abbreviations, initials and ordinary words before a period', () => {
    const doc = parseArticle('He met Carl J. Nichols in the U.S. The talks ended. Then Gov. Smith left at 5 p.m. He said no. Then he went.', ap, { kind: 'plaintext' });
    assert.deepEqual(
      doc.sentences.map((s) => doc.text.slice(s.start, s.end)),
      ['He met Carl J. Nichols in the U.S.', 'The talks ended.', 'Then Gov. Smith left at 5 p.m.', 'He said no.', 'Then he went.'],
    );
  });
});

describe('model: line starts', () => {
  it('are read on demand and match lineStartsOf', () => {
    const text = 'a\nb\r\nc\n\nd';
    const doc = parseArticle(text, ap, { kind: 'plaintext' });
    assert.deepEqual(doc.lineStarts, lineStartsOf(text));
    assert.equal(doc.lineStarts, doc.lineStarts); // read once
  });
});
