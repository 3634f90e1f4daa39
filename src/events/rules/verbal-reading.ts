import type { ArticleView } from '../article-view.js';
import type { Candidate } from '../candidate.js';
import type { Clause } from '../clauses.js';
import type { PloverCoding } from '../plover.js';
import type { Salience } from '../participants.js';
import type { Scope } from '../scope.js';
import type { StatusReading } from '../status.js';
import type { VerbMatch } from '../verb-match.js';

/**
 * One clause as the verbal rules read it: each rule of VERBAL_RULES (configuration.ts), in order,
 * fills in what it decides. Fields are null until the rule that decides them has run.
 */
export interface VerbalReading {
  readonly view: ArticleView;
  readonly salience: Salience;
  readonly clauses: Clause[];
  readonly clause: Clause;
  /** The clause's place in `clauses`. */
  readonly at: number;
  /** The candidate made from each clause before this one (null: none). */
  readonly made: readonly (Candidate | null)[];
  readonly sentenceFrom: number;
  readonly sentenceTo: number;
  /** The lemma of the clause's verb. */
  readonly lemma: string;
  /** The clause the verb governs, or any next clause. */
  readonly following: Clause | undefined;
  /** The clause whose verb says this one ("X said Y must return"). */
  sayer: Clause | undefined;
  /** What another must do, as the sayer says it: a demand. */
  demand: boolean;
  passive: boolean;
  match: VerbMatch | null;
  code: string | null;
  /** The argument frame the verb's own code was held to (data/events/verb-frames.tsv), when it has one. */
  frame: string | null;
  /** The code of a commitment or readiness ("agreed to withdraw"). */
  intent: string | null;
  /** "X and Y spoke": a consultation between the subjects. */
  talkTogether: boolean;
  /** The verb's own coding, and the coding of the event told (a demand of it, say). */
  coding: PloverCoding | null;
  coded: PloverCoding | null;
  actors: string[];
  recipients: string[];
  /** Who acts in a passive: the "by" phrase. */
  agent: string[];
  /** The rules that found the actors, the recipients and the "by" phrase. */
  actorRule: string;
  recipientRule: string;
  agentRule: string;
  reciprocal: boolean;
  /** Where the verb's objects end. */
  objectEnd: number;
  /** The words that govern the verb in the parse, up to the verb of saying that reports it. */
  scope: Scope | null;
  status: StatusReading | null;
}

/** One verbal rule: its name and what it decides; false when the clause tells no event. */
export interface VerbalRule {
  rule: string;
  apply: (r: VerbalReading) => boolean;
}
