import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver/node';
import { builtInStyle, HouseStyleError, loadStyle, normalizeSettings, type CopydeskSettings, type EngineOptions, type HouseStyle } from '../../rules/src';
import { logError } from './guard';
import { documentKind } from './language';
import { SETTINGS_SECTION } from './protocol';
import type { WorkspaceFolders } from './workspace-folders';

export interface DocumentSettings {
  settings: CopydeskSettings;
  /** Folder a relative `style` path is resolved against (the document's workspace folder). */
  styleBaseDir: string;
}

/**
 * Settings per document, read with `workspace/configuration` (scoped to the document, so
 * folder settings apply) and cached per URI until the configuration changes.
 * Malformed values never stop checking: they fall back to defaults and each problem is
 * shown once, instead of on every keystroke.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  /** Settings pushed with didChangeConfiguration, for clients without `workspace/configuration`. */
  private pushed: unknown;
  private readonly shown = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: WorkspaceFolders,
    private readonly canPullConfiguration: () => boolean,
  ) {}

  get(uri: string): Promise<DocumentSettings> {
    let entry = this.cache.get(uri);
    if (!entry) {
      entry = this.read(uri);
      this.cache.set(uri, entry);
    }
    return entry;
  }

  /** didChangeConfiguration: everything is read again (and problems shown again, once). */
  changed(params: DidChangeConfigurationParams | undefined): void {
    const settings = params?.settings as Record<string, unknown> | null | undefined;
    if (settings && typeof settings === 'object' && SETTINGS_SECTION in settings) this.pushed = settings[SETTINGS_SECTION];
    this.cache.clear();
    this.shown.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Engine options for a document, or undefined when Copydesk must not check it. */
  engineOptions(documentSettings: DocumentSettings, languageId: string): EngineOptions | undefined {
    const { settings } = documentSettings;
    if (!settings.enable || !settings.languages.includes(languageId)) return undefined;
    return {
      kind: documentKind(languageId),
      houseStyle: this.houseStyle(documentSettings),
      rules: settings.rules,
      publicationDate: settings.publicationDate || undefined,
      numericDateOrder: settings.numericDateOrder,
      checkInsideQuotes: settings.checkInsideQuotes,
    };
  }

  /**
   * The house style, loaded on every check (loadStyle caches by file mtime, so an edited
   * style file applies on the next keystroke). A broken file is reported once, naming the
   * file, and the article is checked with AP instead of not at all.
   */
  private houseStyle({ settings, styleBaseDir }: DocumentSettings): HouseStyle {
    try {
      return loadStyle(settings.style, styleBaseDir);
    } catch (error) {
      const reason = error instanceof HouseStyleError ? error.message : `House style "${settings.style}" could not be loaded: ${String(error)}`;
      this.showOnce('error', `Copydesk: ${reason} Checking with the built-in "ap" style instead.`);
      return builtInStyle('ap')!;
    }
  }

  private async read(uri: string): Promise<DocumentSettings> {
    let raw = this.pushed;
    if (this.canPullConfiguration()) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      } catch (error) {
        logError(this.connection, 'reading settings', error);
      }
    }
    const { settings, problems } = normalizeSettings(raw);
    for (const problem of problems) this.showOnce('warning', `Copydesk: ${problem.message}`);
    return { settings, styleBaseDir: this.folders.baseDirFor(uri) };
  }

  private showOnce(level: 'warning' | 'error', message: string): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    const window = this.connection.window;
    const shown = level === 'error' ? window.showErrorMessage(message) : window.showWarningMessage(message);
    // The reply (a clicked button) does not matter; a client that rejects the request must not crash us.
    Promise.resolve(shown).catch((error) => logError(this.connection, 'showing a message', error));
    this.connection.console.warn(message);
  }
}
