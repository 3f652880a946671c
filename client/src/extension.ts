import type * as vscode from 'vscode';
import { checkWorkspace } from './check-workspace';
import { checkDocument, fixAll } from './document-commands';
import { CopydeskLanguageClient } from './language-client';
import { registerCommands } from './register-commands';
import { CopydeskStatusBar } from './status-bar';

let languageClient: CopydeskLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const copydesk = new CopydeskLanguageClient(context);
  languageClient = copydesk;
  const statusBar = new CopydeskStatusBar();

  // Commands are registered before the server starts, so an early click waits for it instead of failing.
  context.subscriptions.push(
    copydesk,
    statusBar,
    ...registerCommands({
      checkDocument: () => checkDocument(copydesk),
      fixAll: () => fixAll(copydesk),
      checkWorkspace: () => checkWorkspace(copydesk),
      statusText: () => statusBar.text,
    }),
  );

  // Views: one line each, e.g. context.subscriptions.push(registerSourcesView(copydesk));

  await copydesk.ready();
}

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
  languageClient = undefined;
}
