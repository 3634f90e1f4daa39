/**
 * Calendar periods and their TIMEX3 values. A period is a stretch of the calendar at one granularity
 * ("1998-Q3", "2025-W43", "2025-10-16TMO"); arithmetic is done on UTC dates so no clock or time zone
 * of the machine ever enters a value.
 */
export type Granularity = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekend' | 'day' | 'daypart' | 'minute';

export interface Period {
  g: Granularity;
  year: number;
  /** Half, quarter, month or ISO week number, by granularity. */
  n?: number;
  month?: number;
  day?: number;
  /** Season code (SP, SU, FA, WI) or part of day (MO, AF, EV, NI). */
  code?: string;
  hour?: number;
  minute?: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function isoDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function parseIsoDate(s: string): Date {
  return utc(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** Adds months, keeping the day where the target month has it (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Date, months: number): Date {
  const target = utc(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, 1);
  const last = utc(target.getUTCFullYear(), target.getUTCMonth() + 2, 0).getUTCDate();
  return utc(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d.getUTCDate(), last));
}

/** ISO weekday, Monday 1 to Sunday 7. */
export function isoWeekday(d: Date): number {
  return d.getUTCDay() || 7;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(d: Date): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const year = thursday.getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday.getTime() - utc(year, 1, 1).getTime()) / (7 * 86_400_000)) };
}

function mondayOfIsoWeek(year: number, week: number): Date {
  const jan4 = utc(year, 1, 4);
  return addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
}

export function dayPeriod(d: Date): Period {
  return { g: 'day', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The period of granularity `g` that contains the day `d`. */
export function periodAt(d: Date, g: Granularity): Period {
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  switch (g) {
    case 'century': return { g, year: Math.floor(year / 100) * 100 };
    case 'decade': return { g, year: Math.floor(year / 10) * 10 };
    case 'half': return { g, year, n: month <= 6 ? 1 : 2 };
    case 'quarter': return { g, year, n: Math.ceil(month / 3) };
    case 'month': return { g, year, month };
    case 'week': case 'weekend': { const w = isoWeek(d); return { g, year: w.year, n: w.week }; }
    case 'day': case 'daypart': case 'minute': return dayPeriod(d);
    default: return { g: 'year', year };
  }
}

/** First and last day of a period. */
export function bounds(p: Period): { earliest: Date; latest: Date } {
  switch (p.g) {
    case 'century': return { earliest: utc(p.year, 1, 1), latest: utc(p.year + 99, 12, 31) };
    case 'decade': return { earliest: utc(p.year, 1, 1), latest: utc(p.year + 9, 12, 31) };
    case 'year': return { earliest: utc(p.year, 1, 1), latest: utc(p.year, 12, 31) };
    case 'half': return { earliest: utc(p.year, p.n! * 6 - 5, 1), latest: utc(p.year, p.n! * 6 + 1, 0) };
    case 'quarter': return { earliest: utc(p.year, p.n! * 3 - 2, 1), latest: utc(p.year, p.n! * 3 + 1, 0) };
    case 'season': return seasonBounds(p.year, p.code!);
    case 'month': return { earliest: utc(p.year, p.month!, 1), latest: utc(p.year, p.month! + 1, 0) };
    case 'week': { const monday = mondayOfIsoWeek(p.year, p.n!); return { earliest: monday, latest: addDays(monday, 6) }; }
    case 'weekend': { const monday = mondayOfIsoWeek(p.year, p.n!); return { earliest: addDays(monday, 5), latest: addDays(monday, 6) }; }
    default: { const d = utc(p.year, p.month!, p.day!); return { earliest: d, latest: d }; }
  }
}

/** Meteorological seasons of the northern hemisphere; winter belongs to the year it starts in. */
function seasonBounds(year: number, code: string): { earliest: Date; latest: Date } {
  const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
  return { earliest: utc(year, start, 1), latest: utc(year, start + 3, 0) };
}

/** Moves a period by `count` units of `unit` (a TIMEX3 unit letter), keeping its granularity. */
export function shift(p: Period, count: number, unit: string): Period {
  if (p.g === 'century' || p.g === 'decade' || p.g === 'year' || p.g === 'season') {
    const years = unit === 'CE' ? 100 * count : unit === 'DE' ? 10 * count : unit === 'Y' ? count : Math.trunc(count / 4);
    return { ...p, year: p.year + years };
  }
  if (p.g === 'half') return fromIndex(p, (p.year * 2 + p.n! - 1) + monthsIn(unit, count) / 6, 2);
  if (p.g === 'quarter') return fromIndex(p, (p.year * 4 + p.n! - 1) + monthsIn(unit, count) / 3, 4);
  const first = bounds(p).earliest;
  const moved = unit === 'D' ? addDays(first, count) : unit === 'W' ? addDays(first, 7 * count) : addMonths(first, monthsIn(unit, count));
  const out = periodAt(moved, p.g);
  return p.g === 'daypart' || p.g === 'minute' ? { ...p, ...out, g: p.g } : out;
}

function fromIndex(p: Period, index: number, perYear: number): Period {
  const i = Math.round(index);
  return { ...p, year: Math.floor(i / perYear), n: (((i % perYear) + perYear) % perYear) + 1 };
}

function monthsIn(unit: string, count: number): number {
  return ({ M: 1, Q: 3, Y: 12, DE: 120, CE: 1200 } as Record<string, number>)[unit] * count || 0;
}

/** The TIMEX3 value of a period: 1998, 199, 19, 1998-H1, 1998-Q3, 1998-SU, 1998-07, 1998-W02, 1998-W02-WE, 1998-01-08, 1998-01-08TMO, 1998-01-08T15:30. */
export function timexValue(p: Period): string {
  const y = pad(p.year, 4);
  switch (p.g) {
    case 'century': return y.slice(0, 2);
    case 'decade': return y.slice(0, 3);
    case 'year': return y;
    case 'half': return `${y}-H${p.n}`;
    case 'quarter': return `${y}-Q${p.n}`;
    case 'season': return `${y}-${p.code}`;
    case 'month': return `${y}-${pad(p.month!)}`;
    case 'week': return `${y}-W${pad(p.n!)}`;
    case 'weekend': return `${y}-W${pad(p.n!)}-WE`;
    case 'day': return `${y}-${pad(p.month!)}-${pad(p.day!)}`;
    case 'daypart': return `${y}-${pad(p.month!)}-${pad(p.day!)}T${p.code}`;
    default: return `${y}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`;
  }
}

/** The granularity a unit letter names ("W" → week). */
export function unitGranularity(unit: string): Granularity {
  return ({ D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century', H: 'minute', MIN: 'minute', S: 'minute' } as Record<string, Granularity>)[unit] ?? 'day';
}

/** A holiday's rule: a fixed day of a month, or the nth weekday of a month (`weekday` ISO 1–7). */
export interface HolidayRule {
  month: number;
  day?: number;
  nth?: number;
  weekday?: number;
}

/** The day a holiday falls on in a year ("fourth Thursday of November"). */
export function holidayDate(year: number, rule: HolidayRule): Date {
  if (rule.day) return utc(year, rule.month, rule.day);
  const first = utc(year, rule.month, 1);
  return addDays(first, ((rule.weekday! - isoWeekday(first) + 7) % 7) + 7 * (rule.nth! - 1));
}
