import type { LocalDate } from '../learner/learner.js';

// Howard Hinnant's civil-calendar algorithms: integer arithmetic only, so date maths never
// depends on the host's timezone or on Date objects.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (negative before). Throws on a malformed date: that is a bug upstream. */
export function epochDayOf(date: LocalDate): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return epochDayFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The date `epochDay` days after 1970-01-01. */
export function localDateFromEpochDay(epochDay: number): LocalDate {
  const [year, month, day] = civilFromEpochDay(epochDay);
  return formatLocalDate(year, month, day);
}

/** `YYYY-MM-DD` from its parts (month and day 1-based). */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Days in a month (1-based), leap years included. */
export function daysInMonth(year: number, month: number): number {
  const nextMonth = month === 12 ? epochDayFromCivil(year + 1, 1, 1) : epochDayFromCivil(year, month + 1, 1);
  return nextMonth - epochDayFromCivil(year, month, 1);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function epochDayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromEpochDay(epochDay: number): [number, number, number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}
