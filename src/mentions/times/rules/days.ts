import { periodAt } from '../calendar.js';
import { statedFields } from '../explicit-dates.js';
import { timeLexicon } from '../lexicon.js';
import { dayOffsetReading, periodReading, weekdayReading } from '../readings.js';
import type { TimeRule } from './rule.js';
import { capitalised, dayCode, direction, lower } from './words.js';

/** Days and the times of a day: weekdays, "yesterday", "this morning", clock times. */

/** "Friday", "last Monday", "Tuesday night"; a plural weekday recurs ("Fridays"). */
export const weekday: TimeRule = {
  rule: 'date.weekday',
  pattern: '{B}(?:(last|next|this(?:\\s+coming)?|coming|early|late)\\s+)?({WEEKDAY})(s)?(?:\\s+({DAYPART}))?{E}',
  trigger: '{WEEKDAY}',
  extract: (m) => {
    if (!capitalised(m[2])) return null;
    const weekday = timeLexicon().weekdays.get(lower(m[2]))!;
    if (m[3]) return () => ({ type: 'SET', value: `XXXX-WXX-${weekday}`, mod: null, period: null, relative: false });
    const toward = /coming/i.test(m[1] ?? '') ? 'next' : direction(m[1]);
    return (ctx) => weekdayReading(ctx, weekday, toward, dayCode(m[4]));
  },
};

/** "the weekend": the one just past in a past clause, the coming one otherwise. */
export const weekend: TimeRule = {
  rule: 'date.weekend',
  pattern: '{B}the\\s+weekend{E}',
  trigger: /weekend/iu,
  extract: () => (ctx) => {
    if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-WXX-WE', mod: null, period: null, relative: true };
    const saturday = weekdayReading(ctx, 6, null, null).period!;
    return periodReading(periodAt(new Date(Date.UTC(saturday.year, saturday.month! - 1, saturday.day!)), 'weekend'), null, true);
  },
};

/** "yesterday", "late tomorrow", "today afternoon", "tonight". */
export const deicticDay: TimeRule = {
  rule: 'date.deictic-day',
  pattern: '{B}(?:(early|late|earlier|later)\\s+)?(today|yesterday|tomorrow|tonight)(?:\\s+({DAYPART}))?{E}',
  trigger: /today|yesterday|tomorrow|tonight/iu,
  extract: (m) => {
    const word = lower(m[2]);
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    const code = word === 'tonight' ? 'NI' : dayCode(m[3]);
    return (ctx) => dayOffsetReading(ctx, offset, code);
  },
};

/** "5 p.m.", "10:30 GMT", "noon": the clock time of the anchor's day. */
export const clock: TimeRule = {
  rule: 'time.clock',
  pattern: '{B}(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am{E}|pm{E})|\\d{1,2}:\\d\\d(?![\\p{N}:])|noon{E}|midnight{E})(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC){E})?',
  trigger: /\d|noon|midnight/iu,
  extract: (m) => {
    const f = statedFields(m[0]);
    if (!f || f.hour === null) return null;
    return (ctx) => {
      if (!ctx.anchor) return { type: 'TIME', value: `XXXX-XX-XXT${String(f.hour).padStart(2, '0')}:${String(f.minute ?? 0).padStart(2, '0')}`, mod: null, period: null, relative: true };
      return periodReading({ ...periodAt(ctx.anchor, 'day'), g: 'minute', hour: f.hour!, minute: f.minute ?? 0 }, null, true);
    };
  },
};

/** "this morning", "later this evening", "last night". */
export const partOfDay: TimeRule = {
  rule: 'time.part-of-day',
  pattern: '{B}(?:(?:earlier|later)\\s+)?(this|last)\\s+({DAYPART}){E}',
  trigger: /this|last/iu,
  extract: (m) => (ctx) => dayOffsetReading(ctx, lower(m[1]) === 'last' ? -1 : 0, dayCode(m[2])),
};
