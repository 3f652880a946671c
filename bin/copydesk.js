#!/usr/bin/env node
'use strict';
// The `copydesk` command. Runs the esbuild bundle (dist/cli.js, built by `npm run build`);
// falls back to the tsc output (out/cli/src/main.js) when only `tsc -p .` has run.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const candidates = [path.join(root, 'dist', 'cli.js'), path.join(root, 'out', 'cli', 'src', 'main.js')];
const entry = candidates.find((file) => fs.existsSync(file));
if (!entry) {
  process.stderr.write('copydesk: not built yet: run "npm install" (or "npm run build") in ' + root + '\n');
  process.exit(2);
}
require(entry).run(process.argv.slice(2));
