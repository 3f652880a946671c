// `copydesk check` over many files on worker threads (the main thread checks files too): the
// same bytes, in input order, as checking them one by one on the main thread alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { checkText } from '../../../rules/src';
import { checkFilesInOrder, type CheckedFile } from '../../../cli/src/parallel';
import type { InputFile } from '../../../cli/src/files';
import { realArticles } from '../helpers/corpus';
import { BIN, tempDir } from './run-cli';

const DATE_ERROR = 'The council will vote on October 20th.\n';
const CLEAN = 'The council met on Oct. 20.\n';

function runWith(workers: number, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, COPYDESK_WORKERS: String(workers) }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('copydesk check on worker threads', () => {
  const files: Record<string, string> = {};
  // A long first file finishes last on its thread: the output must still start with it.
  const article = realArticles().sort((a, b) => b.length - a.length)[0];
  files['00-long.txt'] = `${article}\n\n${DATE_ERROR}`;
  for (let i = 1; i < 12; i++) files[`${String(i).padStart(2, '0')}-draft.txt`] = i % 3 === 0 ? CLEAN : DATE_ERROR.repeat(i);
  const dir = tempDir(files);
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const names = Object.keys(files).sort();

  for (const format of ['text', 'json', 'sarif']) {
    const serial = () => runWith(0, ['check', '--format', format, ...names], dir);
    for (const workers of [1, 2]) {
      it(`prints the same ${format} report with ${workers} worker${workers === 1 ? '' : 's'} as with none`, () => {
        const alone = serial();
        const parallel = runWith(workers, ['check', '--format', format, ...names], dir);
        assert.equal(alone.status, 1, alone.stderr);
        assert.equal(parallel.status, alone.status, parallel.stderr);
        assert.equal(parallel.stdout, alone.stdout);
        assert.equal(parallel.stderr, alone.stderr);
      });
    }
  }

  it('stops on a file it cannot read before checking anything, with or without workers', () => {
    fs.writeFileSync(`${dir}/zz-photo.png`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    try {
      for (const workers of [0, 1]) {
        const run = runWith(workers, ['check', ...names, 'zz-photo.png'], dir);
        assert.equal(run.status, 2, run.stderr);
        assert.equal(run.stdout, '');
        assert.equal(run.stderr, 'copydesk: zz-photo.png: looks like a binary file (it contains NUL bytes); Copydesk checks plain-text and Markdown articles\n');
      }
    } finally {
      fs.rmSync(`${dir}/zz-photo.png`);
    }
  });

  it('hands results over in input order, each file once', async () => {
    const inputs: InputFile[] = names.map((name) => ({ argument: name, displayPath: name, text: files[name], hadBom: false, kind: 'plaintext' }));
    const previous = process.env.COPYDESK_WORKERS;
    process.env.COPYDESK_WORKERS = '2';
    const seen: CheckedFile[] = [];
    try {
      await checkFilesInOrder(inputs, {}, async (checked) => {
        seen.push(checked);
      });
    } finally {
      if (previous === undefined) delete process.env.COPYDESK_WORKERS;
      else process.env.COPYDESK_WORKERS = previous;
    }
    assert.deepEqual(
      seen.map((c) => c.file.argument),
      names,
    );
    assert.ok(seen[1].findings.some((f) => f.ruleId === 'dates/ordinal'));
    assert.equal(seen[3].findings.filter((f) => f.severity === 'warning').length, 0);
    // Findings cross from the workers as JSON: nothing may be lost or reshaped on the way.
    for (const checked of seen) assert.deepEqual(checked.findings, checkText(checked.file.text, { kind: 'plaintext' }).findings, checked.file.argument);
  });
});
