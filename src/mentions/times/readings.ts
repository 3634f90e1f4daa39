import { addDays, bounds, isoWeekday, periodAt, shift, timexValue, utc, type Granularity, type Period } from './calendar.js';
import type { Tense } from './tense.js';

/** What a time expression means once read in its context. */
export interface Reading {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod: string | null;
  /** The calendar period a DATE or TIME names; gives `earliest`/`latest`. */
  period: Period | null;
  /** Whether the value was computed from the anchor (publication or speech time). */
  relative: boolean;
  /** Derived by moving another period ("a year earlier"): not itself a reference for later ones. */
  moved?: boolean;
  /** A duration's length, for bounds. */
  duration?: { count: number; unit: string };
}

/** What a time expression is read against. */
export interface Context {
  /** The day relative expressions count from: the publication date, or the time of the speech. */
  anchor: Date | null;
  tense(): Tense | null;
  /** The period most recently named before the expression in the story ("the quarter"). */
  reference(): Period | null;
  /** The same, when named in this sentence or the one before ("a year earlier" moves it). */
  nearbyReference(): Period | null;
}

/** Which way a calendar name without a year points: "last April", "next Friday", or by tense. */
export type Direction = 'last' | 'next' | 'this' | null;

export function periodReading(period: Period, mod: string | null, relative: boolean): Reading {
  const type = period.g === 'daypart' || period.g === 'minute' ? 'TIME' : 'DATE';
  return { type, value: timexValue(period), mod, period, relative };
}

const SIGNED = (n: number) => (n > 0 ? '+' : n < 0 ? '-' : '');

/** An unresolved offset from the unknown reference time: "-P1W", "P0M", "+P2Y". */
export function offsetValue(delta: number, unit: string): string {
  return `${SIGNED(delta)}P${Math.abs(delta)}${unit === 'MIN' ? 'M' : unit}`;
}

/**
 * A period `delta` units away from the anchor at the unit's granularity ("last week", "two years
 * ago"). Without an anchor the value keeps the offset instead: "-P1W", "+P1Y", "P0M" (this month),
 * i.e. a signed TIMEX3 duration from the unknown reference time.
 */
export function shiftedReading(ctx: Context, g: Granularity, delta: number, unit: string, mod: string | null = null): Reading {
  if (!ctx.anchor) return { type: 'DATE', value: offsetValue(delta, unit), mod, period: null, relative: true };
  return periodReading(shift(periodAt(ctx.anchor, g), delta, unit), mod, true);
}

/** How far from the anchor a calendar name may lie before the clause's tense overrides nearness. */
const NEAR_DAYS = 62;

/**
 * A calendar name without a year (a month, a season, a quarter, a month and day), placed in the year
 * its direction asks for ("last April"), or else in the year that puts it nearest the anchor, unless
 * that is more than two months on the wrong side of it for the clause's tense ("sold in October" in
 * a January story is last October); quarters and halves count back unless the clause is future. Without an anchor the year is left as "XXXX".
 */
export function yearlessReading(ctx: Context, make: (year: number) => Period, direction: Direction, mod: string | null): Reading {
  if (!ctx.anchor) {
    const value = timexValue(make(2000)).replace(/^2000/, 'XXXX');
    return { type: 'DATE', value, mod, period: null, relative: true };
  }
  const anchor = ctx.anchor;
  const year = anchor.getUTCFullYear();
  const here = make(year);
  /** Days from the anchor to the period: negative before it, 0 when it contains the anchor. */
  const distance = (p: Period) => {
    const { earliest, latest } = bounds(p);
    return earliest > anchor ? (earliest.getTime() - anchor.getTime()) / 86_400_000 : latest < anchor ? (latest.getTime() - anchor.getTime()) / 86_400_000 : 0;
  };
  if (direction === 'this') return periodReading(here, mod, true);
  if (direction === 'last') return periodReading(distance(here) < 0 ? here : make(year - 1), mod, true);
  if (direction === 'next') return periodReading(distance(here) > 0 ? here : make(year + 1), mod, true);
  const candidates = [make(year - 1), here, make(year + 1)].sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)));
  const tense = ctx.tense();
  // Quarters and halves are reported once they are over: the latest one begun by the anchor, unless the clause looks ahead.
  const reported = here.g === 'quarter' || here.g === 'half';
  const fits = (p: Period) =>
    tense === 'future' ? distance(p) >= -NEAR_DAYS : reported ? distance(p) <= 0 : tense === 'past' ? distance(p) <= NEAR_DAYS : true;
  return periodReading(candidates.find(fits) ?? candidates[0], mod, true);
}

