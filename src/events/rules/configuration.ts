import { anaphoric, between, clauseSubject, lightVerbObjects, modifiers, owner, possessive, reciprocal as nounReciprocal, someoneTakesPart, withPhrase } from './nominal-participants.js';
import { clauseOfNoun, eventNoun, nounPhrase, notModifier } from './nominal-phrase.js';
import type { NominalRule } from './nominal-reading.js';
import { announced as nounAnnounced, calledOff, coded as nounCoded, status as nounStatus } from './nominal-status.js';
import { argumentFrame, coded, commitment, demandOfSayer, readiness, talkTogether, verbPattern } from './verbal-coding.js';
import { complementTarget, demandSides, objects, parsed, passiveSides, reciprocal, someoneActs } from './verbal-participants.js';
import type { VerbalRule } from './verbal-reading.js';
import { announced, intentMade, refusal, status } from './verbal-status.js';

/**
 * The rules that read one clause for the event its verb tells, in the order they run: each fills
 * in part of the clause's reading, and one returning false ends it with no event.
 */
export const VERBAL_RULES: readonly VerbalRule[] = [
  // What the verb codes.
  demandOfSayer, // verb.demand: "X said Y must ..." is X's demand of Y
  verbPattern, // verb.pattern / verb.default: the PETRARCH-2 pattern, else the verb's own code; passive codes
  argumentFrame, // verb.frame: a verb's own code only with the object its sense needs ("took two fishermen", not "took steps")
  commitment, // verb.commitment: "agreed to withdraw", "vowed to fight" (a threat)
  readiness, // verb.readiness: "ready to send troops"
  talkTogether, // verb.talk-together: "X and Y spoke" is a consultation
  coded, // verb.coded: a code with a PLOVER type, not already told by the governing verb
  // Who acts, who is acted on.
  objects, // verb.objects: the subject acts, the actors among the objects receive
  parsed, // verb.parsed: subject, objects, obliques and "by" phrase from the dependency parse, where it gives them
  complementTarget, // verb.complement-target: "demanded that Y abandon"
  passiveSides, // verb.passive: the "by" phrase acts on the subject
  demandSides, // verb.demand-sides: the sayer demands of the subject
  reciprocal, // verb.reciprocal: "X and Y met"
  someoneActs, // verb.someone-acts: someone acts, and a default-coded act has a target
  // How it stands.
  status, // verb.status: modality, negation, governing verbs
  announced, // verb.announced: "will provide aid" is an intent expressed
  refusal, // verb.refusal: "will not accept" is a refusal
  intentMade, // verb.intent-made: an intent or demand took place
];

/**
 * The rules that read one token for an event noun ending there, in the order they run: "a Friday
 * phone call", "the Geneva summit", "talks between X and Y", "X's meeting with Y", "X held a summit
 * with Y". One returning false ends the token's reading with no event.
 */
export const NOMINAL_RULES: readonly NominalRule[] = [
  // The noun, its phrase and its clause.
  eventNoun, // noun.event-noun: a noun of data/events/event-nouns.tsv ends here
  notModifier, // noun.not-modifier: "truce monitors" names no event
  nounPhrase, // noun.phrase: modifiers, "between"/"with"/"of" phrases, a time of its own
  clauseOfNoun, // noun.clause: the clause it is in; a light verb's object?
  // Who takes part.
  modifiers, // noun: "the Trump-Putin call"
  possessive, // noun.possessive: "their meeting"
  between, // noun.between: "talks between X and Y"
  withPhrase, // noun.with: "X's meeting with Y"
  owner, // noun.owner: "X's hopes for a meeting"
  anaphoric, // noun.anaphoric: "the call" points back at an earlier event
  clauseSubject, // noun.clause-subject / noun.light-verb: "X held a summit", "following a Friday call"
  lightVerbObjects, // noun.light-verb-objects: the light verb's objects receive; its own event gives way
  // How it stands, and its code.
  nounStatus, // noun.status: the clause's modality, or the noun's own when it dates another clause
  nounAnnounced, // noun.announced: "will impose a curfew"
  calledOff, // noun.called-off: "called off the strike"
  nounCoded, // noun.coded: the PLOVER type
  nounReciprocal, // noun.reciprocal: each side of a mutual act acts on the other
  someoneTakesPart, // noun.someone-takes-part: someone named, pointed back at, or unnamed but acting
];
