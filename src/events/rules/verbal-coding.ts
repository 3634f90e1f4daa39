import type { ArticleView } from '../article-view.js';
import { COMMIT, intentCode, READY, SAYING, threatCode, VOWS } from '../announced-acts.js';
import { hasReading } from '../modality-cues.js';
import { nounSubject } from '../participants.js';
import { ploverOf } from '../plover.js';
import { frameOf, objectKind } from '../verb-frames.js';
import { bareVerb, matchVerb } from '../verb-match.js';
import type { VerbalRule } from './verbal-reading.js';

/** What a clause's verb codes: the PETRARCH-2 pattern or the verb's default, a demand, a commitment. */

/** Verbs that say how their complement stands (planned, hoped for), not an event of their own. */
const ATTITUDE = new Set(['expect', 'hope', 'plan', 'intend', 'want', 'seek', 'try', 'prepare', 'aim', 'set', 'schedule', 'announce', 'decide', 'wish', 'believe', 'think', 'consider', 'appear', 'seem']);
/** Verbs of talking: a statement (CAMEO 01) alone, a consultation when two or more talk ("X and Y spoke"). */
const TALK = new Set(['speak', 'talk', 'confer', 'converse', 'chat', 'discuss']);

/** "X said Y must return the aircraft": X demands it of Y. */
export const demandOfSayer: VerbalRule = {
  rule: 'verb.demand',
  apply: (r) => {
    const { view, clause } = r;
    const { group } = clause;
    r.sayer = r.clauses.find((c) => c.group === clause.governors[0]);
    const sayer = r.sayer;
    // The sayer may be someone no actor stands for: "a senior minister reiterated that Y must".
    const sayerNamed = !!sayer && (sayer.subject.length > 0 || sayer.agentSubject || nounSubject(view, sayer.start, sayer.group.first));
    r.demand = (group.modal === 'must' || group.modal === 'should') && !group.infinitive && !!sayer && SAYING.has(view.words.lemma[sayer.group.head]) && sayerNamed && !sayer.subject.some((id) => clause.subject.includes(id));
    return true;
  },
};

/** The most specific PETRARCH-2 pattern of the verb (verb.pattern), or the verb's own code (verb.default); the passive code when the verb is passive. */
export const verbPattern: VerbalRule = {
  rule: 'verb.pattern',
  apply: (r) => {
    const { view, clause, lemma } = r;
    const { group } = clause;
    const next = r.following?.group;
    // Patterns may reach into an infinitive ("declined to provide"), not into its objects.
    // Nor into the subject of a clause it governs: "suggested a ceasefire was near" suggests no ceasefire.
    const finite = !!next && !next.infinitive && !next.reduced && (next.modal !== null || next.first < next.head || /^(VBD|VBZ|VBP)$/.test(view.doc.tokens[next.head].xpos));
    // Such a subject starts right after the verb and is a plain noun phrase: with a relative word, a
    // comma or a preposition before the next verb ("officers holed up", "whose ties"), it is no such clause.
    const subjectOfNext = finite && r.following!.start === group.end && r.following!.start < next.first && plainPhrase(view, r.following!.start, next.first);
    const patternEnd = Math.min(clause.end, next ? (next.infinitive ? next.head + 1 : subjectOfNext ? r.following!.start : next.first) : clause.end);
    // "X's willingness to end the war": an infinitive hanging on a noun tells no event.
    const onNoun = group.infinitive && view.doc.tokens[group.first - 1]?.upos === 'NOUN';
    // "Vietnam is committed to opening up": the subject of a passive commitment is the one committed.
    const found = onNoun ? null : matchVerb(view, group.head, clause.start, group.first, patternEnd);
    // "came under fire from X": an idiom whose subject undergoes the act reads as a passive.
    r.passive = (group.passive && !(COMMIT.has(lemma) && view.words.form[group.end] === 'to')) || !!found?.entry.undergoer;
    // "sought asylum": seeking a thing is an appeal for it, told by a pattern naming the thing, never by the verb's default.
    // What another must do is demanded even when the dictionary has no code for it ("must drop barriers").
    // "suggested (that) a ceasefire was near": a verb of conjecture over a clause of its own only reports it.
    const conjecture = (subjectOfNext || view.words.form[group.end] === 'that') && hasReading(lemma, 'possible');
    r.match = conjecture ? null : ATTITUDE.has(lemma) ? (lemma === 'seek' && found?.pattern ? found : null) : (found ?? (r.demand && !onNoun ? bareVerb(view, group.head) : null));
    r.code = r.match && ((r.passive ? r.match.passive : r.match.active) || (r.demand ? '100' : ''));
    return true;
  },
};

