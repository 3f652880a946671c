// Every Copydesk command, in one place. Pure data (no `vscode` import) so the generator can
// write `contributes.commands` and activation events from it: package.json never drifts.

export interface CommandSpec {
  /** Always prefixed `copydesk.`. */
  readonly id: string;
  /** Palette title; the palette shows it as "Copydesk: <title>". */
  readonly title: string;
  /** Internal commands (used by tests and other commands) are not contributed to the palette. */
  readonly internal?: boolean;
  /** Optional codicon for view title bars, e.g. "$(refresh)". */
  readonly icon?: string;
}

export const COMMAND_CATEGORY = 'Copydesk';

export const COMMANDS = {
  checkDocument: { id: 'copydesk.checkDocument', title: 'Check Current Article' },
  fixAll: { id: 'copydesk.fixAll', title: 'Fix All Auto-fixable Problems' },
  checkWorkspace: { id: 'copydesk.checkWorkspace', title: 'Check All Articles in Workspace' },
  showSources: { id: 'copydesk.showSources', title: 'Show Sourcing Summary' },
  /** Returns the status bar text ('' when hidden), so end-to-end tests can read it. */
  statusText: { id: 'copydesk.internal.statusText', title: 'Status Bar Text', internal: true },
  /** Returns what the Sources view shows (counts per group), so end-to-end tests can read it. */
  sourcesSummary: { id: 'copydesk.internal.sourcesSummary', title: 'Sources View Summary', internal: true },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The commands a user sees in the palette (and that activate the extension). */
export function paletteCommands(): CommandSpec[] {
  return Object.values(COMMANDS as Record<string, CommandSpec>).filter((command) => !command.internal);
}
