import type { Event, Readout } from '../model/schema.js';
import { sideKey } from './actor-keys.js';
import { intersect, reachOf, reportWindow, windowDays, type Window } from './event-window.js';
import type { MergeReason } from './store.js';

/**
 * How reports of one event are told apart from reports of another, and how an event is derived
 * from its reports: the decisions, apart from any backend. Each adapter fetches candidates and
 * reports its own way and hands them here, so every store merges alike.
 */

/** One participant of a report or a stored event: the store's actor id, its role and side key. */
export interface Participant {
  actor: number;
  role: 'actor' | 'recipient';
  side: string;
}

/** What one article says about one event, as far as merging needs it. */
export interface Report {
  /** The article version reporting it: an article's own events are distinct by the time they reach the store. */
  article: number;
  type: string;
  cameo: string | null;
  status: string;
  /** PLOVER mode ("phone", "visit"): a phone call and a visit are two events. */
  mode: string | null;
  reciprocal: boolean;
  participants: Participant[];
  window: Window | null;
  /** Whether the window comes from a date in the text, not from the publication date. */
  dated: boolean;
  place: number | null;
}

/** A stored event that may be the one a report is about. */
export interface Candidate {
  id: number;
  cameo: string | null;
  mode: string | null;
  earliest: string | null;
  latest: string | null;
  window_start: string;
  window_end: string;
  place: number | null;
  reciprocal: number;
}

/** A stored actor as a report's participants need it. */
export interface StoredActor {
  id: number;
  key: string;
  country: string | null;
}

/**
 * Reports whose days overlap by more than this need more to merge (the same place, or for a dyad
 * the same CAMEO code): two countries do many things of one kind in a month, rarely in a week.
 */
const NARROW_DAYS = 8;

/** Side keys of countries are their ISO3 codes; other sides are actor keys ("organisation:IGOOPC"). */
const COUNTRY_SIDE = /^[A-Z]{3}$/;

/** What a report's candidates are searched by: its sides, its type and the days it may reach. */
export type CandidateSearch = { sides: string[]; type: string; reach: Window; article: number };

/** The search for a report's candidates, or why the report cannot merge at all. */
export function candidateSearch(report: Report): { search: CandidateSearch } | { reason: MergeReason } {
  if (report.participants.length === 0) return { reason: { rule: 'new.no-participants' } };
  if (!report.window) return { reason: { rule: 'new.no-window' } };
  return { search: { sides: [...new Set(report.participants.map((p) => p.side))], type: report.type, reach: reachOf(report.window, report.status), article: report.article } };
}

/**
 * Chooses the stored event a report is about among the candidates the search found,
 * conservatively: another article's event of the same PLOVER type, no conflicting mode or place,
 * overlapping windows (a plan's left open: plans slip), and the same sides. That is both sides of
 * a dyad (in the same direction, unless either report is reciprocal or it is a meeting, where who
 * hosts is often unclear) within a week, or else at the same place or with the same CAMEO code;
 * for a one-sided event, the same actor at the same place, or, unless it is a whole country, within
 * a week by dates in the text. Among several, the one sharing most sides with the narrowest window
 * wins; on a tie, the one found first (candidates come in id order).
 */
export function chooseMergeTarget(
  report: Report,
  search: CandidateSearch,
  candidates: Candidate[],
  participantsOf: (event: number) => Participant[],
): { event: number | null; reason: MergeReason } {
  let best: { event: number; reason: MergeReason; score: number } | null = null;
  for (const candidate of candidates) {
    if (report.place !== null && candidate.place !== null && report.place !== candidate.place) continue;
    if (report.mode !== null && candidate.mode !== null && report.mode !== candidate.mode) continue;
    // A phone call takes place nowhere: it is not the meeting someone reports at a place.
    if ((report.mode === 'phone' && candidate.place !== null) || (candidate.mode === 'phone' && report.place !== null)) continue;
    const window = intersect(search.reach, { start: candidate.window_start, end: candidate.window_end });
    if (!window) continue;
    const evidence = {
      samePlace: report.place !== null && report.place === candidate.place,
      sameCode: report.cameo !== null && report.cameo === candidate.cameo,
      narrow: isNarrow(report.window!, candidate),
      bothDated: report.dated && candidate.earliest !== null && candidate.latest !== null,
    };
    const match = sameSides(report, participantsOf(candidate.id), candidate.reciprocal === 1, evidence);
    if (!match) continue;
    const score = match.shared.length * 1000 - windowDays(window);
    if (!best || score > best.score) best = { event: candidate.id, reason: { rule: match.rule, shared: match.shared, window, candidates: candidates.length }, score };
  }
  return best ? { event: best.event, reason: best.reason } : { event: null, reason: { rule: 'new.no-match', candidates: candidates.length } };
}

/** Whether the days the report gives and the days the event is dated to (before any slip) share at most a week. */
function isNarrow(days: Window, candidate: Candidate): boolean {
  const dated = candidate.earliest && candidate.latest ? { start: candidate.earliest.slice(0, 10), end: candidate.latest.slice(0, 10) } : null;
  const common = intersect(days, dated ?? { start: candidate.window_start, end: candidate.window_end });
  return common !== null && windowDays(common) <= NARROW_DAYS;
}

