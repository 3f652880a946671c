import { isCheckedProse } from '../analysis/dates/where';
import { escapeRegExp } from '../analysis/scan';
import { sentenceAt } from '../model/queries';
import { documentRecognition } from '../analysis/recognition/document';
import { matchesAt } from '../analysis/recognition/marks';
import { memoByStyle } from '../analysis/recognition/scan-at';
import type { TimesStyle } from '../house-style/sections/times';
import type { Rule, RuleContext } from '../rule';
import type { Fix, TextEdit } from '../types';

const WS = '[ \\t\\u00a0]';

// Each starts at a digit run: tried only where the document's marks found one.
const MERIDIEM = new RegExp(`(?<![\\p{L}\\d:.,$])(\\d{1,2})(?::(\\d{2}))?(${WS}?)([AaPp])(\\.?)${WS}?([Mm])(?:(\\.)|(?![\\p{L}\\d.-]))`, 'uy');
const BARE = new RegExp(`(?<![\\p{L}\\d:.,$/])(\\d{1,2}):([0-5]\\d)(?![\\d:]|[.,]\\d|\\p{L}|${WS}?[AaPp]\\.?${WS}?[Mm])`, 'uy');

/** The regexes built from the house style's word lists, once per style. */
const patternsFor = memoByStyle((times: TimesStyle) => {
  const redundant = new Map<string, RegExp | undefined>();
  return {
    // "12 noon", "12:00 midnight"
    twelve: new RegExp(`(?<![\\p{L}\\d:.,$])12(?::00)?${WS}+(${escapeRegExp(times.noon)}|${escapeRegExp(times.midnight)})(?![\\p{L}])`, 'iuy'),
    notClock: new RegExp(`^${WS}+(?:${times.notClockAfter.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
    notClockBefore: new RegExp(`(?:^|[^\\p{L}])(?:${times.notClockBefore.map(escapeRegExp).join('|')})${WS}+$`, 'iu'),
    /** "this morning" after "a.m.", for each meridiem form. */
    redundantAfter(meridiem: string): RegExp | undefined {
      if (!redundant.has(meridiem)) {
        const phrases = times.redundantAfter[meridiem] ?? [];
        redundant.set(meridiem, phrases.length === 0 ? undefined : new RegExp(`^${WS}+(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));
      }
      return redundant.get(meridiem);
    },
  };
});

/**
 * AP "times": figures with lowercase a.m./p.m. with periods, no ":00" ("3 p.m."), "noon"
 * and "midnight" rather than "12 noon", "12 p.m."; no redundant "10 a.m. this morning".
 * A clock time with no a.m./p.m. ("a 4:25 kickoff") is flagged only when its sentence
 * gives another time with one ("…to a 1 p.m. start"), so game clocks ("2:55 into
 * overtime"), race times and durations stay silent; its fix is unsafe (it states a fact).
 */
