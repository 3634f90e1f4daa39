import { addDays, addMonths, bounds, isoDate } from './calendar.js';
import type { Reading } from './readings.js';

/** Earliest and latest day a time allows, with the rule that set them. */
export interface TimeBounds {
  earliest: string | null;
  latest: string | null;
  /** The day the bounds count from, when they count from one. */
  anchor: Date | null;
  rule: string | null;
}

const NONE: TimeBounds = { earliest: null, latest: null, anchor: null, rule: null };

/** A day moved by a duration: `sign` 1 forward, -1 back; hours count as part days, rounded up. */
export function addDuration(day: Date, count: number, unit: string, sign: 1 | -1): Date | null {
  const months: Record<string, number> = { M: 1, Q: 3, Y: 12, DE: 120, CE: 1200 };
  if (months[unit]) return addMonths(day, Math.round(sign * count * months[unit]));
  const days: Record<string, number> = { D: 1, W: 7, '2W': 14, H: 1 / 24 };
  return days[unit] ? addDays(day, sign * Math.ceil(count * days[unit])) : null;
}

/**
 * The bounds of a time: a DATE or TIME spans its period ("last week" is Monday to Sunday); a duration
 * tied to a known day becomes an interval: "within two weeks" of it is a deadline, "the past three
 * months" ends on it, "two months since ..." puts what follows "since" before it. `before`/`after`
 * are the words next to the expression in its sentence; `base` is the day a deadline counts from.
 */
export function timeBounds(reading: Reading, text: string, before: string, after: string, anchor: Date | null, base: Date | null): TimeBounds {
  if (reading.period) {
    const { earliest, latest } = bounds(reading.period);
    return { earliest: isoDate(earliest), latest: isoDate(latest), anchor: null, rule: 'bounds.period' };
  }
  const d = reading.duration;
  if (reading.type !== 'DURATION' || !d) return NONE;
  if (/\bwithin\s*$/i.test(before) && base) {
    const end = addDuration(base, d.count, d.unit, 1);
    return end ? { earliest: isoDate(base), latest: isoDate(end), anchor: base, rule: 'bounds.deadline' } : NONE;
  }
  if (!anchor) return NONE;
  if (/^\s*since\b/i.test(after)) {
    const end = addDuration(anchor, d.count, d.unit, -1);
    return end ? { earliest: null, latest: isoDate(end), anchor, rule: 'bounds.since' } : NONE;
  }
  if (/^(?:the\s+)?(?:past|last)\b/i.test(text)) {
    const start = addDuration(anchor, d.count, d.unit, -1);
    return start ? { earliest: isoDate(start), latest: isoDate(anchor), anchor, rule: 'bounds.past-span' } : NONE;
  }
  if (/^(?:the\s+)?(?:next|coming)\b/i.test(text)) {
    const end = addDuration(anchor, d.count, d.unit, 1);
    return end ? { earliest: isoDate(anchor), latest: isoDate(end), anchor, rule: 'bounds.coming-span' } : NONE;
  }
  return NONE;
}
