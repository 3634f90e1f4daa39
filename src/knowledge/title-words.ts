import { readDataRows } from './data-files.js';
import { findAgent } from './agents.js';
import { findCountry, type CountryMatch } from './countries.js';
import { findOrganisation, type Organisation } from './organisations.js';

/** What one word (or a few) of a title or role phrase contributes. */
export type TitleWord =
  | { kind: 'role'; noun: string; sector: string | null }
  | { kind: 'modifier' }
  | { kind: 'country'; match: CountryMatch }
  | { kind: 'organisation'; organisation: Organisation };

let words: Map<string, TitleWord> | null = null;

function titleWords(): Map<string, TitleWord> {
  words ??= new Map(
    readDataRows('knowledge/title-words.tsv').map(([word, kind, sector]) => [
      word,
      kind === 'role' ? { kind: 'role', noun: word, sector: sector || null } : { kind: 'modifier' },
    ]),
  );
  return words;
}

/**
 * Reads a word or short phrase as part of a title: a role noun ("president", "spokesperson"), a
 * modifier ("foreign", "deputy", "of"), a country ("Russian", "US", "the Kremlin") or an
 * organisation ("NATO", "State Department"). Agent nouns only count in the singular or plural of a
 * person, never as verbs or adjectives: `xpos` must be a noun tag.
 */
export function readTitleWord(phrase: string, xpos: string): TitleWord | null {
  const lower = phrase.toLowerCase();
  const listed = titleWords().get(lower);
  if (listed) return listed;
  const country = /^(NNP|NNPS|JJ|NN)$/.test(xpos) || phrase.includes(' ') ? findCountry(phrase) : null;
  if (country && /^\p{Lu}/u.test(phrase)) return { kind: 'country', match: country };
  const organisation = /^\p{Lu}/u.test(phrase) ? findOrganisation(phrase) : null;
  if (organisation) return { kind: 'organisation', organisation: organisation.organisation };
  if (/^NN/.test(xpos)) {
    const agent = findAgent(lower);
    if (agent && agent.sector !== 'CVL') return { kind: 'role', noun: agent.noun, sector: agent.sector };
  }
  return null;
}
