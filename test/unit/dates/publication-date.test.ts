// Where the publication date comes from, in order: front matter, dateline, setting. Never guessed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadStyle, parseArticle } from '../../../rules/src';

const style = loadStyle('ap');
const pub = (text: string, options: { kind?: 'markdown' | 'plaintext'; publicationDate?: string } = {}) => parseArticle(text, style, options).publicationDate;

describe('publication date', () => {
  it('reads front matter `date:` and `published:`', () => {
    assert.deepEqual(pub('---\ndate: 2020-10-05\n---\nThe WTO met Friday (Oct. 2).\n'), { year: 2020, month: 10, day: 5, source: 'front-matter' });
    assert.deepEqual(pub('---\ntitle: WTO\npublished: 2019-11-18T10:00:00Z\n---\nBody.\n'), { year: 2019, month: 11, day: 18, source: 'front-matter' });
  });

  it('prefers front matter over a dateline and a dateline over the setting', () => {
    const both = '---\ndate: 2020-10-05\n---\nOct. 2, 2020 — The WTO met.\n';
    assert.equal(pub(both, { publicationDate: '2021-01-01' })?.source, 'front-matter');
    const dateline = 'Oct. 2, 2020 — The WTO met Friday.';
    assert.deepEqual(pub(dateline, { kind: 'plaintext', publicationDate: '2021-01-01' }), { year: 2020, month: 10, day: 2, source: 'dateline' });
    assert.deepEqual(pub('The WTO met Friday.', { kind: 'plaintext', publicationDate: '2020-10-05' }), { year: 2020, month: 10, day: 5, source: 'setting' });
  });

  it('reads dated datelines in the first lines', () => {
    for (const text of [
      'Oct. 2, 2020 — The WTO met.',
      'WASHINGTON, Oct. 2, 2020 — The WTO met.',
      'Friday, Oct. 2, 2020\n\nThe WTO met.',
      'China Says WTO Has Its Back\n\nPublished: October 2, 2020\n\nThe WTO met.',
      'OCT. 2, 2020 -- The WTO met.',
    ]) {
      assert.deepEqual(pub(text, { kind: 'plaintext' }), { year: 2020, month: 10, day: 2, source: 'dateline' }, text);
    }
  });

  it('finds none where there is none: AP datelines, captions, dates in the story, bad settings', () => {
    for (const text of [
      'WASHINGTON (AP) — Ambassador Gordon Sondland is likely to be unpredictable.',
      // A Reuters photo caption: the day the picture was taken, not the story's date.
      'People walk past the Bombay Stock Exchange (BSE) building in Mumbai May 13, 2014.\n\nThe best and worst of Bollywood.',
      'The board met on Oct. 2, 2020 to vote.',
      'Body.\n\nMore body.\n\nOct. 2, 2020 — a dateline too far down.',
    ]) {
      assert.equal(pub(text, { kind: 'plaintext' }), undefined, text);
    }
    assert.equal(pub('Body.', { kind: 'plaintext', publicationDate: '2020-02-30' }), undefined);
    assert.equal(pub('Body.', { kind: 'plaintext', publicationDate: 'yesterday' }), undefined);
    assert.equal(pub('---\ndate: soon\n---\nBody.\n'), undefined);
  });
});
