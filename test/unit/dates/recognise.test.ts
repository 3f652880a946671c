// The shared date recogniser on every form it reads, with offsets into the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadStyle, parseArticle, type ArticleDocument } from '../../../rules/src';
import { recogniseDates, recogniseIn, type DateMention } from '../../../rules/src/analysis/dates/recognise';
import { clearRecognitionCache } from '../../../rules/src/analysis/recognition/document';

const dates = loadStyle('ap').dates;

function one(text: string): DateMention {
  const found = recogniseIn(text, 0, dates);
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((d) => text.slice(d.start, d.end)))}`);
  return found[0];
}

function spanOf(text: string, mention: DateMention): string {
  return text.slice(mention.start, mention.end);
}

describe('date recogniser', () => {
  it('reads month and day in every month spelling, with or without a period', () => {
    const cases: [string, number][] = [
      ['Jan. 5', 1], ['Jan 5', 1], ['January 5', 1], ['Feb. 14', 2], ['March 8', 3], ['Mar. 8', 3], ['April 26', 4], ['Apr 26', 4],
      ['May 18', 5], ['June 30', 6], ['Jun. 30', 6], ['July 17', 7], ['Jul 17', 7], ['Aug. 2', 8], ['August 2', 8],
      ['Sept. 30', 9], ['Sept 30', 9], ['Sep. 30', 9], ['Sep 30', 9], ['September 30', 9], ['Oct. 2', 10], ['Oct 2', 10],
      ['October 2', 10], ['Nov. 18', 11], ['November 18', 11], ['Dec. 31', 12], ['December 31', 12],
    ];
    for (const [written, month] of cases) {
      const text = `It happened ${written} in town.`;
      const d = one(text);
      assert.equal(d.form, 'month-day', written);
      assert.equal(d.month, month, written);
      assert.equal(spanOf(text, d), written);
      assert.equal(d.monthText!.text, written.split(' ')[0]);
    }
  });

  it('reads the year, with or without the comma, and the ordinal ending', () => {
    const withYear = one('It was Oct. 2, 2020, a Friday.');
    assert.deepEqual([withYear.month, withYear.day, withYear.year, withYear.commaBeforeYear], [10, 2, 2020, true]);
    const bare = one('dated March 18 1986, Mark Addison');
    assert.deepEqual([bare.month, bare.day, bare.year, bare.commaBeforeYear], [3, 18, 1986, false]);
    const ordinal = one('on November 5th for your');
    assert.equal(ordinal.day, 5);
    assert.equal(ordinal.ordinal!.text, 'th');
    assert.equal(ordinal.dayText!.text, '5');
  });

  it('reads the weekday and how it joins the date', () => {
    const forms: [string, string, 'comma' | 'parentheses' | 'space', boolean][] = [
      ['met Friday, Oct. 2 in Geneva', 'Friday, Oct. 2', 'comma', false],
      ['met Friday (Oct. 2) that', 'Friday (Oct. 2)', 'parentheses', false],
      ['met Friday Oct. 2 in Geneva', 'Friday Oct. 2', 'space', false],
      ['met Fri., Oct. 2 in Geneva', 'Fri., Oct. 2', 'comma', true],
      ['met Thurs. Oct. 1 in Geneva', 'Thurs. Oct. 1', 'space', true],
    ];
    for (const [text, span, joint, abbreviated] of forms) {
      const d = one(text);
      assert.equal(spanOf(text, d), span, text);
      assert.equal(d.weekday?.joint, joint, text);
      assert.equal(d.weekday?.abbreviated, abbreviated, text);
      assert.equal(d.weekday?.name, span.startsWith('Thu') ? 'Thursday' : 'Friday');
    }
    const paren = one('Friday (Oct. 2, 2020) that');
    assert.equal(paren.year, 2020);
    assert.equal(paren.weekday!.closing!.end, 'Friday (Oct. 2, 2020)'.length);
  });

  it('leaves a weekday unattached when the parenthesis never closes, and a bare abbreviation alone', () => {
    const open = one('on Friday (Oct. 2 and 3 were busy');
    assert.equal(open.weekday, undefined);
    const bare = one('the Sat Oct. 3 show');
    assert.equal(bare.weekday, undefined);
  });

  it('reads ranges, day-first forms, numeric and ISO dates, and month-year', () => {
    const range = one('The talks run Oct. 2-4 in Geneva.');
    assert.deepEqual([range.day, range.rangeEnd], [2, 4]);
    const theOf = one('They met on the 2nd of October.');
    assert.deepEqual([theOf.form, theOf.month, theOf.day], ['day-month', 10, 2]);
    const british = one('Hospital is seen on 29 December 2014 in Glasgow.');
    assert.deepEqual([british.form, british.month, british.day, british.year], ['day-month', 12, 29, 2014]);
    const numeric = one('first floated on 10/2/2020, was');
    assert.deepEqual([numeric.form, numeric.first, numeric.second, numeric.year], ['numeric', 10, 2, 2020]);
    const iso = one('revised on 2020-10-02 and');
    assert.deepEqual([iso.form, iso.year, iso.month, iso.day], ['iso', 2020, 10, 2]);
    const monthYear = one('signed in October, 2019 and');
    assert.deepEqual([monthYear.form, monthYear.month, monthYear.year, monthYear.commaBeforeYear], ['month-year', 10, 2019, true]);
  });

  it('finds no date in look-alikes from real copy', () => {
    const none = [
      'Palm Bay d. Rockledge 70-44',
      'over the Pittsburgh Penguins 5-4 in overtime',
      'the lowest level in 5-1/2 year low',
      'the end of the 2022/23 season',
      'with 3:08 to play, but the Thunder scored',
      'Americans who have felt left behind in the 21st century.',
      'You may march 10 miles if you like, and may 5 people join.',
      'Martinez 1 goal. Auguste 1 save.',
      'Install version 1.2.3 or 10.2.2020 of the app.',
      'about 1/2 of the games',
    ];
    for (const text of none) assert.deepEqual(recogniseIn(text, 0, dates).map((d) => spanOf(text, d)), [], text);
  });

  it('works one paragraph at a time on the document, with offsets into the original text', () => {
    const text = '# Notes\n\nThe vote is Oct. 2.\n\nSee `2020-10-02` and https://x.org/10/2/2020 then Friday, Oct. 9, 2020.\n';
    const doc = parseArticle(text, loadStyle('ap'), { kind: 'markdown' });
    const found = recogniseDates(doc, dates).map((d) => text.slice(d.start, d.end));
    assert.deepEqual(found, ['Oct. 2', 'Friday, Oct. 9, 2020']);
    assert.equal(recogniseDates(doc, dates), recogniseDates(doc, dates), 'cached per document');
  });

  // Speed and linearity belong to `npm run bench` (10 MB against 1 MB), not to a timed test;
  // this checks that a long document loses no date and places each one right.
  it('finds every date of a long document, at its own offsets', () => {
    const paragraph = 'The board met Friday (Oct. 2) and again on 10/2/2020, then Sept. 30, 2019, in the 1990s at 3 p.m. '.repeat(5);
    // A document model with only what the recogniser reads.
    const docOf = (copies: number) => {
      const prose = `${paragraph}\n\n`.repeat(copies);
      const paragraphs = Array.from({ length: copies }, (_, i) => ({ start: i * (paragraph.length + 2), end: i * (paragraph.length + 2) + paragraph.length }));
      return { prose, paragraphs } as unknown as ArticleDocument;
    };
    clearRecognitionCache();
    const one = recogniseDates(docOf(1), dates);
    assert.equal(one.length, 15);
    const doc = docOf(1000); // about 0.5 MB, 15,000 dates (all but the first paragraph from the memo)
    const all = recogniseDates(doc, dates);
    assert.equal(all.length, 1000 * 15);
    for (const [i, d] of all.entries()) {
      const shift = Math.floor(i / 15) * (paragraph.length + 2);
      assert.deepEqual([d.start - shift, d.end - shift], [one[i % 15].start, one[i % 15].end]);
    }
  });
});