/**
 * A weekday (ISO 1–7) resolved by direction or tense: a past clause means the latest such day on or
 * before the anchor, a future or present one the next on or after it; "last"/"next" skip the anchor's
 * own day, "this" stays in its week. Without an anchor: "XXXX-WXX-5".
 */
export function weekdayReading(ctx: Context, weekday: number, direction: Direction, code: string | null): Reading {
  if (!ctx.anchor) return { type: code ? 'TIME' : 'DATE', value: `XXXX-WXX-${weekday}${code ? `T${code}` : ''}`, mod: null, period: null, relative: true };
  const today = isoWeekday(ctx.anchor);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  let offset: number;
  if (direction === 'last') offset = -(back || 7);
  else if (direction === 'next') offset = ahead || 7;
  else if (direction === 'this') offset = weekday - today;
  else offset = ctx.tense() === 'future' || ctx.tense() === 'present' ? ahead : -back;
  const day = addDays(ctx.anchor, offset);
  const period: Period = { g: code ? 'daypart' : 'day', year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), code: code ?? undefined };
  return periodReading(period, null, true);
}

/** A day `offset` days from the anchor, with a part of the day when given ("yesterday morning"). */
export function dayOffsetReading(ctx: Context, offset: number, code: string | null): Reading {
  if (!ctx.anchor) return { type: code ? 'TIME' : 'DATE', value: `${offsetValue(offset, 'D')}${code ? `T${code}` : ''}`, mod: null, period: null, relative: true };
  const d = addDays(ctx.anchor, offset);
  return periodReading({ g: code ? 'daypart' : 'day', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), code: code ?? undefined }, null, true);
}

/** A TIMEX3 duration value: "P2W", "PT3H", "PXY" (an unspecified number), "P1.5Y". */
export function durationValue(count: number | 'X', unit: string): string {
  const time = unit === 'H' || unit === 'MIN' || unit === 'S';
  return `P${time ? 'T' : ''}${count}${unit === 'MIN' ? 'M' : unit === '2W' ? 'W' : unit}`;
}

export function durationReading(count: number | 'X', unit: string, mod: string | null): Reading {
  // Counted decades and quarters are written in years and months, as news annotation does ("P20Y").
  const larger: Record<string, [number, string]> = { '2W': [2, 'W'], DE: [10, 'Y'], Q: [3, 'M'] };
  if (count !== 'X' && larger[unit]) return durationReading(count * larger[unit][0], larger[unit][1], mod);
  if (count !== 'X' && !Number.isInteger(count)) {
    // "two and a half years" is "P2Y6M": the whole units, then the rest in the next smaller unit.
    const smaller: Record<string, [number, string]> = { Y: [12, 'M'], M: [30, 'D'], W: [7, 'D'], D: [24, 'H'], H: [60, 'MIN'] };
    if (smaller[unit]) {
      const whole = Math.floor(count);
      const rest = durationReading(Math.round((count - whole) * smaller[unit][0]), smaller[unit][1], mod);
      if (!whole) return rest;
      const head = durationValue(whole, unit);
      return { ...rest, value: head + rest.value.slice(head.includes('T') ? 2 : 1), duration: { count, unit } };
    }
  }
  return { type: 'DURATION', value: durationValue(count, unit), mod, period: null, relative: false, duration: count === 'X' ? undefined : { count, unit } };
}

/** A day named by the calendar outright (year, month and day all given). */
export function dayReading(year: number, month: number, day: number): Reading {
  const d = utc(year, month, day);
  return periodReading({ g: 'day', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, null, false);
}
