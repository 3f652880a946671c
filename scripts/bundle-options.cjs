// What to bundle and how: shared by scripts/bundle.mjs and the packaging test (which builds
// in memory to hold the size budget). CommonJS so the compiled tests can require it.
const path = require('node:path');

/** `required`: the .vsix cannot work without it. The CLI may not exist yet while it is being written. */
const entries = [
  { name: 'client', source: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'], required: true },
  { name: 'server', source: 'server/src/main.ts', out: 'dist/server.js', external: [], required: true },
  { name: 'cli', source: 'cli/src/main.ts', out: 'dist/cli.js', external: [], required: false },
];

/** dist/client.js + dist/server.js, minified, must stay under this (they load on every VS Code start). */
const EXTENSION_BUDGET_BYTES = 1_000_000;

/** esbuild options; `production` = minified without source maps, as shipped in the .vsix. */
function buildOptions(root, entry, production) {
  return {
    entryPoints: [path.join(root, entry.source)],
    outfile: path.join(root, entry.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: entry.external,
    minify: production,
    sourcemap: !production,
    // Class and function names stay readable in stack traces in the output channel (~45 KB).
    keepNames: true,
    logLevel: 'warning',
  };
}

module.exports = { entries, buildOptions, EXTENSION_BUDGET_BYTES };
