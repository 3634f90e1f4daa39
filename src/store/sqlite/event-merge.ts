import { candidateSearch, chooseMergeTarget, type Candidate, type Participant, type Report } from '../event-merge.js';
import type { MergeReason } from '../store.js';
import { prepared, type Db } from './open.js';

/** Finds the stored event a report is about (see `chooseMergeTarget`), or why it starts a new one. */
export function findMergeTarget(db: Db, report: Report): { event: number | null; reason: MergeReason } {
  const found = candidateSearch(report);
  if ('reason' in found) return { event: null, reason: found.reason };
  const { sides, type, reach, article } = found.search;
  const candidates = prepared<[string, string, string, string, number], Candidate>(
    db,
    `SELECT DISTINCT e.id, e.cameo, e.mode, e.earliest, e.latest, e.window_start, e.window_end, e.place, e.reciprocal
     FROM event_participants p JOIN events e ON e.id = p.event
     WHERE p.side IN (SELECT value FROM json_each(?)) AND e.type = ? AND e.window_start <= ? AND e.window_end >= ?
       AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id AND m.article = ?)
     ORDER BY e.id`,
  ).all(JSON.stringify(sides), type, reach.end, reach.start, article);
  const participantsOf = prepared<[number], Participant>(db, 'SELECT actor, role, side FROM event_participants WHERE event = ?');
  return chooseMergeTarget(report, found.search, candidates, (event) => participantsOf.all(event));
}
