import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { copydeskDiagnostics, hasRule, openInEditor, freshCopy, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  // Resolve every action, so lazily resolved edits are filled in.
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, undefined, 100);
  return (actions ?? []).filter((action): action is vscode.CodeAction => 'kind' in action || 'edit' in action || 'diagnostics' in action);
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('quick fixes', () => {
  it('offers the preferred fix and "Ignore" for a finding, and applying the fix corrects the text', async () => {
    const uri = freshCopy('article.md', 'quick-fix.md');
    const editor = await openInEditor(uri);
    const [ordinal] = (await waitForDiagnostics(uri, 'dates/ordinal', hasRule('dates/ordinal'))).filter((d) => ruleIdOf(d) === 'dates/ordinal');
    assert.equal(editor.document.getText(ordinal.range), 'Oct. 22nd');

    const actions = await codeActionsAt(uri, ordinal.range);
    const quickFixes = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
    const fix = quickFixes.find((a) => a.title === 'Remove "nd"');
    assert.ok(fix, `no "Remove \\"nd\\"" quick fix; got: ${quickFixes.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true, 'the single safe fix is preferred');
    assert.ok(quickFixes.some((a) => /ignore/i.test(a.title) && a.title.includes('dates/ordinal')), `no "Ignore dates/ordinal here"; got: ${quickFixes.map((a) => a.title).join(' | ')}`);

    await apply(fix);
    assert.match(editor.document.getText(), /crosstown tram on Oct\. 22, Council President/);
    await waitFor('dates/ordinal to be cleared after the fix', () => !copydeskDiagnostics(uri).some((d) => ruleIdOf(d) === 'dates/ordinal'));
    // The other findings of the article stay.
    assert.ok(hasRule('dates/month-abbreviation')(copydeskDiagnostics(uri)));
  });

  it('"Ignore RULE here" inserts a disable comment that silences the finding', async () => {
    const uri = freshCopy('article.md', 'ignore.md');
    const editor = await openInEditor(uri);
    const [month] = (await waitForDiagnostics(uri, 'dates/month-abbreviation', hasRule('dates/month-abbreviation'))).filter((d) => ruleIdOf(d) === 'dates/month-abbreviation');
    const ignore = (await codeActionsAt(uri, month.range)).find((a) => /ignore/i.test(a.title) && a.title.includes('dates/month-abbreviation'));
    assert.ok(ignore, 'an Ignore action');
    await apply(ignore);
    assert.match(editor.document.getText(), /copydesk-disable-next-line dates\/month-abbreviation/);
    await waitFor('dates/month-abbreviation to be suppressed', () => !copydeskDiagnostics(uri).some((d) => ruleIdOf(d) === 'dates/month-abbreviation'));
  });
});
