import { dayPeriod, holidayDate, periodAt, shift, unitGranularity, type Granularity } from './calendar.js';
import { statedFields } from './explicit-dates.js';
import { timeLexicon } from './lexicon.js';
import {
  dayOffsetReading, dayReading, durationReading, offsetValue, periodReading, shiftedReading, weekdayReading, yearlessReading,
  type Context, type Direction, type Reading,
} from './readings.js';

/** A time expression found in a sentence, not yet read: `read` gives its meaning in a context. */
export interface Mention {
  start: number;
  end: number;
  /** The rule that found it; every time in doc.times carries it as evidence. */
  rule: string;
  read: (ctx: Context) => Reading | null;
}

/** What a rule may ask about the words around a match: the PTB tag of the token at an offset. */
export type TagAt = (offset: number) => string | null;

interface Rule {
  rule: string;
  re: RegExp;
  /** Builds the reader for a match, or returns null to reject the match. */
  build: (m: RegExpExecArray, tagAt: TagAt) => ((ctx: Context) => Reading | null) | null;
}

const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const capitalised = (s: string) => /^\p{Lu}/u.test(s);

/** The number a count phrase states: 2 for "two" or "2", 24 for "twenty-four", "X" for "several". */
function count(phrase: string, half = false): number | 'X' | null {
  const lex = timeLexicon();
  const text = lower(phrase);
  const whole = /^\d+(?:\.\d+)?$/.test(text) ? text : lex.numbers.get(text);
  let value: number | 'X' | null = null;
  if (whole === 'X') return 'X';
  if (whole !== undefined) value = Number(whole);
  else {
    let total = 0;
    for (const part of text.split(/[- ]/)) {
      const n = lex.numbers.get(part);
      if (n === undefined || n === 'X') return null;
      total = n === '100' ? (total || 1) * 100 : total + Number(n);
    }
    value = total;
  }
  return half ? value + 0.5 : value;
}

function unitOf(word: string): string {
  const unit = timeLexicon().units.get(lower(word).replace(/\s+/g, ' '));
  if (!unit) throw new Error(`times: no unit for "${word}"`);
  return unit;
}

const direction = (word: string | undefined): Direction => {
  const w = lower(word);
  return w === 'last' || w === 'next' || w === 'this' ? w : null;
};
const edgeMod = (word: string | undefined) => (word ? timeLexicon().edges.get(lower(word)) ?? null : null);

