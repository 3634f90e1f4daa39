import { readFileSync } from 'node:fs';
import { repoPath } from './data-files.js';
import { longestFirst, type DatedCode, type DictionaryEntry, type DictionaryIndex } from './actor-dictionary.js';

/** The Phoenix dictionaries of data/knowledge/phoenix-actors.tsv, in the order their entries were read. */
export const PHOENIX_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt'] as const;

let index: DictionaryIndex | null = null;

/**
 * PETRARCH-2's Phoenix actors and agents (to 2014), each entry citing its file and line. The 42,000
 * rows are only grouped by first word when first used; the entries of a word are made when an
 * article has the word, so that starting a process or thread costs little.
 */
export function phoenixActors(): DictionaryIndex {
  if (index) return index;
  const rows = new Map<string, string[]>();
  for (const row of readFileSync(repoPath('data/knowledge/phoenix-actors.tsv'), 'utf8').split('\n')) {
    if (!row || row.startsWith('#')) continue;
    const tab = row.indexOf('\t');
    const blank = row.indexOf(' ');
    const word = row.slice(0, blank >= 0 && blank < tab ? blank : tab);
    const list = rows.get(word);
    if (list) list.push(row);
    else rows.set(word, [row]);
  }
  const made = new Map<string, DictionaryEntry[]>();
  const byFirstWord = {
    get(word: string): DictionaryEntry[] | undefined {
      let entries = made.get(word);
      if (!entries) {
        const list = rows.get(word);
        if (!list) return undefined;
        made.set(word, (entries = longestFirst(list.map(entryOf))));
      }
      return entries;
    },
  };
  return (index = { byFirstWord, stemsByPrefix: new Map() });
}

function entryOf(row: string): DictionaryEntry {
  const [phrase, codes, at] = row.split('\t');
  const [file, line] = at.split(':');
  return {
    phrase,
    stem: false,
    kind: codes.includes('~') ? 'agent' : 'actor',
    codes: codes.split(';').map(datedCode),
    source: `${PHOENIX_FILES[Number(file)]}:${line} ${phrase.toUpperCase().replace(/ /g, '_')}`,
  };
}

function datedCode(text: string): DatedCode {
  const [code, from, to] = text.split(':');
  return { code, from: from || null, to: to || null };
}
