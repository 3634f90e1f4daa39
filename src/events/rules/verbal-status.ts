import { announcedCode, COMMIT, refusalCode } from '../announced-acts.js';
import { announcement } from '../candidate-parts.js';
import { nounSubject } from '../participants.js';
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
 * "Japan would give aid, the minister said", "officials said Peru will send troops": a plan told by
 * someone other than those who are to act is their plan, not an intent they expressed. "Chile said
 * it would give aid" is Chile's own.
 */
function reportedOfOthers(r: VerbalReading): boolean {
  const reporter = r.clauses.find((c) => c.group.head === r.scope?.reporter);
  const { clause } = r;
  if (!reporter || !clause.subject.length) return false;
  const { tokens } = r.view.doc;
  // "it said": a pronoun the actors could not resolve may be the actor itself.
  const sayer = reporter.subject.length > 0 || (nounSubject(r.view, reporter.start, reporter.group.first) && tokens[reporter.group.first - 1]?.upos !== 'PRON');
  const pronoun = clause.start < clause.group.first && tokens[clause.start].upos === 'PRON';
  return sayer && !pronoun && !clause.subject.some((id) => reporter.subject.includes(id));
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
