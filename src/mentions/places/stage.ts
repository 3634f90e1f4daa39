import { findCountry } from '../../knowledge/countries.js';
import { findOrganisation } from '../../knowledge/organisations.js';
import type { DocumentModel } from '../../model/document.js';
import type { Entity } from '../../model/schema.js';
import { lookupPlace } from '../../knowledge/gazetteer.js';

/** Words after which a named place is where something happens, not who acts. */
export const LOCATIVE = /^(in|at|near|to|from|into|inside|outside|across|around|toward|towards|through|throughout|via|over|off|within)$/i;

/**
 * Places: named cities and regions, and countries where the text uses them as places ("in
 * Chile", "Lyon, France"), each looked up in the gazetteer with the place named beside it
 * as a hint ("Portland, Maine"). A capital or seat of government used as an actor ("backed by
 * Ankara", "the Elysee said") is left to the actors stage.
 */
export function placesStage(doc: DocumentModel): void {
  const entities = doc.entities.filter((e) => e.type === 'place' || e.type === 'country');
  entities.forEach((entity, i) => {
    const previous = entities[i - 1];
    const next = entities[i + 1];
    const afterPlace = previous && isApposed(doc.text, previous, entity);
    const beforePlace = next && isApposed(doc.text, entity, next);
    const locative = isLocative(doc.text, entity.start);
    if (!locative && !afterPlace && !beforePlace && isActorName(entity)) return;
    const place = lookupPlace(entity.text, beforePlace ? { regionHint: next.text } : {});
    if (!place) return;
    doc.places.push({
      start: entity.start,
      end: entity.end,
      text: entity.text,
      name: place.name,
      country: place.country,
      admin1: place.admin1,
      lat: place.lat,
      lon: place.lon,
      rule: afterPlace ? 'place.apposition' : locative ? 'place.locative' : beforePlace ? 'place.with-region' : 'place.name',
    });
  });
}

/** "Portland, Maine": two places with only a comma between them. */
function isApposed(text: string, a: Entity, b: Entity): boolean {
  return /^\s*,\s*$/.test(text.slice(a.end, b.start));
}

/** Countries, capitals and seats act in news ("Moscow said"); other places do not. */
function isActorName(entity: Entity): boolean {
  if (entity.type === 'country') return true;
  const country = findCountry(entity.text);
  return country?.via === 'seat' || country?.via === 'name' || country?.via === 'alias' || findOrganisation(entity.text)?.via === 'metonym';
}

/** Words of direction or part between a preposition and its place: "in northern Iraq", "in the occupied West Bank". */
export const REGION_WORDS = /^(the|north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower|greater|occupied)$/i;

/** Whether the name at `offset` comes after a preposition of place, past words of direction ("in northern Iraq"). */
function isLocative(text: string, offset: number): boolean {
  const words = text.slice(Math.max(0, offset - 60), offset).split(/\s+/).filter(Boolean);
  let k = words.length - 1;
  while (k > 0 && REGION_WORDS.test(words[k]!)) k--;
  return LOCATIVE.test(words[k] ?? '');
}
