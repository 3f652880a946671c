import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, check } from '../../../rules/src';
import { ruleTable } from '../helpers/rule-table';

const RULE = 'attribution/vague';

ruleTable(RULE, {
  options: { kind: 'plaintext' },
  valid: [
    'During a search of the garage, investigators reportedly located methamphetamine, heroin and narcotics packaging material, Harris said.',
    'Scooter Braun is allegedly unhappy with his business partner, according to a new report by E! News.',
    'Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share.',
    'Oceanographer Pattiaratchi said debris would normally be expected to float on the surface for around 18 days.',
    '“That’s why (James) is considered probably the best of all time, but I think we did a great job on him,” Schröder said.',
  ],
  invalid: [
    { text: 'TikTok has reportedly been downloaded 175 million times in the U.S.', spans: ['reportedly'] },
    { text: 'Critics say China has stepped up its disruption of the service.', spans: ['Critics say'] },
    { text: 'Users said the service was still down on Monday.', spans: ['Users said'] },
    { text: 'Federal judges in the U.S. have questioned the government’s case.', spans: ['Federal judges in the U.S. have questioned'] },
    { text: 'The Java Sea is relatively shallow, making it easier to spot wreckage, say oceanographers, but strong currents could complicate the search.', spans: ['say oceanographers'] },
    { text: 'It is believed the talks will fail.', spans: ['It is believed'] },
    // "They say" continues the analysts of the sentence before.
    { text: 'Analysts expect the number of models to grow. They say the selection will boost sales.', spans: ['Analysts expect', 'They say'] },
  ],
});

describe(`${RULE} quick fixes`, () => {
  it('removes "reportedly" and sources the clause', () => {
    const text = 'The app has reportedly been downloaded 175 million times in the U.S.';
    const [finding] = check(text, { kind: 'plaintext' }).filter((f) => f.ruleId === RULE);
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(applyEdits(text, finding.fixes[0].edits), 'The app has been downloaded 175 million times in the U.S., according to [SOURCE].');
  });

  it('offers "Name the source" for other vague phrases', () => {
    const text = 'Critics say the plan will fail.';
    const [finding] = check(text, { kind: 'plaintext' }).filter((f) => f.ruleId === RULE);
    assert.equal(finding.fixes[0].title, 'Name the source');
    assert.equal(finding.fixes[0].safe, false);
  });
});
