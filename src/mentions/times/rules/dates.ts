import { dayPeriod, holidayDate } from '../calendar.js';
import { statedFields } from '../explicit-dates.js';
import { timeLexicon } from '../lexicon.js';
import { dayReading, periodReading, yearlessReading, type Direction } from '../readings.js';
import { DIGIT, YEAR_WORD, type Reader, type TimeRule } from './rule.js';
import { afterTimePreposition, anchorYear, capitalised, direction, edgeMod, isAbbreviatedWithoutStop, lower, monthNumber, yearDelta } from './words.js';

/** Calendar dates: days, months, years, decades, centuries, holidays and seasons. */

/** "Nov. 12", "Friday, Oct. 3, 1998": chrono reads the fields, the clause's tense supplies a missing year. */
export const monthDay: TimeRule = {
  rule: 'date.month-day',
  pattern: '{B}(?:(last|next|this)\\s+)?(?:{WEEKDAY},?\\s+)?(({MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+({YEAR}))?)(?![\\p{L}\\p{N}]|:\\d)',
  trigger: DIGIT,
  extract: (m) => (capitalised(m[3]) ? explicitDay(m[2], direction(m[1])) : null),
};

/** "12 November", "3rd of October 1998". */
export const dayMonth: TimeRule = {
  rule: 'date.day-month',
  pattern: '{B}(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?({MONTH})(?:,?\\s+{YEAR})?){E}',
  trigger: DIGIT,
  extract: (m) => (capitalised(m[2]) ? explicitDay(m[1], null) : null),
};

/** "11/12/98", "1998-11-12". */
export const numericDate: TimeRule = {
  rule: 'date.numeric',
  pattern: '{B}(\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|{YEAR}-\\d\\d-\\d\\d)(?![\\p{N}/-])',
  trigger: DIGIT,
  extract: (m) => explicitDay(m[1], null),
};

/** "November 1998", "early March, 2003". */
export const monthYear: TimeRule = {
  rule: 'date.month-year',
  pattern: '{B}(?:({EDGE})\\s*)?({MONTH}),?\\s+(?:of\\s+)?({YEAR}){E}',
  trigger: DIGIT,
  extract: (m) => (capitalised(m[2]) ? () => periodReading({ g: 'month', year: Number(m[3]), month: monthNumber(m[2]) }, edgeMod(m[1]), false) : null),
};

/** "July last year", "January this year". */
export const monthRelativeYear: TimeRule = {
  rule: 'date.month-relative-year',
  pattern: '{B}(?:({EDGE})\\s*)?({MONTH})\\s+(this|last|next)\\s+year{E}',
  trigger: YEAR_WORD,
  extract: (m) => {
    if (!capitalised(m[2])) return null;
    const delta = yearDelta(m[3]);
    return (ctx) => {
      const year = anchorYear(ctx, delta);
      if (year === null) return yearlessReading(ctx, (y) => ({ g: 'month', year: y, month: monthNumber(m[2]) }), null, edgeMod(m[1]));
      return periodReading({ g: 'month', year, month: monthNumber(m[2]) }, edgeMod(m[1]), true);
    };
  },
};

/** "in March", "last April": a month alone, when the tagger and the words before it say it is one. */
export const month: TimeRule = {
  rule: 'date.month',
  pattern: '{B}(?:(last|next|this|{EDGE})\\s*)?({MONTH})(?![\\p{L}\\p{N}_]|\\.?\\s+\\d)',
  extract: (m, tagAt) => {
    const at = m.index + m[0].length - m[2].length;
    if (!capitalised(m[2]) || (!m[1] && tagAt(at) !== 'NNP')) return null;
    // "Jan Kavan", "the annual March for Life", "May has struggled": a name, not a month.
    if (!m[1] && (isAbbreviatedWithoutStop(m[2]) || /\b(?:the|a|an)\s+$/i.test(m.input.slice(Math.max(0, at - 4), at)))) return null;
    if (!m[1] && timeLexicon().ambiguous.has(lower(m[2])) && !afterTimePreposition(m.input, at)) return null;
    const month = monthNumber(m[2]);
    return (ctx) => yearlessReading(ctx, (year) => ({ g: 'month', year, month }), direction(m[1]), edgeMod(m[1]));
  },
};

