import * as vscode from 'vscode';
import { COMMANDS, type CommandName } from './commands';

/** One handler per entry in COMMANDS: the compiler refuses a command without a handler. */
export type CommandHandlers = Record<CommandName, (...args: unknown[]) => unknown>;

export function registerCommands(handlers: CommandHandlers): vscode.Disposable[] {
  return (Object.keys(handlers) as CommandName[]).map((name) => vscode.commands.registerCommand(COMMANDS[name].id, handlers[name]));
}
