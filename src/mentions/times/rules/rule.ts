import { timeLexicon } from '../lexicon.js';
import type { Context, Reading } from '../readings.js';

/** What a rule may ask about the words around a match: the PTB tag of the token at an offset. */
export type TagAt = (offset: number) => string | null;

/** How a match is read: its meaning in a context (publication or speech time, tense, last period named). */
export type Reader = (ctx: Context) => Reading | null;

/**
 * One time rule: a pattern and what a match of it means. Rules are listed in order in
 * configuration.ts; every time found carries the name of the rule that found it.
 */
export interface TimeRule {
  rule: string;
  /** A regular expression source; {NUM}, {MONTH}, {UNIT}, ... stand for the lexicon's words (see `compilePattern`). */
  pattern: string;
  /**
   * A quick test that every sentence with a match of `pattern` passes (a word or character the
   * pattern requires): rules whose trigger fails on a sentence are not run on it. A string is a
   * lexicon placeholder the pattern requires ("{SEASON}"), compiled by `compileTrigger`: testing the
   * bare alternation is several times cheaper than running the whole pattern on a sentence without it.
   */
  trigger?: RegExp | string;
  /** The reader of a match (its offsets are in the whole text), or null to reject the match. */
  extract: (m: RegExpExecArray, tagAt: TagAt) => Reader | null;
}

/** Triggers of several rules, tested once per sentence. */
export const DIGIT = /\d/;
export const YEAR_WORD = /year/iu;

const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
/** Word boundaries that know letters beyond ASCII. */
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

/** A rule's pattern with the lexicon's alternations (data/mentions/times) put in for its placeholders. */
export function compilePattern(source: string): RegExp {
  return new RegExp(expand(source), 'giu');
}

/** A rule's trigger as a RegExp; a string trigger is expanded as patterns are, with the same case and Unicode rules. */
export function compileTrigger(trigger: RegExp | string): RegExp {
  return typeof trigger === 'string' ? new RegExp(expand(trigger), 'iu') : trigger;
}

function expand(source: string): string {
  const lex = timeLexicon();
  return source
    .replace(/\{NUM\}/g, `(?:\\d+(?:\\.\\d+)?|${lex.re.cardinal}(?:[- ]${lex.re.cardinal})*|${lex.re.number})`)
    .replace(/\{UNIT\}/g, lex.re.unit).replace(/\{MONTH\}/g, lex.re.month).replace(/\{WEEKDAY\}/g, lex.re.weekday)
    .replace(/\{SEASON\}/g, lex.re.season).replace(/\{DAYPART\}/g, lex.re.daypart).replace(/\{ORD\}/g, lex.re.ordinal)
    .replace(/\{REF\}/g, lex.re.reference).replace(/\{HOLIDAY\}/g, lex.re.holiday).replace(/\{MOD\}/g, lex.re.mod).replace(/\{EDGE\}/g, lex.re.edge)
    .replace(/\{YEAR\}/g, YEAR).replace(/\{B\}/g, B).replace(/\{E\}/g, E);
}
