import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FindingStore } from './diagnostics';
import type { ValidationScheduler } from './scheduler';
import type { SettingsStore } from './settings';
import type { Validator } from './validation';

/** What every feature of the server gets: the pieces wired together in server.ts. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly settings: SettingsStore;
  readonly findings: FindingStore;
  readonly validator: Validator;
  readonly scheduler: ValidationScheduler;
  /** Client capabilities that change what the server sends. */
  readonly client: { documentChanges: boolean };
}
