import type { WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { toLspEdits, workspaceEdit } from './workspace-edit';

/**
 * One versioned edit with every safe fix for the document (for `source.fixAll.copydesk`
 * and the fix-all command), or undefined when there is nothing to fix.
 */
export async function fixAllWorkspaceEdit(context: ServerContext, document: TextDocument): Promise<WorkspaceEdit | undefined> {
  const version = document.version;
  const edits = await context.validator.fixAllEdits(document);
  // Edits computed for an older text must not reach the editor (a versioned edit would be refused anyway).
  if (edits.length === 0 || context.documents.get(document.uri)?.version !== version) return undefined;
  return workspaceEdit(document, toLspEdits(document, edits), context.client.documentChanges);
}
