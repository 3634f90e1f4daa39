import { readDataRows } from './data-files.js';
import { countryByCode, findCountry } from './countries.js';
import { NameIndex, nameKey, splitList } from './names.js';
import { findOrganisation, organisationById } from './organisations.js';

/** One term of one office, a row of data/knowledge/office-holders.tsv. */
export interface OfficeTerm {
  name: string;
  aliases: string[];
  /** The title as written ("Secretary of State"); `roles` adds alternative titles. */
  role: string;
  roles: string[];
  /** ISO3, or null for an organisation's officer. */
  country: string | null;
  /** Organisation id of organisations.tsv (NATO, EU, UN...), or null. */
  organisation: string | null;
  sector: string;
  cameo: string;
  /** ISO date, or year-month where only the month is known. */
  from: string;
  /** Same precision as `from`; null while in office. */
  to: string | null;
}

type RoleClass = 'spokesperson' | 'foreign minister' | 'defence minister' | 'head of government' | 'head of state' | 'leader';

/** Role words → office classes; the first that fits wins ("Kremlin spokesperson" is no head of state). */
const ROLE_CLASSES: [RoleClass, RegExp][] = [
  ['spokesperson', /\bspokes(person|man|woman)\b|\bpress secretary\b|\bchief cabinet secretary\b/],
  ['foreign minister', /\bforeign (minister|secretary)\b|\bsecretary of state\b|\bexternal affairs minister\b|\btop diplomat\b|\bhigh representative\b|\bforeign affairs minister\b/],
  ['defence minister', /\bdefen[cs]e (minister|secretary|chief)\b|\bsecretary of (defen[cs]e|war)\b|\bwar secretary\b/],
  ['head of government', /\bprime minister\b|\bpremier\b|\bpm\b|\bchancellor\b|\bhead of government\b/],
  ['head of state', /\bpresident\b|\bking\b|\bqueen\b|\bemperor\b|\bmonarch\b|\bhead of state\b|\bchairman\b/],
  ['leader', /\bleader\b/],
];
/** Countries whose "leader" is the head of government rather than the head of state. */
const LED_BY_GOVERNMENT = new Set(['GBR', 'DEU', 'ITA', 'JPN', 'CAN', 'AUS', 'IND', 'ISR', 'HUN', 'ESP', 'NLD', 'POL']);
/** Words of a role phrase that say nothing about which office is meant. */
const FILLER = new Set(['the', 'of', 'and', 'for', 'us', 'u', 's', 'top', 'chief']);

function classify(role: string): RoleClass | null {
  const text = role.toLowerCase();
  return ROLE_CLASSES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

let loaded: { terms: OfficeTerm[]; byName: NameIndex<string> } | null = null;

function load() {
  if (loaded) return loaded;
  const terms: OfficeTerm[] = [];
  const byName = new NameIndex<string>();
  for (const [name, aliases, roles, holder, sector, cameo, from, to] of readDataRows('knowledge/office-holders.tsv')) {
    const roleList = splitList(roles);
    const isCountry = countryByCode(holder!) !== null;
    terms.push({
      name: name!, aliases: splitList(aliases), role: roleList[0]!, roles: roleList,
      country: isCountry ? holder! : null, organisation: isCountry ? null : holder!,
      sector: sector!, cameo: cameo!, from: from!, to: to || null,
    });
    for (const n of [name!, ...splitList(aliases)]) byName.add(n, name!);
  }
  loaded = { terms, byName };
  return loaded;
}

/** Whether a term covers a date; a month-precision end covers the whole month. */
export function termCovers(term: OfficeTerm, date: string): boolean {
  return term.from.slice(0, date.length) <= date && (term.to === null || date.slice(0, term.to.length) <= term.to);
}

/** Days between a date and a term (0 when it covers it), for ranking. */
function distance(term: OfficeTerm, date: string): number {
  if (termCovers(term, date)) return 0;
  const day = Date.parse(date.length === 7 ? `${date}-15` : date);
  const edge = term.to !== null && date > term.to ? term.to : term.from;
  return Math.abs(day - Date.parse(edge.length === 7 ? `${edge}-15` : edge)) / 864e5;
}

/** Newest first among terms that cover the date (the incoming holder on a handover day), then by distance. */
function byDate(terms: OfficeTerm[], date: string | undefined): OfficeTerm[] {
  if (!date) return terms.sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999'));
  return terms.sort((a, b) => distance(a, date) - distance(b, date) || b.from.localeCompare(a.from));
}

/**
 * Terms of the people a name (full name, alias or surname) can mean, those covering `date` (ISO)
 * first. A surname shared by several people ("Johnson") returns them all, the one then in office
 * first; with no date, the latest terms come first.
 */
export function findPersonByName(name: string, date?: string): OfficeTerm[] {
  const { terms, byName } = load();
  const people = new Set(byName.get(name));
  return byDate(terms.filter((t) => people.has(t.name)), date);
}

/** ISO3 or organisation id of a holder given as a code, a name or an adjective ("Russian", "NATO"). */
function holderCode(holder: string): string | null {
  const upper = holder.toUpperCase();
  if (countryByCode(upper) || organisationById(upper)) return upper;
  return findCountry(holder)?.country.code ?? findOrganisation(holder)?.organisation.id ?? null;
}

/**
 * Who held an office on a date: ("president", "USA", "2025-10-21") → Donald Trump;
 * ("foreign minister", "Russian", ...) → Sergey Lavrov. Accepts common variants of the role
 * ("leader", "top diplomat", "premier", "PM", "spokesman", "press secretary") and qualifiers that
 * pick among offices ("Kremlin spokesperson", "Commission president"). Several holders can fit
 * (China has several foreign ministry spokespeople); the best comes first.
 */
export function findOfficeHolders(role: string, holder: string, date: string): OfficeTerm[] {
  const code = holderCode(holder);
  const wanted = classify(role);
  if (!code) return [];
  // The holder can qualify the office too: ("spokesman", "Kremlin") is the Kremlin spokesperson.
  const words = nameKey(`${role} ${holder}`).split(' ').filter((w) => w && !FILLER.has(w));
  const leaderRank = (t: OfficeTerm) => {
    const cls = classify(t.role);
    if (/leader/i.test(t.role)) return 0;
    return (cls === 'head of government') === LED_BY_GOVERNMENT.has(code) ? 1 : 2;
  };
  const fits = (t: OfficeTerm) => {
    const classes = t.roles.map(classify);
    if (wanted === 'leader') return classes.some((c) => c === 'head of state' || c === 'head of government') || /leader/i.test(t.role);
    return wanted ? classes.includes(wanted) : t.roles.some((r) => nameKey(r).includes(nameKey(role)));
  };
  const qualifierScore = (t: OfficeTerm) => {
    const text = nameKey(t.roles.join(' '));
    return words.filter((w) => text.includes(w)).length;
  };
  return load()
    .terms.filter((t) => (t.country ?? t.organisation) === code && termCovers(t, date) && fits(t))
    .sort((a, b) => qualifierScore(b) - qualifierScore(a)
      || (wanted === 'leader' ? leaderRank(a) - leaderRank(b) : 0)
      || b.from.localeCompare(a.from));
}

/** The best single holder of an office on a date, or null. */
export function findOfficeHolder(role: string, holder: string, date: string): OfficeTerm | null {
  return findOfficeHolders(role, holder, date)[0] ?? null;
}
