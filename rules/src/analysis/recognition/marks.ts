import type { DatesStyle } from '../../house-style/sections/dates';
import { weekdayLexicon } from '../dates/weekdays';
import { monthLexicon } from '../months';
import { NUMBER_WORD_PATTERN } from '../numbers/lexicon';
import { escapeRegExp } from '../scan';

/**
 * Where in a text a date, time or figure can start: one cheap regex pass finds every digit
 * run and every month, weekday, number and relative-date word (case-insensitive, even inside
 * other words: a superset). The recognisers and the rules then try their own regexes only at
 * these offsets (see `matchesAt`) instead of running them over the whole prose: each of those
 * regexes opens with a Unicode lookbehind that V8 must try at every position, which cost
 * 2-10 ms per regex on 1 MB; this pass costs about that once for all of them.
 */
export interface Marks {
  /** Start of every maximal run of ASCII digits. */
  digitRuns: number[];
  /** Start of every number word ("one", "Twenty", "million"), plus "a"/"an" before a scale word ("a hundred"). */
  numberWords: number[];
  /** Start of every month spelling of the house style. */
  monthWords: number[];
  /** Start of every weekday spelling (names and abbreviations) of the house style. */
  weekdayWords: number[];
  /** Where "yesterday", "tomorrow", "last week", "a week ago", "late last month", "this past Friday", "next Friday" can start. */
  relativeWords: number[];
}

const NUMBER = 1;
const MONTH = 2;
const WEEKDAY = 4;
/** Opens a relative expression itself ("yesterday", "last", "next"). */
const RELATIVE = 8;
/** "a hundred": look for "a"/"an" before it. */
const SCALE = 16;
/** "late last month": look for "late"/"early" before it. */
const LAST = 32;
/** "a week ago": look for "a" before it. */
const WEEK = 64;
/** "this past Friday": look for "this" before it. */
const PAST = 128;
const EVERYTHING = 255;

// Words that anchor a relative expression; the words that can open one before them
// ("a week ago", "late last month", "this past Friday") are found by looking back.
const RELATIVE_ANCHORS: [string, number][] = [
  ['yesterday', RELATIVE],
  ['tomorrow', RELATIVE],
  ['next', RELATIVE],
  ['last', RELATIVE | LAST],
  ['past', PAST],
  ['week', WEEK],
];
const SCALE_AFTER_A = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];

interface Finder {
  /** Digit runs, and spellings after a character that is not an ASCII letter (the character is part of the match). */
  re: RegExp;
  /** The spellings alone, sticky: for the very start of a text. */
  atStart: RegExp;
  /**
   * Class bits by hash of each spelling (lower case), including the classes of the spellings
   * it starts with. Two spellings with one hash share their bits: a mark too many, never one
   * too few.
   */
  classes: Map<number, number>;
  /** Every spelling is ASCII letters: a match's start can be found from its end. */
  ascii: boolean;
  /** Some spelling holds a character other than a letter: another may then start inside it. */
  restartInside: boolean;
}

const finders = new WeakMap<DatesStyle, Finder>();
let numbersOnly: Finder | undefined;

/** "one|october|…" as a trie ("o(?:ne|ct(?:ober)?)|…"): V8 then tests one branch per letter instead of every spelling. */
function trie(forms: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const form of forms) {
    const rest = byFirst.get(form[0]) ?? [];
    rest.push(form.slice(1));
    byFirst.set(form[0], rest);
  }
  return [...byFirst]
    .map(([first, rests]) => {
      const longer = rests.filter((rest) => rest.length > 0).sort((a, b) => b.length - a.length);
      const head = escapeRegExp(first);
      if (longer.length === 0) return head;
      return `${head}(?:${trie(longer)})${longer.length < rests.length ? '?' : ''}`;
    })
    .join('|');
}