function sameSides(
  report: Report,
  stored: Participant[],
  storedReciprocal: boolean,
  { samePlace, sameCode, narrow, bothDated }: { samePlace: boolean; sameCode: boolean; narrow: boolean; bothDated: boolean },
): { rule: MergeReason['rule']; shared: string[] } | null {
  const sidesOf = (ps: Participant[], role?: Participant['role']) => new Set(ps.filter((p) => !role || p.role === role).map((p) => p.side));
  const mine = sidesOf(report.participants);
  const theirs = sidesOf(stored);
  const shared = [...mine].filter((s) => theirs.has(s)).sort();
  if (mine.size >= 2 && theirs.size >= 2) {
    if (!narrow && !samePlace && !sameCode) return null;
    const overlaps = (role: Participant['role']) => [...sidesOf(report.participants, role)].some((s) => sidesOf(stored, role).has(s));
    const directed = report.type !== 'CONSULT' && !report.reciprocal && !storedReciprocal && sidesOf(report.participants, 'recipient').size > 0 && sidesOf(stored, 'recipient').size > 0;
    if (directed) return overlaps('actor') && overlaps('recipient') ? { rule: 'merge.dyad', shared } : null;
    return shared.length >= 2 ? { rule: 'merge.dyad', shared } : null;
  }
  // One side only ("the ministers met", "the cartel will meet"): the place must confirm it, or, for
  // an organisation or a person (a whole country does too many things a week), dates in the text.
  if (shared.length === 0 || mine.size !== theirs.size) return null;
  if (samePlace) return { rule: 'merge.actor-place', shared };
  return narrow && bothDated && shared.every((side) => !COUNTRY_SIDE.test(side)) ? { rule: 'merge.actor-date', shared } : null;
}

/** The key a place is stored under: its name, country and region. */
export function placeKey(readout: Readout, name: string): { key: string; country: string | null; admin1: string | null; lat: number | null; lon: number | null } {
  const place = readout.places.find((p) => p.name === name);
  return {
    key: [name, place?.country ?? '', place?.admin1 ?? ''].join('|'),
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
  };
}

/** A report's participants (each stored actor once per role) and the parts of its mention row that need no store. */
export function reportOf(readout: Readout, event: Event, actors: Map<string, StoredActor>, text: string) {
  const participants: Participant[] = [];
  for (const [role, ids] of [['actor', event.actors], ['recipient', event.recipients]] as const) {
    for (const id of ids) {
      const actor = actors.get(id);
      if (actor && !participants.some((p) => p.actor === actor.id && p.role === role)) participants.push({ actor: actor.id, role, side: sideKey(actor) });
    }
  }
  const window = reportWindow(event.date, event.status, readout.article.published);
  const history = event.history.map((step) => ({ status: step.status, start: step.evidence.start, end: step.evidence.end, text: text.slice(step.evidence.start, step.evidence.end), rule: step.rule, entry: step.entry }));
  return { participants, window, history, text: text.slice(event.text.start, event.text.end) };
}

/** A stored report as deriving its event needs it, in publication order. */
export interface MentionRow {
  article: number;
  published: string | null;
  cameo: string | null;
  mode: string | null;
  status: string;
  date_value: string | null;
  earliest: string | null;
  latest: string | null;
  window_start: string | null;
  window_end: string | null;
  reciprocal: number;
  place: number | null;
  participants: Participant[];
}

/** The columns of an event derived from its reports. */
export type DerivedEvent = Omit<MentionRow, 'article' | 'published'> & {
  first_reported: string | null;
  last_reported: string | null;
  sources: number;
};

/**
 * Derives an event from its reports (in publication order, undated last): the status of the
 * latest report, the most precise date among the reports of that status, the days every report
 * allows, the first place given, the union of participants (an actor anywhere stays an actor).
 * Null when no report is left: the event is to be deleted.
 */
export function deriveEvent(mentions: MentionRow[]): DerivedEvent | null {
  if (mentions.length === 0) return null;
  const last = mentions[mentions.length - 1];
  const dated = mentions.filter((m) => m.date_value !== null);
  const dateFrom = narrowest(dated.filter((m) => m.status === last.status)) ?? narrowest(dated);
  let window: Window | null = null;
  for (const m of mentions) {
    if (!m.window_start || !m.window_end) continue;
    const w = reachOf({ start: m.window_start, end: m.window_end }, m.status);
    window = window ? (intersect(window, w) ?? window) : w;
  }
  const published = mentions.map((m) => m.published).filter((p): p is string => p !== null);
  const all = mentions.flatMap((m) => m.participants);
  // Reports may cast the same participant on either side of a meeting: an actor anywhere stays an actor.
  const actors = new Set(all.filter((p) => p.role === 'actor').map((p) => p.actor));
  const participants: Participant[] = [];
  for (const p of all) {
    if (p.role === 'recipient' && actors.has(p.actor)) continue;
    if (!participants.some((q) => q.actor === p.actor && q.role === p.role)) participants.push(p);
  }
  return {
    cameo: last.cameo,
    mode: mentions.find((m) => m.mode !== null)?.mode ?? null,
    status: last.status,
    date_value: dateFrom?.date_value ?? null,
    earliest: dateFrom?.earliest ?? null,
    latest: dateFrom?.latest ?? null,
    window_start: window?.start ?? null,
    window_end: window?.end ?? null,
    reciprocal: mentions.some((m) => m.reciprocal === 1) ? 1 : 0,
    place: mentions.find((m) => m.place !== null)?.place ?? null,
    first_reported: published[0] ?? null,
    last_reported: published[published.length - 1] ?? null,
    sources: new Set(mentions.map((m) => m.article)).size,
    participants,
  };
}

function narrowest(mentions: MentionRow[]): MentionRow | undefined {
  const width = (m: MentionRow) => (m.earliest && m.latest ? windowDays({ start: m.earliest.slice(0, 10), end: m.latest.slice(0, 10) }) : Infinity);
  return mentions.reduce<MentionRow | undefined>((best, m) => (!best || width(m) < width(best) ? m : best), undefined);
}
