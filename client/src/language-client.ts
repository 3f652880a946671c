import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector } from './document-selector';
import { configuredLanguages } from './languages';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch';

/**
 * Owns the language client: starts the bundled server (dist/server.js) over IPC, and
 * restarts it when `copydesk.languages` changes, because a document selector is fixed
 * for a client's lifetime. Commands wait for `ready()` instead of racing activation.
 */
export class CopydeskLanguageClient implements vscode.Disposable {
  private starting: Promise<LanguageClient> | undefined;
  private readonly output = vscode.window.createOutputChannel('Copydesk');
  private readonly configWatcher: vscode.Disposable;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.configWatcher = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('copydesk.languages')) return;
      this.restart().catch((error: unknown) => this.output.appendLine(`Copydesk could not restart its server: ${String(error)}`));
    });
  }

  /** The running client, starting it if needed. Rejects if the server cannot start; the next call tries again. */
  ready(): Promise<LanguageClient> {
    if (!this.starting) {
      const starting = this.start();
      this.starting = starting;
      starting.catch(() => {
        if (this.starting === starting) this.starting = undefined;
      });
    }
    return this.starting;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.ready();
  }

  async stop(): Promise<void> {
    const starting = this.starting;
    this.starting = undefined;
    if (!starting) return;
    const client = await starting.catch(() => undefined);
    if (client?.isRunning()) await client.stop();
  }

  dispose(): void {
    this.configWatcher.dispose();
    void this.stop().finally(() => this.output.dispose());
  }

  private async start(): Promise<LanguageClient> {
    const module = this.context.asAbsolutePath('dist/server.js');
    // The server's own Node options (a small young generation keeps a long story's RSS down).
    const options = { execArgv: [...SERVER_NODE_OPTIONS] };
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options },
      debug: { module, transport: TransportKind.ipc, options },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(configuredLanguages()),
      // Pushes `copydesk` settings changes to the server, which then re-reads them per document.
      synchronize: { configurationSection: 'copydesk' },
      outputChannel: this.output,
    };
    const client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
    await client.start();
    return client;
  }
}

