import type { ArticleDocument, Quotation } from '../../model/article';
import { indicesOverlapping } from '../../model/queries';
import type { SentenceTokens } from './cues';
import type { SourcingLexicon } from './lexicon';
import { countWords } from './tokens';
import type { AttributionCue, QuoteAttribution } from './types';

const MIN_QUOTE_WORDS = 4;

/** Sentences overlapping [start, end) (a sentence's index is its position). */
function sentencesOverlapping(doc: ArticleDocument, start: number, end: number): number[] {
  return indicesOverlapping(doc.sentences, start, end);
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A title in quotation marks ("American Skin (41 Shots)", "The Wall Street Journal"), not speech. */
function isTitle(words: readonly string[]): boolean {
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length <= 8 && capitalised / words.length >= 0.75;
}

/** A partial quote: words woven into the reporter's sentence, starting lowercase ("she vows to “defend the…”"). */
function isPartialQuote(doc: ArticleDocument, quote: Quotation, wordCount: number): boolean {
  const content = doc.prose.slice(quote.contentStart, quote.contentEnd).trim();
  return wordCount > 0 && /^[\p{Ll}\p{N}]/u.test(content);
}

/** A personal name outside quotes: a title and a name ("Sen. Bernie Sanders") or two capitalised words mid-sentence. */
function namesPerson(doc: ArticleDocument, sentence: number, tokensOf: (sentence: number) => SentenceTokens): boolean {
  const st = tokensOf(sentence);
  for (let k = 1; k + 1 < st.length; k++) {
    if (st.isBlocked(k) || st.isBlocked(k + 1) || !st.isWord(k) || !st.isWord(k + 1)) continue;
    const a = st.text(k);
    const b = st.text(k + 1);
    if (/^(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Sgt|Lt|Col|Capt|Del)\.$/.test(a) && /^\p{Lu}/u.test(b)) return true;
    if (/^\p{Lu}\p{Ll}+$/u.test(a) && /^\p{Lu}\p{Ll}+$/u.test(b) && st.isWord(k - 1) && /^\p{Ll}/u.test(st.text(k - 1))) return true;
  }
  return false;
}

/**
 * Ways copy names a speaker without a cue of our grammar: a colon introducing the quote
 * ("Caddell continued:"), a dash and a name after it ("” ― Sonya Herridge"), a transcript
 * label inside it ("PENCE: Well, …").
 */
function introducedOrSigned(doc: ArticleDocument, quote: Quotation): boolean {
  const before = doc.prose.slice(Math.max(0, quote.start - 3), quote.start);
  if (/:\s*$/.test(before)) return true;
  const after = doc.prose.slice(quote.end, quote.end + 40);
  // “…,” Toomey fumed. / “…?” Hannity pressed. — a quote closed on a comma, question or dash
  // mark with the sentence running on is the attribution frame: the speaker follows.
  const lastChar = doc.prose.slice(quote.contentStart, quote.contentEnd).trimEnd().slice(-1);
  if (quote.closed && /[,?!—–-]/.test(lastChar) && /^\s*[\p{L}]/u.test(after)) return true;
  if (/^\s*[―—–-]+\s*\p{Lu}/u.test(after) || /^\s*[\[(]\p{Lu}[^\])]{0,30}[\])]/u.test(after)) return true;
  return /^\s*\p{Lu}{2,}[\p{Lu} .'-]*:/u.test(doc.prose.slice(quote.contentStart, quote.contentStart + 40));
}

/**
 * Who speaks each direct quotation: a cue in the quote's sentence(s), the sentence before or the
 * sentence after, or in any sentence of the paragraphs a multi-paragraph quote runs over. Verbs of
 * speech without a subject we can read ("…, asking her, “…”") count too: the speaker is in the sentence.
 */
