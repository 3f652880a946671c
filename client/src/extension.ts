import type * as vscode from 'vscode';
import { checkWorkspace } from './check-workspace';
import { checkDocument, fixAll } from './document-commands';
import { CopydeskLanguageClient } from './language-client';
import { registerCommands } from './register-commands';
import { registerSourcesView } from './sources-view';
import { CopydeskStatusBar } from './status-bar';

let languageClient: CopydeskLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const copydesk = new CopydeskLanguageClient(context);
  languageClient = copydesk;
  const statusBar = new CopydeskStatusBar();
  const sourcesView = registerSourcesView(copydesk);

  // Commands are registered before the server starts, so an early click waits for it instead of failing.
  context.subscriptions.push(
    copydesk,
    statusBar,
    sourcesView,
    ...registerCommands({
      checkDocument: () => checkDocument(copydesk),
      fixAll: () => fixAll(copydesk),
      checkWorkspace: () => checkWorkspace(copydesk),
      showSources: () => sourcesView.showSummary(),
      statusText: () => statusBar.text,
      sourcesSummary: () => sourcesView.snapshot(),
    }),
  );

  await copydesk.ready();
}

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
  languageClient = undefined;
}
