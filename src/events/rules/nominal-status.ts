import { announcedCode } from '../announced-acts.js';
import { announcement } from '../candidate-parts.js';
import { ploverOf } from '../plover.js';
import { scopeOf } from '../scope.js';
import { readStatus } from '../status.js';
import type { NominalRule } from './nominal-reading.js';

/** How an event a noun names stands, and the code its light verb gives it. */

/** Prepositions that make an event noun a point in time of another clause: "following a phone call". */
const TEMPORAL = new Set(['following', 'after', 'since', 'during', 'before', 'in', 'at', 'ahead', 'amid']);

/** A noun that dates another clause ("following a call") keeps its own modality; one in the clause's object takes the clause's. */
export const status: NominalRule = {
  rule: 'noun.status',
  apply: (r) => {
    const { clause } = r;
    const before = r.view.words.form[r.npStart - 1] ?? '';
    // "engage in talks", "held it at a summit": after a light verb, "in" and "at" take part, not date.
    r.temporal = TEMPORAL.has(before) && !(r.light && /^(in|at)$/.test(before));
    const scope = r.temporal ? { word: r.i, governors: [], reporter: -1, condition: -1 } : scopeOf(r.view, r.i, r.clauses.map((c) => c.group), clause ? [clause.group, ...clause.governors] : []);
    r.status = readStatus(r.view, r.from, clause && !r.temporal ? clause.start : r.npStart, r.nounFirst, r.npEnd, null, scope);
    return true;
  },
};

/** "will impose a curfew", "prepared to impose martial law": the light verb's act is announced, as a verb's is. */
export const announced: NominalRule = {
  rule: 'noun.announced',
  apply: (r) => {
    const announcedAs = r.light ? announcedCode(r.noun!.cameo, announcement(r.view, r.status!, r.clause!.group, r.to)) : null;
    if (announcedAs) {
      r.status = { status: 'occurred', rule: 'status.intent-expressed', cue: r.status!.cue };
      r.cameo = announcedAs;
    }
    return true;
  },
};

/** "called off the strike": calling off one's own protest eases dissent (CAMEO 082, a CONCEDE that took place). */
export const calledOff: NominalRule = {
  rule: 'noun.called-off',
  apply: (r) => {
    if (r.light && r.status!.status === 'cancelled' && r.noun!.cameo.startsWith('14')) {
      r.status = { status: 'occurred', rule: 'status.protest-called-off', cue: r.status!.cue };
      r.cameo = '082';
    }
    return true;
  },
};

/** The PLOVER type of the code the noun (or its light verb) gives. */
export const coded: NominalRule = {
  rule: 'noun.coded',
  apply: (r) => {
    r.coding = ploverOf(r.cameo)!;
    return true;
  },
};
