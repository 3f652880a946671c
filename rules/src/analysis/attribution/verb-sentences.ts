import type { ArticleDocument } from '../../model/article';
import { documentLetterRuns } from './candidate-matches';
import type { SourcingLexicon } from './lexicon';

/**
 * For each sentence, whether it may hold a token that is an attribution verb. Most sentences
 * hold none, and those need no tokens for cue finding. False is exact: a verb token starts a
 * letter run spelling the verb's first word (see `SourcingLexicon.verbStarts`).
 */
export function verbSentences(doc: ArticleDocument, lexicon: SourcingLexicon): boolean[] {
  const out = new Array<boolean>(doc.sentences.length).fill(false);
  const runs = documentLetterRuns(doc);
  const find = lexicon.verbStarts;
  if (!runs || !find) return out.fill(true);
  const { sentences, prose } = doc;
  const starts = find(runs);
  let s = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i];
    // Sentences are sorted by start and by end (as the model's overlap search assumes).
    while (s < sentences.length && sentences[s].end <= at) s++;
    for (let k = s; k < sentences.length && sentences[k].start <= at; k++) if (at < sentences[k].end) out[k] = true;
  }
  // A sentence edge inside a letter run cuts a token the whole-prose runs do not see: no shortcut there.
  sentences.forEach((sentence, k) => {
    if (isAsciiLetterAt(prose, sentence.start - 1) || isAsciiLetterAt(prose, sentence.end)) out[k] = true;
  });
  return out;
}

function isAsciiLetterAt(text: string, i: number): boolean {
  const c = i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
