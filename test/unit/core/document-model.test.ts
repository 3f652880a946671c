// The document model (parseArticle): quotations, skipped regions, prose, front matter,
// paragraphs and headings, and offsets (UTF-16, CRLF, emoji) that map straight into the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, isSkipped, loadStyle, parseArticle, quoteAt, type ArticleDocument, type DocumentKind } from '../../../rules/src';

const ap = loadStyle('ap');
const parse = (text: string, kind: DocumentKind = 'markdown', publicationDate?: string) => parseArticle(text, ap, { kind, publicationDate });
const quotesOf = (doc: ArticleDocument) => doc.quotes.map((q) => ({ text: doc.text.slice(q.start, q.end), content: doc.text.slice(q.contentStart, q.contentEnd), closed: q.closed, paragraph: q.paragraph }));
/** The parts of the text that rules can see (not blanked). */
const visible = (doc: ArticleDocument) => doc.prose.replace(/\s+/g, ' ').trim();

describe('quotations', () => {
  it('straight and curly quotes, with their content', () => {
    const doc = parse('He said, "We will win." She said, “We will not.” Then they left.');
    assert.deepEqual(quotesOf(doc), [
      { text: '"We will win."', content: 'We will win.', closed: true, paragraph: 0 },
      { text: '“We will not.”', content: 'We will not.', closed: true, paragraph: 0 },
    ]);
  });

  it('a quote over several paragraphs (AP: left open, reopened with a mark) is one quotation', () => {
    for (const [open, close] of [['“', '”'], ['"', '"']]) {
      const text = `${open}We will fight.\n\n${open}We will win,${close} he said.\n\nDone.`;
      const doc = parse(text);
      assert.equal(doc.quotes.length, 1);
      const [quote] = doc.quotes;
      assert.equal(quote.closed, true);
      assert.equal(quote.paragraph, 0);
      assert.equal(text.slice(quote.start, quote.end), `${open}We will fight.\n\n${open}We will win,${close}`);
      // Both paragraphs' words are inside the quote; the attribution and the next paragraph are not.
      assert.ok(quoteAt(doc, text.indexOf('fight')));
      assert.ok(quoteAt(doc, text.indexOf('win')));
      assert.equal(quoteAt(doc, text.indexOf('he said')), undefined);
      assert.equal(quoteAt(doc, text.indexOf('Done')), undefined);
    }
  });

  it('an unclosed quote ends with its paragraph', () => {
    const text = 'He said "never again.\n\nNext paragraph here.';
    const doc = parse(text);
    assert.deepEqual(quotesOf(doc), [{ text: '"never again.', content: 'never again.', closed: false, paragraph: 0 }]);
    assert.equal(quoteAt(doc, text.indexOf('Next')), undefined);
  });

  it('an inch mark after a figure does not open a quote', () => {
    const doc = parse('The 6\'2" guard scored. "We won," he said.');
    assert.deepEqual(quotesOf(doc).map((q) => q.text), ['"We won,"']);
  });

  it('quotes inside code or HTML tags are not quotes', () => {
    const doc = parse('Run `echo "hi"` now. See <a href="https://x.com">this</a> today.');
    assert.deepEqual(doc.quotes, []);
  });
});

describe('skipped regions (Markdown)', () => {
  const text = [
    '---',
    'title: "Oct 2nd draft"',
    'date: 2020-10-05',
    '---',
    '# TikTok ban delayed',
    '',
    'Text `code Oct 2nd` and [a link](https://example.com/oct-2nd "Oct 2nd") here.',
    '<span class="x">Tagged</span> <!-- editor note: Oct 2nd --> done.',
    '',
    '```',
    'Oct 2nd in a fence',
    '```',
    '',
    '    indented Oct 2nd code',
    '',
    'Mail tips@example.com or see www.example.org/oct-2nd. Next.',
    '[ref]: https://example.com/ref "Oct 2nd"',
  ].join('\n');
  const doc = parse(text);

  it('prose has the same length and line breaks as the text', () => {
    assert.equal(doc.prose.length, text.length);
    assert.deepEqual([...doc.prose.matchAll(/\n/g)].map((m) => m.index), [...text.matchAll(/\n/g)].map((m) => m.index));
  });

  it('blanks front matter, code, inline code, URLs, link targets, e-mail, comments and tags', () => {
    // A link's target goes, with its "](": the link text stays.
    assert.equal(visible(doc), '# TikTok ban delayed Text and [a link here. Tagged done. Mail or see . Next.');
    for (const reason of ['front-matter', 'code-block', 'inline-code', 'url', 'link-target', 'html-comment', 'html-tag'] as const) {
      assert.ok(doc.skipped.some((r) => r.reason === reason), `a ${reason} region`);
    }
    assert.ok(isSkipped(doc, text.indexOf('Oct 2nd in a fence')));
    assert.ok(!isSkipped(doc, text.indexOf('Tagged')));
  });

  it('no rule sees what is skipped', () => {
    assert.deepEqual(check(text).filter((f) => f.ruleId.startsWith('dates/')), []);
  });

  it('front matter date is the publication date', () => {
    assert.deepEqual(doc.publicationDate, { year: 2020, month: 10, day: 5, source: 'front-matter' });
    assert.equal(doc.frontMatter.title, 'Oct 2nd draft');
  });

  it('a Copydesk directive is not a plain HTML comment: it is read, and blanked', () => {
    const withDirective = 'A line.\n<!-- copydesk-disable-next-line dates/ordinal -- a quote from the filing -->\nOct. 2nd';
    const d = parse(withDirective);
    assert.deepEqual(d.directives.map((x) => ({ kind: x.kind, ruleIds: x.ruleIds, line: x.line })), [{ kind: 'disable-next-line', ruleIds: ['dates/ordinal'], line: 1 }]);
    assert.equal(visible(d), 'A line. Oct. 2nd');
  });
});

