// figures/inconsistent: one form per story for choices the other rules leave open.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { builtInStyle, check, fixText, type HouseStyle } from '../../../rules/src';
import { ruleTable } from '../helpers/rule-table';

const ap = builtInStyle('ap')!;
const either: HouseStyle = { ...ap, name: 'either-percent', figures: { ...ap.figures, percent: 'either' } };

ruleTable('figures/inconsistent', {
  options: { kind: 'plaintext', houseStyle: either },
  valid: [
    // consistent stories, in either form
    'Sales rose 5 percent in the quarter. Revenue was up 7 percent.',
    'Sales rose 5% in the quarter. Revenue was up 7%.',
    // under AP ("%" settled by figures/percent) there is nothing left to choose
    { text: 'Sales rose 5 percent. Revenue was up 7%. Costs fell 2%.', options: { houseStyle: ap } },
    // "a billion" vs "1 billion" is settled by figures/large-numbers while it is on
    { text: 'It has a billion users and was downloaded 1 billion times and 2 billion times.', options: { houseStyle: ap } },
    'Alibaba raised HK$88 billion, or US$11.3 billion, and paid $5 million.', // other dollars: no US$/$ choice
  ],
  invalid: [
    {
      text: 'Sales rose 5% in the quarter. Revenue was up 7 percent. Costs fell 2%.',
      spans: ['7 percent'],
      output: 'Sales rose 5% in the quarter. Revenue was up 7%. Costs fell 2%.',
    },
    {
      text: 'Sales rose 5 percent. Revenue was up 7%. Costs fell 2 percent.',
      spans: ['7%'],
      output: 'Sales rose 5 percent. Revenue was up 7 percent. Costs fell 2 percent.',
    },
    {
      text: 'The firm sold US$5 billion in bonds, US$2 billion in loans and $1 billion in stock.',
      spans: ['$1 billion'],
      output: 'The firm sold US$5 billion in bonds, US$2 billion in loans and US$1 billion in stock.',
    },
    {
      // With figures/large-numbers off, the story's majority form decides.
      text: 'It has more than a billion users, 1 billion downloads and 2 billion views.',
      spans: ['a billion'],
      options: { houseStyle: ap, rules: { 'figures/large-numbers': 'off' } },
      output: 'It has more than 1 billion users, 1 billion downloads and 2 billion views.',
    },
  ],
});

it('figures/inconsistent points at the first use of the majority form', () => {
  const text = 'Sales rose 5% in the quarter. Revenue was up 7 percent. Costs fell 2%.';
  const [finding] = check(text, { kind: 'plaintext', houseStyle: either }).filter((f) => f.ruleId === 'figures/inconsistent');
  assert.equal(text.slice(finding.related![0].start, finding.related![0].end), '5%');
  assert.match(finding.message, /"%" \(2 of 3\)/);
});

it('figures/inconsistent fixes converge: a second pass changes nothing', () => {
  const text = 'Sales rose 5 percent. Revenue was up 7%. Costs fell 2 percent. Prices rose 3 %.';
  const once = fixText(text, { kind: 'plaintext', houseStyle: either }).text;
  assert.equal(once, 'Sales rose 5 percent. Revenue was up 7 percent. Costs fell 2 percent. Prices rose 3 percent.');
  assert.equal(fixText(once, { kind: 'plaintext', houseStyle: either }).applied, 0);
});
