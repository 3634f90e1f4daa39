import { readDataRows } from '../knowledge/data-files.js';
import type { ArticleView } from './article-view.js';
import type { Candidate } from './candidate.js';
import type { Clause } from './clauses.js';
import type { Words } from './verb-dictionary.js';
import { actorsIn, nounSubject, phraseActors, phraseAfter, type Salience } from './participants.js';
import { ploverOf } from './plover.js';
import { readStatus } from './status.js';
import { announcement, mediumOf, splitReciprocal } from './verbal-events.js';
import { announcedCode } from './announced-acts.js';
import { eventPlace, eventTime, venuePlace } from './when-where.js';

let nouns: Map<string, { words: string[]; cameo: string }[]> | null = null;

/** Event nouns by their last word (data/events/event-nouns.tsv), longest first. */
function eventNouns() {
  if (nouns) return nouns;
  nouns = new Map();
  for (const [noun, cameo] of readDataRows('events/event-nouns.tsv')) {
    const words = noun.split(' ');
    const last = words[words.length - 1];
    nouns.set(last, [...(nouns.get(last) ?? []), { words, cameo }].sort((a, b) => b.words.length - a.words.length));
  }
  return nouns;
}

/** Whether a word is (the last word of) an event noun. */
export function isEventWord(form: string, lemma: string): boolean {
  return eventNouns().has(lemma) || eventNouns().has(form);
}

/** Whether the words ending at token i make an event noun of two or more words ("hunger strike"). */
export function endsCompound(words: Words, i: number): boolean {
  const options = eventNouns().get(words.lemma[i]) ?? eventNouns().get(words.form[i]) ?? [];
  return options.some((o) => o.words.length > 1 && nounAt(words, o.words, i));
}

function nounAt(words: Words, noun: string[], i: number): boolean {
  return noun.every((w, k) => words.form[i - noun.length + 1 + k] === w || words.lemma[i - noun.length + 1 + k] === w);
}

