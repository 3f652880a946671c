import * as path from 'path';
import type { DocumentKind } from '../../rules/src';

/** Markdown gets Markdown parsing (code, links, comments skipped); everything else is plain text. */
export function documentKind(languageId: string): DocumentKind {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdx']);

/** The language id an editor would give a file on disk (for files checked without being open). */
export function languageIdForPath(filePath: string): string {
  return MARKDOWN_EXTENSIONS.has(path.extname(filePath).toLowerCase()) ? 'markdown' : 'plaintext';
}
