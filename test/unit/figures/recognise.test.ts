// The shared number recogniser on every form it reads: offsets, kind and value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities, type Quantity } from '../../../rules/src/analysis/numbers';

function only(text: string): Quantity {
  const found = findQuantities(text);
  assert.equal(found.length, 1, `one number in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((q) => q.text))}`);
  return found[0];
}

/** [text, span the recogniser should report, kind, value] */
const FORMS: [string, string, Quantity['kind'], number][] = [
  // numerals with separators and decimals
  ['sold 303,417 new vehicles', '303,417', 'cardinal', 303417],
  ['a 25000 crowd', '25000', 'cardinal', 25000],
  ['averaged 5.7 in October', '5.7', 'cardinal', 5.7],
  ['a .300 hitter', '.300', 'cardinal', 0.3],
  ['nearly 17.3 million new vehicles', '17.3 million', 'cardinal', 17_300_000],
  ['1,000,000 people', '1,000,000', 'cardinal', 1e6],
  // number words
  ['twenty-five people', 'twenty-five', 'cardinal', 25],
  ['twenty five people', 'twenty five', 'cardinal', 25],
  ['more than a billion users', 'a billion', 'cardinal', 1e9],
  ['one hundred people', 'one hundred', 'cardinal', 100],
  ['one hundred and twenty days', 'one hundred and twenty', 'cardinal', 120],
  ['two hundred fifty-three votes', 'two hundred fifty-three', 'cardinal', 253],
  ['a dozen eggs', 'a dozen', 'cardinal', 12],
  ['half a million people', 'half a million', 'cardinal', 500_000],
  ['lost by five-and-a-half points', 'five-and-a-half', 'cardinal', 5.5],
  ['two and a half million', 'two and a half million', 'cardinal', 2_500_000],
  ['three million Palestinians', 'three million', 'cardinal', 3e6],
  ['five thousand fans', 'five thousand', 'cardinal', 5000],
  ['Fifteen people', 'Fifteen', 'cardinal', 15],
  // ordinals
  ['the 21st century', '21st', 'ordinal', 21],
  ["Fort Worth's 6th Avenue", '6th', 'ordinal', 6],
  ['the tenth time', 'tenth', 'ordinal', 10],
  ['the twenty-first time', 'twenty-first', 'ordinal', 21],
  ['the third quarter', 'third', 'ordinal', 3],
  // money
  ['raised $5m', '$5m', 'money', 5e6],
  ['raised $5M', '$5M', 'money', 5e6],
  ['raised $5 mln', '$5 mln', 'money', 5e6],
  ['raised $5 mil. last year', '$5 mil.', 'money', 5e6],
  ['5 million dollars', '5 million dollars', 'money', 5e6],
  ['US$5 billion in bonds', 'US$5 billion', 'money', 5e9],
  ['£3bn deal', '£3bn', 'money', 3e9],
  ['€2.5 billion fine', '€2.5 billion', 'money', 2.5e9],
  ['$2 bln loan', '$2 bln', 'money', 2e9],
  ['spends $449K', '$449K', 'money', 449_000],
  ['$7.9 million dollars of royalties', '$7.9 million dollars', 'money', 7.9e6],
  ['earned $2.8 billion, or $2.53 per share', '$2.8 billion', 'money', 2.8e9],
  ['costs 50 cents', '50 cents', 'money', 50],
  // percentages
  ['down 5%', '5%', 'percent', 5],
  ['down 5 percent', '5 percent', 'percent', 5],
  ['down 5 per cent', '5 per cent', 'percent', 5],
  ['down five percent', 'five percent', 'percent', 5],
  ['down 5 %', '5 %', 'percent', 5],
  ['rose 2.3 pct', '2.3 pct', 'percent', 2.3],
  ['Fifty-one percent say', 'Fifty-one percent', 'percent', 51],
  // units stay outside the quantity: the rules read the word after it
  ['two inches wider', 'two', 'cardinal', 2],
  ['go 39 miles', '39', 'cardinal', 39],
];

describe('findQuantities', () => {
  for (const [text, span, kind, value] of FORMS) {
    it(`${text} → ${span}`, () => {
      const found = findQuantities(text).filter((q) => q.kind !== 'money' || kind === 'money' || q.text === span);
      const q = found.find((x) => x.text === span);
      assert.ok(q, `expected ${JSON.stringify(span)} in ${JSON.stringify(found.map((x) => x.text))}`);
      assert.equal(q.start, text.indexOf(span));
      assert.equal(q.end, text.indexOf(span) + span.length);
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.equal(q.kind, kind);
      assert.equal(q.value, value);
    });
  }

  it('reports the parts: core, scale, currency, percent sign, with offsets', () => {
    const text = 'paid US$5 bln and 5 per cent';
    const [money, pct] = findQuantities(text);
    assert.equal(money.currencySymbol?.text, 'US$');
    assert.equal(money.core.text, '5');
    assert.equal(money.scale?.text, 'bln');
    assert.equal(money.scale?.abbreviated, true);
    assert.equal(text.slice(money.scale!.start, money.scale!.end), 'bln');
    assert.equal(pct.percent?.form, 'per-cent');
    assert.equal(text.slice(pct.percent!.start, pct.percent!.end), 'per cent');
    const billion = only('a billion users');
    assert.equal(billion.core.text, 'a');
    assert.equal(billion.core.value, 1);
    assert.equal(billion.scale?.text, 'billion');
  });

  it('does not read codes, model names and words as numbers', () => {
    assert.deepEqual(findQuantities('A380, 5G, 3D, MP3, the 1990s, 5km').map((q) => q.text), []);
    assert.deepEqual(findQuantities('a maximum of a few'), []);
    assert.deepEqual(findQuantities('hundreds of billions of dollars'), []);
    assert.deepEqual(findQuantities('a half-hour show'), []);
    assert.deepEqual(findQuantities('5 percentage points').map((q) => [q.text, q.kind]), [['5', 'cardinal']]);
    // "5m" alone is metres, not money: glued units are left alone.
    assert.deepEqual(findQuantities('a 5m wave').map((q) => q.text), []);
  });

  it('reads the number in COVID-19, iPhone 11 and F-35 (the rules decide to keep them)', () => {
    assert.deepEqual(findQuantities('COVID-19, iPhone 11, F-35').map((q) => q.text), ['19', '11', '35']);
  });

  it('stays linear on long and adversarial input', () => {
    const time = (text: string) => {
      const t0 = process.hrtime.bigint();
      findQuantities(text);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const unit = 'a a one two twenty-five and a half million $5m 5 per cent, 1,234,567.89 the third ';
    time(unit.repeat(1000)); // warm up
    const small = Math.max(time(unit.repeat(2000)), 1);
    const large = time(unit.repeat(20000));
    assert.ok(large < small * 40, `10x input took ${large.toFixed(1)} ms vs ${small.toFixed(1)} ms`);
  });
});
