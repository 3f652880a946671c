import { allRules } from '../../rules/src';
import { readArticles } from './corpus';
import type { Scorer } from './types';

/**
 * Findings per rule over every article (articles/*.txt and wto-tiktok.txt), as plain text
 * with no publication date: what `copydesk check` reports on these files. The count of
 * articles with at least one finding tells a rule that fires everywhere from one that
 * fires on a few stories.
 */
export const ruleCounts: Scorer = {
  name: 'rule-counts',
  description: 'findings per rule over the whole corpus',
  async run(corpusDir, options) {
    const articles = readArticles(corpusDir);
    if (articles.length === 0) return undefined;
    const perRule = new Map<string, { findings: number; articles: number; fixable: number }>();
    for (const rule of allRules) perRule.set(rule.meta.id, { findings: 0, articles: 0, fixable: 0 });
    const details: string[] = [];
    let characters = 0;
    const started = process.hrtime.bigint();
    for (const article of articles) {
      characters += article.text.length;
      const seen = new Set<string>();
      for (const finding of options.check(article.file, article.text)) {
        const row = perRule.get(finding.ruleId) ?? { findings: 0, articles: 0, fixable: 0 };
        row.findings++;
        if (finding.fixes.some((f) => f.safe)) row.fixable++;
        if (!seen.has(finding.ruleId)) row.articles++;
        seen.add(finding.ruleId);
        perRule.set(finding.ruleId, row);
        if (options.verbose && !finding.ruleId.startsWith('style/')) {
          details.push(`${finding.ruleId}\t${article.file}:${finding.start}\t${JSON.stringify(article.text.slice(finding.start, finding.end))}`);
        }
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const rows: (string | number | null)[][] = [...perRule.entries()].map(([id, r]) => [id, r.findings, r.articles, r.fixable]);
    const total = rows.reduce((sum, r) => sum + (r[1] as number), 0);
    rows.push(['(all rules)', total, null, rows.reduce((sum, r) => sum + (r[3] as number), 0)]);
    return {
      scorer: this.name,
      tables: [
        {
          title: `Findings per rule over ${articles.length} articles (${(characters / 1024).toFixed(0)} KiB plain text, no publication date)`,
          columns: ['rule', 'findings', 'articles', 'with safe fix'],
          rows,
          notes: [`checked in ${ms.toFixed(0)} ms (includes the first run's warm-up)`],
        },
      ],
      data: { articles: articles.length, characters, milliseconds: Math.round(ms), rules: Object.fromEntries(perRule) },
      details: details.length ? ['Every non-style finding (rule, file:offset, text):', ...details] : [],
    };
  },
};