export function attributeQuotes(
  doc: ArticleDocument,
  lexicon: SourcingLexicon,
  cuesBySentence: readonly AttributionCue[][],
  tokensOf: (sentence: number) => SentenceTokens,
  mayHaveVerb: readonly boolean[],
): QuoteAttribution[] {
  const out: QuoteAttribution[] = [];
  const speaks = (i: number) => {
    if (i < 0 || i >= doc.sentences.length) return false;
    if ((cuesBySentence[i]?.length ?? 0) > 0) return true;
    if (!mayHaveVerb[i]) return false;
    const st = tokensOf(i);
    for (let k = 0; k < st.length; k++) if (st.isWord(k) && st.mayBeVerb(k) && !st.isBlocked(k) && lexicon.verbs.has(st.lower(k))) return true;
    return false;
  };
  // The first sentence of a paragraph that speaks (-1: none), once per paragraph: a long
  // paragraph with many quotes was walked once per quote.
  const firstSpeakers = new Map<number, number>();
  const firstSpeaker = (p: number): number => {
    let first = firstSpeakers.get(p);
    if (first === undefined) {
      first = -1;
      const para = doc.paragraphs[p];
      for (let s = para.firstSentence; s < para.firstSentence + para.sentenceCount; s++) {
        if (speaks(s)) {
          first = s;
          break;
        }
      }
      firstSpeakers.set(p, first);
    }
    return first;
  };
  // Any speech in the paragraphs a quote runs over: quotes in a run share their speaker.
  const paragraphSpeaks = (quote: Quotation): number | undefined => {
    let last = quote.paragraph;
    while (last + 1 < doc.paragraphs.length && doc.paragraphs[last + 1].start < quote.end) last++;
    for (let p = quote.paragraph; p <= last; p++) {
      const first = firstSpeaker(p);
      if (first >= 0) return first;
    }
    return undefined;
  };
  doc.quotes.forEach((quote, index) => {
    // The words themselves only for the rare title test; their count without building them.
    const wordCount = countWords(doc.prose, quote.contentStart, quote.contentEnd);
    const words = () => doc.prose.slice(quote.contentStart, quote.contentEnd).match(WORD_RE) ?? [];
    const paragraphSpeaker = paragraphSpeaks(quote);
    if (paragraphSpeaker !== undefined || isPartialQuote(doc, quote, wordCount)) {
      // Speech elsewhere in the quote's paragraph(s), or a phrase quoted inside the reporter's own
      // sentence ("Eliminating “the scourge of war” is…", AP's partial quote): not flagged.
      const speakerSentence = paragraphSpeaker ?? sentencesOverlapping(doc, quote.start, quote.end)[0] ?? 0;
      out.push({ quote: index, wordCount, speakerSentence, continuation: false });
      return;
    }
    const inside = sentencesOverlapping(doc, quote.start, quote.end);
    const paragraph = doc.paragraphs[quote.paragraph];
    const previousQuote = doc.quotes[index - 1];
    // A paragraph that opens with a quote right after a paragraph that left its quote open.
    // Or a paragraph that is a quote right after a paragraph whose quote had a speaker: the same
    // speaker goes on (AP lets a run of quote paragraphs carry one attribution).
    const previousAttributed = previousQuote !== undefined && previousQuote.paragraph === quote.paragraph - 1 &&
      out[index - 1]?.speakerSentence !== undefined;
    const continuation = paragraph !== undefined && quote.start === paragraph.start && previousQuote !== undefined &&
      ((!previousQuote.closed && previousQuote.paragraph === quote.paragraph - 1) || previousAttributed);
    let speakerSentence: number | undefined;
    if (inside.length > 0) {
      // The quote's sentences, the ones either side, then (a quote over several paragraphs)
      // any sentence of its paragraphs: its speaker may be named in any of them.
      speakerSentence = [...inside, inside[0] - 1, inside[inside.length - 1] + 1].find((s) => speaks(s));
      const lastParagraph = doc.sentences[inside[inside.length - 1]].paragraph;
      for (let p = quote.paragraph; speakerSentence === undefined && p <= lastParagraph; p++) {
        const first = firstSpeaker(p);
        if (first >= 0) speakerSentence = first;
      }
      // "Sen. Bernie Sanders … identified …. “The younger people are …”": a person named just before.
      const before = inside[0] - 1;
      if (speakerSentence === undefined && before >= 0 && doc.sentences[before].paragraph === doc.sentences[inside[0]].paragraph && namesPerson(doc, before, tokensOf)) {
        speakerSentence = before;
      }
      if (speakerSentence === undefined && (introducedOrSigned(doc, quote) || isTitle(words()))) speakerSentence = inside[0];
    }
    if (speakerSentence === undefined && continuation) speakerSentence = out[index - 1]?.speakerSentence;
    // “…” “…”: a quote that follows an attributed quote with nothing in between goes on in the same voice.
    if (speakerSentence === undefined && previousQuote && /^\s*$/.test(doc.prose.slice(previousQuote.end, quote.start))) {
      speakerSentence = out[index - 1]?.speakerSentence;
    }
    out.push({ quote: index, wordCount, ...(speakerSentence !== undefined ? { speakerSentence } : {}), continuation });
  });
  return out;
}

export { MIN_QUOTE_WORDS };
