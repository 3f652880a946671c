import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli, tempDir } from '../cli/run-cli';

describe('copydesk sources', () => {
  const dir = tempDir({
    'story.txt': 'Jane Doe, a State Department official, said the talks would resume. Doe said no date was set.\n\nA source said the deal was close. The app has reportedly been downloaded 175 million times.\n',
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the summary as text, with line:column of each citation', () => {
    const run = runCli(['sources', 'story.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Named sources \(1\)\n {4}Jane Doe — 2 citations \(1:1, 1:69\)/);
    assert.match(run.stdout, /3:1 {2}"A source" — reason NOT given/);
    assert.match(run.stdout, /Vague attributions \(1\)\n {4}3:\d+ {2}"reportedly"/);
  });

  it('prints JSON with offsets', () => {
    const run = runCli(['sources', '--format', 'json', path.join(dir, 'story.txt')]);
    assert.equal(run.status, 0, run.stderr);
    const [report] = JSON.parse(run.stdout) as { namedSources: { name: string; count: number }[]; anonymousSources: { phrase: string; reasonGiven: boolean }[] }[];
    assert.deepEqual(report.namedSources.map((s) => [s.name, s.count]), [['Jane Doe', 2]]);
    assert.deepEqual(report.anonymousSources, [{ phrase: 'A source', start: 95, end: 103, reasonGiven: false }]);
  });

  it('rejects an unknown format with exit status 2', () => {
    const run = runCli(['sources', '--format', 'xml', 'story.txt'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--format must be text or json/);
  });
});
