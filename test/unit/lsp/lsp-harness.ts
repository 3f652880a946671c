// Speaks LSP to the real Copydesk server process (no mocks). Not a test file itself:
// the *.test.ts files in this folder use it.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

// COPYDESK_SERVER="dist/server.js" (the esbuild bundle) or "bin/copydesk.js lsp" (the CLI)
// runs the same tests against another entry; --stdio is appended.
const SERVER_COMMAND = process.env.COPYDESK_SERVER
  ? process.env.COPYDESK_SERVER.split(' ').map((part, i) => (i === 0 ? path.resolve(part) : part))
  : [path.resolve(__dirname, '../../../server/src/main.js')];
const DEFAULT_TIMEOUT_MS = 10_000;

export interface ShownMessage {
  type: number;
  message: string;
}

interface Waiter {
  uri: string;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly connection: MessageConnection;
  /** What the client answers to `workspace/configuration` for the "copydesk" section; tests change it. */
  config: Record<string, unknown> = {};
  /** While set, answers to `workspace/configuration` wait for it (to hold the server mid-validation). */
  configurationGate: Promise<void> | undefined;
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly messages: ShownMessage[] = [];
  readonly logs: ShownMessage[] = [];
  readonly applyEditRequests: unknown[] = [];
  stderr = '';
  private readonly waiters: Waiter[] = [];
  private readonly messageWaiters: { predicate: (m: ShownMessage) => boolean; resolve: (m: ShownMessage) => void }[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(private readonly child: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection.onRequest('workspace/configuration', async (params: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests.push(...params.items);
      if (this.configurationGate) await this.configurationGate;
      return params.items.map((item) => (item.section === 'copydesk' ? structuredClone(this.config) : null));
    });
    const onMessage = (params: ShownMessage) => {
      this.messages.push(params);
      for (const w of this.messageWaiters.splice(0)) {
        if (w.predicate(params)) w.resolve(params);
        else this.messageWaiters.push(w);
      }
    };
    this.connection.onRequest('window/showMessageRequest', (params: ShownMessage) => {
      onMessage(params);
      return null;
    });
    this.connection.onNotification('window/showMessage', onMessage);
    this.connection.onNotification('window/logMessage', (params: ShownMessage) => void this.logs.push(params));
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.applyEditRequests.push(params);
      return { applied: true };
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.publishes.push(params);
      for (const w of [...this.waiters]) {
        if (w.uri === params.uri && w.predicate(params)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(params);
        }
      }
    });
    this.connection.listen();
  }

  static async start(config: Record<string, unknown> = {}, workspaceFolder?: string): Promise<LspClient> {
    const child = spawn(process.execPath, [...SERVER_COMMAND, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child);
    client.config = config;
    const folderUri = workspaceFolder ? pathToUri(workspaceFolder) : null;
    const result = await withTimeout(
      client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: folderUri ? [{ uri: folderUri, name: 'workspace' }] : null,
        capabilities: {
          workspace: { configuration: true, workspaceEdit: { documentChanges: true }, applyEdit: true, didChangeConfiguration: { dynamicRegistration: false } },
          textDocument: {
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            synchronization: { didSave: false },
          },
          window: { showMessage: {} },
        },
      }),
      'initialize',
    );
    await client.connection.sendNotification('initialized', {});
    client.initializeResult = result as { capabilities: Record<string, unknown> };
    return client;
  }

  initializeResult: { capabilities: Record<string, unknown> } = { capabilities: {} };

  /** Resolves on the next publishDiagnostics for `uri` that satisfies `predicate`; rejects after a timeout. Call it before the action that causes the publish. */
  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    return withTimeout(new Promise((resolve) => this.waiters.push({ uri, predicate, resolve })), `publishDiagnostics for ${uri}`, timeoutMs);
  }

  waitForMessage(predicate: (m: ShownMessage) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ShownMessage> {
    const seen = this.messages.find(predicate);
    if (seen) return Promise.resolve(seen);
    return withTimeout(new Promise((resolve) => this.messageWaiters.push({ predicate, resolve })), 'showMessage', timeoutMs);
  }

  async open(uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    const published = this.waitForDiagnostics(uri, (p) => p.version === 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends the whole new text (a full-sync change); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Sends one incremental change; returns the new version. */
  async changeRange(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<R>, method);
  }

  /** Errors the server logged (a handler or rule that threw): none are expected in these tests. */
  errorLogs(): string[] {
    return this.logs.filter((log) => log.type === 1).map((log) => log.message);
  }

  /** Stops the server and fails the suite if it logged any error while serving: every suite's `after`. */
  async stopExpectingNoErrors(): Promise<void> {
    const errors = this.errorLogs();
    await this.stop();
    assert.deepEqual(errors, [], 'the server logged no errors');
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 'shutdown', 3000);
      await this.connection.sendNotification('exit');
    } catch {
      // Fall through to kill.
    }
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    const timer = setTimeout(() => this.child.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

export function withTimeout<T>(promise: Promise<T>, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function pathToUri(filePath: string): string {
  return require('url').pathToFileURL(filePath).href as string;
}

/** Applies LSP text edits (non-overlapping, as the protocol requires) to a text. */
export function applyLspEdits(text: string, edits: { range: Diagnostic['range']; newText: string }[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), edits);
}

export const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
