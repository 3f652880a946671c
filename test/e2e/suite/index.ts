import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/**
 * Entry point the extension host calls (`extensionTestsPath`) under both runners:
 * code-server + Chromium (run-code-server.ts) and @vscode/test-electron (run-electron.ts).
 * Loads every `*.e2e.js` next to this file; resolves when all pass, rejects otherwise.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    // The first test waits for the extension and its server to start.
    timeout: 60_000,
    grep: process.env.COPYDESK_E2E_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.e2e.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed.`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
