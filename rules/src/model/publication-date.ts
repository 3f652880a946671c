import type { DatesStyle } from '../house-style/sections/dates';
import type { CalendarDate, PublicationDate } from '../types';
import type { Span } from './article';

export function parseIsoDate(value: string | undefined): CalendarDate | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value ?? '');
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date) ? date : undefined;
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The article's publication date, in the order the house trusts them: front matter
 * (`date:`, `published:`), a dated dateline in the story's first lines ("Oct. 2, 2020 —"),
 * then the setting. Never guessed: without one, year-dependent checks stay silent.
 */
export function findPublicationDate(
  frontMatter: Record<string, string>,
  prose: string,
  paragraphs: readonly Span[],
  dates: DatesStyle,
  setting: string | undefined,
): PublicationDate | undefined {
  for (const key of ['date', 'published', 'publishdate', 'pubdate']) {
    const date = parseIsoDate(frontMatter[key]);
    if (date) return { ...date, source: 'front-matter' };
  }
  const dateline = datelineDate(prose, paragraphs, dates);
  if (dateline) return { ...dateline, source: 'dateline' };
  const fromSetting = parseIsoDate(setting);
  return fromSetting ? { ...fromSetting, source: 'setting' } : undefined;
}

interface DatelineMatcher {
  re: RegExp;
  /** Month number by lowercased spelling (without its period). */
  names: Map<string, number>;
}

// Built once per house style: parseArticle runs on every keystroke.
const matchers = new WeakMap<DatesStyle, DatelineMatcher>();

function datelineMatcher(dates: DatesStyle): DatelineMatcher {
  const cached = matchers.get(dates);
  if (cached) return cached;
  const names = new Map<string, number>();
  dates.months.forEach((month, index) => {
    for (const form of [month.name, month.withDate, ...month.variants]) names.set(form.replace(/\.$/, '').toLowerCase(), index + 1);
  });
  // As written or in capitals ("Oct." / "OCT."), never lowercase: "may 5" is no date.
  const cased = (words: string[]) => words.flatMap((w) => [w, w.toUpperCase()]).sort((a, b) => b.length - a.length).join('|');
  const monthForms = cased(dates.months.flatMap((month) => [month.name, month.withDate, ...month.variants].map((form) => form.replace(/\.$/, ''))));
  // A dateline, not any date: the date opens the line (after an optional label such as
  // "Published", a place in capitals "WASHINGTON," and a weekday) and the line then ends or
  // goes on with a dash, "(" or "|". A photo caption ("…in Mumbai May 13, 2014.") is no
  // dateline: its date is when the picture was taken. (Edited by the dates helper, issue 4.)
  const weekdays = cased(dates.weekdays);
  const re = new RegExp(
    `^[ \\t]*(?:(?:${cased(['Published', 'Updated', 'Posted', 'published', 'updated', 'posted'])})(?:[ \\t]+on)?:?[ \\t]+)?(?:[A-Z][A-Z .'-]*(?:,[ \\t]*[A-Z][A-Za-z .'-]*)?(?:[ \\t]*\\([A-Za-z ]+\\))?[ \\t]*[,—–-][ \\t]*)?` +
      `(?:(?:${weekdays}),?[ \\t]+)?(${monthForms})\\.?[ \\t]+(\\d{1,2}),[ \\t]+(\\d{4})(?=[ \\t]*(?:$|[—–|(/-]))`,
  );
  const matcher = { re, names };
  matchers.set(dates, matcher);
  return matcher;
}

function datelineDate(prose: string, paragraphs: readonly Span[], dates: DatesStyle): CalendarDate | undefined {
  const { re, names } = datelineMatcher(dates);
  // Only the first two paragraphs (a headline may come first), and only their first line.
  for (const paragraph of paragraphs.slice(0, 2)) {
    const lineEnd = prose.indexOf('\n', paragraph.start);
    const end = Math.min(paragraph.end, lineEnd === -1 ? paragraph.end : lineEnd, paragraph.start + 160);
    const firstLine = prose.slice(paragraph.start, end);
    const m = re.exec(firstLine);
    if (!m) continue;
    const date = { year: Number(m[3]), month: names.get(m[1].toLowerCase()) ?? 0, day: Number(m[2]) };
    if (isRealDate(date)) return date;
  }
  return undefined;
}
