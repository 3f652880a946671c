/**
 * `npm run screenshots`: README pictures of Copydesk in a real VS Code workbench
 * (code-server + headless Chromium, the harness of `npm run test:e2e`). The driver in
 * screenshot-driver/ sets each state in the extension host and asks for a picture through
 * the log; this side waits for the named element, saves docs/images/<name>.png and answers.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { repoRoot, screenshotDriverIndex, setupScript } from './harness/paths';
import { runInWorkbench } from './harness/run-in-workbench';

const SHOT_PREFIX = 'copydesk-shot ';
const imagesDir = path.join(repoRoot, 'docs/images');

async function takeShot(page: Page, control: string, request: { name: string; waitFor?: string }): Promise<void> {
  let answer = 'ok';
  try {
    if (request.waitFor) await page.locator(request.waitFor).first().waitFor({ state: 'visible', timeout: 20_000 });
    // Two animation frames: the element is painted, not just attached.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const file = path.join(imagesDir, `${request.name}.png`);
    await page.screenshot({ path: file });
    console.log(`[screenshots] saved ${path.relative(repoRoot, file)}`);
  } catch (error) {
    answer = error instanceof Error ? error.message : String(error);
  }
  fs.writeFileSync(path.join(control, `${request.name}.done`), answer);
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(repoRoot, 'dist/client.js'))) throw new Error('Run `npm run build` first.');
  if (process.env.COPYDESK_E2E_SKIP_SETUP !== '1') {
    const setup = spawnSync('bash', [setupScript], { stdio: 'inherit' });
    if (setup.status !== 0) throw new Error('setup-code-server.sh failed');
  }
  fs.mkdirSync(imagesDir, { recursive: true });
  const sample = path.join(repoRoot, 'samples/wto-tiktok.md');
  let queue = Promise.resolve();
  const result = await runInWorkbench({
    testsPath: screenshotDriverIndex,
    // The sample article alone (the fixture's test article when there is no sample yet).
    extraFiles: { 'wto-tiktok.md': fs.existsSync(sample) ? sample : path.join(repoRoot, 'test/e2e/fixtures/workspace/article.md') },
    settingsOnly: true,
    timeoutMs: 300_000,
    viewport: { width: 1280, height: 760 },
    failureScreenshot: path.join(repoRoot, '.vscode-test/screenshots-failure.png'),
    onLog: (line, { page, folders }) => {
      if (!line.startsWith(SHOT_PREFIX)) return;
      const request = JSON.parse(line.slice(SHOT_PREFIX.length)) as { name: string; waitFor?: string };
      queue = queue.then(() => takeShot(page, folders.control, request));
    },
  });
  await queue;
  return result.exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[screenshots] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
