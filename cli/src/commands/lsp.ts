import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../../../server/src/server';
import { CliError, EXIT } from '../errors';
import { LSP_HELP } from '../help';
import { write, type CliIO } from '../io';

/**
 * `copydesk lsp --stdio`: the language server for any LSP editor. stdio is the default
 * transport; `--node-ipc` and `--socket=N` are handed to vscode-languageserver, which reads
 * them from the command line. From here on stdout belongs to the protocol: nothing else
 * may be printed to it.
 */
export async function runLsp(args: readonly string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    await write(io.stdout, LSP_HELP);
    return EXIT.clean;
  }
  const unknown = args.filter((a) => !['--stdio', '--node-ipc'].includes(a) && !/^--socket=\d+$/.test(a) && !/^--clientProcessId=\d+$/.test(a));
  if (unknown.length) throw new CliError(`lsp: unknown option ${unknown[0]} (usage: copydesk lsp --stdio)`);
  const connection = args.includes('--node-ipc') || args.some((a) => a.startsWith('--socket='))
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, new StreamMessageReader(io.stdin), new StreamMessageWriter(io.stdout));
  startServer(connection);
  // The server runs until the client sends exit (vscode-languageserver then ends the process).
  return EXIT.clean;
}