/** Bare years ("in 1998", "fiscal 1998", "mid-1997"), never part of a larger number or an amount. */
export const year: TimeRule = {
  rule: 'date.year',
  pattern: '(?<![\\p{L}\\p{N}_$£€#.,/:-])(?:({EDGE}|fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year)\\s*)?({YEAR})(?![\\p{N}%]|[.,/:-]\\p{N}|\\s*(?:percent|per\\s+cent){E})',
  trigger: DIGIT,
  extract: (m, tagAt) => {
    const year = Number(m[2]);
    if (!m[1] && (year < 1900 || tagAt(m.index + m[0].length + 1) === 'NNS')) return null;
    return () => periodReading({ g: 'year', year }, edgeMod(m[1]), false);
  },
};

/** "the 1990s", "the late 1980s", "the '90s"; a round hundred ("the 1800s") is a century. */
export const decade: TimeRule = {
  rule: 'date.decade',
  pattern: "{B}(?:(?:the\\s+)?({EDGE})[\\s-]*)?(?:((?:1[5-9]|20)\\d)0'?s|'(\\d)0s){E}",
  trigger: DIGIT,
  extract: (m) => (ctx) => {
    const mod = edgeMod(m[1]);
    if (m[2]) {
      const start = Number(m[2]) * 10;
      return periodReading(start % 100 === 0 ? { g: 'century', year: start } : { g: 'decade', year: start }, mod, false);
    }
    if (!ctx.anchor) return { type: 'DATE', value: `XX${m[3]}`, mod, period: null, relative: true };
    const now = ctx.anchor.getUTCFullYear();
    let start = Math.floor(now / 100) * 100 + Number(m[3]) * 10;
    if (start > now) start -= 100;
    return periodReading({ g: 'decade', year: start }, mod, true);
  },
};

/** "the 19th century". */
export const century: TimeRule = {
  rule: 'date.century',
  pattern: '{B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]century{E}',
  trigger: /century/iu,
  extract: (m) => () => periodReading({ g: 'century', year: (Number(m[1]) - 1) * 100 }, null, false),
};

/** "Thanksgiving Day", "Christmas": holidays of data/mentions/times/holidays.tsv, in the year the context asks for. */
export const holiday: TimeRule = {
  rule: 'date.holiday',
  pattern: '{B}(?:(last|next|this)\\s+)?({HOLIDAY}){E}',
  trigger: '{HOLIDAY}',
  extract: (m) => {
    const holiday = timeLexicon().holidays.get(lower(m[2]))!;
    return (ctx) => yearlessReading(ctx, (year) => dayPeriod(holidayDate(year, holiday)), direction(m[1]), null);
  },
};

/** "last summer", "the spring of 1998", "in the fall". */
export const season: TimeRule = {
  rule: 'date.season',
  pattern: '{B}(?:(last|this|next|{EDGE}|the)\\s+)?({SEASON})(?:\\s+(?:of\\s+)?({YEAR}))?{E}',
  trigger: '{SEASON}',
  extract: (m) => {
    const lex = timeLexicon();
    // "a fall in prices", "the fall of the regime": a season alone needs "in", "during", ... before it.
    const bare = (!m[1] || lower(m[1]) === 'the') && !m[3];
    if (bare && lex.ambiguous.has(lower(m[2])) && !afterTimePreposition(m.input, m.index)) return null;
    const code = lex.seasons.get(lower(m[2]))!;
    const mod = edgeMod(m[1]);
    if (m[3]) return () => periodReading({ g: 'season', year: Number(m[3]), code }, mod, false);
    return (ctx) => yearlessReading(ctx, (year) => ({ g: 'season', year, code }), direction(m[1]), mod);
  },
};

/** A date chrono reads in full, or a month and day whose year the direction or the clause's tense decides. */
function explicitDay(expression: string, toward: Direction): Reader | null {
  const f = statedFields(expression);
  if (!f || f.month === null || f.day === null) return null;
  const { month, day } = f;
  if (f.year !== null) return () => dayReading(f.year!, month!, day!);
  return (ctx) => yearlessReading(ctx, (year) => ({ g: 'day', year, month: month!, day: day! }), toward, null);
}
