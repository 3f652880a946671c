// The engine: suppression comments, severities and rule overrides, fix selection
// (non-overlapping, order-independent, convergent) and rule failures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, applyEdits, builtInStyle, check, checkText, chooseEdits, fixText, safeEdits, safeFixOf, type Finding, type Fix, type HouseStyle } from '../../../rules/src';
import { seededRandom, shuffle } from '../helpers/random';

const flagged = (text: string, findings: readonly Finding[]) => findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
const datesOnly = { rules: { 'style/*': 'off' } } as const;

describe('suppression', () => {
  const body = 'Oct. 2nd and Oct 3';
  const both = ['dates/month-abbreviation:Oct', 'dates/ordinal:Oct. 2nd'];

  it('without directives both date rules fire', () => {
    assert.deepEqual(flagged(body, check(body, datesOnly)).sort(), both);
  });

  it('disable-next-line with an id silences that rule on the next line only', () => {
    const text = `<!-- copydesk-disable-next-line dates/ordinal -->\n${body}\nOct. 4th`;
    assert.deepEqual(flagged(text, check(text, datesOnly)), ['dates/month-abbreviation:Oct', 'dates/ordinal:Oct. 4th']);
  });

  it('disable-next-line with several ids, a family wildcard, no id, and an ESLint-style reason', () => {
    for (const directive of ['dates/ordinal, dates/month-abbreviation', 'dates/*', '', 'dates/* -- quoting the court filing']) {
      const text = `<!-- copydesk-disable-next-line ${directive} -->\n${body}\nOct. 4th`;
      assert.deepEqual(flagged(text, check(text, datesOnly)), ['dates/ordinal:Oct. 4th'], directive);
    }
  });

  it('disable … enable blocks, with and without ids', () => {
    const blocks: [string, string, string[]][] = [
      ['dates/ordinal', 'dates/ordinal', ['dates/month-abbreviation:Oct', 'dates/ordinal:Oct. 4th']],
      ['', '', ['dates/ordinal:Oct. 4th']],
      ['dates/*', 'dates/*', ['dates/ordinal:Oct. 4th']],
      ['dates/ordinal', '', ['dates/month-abbreviation:Oct', 'dates/ordinal:Oct. 4th']],
    ];
    for (const [disable, enable, expected] of blocks) {
      const text = `<!-- copydesk-disable ${disable} -->\n${body}\n<!-- copydesk-enable ${enable} -->\nOct. 4th`;
      assert.deepEqual(flagged(text, check(text, datesOnly)), expected, `disable "${disable}" / enable "${enable}"`);
    }
  });

  it('enable with an id after disable-all turns just that rule back on', () => {
    const text = `<!-- copydesk-disable -->\n${body}\n<!-- copydesk-enable dates/ordinal -->\nOct. 4th and Oct 5`;
    assert.deepEqual(flagged(text, check(text, datesOnly)), ['dates/ordinal:Oct. 4th']);
  });

  it('disable without enable runs to the end of the article', () => {
    const text = `Oct 1\n<!-- copydesk-disable dates/month-abbreviation -->\n${body}\n\nOct 5`;
    assert.deepEqual(flagged(text, check(text, datesOnly)), ['dates/month-abbreviation:Oct', 'dates/ordinal:Oct. 2nd']);
  });

  it('plain-text directive lines', () => {
    const text = `copydesk-disable-next-line dates/ordinal\n${body}\ncopydesk-disable\nOct. 4th\ncopydesk-enable\nOct. 5th`;
    assert.deepEqual(flagged(text, check(text, { ...datesOnly, kind: 'plaintext' })), ['dates/month-abbreviation:Oct', 'dates/ordinal:Oct. 5th']);
  });

  it('a directive in a code block is an example, not a directive', () => {
    const text = '```\n<!-- copydesk-disable -->\n```\n\nOct. 2nd';
    assert.deepEqual(flagged(text, check(text, datesOnly)), ['dates/ordinal:Oct. 2nd']);
  });
});

