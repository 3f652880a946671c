import * as vscode from 'vscode';
import { errorMessage } from './document-commands';
import type { CopydeskLanguageClient } from './language-client';
import { CHECK_FILE_REQUEST, type CheckFileParams, type CheckFileResult } from './protocol';
import { checkFiles, summaryMessage, type WorkspaceCheckSummary } from './workspace-check';

const ARTICLE_GLOB = '**/*.{md,markdown,txt}';
// An explicit exclude replaces files.exclude, so .git is named again alongside node_modules.
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**}';

/**
 * "Check All Articles in Workspace": the server reads and checks each file and publishes
 * its diagnostics, so the Problems panel lists every article. Cancellable between files.
 * Returns the summary (end-to-end tests read it).
 */
export async function checkWorkspace(copydesk: CopydeskLanguageClient): Promise<WorkspaceCheckSummary | undefined> {
  try {
    const client = await copydesk.ready();
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking articles', cancellable: true },
      async (progress, token) => {
        const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, undefined, token);
        files.sort((a, b) => a.toString().localeCompare(b.toString()));
        return checkFiles(files, {
          checkOne: async (file) => {
            const params: CheckFileParams = { uri: client.code2ProtocolConverter.asUri(file) };
            const result = await client.sendRequest<CheckFileResult>(CHECK_FILE_REQUEST, params, token);
            return result?.count ?? 0;
          },
          isCancelled: () => token.isCancellationRequested,
          onProgress: (done, total, file) =>
            progress.report({ increment: 100 / total, message: `${done}/${total} ${vscode.workspace.asRelativePath(file)}` }),
        });
      },
    );
    void vscode.window.showInformationMessage(summaryMessage(summary));
    return summary;
  } catch (error) {
    void vscode.window.showErrorMessage(`Copydesk could not check the workspace: ${errorMessage(error)}`);
    return undefined;
  }
}
