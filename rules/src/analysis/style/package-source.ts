import * as fs from 'fs';

/**
 * The text of a package's main module, read from node_modules at run time, or undefined.
 * The bundles (dist/*.js, shipped without node_modules) carry the texts instead: the
 * inline-package-sources plugin in scripts/bundle-options.cjs replaces this module.
 */
export function packageSource(specifier: string): string | undefined {
  try {
    return fs.readFileSync(require.resolve(specifier), 'utf8');
  } catch {
    return undefined;
  }
}
