// The loop behind "Check All Articles in Workspace", kept free of `vscode` so cancellation
// and counting are unit-testable. The command wires it to findFiles, withProgress and the server.

export interface WorkspaceCheckSummary {
  /** Files the server checked. */
  files: number;
  /** Findings across those files. */
  findings: number;
  /** Files the server could not check (unreadable, vanished). */
  failed: number;
  total: number;
  cancelled: boolean;
}

export interface WorkspaceCheckHooks<F> {
  /** Checks one file, resolving to its number of findings. */
  checkOne(file: F): Promise<number>;
  isCancelled(): boolean;
  /** Called after each file with how many are done out of the total. */
  onProgress?(done: number, total: number, file: F): void;
}

/** Checks files one at a time, stopping at the next file once cancellation is requested. */
export async function checkFiles<F>(files: readonly F[], hooks: WorkspaceCheckHooks<F>): Promise<WorkspaceCheckSummary> {
  const summary: WorkspaceCheckSummary = { files: 0, findings: 0, failed: 0, total: files.length, cancelled: false };
  for (const file of files) {
    if (hooks.isCancelled()) break;
    try {
      summary.findings += await hooks.checkOne(file);
      summary.files += 1;
    } catch (error) {
      // A request cancelled mid-flight is not a failure of the file.
      if (hooks.isCancelled()) break;
      summary.failed += 1;
    }
    hooks.onProgress?.(summary.files + summary.failed, files.length, file);
  }
  summary.cancelled = hooks.isCancelled() && summary.files + summary.failed < files.length;
  return summary;
}

export function summaryMessage(summary: WorkspaceCheckSummary): string {
  const articles = `${summary.files} article${summary.files === 1 ? '' : 's'}`;
  const findings = `${summary.findings} finding${summary.findings === 1 ? '' : 's'}`;
  const failed = summary.failed > 0 ? ` ${summary.failed} could not be read.` : '';
  if (summary.cancelled) return `Copydesk: cancelled after ${articles} of ${summary.total}: ${findings} so far.${failed}`;
  if (summary.total === 0) return 'Copydesk: no articles (*.md, *.markdown, *.txt) in this workspace.';
  return `Copydesk checked ${articles}: ${findings}.${failed}`;
}
