/**
 * `npm run test:e2e`: the end-to-end suite in a real VS Code workbench, offline.
 * code-server serves the workbench and runs the Node extension host; headless Debian
 * Chromium (driven by playwright-core, no browser download) loads it. The same suite runs
 * under @vscode/test-electron with `npm run test:e2e:electron` where VS Code can be downloaded.
 *
 * Environment: COPYDESK_E2E_TIMEOUT_MS (default 600000), COPYDESK_E2E_SKIP_SETUP=1 (do not run
 * scripts/e2e/setup-code-server.sh), COPYDESK_E2E_KEEP=1 (keep the temp workspace on failure),
 * COPYDESK_E2E_GREP (only tests whose title matches).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runInWorkbench } from './harness/run-in-workbench';
import { repoRoot, setupScript, suiteIndex } from './harness/paths';

function ensureBuilt(): void {
  const needed = ['dist/client.js', 'dist/server.js', 'bin/copydesk.js', 'out/test/e2e/suite/index.js'];
  const missing = needed.filter((file) => !fs.existsSync(path.join(repoRoot, file)));
  if (missing.length === 0) return;
  console.log(`[e2e] building (missing ${missing.join(', ')})`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

function setup(): void {
  if (process.env.COPYDESK_E2E_SKIP_SETUP === '1') return;
  const started = Date.now();
  const result = spawnSync('bash', [setupScript], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${path.relative(repoRoot, setupScript)} failed (status ${result.status})`);
  console.log(`[e2e] setup took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<number> {
  ensureBuilt();
  setup();
  const timeoutMs = Number(process.env.COPYDESK_E2E_TIMEOUT_MS) || 600_000;
  console.log('[e2e] starting code-server and Chromium');
  const result = await runInWorkbench({
    testsPath: suiteIndex,
    timeoutMs,
    failureScreenshot: path.join(repoRoot, '.vscode-test/e2e-failure.png'),
  });
  const seconds = (result.durationMs / 1000).toFixed(1);
  if (result.exitCode === 0) console.log(`[e2e] passed in ${seconds} s`);
  else console.error(`[e2e] FAILED (exit code ${result.exitCode}) in ${seconds} s; screenshot: .vscode-test/e2e-failure.png`);
  // A plain closing line that CI and humans can read whatever the reporter printed above.
  const passing = Number(/(\d+) passing/.exec(result.log.join('\n'))?.[1] ?? 0);
  const failing = Number(/(\d+) failing/.exec(result.log.join('\n'))?.[1] ?? (result.exitCode === 0 ? 0 : 1));
  console.log(`e2e: ${passing} passed, ${failing} failed`);
  return passing > 0 ? result.exitCode : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
