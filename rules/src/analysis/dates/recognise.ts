import type { DatesStyle } from '../../house-style/sections/dates';
import type { ArticleDocument, Span } from '../../model/article';
import { monthLexicon } from '../months';
import { documentRecognition } from '../recognition/document';
import { findMarks, matchesAt, mergeOffsets, type Marks } from '../recognition/marks';
import { isRealDate } from './calendar';
import { weekdayLexicon } from './weekdays';

/**
 * The one date recogniser every date rule shares. Hand-written over `doc.prose` (code,
 * URLs and front matter already blanked), one paragraph at a time so the cost stays
 * linear in the document. chrono-node was measured and not used: see docs in the report.
 */

export type DateForm =
  /** "Oct. 2", "October 2nd, 2020", "Friday (Oct. 2)", "Oct. 2-4" */
  | 'month-day'
  /** "the 2nd of October", "2 October 2020" */
  | 'day-month'
  /** "10/2/2020" (day and month order left to the reader: see `first`/`second`) */
  | 'numeric'
  /** "2020-10-02" */
  | 'iso'
  /** "October 2020", "October, 2020", "Oct. 2020" */
  | 'month-year';

export interface WrittenSpan extends Span {
  text: string;
}

export interface WeekdayMention extends WrittenSpan {
  /** 0 = Sunday … 6 = Saturday. */
  index: number;
  name: string;
  abbreviated: boolean;
  /** How it joins the date: "Friday, Oct. 2", "Friday (Oct. 2)", "Friday Oct. 2". */
  joint: 'comma' | 'parentheses' | 'space';
  /** The text between weekday and month ("(", ", "), and the closing ")" for parentheses. */
  separator: Span;
  closing?: Span;
}

export interface DateMention extends Span {
  form: DateForm;
  /** 1-12; for numeric dates, the month under the month-first reading. */
  month: number;
  /** The month as written (not for numeric/ISO forms). */
  monthText?: WrittenSpan;
  day?: number;
  dayText?: WrittenSpan;
  /** "nd" in "Oct. 2nd". */
  ordinal?: WrittenSpan;
  /** Last day of a range ("Oct. 2-4" → 4). */
  rangeEnd?: number;
  year?: number;
  yearText?: WrittenSpan;
  /** A comma stands between day (or month) and year. */
  commaBeforeYear?: boolean;
  weekday?: WeekdayMention;
  /** Numeric forms: the two leading fields as written ("10/2/2020" → 10, 2). */
  first?: number;
  second?: number;
}

const WS = '[ \\t\\u00a0]';
const YEAR_END = '(?![\\d\\p{L}]|[,.]\\d)';

interface Patterns {
  monthFirst: RegExp;
  dayFirst: RegExp;
  numeric: RegExp;
  iso: RegExp;
  monthYear: RegExp;
}

const patternCache = new WeakMap<DatesStyle, Patterns>();

export function patternsFor(dates: DatesStyle): Patterns {
  const cached = patternCache.get(dates);
  if (cached) return cached;
  const months = monthLexicon(dates).pattern;
  const weekdays = weekdayLexicon(dates).pattern;
  const patterns: Patterns = {
    monthFirst: new RegExp(
      `(?<![\\p{L}\\d])` +
        `(?:(?<wd>${weekdays})(?<wdDot>\\.?)(?<sep>,${WS}+|${WS}*\\(${WS}*|${WS}+))?` +
        `(?<month>${months})(?<monthDot>\\.?)(?<gap>${WS}+)` +
        `(?<day>\\d{1,2})(?<ord>st|nd|rd|th)?` +
        `(?<range>${WS}?[-–]${WS}?(?<day2>\\d{1,2})(?:st|nd|rd|th)?)?` +
        // Not "May 5:30", "Oct. 2/3", "Nov. 2.5", "Mar 5th-graders"
        `(?![\\d:/]|[.,]\\d|\\p{L}|-\\p{L})` +
        `(?:(?<yearLead>,${WS}*)(?<year>\\d{4})${YEAR_END}|(?<bareLead>${WS}+)(?<bareYear>\\d{4})(?=[,.;:)!?]|${WS}*[—–]|${WS}*$))?` +
        `(?<close>${WS}*\\))?`,
      'uy',
    ),
    dayFirst: new RegExp(
      // Starts at the digit (a leading optional "the" made this regex 30x slower); "the" is read after.
      `(?<![\\p{L}\\d.,/-])(?<day>\\d{1,2})(?<ord>st|nd|rd|th)?(?<g2>${WS}+)(?:(?<of>of)(?<g3>${WS}+))?` +
        `(?<month>${months})(?<monthDot>\\.?)(?!\\p{L})(?:(?<comma>,?)(?<g4>${WS}+)(?<year>\\d{4})${YEAR_END})?`,
      'uy',
    ),
    numeric: /(?<![\d/.\-\p{L}])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/]|[.,]\d|\p{L})/uy,
    iso: /(?<![\d\-./\p{L}])(\d{4})-(\d{2})-(\d{2})(?![\d\-]|[.,:]\d|\p{L})/uy,
    monthYear: new RegExp(`(?<![\\p{L}\\d])(?<month>${months})(?<monthDot>\\.?)(?<comma>,?)(?<gap>${WS}+)(?<year>\\d{4})${YEAR_END}`, 'uy'),
  };
  patternCache.set(dates, patterns);
  return patterns;
}

