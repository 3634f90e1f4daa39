import type { Actor } from '../model/schema.js';

/**
 * Spellings of one person's name within an article: transliterations ("Yuri"/"Yury Ushakov",
 * "Sissi"/"Sisi") and Arabic particles ("El-Sisi", "al-Sisi", "Sisi"). Names are compared word by
 * word from the surname back; a word of four letters or more may differ by one edit, shorter ones
 * must agree, so "Kim" and "Kin" stay apart.
 */
export function findNameVariant(actors: readonly Actor[], name: string): Actor | undefined {
  const words = nameWords(name);
  if (!words.length) return undefined;
  return actors.find((a) => a.kind === 'person' && sameName(nameWords(a.name), words));
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
