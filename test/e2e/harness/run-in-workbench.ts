import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openWorkbench, workbenchUrl, type Workbench } from './browser';
import { startCodeServer, type CodeServer } from './code-server';
import { repoRoot } from './paths';
import { createRunFolders, type RunFolders } from './workspace';

export interface WorkbenchRunOptions {
  /** Compiled `index.js` whose `run()` executes in the remote extension host. */
  testsPath: string;
  /** Extra files copied into the workspace copy: name in the workspace → source path. */
  extraFiles?: Record<string, string>;
  /** Copy only the fixture's .vscode settings, not its articles. */
  settingsOnly?: boolean;
  timeoutMs: number;
  viewport?: { width: number; height: number };
  /** Called for each line the extension host logs (the suite's output arrives here). */
  onLog?: (line: string, context: { page: Page; folders: RunFolders }) => void;
  /** Where to save a screenshot of the workbench when the run fails or times out. */
  failureScreenshot?: string;
}

export interface WorkbenchRunResult {
  exitCode: number;
  durationMs: number;
  log: string[];
}

/**
 * Runs a test runner inside a real VS Code workbench served by code-server and driven by
 * headless Chromium. code-server and the browser are always stopped, also on failure and
 * timeout; a timeout fails with everything collected so far.
 */
export async function runInWorkbench(options: WorkbenchRunOptions): Promise<WorkbenchRunResult> {
  const started = Date.now();
  const log: string[] = [];
  const folders = createRunFolders(options.extraFiles, { settingsOnly: options.settingsOnly });
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ok = false;
  try {
    server = await startCodeServer(folders);
    const url = workbenchUrl(server.port, folders.workspace, repoRoot, options.testsPath);
    workbench = await openWorkbench({
      url,
      viewport: options.viewport,
      onLog: (line) => {
        log.push(line);
        console.log(line);
        if (workbench && options.onLog) options.onLog(line, { page: workbench.page, folders });
      },
    });
    const pageErrors: string[] = [];
    workbench.page.on('pageerror', (error) => pageErrors.push(String(error)));
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(
          `Timed out after ${options.timeoutMs} ms waiting for the workbench to finish.\n` +
          `--- extension host log ---\n${log.join('\n')}\n--- page errors ---\n${pageErrors.join('\n')}\n` +
          `--- code-server ---\n${server?.output() ?? ''}`,
        ));
      }, options.timeoutMs);
    });
    const exitCode = await Promise.race([workbench.exitCode, timeout]);
    ok = exitCode === 0;
    if (!ok) console.error(`--- code-server output ---\n${server.output()}`);
    return { exitCode, durationMs: Date.now() - started, log };
  } finally {
    if (timer) clearTimeout(timer);
    if (!ok && workbench && options.failureScreenshot) {
      fs.mkdirSync(path.dirname(options.failureScreenshot), { recursive: true });
      await workbench.page.screenshot({ path: options.failureScreenshot }).catch(() => undefined);
    }
    await workbench?.browser.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (ok || !process.env.COPYDESK_E2E_KEEP) folders.remove();
    else console.error(`Run folders kept in ${folders.root}`);
  }
}
