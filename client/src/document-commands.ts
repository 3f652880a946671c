import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { CopydeskLanguageClient } from './language-client';
import { isCheckedArticle } from './languages';
import { CHECK_FILE_REQUEST, SERVER_FIX_ALL_COMMAND, type CheckFileParams, type CheckFileResult, type FixAllArgs } from './protocol';

/** The active document if Copydesk checks it; otherwise tells the user why nothing happens. */
function activeArticle(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && isCheckedArticle(document)) return document;
  void vscode.window.showInformationMessage('Copydesk: open a Markdown or plain-text article (see the copydesk.languages setting) to use this command.');
  return undefined;
}

/** "Check Current Article": re-checks now (no debounce) and reveals the Problems panel. */
export async function checkDocument(copydesk: CopydeskLanguageClient): Promise<CheckFileResult | undefined> {
  const document = activeArticle();
  if (!document) return undefined;
  try {
    const client = await copydesk.ready();
    // Pending didChange notifications are flushed before a request, so the server checks what is on screen.
    const params: CheckFileParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    const result = await client.sendRequest<CheckFileResult>(CHECK_FILE_REQUEST, params);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return result;
  } catch (error) {
    void vscode.window.showErrorMessage(`Copydesk could not check this article: ${errorMessage(error)}`);
    return undefined;
  }
}

/** "Fix All Auto-fixable Problems": the server applies every safe fix through workspace/applyEdit. */
export async function fixAll(copydesk: CopydeskLanguageClient): Promise<void> {
  const document = activeArticle();
  if (!document) return;
  try {
    const client = await copydesk.ready();
    const args: FixAllArgs = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_FIX_ALL_COMMAND, arguments: [args] });
  } catch (error) {
    void vscode.window.showErrorMessage(`Copydesk could not fix this article: ${errorMessage(error)}`);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
