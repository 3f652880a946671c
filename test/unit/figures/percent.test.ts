// figures/percent: "5%" by default (AP 2019); the house style may choose the word.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { builtInStyle, fixText, type HouseStyle } from '../../../rules/src';
import { ruleTable } from '../helpers/rule-table';

const ap = builtInStyle('ap')!;
const wordStyle: HouseStyle = { ...ap, name: 'word-percent', figures: { ...ap.figures, percent: 'word' } };

ruleTable('figures/percent', {
  options: { kind: 'plaintext' },
  valid: [
    'Home Depot shares are up 39% year-to-date while the S&P 500 is up 24.5%.',
    'Fifty-one percent say that the president should be removed.', // sentence start: spelled out
    'Support rose 5 percentage points.', // "percentage points" stays
    'Only a small percentage of voters turned out.', // no number
    '“We grew 5 percent,” the chief executive said.', // inside a quote
    'Ticker Security Last Change Change %\nHD THE HOME DEPOT INC. 225.86 -12.99 -5.44%', // ticker widget
    { text: 'Sales rose 5 percent.', options: { houseStyle: wordStyle } },
  ],
  invalid: [
    { text: 'New vehicle sales plunged 10 percent last month.', spans: ['10 percent'], output: 'New vehicle sales plunged 10% last month.' },
    { text: 'Sales fell five percent.', spans: ['five percent'], output: 'Sales fell 5%.' },
    { text: 'Oil supply outpaces demand by a mere 2 per cent.', spans: ['2 per cent'], output: 'Oil supply outpaces demand by a mere 2%.' },
    { text: 'Shares rose 5 % on Monday.', spans: ['5 %'], output: 'Shares rose 5% on Monday.' },
    { text: 'Shares rose 2.3 pct on Monday.', spans: ['2.3 pct'], output: 'Shares rose 2.3% on Monday.' },
    { text: 'Sales rose 5% and then 7%.', spans: ['5%', '7%'], options: { houseStyle: wordStyle }, output: 'Sales rose 5 percent and then 7 percent.' },
    { text: 'Sales rose five per cent.', spans: ['five per cent'], options: { houseStyle: wordStyle }, output: 'Sales rose 5 percent.' },
  ],
});

it('figures/percent: switching the style flips every fix and fix-all converges', () => {
  const draft = 'Sales rose 5 percent, then 7 per cent, then five percent.';
  assert.equal(fixText(draft, { kind: 'plaintext' }).text, 'Sales rose 5%, then 7%, then 5%.');
  assert.equal(fixText(draft, { kind: 'plaintext', houseStyle: wordStyle }).text, 'Sales rose 5 percent, then 7 percent, then 5 percent.');
});
