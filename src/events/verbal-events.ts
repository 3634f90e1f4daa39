import type { ArticleView } from './article-view.js';
import type { Candidate } from './candidate.js';
import type { Clause } from './clauses.js';
import { actorsIn, agentHeaded, nounSubject, phraseAfter } from './participants.js';
import { ploverOf } from './plover.js';
import { readStatus, type StatusReading } from './status.js';
import type { VerbGroup } from './verb-groups.js';
import { matchElements, verbDictionary, type VerbEntry, type VerbPattern } from './verb-dictionary.js';
import { announcedCode, type Announcement, COMMIT, conditionAfter, demandCode, intentCode, READY, refusalCode, SAYING, threatCode, VOWS } from './announced-acts.js';
import { eventPlace, eventTime, venuePlace } from './when-where.js';

/** Types where a compound subject acts on itself: "X and Y spoke" is one CONSULT of each with the other. */
const RECIPROCAL = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** A compound subject of a mutual act is one event: the first party acts, the others receive. */
export function splitReciprocal(actors: string[], recipients: string[], type: string): { actors: string[]; recipients: string[]; reciprocal: boolean } {
  if (actors.length < 2 || recipients.length > 0 || !RECIPROCAL.has(type)) return { actors, recipients, reciprocal: false };
  return { actors: actors.slice(0, 1), recipients: actors.slice(1), reciprocal: true };
}
/** Verbs that say how their complement stands (planned, hoped for), not an event of their own. */
const ATTITUDE = new Set(['expect', 'hope', 'plan', 'intend', 'want', 'seek', 'try', 'prepare', 'aim', 'set', 'schedule', 'announce', 'decide', 'wish', 'believe', 'think', 'consider', 'appear', 'seem']);
/**
 * Types that need someone they are done to when only the verb's default code says what they are:
 * those PLOVER says require a recipient (plover_event_types_modes.tsv), meetings, and violence and
 * coercion, whose default codes fire on many figurative verbs ("engaged parties", "decisions are taken").
 */
const NEEDS_TARGET = new Set(['COOPERATE', 'AID', 'SANCTION', 'CONSULT', 'ASSAULT', 'COERCE']);
/** Types whose "that" clause names their target: a demand, a threat, an accusation of someone. */
const COMPLEMENT_TARGET = new Set(['REQUEST', 'THREATEN', 'ACCUSE']);
/** Verbs of talking: a statement (CAMEO 01) alone, a consultation when two or more talk ("X and Y spoke"). */
const TALK = new Set(['speak', 'talk', 'confer', 'converse', 'chat', 'discuss']);

/**
 * Events told by a verb: the PETRARCH-2 verb patterns matched over the clause (the most specific
 * pattern wins, the verb's own code when none does), the passive code when the verb is passive,
 * the subject as actor (the "by" phrase in the passive) and the actors after the verb as recipients.
 * Returns, per clause, the candidate made from it (or null), so that nominal events can see them.
 */