// The named groups of each regex in match order; together they cover the whole match.
const MONTH_FIRST = ['wd', 'wdDot', 'sep', 'month', 'monthDot', 'gap', 'day', 'ord', 'range', 'yearLead', 'year', 'bareLead', 'bareYear', 'close'] as const;
const DAY_FIRST = ['day', 'ord', 'g2', 'of', 'g3', 'month', 'monthDot', 'comma', 'g4', 'year'] as const;
const MONTH_YEAR = ['month', 'monthDot', 'comma', 'gap', 'year'] as const;

/**
 * Every date in the document's prose, sorted by offset, overlaps resolved (earliest, then
 * longest, wins). Recognised paragraph by paragraph and memoised: see analysis/recognition.
 */
export function recogniseDates(doc: ArticleDocument, dates: DatesStyle): readonly DateMention[] {
  return documentRecognition(doc, dates).dates;
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 160;

/**
 * The digit runs each digit-first form can start at, by what follows the run (the forms'
 * lookbehinds refuse a digit before, so a match starts where a run starts): "2 Oct"/"2nd"
 * (one or two digits, then a blank or st/nd/rd/th), "10/2" (one or two digits, then "/"),
 * "2020-" (four digits, then "-"). Spares most regex attempts: figures outnumber dates.
 */
function digitShapes(text: string, digitRuns: readonly number[]): { dayFirst: number[]; numeric: number[]; iso: number[] } {
  const shapes = { dayFirst: [] as number[], numeric: [] as number[], iso: [] as number[] };
  for (let i = 0; i < digitRuns.length; i++) {
    const run = digitRuns[i];
    let end = run + 1;
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    const next = text.charCodeAt(end);
    const length = end - run;
    if (length <= 2) {
      if (next === 47 /* / */) shapes.numeric.push(run);
      else if (isBlank(next) || isOrdinalSuffixAt(text, end)) shapes.dayFirst.push(run);
    } else if (length === 4 && next === 45 /* - */) {
      shapes.iso.push(run);
    }
  }
  return shapes;
}

/** `/^(?:st|nd|rd|th)/` on the text at `at`. */
function isOrdinalSuffixAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return (first === 115 && second === 116) || ((first === 110 || first === 114) && second === 100) || (first === 116 && second === 104);
}

/** The named groups of `m` that matched, as spans (document offsets, by `base`), in `order`. */
function segment(m: RegExpMatchArray, order: readonly string[], base: number): Record<string, WrittenSpan> {
  const out: Record<string, WrittenSpan> = {};
  let at = m.index!;
  for (const name of order) {
    const written = m.groups?.[name];
    if (written === undefined) continue;
    out[name] = { start: base + at, end: base + at + written.length, text: written };
    at += written.length;
  }
  return out;
}

