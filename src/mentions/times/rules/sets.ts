import { timeLexicon } from '../lexicon.js';
import { durationReading } from '../readings.js';
import type { TimeRule } from './rule.js';
import { count, lower, unitOf } from './words.js';

/** Recurring times (TIMEX3 SET). */

/** "every year", "each Friday", "per day". */
export const every: TimeRule = {
  rule: 'set.every',
  pattern: '{B}(every|each|per)\\s+(?:({NUM})\\s+)?({UNIT}|{WEEKDAY}){E}',
  trigger: /every|each|per/iu,
  extract: (m) => {
    const weekday = timeLexicon().weekdays.get(lower(m[3]));
    if (weekday) return () => ({ type: 'SET', value: `XXXX-WXX-${weekday}`, mod: null, period: null, relative: false });
    const n = m[2] ? count(m[2]) : 1;
    if (n === null) return null;
    return () => ({ ...durationReading(n, unitOf(m[3]), null), type: 'SET', duration: undefined });
  },
};

/** "$5 a year", "twice a week": a rate, not a length. */
export const rate: TimeRule = {
  rule: 'set.rate',
  pattern: '(?<=[\\p{L}\\p{N}%]\\s+)(?:a|an|per)\\s+(second|minute|hour|day|night|week|month|year){E}',
  trigger: /second|minute|hour|day|night|week|month|year/iu,
  extract: (m, tagAt) => {
    const previous = tagAt(m.index - 2);
    const once = /\b(?:once|twice|times)\s+$/i.test(m.input.slice(Math.max(0, m.index - 7), m.index));
    if (!once && previous !== 'CD' && previous !== 'NNS' && previous !== 'NN') return null;
    return () => ({ ...durationReading(1, unitOf(m[1]), null), type: 'SET', duration: undefined });
  },
};