function buildFinder(spellings: Map<string, number>): Finder {
  const classes = new Map<number, number>();
  for (const form of spellings.keys()) {
    let bits = 0;
    for (const [other, otherBits] of spellings) if (form.startsWith(other)) bits |= otherBits;
    const hash = wordHash(form, 0, form.length);
    classes.set(hash, (classes.get(hash) ?? 0) | bits);
  }
  const forms = [...spellings.keys()].sort((a, b) => b.length - a.length);
  const alternation = trie(forms);
  return {
    // A spelling needs a character other than an ASCII letter before it: every regex that
    // uses these marks starts with a lookbehind that refuses a letter or a digit there. Putting
    // that character in the match lets V8 skip most positions on their first character
    // (about twice as fast as matching the spellings alone). After a digit run, a spelling glued
    // to it is not needed either ("5million": the figure reads its own scale word).
    re: new RegExp(`[0-9]+|[^A-Za-z](?:${alternation})`, 'gi'),
    atStart: new RegExp(`(?:${alternation})`, 'iy'),
    classes,
    ascii: forms.every((form) => /^[a-z]+$/.test(form)),
    restartInside: forms.some((form) => !/^\p{L}+$/u.test(form)),
  };
}
function addSpellings(into: Map<string, number>, forms: Iterable<string>, bits: number): void {
  for (const form of forms) {
    const key = form.toLowerCase();
    if (key) into.set(key, (into.get(key) ?? 0) | bits);
  }
}

function finderFor(dates: DatesStyle | undefined): Finder {
  if (!dates) {
    if (!numbersOnly) {
      const spellings = new Map<string, number>();
      addSpellings(spellings, NUMBER_WORD_PATTERN.split('|'), NUMBER);
      addSpellings(spellings, SCALE_AFTER_A, SCALE);
      numbersOnly = buildFinder(spellings);
    }
    return numbersOnly;
  }
  let finder = finders.get(dates);
  if (!finder) {
    const spellings = new Map<string, number>();
    addSpellings(spellings, NUMBER_WORD_PATTERN.split('|'), NUMBER);
    addSpellings(spellings, SCALE_AFTER_A, SCALE);
    addSpellings(spellings, monthLexicon(dates).forms, MONTH);
    addSpellings(spellings, weekdayLexicon(dates).forms, WEEKDAY);
    for (const [anchor, bits] of RELATIVE_ANCHORS) addSpellings(spellings, [anchor], bits);
    finder = buildFinder(spellings);
    finders.set(dates, finder);
  }
  return finder;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

/** Start of the run of spaces, tabs and no-break spaces ending at `end` (`end` when there is none). */
function blankRunStart(text: string, end: number, andHyphen = false): number {
  let at = end;
  for (;;) {
    const code = text.charCodeAt(at - 1);
    if (isBlank(code) || (andHyphen && code === 45)) at--;
    else return at;
  }
}

function wordEndsAt(text: string, end: number, lower: string): boolean {
  const start = end - lower.length;
  if (start < 0) return false;
  // Only the first letter may be a capital, as the rules' regexes allow ([Ll]ate, [Tt]his).
  const first = text.charCodeAt(start);
  const wanted = lower.charCodeAt(0);
  if (first < 128 ? first !== wanted && first !== wanted - 32 : text.charAt(start).toLowerCase() !== lower[0]) return false;
  for (let i = 1; i < lower.length; i++) if (text.charCodeAt(start + i) !== lower.charCodeAt(i)) return false;
  return true;
}

/**
 * Marks of `text`. Without a date style only digits and number words are looked for
 * (enough for the figure recogniser).
 */
export function findMarks(text: string, dates?: DatesStyle): Marks {
  const marks: Marks = { digitRuns: [], numberWords: [], monthWords: [], weekdayWords: [], relativeWords: [] };
  const finder = finderFor(dates);
  finder.atStart.lastIndex = 0;
  if (finder.atStart.test(text)) addSpelling(text, 0, finder.atStart.lastIndex, finder, marks);
  const { re } = finder;
  re.lastIndex = 0;
  if (finder.ascii) {
    // test() builds no match array; the start is found from the end (a digit run, or letters
    // after the one character that is not a letter).
    while (re.test(text)) {
      const end = re.lastIndex;
      let start = end - 1;
      if (isDigit(text.charCodeAt(start))) {
        while (isDigit(text.charCodeAt(start - 1))) start--;
        marks.digitRuns.push(start);
      } else {
        while (isAsciiLetter(text.charCodeAt(start - 1))) start--;
        addSpelling(text, start, end, finder, marks);
      }
    }
  } else {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (isDigit(text.charCodeAt(m.index))) marks.digitRuns.push(m.index);
      else {
        addSpelling(text, m.index + 1, m.index + m[0].length, finder, marks);
        if (finder.restartInside) re.lastIndex = m.index + 2;
      }
    }
  }
  if (!isAscending(marks.numberWords)) marks.numberWords = sortedUnique(marks.numberWords);
  if (!isAscending(marks.relativeWords)) marks.relativeWords = sortedUnique(marks.relativeWords);
  return marks;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A hash of text[start, end) in lower case (for the letters A-Z; other characters as they are). */
function wordHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code | 32 : code)) | 0;
  }
  return hash;
}

