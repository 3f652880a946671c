import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli, tempDir } from './run-cli';

// Short drafts: a date error at warning level, and copy the date rules accept.
const DATE_ERROR = 'The council will vote on October 20th.\n';
const CLEAN = 'The council met on Oct. 20.\n';

describe('copydesk check: text format and exit status', () => {
  const dir = tempDir({
    'draft.txt': DATE_ERROR,
    'clean.txt': CLEAN,
    'draft.md': `---\ndate: 2020-10-05\n---\n\n${DATE_ERROR}`,
    'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    'broken.copydesk.json': '{"extends": "ap", ',
    'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints path:line:col severity ruleId message and exits 1 for warnings', () => {
    const run = runCli(['check', 'draft.txt'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.split('\n').filter((l) => /^draft\.txt:/.test(l));
    assert.ok(lines.includes('draft.txt:1:26 warning dates/month-abbreviation With a specific date, write "Oct.", not "October" (AP months).'), run.stdout);
    assert.ok(lines.some((l) => l.startsWith('draft.txt:1:26 warning dates/ordinal ')), run.stdout);
    assert.match(run.stdout, /\n\d+ findings? in 1 file \(/);
  });

  it('counts lines after front matter in Markdown (1-based)', () => {
    const run = runCli(['check', 'draft.md'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^draft\.md:5:26 warning dates\/month-abbreviation /m);
  });

  it('exits 0 when nothing is at warning or above', () => {
    const run = runCli(['check', 'clean.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, / (warning|error) /);
  });

  it('--rule turns a rule off or changes its severity (and the exit status with it)', () => {
    const off = runCli(['check', '--rule', 'dates/month-abbreviation=off', '--rule=dates/ordinal=hint', 'draft.txt'], { cwd: dir });
    assert.equal(off.status, 0, off.stdout);
    assert.doesNotMatch(off.stdout, /dates\/month-abbreviation/);
    assert.match(off.stdout, /^draft\.txt:1:26 hint dates\/ordinal /m);
    const family = runCli(['check', '--rule', 'dates/*=error', 'draft.txt'], { cwd: dir });
    assert.match(family.stdout, /^draft\.txt:1:26 error dates\/ordinal /m);
  });

  it('--publication-date gives weekday checks their year', () => {
    const text = 'The meeting was on Thursday, Oct. 2.\n';
    const without = runCli(['check', '-'], { input: text });
    assert.doesNotMatch(without.stdout, /dates\/weekday-mismatch/, 'no year, no weekday check');
    const withDate = runCli(['check', '--publication-date', '2020-10-05', '-'], { input: text });
    assert.equal(withDate.status, 1);
    assert.match(withDate.stdout, /^<stdin>:1:20 error dates\/weekday-mismatch /m);
  });

  it('reads standard input with "-"', () => {
    const run = runCli(['check', '-'], { input: DATE_ERROR });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^<stdin>:1:26 warning dates\/ordinal /m);
  });

  it('checks several files in one run and reports each by its path', () => {
    const run = runCli(['check', 'clean.txt', 'draft.txt', 'draft.md'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^draft\.txt:1:26 /m);
    assert.match(run.stdout, /^draft\.md:5:26 /m);
    assert.match(run.stdout, /in 2 files/);
  });

  it('no rule fails inside the built CLI (the bundle keeps every rule working)', () => {
    const run = runCli(['check', '-'], { input: 'The the report was written by the committee. Very large crowds reportedly gathered on Oct. 2nd.\n' });
    assert.equal(run.stderr, '', 'a rule threw in the built CLI');
    assert.match(run.stdout, /style\/illusion/);
  });
});

describe('copydesk check: usage and input errors exit 2 with one line naming the problem', () => {
  const dir = tempDir({
    'draft.txt': DATE_ERROR,
    'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    'broken.copydesk.json': '{"extends": "ap", ',
    'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
  });
  fs.mkdirSync(path.join(dir, 'folder'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['check', 'draft.txt', 'nowhere.md'], /^copydesk: nowhere\.md: no such file$/],
    ['a directory', ['check', 'folder'], /^copydesk: folder: is a directory/],
    ['a binary file', ['check', 'photo.png'], /^copydesk: photo\.png: looks like a binary file \(it contains NUL bytes\)/],
    ['a file that is not UTF-8', ['check', 'latin1.txt'], /^copydesk: latin1\.txt: is not valid UTF-8 text/],
    ['an unknown rule id', ['check', '--rule', 'dates/nope=off', 'draft.txt'], /^copydesk: --rule "dates\/nope=off": unknown rule id "dates\/nope"/],
    ['a bad severity', ['check', '--rule', 'dates/ordinal=loud', 'draft.txt'], /^copydesk: --rule "dates\/ordinal=loud": severity must be one of off, hint, information, warning, error$/],
    ['a --rule without =', ['check', '--rule', 'dates/ordinal', 'draft.txt'], /^copydesk: --rule needs ID=SEVERITY/],
    ['a broken style file', ['check', '--style', 'broken.copydesk.json', 'draft.txt'], /^copydesk: House style .*broken\.copydesk\.json is not valid JSON/],
    ['a style that does not exist', ['check', '--style', 'chicago', 'draft.txt'], /^copydesk: House style "chicago" is neither a built-in style/],
    ['an impossible publication date', ['check', '--publication-date', '2021-02-29', 'draft.txt'], /^copydesk: --publication-date must be a real date in the form YYYY-MM-DD \(got "2021-02-29"\)$/],
    ['an unknown format', ['check', '--format', 'xml', 'draft.txt'], /^copydesk: --format must be one of text, json, sarif \(got "xml"\)$/],
    ['an unknown option', ['check', '--colour', 'draft.txt'], /^copydesk: unknown option --colour for "copydesk check"/],
    ['no files', ['check'], /^copydesk: no files given/],
    ['an unknown command', ['lint', 'draft.txt'], /^copydesk: unknown command "lint"/],
  ];
  for (const [what, args, message] of cases) {
    it(`reports ${what}`, () => {
      const run = runCli(args, { cwd: dir });
      assert.equal(run.status, 2, `${run.stdout}${run.stderr}`);
      assert.equal(run.stdout, '', 'no partial report');
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0], message);
    });
  }
});

describe('copydesk --help and --version', () => {
  it('--version prints the package version', () => {
    const run = runCli(['--version']);
    assert.equal(run.status, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.equal(run.stdout.trim(), pkg.version);
  });

  it('--help lists the commands and the exit statuses', () => {
    const run = runCli(['--help']);
    assert.equal(run.status, 0);
    for (const text of ['copydesk check', 'copydesk fix', 'copydesk lsp --stdio', 'Exit status']) assert.ok(run.stdout.includes(text), text);
  });

  it('no arguments prints the usage on stderr and exits 2', () => {
    const run = runCli([]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^Copydesk/);
  });
});
