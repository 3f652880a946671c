import * as fs from 'fs';
import * as path from 'path';

/** An article of the evaluation corpus, named by its path relative to the corpus folder. */
export interface CorpusArticle {
  file: string;
  text: string;
}

/** `articles/*.txt` plus `wto-tiktok.txt`: the copy every rule is counted over. */
export function readArticles(corpusDir: string): CorpusArticle[] {
  const files: string[] = [];
  const articlesDir = path.join(corpusDir, 'articles');
  if (fs.existsSync(articlesDir)) {
    for (const name of fs.readdirSync(articlesDir).sort()) if (name.endsWith('.txt')) files.push(`articles/${name}`);
  }
  if (fs.existsSync(path.join(corpusDir, 'wto-tiktok.txt'))) files.push('wto-tiktok.txt');
  return files.map((file) => ({ file, text: readArticle(corpusDir, file) }));
}

export function readArticle(corpusDir: string, file: string): string {
  return fs.readFileSync(path.join(corpusDir, file), 'utf8');
}

export type GoldType = 'anonymous-source' | 'vague-attribution' | 'unattributed-claim' | 'date-style' | 'figure-style' | 'attributed-sentence';

export interface GoldItem {
  type: GoldType;
  text: string;
  context: string;
  expected: string | null;
  reasonGiven?: boolean;
  note?: string;
}

export interface GoldFile {
  file: string;
  year: number | null;
  items: GoldItem[];
}

/** A gold item placed in its article: offset = article.indexOf(context) + context.indexOf(text) (gold/README.md). */
export interface LocatedItem extends GoldItem {
  article: string;
  start: number;
  end: number;
}

export interface GoldArticle {
  file: string;
  year: number | null;
  text: string;
  items: LocatedItem[];
}

/** Every gold/*.json with its article; an item that cannot be placed is an error (the labels are verified). */
export function readGold(corpusDir: string): GoldArticle[] {
  const goldDir = path.join(corpusDir, 'gold');
  if (!fs.existsSync(goldDir)) return [];
  const out: GoldArticle[] = [];
  for (const name of fs.readdirSync(goldDir).sort()) {
    if (!name.endsWith('.json')) continue;
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile;
    const text = readArticle(corpusDir, gold.file);
    const items = gold.items.map((item) => {
      const at = text.indexOf(item.context);
      const inner = item.context.indexOf(item.text);
      if (at === -1 || inner === -1) throw new Error(`gold/${name}: cannot place "${item.text}" in ${gold.file}`);
      return { ...item, article: gold.file, start: at + inner, end: at + inner + item.text.length };
    });
    out.push({ file: gold.file, year: gold.year, text, items });
  }
  return out;
}
