import * as assert from 'node:assert/strict';
import * as path from 'path';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasRule, openInEditor, ruleIdOf, waitForDiagnostics, workspaceFolder } from './helpers';

describe('settings', () => {
  const uri = () => vscode.Uri.file(path.join(workspaceFolder(), 'article.md'));
  const rulesSetting = () => vscode.workspace.getConfiguration('copydesk', uri());

  after(async () => {
    // Back to the fixture's settings, and wait for the server to act on it, so later tests see the defaults.
    await rulesSetting().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri(), 'dates/ordinal after restoring copydesk.rules', hasRule('dates/ordinal'));
  });

  it('re-publishes diagnostics without a rule turned off in copydesk.rules, and with a changed severity', async () => {
    await openInEditor(uri());
    await waitForDiagnostics(uri(), 'dates/ordinal', hasRule('dates/ordinal'));

    await rulesSetting().update('rules', { 'dates/ordinal': 'off', 'dates/month-abbreviation': 'error' }, vscode.ConfigurationTarget.Workspace);
    const republished = await waitForDiagnostics(uri(), 'dates/ordinal to disappear and dates/month-abbreviation to become an error', (all) =>
      !hasRule('dates/ordinal')(all) && all.some((d) => ruleIdOf(d) === 'dates/month-abbreviation' && d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.ok(republished.some((d) => ruleIdOf(d) === 'dates/month-abbreviation' && d.severity === vscode.DiagnosticSeverity.Error), 'the severity follows the setting');
  });
});
