import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli, tempDir } from './run-cli';

const DRAFT = 'The council will vote on October 20th.\nIt met on Oct 2nd.\n';
const FIXED = 'The council will vote on Oct. 20.\nIt met on Oct. 2.\n';

describe('copydesk fix', () => {
  const dir = tempDir();
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--stdout prints the fixed text and reports the count on stderr', () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), DRAFT);
    const run = runCli(['fix', '--stdout', 'a.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, FIXED);
    assert.match(run.stderr, /^a\.txt: 4 fixes applied/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), DRAFT, '--stdout leaves the file alone');
  });

  it('rewrites the file in place, keeps its mode, leaves no temporary file, and a second pass changes nothing', () => {
    const file = path.join(dir, 'b.txt');
    fs.writeFileSync(file, DRAFT);
    fs.chmodSync(file, 0o640);
    const first = runCli(['fix', 'b.txt'], { cwd: dir });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^b\.txt: 4 fixes applied/);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.includes('.tmp')), []);
    const mtime = fs.statSync(file).mtimeMs;
    const second = runCli(['fix', 'b.txt'], { cwd: dir });
    assert.equal(second.status, 0);
    assert.match(second.stdout, /^b\.txt: 0 fixes applied/);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(fs.statSync(file).mtimeMs, mtime, 'an unchanged file is not rewritten');
  });

  it('keeps CRLF line breaks and a byte-order mark', () => {
    const file = path.join(dir, 'c.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT.replace(/\n/g, '\r\n'))]));
    const run = runCli(['fix', 'c.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), FIXED.replace(/\n/g, '\r\n'));
  });

  it('reads stdin with "-" and prints the result', () => {
    const run = runCli(['fix', '-'], { input: DRAFT });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, FIXED);
  });

  it('respects --rule (a rule that is off is not fixed)', () => {
    const run = runCli(['fix', '--stdout', '--rule', 'dates/ordinal=off', '-'], { input: DRAFT });
    assert.equal(run.stdout, 'The council will vote on Oct. 20th.\nIt met on Oct. 2nd.\n');
  });

  it('exits 1 when problems at warning or above remain for an editor', () => {
    // A weekday that disagrees with its date has no safe fix: the editor must choose.
    const run = runCli(['fix', '--stdout', '--publication-date', '2020-10-05', '-'], { input: 'The meeting was on Thursday, Oct. 2.\n' });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, 'The meeting was on Thursday, Oct. 2.\n');
    assert.match(run.stderr, /finding.* left for an editor/);
  });

  it('refuses --stdout with several files, and a missing file, with exit 2', () => {
    const several = runCli(['fix', '--stdout', 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(several.status, 2);
    assert.match(several.stderr, /^copydesk: fix --stdout .* exactly one file/);
    const missing = runCli(['fix', 'gone.txt'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'copydesk: gone.txt: no such file\n');
  });

  it('applies every safe fix of the sample draft in one run, and a second run finds none', () => {
    const file = path.join(dir, 'draft-city-council.md');
    fs.copyFileSync(path.join(__dirname, '..', '..', '..', '..', 'samples', 'draft-city-council.md'), file);
    const first = runCli(['fix', 'draft-city-council.md'], { cwd: dir });
    assert.ok(first.status === 0 || first.status === 1, first.stderr);
    assert.match(first.stdout, /: [1-9]\d* fix(es)? applied/);
    const after = fs.readFileSync(file, 'utf8');
    const second = runCli(['fix', 'draft-city-council.md'], { cwd: dir });
    assert.match(second.stdout, /: 0 fixes applied/);
    assert.equal(fs.readFileSync(file, 'utf8'), after);
  });
});
