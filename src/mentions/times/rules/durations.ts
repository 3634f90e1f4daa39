import { timeLexicon } from '../lexicon.js';
import { durationReading } from '../readings.js';
import type { TimeRule } from './rule.js';
import { count, lower, unitOf } from './words.js';

/** Lengths of time (TIMEX3 DURATION). */

/** "two weeks", "more than two months", "the past 20 years", "the first nine months", "a three-hour". */
export const countedDuration: TimeRule = {
  rule: 'duration.count',
  pattern: '{B}(?:({MOD})\\s+)?(?:((?:the\\s+)?(?:past|last|next|first|coming|previous|final|following|remaining)|the(?=\\s+{NUM}\\s+{UNIT}))\\s+)?({NUM})(\\s+and\\s+a\\s+half|\\s+1/2)?[\\s-]+(?:more\\s+)?({UNIT})(\\s+or\\s+so)?{E}(?![\\s-]+old{E})',
  trigger: '{UNIT}',
  extract: (m) => {
    const n = count(m[3], Boolean(m[4]));
    if (n === null) return null;
    const unit = unitOf(m[5]);
    const article = ['a', 'an', 'one'].includes(lower(m[3]));
    if (article && (unit === 'S' || unit === 'Q')) return null;
    // "three-quarters of", "the 1988 second quarter": a fraction or a year, not a length.
    if (unit === 'Q' && /^\s+of\b/.test(m.input.slice(m.index + m[0].length))) return null;
    if (/^(?:1[5-9]|20)\d\d$/.test(m[3]) && !/s$/i.test(m[5])) return null;
    if (lower(m[3]) === 'some' && !/s$/i.test(m[5])) return null;
    const mod = m[1] ? timeLexicon().mods.get(lower(m[1])) ?? null : m[6] ? 'APPROX' : null;
    return () => durationReading(n, unit, mod);
  },
};

/** "for years", "within days", "the coming months": an unspecified number of units. */
export const pluralDuration: TimeRule = {
  rule: 'duration.plural',
  pattern: '(?:{B}((?:the\\s+)?(?:past|coming|next|last|following)|recent)\\s+|(?<=\\b(?:for|in|over|within|after|during)\\s+))(years|months|weeks|days|decades|centuries|hours|minutes){E}',
  trigger: /years|months|weeks|days|decades|centuries|hours|minutes/iu,
  extract: (m) => () => durationReading('X', unitOf(m[2]), null),
};
