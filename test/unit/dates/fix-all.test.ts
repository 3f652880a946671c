// Fix-all on a draft full of date and time errors: AP copy in one call, nothing else touched,
// a second pass changes nothing. Plus the WTO sample with its publication date.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { check, fixText } from '../../../rules/src';

const DATES_ONLY = { rules: { 'style/*': 'off' as const } };

const draft = [
  '---',
  'date: 2020-10-05',
  '---',
  'The board met Friday (Oct. 2) and voted on October 2nd, 2020 to act.',
  '',
  'The plan, first floated on 10/2/2020, was revised on 2020-09-28 and again in October, 2019.',
  '',
  'The mayor spoke Fri. night and Sunday Oct. 4 about the 1990’s and the 80s.',
  '',
  'The hearing starts at 3:00 PM and ends at 5pm, before 12 midnight. Doors open at 10 a.m. this morning.',
  '',
  'The rules took effect the 2nd of October. Sept 30 was the deadline; it ended Jan 5 2021.',
  '',
  '“We met on 10/2/2020 at 3pm,” she said. The Penguins lost 5-4 with 2:55 into overtime.',
  '',
].join('\n');

const expected = [
  '---',
  'date: 2020-10-05',
  '---',
  'The board met Friday, Oct. 2, and voted on Oct. 2, 2020, to act.',
  '',
  'The plan, first floated on Oct. 2, 2020, was revised on Sept. 28, 2020, and again in October 2019.',
  '',
  'The mayor spoke Friday night and Sunday, Oct. 4 about the 1990s and the ’80s.',
  '',
  'The hearing starts at 3 p.m. and ends at 5 p.m., before midnight. Doors open at 10 a.m.',
  '',
  'The rules took effect Oct. 2. Sept. 30 was the deadline; it ended Jan. 5, 2021.',
  '',
  '“We met on 10/2/2020 at 3pm,” she said. The Penguins lost 5-4 with 2:55 into overtime.',
  '',
].join('\n');

function only(findings: ReturnType<typeof check>) {
  return findings.filter((f) => /^(dates|times)\//.test(f.ruleId));
}

describe('fix-all on dates and times', () => {
  it('turns the draft into AP copy and touches nothing else', () => {
    const result = fixText(draft, DATES_ONLY);
    assert.equal(result.text, expected);
  });

  it('converges: a second pass changes nothing and no safe date fix is left', () => {
    const once = fixText(draft, DATES_ONLY).text;
    const twice = fixText(once, DATES_ONLY);
    assert.equal(twice.applied, 0);
    assert.equal(twice.text, once);
    const left = only(check(once, DATES_ONLY));
    assert.deepEqual(left.filter((f) => f.fixes.some((x) => x.safe)).map((f) => f.ruleId), []);
  });

  it('every safe fix alone also converges (applying it removes its finding)', () => {
    for (const finding of only(check(draft, DATES_ONLY))) {
      const fix = finding.fixes.find((f) => f.safe);
      if (!fix) continue;
      const edited = [...fix.edits].sort((a, b) => b.start - a.start).reduce((text, e) => text.slice(0, e.start) + e.newText + text.slice(e.end), draft);
      const again = only(check(edited, DATES_ONLY)).filter((f) => f.ruleId === finding.ruleId && f.start === finding.start && f.message === finding.message);
      assert.deepEqual(again.map((f) => f.message), [], `${finding.ruleId} at ${finding.start} did not go away`);
    }
  });
});

describe('the WTO sample (publication date 2020-10-05)', () => {
  const article = '/work/shared/corpus/wto-tiktok.txt';
  const text = fs.existsSync(article)
    ? fs.readFileSync(article, 'utf8')
    : 'A China trade official who declined to be identified said at the closed-door WTO meeting Friday (Oct. 2) that measures taken by the U.S. are inconsistent with the organization’s rules.\n';
  const options = { kind: 'plaintext' as const, publicationDate: '2020-10-05', ...DATES_ONLY };

  it('"Friday (Oct. 2)" becomes "Friday, Oct. 2," and the weekday is confirmed', () => {
    const findings = only(check(text, options));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'dates/weekday-mismatch'), []);
    const format = findings.find((f) => f.ruleId === 'dates/weekday-format');
    assert.ok(format);
    assert.equal(text.slice(format.start, format.end), 'Friday (Oct. 2)');
    const fixed = fixText(text, options).text;
    assert.match(fixed, /meeting Friday, Oct\. 2, that measures/);
    assert.equal(fixText(fixed, options).applied, 0);
  });

  it('a wrong weekday in the same story would be an error', () => {
    const wrong = text.replace('Friday (Oct. 2)', 'Thursday (Oct. 2)');
    const mismatch = only(check(wrong, options)).filter((f) => f.ruleId === 'dates/weekday-mismatch');
    assert.equal(mismatch.length, 1);
    assert.equal(mismatch[0].severity, 'error');
  });
});
