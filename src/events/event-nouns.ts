import { readDataRows } from '../knowledge/data-files.js';
import type { Words } from './verb-dictionary.js';

export interface EventNoun {
  words: string[];
  cameo: string;
}

let nouns: Map<string, EventNoun[]> | null = null;

/** Event nouns by their last word (data/events/event-nouns.tsv), longest first. */
export function eventNouns(): Map<string, EventNoun[]> {
  if (nouns) return nouns;
  nouns = new Map();
  for (const [noun, cameo] of readDataRows('events/event-nouns.tsv')) {
    const words = noun.split(' ');
    const last = words[words.length - 1];
    nouns.set(last, [...(nouns.get(last) ?? []), { words, cameo }].sort((a, b) => b.words.length - a.words.length));
  }
  return nouns;
}

/** Whether a word is (the last word of) an event noun. */
export function isEventWord(form: string, lemma: string): boolean {
  return eventNouns().has(lemma) || eventNouns().has(form);
}

/** Whether the words ending at token i make an event noun of two or more words ("hunger strike"). */
export function endsCompound(words: Words, i: number): boolean {
  const options = eventNouns().get(words.lemma[i]) ?? eventNouns().get(words.form[i]) ?? [];
  return options.some((o) => o.words.length > 1 && nounAt(words, o.words, i));
}

/** Whether the words ending at token i are `noun`'s. */
export function nounAt(words: Words, noun: string[], i: number): boolean {
  return noun.every((w, k) => words.form[i - noun.length + 1 + k] === w || words.lemma[i - noun.length + 1 + k] === w);
}
