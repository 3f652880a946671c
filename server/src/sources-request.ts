import { ErrorCodes, ResponseError, type Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { summarizeSources, type SourcesSummary } from '../../rules/src';
import type { ServerContext } from './context';
import { guardRequest } from './guard';
import { languageIdForPath } from './language';
import { SOURCES_REQUEST } from './protocol';
import { readClosedFile } from './read-closed-file';

/** Request: the Sources view's data for one document (open, or read from disk). The name lives in protocol.ts for the client. */
export { SOURCES_REQUEST };

export interface SourcesParams {
  uri: string;
}

/** Every summary span gains an LSP range so the client can reveal it without re-reading the text. */
type WithRange<T> = T & { range: Range };

export interface SourcesResult {
  uri: string;
  /** Version of the open document the summary was computed from; null when read from disk. */
  version: number | null;
  namedSources: (Omit<SourcesSummary['namedSources'][number], 'citations'> & { citations: WithRange<SourcesSummary['namedSources'][number]['citations'][number]>[] })[];
  anonymousSources: WithRange<SourcesSummary['anonymousSources'][number]>[];
  vagueAttributions: WithRange<SourcesSummary['vagueAttributions'][number]>[];
  unattributedClaims: WithRange<SourcesSummary['unattributedClaims'][number]>[];
}

/**
 * `copydesk/sources` {uri} → who the article cites: named sources with each citation,
 * anonymous sources (reason given or not), vague attributions, unattributed claims.
 * The server computes it with the core's `summarizeSources`; the client only renders.
 */
export function registerSourcesRequest(context: ServerContext): void {
  context.connection.onRequest(SOURCES_REQUEST, guardRequest(context.connection, SOURCES_REQUEST, (params: SourcesParams) => sources(context, params)));
}

async function sources(context: ServerContext, params: SourcesParams): Promise<SourcesResult> {
  const uri = params?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${SOURCES_REQUEST}: params must be {uri}`);
  let document = context.documents.get(uri);
  const version = document ? document.version : null;
  if (!document) {
    const { filePath, text } = await readClosedFile(uri);
    document = TextDocument.create(uri, languageIdForPath(filePath), 0, text);
  }
  const options = await context.validator.optionsFor(uri, document.languageId);
  const summary = summarizeSources(document.getText(), {
    kind: options?.kind,
    style: options?.houseStyle ?? options?.style,
    styleBaseDir: options?.styleBaseDir,
  });
  const doc = document;
  const withRange = <T extends { start: number; end: number }>(item: T): WithRange<T> => ({ ...item, range: { start: doc.positionAt(item.start), end: doc.positionAt(item.end) } });
  return {
    uri,
    version,
    namedSources: summary.namedSources.map((s) => ({ ...s, citations: s.citations.map(withRange) })),
    anonymousSources: summary.anonymousSources.map(withRange),
    vagueAttributions: summary.vagueAttributions.map(withRange),
    unattributedClaims: summary.unattributedClaims.map(withRange),
  };
}
