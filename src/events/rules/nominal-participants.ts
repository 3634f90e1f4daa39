import { actorsIn, nounSubject, phraseActors } from '../participants.js';
import { splitReciprocal } from '../candidate-parts.js';
import type { NominalRule } from './nominal-reading.js';
import { modifiersBefore, POSSESSIVE_PRONOUN } from './nominal-phrase.js';

/**
 * Who takes part in an event a noun names: names and possessives before the noun, "between"/"with"
 * after it, then the clause it is the object of. Each rule that finds the actors names the candidate's rule.
 */

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** "the Trump-Putin call": the actors named among the modifiers. */
export const modifiers: NominalRule = {
  rule: 'noun',
  apply: (r) => {
    r.actors = actorsIn(r.view, r.npStart, r.nounFirst);
    r.recipients = [];
    r.rule = 'noun';
    return true;
  },
};

/** "their meeting": whom the possessive pronoun points back at. */
export const possessive: NominalRule = {
  rule: 'noun.possessive',
  apply: (r) => {
    const { form } = r.view.words;
    r.possessive = r.view.doc.tokens.slice(r.npStart, r.nounFirst).findIndex((_, k) => POSSESSIVE_PRONOUN.has(form[r.npStart + k]));
    if (!r.actors.length && r.possessive >= 0) {
      r.actors = r.salience.resolve(form[r.npStart + r.possessive], r.npStart + r.possessive);
      r.rule = 'noun.possessive';
    }
    return true;
  },
};

/** "talks between X and Y": both sides act. */
export const between: NominalRule = {
  rule: 'noun.between',
  apply: (r) => {
    if (r.between >= 0) {
      r.actors = [...r.actors, ...phraseActors(r.view, r.salience, r.between + 1, r.npEnd).filter((id) => !r.actors.includes(id))];
      r.rule = 'noun.between';
    }
    return true;
  },
};

/** "X's meeting with Y": Y receives. */
export const withPhrase: NominalRule = {
  rule: 'noun.with',
  apply: (r) => {
    if (r.withAt >= 0) r.recipients = phraseActors(r.view, r.salience, r.withAt + 1, r.npEnd).filter((id) => !r.actors.includes(id));
    return true;
  },
};

/** "X's hopes for a meeting": the possessor of the noun the event hangs on. */
export const owner: NominalRule = {
  rule: 'noun.owner',
  apply: (r) => {
    if (!r.actors.length && r.npStart > r.from && /^(for|of|about)$/.test(r.view.words.form[r.npStart - 1])) {
      const start = modifiersBefore(r.view, r.npStart - 2, r.from);
      r.actors = actorsIn(r.view, start, r.npStart - 2);
    }
    return true;
  },
};

/** "the call", "their conversation" naming no one points back at an event already mentioned. */
export const anaphoric: NominalRule = {
  rule: 'noun.anaphoric',
  apply: (r) => {
    const { view, clause } = r;
    const article = view.words.form[r.npStart];
    // "the blockade of Serbia" names whom it concerns: not a pointer back.
    const ofNamed = r.next === 'of' && actorsIn(view, r.i + 2, r.npEnd).length > 0;
    // "X speeded up the withdrawal": the direct object of a light verb whose subject is named is that subject's event.
    const own = r.light && r.npStart === clause!.group.end && clause!.subject.length > 0 && DEFINITE.has(article);
    r.anaphoric = !r.actors.length && !r.recipients.length && !ofNamed && !own && (DEFINITE.has(article) || r.possessive >= 0);
    return true;
  },
};

/**
 * A noun naming no one takes the clause's subject only when it is the clause's event ("held a
 * summit", noun.light-verb) or an event of its own, dated ("following a Friday phone call").
 */
export const clauseSubject: NominalRule = {
  rule: 'noun.clause-subject',
  apply: (r) => {
    const { clause } = r;
    if (!r.actors.length && !r.anaphoric && clause && (r.light || r.ownTime)) {
      r.actors = (clause.group.passive ? clause.agent : clause.subject).filter((id) => !r.recipients.includes(id));
      r.rule = r.light ? 'noun.light-verb' : 'noun.clause-subject';
    }
    return true;
  },
};

/** "X held talks in Geneva with Y": the actors in a light verb's clause receive, and the noun's event replaces the verb's. */
export const lightVerbObjects: NominalRule = {
  rule: 'noun.light-verb-objects',
  apply: (r) => {
    if (r.light) {
      r.recipients = [...r.recipients, ...actorsIn(r.view, r.i + 1, r.clause!.end).filter((id) => !r.actors.includes(id) && !r.recipients.includes(id))];
      r.verbal[r.clauseIndex] = null;
    }
    return true;
  },
};

/** "talks between X and Y": each side of a mutual act acts on the other. */
export const reciprocal: NominalRule = {
  rule: 'noun.reciprocal',
  apply: (r) => {
    ({ actors: r.actors, recipients: r.recipients, reciprocal: r.reciprocal } = splitReciprocal(r.actors, r.recipients, r.coding!.type));
    return true;
  },
};

/** Someone takes part, named or pointed back at, or someone no actor stands for acts: "Islamic fundamentalists continued their hunger strike". */
export const someoneTakesPart: NominalRule = {
  rule: 'noun.someone-takes-part',
  apply: (r) => {
    const { clause } = r;
    r.unnamed = r.light && !r.actors.length && !clause!.subject.length && (clause!.agentSubject || nounSubject(r.view, clause!.start, clause!.group.first));
    if (r.unnamed) r.anaphoric = false;
    return !(!r.anaphoric && !r.actors.length && !r.recipients.length && !r.unnamed);
  },
};
