import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasRule, ruleIdOf, waitForDiagnostics } from './helpers';

describe('untitled documents', () => {
  it('checks an untitled plain-text document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'The board meets again on Dec. 3rd in the old library.\n' });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    const diagnostics = await waitForDiagnostics(document.uri, 'dates/ordinal', hasRule('dates/ordinal'));
    const ordinal = diagnostics.find((d) => ruleIdOf(d) === 'dates/ordinal')!;
    assert.equal(document.getText(ordinal.range), 'Dec. 3rd');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
