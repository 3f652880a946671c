// House styles: the built-in AP data against its schema, custom files that extend it,
// and broken files that must fail with a message naming the file.
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv';
import { builtInStyle, check, HouseStyleError, loadStyle } from '../../../rules/src';

const STYLES = path.resolve(__dirname, '../../../../rules/styles');
const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(STYLES, name), 'utf8'));

describe('built-in AP style', () => {
  it('rules/styles/ap.json validates against rules/styles/schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(readJson('schema.json'));
    const valid = validate(readJson('ap.json'));
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });

  it('is what loadStyle() gives by default and by name', () => {
    assert.equal(loadStyle(undefined), builtInStyle('ap'));
    assert.equal(loadStyle('ap'), builtInStyle('ap'));
    assert.equal(loadStyle('ap').name, 'ap');
  });
});

describe('custom house-style files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-style-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('a file that extends "ap" loads, keeps AP sections and overrides the ones it gives', () => {
    const ap = builtInStyle('ap')!;
    // This newsroom abbreviates no month: "October 2" stays, "Oct. 2" becomes "October 2".
    const months = ap.dates.months.map((m) => ({ ...m, withDate: m.name, variants: [...new Set([...m.variants, m.withDate])] }));
    const file = write('newsroom.json', JSON.stringify({ extends: 'ap', name: 'newsroom', dates: { ...ap.dates, months } }));
    const style = loadStyle(file);
    assert.equal(style.name, 'newsroom');
    assert.deepEqual(style.sentences, ap.sentences);
    assert.equal(style.dates.months[9].withDate, 'October');
    const text = 'The vote is Oct. 2 and October 3.';
    assert.deepEqual(
      check(text, { style: file, rules: { 'style/*': 'off' } }).filter((f) => f.ruleId === 'dates/month-abbreviation').map((f) => text.slice(f.start, f.end)),
      ['Oct.'],
    );
    // A relative path resolves against the base folder.
    assert.equal(loadStyle('newsroom.json', dir).name, 'newsroom');
  });

  const broken: [string, string, RegExp][] = [
    ['bad-json.json', '{ "extends": "ap", ', /not valid JSON/],
    ['not-object.json', '[1, 2]', /must be a JSON object/],
    ['wrong-types.json', JSON.stringify({ extends: 'ap', sentences: { neverFinal: 'Gov.', sometimesFinal: [], sentenceOpeners: [] } }), /invalid.*neverFinal/],
    ['unknown-extends.json', JSON.stringify({ extends: 'chicago' }), /extends "chicago"/],
    ['unknown-key.json', JSON.stringify({ extends: 'ap', colour: 'red' }), /invalid/],
    ['no-extends.json', JSON.stringify({ name: 'partial', dates: {} }), /invalid/],
  ];
  for (const [name, content, problem] of broken) {
    it(`${name}: HouseStyleError naming the file`, () => {
      const file = write(name, content);
      assert.throws(() => loadStyle(file), (error: unknown) => {
        assert.ok(error instanceof HouseStyleError, `got ${String(error)}`);
        assert.ok(error.message.includes(file), `message names the file: ${error.message}`);
        assert.match(error.message, problem);
        return true;
      });
    });
  }

  it('a missing file: HouseStyleError naming it', () => {
    const file = path.join(dir, 'missing.json');
    assert.throws(() => loadStyle(file), (error: unknown) => error instanceof HouseStyleError && error.message.includes(file));
  });

  it('an edited file is read again', () => {
    const file = write('edited.json', JSON.stringify({ extends: 'ap', name: 'first' }));
    assert.equal(loadStyle(file).name, 'first');
    fs.writeFileSync(file, JSON.stringify({ extends: 'ap', name: 'second' }));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    assert.equal(loadStyle(file).name, 'second');
  });
});
