// `npm run generate`: rewrites what must agree with the rule catalogue — package.json
// (settings, commands, activation, style-file schema), the README's rules and settings
// tables, and docs/rules/ — from rules/src/registry.ts, rules/src/settings.ts and
// client/src/commands.ts. Safe to run at any time; unchanged files are not touched.
// `npm run generate -- --check` writes nothing and exits 1 when a file has drifted.
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './generate/paths';
import { planGeneratedFiles } from './generate/plan';

function main(): void {
  const root = repoRoot();
  const files = planGeneratedFiles(root);
  if (process.argv.includes('--check')) {
    const drifted = files.filter((file) => file.actual !== file.expected);
    for (const file of drifted) console.error(`generate: ${file.path} is out of date`);
    if (drifted.length > 0) process.exitCode = 1;
    else console.log(`generate: ${files.length} files up to date`);
    return;
  }
  let written = 0;
  for (const file of files) {
    if (file.actual === file.expected) continue;
    const target = path.join(root, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.expected);
    console.log(`generate: ${file.actual === undefined ? 'created' : 'updated'} ${file.path}`);
    written += 1;
  }
  console.log(`generate: ${files.length} files checked, ${written} written`);
}

main();
