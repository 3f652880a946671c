import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { copydeskDiagnostics, freshCopy, hasRule, openInEditor, waitFor, waitForDiagnostics } from './helpers';

const GLYPHS: Record<string, vscode.DiagnosticSeverity> = {
  '✖': vscode.DiagnosticSeverity.Error,
  '⚠': vscode.DiagnosticSeverity.Warning,
  'ℹ': vscode.DiagnosticSeverity.Information,
  '💡': vscode.DiagnosticSeverity.Hint,
};

/** "$(checklist) Copydesk: 2 ⚠ 1 💡" → counts per severity (absent = 0). */
function countsInStatus(text: string): Map<vscode.DiagnosticSeverity, number> {
  assert.match(text, /^\$\(checklist\) Copydesk: /);
  const counts = new Map<vscode.DiagnosticSeverity, number>();
  for (const m of text.matchAll(/(\d+) (✖|⚠|ℹ|💡)/gu)) counts.set(GLYPHS[m[2]], Number(m[1]));
  return counts;
}

function countsOf(diagnostics: readonly vscode.Diagnostic[]): Map<vscode.DiagnosticSeverity, number> {
  const counts = new Map<vscode.DiagnosticSeverity, number>();
  for (const d of diagnostics) counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
  return counts;
}

const show = (counts: Map<vscode.DiagnosticSeverity, number>) =>
  [...counts].sort(([a], [b]) => a - b).map(([severity, n]) => `${n} ${vscode.DiagnosticSeverity[severity]}`).join(', ');

/** Waits until the status bar shows the counts of the document's Copydesk diagnostics. */
async function statusMatchesDiagnostics(uri: vscode.Uri): Promise<string> {
  let last = '';
  try {
    return await waitFor('the status bar counts', async () => {
      last = (await vscode.commands.executeCommand<string>('copydesk.internal.statusText')) ?? '';
      return show(countsInStatus(last)) === show(countsOf(copydeskDiagnostics(uri))) && last;
    }, 10_000);
  } catch (error) {
    throw new Error(`${String(error)}\nstatus: "${last}"\ndiagnostics: ${show(countsOf(copydeskDiagnostics(uri)))}`);
  }
}

describe('status bar', () => {
  it('reports the active article\'s counts by severity and follows edits', async () => {
    const uri = freshCopy('article.md', 'status.md');
    const editor = await openInEditor(uri);
    const before = await waitForDiagnostics(uri, 'dates/ordinal', hasRule('dates/ordinal'));
    const warnings = before.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.ok(warnings >= 2, 'the fixture has warnings');
    await statusMatchesDiagnostics(uri);

    // One more warning: the count follows.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((builder) => builder.insert(end, '\nThe next hearing is on Nov. 3rd.\n'));
    await waitForDiagnostics(uri, 'one more warning', (all) => all.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length === warnings + 1);
    const text = await statusMatchesDiagnostics(uri);
    assert.ok(text.includes(`${warnings + 1} ⚠`), text);
  });

  it('shows "✓" for a clean article and hides for other languages', async () => {
    const clean = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The council meets on Oct. 22.\n' });
    await vscode.window.showTextDocument(clean);
    await waitFor('a clean status', async () => (await vscode.commands.executeCommand<string>('copydesk.internal.statusText')) === '$(checklist) Copydesk: ✓');
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(json);
    await waitFor('the status to hide', async () => (await vscode.commands.executeCommand<string>('copydesk.internal.statusText')) === '');
  });
});
