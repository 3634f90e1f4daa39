import type { DocumentModel } from '../model/document.js';
import type { Candidate } from './candidate.js';
import type { EventStatus } from '../model/schema.js';

/** The mentions of one real event, gathered in text order. */
export interface EventGroup {
  mentions: Candidate[];
}

/**
 * Statuses that may describe one event: a plan and its shelving are one event, and so are a plan
 * being set up and its possible time and place; a plan and an event held are kept apart, since a
 * report rarely tells both of one meeting.
 */
const COMPATIBLE: Record<EventStatus, EventStatus[]> = {
  occurred: ['occurred', 'ongoing'],
  ongoing: ['ongoing', 'occurred'],
  planned: ['planned', 'cancelled', 'possible', 'requested', 'intended'],
  cancelled: ['cancelled', 'planned', 'requested', 'intended'],
  possible: ['possible', 'planned', 'requested', 'intended'],
  requested: ['requested', 'planned', 'intended', 'cancelled', 'possible'],
  intended: ['intended', 'planned', 'requested', 'cancelled', 'possible'],
  hypothetical: ['hypothetical'],
  negated: ['negated'],
  denied: ['denied'],
};

/**
 * Within-article de-duplication: each mention joins an earlier event of the same type and medium
 * whose participants contain its own (people by identity; countries, and the people of a country
 * when a mention names only countries: "the Russia-US summit" is the presidents'), or any for "the
 * call" naming no one, with dates that overlap and statuses that can follow each other (a plan and
 * its shelving are one event). Among several, the one told with the same noun ("summit"), then the
 * latest. Events other than meetings and agreements merge only with identical participants. A
 * mention pointing back at nothing is dropped.
 */
export function mergeMentions(doc: DocumentModel, candidates: Candidate[]): EventGroup[] {
  const groups: EventGroup[] = [];
  const countryOf = new Map(doc.actors.map((a) => [a.id, a.country ?? a.id]));
  const personal = new Set(doc.actors.filter((a) => a.kind === 'person' || a.kind === 'anonymous').map((a) => a.id));
  for (const c of candidates) {
    let target: EventGroup | null = null;
    let best = -1;
    groups.forEach((g, i) => {
      if (!g.mentions.every((m) => fits(doc, c, m)) || !g.mentions.some((m) => joins(c, m, countryOf, personal))) return;
      // A dated mention ("the call ... last week") goes to an event dated alike before an undated one.
      const dated = c.time !== null && g.mentions.some((m) => m.time !== null) ? 500 : 0;
      const score = (g.mentions.some((m) => m.entry === c.entry) ? 1000 : 0) + dated + i;
      if (score > best) (best = score), (target = g);
    });
    if (target) (target as EventGroup).mentions.push(c);
    else if (!c.anaphoric) groups.push({ mentions: [c] });
  }
  return groups;
}

/** Nothing in the two mentions contradicts one event: type, medium, status, dates. */
function fits(doc: DocumentModel, a: Candidate, b: Candidate): boolean {
  if (a.coding.type !== b.coding.type) return false;
  // Background ("he last met Putin in April") is never the news event, nor the news its background.
  if (a.background !== b.background) return false;
  if (a.medium !== 'any' && b.medium !== 'any' && a.medium !== b.medium) return false;
  if (!COMPATIBLE[a.status].includes(b.status)) return false;
  return datesOverlap(doc, a.time, b.time);
}

/** The participants say the same event: one set within the other, or none named in an anaphor. */
function joins(a: Candidate, b: Candidate, countryOf: Map<string, string>, personal: Set<string>): boolean {
  const pa = [...a.actors, ...a.recipients];
  const pb = [...b.actors, ...b.recipients];
  if (!pa.length) return a.anaphoric;
  if (!pb.length) return false;
  if (a.coding.type !== 'CONSULT' && a.coding.type !== 'AGREE') return same(a.actors, b.actors) && same(a.recipients, b.recipients);
  const [small, large] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  if (small.every((id) => large.includes(id))) return true;
  // A mention naming only countries ("the Russia-US summit") may join their leaders' event.
  if (pa.some((id) => personal.has(id))) return false;
  const ca = new Set(pa.map((id) => countryOf.get(id)));
  const cb = new Set(pb.map((id) => countryOf.get(id)));
  return ca.size === cb.size && [...ca].every((c) => cb.has(c));
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function datesOverlap(doc: DocumentModel, a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  const ta = doc.times[a];
  const tb = doc.times[b];
  if (!ta.earliest && !ta.latest) return true;
  if (!tb.earliest && !tb.latest) return true;
  const lo = (t: typeof ta) => t.earliest ?? '0000';
  const hi = (t: typeof ta) => t.latest ?? '9999';
  return lo(ta) <= hi(tb) && lo(tb) <= hi(ta);
}
