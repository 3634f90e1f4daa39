import { readDataRows } from '../../knowledge/data-files.js';
import type { HolidayRule } from './calendar.js';

/** The word lists of the times layer (data/mentions/times/*.tsv), loaded once and compiled into alternations. */
export interface TimeLexicon {
  numbers: Map<string, string>;
  units: Map<string, string>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  seasons: Map<string, string>;
  dayparts: Map<string, string>;
  ordinals: Map<string, number>;
  /** Calendar names that are also ordinary words or names ("May", "fall"). */
  ambiguous: Set<string>;
  references: Map<string, { type: string; value: string }>;
  holidays: Map<string, HolidayRule>;
  futureCues: string[][];
  speechLemmas: Set<string>;
  planLemmas: Set<string>;
  /** Duration modifiers ("more than") and period edges ("early") with their TIMEX3 mod. */
  mods: Map<string, string>;
  edges: Map<string, string>;
  /** Regular-expression alternations, longest first. */
  re: { cardinal: string; number: string; unit: string; month: string; weekday: string; season: string; daypart: string; ordinal: string; reference: string; holiday: string; mod: string; edge: string };
}

let cached: TimeLexicon | null = null;

export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const numbers = new Map(readDataRows('mentions/times/numbers.tsv').map(([w, v]) => [w, v] as [string, string]));
  const units = new Map<string, string>();
  for (const [w, u] of readDataRows('mentions/times/units.tsv')) {
    units.set(w, u);
    units.set(w === 'century' ? 'centuries' : `${w}s`, u);
  }
  const calendar = readDataRows('mentions/times/calendar.tsv');
  const of = (kind: string) => calendar.filter(([k]) => k === kind).map(([, w, v]) => [w, v] as [string, string]);
  const references = new Map(readDataRows('mentions/times/references.tsv').map(([p, type, value]) => [p, { type, value }] as const));
  const cues = readDataRows('mentions/times/cues.tsv');
  const holidays = new Map(
    readDataRows('mentions/times/holidays.tsv').map(([name, month, day]) => {
      const nth = /^(\d)x(\d)$/.exec(day);
      return [name, nth ? { month: Number(month), nth: Number(nth[1]), weekday: Number(nth[2]) } : { month: Number(month), day: Number(day) }] as const;
    }),
  );
  const months = new Map(of('month').map(([w, v]) => [w, Number(v)]));
  const weekdays = new Map(of('weekday').map(([w, v]) => [w, Number(v)]));
  const seasons = new Map(of('season'));
  const dayparts = new Map(of('daypart'));
  const ordinals = new Map(of('ordinal').map(([w, v]) => [w, Number(v)]));
  cached = {
    numbers, units, months, weekdays, seasons, dayparts, ordinals, references, holidays,
    ambiguous: new Set(of('ambiguous').map(([w]) => w)),
    futureCues: cues.filter(([k]) => k === 'future').map(([, p]) => p.split(' ')),
    speechLemmas: new Set(cues.filter(([k]) => k === 'speech').map(([, p]) => p)),
    planLemmas: new Set(cues.filter(([k]) => k === 'plan').map(([, p]) => p)),
    mods: new Map(cues.filter(([k]) => k === 'mod').map(([, p, m]) => [p, m])),
    edges: new Map(cues.filter(([k]) => k === 'edge').map(([, p, m]) => [p, m])),
    re: {
      cardinal: alternation([...numbers].filter(([w, v]) => Number.isInteger(Number(v)) && !w.startsWith('a') && !w.includes(' ')).map(([w]) => w)),
      number: alternation([...numbers.keys()]),
      unit: alternation([...units.keys()]),
      // Abbreviations ("Jan", "Sept") may take a full stop; full names ("May", "June") never do.
      month: alternation([...months.keys()].map((m) => (isAbbreviation(m, months) ? `${m}\\.?` : m))),
      weekday: alternation([...weekdays.keys()]),
      season: alternation([...seasons.keys()]),
      daypart: alternation([...dayparts.keys()]),
      ordinal: alternation([...ordinals.keys()]),
      reference: alternation([...references.keys()]),
      holiday: alternation([...holidays.keys()]),
      mod: alternation(cues.filter(([k]) => k === 'mod').map(([, p]) => p)),
      edge: alternation(cues.filter(([k]) => k === 'edge').map(([, p]) => p)),
    },
  };
  return cached;
}

/** A month word that is a shortening of a longer name of the same month. */
function isAbbreviation(word: string, months: Map<string, number>): boolean {
  return [...months].some(([other, n]) => n === months.get(word) && other.length > word.length && other.startsWith(word));
}

/** A regular-expression alternation of phrases, longest first so that the longest one matches. */
function alternation(phrases: string[]): string {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+')).join('|')})`;
}