function isAscending(offsets: readonly number[]): boolean {
  for (let i = 1; i < offsets.length; i++) if (offsets[i] <= offsets[i - 1]) return false;
  return true;
}

/** Records the spelling at [at, end) in every list it belongs to, with the words that can open a phrase before it. */
function addSpelling(text: string, at: number, end: number, finder: Finder, marks: Marks): void {
  // A spelling V8 matched case-insensitively that hashes otherwise (outside A-Z): count it as anything.
  const bits = finder.classes.get(wordHash(text, at, end)) ?? EVERYTHING;
  if (bits & NUMBER) {
    if (bits & SCALE) {
      // "a hundred", "an eight-hundred…": the article belongs to the number.
      const gap = blankRunStart(text, at, true);
      if (gap < at) {
        // START reads these case-insensitively ("An", "AN").
        const last = text.charCodeAt(gap - 1) | 32;
        const a = last === 97 ? gap - 1 : last === 110 && (text.charCodeAt(gap - 2) | 32) === 97 ? gap - 2 : -1;
        if (a >= 0) marks.numberWords.push(a);
      }
    }
    marks.numberWords.push(at);
  }
  if (bits & MONTH) marks.monthWords.push(at);
  if (bits & WEEKDAY) marks.weekdayWords.push(at);
  if (bits & (LAST | WEEK | PAST | RELATIVE)) {
    const relative = marks.relativeWords;
    const gap = blankRunStart(text, at);
    if (gap < at) {
      if (bits & LAST) {
        if (wordEndsAt(text, gap, 'late')) relative.push(gap - 4);
        if (wordEndsAt(text, gap, 'early')) relative.push(gap - 5);
      }
      if (bits & WEEK && wordEndsAt(text, gap, 'a')) relative.push(gap - 1);
      if (bits & PAST && wordEndsAt(text, gap, 'this')) relative.push(gap - 4);
    }
    if (bits & RELATIVE) relative.push(at);
  }
}

/**
 * The marks of each span of `text` (ascending, not overlapping), offsets relative to the
 * span, from one pass over the whole text: what findMarks finds in each span alone, since
 * no mark reaches across the line breaks between paragraphs.
 */
export function marksBySpan(text: string, spans: readonly { start: number; end: number }[], dates?: DatesStyle): Marks[] {
  const whole = findMarks(text, dates);
  // Spans without a mark of any kind (many paragraphs) share one object, never written to.
  const out: Marks[] = new Array<Marks>(spans.length).fill(NO_MARKS);
  for (const list of ['digitRuns', 'numberWords', 'monthWords', 'weekdayWords', 'relativeWords'] as const) {
    const offsets = whole[list];
    let span = 0;
    for (let i = 0; i < offsets.length; i++) {
      const at = offsets[i];
      while (span < spans.length && spans[span].end <= at) span++;
      if (span === spans.length) break;
      if (at < spans[span].start) continue;
      let marks = out[span];
      if (marks === NO_MARKS) marks = out[span] = { digitRuns: NONE, numberWords: NONE, monthWords: NONE, weekdayWords: NONE, relativeWords: NONE };
      if (marks[list] === NONE) marks[list] = [];
      marks[list].push(at - spans[span].start);
    }
  }
  return out;
}

// Most paragraphs hold no mark of most kinds: they share this one (never written to).
const NONE: number[] = [];
const NO_MARKS: Marks = Object.freeze({ digitRuns: NONE, numberWords: NONE, monthWords: NONE, weekdayWords: NONE, relativeWords: NONE });

export function sortedUnique(offsets: number[]): number[] {
  const out = offsets.slice().sort((a, b) => a - b);
  return out.filter((offset, i) => i === 0 || offset !== out[i - 1]);
}

/** The union of two ascending offset lists, ascending, without duplicates. */
export function mergeOffsets(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  if (a.length === 0) return b as number[];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * The matches of sticky regex `re` in `text`, tried only at `candidates` (ascending): the
 * same matches a global scan from 0 finds, provided every match starts at a candidate (after
 * a match, candidates inside it are skipped as a global scan would).
 */
export function matchesAt(re: RegExp, text: string, candidates: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0; i < candidates.length; i++) {
    const at = candidates[i];
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    from = at + (m[0].length || 1);
    out.push(m);
  }
  return out;
}
