import * as path from 'path';
import * as vscode from 'vscode';
import { errorMessage } from './document-commands';
import type { CopydeskLanguageClient } from './language-client';
import { isCheckedArticle } from './languages';
import { SOURCES_REQUEST, type SourcesParams, type SourcesResult } from './protocol';
import { sourcesMarkdown } from './sources-markdown';
import { buildSourcesTree, countsOf, type LspRange, type SourcesCounts, type SourcesNode } from './sources-tree';
import { VIEWS } from './views';

/** Typing pauses this long before the view asks the server again. */
const DEBOUNCE_MS = 300;
const EMPTY_MESSAGE = 'Open an article (Markdown or plain text) to see who it cites.';
/** Read-only Markdown pages for "Show Sourcing Summary"; not a checked scheme, so Copydesk leaves them alone. */
const SUMMARY_SCHEME = 'copydesk-sources';

/** What `copydesk.internal.sourcesSummary` returns: the article shown and the counts per group. */
export interface SourcesViewSnapshot {
  /** The article on display; null in the empty state. */
  uri: string | null;
  /** Document version the summary was computed from. */
  version: number | null;
  counts: SourcesCounts | null;
  /** Top-level labels as displayed ("Named sources (2)", …). */
  groups: string[];
  named: { name: string; count: number }[];
  /** The view's message (empty state or error), '' when none. */
  message: string;
}

/**
 * The Sources view: for the active article, who it cites (from the server's `copydesk/sources`;
 * the client only renders). Follows the active editor and edits, debounced. When focus leaves
 * text editors (a preview, a panel) the last article stays on display.
 */
export class SourcesView implements vscode.TreeDataProvider<SourcesNode>, vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly summaryChanged = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.summaryChanged.event;

  private readonly treeView: vscode.TreeView<SourcesNode>;
  private readonly subscriptions: vscode.Disposable[];
  private article: vscode.TextDocument | undefined;
  private shown: { document: vscode.TextDocument; result: SourcesResult } | undefined;
  private nodes: SourcesNode[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Answers to older requests are dropped: the user may have typed or switched meanwhile. */
  private sequence = 0;
  /** The article changed while the view was hidden: refresh when it shows. */
  private stale = false;

  constructor(private readonly copydesk: CopydeskLanguageClient) {
    this.treeView = vscode.window.createTreeView(VIEWS.sources.id, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.treeView,
      vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.article && event.contentChanges.length > 0) this.schedule(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.article) this.follow(vscode.window.activeTextEditor);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('copydesk')) this.follow(vscode.window.activeTextEditor);
      }),
      this.treeView.onDidChangeVisibility(({ visible }) => {
        if (visible && this.stale) this.schedule(0);
      }),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    const state = node.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
    const document = this.shown?.document;
    if (node.range && document) {
      const options: vscode.TextDocumentShowOptions = { selection: toRange(node.range), preserveFocus: false };
      item.command = { title: 'Reveal in Editor', command: 'vscode.open', arguments: [document.uri, options] };
    }
    return item;
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    return node ? [...node.children] : this.nodes;
  }

  /** The Markdown page of "Show Sourcing Summary", kept current with the view. */
  provideTextDocumentContent(uri: vscode.Uri): string {
    const shown = this.shown;
    if (!shown || summaryUri(shown.document.uri).toString() !== uri.toString()) return '# Sourcing summary\n\nThe article is no longer open.\n';
    return sourcesMarkdown(shown.result, path.basename(shown.document.uri.path));
  }

  /** What the view shows now (the e2e suite reads it through `copydesk.internal.sourcesSummary`). */
  snapshot(): SourcesViewSnapshot {
    const shown = this.shown;
    return {
      uri: shown ? shown.document.uri.toString() : null,
      version: shown ? shown.result.version : null,
      counts: shown ? countsOf(shown.result) : null,
      groups: this.nodes.map((node) => node.label),
      named: shown ? shown.result.namedSources.map((source) => ({ name: source.name, count: source.count })) : [],
      message: this.treeView.message ?? '',
    };
  }

  /**
   * "Copydesk: Show Sourcing Summary": refreshes now, opens the summary as a Markdown preview
   * beside the article, and focuses the view.
   */
  async showSummary(): Promise<SourcesViewSnapshot> {
    const editor = vscode.window.activeTextEditor;
    if (editor && isCheckedArticle(editor.document)) this.article = editor.document;
    if (!this.article) {
      void vscode.window.showInformationMessage(`Copydesk: ${EMPTY_MESSAGE}`);
    } else if (await this.refresh()) {
      await this.openPreview(summaryUri(this.article.uri));
    }
    await vscode.commands.executeCommand(`${VIEWS.sources.id}.focus`);
    return this.snapshot();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.treeChanged.dispose();
    this.summaryChanged.dispose();
  }

  /** Another editor became active: show its article, or the empty state for anything else. */
  private follow(editor: vscode.TextEditor | undefined): void {
    // No text editor (a preview or panel has focus) or our own summary page: keep what is shown.
    if (!editor || editor.document.uri.scheme === SUMMARY_SCHEME) return;
    if (!isCheckedArticle(editor.document)) {
      this.article = undefined;
      this.show(undefined, EMPTY_MESSAGE);
      return;
    }
    this.article = editor.document;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.sequence++;
    if (!this.treeView.visible) {
      this.stale = true;
      return;
    }
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  /** Asks the server for the current article's summary; true when it is on display. */
  private async refresh(): Promise<boolean> {
    clearTimeout(this.timer);
    this.stale = false;
    const document = this.article;
    const ticket = ++this.sequence;
    if (!document) return false;
    try {
      const client = await this.copydesk.ready();
      // Pending didChange notifications are sent before the request, so the summary matches the text on screen.
      const params: SourcesParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      const result = await client.sendRequest<SourcesResult>(SOURCES_REQUEST, params);
      if (ticket !== this.sequence) return false;
      this.show({ document, result }, undefined);
      return true;
    } catch (error) {
      if (ticket !== this.sequence) return false;
      this.show(undefined, `Copydesk could not summarise the sources: ${errorMessage(error)}`);
      return false;
    }
  }

  private show(shown: SourcesView['shown'], message: string | undefined): void {
    this.shown = shown;
    this.nodes = shown ? buildSourcesTree(shown.result) : [];
    this.treeView.message = message;
    this.treeView.description = shown ? path.basename(shown.document.uri.path) : undefined;
    this.treeChanged.fire();
    if (shown) this.summaryChanged.fire(summaryUri(shown.document.uri));
  }

  private async openPreview(uri: vscode.Uri): Promise<void> {
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      // No Markdown preview (the built-in extension disabled): the page as text, beside the article.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    }
  }
}

/** One summary page per article: `copydesk-sources:/wto-tiktok – sources.md?<article uri>` (a .md path, so it opens as Markdown). */
export function summaryUri(article: vscode.Uri): vscode.Uri {
  const stem = path.basename(article.path).replace(/\.[^.]+$/, '');
  return vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${stem} – sources.md`, query: article.toString() });
}

function toRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** The view for extension.ts (it owns its tree view and listeners; dispose it with the extension). */
export function registerSourcesView(copydesk: CopydeskLanguageClient): SourcesView {
  return new SourcesView(copydesk);
}
