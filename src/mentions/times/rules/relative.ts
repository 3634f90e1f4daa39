import { shift, unitGranularity, type Granularity } from '../calendar.js';
import { timeLexicon } from '../lexicon.js';
import { periodReading, shiftedReading } from '../readings.js';
import type { TimeRule } from './rule.js';
import { count, edgeMod, lower, unitOf } from './words.js';

/** Periods counted from the anchor or from the period named before: "last week", "two years ago". */

/** "last week", "this year", "earlier this month", "next weekend": the anchor's period, moved. */
export const relativePeriod: TimeRule = {
  rule: 'date.relative-period',
  pattern: '{B}(?:({EDGE}|earlier|later)\\s+)?(this|last|next|previous|current|past|the\\s+current|the\\s+previous|the\\s+past)\\s+(fiscal\\s+year|week(?:end)?|month|year|quarter|decade|century){E}',
  trigger: /week|month|year|quarter|decade|century/iu,
  extract: (m) => {
    const which = lower(m[2]).replace(/^the /, '');
    const delta = which === 'this' || which === 'current' ? 0 : which === 'next' ? 1 : -1;
    const word = lower(m[3]);
    const unit = word === 'weekend' ? 'W' : unitOf(word.replace('fiscal ', ''));
    const g: Granularity = word === 'weekend' ? 'weekend' : unitGranularity(unit);
    return (ctx) => shiftedReading(ctx, g, delta, unit, edgeMod(m[1]));
  },
};

/** "two years ago", "a year earlier", "three days later". */
export const ago: TimeRule = {
  rule: 'date.ago',
  pattern: '{B}(?:({MOD})\\s+)?(?:({NUM})(\\s+and\\s+a\\s+half)?[\\s-]+)?({UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence){E}',
  trigger: /ago|earlier|later|now|hence/iu,
  extract: (m) => {
    const n = m[2] ? count(m[2], Boolean(m[3])) : 'X';
    if (n === null) return null;
    const unit = unitOf(m[4]);
    const back = ['ago', 'earlier'].includes(lower(m[5]));
    const mod = m[1] ? timeLexicon().mods.get(lower(m[1])) ?? null : null;
    if (n === 'X') return back && lower(m[5]) === 'ago' ? () => ({ type: 'DATE', value: 'PAST_REF', mod: null, period: null, relative: false }) : null;
    const fromAnchor = ['ago', 'from now', 'hence'].includes(lower(m[5]));
    return (ctx) => {
      const delta = back ? -n : n;
      // A year back from a reported period is the same period a year before ("from $5m a year ago"
      // after "third-quarter profit", however far back the quarter was named); days and weeks
      // "later" count from the day named just before.
      const last = ctx.reference();
      const near = last && (last.g === 'quarter' || last.g === 'half') ? last : ctx.nearbyReference();
      const periodic = near && (near.g === 'quarter' || near.g === 'half' || near.g === 'month') && unit === 'Y';
      const narrative = near && !fromAnchor && (unit === 'D' || unit === 'W') && (near.g === 'day' || near.g === 'week');
      if (near && (periodic || narrative)) return { ...periodReading(shift(near, delta, unit), mod, true), moved: true };
      return { ...shiftedReading(ctx, unitGranularity(unit), Math.round(delta), unit, mod), moved: true };
    };
  },
};
