import type { DocumentModel } from '../model/document.js';
import type { Actor, Entity, Span } from '../model/schema.js';
import type { ActorDictionary, DictionaryIndex } from '../knowledge/actor-dictionary.js';
import type { NominalMention } from '../model/schema.js';
import { countryByCode, findCountry } from '../knowledge/countries.js';
import { findAgent } from '../knowledge/agents.js';
import { findOfficeHolder, findPersonByName, type OfficeTerm } from '../knowledge/office-holders.js';
import { findOrganisation } from '../knowledge/organisations.js';
import { phoenixActors } from '../knowledge/phoenix-actors.js';
import { findPhoenixPeople } from '../knowledge/phoenix-people.js';
import { readTitleWord } from '../knowledge/title-words.js';
import { partitionPoint } from '../model/sorted-search.js';
import { countryFromApposition } from './apposition.js';
import { AnonymousSources, TitleHolders } from './lookups.js';
import { NameVariants } from './name-variants.js';
import { ActorRegistry, addMention, cameoCode } from './registry.js';
import { findDictionaryActors, type DictionaryMatch } from './dictionary-matches.js';

/** What the user may add to the actors stage: actor dictionaries given at run time (`--actors`). */
export interface ActorsOptions {
  actors?: ActorDictionary;
}

/**
 * Actors: one per real-world referent, with all its mentions. Named people are resolved against
 * the office holders of the publication date (then the Phoenix dictionaries), surnames to the full
 * name met earlier, role phrases ("the US president") to the office holder or to a person of that
 * title in the article, capitals and seats used as actors ("the Elysee", "backed by Ankara") to their
 * government, and every anonymous source to an actor of its own ("the source" to the last one).
 */
export function actorsStage(doc: DocumentModel, options: ActorsOptions = {}): void {
  const registry = new ActorRegistry();
  const date = doc.article.published ?? undefined;
  // The user's dictionaries first: their names are actors whatever the name tagger made of them.
  const coded = options.actors ? userDictionaryActors(doc, registry, options.actors) : null;
  // A city named as a place is no actor; a country is both ("sanctions on Iran", "fighting in Iran"),
  // unless it only locates the place before it ("Lyon, France").
  const countries = new Set(doc.entities.filter((e) => e.type === 'country').map((e) => `${e.start}:${e.end}`));
  const isPlace = new Set(doc.places.filter((p) => p.rule === 'place.apposition' || !countries.has(`${p.start}:${p.end}`)).map((p) => `${p.start}:${p.end}`));
  const people = doc.entities.filter((e) => e.type === 'person' && e.rule !== DICTIONARY_RULE);
  const variants = new NameVariants(registry.actors);
  // Full names first, so that a surname met before its full name still finds it (the sort is
  // stable; each name's words are counted once, not at every comparison).
  const longestFirst = people.map((entity) => ({ entity, words: wordCount(entity.text) })).sort((a, b) => b.words - a.words);
  for (const { entity } of longestFirst) {
    const pair = compoundPair(registry, entity);
    if (pair) pair.forEach((actor) => addMention(actor, entity));
    else entity.actor = resolvePerson(registry, variants, entity, date).id;
  }
  const personById = new Map(registry.actors.map((a) => [a.id, a]));
  for (const entity of people) {
    const actor = entity.actor ? personById.get(entity.actor) : undefined;
    if (actor) countryFromApposition(doc, entity, actor);
  }
  for (const entity of doc.entities) {
    if (entity.type === 'person' || entity.rule === DICTIONARY_RULE || isPlace.has(`${entity.start}:${entity.end}`)) continue;
    entity.actor = resolveNonPerson(registry, entity)?.id ?? null;
  }
  const home = homeCountry(registry.actors);
  const anonymous = new AnonymousSources();
  const titles = new TitleHolders(registry.actors);
  for (const nominal of doc.nominals) {
    if (coded?.(nominal)) continue;
    const actor = resolveNominal(registry, nominal, date, home, anonymous, titles);
    // "Israeli" in "Israeli soldiers" points at the soldiers.
    if (!actor) continue;
    for (let i = partitionPoint(doc.entities.length, (k) => doc.entities[k].start < nominal.start); i < doc.entities.length && doc.entities[i].start < nominal.end; i++) {
      const e = doc.entities[i];
      if (e.actor === null && e.end <= nominal.end) e.actor = actor.id;
    }
  }
  // Events (issue 16): a demonym no group took ("Iraqi towns", "German goods") stands for its country.
  // Not one in a person's title ("Chilean President X"): the person stands for it.
  const inTitle = new Set<number>();
  for (const t of people.flatMap((p) => (p.title ? [p.title] : []))) {
    for (let i = partitionPoint(doc.entities.length, (k) => doc.entities[k].start < t.start); i < doc.entities.length && doc.entities[i].start < t.end; i++) {
      if (doc.entities[i].end <= t.end) inTitle.add(i);
    }
  }
  for (const [i, entity] of doc.entities.entries()) {
    if (entity.actor !== null || isPlace.has(`${entity.start}:${entity.end}`) || inTitle.has(i)) continue;
    entity.actor = demonymCountry(registry, entity)?.id ?? null;
  }
  doc.actors = phoenixFallback(doc, registry, phoenixActors(), isPlace);
}

