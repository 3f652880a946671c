import type { ArticleDocument } from '../model/article';
import { sentenceAt } from '../model/queries';

/**
 * Where the clause holding `offset` ends: before the next comma, semicolon or dash, or before
 * the sentence's closing punctuation (and closing quote marks). Used to append ", according to [SOURCE]".
 */
export function clauseEnd(doc: ArticleDocument, offset: number): number {
  const sentence = sentenceAt(doc, offset);
  const end = sentence ? sentence.end : doc.text.length;
  const rest = doc.prose.slice(offset, end);
  const stop = /[,;—]|\s[-–]\s/.exec(rest);
  if (stop) return offset + stop.index;
  const trailing = /[.?!…]*["'”’)\]]*[.?!…]*\s*$/.exec(rest);
  return end - (trailing ? trailing[0].length : 0);
}
