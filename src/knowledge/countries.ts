import { readDataRows } from './data-files.js';
import { NameIndex, splitList } from './names.js';

/** A country (ISO 3166) or a CAMEO international region such as EUR or MEA. */
export interface Country {
  /** ISO 3166-1 alpha-3, or the CAMEO region code for regions. */
  code: string;
  kind: 'country' | 'region';
  iso2: string | null;
  /** CAMEO/Phoenix country code (ISO alpha-3 except Kosovo: KSV). */
  cameo: string;
  name: string;
  aliases: string[];
  adjectives: string[];
  people: string[];
  capital: string | null;
  seats: string[];
}

/**
 * How a name points at a country. `seat` (a capital or a seat of government: "Moscow", "the
 * Kremlin") may stand for the government; whether it does in a sentence ("in Moscow" is a place)
 * is for the caller to decide, so `cameo` then carries the GOV code the metonym would take.
 */
export interface CountryMatch {
  country: Country;
  via: 'name' | 'alias' | 'adjective' | 'people' | 'seat';
  sector: 'GOV' | null;
  cameo: string;
}

let loaded: { byCode: Map<string, Country>; byName: NameIndex<CountryMatch> } | null = null;

function load() {
  if (loaded) return loaded;
  const byCode = new Map<string, Country>();
  const byName = new NameIndex<CountryMatch>();
  const rows = readDataRows('knowledge/countries.tsv');
  for (const r of rows) {
    const country: Country = {
      code: r[0]!, kind: r[1] === 'region' ? 'region' : 'country', iso2: r[2] === '-' ? null : r[2]!,
      cameo: r[3]!, name: r[4]!, aliases: splitList(r[5]), adjectives: splitList(r[6]),
      people: splitList(r[7]), capital: r[8] || null, seats: splitList(r[9]),
    };
    byCode.set(country.code, country);
  }
  // Names before aliases before demonyms before seats, so the strongest reading comes first.
  const passes: [CountryMatch['via'], (c: Country) => string[]][] = [
    ['name', (c) => [c.name]], ['alias', (c) => c.aliases], ['adjective', (c) => c.adjectives],
    ['people', (c) => c.people], ['seat', (c) => c.seats],
  ];
  for (const [via, names] of passes) {
    for (const country of byCode.values()) {
      const seat = via === 'seat';
      const match: CountryMatch = { country, via, sector: seat ? 'GOV' : null, cameo: seat ? `${country.cameo}GOV` : country.cameo };
      for (const name of names(country)) byName.add(name, match);
    }
  }
  loaded = { byCode, byName };
  return loaded;
}

/** The country or region with this ISO alpha-3 (or CAMEO region) code. */
export function countryByCode(code: string): Country | null {
  return load().byCode.get(code.toUpperCase()) ?? null;
}

/**
 * Every reading of a name, best first: "Russia", "Russian", "Russians", "the Kremlin", "US",
 * "Europe". Names ("Dominican", "Congo") can point at more than one country.
 */
export function findCountries(name: string): CountryMatch[] {
  return load().byName.get(name);
}

/** The best reading of a name, or null. */
export function findCountry(name: string): CountryMatch | null {
  return findCountries(name)[0] ?? null;
}

/** All countries and regions, for callers that build their own matchers. */
export function allCountries(): Country[] {
  return [...load().byCode.values()];
}
