import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFiles, summaryMessage } from '../../../client/src/workspace-check';

describe('check all articles in the workspace', () => {
  it('counts files and findings and reports progress after each file', async () => {
    const progress: string[] = [];
    const summary = await checkFiles(['a.md', 'b.md', 'c.txt'], {
      checkOne: async (file) => ({ 'a.md': 2, 'b.md': 0, 'c.txt': 5 })[file]!,
      isCancelled: () => false,
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`),
    });
    assert.deepEqual(summary, { files: 3, findings: 7, failed: 0, total: 3, cancelled: false });
    assert.deepEqual(progress, ['1/3 a.md', '2/3 b.md', '3/3 c.txt']);
    assert.equal(summaryMessage(summary), 'Copydesk checked 3 articles: 7 findings.');
  });

  it('stops at the next file once cancelled', async () => {
    let cancelled = false;
    const checked: string[] = [];
    const summary = await checkFiles(['a.md', 'b.md', 'c.md', 'd.md'], {
      checkOne: async (file) => {
        checked.push(file);
        if (file === 'b.md') cancelled = true;
        return 1;
      },
      isCancelled: () => cancelled,
    });
    assert.deepEqual(checked, ['a.md', 'b.md']);
    assert.deepEqual(summary, { files: 2, findings: 2, failed: 0, total: 4, cancelled: true });
    assert.equal(summaryMessage(summary), 'Copydesk: cancelled after 2 articles of 4: 2 findings so far.');
  });

  it('treats a request rejected by cancellation as cancellation, not a failed file', async () => {
    let cancelled = false;
    const summary = await checkFiles(['a.md', 'b.md'], {
      checkOne: async () => {
        cancelled = true;
        throw new Error('Request cancelled');
      },
      isCancelled: () => cancelled,
    });
    assert.deepEqual(summary, { files: 0, findings: 0, failed: 0, total: 2, cancelled: true });
  });

  it('carries on past a file the server cannot read', async () => {
    const summary = await checkFiles(['gone.md', 'ok.md'], {
      checkOne: async (file) => {
        if (file === 'gone.md') throw new Error('ENOENT');
        return 1;
      },
      isCancelled: () => false,
    });
    assert.deepEqual(summary, { files: 1, findings: 1, failed: 1, total: 2, cancelled: false });
    assert.equal(summaryMessage(summary), 'Copydesk checked 1 article: 1 finding. 1 could not be read.');
  });

  it('says so when the workspace has no articles', async () => {
    const summary = await checkFiles([], { checkOne: async () => 0, isCancelled: () => false });
    assert.match(summaryMessage(summary), /no articles/);
  });
});
