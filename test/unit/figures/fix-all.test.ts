// "Fix all" on figure errors: one fixText call turns a draft into AP copy, a second changes nothing.
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { check, fixText, type EngineOptions } from '../../../rules/src';

// Only the figure rules, so the expected text shows exactly what they do.
const FIGURES_ONLY: EngineOptions = {
  kind: 'plaintext',
  rules: { 'sourcing/*': 'off', 'attribution/*': 'off', 'dates/*': 'off', 'times/*': 'off', 'style/*': 'off' },
};

const DRAFT = [
  'Police said 5 people were hurt and the team finished in 3rd place.',
  'The company hired fifteen people and lowered the roof two inches.',
  'Emirates is the number one buyer of the jet.',
  'The app has more than a billion users, and it was downloaded more than 1 billion times.',
  'It raised $5m, borrowed $2 bln and paid 5 million dollars, or $7.9 million dollars in all.',
  'Sales rose 5 percent, then 7 per cent, then five percent, then 3 %.',
  'The crowd of 25000 fans cheered. 12 people died.',
  '1,000,000 was the goal. The fund holds 2,500,000,000 shares.',
  "They met on Fort Worth's 6th Avenue. He lost by five-and-a-half points.",
].join('\n\n');

const AP_COPY = [
  'Police said five people were hurt and the team finished in third place.',
  'The company hired 15 people and lowered the roof 2 inches.',
  'Emirates is the No. 1 buyer of the jet.',
  'The app has more than 1 billion users, and it was downloaded more than 1 billion times.',
  'It raised $5 million, borrowed $2 billion and paid $5 million, or $7.9 million in all.',
  'Sales rose 5%, then 7%, then 5%, then 3%.',
  'The crowd of 25,000 fans cheered. Twelve people died.',
  'One million was the goal. The fund holds 2.5 billion shares.',
  "They met on Fort Worth's Sixth Avenue. He lost by 5.5 points.",
].join('\n\n');

describe('figures: fix all', () => {
  it('turns a draft full of figure errors into AP copy in one call', () => {
    assert.equal(fixText(DRAFT, FIGURES_ONLY).text, AP_COPY);
  });

  it('leaves no figure finding, and a second call changes nothing', () => {
    const once = fixText(DRAFT, FIGURES_ONLY).text;
    const again = fixText(once, FIGURES_ONLY);
    assert.equal(again.applied, 0);
    assert.equal(again.text, once);
    const left = check(once, FIGURES_ONLY).filter((f) => f.ruleId.startsWith('figures/'));
    assert.deepEqual(left.map((f) => [f.ruleId, once.slice(f.start, f.end)]), []);
  });

  it('a long number opening a sentence is left for the editor to recast', () => {
    const text = '175 million people downloaded it.';
    const [finding] = check(text, FIGURES_ONLY).filter((f) => f.ruleId === 'figures/sentence-start');
    assert.match(finding.message, /recast/);
    assert.equal(fixText(text, FIGURES_ONLY).text, text);
  });

  it('converges with every rule on, too', () => {
    const once = fixText(DRAFT, { kind: 'plaintext' }).text;
    assert.equal(fixText(once, { kind: 'plaintext' }).applied, 0);
  });

  it('on the WTO sample: "more than a billion users" is flagged against "1 billion" and fixed', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../../samples/wto-tiktok.md'), 'utf8');
    const findings = check(text, { kind: 'markdown' }).filter((f) => f.ruleId.startsWith('figures/'));
    const billion = findings.find((f) => text.slice(f.start, f.end) === 'a billion');
    assert.ok(billion, `figure findings: ${JSON.stringify(findings.map((f) => text.slice(f.start, f.end)))}`);
    assert.equal(billion.ruleId, 'figures/large-numbers');
    assert.match(billion.message, /"1 billion users", as "1 billion" elsewhere in this story/);
    assert.equal(text.slice(billion.related![0].start, billion.related![0].end), '1 billion');
    const fixed = fixText(text, { kind: 'markdown' }).text;
    assert.ok(fixed.includes('boasts it has more than 1 billion users worldwide'));
    assert.ok(!fixed.includes('a billion users'));
  });
});
