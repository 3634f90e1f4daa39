import { ploverOf } from '../events/plover.js';
import { readDataRows } from '../knowledge/data-files.js';
import { findOrganisations } from '../knowledge/organisations.js';
import { EventStatus, PloverType } from '../model/schema.js';
import type { ActorFilter, ActorRow, EventCriteria, EventFilter, EventPage, EventRow, ParticipantRef, QuoteRow, Store } from '../store/store.js';

/** An event query as users put it: names, codes and countries, resolved here into what the store matches. */
export interface EventQuery extends Omit<EventFilter, 'participants'> {
  /** A name (any part, any case), an organisation's name or acronym, or a CAMEO actor code. */
  actor?: string;
  /** An ISO3 country code: one side of the event stands for it. */
  country?: string;
  /** Two actors or countries that must both take part. */
  dyad?: [string, string];
}

export interface QuoteQuery {
  /** Speaker name (any part) or code. */
  speaker?: string;
  text?: string;
  from?: string;
  to?: string;
  limit: number;
}

const ISO3 = /^[A-Z]{3}$/;

/** A country code is a side; anything else an actor by part of its name or by its codes ("RUSGOV", "OPEC"). */
export function participantRef(who: string): ParticipantRef {
  return ISO3.test(who) ? { side: who } : actorRef(who);
}

function actorRef(who: string): { name: string; codes: string[] } {
  return { name: who, codes: [who.toUpperCase(), ...findOrganisations(who).map((m) => m.organisation.cameo)] };
}

/** What the store matches for a query: names, codes and countries resolved into participants. */
export function eventCriteria<Q extends Omit<EventQuery, 'limit'>>({ actor, country, dyad, ...filter }: Q): Omit<Q, 'actor' | 'country' | 'dyad'> & EventCriteria {
  const participants = [...(actor ? [actor] : []), ...(country ? [country.toUpperCase()] : []), ...(dyad ?? [])].map(participantRef);
  return { ...filter, type: filter.type?.toUpperCase(), participants };
}

export function findEvents(store: Store, query: EventQuery): Promise<EventRow[]> {
  return store.listEvents(eventCriteria(query));
}

/** A page of `findEvents`, with the key to start the next one after. */
export function findEventPage(store: Store, query: EventQuery): Promise<EventPage> {
  return store.pageEvents(eventCriteria(query));
}

export function findQuotes(store: Store, { speaker, ...filter }: QuoteQuery): Promise<QuoteRow[]> {
  return store.listQuotes({ ...filter, speaker: speaker ? actorRef(speaker) : undefined });
}

export function findActors(store: Store, filter: ActorFilter): Promise<ActorRow[]> {
  return store.listActors({ ...filter, country: filter.country?.toUpperCase() });
}

export const PLOVER_TYPES: readonly string[] = PloverType.options;
export const STATUSES: readonly string[] = EventStatus.options;

/** The CAMEO roots that code events (01, public statements, does not). */
const CAMEO_ROOTS = [...new Set(readDataRows('events/cameo-plover.tsv').map(([code]) => code.slice(0, 2)))].sort();

/** A PLOVER type in any case, or an error listing the types. */
export function ploverType(value: string): string {
  const type = value.trim().toUpperCase();
  if (!PLOVER_TYPES.includes(type)) throw new Error(`unknown PLOVER type ${JSON.stringify(value)}: expected one of ${PLOVER_TYPES.join(', ')}`);
  return type;
}

/** A CAMEO event code or prefix an event can have (two to four digits under a root that codes events), or an error listing the roots. */
export function cameoCode(value: string): string {
  const code = value.trim();
  if (!/^\d{2,4}$/.test(code) || !CAMEO_ROOTS.includes(code.slice(0, 2)) || ploverOf(code.padEnd(3, '0')) === null) {
    throw new Error(`unknown CAMEO code ${JSON.stringify(value)}: expected an event code or its prefix under one of the roots ${CAMEO_ROOTS.join(', ')}`);
  }
  return code;
}
