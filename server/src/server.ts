import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerCheckFileRequest } from './check-file';
import { registerSourcesRequest } from './sources-request';
import { CheckRunner } from './check-runner';
import { provideCodeActions } from './code-actions';
import type { ServerContext } from './context';
import { FindingStore } from './diagnostics';
import { executeFixAll } from './fix-all-command';
import { guardEvent, guardRequest, logError } from './guard';
import { provideHover } from './hover';
import { FIX_ALL_COMMAND, FIX_ALL_KIND, SETTINGS_SECTION } from './protocol';
import { ValidationScheduler } from './scheduler';
import { SettingsStore } from './settings';
import { Validator } from './validation';
import { WorkspaceFolders } from './workspace-folders';

export interface ServerOptions {
  /**
   * A script that runs `runCheckWorker()` when loaded in a worker thread (server/src/main.ts
   * does). With it, checks run off the main thread and stale ones are stopped; without it,
   * they run in-process.
   */
  checkWorkerScript?: string;
}

/**
 * The worker entry when the caller does not name one (`copydesk lsp`): server/src/main.js next
 * to this module in the tsc output, or dist/server.js next to the CLI bundle.
 */
function defaultWorkerScript(): string | undefined {
  return [path.join(__dirname, 'main.js'), path.join(__dirname, 'server.js')].find((file) => file !== __filename && fs.existsSync(file));
}

/**
 * Starts the Copydesk language server on a connection (stdio, node-ipc or a socket).
 * Used by server/src/main.ts (the bundled dist/server.js) and by `copydesk lsp --stdio`.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  const client = { documentChanges: false, pullConfiguration: false, dynamicConfiguration: false, workspaceFolders: false };
  const settings = new SettingsStore(connection, folders, () => client.pullConfiguration);
  const findings = new FindingStore();
  const runner = new CheckRunner(options.checkWorkerScript ?? defaultWorkerScript(), (message) => connection.console.warn(message));
  const validator = new Validator(connection, documents, settings, findings, runner);
  const scheduler = new ValidationScheduler(
    async (uri, isCurrent) => void (await validator.validate(uri, isCurrent)),
    (uri, error) => logError(connection, `checking ${uri}`, error),
  );
  const context: ServerContext = { connection, documents, settings, findings, validator, scheduler, client };

  // A bug must cost one request, never the server every open article depends on.
  process.on('uncaughtException', (error) => logError(connection, 'uncaught exception', error));
  process.on('unhandledRejection', (error) => logError(connection, 'unhandled rejection', error));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    client.documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    client.pullConfiguration = capabilities.workspace?.configuration === true;
    client.dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    client.workspaceFolders = capabilities.workspace?.workspaceFolders === true;
    folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    return {
      capabilities: {
        // TextDocuments applies incremental changes itself; full-text changes work too.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk', version: '0.1.0' },
    };
  });

  connection.onInitialized(guardEvent(connection, 'initialized', () => {
    // Without this registration VS Code sends didChangeConfiguration only for sections the client syncs.
    if (client.dynamicConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((error) => logError(connection, 'registering for configuration changes', error));
    }
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(guardEvent(connection, 'workspace folders', (event) => {
        folders.update(event.added, event.removed);
        settings.changed(undefined);
        revalidateAll();
      }));
    }
  }));

  const revalidateAll = () => {
    for (const document of documents.all()) scheduler.schedule(document.uri, 0);
  };

  // Opening shows diagnostics at once; typing waits for a pause (settings.debounceMs).
  const opened = new Set<string>();
  documents.onDidOpen(guardEvent(connection, 'didOpen', (event) => void opened.add(event.document.uri)));
  documents.onDidChangeContent(guardEvent(connection, 'didChange', (event) => {
    const uri = event.document.uri;
    validator.cancel(uri); // A check of the previous text is wasted work now.
    const delay = opened.delete(uri) ? 0 : settings.get(uri).then((s) => s.settings.debounceMs);
    scheduler.schedule(uri, delay);
  }));
  documents.onDidClose(guardEvent(connection, 'didClose', async (event) => {
    const uri = event.document.uri;
    opened.delete(uri);
    scheduler.cancel(uri);
    settings.forget(uri);
    await validator.clear(uri);
  }));

  connection.onDidChangeConfiguration(guardEvent(connection, 'didChangeConfiguration', (params) => {
    settings.changed(params);
    revalidateAll();
  }));

  connection.onCodeAction(guardRequest(connection, 'codeAction', (params) => provideCodeActions(context, params), () => []));
  connection.onHover(guardRequest(connection, 'hover', (params) => provideHover(context, params), () => null));
  connection.onExecuteCommand(guardRequest(connection, 'executeCommand', (params) => {
    if (params.command === FIX_ALL_COMMAND) return executeFixAll(context, params);
    return undefined;
  }, () => undefined));

  // ── Custom requests: one exported register…Request(context) per request, each in its own file. ──
  registerCheckFileRequest(context); // copydesk/checkFile
  registerSourcesRequest(context); // copydesk/sources
  // ── End of custom requests. ──

  connection.onExit(() => runner.dispose());
  documents.listen(connection);
  connection.listen();
}