export function verbalCandidates(view: ArticleView, clauses: Clause[], sentenceFrom: number, sentenceTo: number): (Candidate | null)[] {
  const { tokens } = view.doc;
  const made: (Candidate | null)[] = [];
  for (const clause of clauses) {
    const { group } = clause;
    const governing = clauses.findIndex((c) => c.group === clause.governors[0]);
    const next = clauses[clauses.indexOf(clause) + 1]?.group;
    // Patterns may reach into an infinitive ("declined to provide"), not into its objects.
    const patternEnd = Math.min(clause.end, next ? (next.infinitive ? next.head + 1 : next.first) : clause.end);
    // "X's willingness to end the war": an infinitive hanging on a noun tells no event.
    const onNoun = group.infinitive && tokens[group.first - 1]?.upos === 'NOUN';
    // "X said Y must return the aircraft": X demands it of Y.
    const sayer = clauses.find((c) => c.group === clause.governors[0]);
    // The sayer may be someone no actor stands for: "a senior minister reiterated that Y must".
    const sayerNamed = !!sayer && (sayer.subject.length > 0 || sayer.agentSubject || nounSubject(view, sayer.start, sayer.group.first));
    const demand = (group.modal === 'must' || group.modal === 'should') && !group.infinitive && !!sayer && SAYING.has(view.words.lemma[sayer.group.head]) && sayerNamed && !sayer.subject.some((id) => clause.subject.includes(id));
    const lemma = view.words.lemma[group.head];
    // "Vietnam is committed to opening up": the subject of a passive commitment is the one committed.
    const passive = group.passive && !(COMMIT.has(lemma) && view.words.form[group.end] === 'to');
    const found = onNoun ? null : matchVerb(view, group.head, clause.start, group.first, patternEnd);
    // "sought asylum": seeking a thing is an appeal for it, told by a pattern naming the thing, never by the verb's default.
    // What another must do is demanded even when the dictionary has no code for it ("must drop barriers").
    const match = ATTITUDE.has(lemma) ? (lemma === 'seek' && found?.pattern ? found : null) : (found ?? (demand && !onNoun ? bareVerb(view, group.head) : null));
    let code = match && ((passive ? match.passive : match.active) || (demand ? '100' : ''));
    let intent: string | null = null;
    // "agreed to withdraw": the commitment is the event, coded by what it commits to.
    const complement = clauses[clauses.indexOf(clause) + 1];
    if (COMMIT.has(lemma)) {
      const inner = complement?.group.infinitive && complement.governors[0] === group ? matchVerb(view, complement.group.head, complement.start, complement.group.first, complement.end) : null;
      // "vowed to fight", "swore to retaliate": a vow of violence or coercion is a threat.
      const threat = VOWS.has(lemma) && inner?.active ? threatCode(inner.active) : null;
      intent = code = threat ?? intentCode(inner?.active || null);
    } else if (group.infinitive && READY.has(view.words.form[group.first - 1] ?? '') && code && /^0[5-8]/.test(code)) intent = code = intentCode(code);
    const talkTogether = !!code && code.startsWith('01') && clause.subject.length >= 2 && TALK.has(lemma);
    if (talkTogether) code = '040';
    const coding = code ? ploverOf(code) : null;
    // A complement coded by the verb governing it ("declined to provide") is that verb's event.
    if (!match || !code || !coding || (group.infinitive && governing >= 0 && made[governing])) {
      made.push(null);
      continue;
    }
    let actors = clause.subject;
    // Objects run into an infinitive the pattern took in: "declined to provide Ukraine with".
    // And the objects two coordinated verbs share: "donated and delivered goods to Y".
    const shared = !!next && view.words.form[group.end] === 'and' && tokens.slice(group.end + 1, next.first).every((t) => t.upos === 'ADV');
    const objectEnd = (next?.infinitive && next.first <= match.afterFrom + 1) || shared ? clauses[clauses.indexOf(clause) + 1].objectEnd : clause.objectEnd;
    let recipients = objectActors(view, match.afterFrom, objectEnd).filter((id) => !actors.includes(id));
    // "demanded that Y abandon", "warned that Y would": who the content is about is the target.
    if (!recipients.length && !passive && COMPLEMENT_TARGET.has(coding.type) && view.words.form[clause.end] === 'that') {
      recipients = (complement?.subject ?? []).filter((id) => !actors.includes(id));
    }
    if (passive) {
      recipients = group.reduced ? [] : actors;
      actors = clause.agent;
    }
    let coded = coding;
    if (demand) {
      recipients = actors;
      actors = sayer!.subject;
      code = demandCode(code);
      coded = ploverOf(code)!;
    }
    let reciprocal: boolean;
    ({ actors, recipients, reciprocal } = splitReciprocal(actors, recipients, coded.type));
    // Someone acts (an actor, or an agent noun no actor stands for), and material events done to
    // no one named are left out when only the verb's default code says what they are.
    // Violence done to someone named may come from a thing: "a roadside bomb killed two soldiers".
    const harm = /^(ASSAULT|COERCE)$/.test(coding.type);
    const violent = harm && recipients.length > 0 && clause.start < group.first;
    // "Three civilians were killed in a bombing": violence is an event though the doer is not named.
    const someone = actors.length > 0 || (!passive && (clause.agentSubject || violent || nounSubject(view, clause.start, group.first))) || (passive && (clause.byPhrase || harm) && (recipients.length > 0 || nounSubject(view, clause.start, group.first)));
    // A country named as a place ("visited Russia") is a target too, though no actor stands for it.
    let countryPlace = false;
    for (let k = match.afterFrom; k < objectEnd && !countryPlace; k++) countryPlace = view.placeAt.has(k) && !view.words.form[k - 1]?.match(/^(in|at|near)$/);
    // In the passive of violence the subject is the target, named or not: "three civilians were killed".
    const target = recipients.length > 0 || countryPlace || agentHeaded(view, match.afterFrom, phraseAfter(view, match.afterFrom, objectEnd)) || (passive && harm && agentHeaded(view, clause.start, group.first));
    if (!someone || (!match.pattern && !demand && (NEEDS_TARGET.has(coding.type) || code === '050') && !target)) {
      made.push(null);
      continue;
    }
    let status = readStatus(view, sentenceFrom, clause.start, group.head, group.end, group, clause.governors, clause.purpose);
    // "will provide aid", "will boycott": an announced act is an expressed intent (AGREE) or a threat (THREATEN) that took place.
    const announcedAs = !intent && !demand ? announcedCode(code, announcement(view, status, group, sentenceTo)) : null;
    if (announcedAs) {
      intent = code = announcedAs;
      coded = ploverOf(code)!;
    }
    // "will not accept refugees": the refusal is announced, and that is the event.
    const refused = !intent && !demand && status.rule === 'status.negation' && /^(will|would|shall)$/.test(group.modal ?? '') ? refusalCode(code) : null;
    if (refused) {
      intent = code = refused;
      coded = ploverOf(code)!;
    }
    if (intent || demand) status = { status: 'occurred', rule: demand ? 'status.demand-made' : 'status.intent-expressed', cue: status.cue };
    const start = tokens[Math.min(clause.start, group.first)].start;
    made.push({
      cameo: code,
      coding: coded,
      actors,
      recipients,
      reciprocal,
      status: status.status,
      statusRule: status.rule,
      statusCue: status.cue,
      trigger: { start: tokens[group.head].start, end: tokens[match.afterFrom - 1].end },
      text: { start, end: tokens[clause.end - 1].end },
      time: eventTime(view, clause.start, objectEnd, sentenceFrom, sentenceTo),
      place: eventPlace(view, group.end, objectEnd) ?? venuePlace(view, clause.end, sentenceTo),
      rule: talkTogether ? 'verb.talk-together' : match.pattern ? 'verb.pattern' : 'verb.default',
      entry: `${match.entry.block}: ${match.entry.words.join(' ')}${match.pattern ? ` ${match.pattern.entry}` : ''} [${code}]`,
      anaphoric: false,
      medium: mediumOf(code, lemma),
    });
  }
  return made;
}