/** Every rule, most specific first: when two matches overlap, the longer wins, then the earlier rule. */
function rules(): Rule[] {
  const lex = timeLexicon();
  const t = (source: string) =>
    new RegExp(
      source
        .replace(/\{NUM\}/g, `(?:\\d+(?:\\.\\d+)?|${lex.re.cardinal}(?:[- ]${lex.re.cardinal})*|${lex.re.number})`)
        .replace(/\{UNIT\}/g, lex.re.unit).replace(/\{MONTH\}/g, lex.re.month).replace(/\{WEEKDAY\}/g, lex.re.weekday)
        .replace(/\{SEASON\}/g, lex.re.season).replace(/\{DAYPART\}/g, lex.re.daypart).replace(/\{ORD\}/g, lex.re.ordinal)
        .replace(/\{REF\}/g, lex.re.reference).replace(/\{HOLIDAY\}/g, lex.re.holiday).replace(/\{MOD\}/g, lex.re.mod).replace(/\{EDGE\}/g, lex.re.edge)
        .replace(/\{YEAR\}/g, YEAR).replace(/\{B\}/g, B).replace(/\{E\}/g, E),
      'giu',
    );
  const monthNumber = (word: string) => lex.months.get(lower(word).replace(/\.$/, ''))!;
  const dayCode = (word: string | undefined) => (word ? lex.dayparts.get(lower(word))! : null);

  return [
    {
      // "Nov. 12", "Friday, Oct. 3, 1998": chrono reads the fields, the clause's tense supplies a missing year.
      rule: 'date.month-day',
      re: t('{B}(?:(last|next|this)\\s+)?(?:{WEEKDAY},?\\s+)?(({MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+({YEAR}))?)(?![\\p{L}\\p{N}]|:\\d)'),
      build: (m) => (capitalised(m[3]) ? explicitDay(m[2], direction(m[1])) : null),
    },
    {
      rule: 'date.day-month',
      re: t('{B}(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?({MONTH})(?:,?\\s+{YEAR})?){E}'),
      build: (m) => (capitalised(m[2]) ? explicitDay(m[1], null) : null),
    },
    {
      rule: 'date.numeric',
      re: t('{B}(\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|{YEAR}-\\d\\d-\\d\\d)(?![\\p{N}/-])'),
      build: (m) => explicitDay(m[1], null),
    },
    {
      rule: 'time.clock',
      re: t('{B}(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am{E}|pm{E})|\\d{1,2}:\\d\\d(?![\\p{N}:])|noon{E}|midnight{E})(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC){E})?'),
      build: (m) => {
        const f = statedFields(m[0]);
        if (!f || f.hour === null) return null;
        return (ctx) => {
          if (!ctx.anchor) return { type: 'TIME', value: `XXXX-XX-XXT${String(f.hour).padStart(2, '0')}:${String(f.minute ?? 0).padStart(2, '0')}`, mod: null, period: null, relative: true };
          return periodReading({ ...periodAt(ctx.anchor, 'day'), g: 'minute', hour: f.hour!, minute: f.minute ?? 0 }, null, true);
        };
      },
    },
    {
      rule: 'date.month-year',
      re: t('{B}(?:({EDGE})\\s*)?({MONTH}),?\\s+(?:of\\s+)?({YEAR}){E}'),
      build: (m) => (capitalised(m[2]) ? () => periodReading({ g: 'month', year: Number(m[3]), month: monthNumber(m[2]) }, edgeMod(m[1]), false) : null),
    },
    {
      // "July last year", "January this year".
      rule: 'date.month-relative-year',
      re: t('{B}(?:({EDGE})\\s*)?({MONTH})\\s+(this|last|next)\\s+year{E}'),
      build: (m) => {
        if (!capitalised(m[2])) return null;
        const delta = { this: 0, last: -1, next: 1 }[lower(m[3]) as 'this'];
        return (ctx) => {
          const year = anchorYear(ctx, delta);
          if (year === null) return yearlessReading(ctx, (y) => ({ g: 'month', year: y, month: monthNumber(m[2]) }), null, edgeMod(m[1]));
          return periodReading({ g: 'month', year, month: monthNumber(m[2]) }, edgeMod(m[1]), true);
        };
      },
    },
    {
      rule: 'date.month',
      re: t('{B}(?:(last|next|this|{EDGE})\\s*)?({MONTH})(?![\\p{L}\\p{N}_]|\\.?\\s+\\d)'),
      build: (m, tagAt) => {
        const at = m.index + m[0].length - m[2].length;
        if (!capitalised(m[2]) || (!m[1] && tagAt(at) !== 'NNP')) return null;
        // "Jan Kavan", "the annual March for Life", "May has struggled": a name, not a month.
        if (!m[1] && (isAbbreviatedWithoutStop(m[2]) || /\b(?:the|a|an)\s+$/i.test(m.input.slice(Math.max(0, at - 4), at)))) return null;
        if (!m[1] && lex.ambiguous.has(lower(m[2])) && !afterTimePreposition(m.input, at)) return null;
        const month = monthNumber(m[2]);
        return (ctx) => yearlessReading(ctx, (year) => ({ g: 'month', year, month }), direction(m[1]), edgeMod(m[1]));
      },
    },
    {
      // Bare years ("in 1998", "fiscal 1998", "mid-1997"), never part of a larger number or an amount.
      rule: 'date.year',
      re: t('(?<![\\p{L}\\p{N}_$£€#.,/:-])(?:({EDGE}|fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year)\\s*)?({YEAR})(?![\\p{N}%]|[.,/:-]\\p{N}|\\s*(?:percent|per\\s+cent){E})'),
      build: (m, tagAt) => {
        const year = Number(m[2]);
        if (!m[1] && (year < 1900 || tagAt(m.index + m[0].length + 1) === 'NNS')) return null;
        return () => periodReading({ g: 'year', year }, edgeMod(m[1]), false);
      },
    },
    {
      // "the 1990s", "the late 1980s", "the '90s"; a round hundred ("the 1800s") is a century.
      rule: 'date.decade',
      re: t("{B}(?:(?:the\\s+)?({EDGE})[\\s-]*)?(?:((?:1[5-9]|20)\\d)0'?s|'(\\d)0s){E}"),
      build: (m) => (ctx) => {
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
    },
    {
      rule: 'date.century',
      re: t('{B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]century{E}'),
      build: (m) => () => periodReading({ g: 'century', year: (Number(m[1]) - 1) * 100 }, null, false),
    },
    {
      // "the third quarter", "third-quarter", "the first half of 1998", "the latest quarter", "the year-ago period".
      rule: 'date.quarter',
      re: t("{B}(?:(?:the\\s+)?({YEAR})\\s+|(this|last|next)\\s+year's\\s+|the\\s+(?=(?:fiscal\\s+)?[\\p{L}\\d-]+\\s+(?:fiscal\\s+)?(?:quarter|half|period)))?(?:fiscal\\s+)?({ORD}|last|latest|previous|current|next|year-ago|year-earlier)[\\s-](?:fiscal[\\s-])?(quarter|half|period)(?:\\s+of\\s+(?:fiscal\\s+)?({YEAR}))?{E}"),
      build: (m) => {
        const which = lower(m[3]);
        const kind = lower(m[4]);
        const ordinal = lex.ordinals.get(which);
        if (kind === 'period' && ordinal) return null;
        if (kind === 'half' && (!ordinal || ordinal > 2)) return null;
        const g: Granularity = kind === 'half' ? 'half' : 'quarter';
        const stated = m[1] ?? m[5];
        if (ordinal) {
          if (stated) return () => periodReading({ g, year: Number(stated), n: ordinal }, null, false);
          const yearDelta = m[2] ? { this: 0, last: -1, next: 1 }[lower(m[2]) as 'this'] : null;
          return (ctx) => {
            const year = yearDelta === null ? null : anchorYear(ctx, yearDelta);
            return year === null ? yearlessReading(ctx, (y) => ({ g, year: y, n: ordinal }), null, null) : periodReading({ g, year, n: ordinal }, null, true);
          };
        }
        if (which === 'latest') return (ctx) => quarterFromReference(ctx, 0, false, -1);
        const delta = which === 'current' ? 0 : which === 'next' ? 1 : -1;
        return (ctx) => ({ ...quarterFromReference(ctx, which.startsWith('year-') ? -4 : 0, which.startsWith('year-'), delta), moved: which.startsWith('year-') });
      },
    },
    {
      // "year-earlier results": the period last reported, a year before.
      rule: 'date.quarter',
      re: t('{B}(?:year-ago|year-earlier){E}(?![\\s-]+(?:quarter|half|period){E})'),
      build: () => (ctx) => {
        const named = ctx.nearbyReference();
        if (named && (named.g === 'quarter' || named.g === 'half')) return { ...periodReading(shift(named, -1, 'Y'), null, true), moved: true };
        return { ...shiftedReading(ctx, 'year', -1, 'Y'), moved: true };
      },
    },
    {
      rule: 'date.quarter',
      re: t('{B}the\\s+quarter{E}(?!-)'),
      build: () => (ctx) => quarterFromReference(ctx, 0, true, -1),
    },
    {
      // "the year" on its own is the year being reported on: the one last named, or the anchor's.
      rule: 'date.the-year',
      re: t('{B}the\\s+year{E}(?![\\s-]+(?:ago|earlier|before|after|later|\\d|two|nineteen)|-)'),
      build: () => (ctx) => {
        const named = ctx.nearbyReference();
        if (named?.g === 'year') return periodReading(named, null, true);
        return shiftedReading(ctx, 'year', 0, 'Y');
      },
    },
    {
      // "Thanksgiving Day", "Christmas": holidays of data/mentions/times/holidays.tsv, in the year the context asks for.
      rule: 'date.holiday',
      re: t('{B}(?:(last|next|this)\\s+)?({HOLIDAY}){E}'),
      build: (m) => {
        const holiday = lex.holidays.get(lower(m[2]))!;
        return (ctx) => yearlessReading(ctx, (year) => dayPeriod(holidayDate(year, holiday)), direction(m[1]), null);
      },
    },
    {
      rule: 'date.season',
      re: t('{B}(?:(last|this|next|{EDGE}|the)\\s+)?({SEASON})(?:\\s+(?:of\\s+)?({YEAR}))?{E}'),
      build: (m) => {
        // "a fall in prices", "the fall of the regime": a season alone needs "in", "during", ... before it.
        const bare = (!m[1] || lower(m[1]) === 'the') && !m[3];
        if (bare && lex.ambiguous.has(lower(m[2])) && !afterTimePreposition(m.input, m.index)) return null;
        const code = lex.seasons.get(lower(m[2]))!;
        const mod = edgeMod(m[1]);
        if (m[3]) return () => periodReading({ g: 'season', year: Number(m[3]), code }, mod, false);
        return (ctx) => yearlessReading(ctx, (year) => ({ g: 'season', year, code }), direction(m[1]), mod);
      },
    },
    {
      // "Friday", "last Monday", "Tuesday night"; a plural weekday recurs ("Fridays").
      rule: 'date.weekday',
      re: t("{B}(?:(last|next|this(?:\\s+coming)?|coming|early|late)\\s+)?({WEEKDAY})(s)?(?:\\s+({DAYPART}))?{E}"),
      build: (m) => {
        if (!capitalised(m[2])) return null;
        const weekday = lex.weekdays.get(lower(m[2]))!;
        if (m[3]) return () => ({ type: 'SET', value: `XXXX-WXX-${weekday}`, mod: null, period: null, relative: false });
        const toward = /coming/i.test(m[1] ?? '') ? 'next' : direction(m[1]);
        return (ctx) => weekdayReading(ctx, weekday, toward, dayCode(m[4]));
      },
    },
    {
      // "the weekend": the one just past in a past clause, the coming one otherwise.
      rule: 'date.weekend',
      re: t('{B}the\\s+weekend{E}'),
      build: () => (ctx) => {
        if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-WXX-WE', mod: null, period: null, relative: true };
        const saturday = weekdayReading(ctx, 6, null, null).period!;
        return periodReading(periodAt(new Date(Date.UTC(saturday.year, saturday.month! - 1, saturday.day!)), 'weekend'), null, true);
      },
    },
    {
      rule: 'date.deictic-day',
      re: t('{B}(?:(early|late|earlier|later)\\s+)?(today|yesterday|tomorrow|tonight)(?:\\s+({DAYPART}))?{E}'),
      build: (m) => {
        const word = lower(m[2]);
        const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
        const code = word === 'tonight' ? 'NI' : dayCode(m[3]);
        return (ctx) => dayOffsetReading(ctx, offset, code);
      },
    },
    {
      rule: 'time.part-of-day',
      re: t('{B}(?:(?:earlier|later)\\s+)?(this|last)\\s+({DAYPART}){E}'),
      build: (m) => (ctx) => dayOffsetReading(ctx, lower(m[1]) === 'last' ? -1 : 0, dayCode(m[2])),
    },
    {
      // "last week", "this year", "earlier this month", "next weekend": the anchor's period, moved.
      rule: 'date.relative-period',
      re: t('{B}(?:({EDGE}|earlier|later)\\s+)?(this|last|next|previous|current|past|the\\s+current|the\\s+previous|the\\s+past)\\s+(fiscal\\s+year|week(?:end)?|month|year|quarter|decade|century){E}'),
      build: (m) => {
        const which = lower(m[2]).replace(/^the /, '');
        const delta = which === 'this' || which === 'current' ? 0 : which === 'next' ? 1 : -1;
        const word = lower(m[3]);
        const unit = word === 'weekend' ? 'W' : unitOf(word.replace('fiscal ', ''));
        const g: Granularity = word === 'weekend' ? 'weekend' : unitGranularity(unit);
        return (ctx) => shiftedReading(ctx, g, delta, unit, edgeMod(m[1]));
      },
    },
    {
      // "two years ago", "a year earlier", "three days later".
      rule: 'date.ago',
      re: t('{B}(?:({MOD})\\s+)?(?:({NUM})(\\s+and\\s+a\\s+half)?[\\s-]+)?({UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence){E}'),
      build: (m) => {
        const n = m[2] ? count(m[2], Boolean(m[3])) : 'X';
        if (n === null) return null;
        const unit = unitOf(m[4]);
        const back = ['ago', 'earlier'].includes(lower(m[5]));
        const mod = m[1] ? lex.mods.get(lower(m[1])) ?? null : null;
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
    },
    {
      // "every year", "each Friday", "per day".
      rule: 'set.every',
      re: t('{B}(every|each|per)\\s+(?:({NUM})\\s+)?({UNIT}|{WEEKDAY}){E}'),
      build: (m) => {
        const weekday = lex.weekdays.get(lower(m[3]));
        if (weekday) return () => ({ type: 'SET', value: `XXXX-WXX-${weekday}`, mod: null, period: null, relative: false });
        const n = m[2] ? count(m[2]) : 1;
        if (n === null) return null;
        return () => ({ ...durationReading(n, unitOf(m[3]), null), type: 'SET', duration: undefined });
      },
    },
    {
      // "$5 a year", "twice a week": a rate, not a length.
      rule: 'set.rate',
      re: t('(?<=[\\p{L}\\p{N}%]\\s+)(?:a|an|per)\\s+(second|minute|hour|day|night|week|month|year){E}'),
      build: (m, tagAt) => {
        const previous = tagAt(m.index - 2);
        const once = /\b(?:once|twice|times)\s+$/i.test(m.input.slice(Math.max(0, m.index - 7), m.index));
        if (!once && previous !== 'CD' && previous !== 'NNS' && previous !== 'NN') return null;
        return () => ({ ...durationReading(1, unitOf(m[1]), null), type: 'SET', duration: undefined });
      },
    },
    {
      // "two weeks", "more than two months", "the past 20 years", "the first nine months", "a three-hour".
      rule: 'duration.count',
      re: t('{B}(?:({MOD})\\s+)?(?:((?:the\\s+)?(?:past|last|next|first|coming|previous|final|following|remaining)|the(?=\\s+{NUM}\\s+{UNIT}))\\s+)?({NUM})(\\s+and\\s+a\\s+half|\\s+1/2)?[\\s-]+(?:more\\s+)?({UNIT})(\\s+or\\s+so)?{E}(?![\\s-]+old{E})'),
      build: (m) => {
        const n = count(m[3], Boolean(m[4]));
        if (n === null) return null;
        const unit = unitOf(m[5]);
        const article = ['a', 'an', 'one'].includes(lower(m[3]));
        if (article && (unit === 'S' || unit === 'Q')) return null;
        // "three-quarters of", "the 1988 second quarter": a fraction or a year, not a length.
        if (unit === 'Q' && /^\s+of\b/.test(m.input.slice(m.index + m[0].length))) return null;
        if (/^(?:1[5-9]|20)\d\d$/.test(m[3]) && !/s$/i.test(m[5])) return null;
        if (lower(m[3]) === 'some' && !/s$/i.test(m[5])) return null;
        const mod = m[1] ? lex.mods.get(lower(m[1])) ?? null : m[6] ? 'APPROX' : null;
        return () => durationReading(n, unit, mod);
      },
    },
    {
      // "for years", "within days", "the coming months": an unspecified number of units.
      rule: 'duration.plural',
      re: t('(?:{B}((?:the\\s+)?(?:past|coming|next|last|following)|recent)\\s+|(?<=\\b(?:for|in|over|within|after|during)\\s+))(years|months|weeks|days|decades|centuries|hours|minutes){E}'),
      build: (m) => () => durationReading('X', unitOf(m[2]), null),
    },
    {
      rule: 'reference.word',
      re: t('{B}({REF}){E}'),
      build: (m) => {
        const entry = lex.references.get(lower(m[1]))!;
        return () => ({ type: entry.type as Reading['type'], value: entry.value, mod: null, period: null, relative: false });
      },
    },
  ];
}

/** Whether a preposition of time ("in", "since", "during", ...) stands right before `at`. */
function afterTimePreposition(text: string, at: number): boolean {
  return /\b(?:in|since|until|till|by|from|through|throughout|during|before|after|last|this|next|early|late|mid)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

/** "Jan" or "Sept" without a full stop: too often a name or another word to stand alone as a month. */
function isAbbreviatedWithoutStop(word: string): boolean {
  const lex = timeLexicon();
  const n = lex.months.get(lower(word));
  return n !== undefined && [...lex.months].some(([other, m]) => m === n && other.length > word.length);
}

/** The anchor's year moved by `delta` ("last year's third quarter"), or null without an anchor. */
function anchorYear(ctx: Context, delta: number): number | null {
  return ctx.anchor ? ctx.anchor.getUTCFullYear() + delta : null;
}

/** A date chrono reads in full, or a month and day whose year the direction or the clause's tense decides. */
function explicitDay(expression: string, toward: Direction): ((ctx: Context) => Reading | null) | null {
  const f = statedFields(expression);
  if (!f || f.month === null || f.day === null) return null;
  const { month, day } = f;
  if (f.year !== null) return () => dayReading(f.year!, month!, day!);
  return (ctx) => yearlessReading(ctx, (year) => ({ g: 'day', year, month: month!, day: day! }), toward, null);
}

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

let compiled: Rule[] | null = null;

/**
 * Every time expression in one sentence, as non-overlapping mentions: all rules run over the
 * sentence's text, and of overlapping matches the longest is kept (then the earlier rule). Matching
 * inside one sentence keeps an expression from running across a sentence boundary.
 */
export function findMentions(text: string, sentence: { start: number; end: number }, tagAt: TagAt): Mention[] {
  compiled ??= rules();
  const slice = text.slice(sentence.start, sentence.end);
  const found: (Mention & { order: number })[] = [];
  compiled.forEach((rule, order) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const shifted = Object.assign([...m], { index: m.index + sentence.start, input: text }) as unknown as RegExpExecArray;
      const read = rule.build(shifted, tagAt);
      if (read) found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, rule: rule.rule, read, order });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Mention[] = [];
  for (const f of found) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push({ start: f.start, end: f.end, rule: f.rule, read: f.read });
  }
  return joinClockAndDay(text, kept.sort((a, b) => a.start - b.start));
}

const DAY_RULES = new Set(['date.weekday', 'date.month-day', 'date.day-month', 'date.numeric', 'date.deictic-day']);

/** "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9": a clock time and the day it falls on are one TIME. */
function joinClockAndDay(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    if (previous?.rule === 'time.clock' && DAY_RULES.has(m.rule) && /^\s*,?\s*$/.test(text.slice(previous.end, m.start))) {
      const fields = statedFields(text.slice(previous.start, previous.end))!;
      const day = m.read;
      out[out.length - 1] = {
        start: previous.start,
        end: m.end,
        rule: 'time.clock-day',
        read: (ctx) => {
          const r = day(ctx);
          if (!r) return null;
          const clock = `${String(fields.hour).padStart(2, '0')}:${String(fields.minute ?? 0).padStart(2, '0')}`;
          if (!r.period || r.period.g !== 'day') return { ...r, type: 'TIME', value: `${r.value}T${clock}`, period: null };
          return periodReading({ ...r.period, g: 'minute', hour: fields.hour!, minute: fields.minute ?? 0 }, null, r.relative);
        },
      };
    } else out.push(m);
  }
  return out;
}
