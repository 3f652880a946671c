// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
//   node scripts/bundle.mjs             development: readable output with source maps (runs in `npm run build`)
//   node scripts/bundle.mjs --minify    for the .vsix: minified, no source maps, every VS Code entry required
// JSON imports (rules/styles/ap.json, schema.json) are inlined, so dist/*.js need no files beside them.
import { build } from 'esbuild';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import bundleOptions from './bundle-options.cjs';

const { entries, buildOptions, EXTENSION_BUDGET_BYTES } = bundleOptions;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--minify');

const present = entries.filter((entry) => {
  if (existsSync(join(root, entry.source))) return true;
  const message = `bundle: ${entry.source} not found, skipping ${entry.out}`;
  if (entry.required && production) {
    console.error(`${message}: the package needs it.`);
    process.exit(1);
  }
  console.warn(message);
  return false;
});

const started = Date.now();
try {
  await Promise.all(
    present.map((entry) => {
      // A map left over from a development build must not sit beside a minified bundle.
      if (production) rmSync(join(root, `${entry.out}.map`), { force: true });
      return build(buildOptions(root, entry, production));
    }),
  );
} catch {
  // esbuild has already printed the errors with file and line.
  process.exit(1);
}

let extensionBytes = 0;
for (const entry of present) {
  const bytes = statSync(join(root, entry.out)).size;
  if (entry.name !== 'cli') extensionBytes += bytes;
  console.log(`bundle: ${entry.out.padEnd(15)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB (${bytes} bytes)`);
}
console.log(`bundle: ${production ? 'minified' : 'development'} build in ${Date.now() - started} ms`);
if (production && extensionBytes >= EXTENSION_BUDGET_BYTES) {
  console.error(`bundle: client + server are ${extensionBytes} bytes, over the ${EXTENSION_BUDGET_BYTES}-byte budget.`);
  process.exit(1);
}
