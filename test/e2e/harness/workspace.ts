import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixtureWorkspace } from './paths';

export interface RunFolders {
  /** Temp root; everything below is removed by `remove()`. */
  root: string;
  /** A copy of the fixture workspace: tests may edit and save files in it. */
  workspace: string;
  /** code-server's --user-data-dir and --extensions-dir. */
  userData: string;
  extensions: string;
  /** Where the screenshot driver and the harness exchange "shot taken" markers. */
  control: string;
  remove(): void;
}

/**
 * A fresh temp folder per run with a copy of the fixture workspace, so tests that
 * modify and save files never dirty the repository, and no state leaks between runs.
 */
export function createRunFolders(extraFiles: Record<string, string> = {}, options: { settingsOnly?: boolean } = {}): RunFolders {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const folders = {
    root,
    workspace: path.join(root, 'workspace'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    control: path.join(root, 'control'),
  };
  // settingsOnly: just the fixture's .vscode/settings.json (screenshots show only the sample article).
  const keep = (source: string) => !options.settingsOnly || source === fixtureWorkspace || source.startsWith(path.join(fixtureWorkspace, '.vscode'));
  fs.cpSync(fixtureWorkspace, folders.workspace, { recursive: true, filter: keep });
  for (const [name, source] of Object.entries(extraFiles)) fs.copyFileSync(source, path.join(folders.workspace, name));
  for (const dir of [folders.userData, folders.extensions, folders.control]) fs.mkdirSync(dir, { recursive: true });
  return { ...folders, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
