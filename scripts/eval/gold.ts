import type { Finding } from '../../rules/src';
import { readGold, type GoldArticle, type GoldType, type LocatedItem } from './corpus';
import { excerpt, fixOutcome, overlaps } from './matching';
import type { EvalOptions, ScoreTable, Scorer } from './types';

type LabelType = Exclude<GoldType, 'attributed-sentence'>;

/** Which rules answer for each label type (issue 2 §8). */
export const LABEL_RULES: Record<LabelType, (ruleId: string) => boolean> = {
  'anonymous-source': (id) => id === 'sourcing/anonymous-source',
  'vague-attribution': (id) => id === 'attribution/vague',
  'unattributed-claim': (id) => id === 'attribution/unattributed-claim',
  'date-style': (id) => id.startsWith('dates/') || id.startsWith('times/'),
  'figure-style': (id) => id.startsWith('figures/'),
};
const LABEL_TYPES = Object.keys(LABEL_RULES) as LabelType[];
const STYLE_TYPES: readonly LabelType[] = ['date-style', 'figure-style'];
const SOURCING = (id: string) => id.startsWith('sourcing/') || id.startsWith('attribution/');

/**
 * The rows of the gold table: each label type with its rules, plus variants that leave out
 * a rule the labels do not cover. The gold date-style labels cover formatting only; relative
 * dates ("last week", an information-level nudge) were not labelled, so date-style is also
 * reported without dates/relative, and figure-style without figures/percent.
 */
interface Row {
  name: string;
  type: LabelType;
  rules: string;
  isRule: (ruleId: string) => boolean;
  /** Variants do not add false positives to --verbose or to the per-rule table. */
  variant: boolean;
}
const ROWS: Row[] = [
  ...LABEL_TYPES.map((type) => ({ name: type, type, rules: '', isRule: LABEL_RULES[type], variant: false })),
  { name: 'date-style (w/o relative)', type: 'date-style', rules: 'dates/* but relative, times/*', isRule: (id) => LABEL_RULES['date-style'](id) && id !== 'dates/relative', variant: true },
  // The gold articles each keep one percent form; the labels record no "percent" → "%" items
  // (gold/README.md), while AP since 2019 prefers "%": a policy difference, shown apart.
  { name: 'figure-style (w/o percent)', type: 'figure-style', rules: 'figures/* but percent', isRule: (id) => LABEL_RULES['figure-style'](id) && id !== 'figures/percent', variant: true },
];

