import type { WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { fixAllEdits } from './fix-all-edits';
import { toLspEdits, workspaceEdit } from './workspace-edit';

/**
 * One versioned edit with every safe fix for the document (for `source.fixAll.copydesk`
 * and the fix-all command), or undefined when there is nothing to fix.
 */
export async function fixAllWorkspaceEdit(context: ServerContext, document: TextDocument): Promise<WorkspaceEdit | undefined> {
  const options = await context.validator.optionsFor(document.uri, document.languageId);
  if (!options) return undefined;
  const { edits } = fixAllEdits(document.getText(), options);
  if (edits.length === 0) return undefined;
  return workspaceEdit(document, toLspEdits(document, edits), context.client.documentChanges);
}
