import type { ArticleView } from './article-view.js';
import type { Candidate } from './candidate.js';
import { mediumOf } from './candidate-parts.js';
import type { Clause } from './clauses.js';
import type { Salience } from './participants.js';
import { NOMINAL_RULES } from './rules/configuration.js';
import type { NominalReading } from './rules/nominal-reading.js';
import { eventPlace, eventTime, venuePlace } from './when-where.js';

import { isEventWord } from './event-nouns.js';

export { endsCompound, isEventWord } from './event-nouns.js';

/**
 * Events named by a noun: each token is read by the rules of NOMINAL_RULES in order (the event
 * noun and its phrase, who takes part, how it stands), and one that no rule turns down is a
 * candidate. "the call" with no one named points back at an earlier event and only serves to merge.
 * `verbal` holds each clause's verbal candidate; a light verb's ("held") is replaced.
 */
export function nominalCandidates(view: ArticleView, salience: Salience, clauses: Clause[], verbal: (Candidate | null)[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    // Most tokens end no event noun: skip them before reading.
    if (!isEventWord(view.words.form[i], view.words.lemma[i])) continue;
    const reading: NominalReading = {
      view, salience, clauses, verbal, from, to, i,
      noun: null, next: '', nounFirst: i, npStart: i, npEnd: i + 1, between: -1, withAt: -1, ownTime: false,
      clause: null, clauseIndex: -1, inObject: false, light: false, possessive: -1,
      actors: [], recipients: [], reciprocal: false, rule: 'noun', anaphoric: false, temporal: false,
      status: null, cameo: '', coding: null, unnamed: false,
    };
    if (!NOMINAL_RULES.every((rule) => rule.apply(reading))) continue;
    out.push(candidateOf(reading));
    salience.note([...reading.actors, ...reading.recipients], i);
  }
  return out;
}

/** The candidate a noun the rules have read in full names. */
function candidateOf(r: NominalReading): Candidate {
  const { view, clause, light, npStart, npEnd, nounFirst, to, from, status, cameo } = r;
  const { tokens } = view.doc;
  const textSpan = light || (clause && r.inObject && !r.temporal) ? { start: tokens[clause!.start].start, end: tokens[clause!.end - 1].end } : { start: tokens[npStart].start, end: tokens[npEnd - 1].end };
  const timeTo = Math.min(to, npEnd + 3);
  return {
    cameo,
    coding: r.coding!,
    actors: r.actors,
    recipients: r.recipients,
    reciprocal: r.reciprocal,
    status: status!.status,
    statusRule: status!.rule,
    statusCue: status!.cue,
    trigger: { start: tokens[nounFirst].start, end: tokens[r.i].end },
    text: textSpan,
    time: r.anaphoric ? eventTime(view, npStart, timeTo, npStart, timeTo) : eventTime(view, npStart, timeTo, from, to),
    place: placeBefore(view, npStart, nounFirst) ?? eventPlace(view, nounFirst, light ? clause!.end : Math.min(to, npEnd + 4)) ?? venuePlace(view, npEnd, to),
    rule: r.rule,
    entry: `${r.noun!.words.join(' ')} [${cameo}]`,
    anaphoric: r.anaphoric,
    medium: mediumOf(cameo, r.noun!.words[r.noun!.words.length - 1]),
  };
}

/** A place among the modifiers: "the Geneva summit". */
function placeBefore(view: ArticleView, from: number, to: number): number | null {
  for (let t = from; t < to; t++) if (view.placeAt.has(t)) return view.placeAt.get(t)!;
  return null;
}
