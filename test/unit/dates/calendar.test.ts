// Weekday arithmetic across years, centuries and leap days.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, dayOfWeek, daysBetween, isRealDate, nearestWithWeekday, yearNear } from '../../../rules/src/analysis/dates/calendar';

const SUNDAY = 0, MONDAY = 1, TUESDAY = 2, WEDNESDAY = 3, THURSDAY = 4, FRIDAY = 5, SATURDAY = 6;

/** Zeller's congruence, written independently of Date, as the oracle (0 = Sunday). */
function zeller(year: number, month: number, day: number): number {
  const m = month < 3 ? month + 12 : month;
  const y = month < 3 ? year - 1 : year;
  const k = y % 100;
  const j = Math.floor(y / 100);
  const h = (day + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  return (h + 6) % 7;
}

describe('calendar', () => {
  it('knows weekdays of well-known dates', () => {
    assert.equal(dayOfWeek({ year: 2020, month: 10, day: 2 }), FRIDAY);
    assert.equal(dayOfWeek({ year: 2019, month: 11, day: 18 }), MONDAY);
    assert.equal(dayOfWeek({ year: 2019, month: 5, day: 18 }), SATURDAY);
    assert.equal(dayOfWeek({ year: 2014, month: 12, day: 11 }), THURSDAY);
    assert.equal(dayOfWeek({ year: 1969, month: 7, day: 20 }), SUNDAY);
    assert.equal(dayOfWeek({ year: 2001, month: 9, day: 11 }), TUESDAY);
    assert.equal(dayOfWeek({ year: 1900, month: 1, day: 1 }), MONDAY);
    assert.equal(dayOfWeek({ year: 2000, month: 1, day: 1 }), SATURDAY);
    assert.equal(dayOfWeek({ year: 2024, month: 2, day: 29 }), THURSDAY);
    assert.equal(dayOfWeek({ year: 2100, month: 3, day: 1 }), MONDAY);
  });

  it('agrees with Zeller every day from 1899 to 2101', () => {
    let date = { year: 1899, month: 1, day: 1 };
    let checked = 0;
    while (date.year <= 2101) {
      assert.equal(dayOfWeek(date), zeller(date.year, date.month, date.day), JSON.stringify(date));
      date = addDays(date, 1);
      checked++;
    }
    assert.ok(checked > 73_000);
  });

  it('handles leap days: 2000 and 2024 have Feb. 29, 1900, 2100 and 2023 do not', () => {
    assert.ok(isRealDate({ year: 2000, month: 2, day: 29 }));
    assert.ok(isRealDate({ year: 2024, month: 2, day: 29 }));
    assert.ok(!isRealDate({ year: 1900, month: 2, day: 29 }));
    assert.ok(!isRealDate({ year: 2100, month: 2, day: 29 }));
    assert.ok(!isRealDate({ year: 2023, month: 2, day: 29 }));
    assert.ok(!isRealDate({ year: 2020, month: 9, day: 31 }));
    assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(addDays({ year: 2023, month: 2, day: 28 }, 1), { year: 2023, month: 3, day: 1 });
    assert.deepEqual(addDays({ year: 2020, month: 12, day: 31 }, 1), { year: 2021, month: 1, day: 1 });
    assert.equal(daysBetween({ year: 2020, month: 2, day: 1 }, { year: 2020, month: 3, day: 1 }), 29);
    assert.equal(daysBetween({ year: 2019, month: 2, day: 1 }, { year: 2019, month: 3, day: 1 }), 28);
  });

  it('reads a year-less date against the publication date, across the new year', () => {
    assert.equal(yearNear(10, 2, { year: 2020, month: 10, day: 5 }), 2020);
    assert.equal(yearNear(12, 31, { year: 2021, month: 1, day: 2 }), 2020);
    assert.equal(yearNear(1, 3, { year: 2020, month: 12, day: 30 }), 2021);
    // Feb. 29 only exists in the leap year.
    assert.equal(yearNear(2, 29, { year: 2021, month: 1, day: 10 }), 2020);
    // Six months away either side: the publication year (CBS's "Saturday, May 18" in a November 2019 story).
    assert.equal(yearNear(5, 18, { year: 2019, month: 11, day: 19 }), 2019);
    assert.equal(yearNear(7, 1, { year: 2020, month: 1, day: 2 }), 2020);
  });

  it('finds the nearest date on a weekday', () => {
    // Oct. 2, 2020 was a Friday: the nearest Thursday is Oct. 1, the nearest Monday Oct. 5.
    assert.deepEqual(nearestWithWeekday({ year: 2020, month: 10, day: 2 }, THURSDAY), { year: 2020, month: 10, day: 1 });
    assert.deepEqual(nearestWithWeekday({ year: 2020, month: 10, day: 2 }, MONDAY), { year: 2020, month: 10, day: 5 });
    assert.deepEqual(nearestWithWeekday({ year: 2020, month: 10, day: 2 }, WEDNESDAY), { year: 2020, month: 9, day: 30 });
    assert.deepEqual(nearestWithWeekday({ year: 2020, month: 12, day: 31 }, SATURDAY), { year: 2021, month: 1, day: 2 });
  });
});
