import { intersect, reachOf, windowDays, type Window } from '../event-window.js';
import type { MergeReason } from '../store.js';
import { prepared, type Db } from './open.js';

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
  /** Told as background (events: dated before the report's news window): it never joins a newer event. */
  background?: boolean;
}

/**
 * Reports whose days overlap by more than this need more to merge (the same place, or for a dyad
 * the same CAMEO code): two countries do many things of one kind in a month, rarely in a week.
 */
const NARROW_DAYS = 8;

/** Side keys of countries are their ISO3 codes; other sides are actor keys ("organisation:IGOOPC"). */
const COUNTRY_SIDE = /^[A-Z]{3}$/;

interface Candidate {
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

/**
 * Finds the stored event a report is about, conservatively: another article's event of the same
 * PLOVER type, no conflicting mode or place, overlapping windows (a plan's left open: plans slip),
 * and the same sides. That is both sides of a dyad (in the same direction, unless either report is
 * reciprocal or it is a meeting, where who hosts is often unclear) within a week, or else at the
 * same place or with the same CAMEO code; for a one-sided event, the same actor at the same place,
 * or, unless it is a whole country, within a week by dates in the text. Among several, the one
 * sharing most sides with the narrowest window wins.
 */
export function findMergeTarget(db: Db, report: Report): { event: number | null; reason: MergeReason } {
  if (report.participants.length === 0) return { event: null, reason: { rule: 'new.no-participants' } };
  if (!report.window) return { event: null, reason: { rule: 'new.no-window' } };
  const sides = [...new Set(report.participants.map((p) => p.side))];
  const reach = reachOf(report.window, report.status);
  const candidates = prepared<[string, string, string, string, number], Candidate>(
    db,
    `SELECT DISTINCT e.id, e.cameo, e.mode, e.earliest, e.latest, e.window_start, e.window_end, e.place, e.reciprocal
     FROM event_participants p JOIN events e ON e.id = p.event
     WHERE p.side IN (SELECT value FROM json_each(?)) AND e.type = ? AND e.window_start <= ? AND e.window_end >= ?
       AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id AND m.article = ?)`,
  ).all(JSON.stringify(sides), report.type, reach.end, reach.start, report.article);
  const participantsOf = prepared<[number], Participant>(db, 'SELECT actor, role, side FROM event_participants WHERE event = ?');
  let best: { event: number; reason: MergeReason; score: number } | null = null;
  for (const candidate of candidates) {
    if (report.place !== null && candidate.place !== null && report.place !== candidate.place) continue;
    if (report.background && candidate.window_start > report.window.end) continue;
    if (report.mode !== null && candidate.mode !== null && report.mode !== candidate.mode) continue;
    // A phone call takes place nowhere: it is not the meeting someone reports at a place.
    if ((report.mode === 'phone' && candidate.place !== null) || (candidate.mode === 'phone' && report.place !== null)) continue;
    const window = intersect(reach, { start: candidate.window_start, end: candidate.window_end });
    if (!window) continue;
    const evidence = {
      samePlace: report.place !== null && report.place === candidate.place,
      sameCode: report.cameo !== null && report.cameo === candidate.cameo,
      narrow: isNarrow(report.window, candidate),
      bothDated: report.dated && candidate.earliest !== null && candidate.latest !== null,
    };
    const match = sameSides(report, participantsOf.all(candidate.id), candidate.reciprocal === 1, evidence);
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
