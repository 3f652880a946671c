import * as path from 'path';
import { fileURLToPath } from 'url';
import type { WorkspaceFolder } from 'vscode-languageserver/node';

function toPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The open workspace folders, so a relative `copydesk.style` path means the same file for
 * every article in a folder (as `.eslintrc` paths do), whichever subfolder the article is in.
 */
export class WorkspaceFolders {
  private folders: WorkspaceFolder[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.folders = [...(folders ?? [])];
  }

  update(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => f.uri));
    this.folders = [...this.folders.filter((f) => !gone.has(f.uri)), ...added];
  }

  /** The innermost workspace folder holding the document, if any. */
  folderOf(uri: string): WorkspaceFolder | undefined {
    let best: WorkspaceFolder | undefined;
    for (const folder of this.folders) {
      const prefix = folder.uri.endsWith('/') ? folder.uri : `${folder.uri}/`;
      if ((uri.startsWith(prefix) || uri === folder.uri) && (!best || folder.uri.length > best.uri.length)) best = folder;
    }
    return best;
  }

  /** Where a relative style path is resolved: the workspace folder, else the document's own folder. */
  baseDirFor(uri: string): string {
    const folder = this.folderOf(uri);
    const folderPath = folder && toPath(folder.uri);
    if (folderPath) return folderPath;
    const documentPath = toPath(uri);
    return documentPath ? path.dirname(documentPath) : process.cwd();
  }
}
