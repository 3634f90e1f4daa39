import type { ArticleView } from './article-view.js';
import { SAYING } from './announced-acts.js';
import { actorsIn, agentHeaded, nounSubject, phraseActors, phraseAfter, phraseBefore, type Salience } from './participants.js';
import { verbGroups, type VerbGroup } from './verb-groups.js';

/** A clause around one verb group: where its subject starts, where it ends, and who its subject is. */
export interface Clause {
  group: VerbGroup;
  /** First token of the subject, or of the clause when it has none. */
  start: number;
  /** Token after the clause: the next finite verb group or a clause boundary. */
  end: number;
  /** Token after the verb's objects: the next verb group of any kind, or the clause end. */
  objectEnd: number;
  subject: string[];
  /** The subject is someone no actor stands for ("Israeli soldiers", "the rebels"). */
  agentSubject: boolean;
  /** The actors of the "by" phrase of a passive. */
  agent: string[];
  /** The passive names who did it ("by an explosive device"), actor or not. */
  byPhrase: boolean;
  /** "for X to meet": the subject comes with "for", and the clause says a purpose or a plan. */
  purpose: boolean;
  /** Groups governing this one, nearest first: "declined" for "to provide", "expected" for "would meet". */
  governors: VerbGroup[];
}

/** Tokens that end a clause: strong punctuation, subordinators and relative pronouns. */
const BOUNDARY = /^([;:—–()]|that|which|who|because|although|while|when|whereas|since|after|before|until|unless|if)$/;
/** Prepositions that chain noun phrases into one subject: "hopes for a meeting with X". */
const CHAIN = /^(of|for|with|between|about|from|on|in|to|toward|towards|over|against)$/;

