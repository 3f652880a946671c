import { loadStyle, parseArticle } from '../../rules/src';
import { analyseAttribution } from '../../rules/src/analysis/attribution';
import { excerpt, overlaps } from './matching';
import { coveredChars, readPolnear, type PolnearArticle, type StandoffSpan } from './polnear-data';
import type { EvalOptions, ScoreReport, Scorer } from './types';

// "said"-type cues: the verbs of saying the named-source threshold is measured on.
const SAID_TYPE = /^(?:say|says|said|saying|tell|tells|told|according\s+to)$/i;
const ratio = (n: number, d: number) => (d === 0 ? null : Number((n / d).toFixed(3)));

interface InsideCount {
  findings: number;
  inside: number;
}

/**
 * Scores the sourcing rules on PolNeAR (hand-annotated attributions in political news).
 * - A finding is "inside an attribution" when at least half of its characters lie in an
 *   annotated content span (the attributed words): flagging it as unattributed is wrong.
 * - Named-source precision: for each "said"-type cue whose extracted source is named, the
 *   extracted source must overlap the Source span of a PolNeAR attribution whose cue overlaps ours.
 * Split: dev by default; COPYDESK_POLNEAR_SPLIT=train to tune.
 */
export const polnearScorer: Scorer = {
  name: 'polnear',
  description: 'sourcing rules against PolNeAR attribution annotations (dev split)',
  async run(corpusDir, options) {
    const split = process.env.COPYDESK_POLNEAR_SPLIT || 'dev';
    const articles = readPolnear(corpusDir, split);
    if (articles.length === 0) return undefined;
    return scorePolnear(articles, split, options);
  },
};

export function scorePolnear(articles: readonly PolnearArticle[], split: string, options: EvalOptions): ScoreReport {
  const style = loadStyle('ap');
  const details: string[] = [];
  const counts: Record<string, InsideCount> = {
    'attribution/unattributed-claim': { findings: 0, inside: 0 },
    'attribution/unattributed-quote': { findings: 0, inside: 0 },
    'attribution/vague': { findings: 0, inside: 0 },
    'sourcing/anonymous-source': { findings: 0, inside: 0 },
  };
  const named = { extracted: 0, matchCue: 0, matchAny: 0, nameInside: 0 };
  let goldSaidNamed = 0;
  let goldSaidNamedFound = 0;
  for (const article of articles) {
    const file = `polnear/${split}/${article.name}.txt`;
    const content = article.attributions.flatMap((a) => a.content);
    for (const finding of options.check(file, article.text)) {
      const row = counts[finding.ruleId];
      if (!row) continue;
      row.findings++;
      const inside = coveredChars(finding.start, finding.end, content) * 2 >= finding.end - finding.start;
      if (inside) row.inside++;
      if (options.verbose && (finding.ruleId === 'attribution/unattributed-claim' || finding.ruleId === 'attribution/unattributed-quote')) {
        details.push(`${inside ? 'INSIDE' : 'ok'}\t${finding.ruleId}\t${file}:${finding.start}\t${excerpt(article.text, finding, 30)}`);
      }
    }
    const doc = parseArticle(article.text, style, { kind: 'plaintext' });
    const analysis = analyseAttribution(doc, style);
    const sources = article.attributions.flatMap((a) => a.source);
    for (const cue of analysis.cues) {
      if (!SAID_TYPE.test(cue.text.trim()) || cue.source?.kind !== 'named') continue;
      named.extracted++;
      const source = cue.source;
      const own = article.attributions.filter((a) => a.cue.some((c) => overlaps(c, cue)));
      const ownSources: StandoffSpan[] = own.flatMap((a) => a.source);
      const hitCue = ownSources.some((s) => overlaps(s, source));
      if (hitCue) named.matchCue++;
      if (sources.some((s) => overlaps(s, source))) named.matchAny++;
      if (source.name && sources.some((s) => s.start <= source.name!.start && source.name!.end <= s.end)) named.nameInside++;
      if (!hitCue && options.verbose) details.push(`NAMED-MISS\t${file}:${source.start}\t${JSON.stringify(source.text)} (${cue.text})\t${excerpt(article.text, source, 40)}`);
    }
    // Recall, for reading: PolNeAR said-type attributions whose source has a capitalised word.
    for (const a of article.attributions) {
      if (!SAID_TYPE.test(a.cueText.trim()) || a.source.length === 0) continue;
      const sourceText = a.source.map((s) => article.text.slice(s.start, s.end)).join(' ');
      if (!/\b\p{Lu}\p{Ll}/u.test(sourceText.replace(/^\s*(?:The|A|An)\b/, ''))) continue;
      goldSaidNamed++;
      if (analysis.cues.some((c) => c.source?.kind === 'named' && a.source.some((s) => overlaps(s, c.source!)))) goldSaidNamedFound++;
    }
  }
  const n = articles.length;
  const rows = Object.entries(counts).map(([rule, c]) => [rule, c.findings, Number((c.findings / n).toFixed(2)), c.inside, ratio(c.inside, c.findings)]);
  return {
    scorer: 'polnear',
    tables: [
      {
        title: `PolNeAR ${split} (${n} articles): findings inside annotated attribution content`,
        columns: ['rule', 'findings', 'per article', 'inside content', 'share inside'],
        rows,
        notes: ['inside = at least half of the finding\'s characters lie in an annotated content span (an attributed passage).'],
      },
      {
        title: `PolNeAR ${split}: named sources of "said"-type cues`,
        columns: ['measure', 'count', 'of', 'rate'],
        rows: [
          ['precision: source overlaps the source of the same attribution', named.matchCue, named.extracted, ratio(named.matchCue, named.extracted)],
          ['precision: source overlaps any annotated source', named.matchAny, named.extracted, ratio(named.matchAny, named.extracted)],
          ['precision: extracted name inside an annotated source', named.nameInside, named.extracted, ratio(named.nameInside, named.extracted)],
          ['recall (reading only): annotated named said-sources found', goldSaidNamedFound, goldSaidNamed, ratio(goldSaidNamedFound, goldSaidNamed)],
        ],
      },
    ],
    data: { split, articles: n, counts, named, goldSaidNamed, goldSaidNamedFound },
    details,
  };
}
