// Names shared by the server and its clients (the VS Code client may import this file:
// it holds only constants and plain types, no LSP or vscode imports).

/** Code action kind of Copydesk's "fix all": `editor.codeActionsOnSave: {"source.fixAll.copydesk": "explicit"}`. */
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

/** executeCommand: applies every safe fix in one document through `workspace/applyEdit`. Args: `[{ uri }]`. */
export const FIX_ALL_COMMAND = 'copydesk.server.fixAll';

/** Request: check one file from disk (it need not be open) and publish its diagnostics. */
export const CHECK_FILE_REQUEST = 'copydesk/checkFile';

/** Request: the Sources view's data for one document, `{ uri }` → SourcesResult (server/src/sources-request.ts). */
export const SOURCES_REQUEST = 'copydesk/sources';

export interface CheckFileParams {
  uri: string;
}

export interface CheckFileResult {
  uri: string;
  /** Number of findings published for the file (0 when the file is not checked). */
  count: number;
}

export interface FixAllCommandArgs {
  uri: string;
}

/** Settings section read through `workspace/configuration`. */
export const SETTINGS_SECTION = 'copydesk';
