import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { cliFix, hasRule, openInEditor, freshCopy, runCli, waitFor, waitForDiagnostics } from './helpers';

describe('fix all', () => {
  it('copydesk.fixAll gives exactly what `copydesk fix --stdout` gives for the same file', async () => {
    const uri = freshCopy('article.md', 'fix-all.md');
    const expected = await runCli(['fix', '--stdout', uri.fsPath]);
    const editor = await openInEditor(uri);
    const original = editor.document.getText();
    assert.notEqual(expected, original, 'the fixture has safe fixes');
    await waitForDiagnostics(uri, 'dates/ordinal', hasRule('dates/ordinal'));

    await vscode.commands.executeCommand('copydesk.fixAll');
    // The command may apply its edit after it returns: wait for the text, then compare (a diff on failure).
    await waitFor('the fixed text', () => editor.document.getText() === expected, 10_000).catch(() => undefined);
    assert.equal(editor.document.getText(), expected);
  });

  it('saving with "source.fixAll.copydesk" in codeActionsOnSave writes the fixed text to disk', async () => {
    const uri = freshCopy('article.md', 'fix-on-save.md');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, 'dates/ordinal', hasRule('dates/ordinal'));
    // An edit first, so the save is a real one, and one more finding to fix.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((builder) => builder.insert(end, '\nThe next hearing is on Nov. 3rd.\n')));
    const expected = await cliFix(editor.document.getText(), 'fix-on-save.md');
    assert.match(expected, /on Nov\. 3\./);

    // The palette's Save (an explicit save, which is what "explicit" in codeActionsOnSave means).
    await vscode.commands.executeCommand('workbench.action.files.save');
    const onDisk = await waitFor('the fixed file on disk', () => {
      const text = fs.readFileSync(uri.fsPath, 'utf8');
      return text === expected && text;
    }, 20_000).catch(() => fs.readFileSync(uri.fsPath, 'utf8'));
    assert.equal(onDisk, expected);
    assert.equal(editor.document.isDirty, false);
  });
});