/**
 * A verb's own code holds only with the object its sense is about (data/events/verb-frames.tsv):
 * "took two fishermen" is an arrest, "took steps" and "as long as it takes" are not. Patterns
 * that name their objects are not framed.
 */
export const argumentFrame: VerbalRule = {
  rule: 'verb.frame',
  apply: (r) => {
    const { match } = r;
    // A pattern that names only the subject ("police *": "police caught fire") says nothing of the object either.
    // A user's verb (`--verbs`) is coded as the user's dictionary says, unframed.
    const frame = match && !match.entry.at && (!match.pattern || match.pattern.after.length === 0) && r.code ? frameOf(match.entry) : null;
    if (!frame) return true;
    const kind = objectKind(r.view, r.clause.group.head, r.passive, match!.afterFrom, r.clause.objectEnd);
    r.frame = `${frame.entry}, ${kind} found`;
    return frame.kinds.has(kind);
  },
};

/** Whether tokens [from, to) are a noun phrase with no relative word, comma or preposition (but "of"). */
function plainPhrase(view: ArticleView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const { upos } = view.doc.tokens[k];
    const form = view.words.form[k].toLowerCase();
    if (/^(who|whom|whose|which|that|where|when|,)$/.test(form) || (upos === 'ADP' && form !== 'of') || upos === 'VERB') return false;
  }
  return true;
}

/** "agreed to withdraw": the commitment is the event, coded by what it commits to; "vowed to fight", a vow of violence, is a threat. */
export const commitment: VerbalRule = {
  rule: 'verb.commitment',
  apply: (r) => {
    if (!COMMIT.has(r.lemma)) return true;
    const { view, following: complement } = r;
    const inner = complement?.group.infinitive && complement.governors[0] === r.clause.group ? matchVerb(view, complement.group.head, complement.start, complement.group.first, complement.end) : null;
    const threat = VOWS.has(r.lemma) && inner?.active ? threatCode(inner.active) : null;
    r.intent = r.code = threat ?? intentCode(inner?.active || null);
    return true;
  },
};

/** "ready to send troops": readiness for a material act is an expressed intent. */
export const readiness: VerbalRule = {
  rule: 'verb.readiness',
  apply: (r) => {
    const { group } = r.clause;
    if (!COMMIT.has(r.lemma) && group.infinitive && READY.has(r.view.words.form[group.first - 1] ?? '') && r.code && /^0[5-8]/.test(r.code)) r.intent = r.code = intentCode(r.code);
    return true;
  },
};

/** "X and Y spoke": a statement by two or more who talk is a consultation (CAMEO 040). */
export const talkTogether: VerbalRule = {
  rule: 'verb.talk-together',
  apply: (r) => {
    r.talkTogether = !!r.code && r.code.startsWith('01') && r.clause.subject.length >= 2 && TALK.has(r.lemma);
    if (r.talkTogether) r.code = '040';
    return true;
  },
};

/** A clause tells an event when its code has a PLOVER type, unless it is a complement coded by the verb governing it ("declined to provide"). */
export const coded: VerbalRule = {
  rule: 'verb.coded',
  apply: (r) => {
    r.coding = r.code ? ploverOf(r.code) : null;
    r.coded = r.coding;
    const governing = r.clauses.findIndex((c) => c.group === r.clause.governors[0]);
    return !(!r.match || !r.code || !r.coding || (r.clause.group.infinitive && governing >= 0 && r.made[governing]));
  },
};
