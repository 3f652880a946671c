import * as path from 'path';
import { COMMAND_CATEGORY, paletteCommands } from '../../client/src/commands';
import { allViews } from '../../client/src/views';
import { SEVERITY_SETTINGS } from '../../rules/src/engine/severity';
import { allRules } from '../../rules/src/registry';
import { SETTINGS } from '../../rules/src/settings';
import { docPath, docsIndex, docStub } from './docs-stubs';
import { generateManifest, manifestText, type ManifestSources } from './manifest';
import { readIfExists } from './paths';
import { readmeWithTables } from './readme-tables';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  /** What the file must contain. */
  expected: string;
  /** What it contains now (undefined: missing). */
  actual: string | undefined;
}

export function manifestSources(): ManifestSources {
  return { rules: allRules, settings: SETTINGS, severities: SEVERITY_SETTINGS, commands: paletteCommands(), category: COMMAND_CATEGORY, views: allViews() };
}

/** Every file the catalogue generates, with its expected and current text. Pure apart from reading. */
export function planGeneratedFiles(root: string): GeneratedFile[] {
  const read = (relative: string) => readIfExists(path.join(root, relative));
  const file = (relative: string, expected: (actual: string | undefined) => string): GeneratedFile => {
    const actual = read(relative);
    return { path: relative, expected: expected(actual), actual };
  };
  return [
    file('package.json', (actual) => {
      if (actual === undefined) throw new Error('package.json is missing');
      return manifestText(generateManifest(JSON.parse(actual), manifestSources()));
    }),
    file('README.md', (actual) => readmeWithTables(actual, allRules, SETTINGS)),
    file('docs/rules/README.md', () => docsIndex(allRules)),
    ...allRules.map((rule) => file(docPath(rule.meta.id), (actual) => docStub(rule, actual))),
  ];
}
