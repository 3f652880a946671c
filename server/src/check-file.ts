import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { toDiagnostic } from './diagnostics';
import { guardRequest } from './guard';
import { languageIdForPath } from './language';
import { readClosedFile } from './read-closed-file';
import { CHECK_FILE_REQUEST, type CheckFileParams, type CheckFileResult } from './protocol';

/**
 * `copydesk/checkFile`: checks a file (open or not) and publishes its diagnostics; the
 * client's "Check All Articles in Workspace" calls it once per file.
 */
export function registerCheckFileRequest(context: ServerContext): void {
  context.connection.onRequest(CHECK_FILE_REQUEST, guardRequest(context.connection, CHECK_FILE_REQUEST, (params: CheckFileParams) => checkFile(context, params)));
}

async function checkFile(context: ServerContext, params: CheckFileParams): Promise<CheckFileResult> {
  const uri = params?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${CHECK_FILE_REQUEST}: params must be {uri}`);
  if (context.documents.get(uri)) {
    // Open: the editor's text (maybe unsaved) is the truth, and the normal pipeline owns its diagnostics.
    const findings = await context.validator.validate(uri);
    return { uri, count: findings?.length ?? 0 };
  }
  const { filePath, text } = await readClosedFile(uri);
  const languageId = languageIdForPath(filePath);
  const findings = (await context.validator.check(text, await context.validator.optionsFor(uri, languageId))) ?? [];
  // Opened meanwhile: its own validation is newer than what was on disk.
  if (context.documents.get(uri)) return { uri, count: findings.length };
  const document = TextDocument.create(uri, languageId, 0, text);
  await context.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(document, f)) });
  return { uri, count: findings.length };
}
