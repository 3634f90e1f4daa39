/**
 * Dates as pages write them, to a calendar date YYYY-MM-DD. The date is the local one as written: a
 * timestamp "2020-06-07T01:30:00+03:00" is 7 June, whatever the day in UTC. Month names come from
 * the platform's CLDR data (Intl) for many languages, so "7 июня 2020" and "7 Haziran 2020" read as
 * "7 June 2020" without a word list of our own.
 */
export interface DateContext {
  /** Dates after this day (YYYY-MM-DD) are refused: the page cannot be published after it was read. */
  latest: string;
  /** Page language, to read 03/04/2020 as March 4 (English) or 3 April (elsewhere). */
  language?: string | null;
}

const EARLIEST_YEAR = 1995; // no news site published on the web before

/** A machine-readable date value: ISO 8601, RFC 2822, a compact YYYYMMDD or an epoch timestamp. */
export function parseDateValue(value: string, context: DateContext): string | null {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(v);
  if (m) return checked(+m[1], +m[2], +m[3], context);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
  if (m) return checked(+m[1], +m[2], +m[3], context);
  m = /^(\d{10})(\d{3})?$/.exec(v);
  if (m) {
    const date = new Date(+m[1] * 1000);
    return checked(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), context);
  }
  return findDateInText(v, context);
}

/** Languages whose month names are recognised: the major languages of the world's news. */
const LOCALES = [
  'en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'ro', 'hu', 'tr', 'el',
  'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'id', 'ms', 'vi', 'ca', 'gl', 'eu', 'sq', 'mk', 'az', 'kk', 'ka', 'hy',
  'ar', 'fa', 'he', 'hi', 'bn', 'ur', 'sw', 'tl', 'af',
];

const L = '\\p{L}';

/**
 * Month names and the patterns made of them, built on first use: formatting every month in ~50
 * locales costs a few hundred milliseconds, which a run that reads no web page should not pay.
 */
let monthPatterns: { months: Map<string, number>; dayMonthYear: RegExp; monthDayYear: RegExp; yearMonthDay: RegExp } | null = null;

function patterns(): NonNullable<typeof monthPatterns> {
  if (monthPatterns) return monthPatterns;
  const months = monthNames();
  const alternation = [...months.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  monthPatterns = {
    months,
    /** "7 June 2020", "7. Juni 2020", "7 de junio de 2020", "07 Haziran 2020 Pazar". */
    dayMonthYear: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?(?:\\s+de)?\\s+(${alternation})(?!${L})\\.?,?(?:\\s+de)?\\s+(\\d{4})(?!\\d)`, 'iu'),
    /** "June 7, 2020", "Jun. 7 2020". */
    monthDayYear: new RegExp(`(?<!${L})(${alternation})(?!${L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    /** "2020年6月7日", "2020. június 7.", "2020 m. birželio 7 d." (year first with a month name or 年). */
    yearMonthDay: new RegExp(`(?<!\\d)(\\d{4})(?:年|\\.)?\\s*(?:m\\.\\s+)?(${alternation}|\\d{1,2}月)\\s*(\\d{1,2})(?!\\d)`, 'iu'),
  };
  return monthPatterns;
}

/** 07.06.2020, 07/06/2020, 2020-06-07, 2020/06/07. */
const NUMERIC = /(?<![\d.\/-])(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})([./-])(\d{1,2})\5(\d{4}))(?![\d])/;

/** The first date written in a piece of visible text, or null. */
export function findDateInText(text: string, context: DateContext): string | null {
  const candidates: { at: number; date: string | null }[] = [];
  const { months, dayMonthYear, monthDayYear, yearMonthDay } = patterns();
  let m = dayMonthYear.exec(text);
  if (m) candidates.push({ at: m.index, date: checked(+m[3], months.get(m[2].toLowerCase())!, +m[1], context) });
  m = monthDayYear.exec(text);
  if (m) candidates.push({ at: m.index, date: checked(+m[3], months.get(m[1].toLowerCase())!, +m[2], context) });
  m = yearMonthDay.exec(text);
  if (m) candidates.push({ at: m.index, date: checked(+m[1], months.get(m[2].toLowerCase()) ?? parseInt(m[2], 10), +m[3], context) });
  m = NUMERIC.exec(text);
  if (m) candidates.push({ at: m.index, date: numericDate(m, context) });
  const found = candidates.filter((c) => c.date !== null).sort((a, b) => a.at - b.at);
  return found[0]?.date ?? null;
}

function numericDate(m: RegExpExecArray, context: DateContext): string | null {
  if (m[1]) return checked(+m[1], +m[2], +m[3], context);
  const [a, b, year] = [+m[4], +m[6], +m[7]];
  // Dotted dates are day first everywhere; slashed ones are month first in American English.
  const monthFirst = m[5] === '/' && a <= 12 && (b > 12 || /^en(-us)?$/i.test(context.language ?? 'en'));
  return monthFirst ? checked(year, a, b, context) : checked(year, b, a, context);
}

function checked(year: number, month: number, day: number, context: DateContext): string | null {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  const iso = date.toISOString().slice(0, 10);
  return iso > context.latest ? null : iso;
}

/** Month name (long, short; standalone and in a date, which differ in Slavic and Baltic languages) → month number. */
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  const add = (name: string, month: number) => {
    const key = name.toLowerCase().replace(/\.$/, '');
    if (key.length >= 3 && !/\d/.test(key) && !names.has(key)) names.set(key, month);
  };
  for (const locale of LOCALES) {
    const formats = (['long', 'short'] as const).map((style) => ({
      alone: new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }),
      inDate: new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' }),
    }));
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2021, month - 1, 15));
      for (const { alone, inDate } of formats) {
        add(alone.format(date), month);
        for (const part of inDate.formatToParts(date)) if (part.type === 'month') add(part.value, month);
      }
    }
  }
  return names;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
