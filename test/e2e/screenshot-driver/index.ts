import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { copydeskDiagnostics, openInEditor, repoRoot, ruleIdOf, waitFor, waitForDiagnostics, workspaceFolder } from '../suite/helpers';

/**
 * Runs in the extension host for `npm run screenshots` (test/e2e/screenshots.ts): puts the
 * workbench in each state worth showing and asks the harness, through the log, to take a
 * screenshot; the harness answers by writing `<control>/<name>.done` (same machine).
 */
const SHOT_PREFIX = 'copydesk-shot ';

async function shot(name: string, waitForSelector?: string): Promise<void> {
  const control = path.join(workspaceFolder(), '..', 'control');
  const done = path.join(control, `${name}.done`);
  console.log(SHOT_PREFIX + JSON.stringify({ name, waitFor: waitForSelector }));
  const answer = await waitFor(`the screenshot "${name}"`, () => fs.existsSync(done) && fs.readFileSync(done, 'utf8'), 60_000);
  if (answer !== 'ok') throw new Error(`screenshot ${name}: ${answer}`);
}

/** The first finding of the most telling rule present, for the quick-fix menu. */
function showcaseFinding(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic {
  const order = ['attribution/vague', 'dates/ordinal', 'dates/month-abbreviation', 'figures/large-numbers', 'style/illusion'];
  for (const rule of order) {
    const hit = diagnostics.find((d) => ruleIdOf(d) === rule);
    if (hit) return hit;
  }
  return diagnostics[0];
}

export async function run(): Promise<void> {
  const workspace = workspaceFolder();
  // screenshots.ts copies the sample article here under this name.
  const uri = vscode.Uri.file(path.join(workspace, 'wto-tiktok.md'));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await openInEditor(uri);
  await waitForDiagnostics(uri, 'Copydesk diagnostics', (all) => all.length > 0);
  // Let the server finish a full pass (the count stops changing) before the first picture.
  let previous = -1;
  await waitFor('diagnostics to settle', () => {
    const count = copydeskDiagnostics(uri).length;
    const settled = count === previous;
    previous = count;
    return settled;
  });
  await vscode.commands.executeCommand('workbench.action.closePanel');

  const finding = showcaseFinding(copydeskDiagnostics(uri));
  const line = Math.max(0, finding.range.start.line - 3);
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  editor.selection = new vscode.Selection(finding.range.start, finding.range.start);
  await shot('editor-squiggles', '.view-overlays [class*="squiggly-"]');

  await vscode.commands.executeCommand('workbench.actions.view.problems');
  // Focus back in the editor, so no Problems row is drawn selected.
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await shot('problems-panel', '.markers-panel .monaco-list-row');
  await vscode.commands.executeCommand('workbench.action.closePanel');

  await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(finding.range.start, finding.range.start) });
  await vscode.commands.executeCommand('editor.action.showHover');
  // Wait until the quick fixes are resolved, so the hover shows its final content.
  await shot('hover', '.monaco-hover:has-text("Rule documentation"):has-text("Quick Fix")');
  await vscode.commands.executeCommand('editor.action.hideHover');

  await vscode.commands.executeCommand('editor.action.quickFix');
  await shot('quick-fix', '.action-widget');
  await vscode.commands.executeCommand('hideCodeActionWidget');

  // The Sources view, once the sourcing issue contributes it (any view whose id or name says "source").
  const views = (require(path.join(repoRoot, 'package.json')) as { contributes?: { views?: Record<string, { id: string; name?: string }[]> } }).contributes?.views ?? {};
  const sourcesView = Object.values(views).flat().find((view) => /source/i.test(`${view.id} ${view.name ?? ''}`));
  if (sourcesView) {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand(`${sourcesView.id}.focus`);
    // An extension's tree renders into `.customview-tree` (the Explorer's own rows would match `.pane-body` at once).
    await shot('sources-view', '.customview-tree .monaco-list-row');
  }
}
