// dates/relative: "yesterday", "last Tuesday"… resolved against the publication date.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, check, fixText } from '../../../rules/src';
import { ruleTable } from '../helpers/rule-table';

const published = { publicationDate: '2020-10-02' }; // a Friday

ruleTable('dates/relative', {
  valid: [
    'A video showing the dramatic moment a kidnapped 8-year-old was rescued by police was released Monday.',
    'The Steelers spent Monday trying to distance themselves from Thursday night’s fight.',
    '“I was shocked to see her statements yesterday,” she said.',
    'They are building the cities of tomorrow.',
    'The league will meet next week.',
    'He spent the weekend at home.',
    'YESTERDAY’S HEADLINE IN CAPITALS',
  ],
  invalid: [
    { text: 'The council voted yesterday.', options: published },
    { text: 'The vote is tomorrow.', options: published },
    { text: 'Rates plunged 10 percent last month, despite low interest rates.', options: published },
    { text: 'Late last month, a federal judge granted an injunction.', options: published },
    { text: 'The first cases came to light last week.', options: published },
    { text: 'It had been set to go into effect a week ago.', options: published },
    { text: 'He was sentenced to life in federal prison last Thursday.', options: published },
    { text: 'The flight leaves this past Monday and next Tuesday.', count: 2, options: published },
    // Without a publication date it is still flagged, with nothing to offer.
    { text: 'The council voted yesterday.' },
  ],
});

describe('dates/relative messages and fixes', () => {
  const only = (text: string, options = {}) => check(text, options).filter((f) => f.ruleId === 'dates/relative');

  it('resolves the date in the message and offers the weekday within a week', () => {
    const text = 'The council voted yesterday.';
    const [finding] = only(text, published);
    assert.equal(finding.severity, 'information');
    assert.match(finding.message, /'yesterday' = Thursday, Oct\. 1, 2020/);
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(applyEdits(text, finding.fixes[0].edits), 'The council voted Thursday.');
  });

  it('offers the date beyond a week, the month for "last month", and keeps capitals', () => {
    const cases: [string, string][] = [
      ['It had been set to go into effect a week ago.', 'It had been set to go into effect Sept. 25.'],
      ['He was sentenced last Friday.', 'He was sentenced Sept. 25.'],
      ['He was sentenced last Thursday.', 'He was sentenced Thursday.'],
      ['The vote is next Monday.', 'The vote is Monday.'],
      ['The vote is tomorrow.', 'The vote is Saturday.'],
      ['Rates plunged last month, dealers said.', 'Rates plunged in September, dealers said.'],
      ['Rates have risen since last month.', 'Rates have risen since September.'],
      ['Late last month, a federal judge ruled.', 'In late September, a federal judge ruled.'],
    ];
    for (const [text, expected] of cases) {
      const [finding] = only(text, published);
      assert.ok(finding, text);
      assert.equal(applyEdits(text, finding.fixes[0].edits), expected, text);
    }
  });

  it('describes "last week" without a fix, and says how to resolve without a date', () => {
    const [week] = only('It came to light last week.', published);
    assert.match(week.message, /the week of Sept\. 20/);
    assert.equal(week.fixes.length, 0);
    const [bare] = only('The council voted yesterday.');
    assert.match(bare.message, /publication date/);
    assert.equal(bare.fixes.length, 0);
  });

  it('is never applied by fix-all: the wording depends on the publication date', () => {
    const text = 'The council voted yesterday.';
    assert.equal(fixText(text, published).text, text);
  });
});
