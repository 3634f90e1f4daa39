import type { ArticleView } from '../article-view.js';
import type { Candidate } from '../candidate.js';
import type { Clause } from '../clauses.js';
import type { EventNoun } from '../event-nouns.js';
import type { Salience } from '../participants.js';
import type { PloverCoding } from '../plover.js';
import type { StatusReading } from '../status.js';

/**
 * One token as the nominal rules read it, the last word of an event noun or not: each rule of
 * NOMINAL_RULES (configuration.ts), in order, fills in what it decides.
 */
export interface NominalReading {
  readonly view: ArticleView;
  readonly salience: Salience;
  readonly clauses: Clause[];
  /** Each clause's verbal candidate: a light verb's ("held") is replaced by the noun's event. */
  readonly verbal: (Candidate | null)[];
  /** The sentence's tokens. */
  readonly from: number;
  readonly to: number;
  /** The token read: the noun's last word. */
  readonly i: number;
  noun: EventNoun | null;
  /** The word after the noun. */
  next: string;
  nounFirst: number;
  /** The noun phrase: its modifiers before the noun, "between"/"with"/"of" and their phrase after it. */
  npStart: number;
  npEnd: number;
  between: number;
  withAt: number;
  /** A time among the noun's modifiers or just after it: "a Friday phone call". */
  ownTime: boolean;
  /** The clause the noun is part of, and its place in `clauses`. */
  clause: Clause | null;
  clauseIndex: number;
  /** The noun is in the clause's object, and the clause's verb is a light verb ("held a summit"). */
  inObject: boolean;
  light: boolean;
  possessive: number;
  actors: string[];
  recipients: string[];
  reciprocal: boolean;
  rule: string;
  /** "the call" with no one named points back at an earlier event and only serves to merge. */
  anaphoric: boolean;
  /** The noun dates another clause ("following a phone call"). */
  temporal: boolean;
  status: StatusReading | null;
  cameo: string;
  coding: PloverCoding | null;
  /** Someone no actor stands for acts: "Islamic fundamentalists continued their hunger strike". */
  unnamed: boolean;
}

/** One nominal rule: its name and what it decides; false when the token tells no event. */
export interface NominalRule {
  rule: string;
  apply: (r: NominalReading) => boolean;
}
