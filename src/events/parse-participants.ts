import { dependencies, type Dependencies } from '../model/dependencies.js';
import type { ArticleView } from './article-view.js';
import { phraseActors, type Salience } from './participants.js';
import { tokenKind } from './object-kinds.js';

/**
 * Participants read off the dependency layer (UD relations without subtypes): the subject of a
 * verb (through conjoined and controlled verbs), its objects, the "by" phrase of a passive and the
 * obliques that CAMEO/PLOVER patterns name. Each role is a list of actor ids with the rule that
 * found it; a role the parse gives nothing for is null, so the chunk rules may fill it in.
 */
export interface ParsedRole {
  ids: string[];
  rule: string;
}

export interface ParsedParticipants {
  subject: ParsedRole | null;
  /** The "by" phrase of a passive: who acted. */
  agent: ParsedRole | null;
  /** Objects and the obliques with with/against/to/for...: who is acted on. */
  objects: ParsedRole | null;
}

/** Relations that keep a noun phrase's own words: its modifiers, names, possessor and the phrases hanging on it. */
const PHRASE_PARTS = new Set(['compound', 'amod', 'nmod', 'flat', 'det', 'nummod', 'case', 'fixed', 'punct']);
/** Prepositions whose oblique names the one acted on: "met with Y", "fought against Y", "sent aid to Y". */
const TARGET_CASES = new Set(['with', 'against', 'to', 'toward', 'towards', 'for', 'on', 'upon', 'into', 'from']);
const RELATIVE = /^(who|which|that|whom)$/;
/** Prepositions of a phrase that says where: its noun is a place, not a participant. */
const LOCATIVE_CASES = new Set(['in', 'at', 'near', 'inside', 'outside', 'around', 'across', 'throughout', 'within', 'off']);

/**
 * The token range of the noun phrase headed by `head`: its modifiers, names and possessor, and its
 * "of" phrases ("the ambassadors of X"), or every phrase hanging on it when `wide` ("groups from X"),
 * those that say where only when the head is people (`wherePeopleAre`: "groups in X", not
 * "positions in X"); never its own preposition, conjuncts, relative clauses or appositions.
 */
