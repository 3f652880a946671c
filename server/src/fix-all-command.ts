import type { ExecuteCommandParams } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { fixAllWorkspaceEdit } from './fix-all';
import type { FixAllCommandArgs } from './protocol';

/** `copydesk.server.fixAll`: the same edit as `source.fixAll.copydesk`, applied through `workspace/applyEdit`. */
export async function executeFixAll(context: ServerContext, params: ExecuteCommandParams): Promise<{ applied: boolean }> {
  const arg = params.arguments?.[0] as FixAllCommandArgs | string | undefined;
  const uri = typeof arg === 'string' ? arg : arg?.uri;
  const document = uri ? context.documents.get(uri) : undefined;
  if (!document) return { applied: false };
  const edit = await fixAllWorkspaceEdit(context, document);
  if (!edit) return { applied: false };
  const result = await context.connection.workspace.applyEdit({ label: 'Copydesk: fix all', edit });
  return { applied: result.applied };
}