/** Dates in one piece of text; offsets are shifted by `base`. Exposed for tests and other analyses. */
export function recogniseIn(text: string, base: number, dates: DatesStyle, marks: Marks = findMarks(text, dates)): DateMention[] {
  const found: DateMention[] = [];
  // Every form holds a digit; the regexes are tried only where a date can start.
  if (marks.digitRuns.length === 0) return found;
  const p = patternsFor(dates);
  const shapes = digitShapes(text, marks.digitRuns);
  const months = monthLexicon(dates);
  const weekdays = weekdayLexicon(dates);
  // Offsets come from the lengths of the regexes' consecutive named groups (no `d` flag:
  // match indices made the recogniser several times slower on a 1 MB document). This runs for
  // every paragraph that holds a digit: segment is a module function, not a closure, and the
  // loops are indexed (for-of allocated an iterator result per match here).
  let spans: Record<string, WrittenSpan> = {};

  const monthFirstMatches = matchesAt(p.monthFirst, text, mergeOffsets(marks.weekdayWords, marks.monthWords));
  for (let i = 0; i < monthFirstMatches.length; i++) {
    const m = monthFirstMatches[i];
    const g = m.groups ?? {};
    spans = segment(m, MONTH_FIRST, base);
    const entry = months.lookup(g.month);
    const day = Number(g.day);
    if (!entry || day < 1 || day > 31) continue;
    const rangeEnd = g.day2 ? Number(g.day2) : undefined;
    if (rangeEnd !== undefined && (rangeEnd <= day || rangeEnd > 31)) continue;
    const yearWritten = g.year ?? g.bareYear;
    const year = yearWritten ? Number(yearWritten) : undefined;
    if (year !== undefined && (year < 1000 || year > 2999)) continue;
    if (year !== undefined && !isRealDate({ year, month: entry.number, day })) continue;
    const monthText = spans.month!;
    if (g.monthDot) monthText.end += 1, (monthText.text += '.');
    const dayText = spans.day!;
    const yearText = spans[g.year ? 'year' : 'bareYear'];
    let start = base + m.index!;
    let end = base + m.index! + m[0].length;
    let weekday: WeekdayMention | undefined;
    const wdSpan = spans.wd;
    const sep = spans.sep;
    const close = spans.close;
    const wdEntry = wdSpan ? weekdays.lookup(wdSpan.text) : undefined;
    const parentheses = sep?.text.includes('(') ?? false;
    // An abbreviation without its period ("Sat Oct. 2") is too likely a word or a name.
    if (wdSpan && wdEntry && sep && (!parentheses || close) && !(wdEntry.abbreviated && !g.wdDot)) {
      weekday = {
        start: wdSpan.start,
        end: wdSpan.end + g.wdDot.length,
        text: wdSpan.text + g.wdDot,
        index: wdEntry.index,
        name: wdEntry.name,
        abbreviated: wdEntry.abbreviated,
        joint: parentheses ? 'parentheses' : sep.text.startsWith(',') ? 'comma' : 'space',
        separator: { start: sep.start, end: sep.end },
      };
      if (parentheses && close) weekday.closing = { start: close.start, end: close.end };
    }
    if (!weekday) start = monthText.start;
    if (close && !weekday?.closing) end = close.start;
    // Plain assignments, not conditional spreads: V8 builds these objects far faster.
    const mention: DateMention = { start, end, form: 'month-day', month: entry.number, monthText, day, dayText };
    if (g.ord) mention.ordinal = spans.ord;
    if (rangeEnd !== undefined) mention.rangeEnd = rangeEnd;
    if (year !== undefined) {
      mention.year = year;
      mention.yearText = yearText;
      mention.commaBeforeYear = g.year !== undefined;
    }
    if (weekday) mention.weekday = weekday;
    found.push(mention);
  }

  const dayFirstMatches = matchesAt(p.dayFirst, text, shapes.dayFirst);
  for (let i = 0; i < dayFirstMatches.length; i++) {
    const m = dayFirstMatches[i];
    const g = m.groups ?? {};
    spans = segment(m, DAY_FIRST, base);
    const the = /(?<![\p{L}\d])[Tt]he[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, m.index! - 8), m.index!));
    if (the) g.the = the[0];
    const entry = months.lookup(g.month);
    const day = Number(g.day);
    // "2 October" needs no ordinal, but "the 2 of October" is not a date form.
    if (!entry || day < 1 || day > 31 || ((g.the || g.of) && !g.ord)) continue;
    const year = g.year ? Number(g.year) : undefined;
    if (year !== undefined && (year < 1000 || year > 2999)) continue;
    if (!isRealDate({ year: year ?? 2000, month: entry.number, day })) continue;
    const monthText = spans.month!;
    if (g.monthDot) monthText.end += 1, (monthText.text += '.');
    found.push({
      start: base + m.index! - (the?.[0].length ?? 0),
      end: base + m.index! + m[0].length,
      form: 'day-month',
      month: entry.number,
      monthText,
      day,
      dayText: spans.day!,
      ...(g.ord ? { ordinal: spans.ord! } : {}),
      ...(year !== undefined ? { year, yearText: spans.year!, commaBeforeYear: g.comma === ',' } : {}),
    });
  }

  const numericMatches = matchesAt(p.numeric, text, shapes.numeric);
  for (let i = 0; i < numericMatches.length; i++) {
    const m = numericMatches[i];
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = m[3].length === 4 ? Number(m[3]) : undefined;
    if (year !== undefined && (year < 1000 || year > 2999)) continue;
    // At least one reading must be a real date, or it is no date at all.
    const probe = year ?? 2000;
    if (!isRealDate({ year: probe, month: first, day: second }) && !isRealDate({ year: probe, month: second, day: first })) continue;
    found.push({ start: base + m.index!, end: base + m.index! + m[0].length, form: 'numeric', month: first, day: second, first, second, ...(year !== undefined ? { year } : {}) });
  }

  const isoMatches = matchesAt(p.iso, text, shapes.iso);
  for (let i = 0; i < isoMatches.length; i++) {
    const m = isoMatches[i];
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (date.year < 1000 || date.year > 2999 || !isRealDate(date)) continue;
    found.push({ start: base + m.index!, end: base + m.index! + m[0].length, form: 'iso', ...date });
  }

  const monthYearMatches = matchesAt(p.monthYear, text, marks.monthWords);
  for (let i = 0; i < monthYearMatches.length; i++) {
    const m = monthYearMatches[i];
    const g = m.groups ?? {};
    spans = segment(m, MONTH_YEAR, base);
    const entry = months.lookup(g.month);
    const year = Number(g.year);
    if (!entry || year < 1000 || year > 2999) continue;
    const monthText = spans.month!;
    if (g.monthDot) monthText.end += 1, (monthText.text += '.');
    found.push({
      start: base + m.index!,
      end: base + m.index! + m[0].length,
      form: 'month-year',
      month: entry.number,
      monthText,
      year,
      yearText: spans.year!,
      commaBeforeYear: g.comma === ',',
    });
  }

  if (found.length <= 1) return found; // most paragraphs with a digit hold no date
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
