import { format } from 'util';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying to reach Google on a closed network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Workbench {
  browser: Browser;
  page: Page;
  /** Resolves with the exit code the workbench reports when the test runner settles. */
  exitCode: Promise<number>;
}

/**
 * The payload that makes the web workbench load our extension in development mode and run
 * a test runner in the remote (Node) extension host. The `vscode-remote://` scheme matters:
 * with plain paths the workbench answers "No extension host found that can launch the test runner".
 */
export function workbenchUrl(port: number, workspace: string, extensionPath: string, testsPath: string): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function openWorkbench(options: {
  url: string;
  onLog: (text: string) => void;
  viewport?: { width: number; height: number };
}): Promise<Workbench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    let reportExit: (code: number) => void = () => {};
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    // Both must exist before the workbench loads: it looks for them once, at start-up.
    await page.exposeFunction('codeAutomationLog', (_type: unknown, args: unknown) => {
      // The workbench forwards console calls as they were made: a printf-style format and its arguments.
      const parts = Array.isArray(args) ? args : [args];
      options.onLog(format(...parts));
    });
    await page.exposeFunction('codeAutomationExit', (code: unknown) => {
      const exit = Number(code);
      reportExit(Number.isInteger(exit) ? exit : 1); // anything unexpected is a failure, never a pass
    });
    await page.goto(options.url);
    return { browser, page, exitCode };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
