// figures/large-numbers: figures with million and billion, "$5 million", no abbreviations.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { check } from '../../../rules/src';
import { ruleTable } from '../helpers/rule-table';

ruleTable('figures/large-numbers', {
  options: { kind: 'plaintext' },
  valid: [
    'TikTok has reportedly been downloaded 175 million times in the U.S. and more than 1 billion times globally.',
    'Dealers last year sold 303,417 new vehicles, up 4% from the previous year.', // a precise count
    'The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share.',
    'Alibaba is set to raise up to HK$88 billion from its second listing.',
    'A million thanks to everyone who helped.', // casual, and a sentence start
    'She said thanks a million times over.', // casual
    'He is one in a million.',
    'Hundreds of billions of dollars worth of projects were stalled.',
    'Half a million people marched.', // idiom kept
    '“We have a billion users,” he said.', // inside a quote
    'It sold 1,234,567 copies.', // not a round figure: precise
  ],
  invalid: [
    {
      text: 'The app boasts it has more than a billion users worldwide, while TikTok has been downloaded more than 1 billion times.',
      spans: ['a billion'],
      output: 'The app boasts it has more than 1 billion users worldwide, while TikTok has been downloaded more than 1 billion times.',
    },
    { text: 'The town has one billion reasons.', spans: ['one billion'], output: 'The town has 1 billion reasons.' },
    { text: 'There are more than three million Palestinians there.', spans: ['three million'], output: 'There are more than 3 million Palestinians there.' },
    { text: 'It cost 1,000,000 dollars, they said.', count: 1, output: 'It cost 1 million dollars, they said.' },
    { text: 'The fund holds 2,500,000,000 in assets.', spans: ['2,500,000,000'], output: 'The fund holds 2.5 billion in assets.' },
    { text: 'It raised $5m last year.', spans: ['$5m'], output: 'It raised $5 million last year.' },
    { text: 'It raised $5M last year.', spans: ['$5M'], output: 'It raised $5 million last year.' },
    { text: 'It raised $5 mln last year.', spans: ['$5 mln'], output: 'It raised $5 million last year.' },
    { text: 'It raised $5 mil. last year.', spans: ['$5 mil.'], output: 'It raised $5 million last year.' },
    { text: 'It raised $5 mil.', spans: ['$5 mil.'], output: 'It raised $5 million.' },
    { text: 'It lent $2bn to the city.', spans: ['$2bn'], output: 'It lent $2 billion to the city.' },
    { text: 'It lent $2 bln to the city.', spans: ['$2 bln'], output: 'It lent $2 billion to the city.' },
    { text: 'The deal is worth £3bn.', spans: ['£3bn'], output: 'The deal is worth £3 billion.' },
    { text: 'The agency asked for $22.6bn, and whether a mission is possible.', spans: ['$22.6bn'], output: 'The agency asked for $22.6 billion, and whether a mission is possible.' },
    { text: 'The state spends $449K on ads.', spans: ['$449K'], output: 'The state spends $449,000 on ads.' },
    { text: 'They paid 5 million dollars for it.', spans: ['5 million dollars'], output: 'They paid $5 million for it.' },
    { text: 'Big Machine owes Taylor $7.9 million dollars of unpaid royalties.', spans: ['$7.9 million dollars'], output: 'Big Machine owes Taylor $7.9 million of unpaid royalties.' },
    // The "$" in a quote is the writer's rendering: the redundant "dollars" is flagged there too.
    { text: 'The statement said: “Big Machine owes Taylor $7.9 million dollars of unpaid royalties.”', spans: ['$7.9 million dollars'] },
  ],
});

it('figures/large-numbers points at the story\'s own figure form (related information)', () => {
  const text = 'It has more than a billion users. TikTok was downloaded more than 1 billion times.';
  const [finding] = check(text, { kind: 'plaintext' }).filter((f) => f.ruleId === 'figures/large-numbers');
  assert.ok(finding.related?.length);
  assert.equal(text.slice(finding.related![0].start, finding.related![0].end), '1 billion');
  assert.match(finding.message, /"1 billion users"/);
});
