import { readFileSync } from 'node:fs';
import { repoPath } from './data-files.js';
import { indexKey, leadOf, longestFirst, type DatedCode, type DictionaryEntry, type DictionaryIndex } from './actor-dictionary.js';

/** The Phoenix dictionaries of data/knowledge/phoenix-actors.tsv, in the order their entries were read. */
export const PHOENIX_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt'] as const;

let index: DictionaryIndex | null = null;

/**
 * PETRARCH-2's Phoenix actors and agents (to 2014), each entry citing its file and line. The 42,000
 * rows are only grouped by their first words (`indexKey`) when first used; the entries of a key are
 * made when an article has its words, so that starting a process or thread costs little.
 */
export function phoenixActors(): DictionaryIndex {
  if (index) return index;
  // Rows by key until an article has the key's words, then the entries made of them.
  const byKey = new Map<string, string[] | DictionaryEntry[]>();
  const leads = new Set<string>();
  for (const row of readFileSync(repoPath('data/knowledge/phoenix-actors.tsv'), 'utf8').split('\n')) {
    if (!row || row.startsWith('#')) continue;
    const phrase = row.slice(0, row.indexOf('\t'));
    const key = indexKey(phrase);
    const lead = leadOf(phrase);
    if (lead) leads.add(lead);
    const list = byKey.get(key) as string[] | undefined;
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  const made = new Set<string>();
  const byFirstWords = {
    get(key: string): DictionaryEntry[] | undefined {
      const found = byKey.get(key);
      if (!found || made.has(key)) return found as DictionaryEntry[] | undefined;
      const entries = longestFirst((found as string[]).map(entryOf));
      byKey.set(key, entries);
      made.add(key);
      return entries;
    },
  };
  return (index = { byFirstWords, leads, stemsByPrefix: new Map() });
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
