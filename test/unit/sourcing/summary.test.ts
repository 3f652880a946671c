import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { summarizeSources } from '../../../rules/src';
import { corpusDir } from '../helpers/corpus';

describe('summarizeSources', () => {
  const text =
    'Jane Doe, a State Department official, said the talks would resume. Doe said no date was set.\n\n' +
    'A senior official, who declined to be identified, said the deal was close. Critics say the deal is weak.\n\n' +
    'The deal will cost billions and cause the largest layoffs ever.';

  it('counts each named source once, with every citation', () => {
    const summary = summarizeSources(text, { kind: 'plaintext' });
    assert.equal(summary.namedSources.length, 1);
    const [doe] = summary.namedSources;
    assert.equal(doe.name, 'Jane Doe');
    assert.equal(doe.count, 2);
    assert.deepEqual(doe.citations.map((c) => text.slice(c.start, c.end)), ['Jane Doe, a State Department official, said', 'Doe said']);
  });

  it('lists anonymous sources with whether a reason is given, vague attributions and unattributed claims', () => {
    const summary = summarizeSources(text, { kind: 'plaintext' });
    assert.deepEqual(summary.anonymousSources.map((a) => [a.phrase, a.reasonGiven]), [['A senior official, who declined to be identified', false]]);
    assert.deepEqual(summary.vagueAttributions.map((v) => v.text), ['Critics say']);
    assert.deepEqual(summary.unattributedClaims.map((c) => c.text), ['The deal will cost billions and cause the largest layoffs ever.']);
  });

  it('summarises the WTO article as the issue expects', () => {
    const wto = fs.readFileSync(path.join(corpusDir(), 'wto-tiktok.txt'), 'utf8');
    const summary = summarizeSources(wto);
    assert.ok(summary.anonymousSources.some((a) => a.phrase === 'A China trade official who declined to be identified' && !a.reasonGiven));
    assert.ok(summary.vagueAttributions.some((v) => v.text === 'reportedly'));
    assert.ok(summary.vagueAttributions.some((v) => v.text.startsWith('Federal judges in the U.S.')));
    assert.ok(summary.namedSources.some((s) => s.name === 'Reuters' && s.count === 2));
  });
});
