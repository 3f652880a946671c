import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../rules/src';
import type { ServerContext } from './context';
import { DIAGNOSTIC_SOURCE, findingIndex } from './diagnostics';
import { fixAllWorkspaceEdit } from './fix-all';
import { documentKind } from './language';
import { FIX_ALL_KIND } from './protocol';
import { toLspEdits, workspaceEdit } from './workspace-edit';

/** A requested kind covers an action kind when it equals it or is one of its parents ("source" ⊃ "source.fixAll"). */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export async function provideCodeActions(context: ServerContext, params: CodeActionParams): Promise<CodeAction[]> {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
  if (ours.length > 0 && wanted(only, CodeActionKind.QuickFix)) {
    const findingOf = findingIndex(document, await context.validator.currentFindings(document));
    const ignored = new Set<string>();
    // Every diagnostic in the request, not just the first (a common bug in weaker extensions).
    for (const diagnostic of ours) {
      const finding = findingOf(diagnostic);
      if (!finding) continue;
      actions.push(...quickFixes(context, document, diagnostic, finding));
      const ignore = ignoreAction(context, document, diagnostic, finding);
      const key = `${ignore.title}@${document.positionAt(finding.start).line}`;
      if (!ignored.has(key)) {
        ignored.add(key);
        actions.push(ignore);
      }
    }
  }
  // Only on request (editor.codeActionsOnSave, "Source Action…"): it is not a fix for one spot.
  if (only && wanted(only, FIX_ALL_KIND)) {
    const edit = await fixAllWorkspaceEdit(context, document);
    if (edit) actions.push({ title: 'Fix all auto-fixable Copydesk problems', kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

function quickFixes(context: ServerContext, document: TextDocument, diagnostic: Diagnostic, finding: Finding): CodeAction[] {
  const safe = finding.fixes.filter((fix) => fix.safe);
  return finding.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    // Preferred (applied by "auto fix") only when there is no choice to make.
    isPreferred: safe.length === 1 && safe[0] === fix,
    edit: workspaceEdit(document, toLspEdits(document, fix.edits), context.client.documentChanges),
  }));
}

/** "Ignore ID here": a disable-next-line directive on its own line above, indented like the flagged line. */
function ignoreAction(context: ServerContext, document: TextDocument, diagnostic: Diagnostic, finding: Finding): CodeAction {
  const line = document.positionAt(finding.start).line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = lineText.endsWith('\r\n') || (!lineText.endsWith('\n') && document.getText().includes('\r\n')) ? '\r\n' : '\n';
  const directive = documentKind(document.languageId) === 'markdown'
    ? `<!-- copydesk-disable-next-line ${finding.ruleId} -->`
    : `copydesk-disable-next-line ${finding.ruleId}`;
  const edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${directive}${eol}` };
  return {
    title: `Ignore ${finding.ruleId} here`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [edit], context.client.documentChanges),
  };
}
