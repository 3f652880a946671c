import { isCheckedProse } from '../analysis/dates/where';
import { escapeRegExp } from '../analysis/scan';
import { sentenceAt } from '../model/queries';
import type { Rule, RuleContext } from '../rule';
import type { Fix, TextEdit } from '../types';

const WS = '[ \\t\\u00a0]';

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

    const meridiemRe = new RegExp(`(?<![\\p{L}\\d:.,$])(\\d{1,2})(?::(\\d{2}))?(${WS}?)([AaPp])(\\.?)${WS}?([Mm])(?:(\\.)|(?![\\p{L}\\d.-]))`, 'gu');
    for (const m of prose.matchAll(meridiemRe)) {
      const start = m.index!;
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
    const twelveRe = new RegExp(`(?<![\\p{L}\\d:.,$])12(?::00)?${WS}+(${escapeRegExp(times.noon)}|${escapeRegExp(times.midnight)})(?![\\p{L}])`, 'giu');
    for (const m of prose.matchAll(twelveRe)) {
      const start = m.index!;
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
    const notClock = new RegExp(`^${WS}+(?:${times.notClockAfter.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
    const notClockBefore = new RegExp(`(?:^|[^\\p{L}])(?:${times.notClockBefore.map(escapeRegExp).join('|')})${WS}+$`, 'iu');
    const bareRe = new RegExp(`(?<![\\p{L}\\d:.,$/])(\\d{1,2}):([0-5]\\d)(?![\\d:]|[.,]\\d|\\p{L}|${WS}?[AaPp]\\.?${WS}?[Mm])`, 'gu');
    for (const m of prose.matchAll(bareRe)) {
      const start = m.index!;
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
  const phrases = context.style.times.redundantAfter[meridiem] ?? [];
  if (phrases.length === 0) return;
  const re = new RegExp(`^${WS}+(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
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
