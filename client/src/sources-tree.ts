// What the Sources view shows, built from the server's `copydesk/sources` result. Free of
// `vscode` (the view maps these nodes to TreeItems), so unit tests and the e2e summary read
// exactly the labels and counts the user sees.
import type { SourcesResult } from './protocol';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface SourcesNode {
  /** Stable within one result, so VS Code keeps expansion state across refreshes. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** Codicon name ("person", "warning", …). */
  readonly icon?: string;
  /** Where a click takes the editor (leaves only). */
  readonly range?: LspRange;
  readonly children: readonly SourcesNode[];
  /** Groups start expanded; a named source starts collapsed (its citations are one click away). */
  readonly expanded?: boolean;
}

/** The counts the view shows, per group (read by `copydesk.internal.sourcesSummary`). */
export interface SourcesCounts {
  namedSources: number;
  citations: number;
  anonymousSources: number;
  anonymousWithoutReason: number;
  vagueAttributions: number;
  unattributedClaims: number;
}

/** Source names can span a line break in the copy ("Council President\nMaria Alvarez"). */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "line 12" (1-based, as editors number lines). */
function at(range: LspRange): string {
  return `line ${range.start.line + 1}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function countsOf(result: SourcesResult): SourcesCounts {
  return {
    namedSources: result.namedSources.length,
    citations: result.namedSources.reduce((sum, source) => sum + source.count, 0),
    anonymousSources: result.anonymousSources.length,
    anonymousWithoutReason: result.anonymousSources.filter((source) => !source.reasonGiven).length,
    vagueAttributions: result.vagueAttributions.length,
    unattributedClaims: result.unattributedClaims.length,
  };
}

/** The four groups, in the order an editor reads them: who is named, who is not, what is vague, what is bare. */
export function buildSourcesTree(result: SourcesResult): SourcesNode[] {
  const named = result.namedSources.map((source, i): SourcesNode => ({
    id: `named/${i}`,
    label: oneLine(source.name),
    description: plural(source.count, 'citation'),
    icon: 'person',
    children: source.citations.map((citation, j) => ({
      id: `named/${i}/${j}`,
      label: `“${citation.cue}”`,
      description: at(citation.range),
      tooltip: `${oneLine(source.name)}: ${citation.cue}, ${at(citation.range)}`,
      icon: 'quote',
      range: citation.range,
      children: [],
    })),
  }));
  const anonymous = result.anonymousSources.map((source, i): SourcesNode => ({
    id: `anonymous/${i}`,
    label: oneLine(source.phrase),
    description: `${source.reasonGiven ? 'reason given' : 'no reason given'} · ${at(source.range)}`,
    tooltip: source.reasonGiven ? 'The story says why anonymity was granted.' : 'AP: say why the source was granted anonymity.',
    icon: source.reasonGiven ? 'eye-closed' : 'warning',
    range: source.range,
    children: [],
  }));
  const vague = result.vagueAttributions.map((span, i): SourcesNode => ({
    id: `vague/${i}`,
    label: oneLine(span.text),
    description: at(span.range),
    icon: 'question',
    range: span.range,
    children: [],
  }));
  const claims = result.unattributedClaims.map((span, i): SourcesNode => ({
    id: `claims/${i}`,
    label: oneLine(span.text),
    description: at(span.range),
    tooltip: oneLine(span.text, 400),
    icon: 'circle-slash',
    range: span.range,
    children: [],
  }));
  const group = (id: string, label: string, icon: string, children: SourcesNode[]): SourcesNode => ({
    id,
    label: `${label} (${children.length})`,
    icon,
    children,
    expanded: true,
  });
  return [
    group('named', 'Named sources', 'account', named),
    group('anonymous', 'Anonymous sources', 'eye-closed', anonymous),
    group('vague', 'Vague attributions', 'question', vague),
    group('claims', 'Unattributed claims', 'circle-slash', claims),
  ];
}
