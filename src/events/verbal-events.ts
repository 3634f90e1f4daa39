import type { ArticleView } from './article-view.js';
import type { Candidate } from './candidate.js';
import { mediumOf } from './candidate-parts.js';
import type { Clause } from './clauses.js';
import type { Salience } from './participants.js';
import { VERBAL_RULES } from './rules/configuration.js';
import type { VerbalReading } from './rules/verbal-reading.js';
import { eventPlace, eventTime, venuePlace } from './when-where.js';

/**
 * Events told by a verb: each clause is read by the rules of VERBAL_RULES in order (the PETRARCH-2
 * verb pattern or the verb's own code, then who acts and who is acted on, then the status), and
 * one that no rule turns down is a candidate. Returns, per clause, the candidate made from it (or
 * null), so that nominal events can see them.
 */
export function verbalCandidates(view: ArticleView, salience: Salience, clauses: Clause[], sentenceFrom: number, sentenceTo: number): (Candidate | null)[] {
  const made: (Candidate | null)[] = [];
  for (const clause of clauses) {
    const at = clauses.indexOf(clause);
    const reading: VerbalReading = {
      view, salience, clauses, clause, at, made, sentenceFrom, sentenceTo,
      lemma: view.words.lemma[clause.group.head],
      following: clauses[at + 1],
      sayer: undefined, demand: false, passive: false, match: null, code: null, frame: null, intent: null, talkTogether: false,
      coding: null, coded: null, actors: [], recipients: [], agent: clause.agent, actorRule: 'chunk.subject', recipientRule: 'chunk.objects', agentRule: 'chunk.by', reciprocal: false, objectEnd: clause.objectEnd, scope: null, status: null,
    };
    made.push(VERBAL_RULES.every((rule) => rule.apply(reading)) ? candidateOf(reading) : null);
  }
  return made;
}

/** The candidate a clause the rules have read in full tells. */
function candidateOf(r: VerbalReading): Candidate {
  const { view, clause, match, status } = r;
  const { tokens } = view.doc;
  const { group } = clause;
  const code = r.code!;
  const start = tokens[Math.min(clause.start, group.first)].start;
  return {
    cameo: code,
    coding: r.coded!,
    actors: r.actors,
    recipients: r.recipients,
    reciprocal: r.reciprocal,
    status: status!.status,
    statusRule: status!.rule,
    statusCue: status!.cue,
    trigger: { start: tokens[group.head].start, end: tokens[match!.afterFrom - 1].end },
    text: { start, end: tokens[clause.end - 1].end },
    time: eventTime(view, clause.start, r.objectEnd, r.sentenceFrom, r.sentenceTo),
    place: eventPlace(view, group.end, r.objectEnd) ?? venuePlace(view, clause.end, r.sentenceTo),
    rule: r.talkTogether ? 'verb.talk-together' : match!.pattern ? 'verb.pattern' : 'verb.default',
    participants: `actors ${r.actors.length ? r.actorRule : '-'}; recipients ${r.recipients.length ? r.recipientRule : '-'}`,
    entry: `${match!.entry.block}: ${match!.entry.words.join(' ')}${match!.pattern ? ` ${match!.pattern.entry}` : ''} [${code}]${r.frame ? ` (frame: ${r.frame})` : ''}${!match!.pattern && match!.entry.at ? ` (${match!.entry.at})` : ''}`,
    anaphoric: false,
    background: false,
    medium: mediumOf(code, r.lemma),
  };
}
