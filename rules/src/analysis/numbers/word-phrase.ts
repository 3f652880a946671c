import { ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon';

type TokenType = 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'half' | 'a' | 'and-a-half' | 'ordinal';

interface Token {
  type: TokenType;
  value: number;
  end: number;
}

export interface WordPhrase {
  end: number;
  value: number;
  isOrdinal: boolean;
  hasFraction: boolean;
  /** Start offset and multiplier of a closing million/billion/trillion that stands alone ("a billion", "two million"). */
  scaleStart?: number;
  scaleEnd?: number;
  scaleMultiplier?: number;
  /** Value of the words before that closing scale. */
  valueBeforeScale?: number;
}

const SEP = '(?:[ \\t\\u00a0]+|-)';
function wordRe(alternation: string): RegExp {
  return new RegExp(`${SEP}(${alternation})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'iy');
}
const WORD_ALTERNATION = [
  ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(ORDINAL_WORDS), 'dozen',
].sort((a, b) => b.length - a.length).join('|');
const NEXT_WORD = wordRe(WORD_ALTERNATION);
const NEXT_AND = new RegExp(`${SEP}and(?=${SEP})`, 'iy');
const AND_A_HALF = new RegExp(`${SEP}and${SEP}a${SEP}half(?![A-Za-z0-9\\u00C0-\\u024F])`, 'iy');
const NEXT_A = new RegExp(`${SEP}a(?=${SEP})`, 'iy');

type WordClass = Readonly<Omit<Token, 'end'>>;

/** Every number word's class, in one table (one lookup instead of one per word list). */
const WORD_CLASSES: ReadonlyMap<string, WordClass> = (() => {
  const classes = new Map<string, WordClass>();
  // The first list that holds a word decides ("hundred" is a scale word too, but reads as 'hundred').
  const add = (word: string, type: TokenType, value: number) => {
    if (!classes.has(word)) classes.set(word, { type, value });
  };
  for (const [word, value] of Object.entries(UNIT_WORDS)) add(word, 'unit', value);
  for (const [word, value] of Object.entries(TENS_WORDS)) add(word, 'tens', value);
  add('hundred', 'hundred', 100);
  for (const [word, value] of Object.entries(SCALE_WORDS)) add(word, 'scale', value);
  for (const [word, value] of Object.entries(ORDINAL_WORDS)) add(word, 'ordinal', value);
  add('dozen', 'dozen', 12);
  add('half', 'half', 0.5);
  add('a', 'a', 1);
  add('an', 'a', 1);
  return classes;
})();

function classify(word: string): WordClass | undefined {
  return WORD_CLASSES.get(word.toLowerCase());
}

/** Which token may follow which: keeps "one two" or "five first" from reading as one number. */
function mayFollow(prev: Token, next: Omit<Token, 'end'>): boolean {
  switch (prev.type) {
    case 'a':
      return next.type === 'hundred' || next.type === 'scale' || next.type === 'dozen';
    case 'half':
      return false; // "half a million" is handled before the loop
    case 'unit':
      return next.type === 'hundred' || next.type === 'scale' || next.type === 'dozen';
    case 'tens':
      return (next.type === 'unit' && next.value < 10 && next.value > 0) || (next.type === 'ordinal' && next.value < 10) || next.type === 'scale';
    case 'hundred':
    case 'scale':
      return next.type === 'unit' || next.type === 'tens' || (next.type === 'scale' && next.value > prev.value) || (next.type === 'ordinal' && next.value < 100);
    case 'and-a-half':
      return next.type === 'scale' && next.value >= 1e6;
    default:
      return false;
  }
}

/**
 * Reads a spelled-out number starting with the word `first` at [start, firstEnd) in `text`.
 * Undefined when the words do not make a number ("a" not followed by a scale, lone "half").
 * Each call reads forward only as far as the number goes: linear overall.
 */
export function readWordPhrase(text: string, start: number, firstWord: string): WordPhrase | undefined {
  const first = classify(firstWord);
  if (!first) return undefined;
  const tokens: Token[] = [];
  let at = start + firstWord.length;
  if (first.type === 'half') {
    // "half a million"
    NEXT_A.lastIndex = at;
    const a = NEXT_A.exec(text);
    if (!a) return undefined;
    NEXT_WORD.lastIndex = a.index + a[0].length;
    const scale = NEXT_WORD.exec(text);
    const kind = scale && classify(scale[1]);
    if (!kind || kind.type !== 'scale' || kind.value < 1e6) return undefined;
    tokens.push({ type: 'half', value: 0.5, end: at }, { type: kind.type, value: kind.value, end: NEXT_WORD.lastIndex });
    at = NEXT_WORD.lastIndex;
  } else {
    if (first.type === 'hundred' || first.type === 'scale' || first.type === 'dozen') return undefined;
    tokens.push({ type: first.type, value: first.value, end: at });
  }
  for (;;) {
    const prev = tokens[tokens.length - 1];
    if (prev.type === 'ordinal' || prev.type === 'dozen') break;
    AND_A_HALF.lastIndex = at;
    if ((prev.type === 'unit' || prev.type === 'tens') && AND_A_HALF.exec(text)) {
      at = AND_A_HALF.lastIndex;
      tokens.push({ type: 'and-a-half', value: 0.5, end: at });
      continue;
    }
    let from = at;
    if (prev.type === 'hundred' || prev.type === 'scale') {
      NEXT_AND.lastIndex = at;
      if (NEXT_AND.exec(text)) from = NEXT_AND.lastIndex;
    }
    NEXT_WORD.lastIndex = from;
    const m = NEXT_WORD.exec(text);
    const next = m && classify(m[1]);
    if (!next || !mayFollow(prev, next)) break;
    at = NEXT_WORD.lastIndex;
    tokens.push({ type: next.type, value: next.value, end: at });
  }
  if (tokens[0].type === 'a' && tokens.length === 1) return undefined;
  return evaluate(tokens, start, at);
}

function evaluate(tokens: Token[], start: number, end: number): WordPhrase {
  let total = 0;
  let current = 0;
  let hasFraction = false;
  let scaleTokens = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'unit':
      case 'tens':
      case 'a':
        current += token.value;
        break;
      case 'half':
      case 'and-a-half':
        current += 0.5;
        hasFraction = true;
        break;
      case 'hundred':
        current = (current || 1) * 100;
        break;
      case 'dozen':
        current = (current || 1) * 12;
        break;
      case 'scale':
        total += (current || 1) * token.value;
        current = 0;
        scaleTokens++;
        break;
      case 'ordinal':
        current = token.value >= 100 ? (current || 1) * token.value : current + token.value;
        break;
    }
  }
  const last = tokens[tokens.length - 1];
  const phrase: WordPhrase = { end, value: total + current, isOrdinal: last.type === 'ordinal', hasFraction };
  if (last.type === 'scale' && last.value >= 1e6 && scaleTokens === 1) {
    phrase.scaleEnd = last.end;
    phrase.scaleMultiplier = last.value;
    phrase.valueBeforeScale = phrase.value / last.value;
    // The scale word starts after the separator that follows the previous token.
    phrase.scaleStart = last.end - scaleWordLength(last.value);
  }
  return phrase;
}

function scaleWordLength(multiplier: number): number {
  for (const [word, value] of Object.entries(SCALE_WORDS)) if (value === multiplier) return word.length;
  return 0;
}