describe('severities and rule overrides', () => {
  const text = 'Oct 2nd was very good.';

  it('defaults: dates are warnings, style hints, e-prime off', () => {
    const findings = check(text);
    assert.equal(findings.find((f) => f.ruleId === 'dates/ordinal')?.severity, 'warning');
    assert.equal(findings.find((f) => f.ruleId === 'style/weasel')?.severity, 'hint');
    assert.equal(findings.some((f) => f.ruleId === 'style/e-prime'), false);
  });

  it('an exact id wins over a family wildcard, which wins over the default', () => {
    const findings = check(text, { rules: { 'dates/*': 'off', 'dates/ordinal': 'error', 'style/*': 'information', 'style/e-prime': 'hint' } });
    assert.deepEqual(
      findings.filter((f) => /^(dates|style)\//.test(f.ruleId)).map((f) => `${f.ruleId}=${f.severity}`).sort(),
      ['dates/ordinal=error', 'style/e-prime=hint', 'style/weasel=information'],
    );
  });

  it("'off' switches a single rule off", () => {
    assert.equal(check(text, { rules: { 'style/weasel': 'off' } }).some((f) => f.ruleId === 'style/weasel'), false);
  });
});

describe('fix selection', () => {
  const fix = (start: number, end: number, newText: string): Fix => ({ title: newText, safe: true, edits: [{ start, end, newText }] });

  it('overlapping fixes: the first by position wins, the other waits for the next pass', () => {
    assert.deepEqual(chooseEdits([fix(5, 9, 'b'), fix(0, 6, 'a'), fix(9, 10, 'c')]), [
      { start: 0, end: 6, newText: 'a' },
      { start: 9, end: 10, newText: 'c' },
    ]);
  });

  it('two insertions at one point collide; an insertion next to a replacement does not', () => {
    assert.equal(chooseEdits([fix(3, 3, 'x'), fix(3, 3, 'y')]).length, 1);
    assert.equal(chooseEdits([fix(3, 3, 'x'), fix(3, 5, 'y')]).length, 2);
  });

  it('a fix is taken whole or not at all, and a fix whose own edits collide is never taken', () => {
    const twoEdits: Fix = { title: 'two', safe: true, edits: [{ start: 0, end: 1, newText: 'A' }, { start: 8, end: 9, newText: 'B' }] };
    const broken: Fix = { title: 'broken', safe: true, edits: [{ start: 20, end: 25, newText: '' }, { start: 22, end: 23, newText: 'x' }] };
    assert.deepEqual(chooseEdits([fix(7, 9, 'z'), twoEdits, broken]), [{ start: 0, end: 1, newText: 'A' }, { start: 8, end: 9, newText: 'B' }]);
  });

  it('the same span fixed two ways is decided by the edits, not by the order of findings', () => {
    const a = fix(0, 3, 'one');
    const b = fix(0, 3, 'two');
    assert.deepEqual(chooseEdits([a, b]), chooseEdits([b, a]));
  });
});

// A draft full of errors, with fixes next to and on top of each other.
const DRAFT = [
  '---',
  'date: 2020-10-05',
  '---',
  '# Talks resume',
  '',
  'The the talks resumed Oct 2nd and ended on the 3rd of October, 2020 in Geneva. It was Sep 30th then Sept 1st.',
  'They met the 2nd Oct. The talks failed in Aug. and again in Oct. 2020, on October 12th.',
  '',
  '“We will meet Oct 2nd,” she said. Officials met Mar. 5, Jun. 12th and December 1st. He left in Aug.',
  '',
  'It is is done. The vote is on Nov 3rd 😀 and and on Dec. 31st.\r\nThe 21st century began Jan. 1, 2001.',
  '',
  'Oct 2nd was the day. June 21st was another.',
].join('\n');

describe('fixes on a draft full of errors', () => {
  const findings = check(DRAFT);

  it('the draft has many safe fixes', () => {
    assert.ok(findings.filter((f) => safeFixOf(f)).length >= 15);
  });

  it('every fix applies cleanly on its own', () => {
    for (const finding of findings) for (const f of finding.fixes) assert.equal(typeof applyEdits(DRAFT, chooseEdits([f])), 'string');
  });

  it('the chosen edits do not depend on the order of findings', () => {
    const expected = applyEdits(DRAFT, safeEdits(findings));
    const random = seededRandom(42);
    for (let i = 0; i < 20; i++) assert.equal(applyEdits(DRAFT, safeEdits(shuffle(findings, random))), expected);
  });

  it('converges: after fixing, checking again finds no safe fix, and fixing again changes nothing', () => {
    const result = fixText(DRAFT);
    assert.ok(result.applied >= 15);
    assert.ok(result.passes >= 1 && result.passes < 10, `took ${result.passes} passes`);
    const again = check(result.text);
    assert.deepEqual(again.filter((f) => safeFixOf(f)).map((f) => f.ruleId), []);
    assert.equal(fixText(result.text).text, result.text);
    // Every family's fixes together still leave a date a date (figures must not spell out its day).
    assert.match(result.text, /Oct\. 2 was the day\. June 21 was another\./);
  });

  it('the fixed text reads as an editor would write it (the foundation rules alone)', () => {
    // Other families' rules (year commas, figures…) also fix this draft; their tables test them.
    const foundation = new Set(['dates/ordinal', 'dates/month-abbreviation']);
    const rules = Object.fromEntries(allRules.map((r) => [r.meta.id, foundation.has(r.meta.id) || r.meta.id.startsWith('style/') ? r.meta.defaultSeverity : 'off'] as const));
    const result = fixText(DRAFT, { rules });
    assert.match(result.text, /The talks resumed Oct\. 2 and ended on Oct\. 3, 2020 in Geneva\. It was Sept\. 30 then Sept\. 1\./);
    assert.match(result.text, /They met Oct\. 2\. The talks failed in August and again in October 2020, on Oct\. 12\./);
    assert.match(result.text, /“We will meet Oct 2nd,” she said\./, 'quotes are left alone');
    assert.match(result.text, /Officials met March 5, June 12 and Dec\. 1\. He left in August\./);
    assert.match(result.text, /It is done\. The vote is on Nov\. 3 😀 and on Dec\. 31\.\r\nThe 21st century began Jan\. 1, 2001\./);
    assert.match(result.text, /Oct\. 2 was the day\. June 21 was another\./);
  });
});

describe('rule failures', () => {
  it('a rule that throws is reported and does not stop the others', () => {
    const ap = builtInStyle('ap')!;
    // A style whose prose section is broken makes every write-good rule throw.
    const broken = { ...ap, prose: { writeGoodChecks: null } } as unknown as HouseStyle;
    const result = checkText('The the vote is on Oct. 2nd.', { houseStyle: broken });
    assert.deepEqual(flagged('The the vote is on Oct. 2nd.', result.findings), ['dates/ordinal:Oct. 2nd']);
    assert.ok(result.failures.some((f) => f.ruleId === 'style/illusion'));
    assert.ok(result.failures.every((f) => f.ruleId.startsWith('style/') && f.message.length > 0));
  });
});
