import { clock, deicticDay, partOfDay, weekday, weekend } from './days.js';
import { century, dayMonth, decade, holiday, month, monthDay, monthRelativeYear, monthYear, numericDate, season, year } from './dates.js';
import { countedDuration, pluralDuration } from './durations.js';
import { referenceWord } from './references.js';
import { ago, relativePeriod } from './relative.js';
import { quarter, theQuarter, theYear, yearAgoPeriod } from './reporting-periods.js';
import type { TimeRule } from './rule.js';
import { every, rate } from './sets.js';

/**
 * Every time rule, most specific first: all run over a sentence, and when two matches overlap the
 * longer wins, then the one earlier in this list. A clock time followed by a day rule's match
 * becomes one TIME (time.clock-day, see find-mentions.ts).
 */
export const TIME_RULES: readonly TimeRule[] = [
  // Stated days, then clock times.
  monthDay, // date.month-day: "Nov. 12", "Friday, Oct. 3, 1998"
  dayMonth, // date.day-month: "12 November"
  numericDate, // date.numeric: "11/12/98", "1998-11-12"
  clock, // time.clock: "5 p.m. EST", "noon"
  // Months, years and longer.
  monthYear, // date.month-year: "November 1998"
  monthRelativeYear, // date.month-relative-year: "July last year"
  month, // date.month: "in March", "last April"
  year, // date.year: "in 1998", "fiscal 1998", "mid-1997"
  decade, // date.decade: "the 1990s", "the '90s"
  century, // date.century: "the 19th century"
  // Reporting periods.
  quarter, // date.quarter: "the third quarter", "the first half of 1998", "the latest quarter"
  yearAgoPeriod, // date.quarter: "year-earlier results"
  theQuarter, // date.quarter: "the quarter"
  theYear, // date.the-year: "the year"
  // Named days and seasons.
  holiday, // date.holiday: "Christmas", "last Thanksgiving Day"
  season, // date.season: "last summer", "the spring of 1998"
  weekday, // date.weekday: "Friday", "last Monday", "Tuesday night", "Fridays"
  weekend, // date.weekend: "the weekend"
  deicticDay, // date.deictic-day: "yesterday", "tonight", "late tomorrow"
  partOfDay, // time.part-of-day: "this morning", "last night"
  // Counted from the anchor or from the period named before.
  relativePeriod, // date.relative-period: "last week", "earlier this month"
  ago, // date.ago: "two years ago", "three days later"
  // Recurrences, lengths, reference words.
  every, // set.every: "every year", "each Friday"
  rate, // set.rate: "$5 a year", "twice a week"
  countedDuration, // duration.count: "two weeks", "the past 20 years"
  pluralDuration, // duration.plural: "for years", "the coming months"
  referenceWord, // reference.word: "now", "recently"
];

/** The day rules a clock time just before joins with: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9". */
export const DAY_RULES: ReadonlySet<string> = new Set([weekday, monthDay, dayMonth, numericDate, deicticDay].map((r) => r.rule));
