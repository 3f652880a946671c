import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../../..');

/** The shared corpus beside the checkout (../shared/corpus), or $COPYDESK_CORPUS. */
export function corpusDir(): string {
  return process.env.COPYDESK_CORPUS ?? path.resolve(REPO, '../shared/corpus');
}

/**
 * Real copy to feed robustness tests: the repository's samples always (so the tests never
 * depend on the corpus being there), plus the shared corpus's articles when it is.
 * Read at run time: no article text is stored in the repository.
 */
export function realArticles(): string[] {
  const samples = path.join(REPO, 'samples');
  const texts = fs.readdirSync(samples).filter((n) => n.endsWith('.md')).sort().map((n) => fs.readFileSync(path.join(samples, n), 'utf8'));
  const articles = path.join(corpusDir(), 'articles');
  if (fs.existsSync(articles)) {
    for (const name of fs.readdirSync(articles).filter((n) => n.endsWith('.txt')).sort()) texts.push(fs.readFileSync(path.join(articles, name), 'utf8'));
  }
  return texts;
}