/** Verbs whose object names the event they stand for: "held a summit", "had a call". */
const LIGHT_VERBS = new Set(['hold', 'have', 'attend', 'host', 'conduct', 'join', 'make', 'begin', 'start', 'resume', 'continue', 'wrap', 'chair', 'stage', 'launch', 'mount', 'carry', 'impose', 'reimpose', 'declare', 'organize', 'organise', 'call', 'extend', 'tighten', 'enforce', 'complete', 'engage', 'intensify', 'escalate', 'accelerate', 'speed', 'step']);
/** Prepositions that make an event noun a point in time of another clause: "following a phone call". */
const TEMPORAL = new Set(['following', 'after', 'since', 'during', 'before', 'in', 'at', 'ahead', 'amid']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const POSSESSIVE_PRONOUN = new Set(['their', 'his', 'her', 'its', 'our']);

/**
 * Events named by a noun: "a Friday phone call", "the Geneva summit", "talks between X and Y",
 * "X's meeting with Y", "X held a summit with Y". Participants come from the noun phrase (names and
 * possessives before the noun, "between"/"with" after it), then from the clause it is the object
 * of; "the call" with no one named points back at an earlier event and only serves to merge.
 * `verbal` holds each clause's verbal candidate; a light verb's ("held") is replaced.
 */
export function nominalCandidates(view: ArticleView, salience: Salience, clauses: Clause[], verbal: (Candidate | null)[], from: number, to: number): Candidate[] {
  const { tokens } = view.doc;
  const { form, lemma } = view.words;
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const options = eventNouns().get(lemma[i]) ?? eventNouns().get(form[i]);
    if (!options) continue;
    const noun = options.find((o) => nounAt(view.words, o.words, i));
    const next = form[i + 1] ?? '';
    if (!noun || (tokens[i].upos !== 'NOUN' && !view.compoundNoun[i] && next !== 'between' && next !== 'with')) continue;
    // "truce monitors", "summit venue": a noun modifying the noun after it names no event.
    if (tokens[i + 1]?.upos === 'NOUN' && i + 1 < to && !view.inTime[i + 1]) continue;
    const nounFirst = i - noun.words.length + 1;
    const npStart = modifiersBefore(view, nounFirst, from);
    // The phrase after the noun: "between X and Y", "with Y".
    let npEnd = i + 1;
    let between = -1;
    let withAt = -1;
    if (next === 'between' || next === 'with' || next === 'of') {
      if (next === 'between') between = i + 1;
      if (next === 'with') withAt = i + 1;
      npEnd = Math.max(i + 2, phraseAfter(view, i + 2, to));
    }
    let ownTime = false;
    for (let t = npStart; t < Math.min(to, npEnd + 3) && !ownTime; t++) ownTime = view.timeAt.has(t);
    // The innermost clause holding the noun; for "after a meeting with X", past a clause break, the one before it.
    const innermost = clauses.findLast((c) => c.start <= i && i < c.end) ?? clauses.findLast((c) => c.group.head < i) ?? null;
    // "continued their hunger strike to demand": an infinitive has no subject of its own; the noun before it is the object of the verb before.
    const outer = innermost?.group.infinitive && i < innermost.group.first ? clauses.findLast((c) => c.group.head < i && i < c.end && !c.group.infinitive) : undefined;
    const clause = outer ?? innermost;
    const clauseIndex = clause ? clauses.indexOf(clause) : -1;
    let actors = actorsIn(view, npStart, nounFirst);
    let recipients: string[] = [];
    let rule = 'noun';
    const possessive = tokens.slice(npStart, nounFirst).findIndex((_, k) => POSSESSIVE_PRONOUN.has(form[npStart + k]));
    if (!actors.length && possessive >= 0) {
      actors = salience.resolve(form[npStart + possessive], npStart + possessive);
      rule = 'noun.possessive';
    }
    if (between >= 0) {
      actors = [...actors, ...phraseActors(view, salience, between + 1, npEnd).filter((id) => !actors.includes(id))];
      rule = 'noun.between';
    }
    if (withAt >= 0) recipients = phraseActors(view, salience, withAt + 1, npEnd).filter((id) => !actors.includes(id));
    // "X's hopes for a meeting": the possessor of the noun the event hangs on.
    if (!actors.length && npStart > from && /^(for|of|about)$/.test(form[npStart - 1])) {
      const owner = modifiersBefore(view, npStart - 2, from);
      actors = actorsIn(view, owner, npStart - 2);
    }
    const article = form[npStart];
    // "the blockade of Serbia" names whom it concerns: not a pointer back.
    const ofNamed = next === 'of' && actorsIn(view, i + 2, npEnd).length > 0;
    const inObject = clause !== null && i > clause.group.head;
    const light = inObject && LIGHT_VERBS.has(lemma[clause.group.head]);
    // "X speeded up the withdrawal": the direct object of a light verb whose subject is named is that subject's event.
    const own = light && npStart === clause.group.end && clause.subject.length > 0 && DEFINITE.has(article);
    let anaphoric = !actors.length && !recipients.length && !ofNamed && !own && (DEFINITE.has(article) || possessive >= 0);
    // A noun naming no one takes the clause's subject only when it is the clause's event ("held a
    // summit") or an event of its own, dated ("following a Friday phone call").
    if (!actors.length && !anaphoric && clause && (light || ownTime)) {
      actors = (clause.group.passive ? clause.agent : clause.subject).filter((id) => !recipients.includes(id));
      rule = light ? 'noun.light-verb' : 'noun.clause-subject';
    }
    if (light) {
      recipients = [...recipients, ...actorsIn(view, i + 1, clause.end).filter((id) => !actors.includes(id) && !recipients.includes(id))];
      verbal[clauseIndex] = null;
    }
    // A noun that dates another clause ("following a call") keeps its own modality; one in the clause's object takes the clause's.
    const temporal = TEMPORAL.has(form[npStart - 1] ?? '');
    const governors = clause && !temporal ? [clause.group, ...clause.governors] : [];
    let status = readStatus(view, from, clause && !temporal ? clause.start : npStart, nounFirst, npEnd, null, governors);
    // "will impose a curfew", "prepared to impose martial law": the light verb's act is announced, as a verb's is.
    const announcedAs = light ? announcedCode(noun.cameo, announcement(view, status, clause.group, to)) : null;
    if (announcedAs) status = { status: 'occurred', rule: 'status.intent-expressed', cue: status.cue };
    // "called off the strike": calling off one's own protest eases dissent (CAMEO 082, a CONCEDE that took place).
    const eased = light && status.status === 'cancelled' && noun.cameo.startsWith('14') ? '082' : null;
    if (eased) status = { status: 'occurred', rule: 'status.protest-called-off', cue: status.cue };
    const cameo = announcedAs ?? eased ?? noun.cameo;
    const coding = ploverOf(cameo)!;
    let reciprocal: boolean;
    ({ actors, recipients, reciprocal } = splitReciprocal(actors, recipients, coding.type));
    // "Islamic fundamentalists continued their hunger strike": someone no actor stands for acts.
    const unnamed = light && !actors.length && !clause.subject.length && (clause.agentSubject || nounSubject(view, clause.start, clause.group.first));
    if (unnamed) anaphoric = false;
    if (!anaphoric && !actors.length && !recipients.length && !unnamed) continue;
    const textSpan = light || (clause && inObject && !temporal) ? { start: tokens[clause.start].start, end: tokens[clause.end - 1].end } : { start: tokens[npStart].start, end: tokens[npEnd - 1].end };
    const timeTo = Math.min(to, npEnd + 3);
    out.push({
      cameo,
      coding,
      actors,
      recipients,
      reciprocal,
      status: status.status,
      statusRule: status.rule,
      statusCue: status.cue,
      trigger: { start: tokens[nounFirst].start, end: tokens[i].end },
      text: textSpan,
      time: anaphoric ? eventTime(view, npStart, timeTo, npStart, timeTo) : eventTime(view, npStart, timeTo, from, to),
      place: placeBefore(view, npStart, nounFirst) ?? eventPlace(view, nounFirst, light ? clause.end : Math.min(to, npEnd + 4)) ?? venuePlace(view, npEnd, to),
      rule,
      entry: `${noun.words.join(' ')} [${cameo}]`,
      anaphoric,
      medium: mediumOf(cameo, noun.words[noun.words.length - 1]),
    });
    salience.note([...actors, ...recipients], i);
  }
  return out;
}

/** The start of the noun's modifiers: names, days, adjectives, a possessive, back to a determiner ("the Trump-Putin", "a Thursday phone"). */
function modifiersBefore(view: ArticleView, noun: number, limit: number): number {
  const { tokens } = view.doc;
  const { form } = view.words;
  let first = noun;
  for (let k = noun - 1; k >= limit; k--) {
    const u = tokens[k].upos;
    const named = view.actorsAt[k] !== undefined || view.timeAt.has(k) || view.placeAt.has(k);
    if (u === 'DET' || POSSESSIVE_PRONOUN.has(form[k])) return k;
    const between = form[k] === 'and' && view.actorsAt[k - 1] !== undefined;
    if (named || u === 'PROPN' || u === 'ADJ' || u === 'NUM' || form[k] === '-' || form[k + 1] === '-' || /^'s?$/.test(form[k]) || between) first = k;
    else break;
  }
  return first;
}

/** A place among the modifiers: "the Geneva summit". */
function placeBefore(view: ArticleView, from: number, to: number): number | null {
  for (let t = from; t < to; t++) if (view.placeAt.has(t)) return view.placeAt.get(t)!;
  return null;
}
