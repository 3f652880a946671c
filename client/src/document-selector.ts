// Which documents the language client hands to the server. Free of `vscode` so it is unit-testable.

/** Schemes Copydesk checks: saved files and new, unsaved drafts. */
export const CHECKED_SCHEMES: readonly string[] = ['file', 'untitled'];

/** One filter per language and scheme: `{ scheme: 'file', language: 'markdown' }`, … */
export function documentSelector(languages: readonly string[]): Array<{ scheme: string; language: string }> {
  return languages.flatMap((language) => CHECKED_SCHEMES.map((scheme) => ({ scheme, language })));
}
