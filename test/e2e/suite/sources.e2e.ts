import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { freshCopy, openInEditor, runCli, waitFor } from './helpers';

/** What `copydesk.internal.sourcesSummary` returns (client/src/sources-view.ts). */
interface Snapshot {
  uri: string | null;
  version: number | null;
  counts: Counts | null;
  groups: string[];
  named: { name: string; count: number }[];
  message: string;
}
interface Counts {
  namedSources: number;
  citations: number;
  anonymousSources: number;
  anonymousWithoutReason: number;
  vagueAttributions: number;
  unattributedClaims: number;
}
interface CliSources {
  namedSources: { name: string; count: number }[];
  anonymousSources: { reasonGiven: boolean }[];
  vagueAttributions: unknown[];
  unattributedClaims: unknown[];
}

const snapshot = async () => (await vscode.commands.executeCommand<Snapshot>('copydesk.internal.sourcesSummary'))!;

function cliCounts(report: CliSources): Counts {
  return {
    namedSources: report.namedSources.length,
    citations: report.namedSources.reduce((sum, source) => sum + source.count, 0),
    anonymousSources: report.anonymousSources.length,
    anonymousWithoutReason: report.anonymousSources.filter((source) => !source.reasonGiven).length,
    vagueAttributions: report.vagueAttributions.length,
    unattributedClaims: report.unattributedClaims.length,
  };
}

/** Waits until the view shows this document at its current version, and returns what it shows. */
async function viewShows(document: vscode.TextDocument, ready: (view: Snapshot) => boolean = () => true): Promise<Snapshot> {
  let last: Snapshot | undefined;
  try {
    return await waitFor(`the Sources view to show ${document.uri.path}`, async () => {
      last = await snapshot();
      return last.uri === document.uri.toString() && last.version === document.version && last.counts !== null && ready(last) && last;
    }, 15_000);
  } catch (error) {
    throw new Error(`${String(error)}\nview: ${JSON.stringify(last)}`);
  }
}

describe('Sources view', () => {
  it('copydesk.showSources shows the counts `copydesk sources --format json` reports for the same file', async () => {
    const uri = freshCopy('article.md', 'sources.md');
    const [report] = JSON.parse(await runCli(['sources', '--format', 'json', uri.fsPath])) as CliSources[];
    const expected = cliCounts(report);
    assert.ok(expected.namedSources > 0 && expected.anonymousSources > 0 && expected.vagueAttributions > 0, `the fixture cites named, anonymous and vague sources: ${JSON.stringify(expected)}`);
    const editor = await openInEditor(uri);

    await vscode.commands.executeCommand('copydesk.showSources');
    const view = await viewShows(editor.document);
    assert.deepEqual(view.counts, expected);
    assert.deepEqual(view.named, report.namedSources.map(({ name, count }) => ({ name, count })));
    assert.deepEqual(view.groups, [
      `Named sources (${expected.namedSources})`,
      `Anonymous sources (${expected.anonymousSources})`,
      `Vague attributions (${expected.vagueAttributions})`,
      `Unattributed claims (${expected.unattributedClaims})`,
    ]);
    assert.equal(view.message, '');

    // The summary page is open beside the article: a Markdown preview, or the page as text without one.
    const tab = await waitFor('the sourcing summary tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.label.includes('sources – sources.md')));
    console.log(`      (summary opened as ${tab.input instanceof vscode.TabInputText ? 'text' : 'a Markdown preview'}: "${tab.label}")`);
  });

  it('follows edits to the article, and shows a message for a document that is not an article', async () => {
    const uri = freshCopy('article.md', 'sources-edit.md');
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('copydesk.showSources');
    // showSources may open a preview beside the article: edit through the article's own editor.
    const before = await viewShows(editor.document);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((builder) => builder.insert(end, '\n\nThe mayor reportedly plans to veto the bill.\n')));
    const after = await viewShows(editor.document, (view) => view.counts!.vagueAttributions === before.counts!.vagueAttributions + 1);
    assert.equal(after.groups[2], `Vague attributions (${before.counts!.vagueAttributions + 1})`);

    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(json);
    const empty = await waitFor('the empty state', async () => {
      const view = await snapshot();
      return view.uri === null && view;
    }, 10_000);
    assert.deepEqual(empty.groups, []);
    assert.match(empty.message, /Open an article/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