export const timesFormat: Rule = {
  meta: {
    id: 'times/format',
    defaultSeverity: 'warning',
    description: 'Times: "3 p.m.", "3:30 p.m.", "noon", "midnight" — not "3:00 PM", "3pm", "12 noon" or "10 a.m. this morning".',
    rationale: 'AP Stylebook, "times": use figures except for noon and midnight, a colon for minutes but not ":00", and lowercase a.m. and p.m. with periods; avoid redundancies such as "10 a.m. this morning".',
    fixable: true,
  },
  check(context) {
    const times = context.style.times;
    const { prose, text } = context.doc;
    const sentencesWithMeridiem = new Map<number, string>();

    const patterns = patternsFor(times);
    const digitRuns = documentRecognition(context.doc, context.style.dates).digitRuns;
    for (const m of matchesAt(MERIDIEM, prose, digitRuns)) {
      const start = m.index;
      const end = start + m[0].length;
      const hour = Number(m[1]);
      const minutes = m[2];
      // "5 M.P.H."-like letters or "a.m" inside a word never reach here; an hour must be 1-12.
      if (hour < 1 || hour > 12 || (minutes !== undefined && Number(minutes) > 59)) continue;
      // Lone "am"/"AM" after a figure is also English ("I was 5 am"?) only with no dots and no
      // space; accept "5am", "5 am", "5 AM", "5 a.m".
      const isPm = /[Pp]/.test(m[4]);
      const meridiem = isPm ? times.pm : times.am;
      const sentence = sentenceAt(context.doc, start);
      if (sentence) sentencesWithMeridiem.set(sentence.index, meridiem);
      if (!isCheckedProse(context, start, end)) continue;
      const edits: TextEdit[] = [];
      const wordStart = start + m[1].length + (minutes !== undefined ? minutes.length + 1 : 0);
      const twelve = hour === 12 && (minutes === undefined || minutes === '00');
      let expected: string;
      if (twelve) {
        expected = isPm ? times.noon : times.midnight;
        edits.push({ start, end, newText: expected });
      } else {
        if (minutes === '00') edits.push({ start: start + m[1].length, end: start + m[1].length + 3, newText: '' });
        const writtenMeridiem = text.slice(wordStart, end);
        if (writtenMeridiem !== ` ${meridiem}`) edits.push({ start: wordStart, end, newText: ` ${meridiem}` });
        expected = `${hour}${minutes && minutes !== '00' ? `:${minutes}` : ''} ${meridiem}`;
      }
      if (edits.length > 0) {
        context.report({
          start,
          end,
          message: twelve
            ? `Write "${expected}", not "${text.slice(start, end)}" (AP times).`
            : `Write the time as "${expected}", not "${text.slice(start, end)}" (AP times).`,
          fixes: [{ title: `Change to "${expected}"`, safe: true, edits }],
        });
      }
      // "10 a.m. this morning": the phrase repeats what a.m. says.
      reportRedundancy(context, end, meridiem);
    }

    // "12 noon", "12:00 midnight"
    for (const m of matchesAt(patterns.twelve, prose, digitRuns)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isCheckedProse(context, start, end)) continue;
      const word = m[1].toLowerCase() === times.noon.toLowerCase() ? times.noon : times.midnight;
      context.report({
        start,
        end,
        message: `Write "${word}", not "${text.slice(start, end)}": the 12 is redundant (AP times).`,
        fixes: [{ title: `Change to "${word}"`, safe: true, edits: [{ start, end: end - m[1].length, newText: '' }] }],
      });
    }

    // A bare clock time in a sentence that gives a.m./p.m. elsewhere: "a 4:25 kickoff to a 1 p.m. start".
    const { notClock, notClockBefore } = patterns;
    // Only a sentence that gives a.m. or p.m. can hold one.
    for (const m of sentencesWithMeridiem.size === 0 ? [] : matchesAt(BARE, prose, digitRuns)) {
      const start = m.index;
      const end = start + m[0].length;
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) continue;
      const sentence = sentenceAt(context.doc, start);
      const sibling = sentence ? sentencesWithMeridiem.get(sentence.index) : undefined;
      if (!sibling || !isCheckedProse(context, start, end)) continue;
      if (notClock.test(prose.slice(end, end + 40)) || notClockBefore.test(prose.slice(Math.max(0, start - 30), start))) continue;
      const other = sibling === times.pm ? times.am : times.pm;
      const time = m[2] === '00' ? m[1] : m[0];
      const fixes: Fix[] = [sibling, other].map((meridiem) => ({
        title: `Change to "${time} ${meridiem}"`,
        safe: false,
        edits: [{ start, end, newText: `${time} ${meridiem}` }],
      }));
      context.report({
        start,
        end,
        message: `Give the time with a.m. or p.m., as the rest of the sentence does: "${time} ${sibling}"? (AP times).`,
        fixes,
      });
    }
  },
};

function reportRedundancy(context: RuleContext, meridiemEnd: number, meridiem: string): void {
  const re = patternsFor(context.style.times).redundantAfter(meridiem);
  if (!re) return;
  const m = re.exec(context.doc.prose.slice(meridiemEnd, meridiemEnd + 30));
  if (!m) return;
  const end = meridiemEnd + m[0].length;
  if (!isCheckedProse(context, meridiemEnd, end)) return;
  // "at 10 a.m. this morning." → "at 10 a.m.": the abbreviation's period ends the sentence.
  const editEnd = context.doc.prose[end] === '.' && meridiem.endsWith('.') ? end + 1 : end;
  context.report({
    start: meridiemEnd,
    end,
    message: `"${m[0].trim()}" repeats what ${meridiem} says (AP times).`,
    fixes: [{ title: `Remove "${m[0].trim()}"`, safe: true, edits: [{ start: meridiemEnd, end: editEnd, newText: '' }] }],
  });
}
