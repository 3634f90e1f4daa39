import { timeLexicon } from '../lexicon.js';
import type { Context, Direction } from '../readings.js';

/** The words a rule's match is read from: numbers, units, months, directions and modifiers. */

export const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
export const capitalised = (s: string) => /^\p{Lu}/u.test(s);

/** The number a count phrase states: 2 for "two" or "2", 24 for "twenty-four", "X" for "several". */
export function count(phrase: string, half = false): number | 'X' | null {
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

export function unitOf(word: string): string {
  const unit = timeLexicon().units.get(lower(word).replace(/\s+/g, ' '));
  if (!unit) throw new Error(`times: no unit for "${word}"`);
  return unit;
}

export const direction = (word: string | undefined): Direction => {
  const w = lower(word);
  return w === 'last' || w === 'next' || w === 'this' ? w : null;
};
export const edgeMod = (word: string | undefined) => (word ? timeLexicon().edges.get(lower(word)) ?? null : null);
export const monthNumber = (word: string) => timeLexicon().months.get(lower(word).replace(/\.$/, ''))!;
export const dayCode = (word: string | undefined) => (word ? timeLexicon().dayparts.get(lower(word))! : null);
/** How many years "this", "last" or "next" moves. */
export const yearDelta = (word: string) => ({ this: 0, last: -1, next: 1 })[lower(word) as 'this'];

/** Whether a preposition of time ("in", "since", "during", ...) stands right before `at`. */
export function afterTimePreposition(text: string, at: number): boolean {
  return /\b(?:in|since|until|till|by|from|through|throughout|during|before|after|last|this|next|early|late|mid)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

/** "Jan" or "Sept" without a full stop: too often a name or another word to stand alone as a month. */
export function isAbbreviatedWithoutStop(word: string): boolean {
  const lex = timeLexicon();
  const n = lex.months.get(lower(word));
  return n !== undefined && [...lex.months].some(([other, m]) => m === n && other.length > word.length);
}

/** The anchor's year moved by `delta` ("last year's third quarter"), or null without an anchor. */
export function anchorYear(ctx: Context, delta: number): number | null {
  return ctx.anchor ? ctx.anchor.getUTCFullYear() + delta : null;
}