/** The actors among the verb's objects: up to the first comma or quotation mark once one is found ("with Y, the official said"). */
function objectActors(view: ArticleView, from: number, to: number): string[] {
  let end = to;
  for (let k = from; k < to; k++) {
    if (/^[,"“”]$/.test(view.words.form[k]) && actorsIn(view, from, k).length && !view.actorsAt[k + 1]) {
      end = k;
      break;
    }
  }
  return actorsIn(view, from, end);
}

interface VerbMatch {
  entry: VerbEntry;
  pattern: VerbPattern | null;
  active: string;
  passive: string;
  /** First token after the verb and its particles. */
  afterFrom: number;
}

/** A verb the dictionary lacks, with no code of its own. */
function bareVerb(view: ArticleView, head: number): VerbMatch {
  const entry: VerbEntry = { words: [view.words.lemma[head]], forms: new Set(), block: '-', active: '', passive: '', patterns: [] };
  return { entry, pattern: null, active: '', passive: '', afterFrom: head + 1 };
}

/** The dictionary entry and the most specific pattern that fit the verb at `head`. */
function matchVerb(view: ArticleView, head: number, clauseStart: number, groupFirst: number, clauseEnd: number): VerbMatch | null {
  const { words } = view;
  const dict = verbDictionary();
  const entries = dict.byWord.get(words.lemma[head]) ?? dict.byWord.get(words.form[head]);
  if (!entries) return null;
  for (const entry of entries) {
    const tail = entry.words.slice(1);
    if (!tail.every((w, k) => words.form[head + 1 + k] === w || words.lemma[head + 1 + k] === w)) continue;
    const afterFrom = head + 1 + tail.length;
    // The words within reach of the verb, to skip at once the patterns that ask for others.
    const near = new Set<string>();
    for (let k = afterFrom; k < clauseEnd; k++) near.add(words.form[k]).add(words.lemma[k]);
    for (const pattern of entry.patterns) {
      if (!pattern.keys.every((alts) => alts.some((w) => near.has(w)))) continue;
      // Words before the verb are its subject's last words: "a first patch of Bangladeshi peacekeeping troops arrived".
      if (pattern.before.length && !matchElements(pattern.before, words, Math.max(clauseStart, groupFirst - 5), groupFirst)) continue;
      if (matchElements(pattern.after, words, afterFrom, clauseEnd)) return { entry, pattern, active: pattern.active, passive: pattern.passive, afterFrom };
    }
    return { entry, pattern: null, active: entry.active, passive: entry.passive, afterFrom };
  }
  return null;
}

/** How the act of a verb group is told: announced by its modal, readied, possible, under a condition. */
export function announcement(view: ArticleView, status: StatusReading, group: VerbGroup, sentenceTo: number): Announcement {
  return {
    // Its own modal, or that of the verb an infinitive hangs on: not a participle's ("weapons seized last year").
    announced: status.status === 'planned' && /^status\.modal-(will|would|shall)$/.test(status.rule) && (group.modal !== null || group.infinitive),
    readied: group.infinitive && READY.has(view.words.form[group.first - 1] ?? ''),
    possible: status.status === 'possible' && /^status\.modal-/.test(status.rule),
    condition: conditionAfter(view.words.form, group.end, sentenceTo),
  };
}

/** Phone calls and meetings in person are different events even between the same people. */
export function mediumOf(cameo: string, word: string): Candidate['medium'] {
  if (cameo === '041') return 'phone';
  if (/^04[234]/.test(cameo) || /^(meet|meeting|summit|visit|host)$/.test(word)) return 'person';
  return 'any';
}