function phraseRange(deps: Dependencies, head: number, wide: boolean, wherePeopleAre = false): [number, number] {
  let first = head;
  let last = head;
  const part = (t: number) => {
    const rel = deps.tokens[t].deprel;
    if (rel === 'nmod') {
      const preposition = deps.dependent(t, 'case');
      const word = preposition < 0 ? '' : deps.tokens[preposition].lemma.toLowerCase();
      // Where a thing is never acts or is acted on ("positions in northern Iraq"); where people are
      // tells whose they are ("opposition groups in Zimbabwe").
      if (LOCATIVE_CASES.has(word) && !(wide && wherePeopleAre)) return false;
      if (!wide) return preposition < 0 || /^(of|'s?)$/.test(word);
    }
    // A phrase hanging on the head keeps its own conjuncts: "ties with Gondor and Arnor".
    if ((rel === 'conj' || rel === 'cc') && deps.tokens[t].head !== head) return true;
    return PHRASE_PARTS.has(rel);
  };
  const stack = deps.dependents(head).filter((c) => !/^(case|punct|conj|cc)$/.test(deps.tokens[c].deprel));
  while (stack.length) {
    const t = stack.pop()!;
    if (!part(t)) continue;
    if (t < first) first = t;
    if (t > last) last = t;
    stack.push(...deps.dependents(t));
  }
  // Punctuation and conjunctions at the edges are no part of the phrase.
  while (last > first && /^(PUNCT|CCONJ)$/.test(deps.tokens[last].upos)) last--;
  while (first < last && /^(PUNCT|CCONJ)$/.test(deps.tokens[first].upos)) first++;
  return [first, last + 1];
}

/** The head and its conjuncts ("X, Y and Z"), in text order. */
function conjuncts(deps: Dependencies, head: number): number[] {
  const out = [head];
  for (let i = 0; i < out.length; i++) out.push(...deps.dependents(out[i], 'conj'));
  return out.sort((a, b) => a - b);
}

/**
 * The actors of the phrase headed by `head` and of its conjuncts: the names and agents of its own
 * words, else of every phrase hanging on it ("groups in X", not "positions in X"), else of its appositions
 * ("Pakistan, a key ally").
 */
function actorsOfPhrase(view: ArticleView, salience: Salience, deps: Dependencies, head: number): string[] {
  const ids: string[] = [];
  for (const h of conjuncts(deps, head)) {
    const people = tokenKind(view, h) === 'person';
    const found = firstNamed([false, true].map((wide) => phraseRange(deps, h, wide, people)), view, salience) ?? firstNamed(deps.dependents(h, 'appos').map((a) => phraseRange(deps, a, false)), view, salience) ?? [];
    for (const id of found) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function firstNamed(ranges: [number, number][], view: ArticleView, salience: Salience): string[] | null {
  for (const [from, to] of ranges) {
    const ids = phraseActors(view, salience, from, to);
    if (ids.length) return ids;
  }
  return null;
}

/**
 * The tokens heading the subject of the verb `verb`, with the rule that found them: its own subject;
 * the noun a relative clause hangs on ("the rebels, who attacked"); the object or subject of the verb
 * that controls an infinitive ("urged Iran to engage", "X agreed to meet Y"); the subject of the verb
 * a conjunct or a participle shares it with ("X met Y and signed", "opened fire, killing").
 */
export function subjectHeads(deps: Dependencies, verb: number): { heads: number[]; rule: string } | null {
  const { tokens } = deps;
  let p = verb;
  let rule = 'parse.subject';
  for (let step = 0; step < 4 && p >= 0; step++) {
    // Two subjects where the parser missed their coordination ("X and Y condemned") are both subjects.
    const subjects = deps.dependents(p, 'nsubj', 'csubj');
    const rel = tokens[p].deprel;
    if (subjects.length) {
      if (RELATIVE.test(tokens[subjects[0]].lemma.toLowerCase()) && rel === 'acl' && tokens[p].head >= 0) return { heads: [tokens[p].head], rule: 'parse.relative' };
      return { heads: subjects, rule };
    }
    const gov = tokens[p].head;
    if (gov < 0) return null;
    if (rel === 'xcomp') {
      const o = deps.dependent(gov, 'obj', 'iobj');
      if (o >= 0) return { heads: [o], rule: 'parse.object-control' };
      rule = 'parse.control';
    } else if (rel === 'conj' && /^(VERB|AUX)$/.test(tokens[gov].upos)) {
      rule = 'parse.conjunct';
    } else if (rel === 'advcl' && tokens[p].xpos === 'VBG' && deps.dependent(p, 'mark', 'case') < 0) {
      // "opened fire, killing one"; not "committed to brokering", whose complement the governing verb codes.
      rule = 'parse.participle';
    } else if (rel === 'acl' && tokens[p].xpos === 'VBG' && /^(NOUN|PROPN)$/.test(tokens[gov].upos)) {
      return { heads: [gov], rule: 'parse.participle' };
    } else return null;
    p = gov;
  }
  return null;
}

/** Heads of the verb's objects and target obliques, and its "by" phrase; into the infinitives it governs ("threatened to shell Y"). */
function objectHeads(view: ArticleView, deps: Dependencies, verb: number, agentCase: string): { objects: number[]; agent: number } {
  const objects: number[] = [];
  let agent = -1;
  const visit = (v: number) => {
    for (const c of deps.dependents(v)) {
      const rel = deps.tokens[c].deprel;
      if (rel === 'obj' || rel === 'iobj') objects.push(c);
      else if (rel === 'obl') {
        const preposition = deps.dependent(c, 'case');
        const word = preposition >= 0 ? deps.tokens[preposition].lemma.toLowerCase() : '';
        if (word === agentCase && v === verb) agent = c;
        // "attacked the town with rifles": with a thing, "with" names the means, not someone acted on.
        else if (TARGET_CASES.has(word) && (word !== 'with' || view.actorsAt[c] !== undefined)) objects.push(c);
        // "came under fire from X", "were killed in an attack by X": who acted may hang on the oblique.
        if (v === verb && agent < 0 && word !== agentCase) agent = agentOf(deps, c, agentCase);
      }
    }
    // "agreed to meet Y", "threatened to shell Y": the infinitive's objects are the target, unless the
    // verb has its own object, who is asked or made to act ("asked Peru to withdraw from Chile").
    if (deps.dependent(v, 'obj', 'iobj') >= 0) return;
    for (const c of deps.dependents(v, 'xcomp')) if (c > v) visit(c);
  };
  visit(verb);
  return { objects, agent };
}

/** The noun of the phrase with `agentCase` ("from", "by") hanging on the noun `noun`, or -1. */
function agentOf(deps: Dependencies, noun: number, agentCase: string): number {
  return deps.dependents(noun, 'nmod').find((n) => deps.dependents(n, 'case').some((p) => deps.tokens[p].lemma.toLowerCase() === agentCase)) ?? -1;
}

/** The participants of the verb at token `verb`; `agentCase` heads the phrase of who acted ("from" in "came under fire from X"). */
export function parsedParticipants(view: ArticleView, salience: Salience, verb: number, agentCase = 'by'): ParsedParticipants {
  const deps = dependencies(view.doc.tokens);
  const found = subjectHeads(deps, verb);
  const subjectIds = [...new Set(found ? found.heads.flatMap((h) => actorsOfPhrase(view, salience, deps, h)) : [])];
  const { objects, agent } = objectHeads(view, deps, verb, agentCase);
  const objectIds: string[] = [];
  for (const o of objects) {
    // An event noun's modifiers take part in that event ("moving forward on a Putin-Trump meeting"), not in this one.
    if (view.eventNoun[o]) continue;
    for (const id of actorsOfPhrase(view, salience, deps, o)) if (!objectIds.includes(id)) objectIds.push(id);
  }
  const agentIds = agent >= 0 ? actorsOfPhrase(view, salience, deps, agent) : [];
  return {
    subject: subjectIds.length ? { ids: subjectIds, rule: found!.rule } : null,
    agent: agentIds.length ? { ids: agentIds, rule: 'parse.agent' } : null,
    objects: objectIds.length ? { ids: objectIds, rule: 'parse.objects' } : null,
  };
}
