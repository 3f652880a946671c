// dates/weekday-mismatch: the weekday disagrees with the date; never guesses a year, never safe.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, check } from '../../../rules/src';
import { ruleTable } from '../helpers/rule-table';

ruleTable('dates/weekday-mismatch', {
  valid: [
    // Real weekday/date pairs from the corpus, all correct.
    { text: 'The suspect was convicted Monday, Nov. 18, 2019.', options: {} },
    { text: 'at 6:38 p.m. on Saturday, May 18.', options: { publicationDate: '2019-11-19' } },
    'the missing AirAsia flight, Thursday, Dec. 11, 2014.',
    { text: 'said at the closed-door WTO meeting Friday (Oct. 2) that', options: { publicationDate: '2020-10-05' } },
    // No year anywhere: never guessed.
    'The meeting was Thursday, Oct. 2.',
    // Leap day: Feb. 29, 2024 was a Thursday.
    'The vote was Thursday, Feb. 29, 2024.',
    // The year from the publication date is the nearest one: Dec. 31 in a January story.
    { text: 'The party was Thursday, Dec. 31.', options: { publicationDate: '2021-01-02' } },
    '“It was Thursday, Oct. 2, 2020,” she said.',
  ],
  invalid: [
    { text: 'The board met Thursday, Oct. 2, 2020.', spans: ['Thursday, Oct. 2, 2020'], output: 'The board met Thursday, Oct. 2, 2020.' },
    { text: 'The board met Thursday (Oct. 2).', options: { publicationDate: '2020-10-05' } },
    { text: 'The vote was Friday, Feb. 29, 2024.' },
    // Jan. 1, 1900 was a Monday (1900 was no leap year); Jan. 1, 2019 a Tuesday.
    { text: 'It happened Monday, Jan. 1, 1900 and Wednesday, Jan. 1, 2019.', count: 1, spans: ['Wednesday, Jan. 1, 2019'] },
  ],
});

describe('dates/weekday-mismatch fixes', () => {
  const findingOf = (text: string, options = {}) => check(text, options).find((f) => f.ruleId === 'dates/weekday-mismatch');

  it('offers the weekday first and the nearest matching date second, neither safe', () => {
    const text = 'The board met Thursday, Oct. 2, 2020.';
    const finding = findingOf(text)!;
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /Oct\. 2, 2020 is a Friday, not a Thursday/);
    assert.deepEqual(finding.fixes.map((f) => f.safe), [false, false]);
    assert.equal(applyEdits(text, finding.fixes[0].edits), 'The board met Friday, Oct. 2, 2020.');
    assert.equal(applyEdits(text, finding.fixes[1].edits), 'The board met Thursday, Oct. 1, 2020.');
  });

  it('takes the year from the publication date and says so', () => {
    const text = 'The board met Thursday (Oct. 2) to vote.';
    const finding = findingOf(text, { publicationDate: '2020-10-05' })!;
    assert.match(finding.message, /year 2020 from the publication date/);
    assert.equal(applyEdits(text, finding.fixes[1].edits), 'The board met Thursday (Oct. 1) to vote.');
  });

  it('moves the year too when the nearest matching date crosses it', () => {
    const text = 'It was Saturday, Dec. 31, 2020.';
    const finding = findingOf(text)!;
    assert.equal(applyEdits(text, finding.fixes[1].edits), 'It was Saturday, Jan. 2, 2021.');
  });

  it('fix-all never changes the day of an event', async () => {
    const { fixText } = await import('../../../rules/src');
    const text = 'The board met Thursday, Oct. 2, 2020.';
    assert.equal(fixText(text).text, text);
  });
});
