import * as assert from 'node:assert/strict';
import * as path from 'path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasRule, openInEditor, ruleIdOf, waitForDiagnostics, workspaceFolder } from './helpers';

/** What `copydesk.checkWorkspace` resolves to (client/src/workspace-check.ts). */
interface WorkspaceCheckSummary {
  files: number;
  findings: number;
  failed: number;
  total: number;
  cancelled: boolean;
}

describe('commands', () => {
  it('copydesk.checkWorkspace checks articles that were never opened', async () => {
    const unopened = vscode.Uri.file(path.join(workspaceFolder(), 'notes/unopened.txt'));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the note is not open');

    const summary = await vscode.commands.executeCommand<WorkspaceCheckSummary>('copydesk.checkWorkspace');
    assert.ok(summary, 'the command returns its summary');
    assert.equal(summary.failed, 0);
    assert.equal(summary.cancelled, false);
    assert.equal(summary.files, summary.total);
    assert.ok(summary.total >= 2, `article.md and notes/unopened.txt at least, got ${summary.total}`);
    assert.ok(summary.findings > 0);

    const diagnostics = await waitForDiagnostics(unopened, 'dates/ordinal in the unopened note', hasRule('dates/ordinal'));
    const ordinal = diagnostics.find((d) => ruleIdOf(d) === 'dates/ordinal')!;
    assert.deepEqual([ordinal.range.start.line, ordinal.range.start.character, ordinal.range.end.character], [0, 44, 53]); // "Nov. 12th"
  });

  it('copydesk.checkDocument re-checks the active article', async () => {
    const uri = vscode.Uri.file(path.join(workspaceFolder(), 'article.md'));
    await openInEditor(uri);
    const before = await waitForDiagnostics(uri, 'dates/ordinal', hasRule('dates/ordinal'));
    await vscode.commands.executeCommand('copydesk.checkDocument');
    const after = await waitForDiagnostics(uri, 'the same findings after the re-check', (all) => all.length === before.length);
    assert.deepEqual(after.map(ruleIdOf).sort(), before.map(ruleIdOf).sort());
  });
});
