import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineOptions, Finding, RuleFailure, TextEdit } from '../../rules/src';
import type { CheckRunner, RunningCheck } from './check-runner';
import type { CheckJobResult } from './check-jobs';
import { toDiagnostic, type FindingStore } from './diagnostics';
import type { SettingsStore } from './settings';

/**
 * Checks documents and publishes their diagnostics. The only place that runs the engine
 * for open documents, so publishing, the finding store and failure logging stay in step.
 */
export class Validator {
  private readonly loggedFailures = new Set<string>();
  /** The check in flight per open document, so a newer edit or a close can stop it. */
  private readonly running = new Map<string, RunningCheck<Extract<CheckJobResult, { kind: 'check' }>>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly store: FindingStore,
    private readonly runner: CheckRunner,
  ) {}

  /** Engine options for a document, or undefined when it is not checked (disabled, other language). */
  async optionsFor(uri: string, languageId: string): Promise<EngineOptions | undefined> {
    return this.settings.engineOptions(await this.settings.get(uri), languageId);
  }

  /** Runs the rules (off the main thread when possible); undefined if cancelled. Rule bugs are logged, not thrown. */
  async check(text: string, options: EngineOptions | undefined): Promise<Finding[] | undefined> {
    if (!options) return [];
    return this.findingsOf(await this.runner.run({ kind: 'check', text, options }).result);
  }

  /**
   * Validates the open document and publishes, unless a newer version (or a close) came in
   * meanwhile: then nothing is published and the newer run takes over.
   */
  async validate(uri: string, isCurrent: () => boolean = () => true): Promise<Finding[] | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const version = document.version;
    const stillCurrent = () => isCurrent() && this.documents.get(uri)?.version === version;
    const options = await this.optionsFor(uri, document.languageId);
    if (!stillCurrent()) return undefined;
    let findings: Finding[] | undefined = [];
    if (options) {
      this.cancel(uri);
      const run = this.runner.run({ kind: 'check', text: document.getText(), options });
      this.running.set(uri, run);
      try {
        findings = this.findingsOf(await run.result);
      } finally {
        if (this.running.get(uri) === run) this.running.delete(uri);
      }
    }
    if (!findings || !stillCurrent()) return undefined;
    this.store.set(uri, version, findings);
    await this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(document, f)) });
    return findings;
  }

  /** Stops the check in flight for a document (it changed again or was closed). */
  cancel(uri: string): void {
    this.running.get(uri)?.cancel();
    this.running.delete(uri);
  }

  /** Findings for the document as it is now: the published ones if current, else checked afresh. */
  async currentFindings(document: TextDocument): Promise<Finding[]> {
    const stored = this.store.get(document.uri, document.version);
    if (stored) return stored;
    return (await this.check(document.getText(), await this.optionsFor(document.uri, document.languageId))) ?? [];
  }

  /** Every safe fix for the document as one edit set (see fixAllEdits); empty when not checked. */
  async fixAllEdits(document: TextDocument): Promise<TextEdit[]> {
    const options = await this.optionsFor(document.uri, document.languageId);
    if (!options) return [];
    const findings = this.store.get(document.uri, document.version);
    const result = await this.runner.run({ kind: 'fixAll', text: document.getText(), options, findings }).result;
    return result?.edits ?? [];
  }

  /** Empty diagnostics: the document was closed or is no longer checked. */
  async clear(uri: string): Promise<void> {
    this.cancel(uri);
    this.store.delete(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private findingsOf(outcome: { findings: Finding[]; failures: RuleFailure[] } | undefined): Finding[] | undefined {
    if (!outcome) return undefined;
    for (const failure of outcome.failures) {
      const key = `${failure.ruleId}: ${failure.message}`;
      if (this.loggedFailures.has(key)) continue;
      this.loggedFailures.add(key);
      this.connection.console.error(`Copydesk rule ${key}`);
    }
    return outcome.findings;
  }
}
