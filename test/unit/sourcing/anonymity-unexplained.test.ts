import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, check, fixText } from '../../../rules/src';
import { ruleTable } from '../helpers/rule-table';

const RULE = 'sourcing/anonymity-unexplained';

ruleTable(RULE, {
  options: { kind: 'plaintext' },
  valid: [
    'The plane lacked real-time engine diagnostics or monitoring, a GE spokesman said.',
    'A senior official, who spoke on condition of anonymity because he was not authorized to discuss the talks publicly, said a deal was close.',
    'Two people familiar with the matter said the board would meet. They spoke on condition of anonymity to discuss private deliberations.',
  ],
  invalid: [
    {
      text: 'A China trade official who declined to be identified said the U.S. measures break the rules.',
      spans: ['A China trade official who declined to be identified'],
      // The placeholder fix is not safe: "fix all" leaves the text alone.
      output: 'A China trade official who declined to be identified said the U.S. measures break the rules.',
    },
    { text: 'The search area was widened on Tuesday, officials said.', spans: ['officials said'] },
    // No reason anywhere: the later reference is unexplained too.
    { text: 'A source said the deal was off. The source added that talks may resume.', spans: ['A source', 'The source'] },
  ],
});

describe(`${RULE} quick fix`, () => {
  it('inserts a placeholder reason after "declined to be identified"', () => {
    const text = 'A China trade official who declined to be identified said the U.S. measures break the rules.';
    const [finding] = check(text, { kind: 'plaintext' }).filter((f) => f.ruleId === RULE);
    const fix = finding.fixes[0];
    assert.equal(fix.safe, false);
    assert.equal(applyEdits(text, fix.edits), 'A China trade official who declined to be identified because [REASON] said the U.S. measures break the rules.');
  });

  it('inserts a whole anonymity clause after a bare source', () => {
    const text = 'A source said the deal was off.';
    const [finding] = check(text, { kind: 'plaintext' }).filter((f) => f.ruleId === RULE);
    assert.equal(applyEdits(text, finding.fixes[0].edits), 'A source, who spoke on condition of anonymity because [REASON], said the deal was off.');
  });

  it('is never applied by fix all', () => {
    const text = 'A source said the deal was off.';
    assert.equal(fixText(text, { kind: 'plaintext' }).text, text);
  });
});
