import { announcedCode, COMMIT, refusalCode } from '../announced-acts.js';
import { announcement } from '../candidate-parts.js';
import { ploverOf } from '../plover.js';
import { scopeOf } from '../scope.js';
import { readStatus } from '../status.js';
import type { VerbalReading, VerbalRule } from './verbal-reading.js';

/** How the event stands: its modality and negation, and the announced acts that took place as intents or refusals. */

/** The status the verb group's modality, negation and governing verbs give. */
export const status: VerbalRule = {
  rule: 'verb.status',
  apply: (r) => {
    const { clause } = r;
    const { group } = clause;
    r.scope = scopeOf(r.view, group.head, r.clauses.map((c) => c.group), clause.governors);
    r.status = readStatus(r.view, r.sentenceFrom, clause.start, group.head, group.end, group, r.scope, clause.purpose);
    return true;
  },
};

/** "will provide aid", "will boycott": an announced act is an expressed intent (AGREE) or a threat (THREATEN) that took place. */
export const announced: VerbalRule = {
  rule: 'verb.announced',
  apply: (r) => {
    const announcedAs = !r.intent && !r.demand && !reportedOfOthers(r) ? announcedCode(r.code!, announcement(r.view, r.status!, r.clause.group, r.sentenceTo)) : null;
    if (announcedAs) {
      r.intent = r.code = announcedAs;
      r.coded = ploverOf(r.code)!;
    }
    return true;
  },
};

/**
 * "Chile will send troops, the Peruvian minister said": a plan told by someone of another country
 * than those who are to act is their plan, not an intent they expressed. A sayer of the same
 * country ("Portugal will support it, its president said"), or of none known, speaks for them.
 */
function reportedOfOthers(r: VerbalReading): boolean {
  const reporter = r.clauses.find((c) => c.group.head === r.scope?.reporter);
  if (!reporter) return false;
  const countries = (ids: string[]) => ids.map((id) => r.view.actorById.get(id)?.country ?? null);
  const sayers = countries(reporter.subject);
  const actors = countries(r.clause.subject);
  if (!sayers.length || !actors.length || sayers.includes(null) || actors.includes(null)) return false;
  return !actors.some((c) => sayers.includes(c));
}

/** "will not accept refugees": the refusal is announced, and that is the event. */
export const refusal: VerbalRule = {
  rule: 'verb.refusal',
  apply: (r) => {
    const refused = !r.intent && !r.demand && r.status!.rule === 'status.negation' && /^(will|would|shall)$/.test(r.clause.group.modal ?? '') ? refusalCode(r.code!) : null;
    if (refused) {
      r.intent = r.code = refused;
      r.coded = ploverOf(r.code)!;
    }
    return true;
  },
};

/** An intent expressed or a demand made took place, whatever the modality of what it is about. */
export const intentMade: VerbalRule = {
  rule: 'verb.intent-made',
  apply: (r) => {
    // "had not agreed to any meeting": a commitment negated or denied is no intent expressed.
    const unsaid = r.status!.status === 'hypothetical' || (/^(negated|denied)$/.test(r.status!.status) && COMMIT.has(r.lemma));
    if (unsaid && !r.demand) return true;
    if (r.intent || r.demand) r.status = { status: 'occurred', rule: r.demand ? 'status.demand-made' : 'status.intent-expressed', cue: r.status!.cue };
    return true;
  },
};
