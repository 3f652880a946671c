// What ships in the .vsix (.vscodeignore, read by vsce itself) and the size of what VS Code loads.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../scripts/generate/paths';

const root = repoRoot(__dirname);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { entries, buildOptions, EXTENSION_BUDGET_BYTES } = require(path.join(root, 'scripts/bundle-options.cjs'));

describe('packaging', () => {
  it('ships only the bundles, manifest, README, LICENSE and style files', async () => {
    // vsce's own file selection, without dependencies (as `npm run package` runs it); needs `npm run build` first.
    const { listFiles, PackageManager } = await import('@vscode/vsce');
    const files = (await listFiles({ cwd: root, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/'));
    for (const required of ['package.json', 'README.md', 'LICENSE', 'dist/client.js', 'dist/server.js', 'rules/styles/schema.json']) {
      assert.ok(files.includes(required), `${required} missing from the package (is dist/ built?): ${files.join(', ')}`);
    }
    const unwanted = files.filter((f) => /\.(ts|map|mjs|cjs|vsix)$/.test(f) || /^(client|server|cli|scripts|test|out|node_modules|samples|\.ci)\//.test(f) || f === 'dist/cli.js');
    assert.deepEqual(unwanted, []);
    const allowed = /^(dist\/[^/]+\.js|package\.json|README\.md|LICENSE|rules\/styles\/(schema|ap)\.json|docs\/images\/.+)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  });

  it('points the manifest at files that ship', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.main, './dist/client.js');
    for (const { url } of manifest.contributes.jsonValidation) assert.ok(fs.existsSync(path.join(root, url)), url);
  });

  it('bundles the rules so that every one of them runs (write-good\'s sloppy-mode modules included)', async () => {
    const { build } = await import('esbuild');
    const probe = { name: 'rules', source: 'rules/src/index.ts', out: 'dist/rules-probe.js', external: [] };
    const result = await build({ ...buildOptions(root, probe, true), write: false });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Module = require('node:module');
    const bundled = new Module(path.join(root, probe.out));
    bundled._compile(new TextDecoder().decode(result.outputFiles![0].contents), path.join(root, probe.out));
    const { checkText } = bundled.exports;
    const text = 'So the the report was written by many people. There is a vote on Oct. 2nd.';
    const { findings, failures } = checkText(text, { kind: 'plaintext', rules: { 'style/*': 'hint', 'style/e-prime': 'hint' } });
    assert.deepEqual(failures, []);
    const ids = new Set(findings.map((f: { ruleId: string }) => f.ruleId));
    for (const id of ['style/so', 'style/illusion', 'style/passive', 'style/weasel', 'style/there-is', 'style/e-prime', 'dates/ordinal']) assert.ok(ids.has(id), `${id} missing: ${[...ids].join(', ')}`);
  });

  it(`keeps the minified client and server under ${EXTENSION_BUDGET_BYTES} bytes`, async () => {
    const { build } = await import('esbuild');
    let total = 0;
    for (const entry of entries.filter((e: { name: string }) => e.name !== 'cli')) {
      const result = await build({ ...buildOptions(root, entry, true), write: false });
      total += result.outputFiles![0].contents.length;
    }
    assert.ok(total < EXTENSION_BUDGET_BYTES, `client + server bundles are ${total} bytes`);
  });
});