interface TypeScore {
  labels: number;
  found: number;
  findings: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
  /** anonymous-source: matched items whose reasonGiven the checker agrees with. */
  reasonAgreement?: { agree: number; of: number };
  /** date-style / figure-style: matched items whose fix yields `expected`. */
  fixEqualsExpected?: { exact: number; equivalent: number; of: number };
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/**
 * Precision and recall against the hand labels in gold/ (see gold/README.md).
 * - A finding matches a label when their spans overlap.
 * - Recall: labels of a type overlapped by at least one finding of that type's rules.
 * - Precision: findings of those rules in the gold articles that overlap a label of the type;
 *   any other finding of the rule is a false positive (the labels are exhaustive for these
 *   articles except unattributed-claim, which labels clear cases only, so its precision is a floor).
 * - Publication date: none by default, as the CLI sees these plain-text files (year-dependent
 *   checks stay silent). With --gold-year each article gets July 1 of its gold `year`, which
 *   exercises weekday/date agreement against the right year; relative-date messages are then
 *   not meaningful (the day is invented), and no label depends on them.
 */
export const goldScorer: Scorer = {
  name: 'gold',
  description: 'precision and recall against gold/*.json hand labels',
  async run(corpusDir, options) {
    const articles = readGold(corpusDir);
    if (articles.length === 0) return undefined;
    const details: string[] = [];
    const scores: Record<string, TypeScore> = {};
    const findingsOf = new Map<GoldArticle, Finding[]>();
    const byRule = new Map<string, { type: LabelType; findings: number; matching: number }>();
    for (const article of articles) findingsOf.set(article, runOn(article, options));

    for (const { name, type, isRule, variant } of ROWS) {
      const note = (line: string) => {
        if (!variant) details.push(line);
      };
      const score: TypeScore = { labels: 0, found: 0, findings: 0, truePositives: 0, precision: null, recall: null };
      if (type === 'anonymous-source') score.reasonAgreement = { agree: 0, of: 0 };
      if (STYLE_TYPES.includes(type)) score.fixEqualsExpected = { exact: 0, equivalent: 0, of: 0 };
      for (const article of articles) {
        const findings = findingsOf.get(article)!;
        const labels = article.items.filter((i) => i.type === type);
        const predicted = findings.filter((f) => isRule(f.ruleId));
        score.labels += labels.length;
        score.findings += predicted.length;
        for (const label of labels) {
          const hits = predicted.filter((f) => overlaps(f, label));
          if (hits.length === 0) {
            note(`FN ${type}\t${article.file}\t${JSON.stringify(label.text)}${label.note ? `\t(${label.note.slice(0, 90)})` : ''}`);
            continue;
          }
          score.found++;
          if (score.reasonAgreement && label.reasonGiven !== undefined) {
            const flaggedUnexplained = findings.some((f) => f.ruleId === 'sourcing/anonymity-unexplained' && overlaps(f, label));
            score.reasonAgreement.of++;
            if (!flaggedUnexplained === label.reasonGiven) score.reasonAgreement.agree++;
            else note(`REASON ${article.file}\t${JSON.stringify(label.text)}\tgold reasonGiven=${label.reasonGiven}, checker ${flaggedUnexplained ? 'flags' : 'does not flag'} anonymity-unexplained`);
          }
          if (score.fixEqualsExpected && label.expected !== null) {
            score.fixEqualsExpected.of++;
            const outcome = fixOutcome(article.text, label, hits, label.expected);
            if (outcome?.exact) score.fixEqualsExpected.exact++;
            if (outcome?.equivalent) score.fixEqualsExpected.equivalent++;
            if (!outcome?.exact) {
              note(`FIX ${type}\t${article.file}\t${JSON.stringify(label.text)} → ${outcome ? JSON.stringify(outcome.actual) : '(no fix offered)'}, expected ${JSON.stringify(label.expected)}${outcome?.equivalent ? ' (equivalent)' : ''}`);
            }
          }
        }
        for (const finding of predicted) {
          const row = variant ? { type, findings: 0, matching: 0 } : (byRule.get(finding.ruleId) ?? { type, findings: 0, matching: 0 });
          row.findings++;
          if (!variant) byRule.set(finding.ruleId, row);
          if (labels.some((l) => overlaps(finding, l))) {
            score.truePositives++;
            row.matching++;
          } else note(`FP ${type}\t${finding.ruleId}\t${article.file}:${finding.start}\t${excerpt(article.text, finding)}`);
        }
      }
      score.precision = ratio(score.truePositives, score.findings);
      score.recall = ratio(score.found, score.labels);
      scores[name] = score;
    }

    const negatives = scoreNegatives(articles, findingsOf, details);
    const tables: ScoreTable[] = [
      {
        title: `Gold labels (${articles.length} articles, ${articles.reduce((n, a) => n + a.items.length, 0)} items): precision and recall per label type`,
        columns: ['label type', 'rules', 'labels', 'found', 'findings', 'matching', 'precision', 'recall', 'extra'],
        rows: ROWS.map(({ name, type, rules }) => {
          const s = scores[name];
          const extra = s.reasonAgreement
            ? `reasonGiven agreement ${fmt(ratio(s.reasonAgreement.agree, s.reasonAgreement.of))} (${s.reasonAgreement.agree}/${s.reasonAgreement.of})`
            : s.fixEqualsExpected
              ? `fix = expected ${fmt(ratio(s.fixEqualsExpected.equivalent, s.fixEqualsExpected.of))} (${s.fixEqualsExpected.equivalent}/${s.fixEqualsExpected.of}; exact ${s.fixEqualsExpected.exact})`
              : '';
          return [name, rules || RULE_NAMES[type], s.labels, s.found, s.findings, s.truePositives, fmt(s.precision), fmt(s.recall), extra];
        }),
        notes: [
          'found = labels overlapped by a finding of the rules; findings = those rules\' findings in the gold articles; matching = findings that overlap a label of the type.',
          'unattributed-claim labels are clear cases only (4), so its precision is a lower bound; see the negatives table for the false-flag rate.',
          'fix = expected: preferred fix (first safe, else first) of every overlapping finding applied; "equivalent" allows one trailing comma/period added by the fix; exact counts strict equality.',
          options.goldYear ? 'publication date: July 1 of each gold file\'s year (--gold-year).' : 'publication date: none (as the CLI reads these plain-text files); --gold-year passes July 1 of the gold year.',
        ],
      },
      {
        title: 'Per rule, in the gold articles: findings that match a label of the rule\'s type',
        columns: ['rule', 'label type', 'findings', 'matching', 'precision'],
        rows: [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([id, r]) => [id, r.type, r.findings, r.matching, fmt(ratio(r.matching, r.findings))]),
      },
      negatives.table,
    ];
    return {
      scorer: this.name,
      tables,
      data: { types: scores, rules: Object.fromEntries(byRule), attributedSentences: negatives.data },
      details: options.verbose ? details : [],
    };
  },
};

const RULE_NAMES: Record<LabelType, string> = {
  'anonymous-source': 'sourcing/anonymous-source',
  'vague-attribution': 'attribution/vague',
  'unattributed-claim': 'attribution/unattributed-claim',
  'date-style': 'dates/*, times/*',
  'figure-style': 'figures/*',
};

function runOn(article: GoldArticle, options: EvalOptions): Finding[] {
  const publicationDate = options.goldYear && article.year ? `${article.year}-07-01` : undefined;
  return options.check(article.file, article.text, publicationDate ? { publicationDate } : {});
}

/** attributed-sentence items are negatives: how many get an unattributed-claim flag, and which other sourcing rules fire on them. */
function scoreNegatives(articles: readonly GoldArticle[], findingsOf: Map<GoldArticle, Finding[]>, details: string[]) {
  let total = 0;
  let flagged = 0;
  const otherRules = new Map<string, number>();
  for (const article of articles) {
    for (const item of article.items.filter((i): i is LocatedItem => i.type === 'attributed-sentence')) {
      total++;
      const onIt = findingsOf.get(article)!.filter((f) => SOURCING(f.ruleId) && overlaps(f, item));
      if (onIt.some((f) => f.ruleId === 'attribution/unattributed-claim')) {
        flagged++;
        details.push(`NEG unattributed-claim\t${article.file}\t${JSON.stringify(item.text.slice(0, 140))}`);
      }
      const others = onIt.filter((x) => x.ruleId !== 'attribution/unattributed-claim');
      for (const id of new Set(others.map((f) => f.ruleId))) otherRules.set(id, (otherRules.get(id) ?? 0) + 1);
      for (const f of others) {
        details.push(`NEG ${f.ruleId}\t${article.file}:${f.start}\t${excerpt(article.text, f)}`);
      }
    }
  }
  const share = ratio(flagged, total);
  const table: ScoreTable = {
    title: `Attributed sentences (negatives, ${total} items): false flags`,
    columns: ['rule', 'items flagged', 'share'],
    rows: [
      ['attribution/unattributed-claim', flagged, fmt(share)],
      ...[...otherRules.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => [id, n, null]),
    ],
    notes: ['Other sourcing/attribution findings on these sentences are listed for reading (an anonymous spokesperson may be right to flag); "share" is only defined for unattributed-claim.'],
  };
  return { table, data: { total, unattributedClaim: flagged, share, otherRules: Object.fromEntries(otherRules) } };
}
