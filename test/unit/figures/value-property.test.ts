// Property: no safe figure fix changes a number's value. For every safe fix of a figures/*
// finding, the quantities the edit touches are parsed before and after, and must be equal.
// Inputs: every real article (samples + ../shared/corpus) and seeded generated sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, builtInStyle, check, type EngineOptions, type Finding, type HouseStyle } from '../../../rules/src';
import { findQuantities, spellCardinal, spellOrdinal, type Quantity } from '../../../rules/src/analysis/numbers';
import { realArticles } from '../helpers/corpus';
import { pick, randomInt, seededRandom } from '../helpers/random';

/** Kind and value of the quantities overlapping [start, end), in order. */
function valuesIn(text: string, start: number, end: number): string[] {
  return findQuantities(text)
    .filter((q: Quantity) => q.start < end && start < q.end)
    .map((q) => `${q.kind === 'ordinal' ? 'ordinal' : q.kind === 'percent' ? 'percent' : 'amount'}:${q.value}`);
}

/** Checks every safe figure fix in `text`; returns how many were checked. */
function assertFixesKeepValues(text: string, options: EngineOptions): number {
  let checked = 0;
  const findings = check(text, options).filter((f: Finding) => f.ruleId.startsWith('figures/'));
  for (const finding of findings) {
    for (const fix of finding.fixes.filter((f) => f.safe)) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      const start = Math.min(finding.start, edits[0].start);
      const end = Math.max(finding.end, edits[edits.length - 1].end);
      const after = applyEdits(text, edits);
      const delta = after.length - text.length;
      const before = valuesIn(text, start, end);
      const now = valuesIn(after, start, end + delta);
      assert.deepEqual(now, before, `${finding.ruleId} changed ${JSON.stringify(text.slice(start, end))} → ${JSON.stringify(after.slice(start, end + delta))}`);
      assert.ok(before.length > 0, `${finding.ruleId}: the fix touches a number (${JSON.stringify(text.slice(start, end))})`);
      checked++;
    }
  }
  return checked;
}

// Only the figure rules run: the property is about their fixes, and the test stays quick.
const FIGURES_ONLY = { 'sourcing/*': 'off', 'attribution/*': 'off', 'dates/*': 'off', 'times/*': 'off', 'style/*': 'off' } as const;
const ap = builtInStyle('ap')!;
const wordStyle: HouseStyle = { ...ap, name: 'word', figures: { ...ap.figures, percent: 'word' } };
const eitherStyle: HouseStyle = { ...ap, name: 'either', figures: { ...ap.figures, percent: 'either' } };

const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `Police said ${1 + randomInt(r, 9)} people were hurt.`,
  (r) => `${1 + randomInt(r, 999)} people died in the fire.`,
  (r) => `The team finished ${1 + randomInt(r, 9)}${['st', 'nd', 'rd', 'th'][randomInt(r, 4)]} in the league.`,
  (r) => `They walked down ${1 + randomInt(r, 9)}th Avenue.`,
  (r) => `The firm hired ${spellCardinal(10 + randomInt(r, 990))} workers.`,
  (r) => `It is the ${spellOrdinal(10 + randomInt(r, 89))} time.`,
  (r) => `The wall rose ${spellCardinal(2 + randomInt(r, 7))} inches.`,
  (r) => `It has more than ${pick(r, ['a', 'one', 'two', 'three', 'nine', 'two and a half'])} ${pick(r, ['million', 'billion', 'trillion'])} users.`,
  (r) => `The city raised $${randomInt(r, 999) + 1}${pick(r, ['', '.5', '.25', '.1'])}${pick(r, ['m', 'M', ' mln', ' mil.', 'bn', ' bln', 'K'])} for roads.`,
  (r) => `They paid ${randomInt(r, 99) + 1} ${pick(r, ['million', 'billion'])} dollars, or $${randomInt(r, 99) + 1}.${randomInt(r, 9)} million dollars.`,
  (r) => `Sales rose ${randomInt(r, 100)}${pick(r, ['', '.5', '.25'])}${pick(r, [' percent', ' per cent', ' %', '%', ' pct'])} in May.`,
  (r) => `Sales rose ${spellCardinal(1 + randomInt(r, 99))} percent in May.`,
  (r) => `${1 + randomInt(r, 99)}% say they approve.`,
  (r) => `The crowd of ${2100 + randomInt(r, 997_900)} fans cheered.`,
  (r) => `The fund holds ${(1 + randomInt(r, 999)) * 10 ** (4 + randomInt(r, 6))} shares.`,
  (r) => `He lost by ${spellCardinal(2 + randomInt(r, 8))}-and-a-half points.`,
  (r) => `Emirates is the number ${spellCardinal(1 + randomInt(r, 9))} buyer.`,
  (r) => `The firm sold US$${1 + randomInt(r, 9)} billion in bonds, US$2 billion in loans and $${1 + randomInt(r, 9)} billion in stock.`,
];

describe('figures: safe fixes never change a value', () => {
  it('on every real article', () => {
    let checked = 0;
    for (const text of realArticles()) {
      checked += assertFixesKeepValues(text, { kind: 'plaintext', rules: FIGURES_ONLY });
      checked += assertFixesKeepValues(text, { kind: 'plaintext', rules: FIGURES_ONLY, houseStyle: wordStyle });
    }
    assert.ok(checked >= 10, `only ${checked} fixes checked`);
  });

  it('on 1,500 generated sentences under three house styles', () => {
    const random = seededRandom(20201005);
    let checked = 0;
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + randomInt(random, 4) }, () => pick(random, TEMPLATES)(random)).join(' ');
      for (const houseStyle of [ap, wordStyle, eitherStyle]) checked += assertFixesKeepValues(text, { kind: 'plaintext', rules: FIGURES_ONLY, houseStyle });
    }
    assert.ok(checked >= 1000, `only ${checked} fixes checked`);
  });

  it('spelling and reading agree: every number spelled out reads back as itself', () => {
    for (let n = 0; n < 2000; n++) {
      const words = spellCardinal(n)!;
      const [q] = findQuantities(`about ${words} people`);
      assert.equal(q?.value, n, words);
      assert.equal(q.text, words);
    }
    for (let n = 1; n < 100; n++) {
      const words = spellOrdinal(n)!;
      const [q] = findQuantities(`the ${words} time`);
      assert.deepEqual([q?.kind, q?.value], ['ordinal', n], words);
    }
  });
});