/** The clauses of the sentence [from, to), with subjects resolved; notes each subject for pronouns. */
export function readClauses(view: ArticleView, salience: Salience, from: number, to: number): Clause[] {
  const { tokens } = view.doc;
  const { form } = view.words;
  const groups = verbGroups(tokens, view.words, from, to, (i) => view.actorsAt[i] !== undefined || view.compoundNoun[i], (i) => view.eventNoun[i]);
  const clauses: Clause[] = [];
  const byFirst = new Map(groups.map((g) => [g.first, g]));
  const heads = new Set(groups.map((g) => g.head));
  groups.forEach((group, i) => {
    let end = to;
    for (let k = group.end; k < to; k++) {
      const next = byFirst.get(k);
      if (next && !next.infinitive && !next.reduced) break;
      if (BOUNDARY.test(form[k]) && tokens[k].upos !== 'DET') {
        end = k;
        break;
      }
      end = k + 1;
    }
    const objectEnd = Math.min(end, groups[i + 1]?.first ?? end);
    const governors: VerbGroup[] = [];
    for (let j = i - 1; j >= 0; j--) {
      governors.push(groups[j]);
      if (!groups[j].infinitive && !groups[j].reduced) break;
    }
    const previous = clauses[i - 1];
    const limit = previous ? previous.group.end : from;
    // "and backed by", "a stance put forward by": no subject of its own before the verb.
    const coordinated = /^(and|but|or)$/.test(form[group.first - 1] ?? '');
    // Adverbs and a time between subject and verb ("Greece bluntly demanded", "Serbia on Thursday rejected").
    let verbStart = group.first;
    while (verbStart > limit && ((tokens[verbStart - 1].upos === 'ADV' && !view.actorsAt[verbStart - 1]) || view.inTime[verbStart - 1])) verbStart--;
    // An abbreviation in brackets after the subject: "The International Labour Office (ILO) reiterated".
    verbStart = pastBrackets(form, verbStart, limit);
    if (verbStart < group.first && verbStart > limit && view.inTime[verbStart] && /^(on|in|at|last|this)$/.test(form[verbStart - 1])) verbStart--;
    let start = coordinated || group.reduced ? group.first : phraseBefore(view, verbStart, limit);
    if (start === verbStart) start = group.first;
    let headEnd = start === group.first ? group.first : verbStart;
    // "X's hopes for a meeting with Y have stalled": the subject is the phrase heading the chain.
    // A pronoun right before the verb ("there were", "they met") is the whole subject.
    if (start < group.first && tokens[group.first - 1].upos === 'PRON') start = headEnd - 1;
    while (start > limit + 1 && tokens[start].upos !== 'PRON' && CHAIN.test(form[start - 1]) && !(group.infinitive && form[start - 1] === 'for')) {
      const before = phraseBefore(view, start - 1, limit);
      if (before === start - 1) break;
      headEnd = start - 1;
      start = before;
    }
    let subject = group.reduced ? [] : phraseActors(view, salience, start, headEnd);
    // "Opposition groups in Zimbabwe", "supporters of X": people no actor stands for, known by whom they belong to.
    if (!subject.length && !group.reduced && headEnd < verbStart && /^(of|in|from)$/.test(form[headEnd]) && (tokens[headEnd - 1]?.xpos === 'NNS' || agentHeaded(view, start, headEnd))) {
      subject = actorsIn(view, headEnd + 1, verbStart);
    }
    // "Pakistan, a key ally, has refused": past an apposition between commas, to the phrase before it.
    if (!subject.length && !coordinated && !group.reduced && form[start - 1] === ',') {
      let comma = start - 2;
      while (comma > limit && form[comma] !== ',' && !heads.has(comma)) comma--;
      if (comma > limit && form[comma] === ',') {
        const end = pastBrackets(form, comma, limit);
        const before = phraseBefore(view, end, limit);
        const named = phraseActors(view, salience, before, end);
        if (named.length) (subject = named), (start = before), (headEnd = end);
      }
    }
    // "who met ...": the subject is the phrase before the relative pronoun.
    if (start === group.first && start > limit && /^(who|which|that)$/.test(form[start - 1])) {
      start = phraseBefore(view, start - 1, limit);
      subject = phraseActors(view, salience, start, group.first - 1);
    }
    // "for Trump to meet": the subject of an infinitive comes with "for".
    const purpose = group.infinitive && start > limit && form[start - 1] === 'for' && start < group.first;
    // "to provide", "and met": the subject is that of the verb before.
    // "resumed shelling", "began collecting", "opened fire, killing one": a gerund right after a verb
    // or after a comma shares the subject of the verb before.
    const gerund = !!previous && tokens[group.head].xpos === 'VBG' && (group.first === previous.group.end || form[group.first - 1] === ',');
    const joined = start === group.first && (group.infinitive || coordinated || gerund);
    if (!subject.length && (joined || group.infinitive) && previous) subject = previous.subject;
    let by = -1;
    for (let k = group.end; group.passive && k < end && by < 0; k++) if (form[k] === 'by') by = k;
    const agent = by >= 0 ? actorsIn(view, by + 1, phraseAfter(view, by + 1, end)) : [];
    salience.note(subject, group.first);
    // "Militants ... said they attempted": a pronoun naming no one known after a verb of saying stands for its sayer.
    const sayer = !!previous && SAYING.has(view.words.lemma[previous.group.head]) && (previous.subject.length > 0 || previous.agentSubject || nounSubject(view, previous.start, previous.group.first));
    const pronoun = start < group.first && tokens[group.first - 1].upos === 'PRON';
    const agentSubject = !subject.length && !group.reduced && (agentHeaded(view, start, headEnd) || (joined && !!previous?.agentSubject) || (pronoun && sayer));
    clauses.push({ group, start, end, objectEnd, subject, agentSubject, agent, byPhrase: by >= 0, purpose, governors });
  });
  return clauses;
}

/** The token where a bracketed abbreviation ending just before `index` starts ("(ILO)"), else `index`. */
function pastBrackets(form: string[], index: number, limit: number): number {
  return form[index - 1] === ')' && form[index - 3] === '(' && index - 3 > limit ? index - 3 : index;
}
