import * as vscode from 'vscode';
import { CHECKED_SCHEMES } from './document-selector';

// Mirrors the `copydesk.languages` default in package.json (generated from rules/src/settings.ts);
// only used when the setting is malformed. Not imported from rules/ to keep the core out of the client bundle.
const FALLBACK_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** The language ids from `copydesk.languages`. An empty list is respected (the user switched checking off). */
export function configuredLanguages(): string[] {
  const value: unknown = vscode.workspace.getConfiguration('copydesk').get('languages');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value];
  return [...FALLBACK_LANGUAGES];
}

/** Whether Copydesk checks this document (language and scheme match, and checking is enabled for it). */
export function isCheckedArticle(document: vscode.TextDocument): boolean {
  if (!CHECKED_SCHEMES.includes(document.uri.scheme)) return false;
  if (!configuredLanguages().includes(document.languageId)) return false;
  return vscode.workspace.getConfiguration('copydesk', document.uri).get<boolean>('enable') !== false;
}
