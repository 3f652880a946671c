import { loadStyle } from '../../house-style/load';
import type { HouseStyle } from '../../house-style/house-style';
import type { ArticleDocument } from '../../model/article';
import { parseArticle } from '../../model/parse';
import type { DocumentKind } from '../../types';
import { analyseAttribution } from './analyse';

export interface Citation {
  start: number;
  end: number;
  /** The attribution cue ("said", "according to"). */
  cue: string;
}

export interface NamedSourceSummary {
  /** The name as first written ("Jane Doe"); later citations by surname alone are folded in. */
  name: string;
  count: number;
  citations: Citation[];
}

export interface AnonymousSourceSummary {
  phrase: string;
  start: number;
  end: number;
  reasonGiven: boolean;
}

export interface SpanSummary {
  text: string;
  start: number;
  end: number;
}

export interface SourcesSummary {
  namedSources: NamedSourceSummary[];
  anonymousSources: AnonymousSourceSummary[];
  vagueAttributions: SpanSummary[];
  unattributedClaims: SpanSummary[];
}

export interface SummaryOptions {
  kind?: DocumentKind;
  /** House style name or path (default "ap"), or an already-loaded style. */
  style?: string | HouseStyle;
  styleBaseDir?: string;
}

/** "Jane Doe" and "Doe" are one source: the last word of a name is how copy refers back. */
function surname(name: string): string {
  const words = name.replace(/['’]s$/, '').split(/\s+/);
  return words[words.length - 1];
}

/**
 * Who the story cites, and how: named sources with each citation, anonymous sources with
 * whether a reason is given, vague attributions and unattributed claims. The Sources view,
 * the `copydesk/sources` LSP request and `copydesk sources` are built on this.
 */
export function summarizeSources(input: ArticleDocument | string, options: SummaryOptions = {}): SourcesSummary {
  const style = typeof options.style === 'object' ? options.style : loadStyle(options.style, options.styleBaseDir);
  const doc = typeof input === 'string' ? parseArticle(input, style, { kind: options.kind }) : input;
  const analysis = analyseAttribution(doc, style);
  const named: NamedSourceSummary[] = [];
  const bySurname = new Map<string, NamedSourceSummary>();
  for (const cue of analysis.cues) {
    const name = cue.source?.kind === 'named' ? cue.source.name : undefined;
    if (!name || !cue.source) continue;
    const key = surname(name.text);
    let entry = bySurname.get(key);
    if (!entry) {
      entry = { name: name.text.replace(/['’]s$/, ''), count: 0, citations: [] };
      bySurname.set(key, entry);
      named.push(entry);
    } else if (name.text.length > entry.name.length && name.text.endsWith(key)) {
      entry.name = name.text;
    }
    entry.count++;
    entry.citations.push({ start: Math.min(cue.start, cue.source.start), end: Math.max(cue.end, cue.source.end), cue: cue.text });
  }
  const span = (start: number, end: number): SpanSummary => ({ text: doc.text.slice(start, end), start, end });
  return {
    namedSources: named.sort((a, b) => b.count - a.count || a.citations[0].start - b.citations[0].start),
    anonymousSources: analysis.anonymous.map((a) => ({ phrase: a.text, start: a.start, end: a.end, reasonGiven: a.reasonGiven })),
    vagueAttributions: analysis.vague.map((v) => span(v.start, v.end)),
    unattributedClaims: analysis.unattributedClaims.map((i) => span(doc.sentences[i].start, doc.sentences[i].end)),
  };
}
