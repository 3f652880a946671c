import type { ArticleDocument } from '../model/article';
import { sentenceAt } from '../model/queries';
import type { TextEdit } from '../types';

/**
 * An edit that appends `addition` (", according to [SOURCE]") to the clause holding `offset`:
 * before the next comma, semicolon or dash, else before the sentence's closing punctuation.
 * A sentence ending in an abbreviation ("…in the U.S.") keeps its period: "U.S., according to…".
 */
export function appendToClause(doc: ArticleDocument, offset: number, addition: string): TextEdit {
  const sentence = sentenceAt(doc, offset);
  const end = sentence ? sentence.end : doc.text.length;
  const rest = doc.prose.slice(offset, end);
  const stop = /[,;—]|\s[-–]\s/.exec(rest);
  if (stop) return { start: offset + stop.index, end: offset + stop.index, newText: addition };
  const trailing = /[.?!…]*["'”’)\]]*[.?!…]*\s*$/.exec(rest);
  const at = end - (trailing ? trailing[0].length : 0);
  if (/(?:^|[\s(])(?:\p{L}\.){2,}$/u.test(doc.prose.slice(Math.max(0, at - 12), at + 1)) && doc.prose[at] === '.') {
    return { start: at + 1, end: at + 1, newText: `${addition}.` };
  }
  return { start: at, end: at, newText: addition };
}
