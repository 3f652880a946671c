import * as path from 'path';

// Compiled to out/test/e2e/harness/, so the repository is four levels up.
export const repoRoot = path.resolve(__dirname, '../../../..');

/** code-server installed by scripts/e2e/setup-code-server.sh (gitignored cache). */
export const codeServerBin = path.join(repoRoot, '.vscode-test/code-server/node_modules/.bin/code-server');
export const setupScript = path.join(repoRoot, 'scripts/e2e/setup-code-server.sh');

/** The fixture workspace the suite opens (copied to a temp folder before every run). */
export const fixtureWorkspace = path.join(repoRoot, 'test/e2e/fixtures/workspace');

/** Compiled entry points that run inside the extension host. */
export const suiteIndex = path.join(repoRoot, 'out/test/e2e/suite/index.js');
export const screenshotDriverIndex = path.join(repoRoot, 'out/test/e2e/screenshot-driver/index.js');
