import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { isCheckedArticle } from './languages';
import { EMPTY_COUNTS, statusText, statusTooltip, type SeverityCounts } from './status-text';

/** Diagnostics are attributed to Copydesk by the server's `source`. */
const SOURCE = 'copydesk';

/** The active article's Copydesk counts by severity; hidden for documents Copydesk does not check. */
export class CopydeskStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private shown = '';

  constructor() {
    this.item.name = 'Copydesk';
    this.item.command = COMMANDS.checkDocument.id;
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Fires when a document's language mode changes, too (it is reopened with the new id).
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('copydesk')) this.update();
      }),
    ];
    this.update();
  }

  /** The text on display, '' when hidden (read by the `copydesk.internal.statusText` command). */
  get text(): string {
    return this.shown;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCheckedArticle(document)) {
      this.shown = '';
      this.item.hide();
      return;
    }
    const counts = countBySeverity(vscode.languages.getDiagnostics(document.uri));
    this.shown = statusText(counts);
    this.item.text = this.shown;
    this.item.tooltip = statusTooltip(counts);
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}

function countBySeverity(diagnostics: readonly vscode.Diagnostic[]): SeverityCounts {
  const counts = { ...EMPTY_COUNTS };
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    switch (diagnostic.severity) {
      case vscode.DiagnosticSeverity.Error: counts.error += 1; break;
      case vscode.DiagnosticSeverity.Warning: counts.warning += 1; break;
      case vscode.DiagnosticSeverity.Information: counts.information += 1; break;
      case vscode.DiagnosticSeverity.Hint: counts.hint += 1; break;
    }
  }
  return counts;
}
