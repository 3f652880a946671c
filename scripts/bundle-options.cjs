// What to bundle and how: shared by scripts/bundle.mjs and the packaging test (which builds
// in memory to hold the size budget). CommonJS so the compiled tests can require it.
const fs = require('node:fs');
const path = require('node:path');

/**
 * write-good's checkers weasel-words, passive-voice and e-prime assign to an undeclared
 * `match` (sloppy-mode implicit global). Bundled TypeScript starts the file with "use strict"
 * (tsconfig `strict`), which makes that a ReferenceError ("match is not defined") and every
 * style/* rule fails. Declaring the variable at the top of those modules keeps them working.
 */
const declareImplicitGlobals = {
  name: 'declare-implicit-globals',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](weasel-words|passive-voice|e-prime)[\\/][^\\/]+\.js$/ }, async (args) => ({
      contents: `var match;\n${await fs.promises.readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

/**
 * The style/cliche and style/wordy checks run no-cliches' and too-wordy's own regexes, taken
 * from the packages' module sources at run time (rules/src/analysis/style/package-source.ts
 * reads them from node_modules). The .vsix ships no node_modules, so the bundle carries those
 * module texts instead: without them the checks still work but run the packages as they are
 * (the cliché check ~20x slower).
 */
const INLINED_PACKAGE_SOURCES = ['no-cliches', 'too-wordy'];
function inlinePackageSources(root) {
  return {
    name: 'inline-package-sources',
    setup(build) {
      build.onLoad({ filter: /[\\/]rules[\\/]src[\\/]analysis[\\/]style[\\/]package-source\.ts$/ }, async () => {
        const sources = {};
        for (const name of INLINED_PACKAGE_SOURCES) sources[name] = await fs.promises.readFile(require.resolve(name, { paths: [root] }), 'utf8');
        return {
          contents: `const sources = ${JSON.stringify(sources)};\nexport function packageSource(specifier) { return Object.hasOwn(sources, specifier) ? sources[specifier] : undefined; }\n`,
          loader: 'js',
        };
      });
    },
  };
}

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
    // No keepNames: it would cost ~45 KB of the budget; development builds carry source maps instead.
    logLevel: 'warning',
    plugins: [declareImplicitGlobals, inlinePackageSources(root)],
  };
}

module.exports = { entries, buildOptions, EXTENSION_BUDGET_BYTES };
