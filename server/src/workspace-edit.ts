import { TextDocumentEdit, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../../rules/src';
import { rangeOf } from './diagnostics';

export function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: rangeOf(document, edit.start, edit.end), newText: edit.newText }));
}

/**
 * A versioned edit when the client supports it: the client refuses it if the document has
 * changed since, instead of applying offsets to the wrong text.
 */
export function workspaceEdit(document: TextDocument, edits: LspTextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
  return { changes: { [document.uri]: edits } };
}
