/**
 * Builds data/knowledge/countries.tsv: ISO 3166 names, aliases and capitals from the npm packages
 * countries-list and i18n-iso-countries (both MIT), merged with the hand-written news usage in
 * data/knowledge/countries-news.tsv (demonyms, group nouns, seats of government, CAMEO regions).
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/build-countries.js
 */
import { writeFileSync } from 'node:fs';
import { countries } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import { readDataRows, repoPath } from '../src/knowledge/data-files.js';

/** Phoenix/CAMEO codes that are not the ISO alpha-3 code. */
const CAMEO_CODE: Record<string, string> = { XKX: 'KSV' };
/** ISO alpha-3 codes the packages lack or give otherwise (Kosovo has no official code). */
const ALPHA3: Record<string, string> = { XK: 'XKX' };

const list = (cell: string | undefined) => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
const uniq = (items: string[], drop: string[] = []) =>
  [...new Set(items)].filter((s) => !drop.includes(s));

interface Row { code: string; kind: string; iso2: string; cameo: string; name: string; aliases: string[];
  adjectives: string[]; people: string[]; capital: string; seats: string[] }

const news = new Map(readDataRows('knowledge/countries-news.tsv').map((r) => [r[0]!, r]));
const isoNames = isoCountries.getNames('en', { select: 'all' });
const rows: Row[] = [];

for (const [iso2, info] of Object.entries(countries)) {
  const code = ALPHA3[iso2] ?? isoCountries.alpha2ToAlpha3(iso2);
  if (!code) continue; // Ascension, Tristan da Cunha: no alpha-3 code
  const [, , adjectives, people, aliases, seats] = news.get(code) ?? [];
  const adj = list(adjectives);
  const seatList = list(seats);
  const capitalIsSeat = seatList[0] !== '-';
  rows.push({
    code, kind: 'country', iso2, cameo: CAMEO_CODE[code] ?? code, name: info.name,
    aliases: uniq([...list(aliases), ...(info.alias ?? []), ...(isoNames[iso2] ?? [])], [info.name]),
    adjectives: adj,
    people: people ? list(people) : adj.filter((a) => /(an|i|o)$/.test(a)).map((a) => `${a}s`),
    capital: info.capital,
    seats: uniq([...(capitalIsSeat && info.capital ? [info.capital] : []), ...seatList.filter((s) => s !== '-')]),
  });
}
for (const [code, r] of news) {
  if (r[1]) {
    rows.push({ code, kind: 'region', iso2: '', cameo: code, name: r[1], aliases: list(r[4]),
      adjectives: list(r[2]), people: list(r[3]), capital: '', seats: [] });
  } else if (!rows.some((row) => row.code === code)) {
    throw new Error(`countries-news.tsv: ${code} is not an ISO 3166 country`);
  }
}

// A name that two countries claim in the packages ("Congo") is kept only where news usage gives it.
const owners = new Map<string, Set<string>>();
for (const row of rows) for (const a of row.aliases) owners.set(a, (owners.get(a) ?? new Set()).add(row.code));
for (const row of rows) {
  const own = list(news.get(row.code)?.[4]);
  row.aliases = row.aliases.filter((a) => owners.get(a)!.size === 1 || own.includes(a));
}

const header = `# Countries and CAMEO regions, built by scripts/build-countries.ts; do not edit by hand.
# Sources: countries-list (MIT, https://github.com/annexare/Countries) for names, aliases and
# capitals; i18n-iso-countries (MIT, https://github.com/michaelwittig/node-i18n-iso-countries) for
# ISO alpha-3 codes and English name variants; data/knowledge/countries-news.tsv (Readout, Apache-2.0)
# for demonyms, group nouns, seats of government and the CAMEO international region codes.
# CAMEO country codes are ISO alpha-3 except Kosovo (ISO user-assigned XKX, CAMEO/Phoenix KSV).
# Columns: code, kind (country|region), iso2, cameo, name, aliases, adjectives, people, capital,
# seats (metonyms for the government); lists are "|"-separated.
`;
const body = rows
  .map((r) => [r.code, r.kind, r.iso2 || '-', r.cameo, r.name, r.aliases.join('|'), r.adjectives.join('|'),
    r.people.join('|'), r.capital, r.seats.join('|')].join('\t'))
  .join('\n');
writeFileSync(repoPath('data/knowledge/countries.tsv'), `${header}${body}\n`);
console.log(`${rows.length} rows written to data/knowledge/countries.tsv`);
