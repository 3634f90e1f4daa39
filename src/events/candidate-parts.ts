import type { StatusReading } from './status.js';
import type { ArticleView } from './article-view.js';
import type { Candidate } from './candidate.js';
import type { VerbGroup } from './verb-groups.js';
import { conditionAfter, READY, type Announcement } from './announced-acts.js';

/** Types where a compound subject acts on itself: "X and Y spoke" is one CONSULT of each with the other. */
const RECIPROCAL = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** A compound subject of a mutual act is one event: the first party acts, the others receive. */
export function splitReciprocal(actors: string[], recipients: string[], type: string): { actors: string[]; recipients: string[]; reciprocal: boolean } {
  if (actors.length < 2 || recipients.length > 0 || !RECIPROCAL.has(type)) return { actors, recipients, reciprocal: false };
  return { actors: actors.slice(0, 1), recipients: actors.slice(1), reciprocal: true };
}

/** How the act of a verb group is told: announced by its modal, readied, possible, under a condition. */
export function announcement(view: ArticleView, status: StatusReading, group: VerbGroup, sentenceTo: number): Announcement {
  return {
    // Its own modal, or that of the verb an infinitive hangs on: not a participle's ("weapons seized last year").
    announced: status.status === 'planned' && /^status\.modal-(will|would|shall)$/.test(status.rule) && (group.modal !== null || group.infinitive),
    readied: group.infinitive && READY.has(view.words.form[group.first - 1] ?? ''),
    possible: status.status === 'possible' && /^status\.modal-/.test(status.rule),
    condition: conditionAfter(view.words.form, group.end, sentenceTo),
  };
}

/** Phone calls and meetings in person are different events even between the same people. */
export function mediumOf(cameo: string, word: string): Candidate['medium'] {
  if (cameo === '041') return 'phone';
  if (/^04[234]/.test(cameo) || /^(meet|meeting|summit|visit|host)$/.test(word)) return 'person';
  return 'any';
}
