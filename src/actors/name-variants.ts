import type { Actor } from '../model/schema.js';

/**
 * Spellings of one person's name within an article: transliterations ("Yuri"/"Yury Ushakov",
 * "Sissi"/"Sisi") and Arabic particles ("El-Sisi", "al-Sisi", "Sisi"). Names are compared word by
 * word from the surname back; a word of four letters or more may differ by one edit, shorter ones
 * must agree, so "Kim" and "Kin" stay apart.
 */
export class NameVariants {
  /** Word lists of the people indexed so far, by their position in `actors`. */
  private readonly words: string[][] = [];
  /** Positions of people by each key of their surname (see `surnameKeys`). */
  private readonly bySurname = new Map<string, number[]>();
  private indexed = 0;

  /** `actors` may grow between lookups (the registry's list); new people are indexed on the next one. */
  constructor(private readonly actors: readonly Actor[]) {}

  /** The first person whose name is a variant of `name`. */
  find(name: string): Actor | undefined {
    this.catchUp();
    const words = nameWords(name);
    if (!words.length) return undefined;
    let first = -1;
    for (const key of surnameKeys(words[words.length - 1])) {
      for (const i of this.bySurname.get(key) ?? []) if ((first < 0 || i < first) && sameName(this.words[i], words)) first = i;
    }
    return first < 0 ? undefined : this.actors[first];
  }

  private catchUp(): void {
    for (; this.indexed < this.actors.length; this.indexed++) {
      const actor = this.actors[this.indexed];
      if (actor.kind !== 'person') continue;
      const words = nameWords(actor.name);
      this.words[this.indexed] = words;
      if (!words.length) continue;
      for (const key of surnameKeys(words[words.length - 1])) {
        const list = this.bySurname.get(key);
        if (list) list.push(this.indexed);
        else this.bySurname.set(key, [this.indexed]);
      }
    }
  }
}

/**
 * Keys under which two surnames that `alike` accepts always meet: the word itself and, if it may
 * differ by an edit (four letters or more), the word with each one letter deleted. One substitution
 * leaves both words with a common deletion; one insertion leaves the shorter one among the longer's.
 * A lookup thus reads a handful of people instead of every person in a long article.
 */
function surnameKeys(word: string): string[] {
  const keys = [word];
  if (word.length >= 4) for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

const PARTICLE = /^(el|al|ad|ar|as|ash|an|ad-|bin|ibn)-/;

function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/[’']s$/, '').split(/\s+/).filter(Boolean).map((w) => w.replace(PARTICLE, '').replace(/-/g, ''));
}

/** The shorter name's words match the longer name's last words (surname first), each word alike. */
function sameName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.join(' ') === long.join(' ')) return false; // exact matches are the registry's, not a variant
  for (let i = 1; i <= short.length; i++) if (!alike(short[short.length - i], long[long.length - i])) return false;
  return true;
}

function alike(x: string, y: string): boolean {
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 4 && withinOneEdit(x, y);
}

function withinOneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) (i++, j++);
    else {
      if (++edits > 1) return false;
      if (x.length > y.length) i++;
      else if (y.length > x.length) j++;
      else (i++, j++);
    }
  }
  return edits + (x.length - i) + (y.length - j) <= 1;
}
