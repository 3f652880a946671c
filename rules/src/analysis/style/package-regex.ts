import { packageSource } from './package-source';

/**
 * The RegExp a write-good word-list package (e.g. no-cliches) builds from its phrase list and
 * hands to its `./matcher` module, or undefined when it cannot be had.
 *
 * The packages keep their lists private, and their MIT-licensed lists are not copied into
 * Copydesk. So the package's own module source is read at run time and evaluated with a
 * `require` whose `./matcher` records the regex instead of running it: the result is the
 * very regex the package runs, built by its own code from its own list.
 */
export function packageMatcherRegex(specifier: string): RegExp | undefined {
  const source = packageSource(specifier);
  if (source === undefined) return undefined;
  let recorded: RegExp | undefined;
  const recordingMatcher = (regex: RegExp) => {
    recorded = regex;
    return [];
  };
  const requireInPackage = (id: string) => {
    if (id === './matcher' || id === './matcher.js') return recordingMatcher;
    throw new Error(`${specifier} requires ${id}`);
  };
  const module = { exports: undefined as unknown };
  try {
    // A CommonJS module body, evaluated as Node would (sloppy mode, module/exports/require).
    new Function('module', 'exports', 'require', source)(module, {}, requireInPackage);
    if (typeof module.exports === 'function') module.exports('');
  } catch {
    return undefined;
  }
  return recorded instanceof RegExp ? recorded : undefined;
}

