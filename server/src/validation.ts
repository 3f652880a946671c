import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, type EngineOptions, type Finding } from '../../rules/src';
import { toDiagnostic, type FindingStore } from './diagnostics';
import type { SettingsStore } from './settings';

/**
 * Checks documents and publishes their diagnostics. The only place that runs the engine
 * for open documents, so publishing, the finding store and failure logging stay in step.
 */
export class Validator {
  private readonly loggedFailures = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly store: FindingStore,
  ) {}

  /** Engine options for a document, or undefined when it is not checked (disabled, other language). */
  async optionsFor(uri: string, languageId: string): Promise<EngineOptions | undefined> {
    return this.settings.engineOptions(await this.settings.get(uri), languageId);
  }

  /** Runs the rules; never throws for a rule's bug (logged once per rule and message). */
  check(text: string, options: EngineOptions | undefined): Finding[] {
    if (!options) return [];
    const result = checkText(text, options);
    for (const failure of result.failures) {
      const key = `${failure.ruleId}: ${failure.message}`;
      if (this.loggedFailures.has(key)) continue;
      this.loggedFailures.add(key);
      this.connection.console.error(`Copydesk rule ${key}`);
    }
    return result.findings;
  }

  /**
   * Validates the open document and publishes, unless a newer version (or a close) came in
   * while settings were read: then nothing is published and the newer run takes over.
   */
  async validate(uri: string, isCurrent: () => boolean = () => true): Promise<Finding[] | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const version = document.version;
    const options = await this.optionsFor(uri, document.languageId);
    if (!isCurrent() || this.documents.get(uri)?.version !== version) return undefined;
    const findings = this.check(document.getText(), options);
    // The check is synchronous, but stay defensive: publish only for the version checked.
    if (!isCurrent() || this.documents.get(uri)?.version !== version) return undefined;
    this.store.set(uri, version, findings);
    await this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(document, f)) });
    return findings;
  }

  /** Findings for the document as it is now: the published ones if current, else checked afresh. */
  async currentFindings(document: TextDocument): Promise<Finding[]> {
    const stored = this.store.get(document.uri, document.version);
    if (stored) return stored;
    return this.check(document.getText(), await this.optionsFor(document.uri, document.languageId));
  }

  /** Empty diagnostics: the document was closed or is no longer checked. */
  async clear(uri: string): Promise<void> {
    this.store.delete(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
