// `copydesk check` over many files on worker threads: the same bytes, in input order, as
// checking them one by one on the main thread.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
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
    it(`prints the same ${format} report with two workers as with none`, () => {
      const serial = runWith(0, ['check', '--format', format, ...names], dir);
      const parallel = runWith(2, ['check', '--format', format, ...names], dir);
      assert.equal(serial.status, 1, serial.stderr);
      assert.equal(parallel.status, serial.status, parallel.stderr);
      assert.equal(parallel.stdout, serial.stdout);
      assert.equal(parallel.stderr, serial.stderr);
    });
  }

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
  });
});
