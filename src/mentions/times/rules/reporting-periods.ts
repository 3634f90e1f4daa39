import { periodAt, shift, type Granularity } from '../calendar.js';
import { timeLexicon } from '../lexicon.js';
import { offsetValue, periodReading, shiftedReading, yearlessReading, type Context, type Reading } from '../readings.js';
import { YEAR_WORD, type TimeRule } from './rule.js';
import { anchorYear, lower, yearDelta } from './words.js';

/** The periods companies report on: quarters, halves, "the year-ago period", "the year". */

/** "the third quarter", "third-quarter", "the first half of 1998", "the latest quarter", "the year-ago period". */
export const quarter: TimeRule = {
  rule: 'date.quarter',
  pattern: "{B}(?:(?:the\\s+)?({YEAR})\\s+|(this|last|next)\\s+year's\\s+|the\\s+(?=(?:fiscal\\s+)?[\\p{L}\\d-]+\\s+(?:fiscal\\s+)?(?:quarter|half|period)))?(?:fiscal\\s+)?({ORD}|last|latest|previous|current|next|year-ago|year-earlier)[\\s-](?:fiscal[\\s-])?(quarter|half|period)(?:\\s+of\\s+(?:fiscal\\s+)?({YEAR}))?{E}",
  trigger: /quarter|half|period/iu,
  extract: (m) => {
    const which = lower(m[3]);
    const kind = lower(m[4]);
    const ordinal = timeLexicon().ordinals.get(which);
    if (kind === 'period' && ordinal) return null;
    if (kind === 'half' && (!ordinal || ordinal > 2)) return null;
    const g: Granularity = kind === 'half' ? 'half' : 'quarter';
    const stated = m[1] ?? m[5];
    if (ordinal) {
      if (stated) return () => periodReading({ g, year: Number(stated), n: ordinal }, null, false);
      const delta = m[2] ? yearDelta(m[2]) : null;
      return (ctx) => {
        const year = delta === null ? null : anchorYear(ctx, delta);
        return year === null ? yearlessReading(ctx, (y) => ({ g, year: y, n: ordinal }), null, null) : periodReading({ g, year, n: ordinal }, null, true);
      };
    }
    if (which === 'latest') return (ctx) => quarterFromReference(ctx, 0, false, -1);
    const delta = which === 'current' ? 0 : which === 'next' ? 1 : -1;
    return (ctx) => ({ ...quarterFromReference(ctx, which.startsWith('year-') ? -4 : 0, which.startsWith('year-'), delta), moved: which.startsWith('year-') });
  },
};

/** "year-earlier results": the period last reported, a year before. */
export const yearAgoPeriod: TimeRule = {
  rule: 'date.quarter',
  trigger: /year-/iu,
  pattern: '{B}(?:year-ago|year-earlier){E}(?![\\s-]+(?:quarter|half|period){E})',
  extract: () => (ctx) => {
    const named = ctx.nearbyReference();
    if (named && (named.g === 'quarter' || named.g === 'half')) return { ...periodReading(shift(named, -1, 'Y'), null, true), moved: true };
    return { ...shiftedReading(ctx, 'year', -1, 'Y'), moved: true };
  },
};

/** "the quarter": the one last named, or the anchor's last. */
export const theQuarter: TimeRule = {
  rule: 'date.quarter',
  pattern: '{B}the\\s+quarter{E}(?!-)',
  trigger: /quarter/iu,
  extract: () => (ctx) => quarterFromReference(ctx, 0, true, -1),
};

/** "the year" on its own is the year being reported on: the one last named, or the anchor's. */
export const theYear: TimeRule = {
  rule: 'date.the-year',
  pattern: '{B}the\\s+year{E}(?![\\s-]+(?:ago|earlier|before|after|later|\\d|two|nineteen)|-)',
  trigger: YEAR_WORD,
  extract: () => (ctx) => {
    const named = ctx.nearbyReference();
    if (named?.g === 'year') return periodReading(named, null, true);
    return shiftedReading(ctx, 'year', 0, 'Y');
  },
};

/**
 * "the quarter", "the latest quarter", "the year-ago quarter": the quarter last named in the story
 * (moved by `quarters`), or, with none named, the one `delta` quarters from the anchor's.
 */
function quarterFromReference(ctx: Context, quarters: number, useReference: boolean, delta: number): Reading {
  const named = useReference ? ctx.reference() : null;
  if (named && named.g === 'quarter') return periodReading(shift(named, quarters, 'Q'), null, true);
  if (!ctx.anchor) return { type: 'DATE', value: offsetValue(delta + quarters, 'Q'), mod: null, period: null, relative: true };
  return periodReading(shift(periodAt(ctx.anchor, 'quarter'), delta + quarters, 'Q'), null, true);
}
