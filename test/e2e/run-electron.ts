/**
 * `npm run test:e2e:electron`: the same suite as `npm run test:e2e`, in desktop VS Code
 * downloaded by @vscode/test-electron (into .vscode-test/). Needs internet for the first
 * download; use it on developer machines and hosted CI. Offline machines use run-code-server.ts.
 *
 * Environment: COPYDESK_VSCODE_VERSION (default "stable"; e.g. "1.100.3"),
 * COPYDESK_VSCODE_EXECUTABLE (use an installed VS Code instead of downloading),
 * COPYDESK_E2E_GREP (only tests whose title matches).
 * On Linux without a display, run it under `xvfb-run -a`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { fixtureWorkspace, repoRoot, suiteIndex } from './harness/paths';

async function main(): Promise<void> {
  // A copy, so tests that edit and save files never dirty the repository.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-electron-'));
  const workspace = path.join(root, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.COPYDESK_VSCODE_VERSION ?? 'stable',
      vscodeExecutablePath: process.env.COPYDESK_VSCODE_EXECUTABLE,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: { COPYDESK_E2E_GREP: process.env.COPYDESK_E2E_GREP ?? '' },
      launchArgs: [
        workspace,
        '--disable-extensions', // only the extension under development
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(root, 'user-data')}`,
      ],
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[e2e:electron] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