describe('skipped regions (plain text)', () => {
  it('keeps Markdown-looking text, blanks URLs and directive lines', () => {
    const text = 'copydesk-disable-next-line dates/ordinal\nOct. 2nd, see `x` and <b>this</b> at https://example.com/a.\n---\nNot front matter.';
    const doc = parse(text, 'plaintext');
    assert.equal(doc.prose.length, text.length);
    assert.equal(visible(doc), 'Oct. 2nd, see `x` and <b>this</b> at . --- Not front matter.');
    assert.deepEqual(doc.directives.map((d) => d.kind), ['disable-next-line']);
    assert.equal(doc.publicationDate, undefined);
  });

  it('a URL keeps its balanced parentheses and drops trailing punctuation', () => {
    const text = 'See https://en.wikipedia.org/wiki/Foo_(bar), then https://example.com.';
    const doc = parse(text, 'plaintext');
    assert.deepEqual(doc.skipped.map((r) => text.slice(r.start, r.end)), ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://example.com']);
  });
});

describe('publication date', () => {
  it('from front matter, a dateline, then the setting', () => {
    assert.equal(parse('---\ndate: 2020-10-05T10:00:00Z\n---\nText.').publicationDate?.source, 'front-matter');
    assert.deepEqual(parse('WASHINGTON, Oct. 2, 2020 — Text.', 'plaintext').publicationDate, { year: 2020, month: 10, day: 2, source: 'dateline' });
    assert.deepEqual(parse('Text.', 'plaintext', '2021-02-03').publicationDate, { year: 2021, month: 2, day: 3, source: 'setting' });
    assert.equal(parse('Text.', 'plaintext').publicationDate, undefined);
  });
  it('an impossible date is no date', () => {
    assert.equal(parse('---\ndate: 2021-02-30\n---\nText.').publicationDate, undefined);
  });
});

describe('paragraphs and headings', () => {
  it('Markdown headings and capitalised headlines are headings; prose is not', () => {
    const text = '# TikTok ban\n\nCHINA SAYS WTO HAS ITS BACK\n\nThe U.S. said no.\nIt left.\n\n- a list item\n- another';
    const doc = parse(text);
    assert.deepEqual(doc.paragraphs.map((p) => [text.slice(p.start, p.end), p.isHeading]), [
      ['# TikTok ban', true],
      ['CHINA SAYS WTO HAS ITS BACK', true],
      ['The U.S. said no.\nIt left.', false],
      ['- a list item', false],
      ['- another', false],
    ]);
    for (const p of doc.paragraphs) {
      const sentences = doc.sentences.slice(p.firstSentence, p.firstSentence + p.sentenceCount);
      assert.ok(sentences.every((s) => s.paragraph === p.index && s.start >= p.start && s.end <= p.end));
    }
  });

  it('style hints leave headings alone', () => {
    assert.deepEqual(check('# There is a very big problem\n\nText.').filter((f) => f.ruleId.startsWith('style/')), []);
  });
});

describe('offsets are exact UTF-16 offsets into the original text', () => {
  it('CRLF line endings', () => {
    const text = '---\r\ndate: "2020-10-05"\r\n---\r\nThe vote is Oct 2nd.\r\n\r\nIt ended Sept 30th.\r\n';
    const doc = parse(text);
    assert.deepEqual(doc.publicationDate, { year: 2020, month: 10, day: 5, source: 'front-matter' });
    assert.deepEqual(doc.paragraphs.map((p) => text.slice(p.start, p.end)), ['The vote is Oct 2nd.', 'It ended Sept 30th.']);
    assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['The vote is Oct 2nd.', 'It ended Sept 30th.']);
    const flagged = check(text).filter((f) => f.ruleId === 'dates/ordinal').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(flagged, ['Oct 2nd', 'Sept 30th']);
  });

  it('emoji, combining marks and astral letters before a finding', () => {
    const text = '👩‍👩‍👧 Café\u0301 𝒜 news: the the vote is Oct. 2nd. 🎉';
    const findings = check(text);
    assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]), [
      ['style/illusion', 'the'],
      ['dates/ordinal', 'Oct. 2nd'],
    ]);
    const ordinal = findings.find((f) => f.ruleId === 'dates/ordinal')!;
    assert.equal(ordinal.start, text.indexOf('Oct. 2nd'));
  });

  it('sentences of a document made of emoji and marks stay inside the text', () => {
    const text = '🎉🎉. 👍 Ok. \u0301\u0301. 𝒜𝒜!';
    const doc = parse(text, 'plaintext');
    for (const s of doc.sentences) assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length);
    assert.equal(doc.prose, text);
  });
});