const DICTIONARY_RULE = 'actor.dictionary';
const FALLBACK_RULE = 'actor.phoenix';
/** Longer mentions than this are not looked for before a span (a name or a noun phrase is shorter). */
const LONGEST_MENTION = 400;

/** The spans of `list` (sorted by start) that overlap `span`. */
function overlapping<T extends Span>(list: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = partitionPoint(list.length, (k) => list[k].start < span.end) - 1; i >= 0 && list[i].start > span.start - LONGEST_MENTION; i--) {
    if (list[i].end > span.start) out.push(list[i]);
  }
  return out.reverse();
}

/**
 * Last resort: names left without a country above, coded from PETRARCH-2's Phoenix dictionaries
 * (data/knowledge/phoenix-actors.tsv; rule `actor.phoenix`, entry: file, line and name), such as
 * misspellings ("Ethopia"), regions with an agent ("Darfur rebels"), companies ("Boeing": MNCUSA)
 * and people the name tagger missed. A match is left alone where it overlaps an actor with a
 * country, a place (a city named as a place is no actor) or a longer name ("Georgia" in "Georgia
 * State University", "China" in "South China Sea"); the uncoded mentions it overlaps give way to
 * it. Returns the actors that keep a mention.
 */
function phoenixFallback(doc: DocumentModel, registry: ActorRegistry, dictionary: DictionaryIndex, isPlace: Set<string>): Actor[] {
  // The dictionaries ignore case; here a name must have a capital ("us" is not the US).
  const matches = findDictionaryActors(doc, dictionary).filter((m) => m.codes.length && /\p{Lu}/u.test(doc.text.slice(m.start, m.end)));
  if (!matches.length) return registry.actors;
  const mentions = registry.actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor }))).sort((a, b) => a.start - b.start);
  const removed = new Set<Entity>();
  const added: Entity[] = [];
  for (const m of matches) {
    const over = overlapping(mentions, m);
    if (over.some((o) => o.actor.country !== null || o.actor.cameo !== null)) continue;
    const entities = overlapping(doc.entities, m).filter((e) => !removed.has(e));
    if (entities.some((e) => isPlace.has(`${e.start}:${e.end}`))) continue;
    if (entities.some((e) => e.type !== 'group' && e.type !== 'country' && (e.start < m.start || e.end > m.end + 1))) continue;
    // A surname alone is a person's more often than the place's of that name ("Murray").
    if (entities.some((e) => e.type === 'person') && !/\s/.test(doc.text.slice(m.start, m.end).trim())) continue;
    for (const o of over) o.actor.mentions = o.actor.mentions.filter((x) => x.end <= m.start || x.start >= m.end);
    for (const e of entities) removed.add(e);
    added.push(dictionaryEntity(doc, registry, m, entities[0], FALLBACK_RULE));
  }
  if (added.length) doc.entities = [...doc.entities.filter((e) => !removed.has(e)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set(registry.actors.filter((a) => !a.mentions.length).map((a) => a.id));
  if (!dropped.size) return registry.actors;
  for (const e of doc.entities) if (e.actor && dropped.has(e.actor)) e.actor = null;
  return registry.actors.filter((a) => !dropped.has(a.id));
}

/**
 * The names of the user's actor dictionaries as entities (rule `actor.dictionary`, entry: the file,
 * line and name) and actors of their codes, one actor per code in the article. An entity of the name
 * tagger they overlap gives way to them; returns whether a span overlaps one of them, so that no
 * other reading of those words is made.
 */
function userDictionaryActors(doc: DocumentModel, registry: ActorRegistry, dictionary: ActorDictionary): (span: Span) => boolean {
  const matches = findDictionaryActors(doc, dictionary);
  if (!matches.length) return () => false;
  const overlaps = (s: Span) => {
    const k = partitionPoint(matches.length, (i) => matches[i].end <= s.start);
    return k < matches.length && matches[k].start < s.end;
  };
  const replaced = new Map<number, Entity>();
  const kept: Entity[] = [];
  for (const e of doc.entities) {
    if (!overlaps(e)) kept.push(e);
    else for (const m of matches) if (m.start < e.end && e.start < m.end && !replaced.has(m.start)) replaced.set(m.start, e);
  }
  for (const m of matches) {
    // A null code ("---") is no actor: the words are left alone.
    if (!m.codes.length) continue;
    kept.push(dictionaryEntity(doc, registry, m, replaced.get(m.start), DICTIONARY_RULE));
  }
  doc.entities = kept.sort((a, b) => a.start - b.start || b.end - a.end);
  return overlaps;
}

/**
 * The entity of a dictionary match, typed as the name tagger's entity it replaces (else a country
 * for a bare country code, an organisation otherwise), and its actors, one per code in the article:
 * "USAMIL" is the US, sector MIL.
 */
function dictionaryEntity(doc: DocumentModel, registry: ActorRegistry, m: DictionaryMatch, replaced: Entity | undefined, rule: string): Entity {
  const text = doc.text.slice(m.start, m.end);
  const type = replaced?.type ?? (m.codes[0].length === 3 ? 'country' : 'organisation');
  const actors = m.codes.map((code) => registry.get(`dictionary:${code}`, m, () => {
    const country = countryByCode(code.slice(0, 3)) ? code.slice(0, 3) : null;
    return { kind: type === 'place' ? 'country' : type, name: text, title: null, country, sector: (country && code.slice(3, 6)) || null, cameo: code };
  }));
  return { start: m.start, end: m.end, text, type, actor: actors[0].id, rule, entry: m.entry };
}

/**
 * "Smith-Jones talks": two people already met, joined by a hyphen, are a mention of each, not a
 * third person (the entity keeps no single actor).
 */
function compoundPair(registry: ActorRegistry, entity: Entity): Actor[] | null {
  const parts = personName(entity).split('-');
  if (parts.length !== 2) return null;
  const actors = parts.map((p) => registry.find(`surname:${p.toLowerCase()}`) ?? registry.find(`person:${p.toLowerCase()}`));
  return actors.every((a): a is Actor => a !== undefined) ? actors : null;
}

function wordCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

/** The name without a possessive, and without title words a name tagger may have left on it. */
function personName(entity: Entity): string {
  const words = entity.text.replace(/[’']s$/, '').trim().split(/\s+/);
  const isTitleWord = (w: string) => /^\p{Lu}/u.test(w) && ['role', 'modifier'].includes(readTitleWord(w, 'NN')?.kind ?? '');
  while (words.length > 1 && isTitleWord(words[0])) words.shift();
  return words.join(' ');
}

function resolvePerson(registry: ActorRegistry, variants: NameVariants, entity: Entity, date: string | undefined): Actor {
  const name = personName(entity);
  const key = `person:${name.toLowerCase()}`;
  // Events (issue 16): a spelling variant of a person met earlier ("Yury"/"Yuri", "El-Sisi"/"Sisi") is that person.
  const known = registry.find(key) ?? (wordCount(name) === 1 ? registry.find(`surname:${name.toLowerCase()}`) : undefined) ?? variants.find(name);
  if (known) {
    addMention(known, entity);
    if (!known.title && entity.title) known.title = entity.title.text;
    return known;
  }
  const term = pickTerm(findPersonByName(name, date), entity, date);
  const actor = registry.get(term ? `person:${term.name.toLowerCase()}` : key, entity, () => describePerson(name, entity, term, date));
  registry.alias(key, actor);
  const words = actor.name.split(/\s+/);
  if (words.length > 1) registry.alias(`surname:${words[words.length - 1].toLowerCase()}`, actor);
  return actor;
}

/** The office term that fits the mention: one covering the date, agreeing with the title's country. */
function pickTerm(terms: OfficeTerm[], entity: Entity, date: string | undefined): OfficeTerm | null {
  const country = entity.title?.country;
  const fitting = terms.filter((t) => !country || t.country === country);
  const term = fitting[0] ?? null;
  // A single surname matches too many people out of office: only take a term that covers the date.
  if (term && date && wordCount(personName(entity)) === 1 && !(term.from <= date && (!term.to || date <= term.to))) return null;
  return term;
}

function describePerson(name: string, entity: Entity, term: OfficeTerm | null, date: string | undefined): Omit<Actor, 'id' | 'mentions'> {
  if (term) {
    return {
      // The office is the title; a parsed one may be relational ("his counterpart").
      kind: 'person', name: term.name, title: term.role,
      country: term.country, sector: term.sector, cameo: term.cameo,
    };
  }
  const title = entity.title;
  const phoenix = findPhoenixPeople(name, date).find((p) => p.code);
  const code = phoenix?.code ?? null;
  const country = title?.country ?? (code && countryByCode(code.slice(0, 3)) ? code.slice(0, 3) : null);
  const sector = title?.sector ?? (code && code.length > 3 ? code.slice(3, 6) : null);
  return { kind: 'person', name: phoenix?.person.name ?? name, title: title?.text ?? null, country, sector, cameo: cameoCode(country, sector) };
}

/** Countries, groups, organisations and seats of government used as actors. */
function resolveNonPerson(registry: ActorRegistry, entity: Entity): Actor | null {
  const name = entity.text.replace(/[’']s$/, '').trim();
  const country = findCountry(name);
  if (country?.via === 'seat') return government(registry, country.country.code, entity);
  if (country && (entity.type === 'country' || country.via === 'name' || country.via === 'alias')) {
    const c = country.country;
    return registry.get(`country:${c.code}`, entity, () => ({ kind: 'country', name: c.name, title: null, country: c.code, sector: null, cameo: c.cameo }));
  }
  if (country?.via === 'people') {
    const c = country.country;
    return registry.get(`group:${c.code}`, entity, () => ({ kind: 'group', name: name, title: null, country: c.code, sector: null, cameo: c.cameo }));
  }
  const organisation = findOrganisation(name);
  if (organisation) {
    const o = organisation.organisation;
    return registry.get(`org:${o.id}`, entity, () => ({ kind: 'organisation', name: o.name, title: null, country: null, sector: o.sector, cameo: o.cameo }));
  }
  if (entity.type !== 'organisation') return null;
  const words = name.split(/\s+/);
  // "US State Department": a country's word before one of its seats of government.
  const seat = words.length > 1 ? findCountry(words.slice(1).join(' ')) : null;
  if (seat?.via === 'seat' && findCountry(words[0])?.country.code === seat.country.code) return government(registry, seat.country.code, entity);
  // An organisation outside the knowledge: country and sector from the words of its name; a compass
  // word names no country ("West" in "West Darfur State" is not the West).
  const home = words.map((w) => findCountry(w)).find((m) => m && m.via !== 'seat' && m.country.kind !== 'region')?.country.code ?? null;
  const sector = words.map((w) => findAgent(w)?.sector).findLast((s) => s) ?? null;
  return registry.get(`org:${name.toLowerCase()}`, entity, () => ({ kind: 'organisation', name, title: null, country: home, sector, cameo: cameoCode(home, sector) }));
}

function government(registry: ActorRegistry, code: string, mention: { start: number; end: number }): Actor {
  const country = countryByCode(code)!;
  return registry.get(`government:${code}`, mention, () => ({
    kind: 'organisation', name: `${country.name} government`, title: null, country: code, sector: 'GOV', cameo: `${country.cameo}GOV`,
  }));
}

/**
 * The country whose government an unqualified "administration" or "official" most likely serves:
 * that of the government person the article names most often.
 */
function homeCountry(actors: Actor[]): string | null {
  const officials = actors.filter((a) => a.kind === 'person' && a.sector === 'GOV' && a.country);
  officials.sort((a, b) => b.mentions.length - a.mentions.length);
  return officials[0]?.country ?? null;
}

function resolveNominal(
  registry: ActorRegistry,
  nominal: NominalMention,
  date: string | undefined,
  home: string | null,
  anonymous: AnonymousSources,
  titles: TitleHolders,
): Actor | null {
  if (nominal.kind === 'role') return resolveRole(registry, nominal, date, home, titles);
  if (nominal.definite) {
    if (nominal.plural) return null;
    const previous = anonymous.previous(nominal.head, nominal.modifiers);
    if (previous) return addMention(previous.actor, nominal);
    // "the spokesperson" after "Kremlin spokesperson Ivan Petrov" is that person.
    const titled = titles.before(nominal.head, nominal.start);
    if (titled) return addMention(titled, nominal);
  }
  const governmentWords = /\b(administration|white house|government)\b/.test(nominal.modifiers);
  const country = nominal.country ?? (governmentWords ? home : null);
  const sector = nominal.sector;
  const actor = registry.get(`anonymous:${nominal.start}`, nominal, () => ({
    kind: 'anonymous', name: nominal.text, title: null, country, sector, cameo: cameoCode(country, sector),
  }));
  anonymous.add({ actor, head: nominal.head, plural: nominal.plural, modifiers: nominal.modifiers });
  return actor;
}

/**
 * "the US president" → the office holder of the date, or the person of that title in the article;
 * "the administration" → the home government; "Israeli soldiers", "the Turkish army" → a group
 * with country and sector.
 */
function resolveRole(registry: ActorRegistry, nominal: NominalMention, date: string | undefined, home: string | null, titles: TitleHolders): Actor | null {
  if (nominal.head === 'administration' || nominal.head === 'government') {
    const code = nominal.country ?? home;
    return code ? government(registry, code, nominal) : null;
  }
  const code = nominal.country ?? nominal.organisation;
  // "a French minister" is someone of that country, not its office holder (events: agent mentions).
  if (!nominal.plural && nominal.rule !== 'nominal.role-indefinite') {
    const titled = titles.before(nominal.head, nominal.start, (a) => !nominal.country || a.country === nominal.country);
    if (titled && !nominal.country) return addMention(titled, nominal);
    const term = code && date ? findOfficeHolder(`${nominal.modifiers} ${nominal.head}`.trim(), code, date) : null;
    if (term) {
      return registry.get(`person:${term.name.toLowerCase()}`, nominal, () => ({ kind: 'person', name: term.name, title: term.role, country: term.country, sector: term.sector, cameo: term.cameo }));
    }
    if (titled) return addMention(titled, nominal);
  }
  if (!nominal.country) return null;
  const { country, sector } = nominal;
  return registry.get(`group:${country}:${sector ?? ''}`, nominal, () => ({ kind: 'group', name: nominal.text.replace(/^the\s+/i, ''), title: null, country, sector, cameo: cameoCode(country, sector) }));
}

/** The country of a demonym ("Iraqi", "Danish"), as the actor of that country. */
function demonymCountry(registry: ActorRegistry, entity: Entity): Actor | null {
  const match = findCountry(entity.text.trim());
  if (match?.via !== 'adjective') return null;
  const c = match.country;
  return registry.get(`country:${c.code}`, entity, () => ({ kind: 'country', name: c.name, title: null, country: c.code, sector: null, cameo: c.cameo }));
}
