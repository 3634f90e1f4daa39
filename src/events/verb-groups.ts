import type { Token } from '../model/schema.js';
import type { Words } from './verb-dictionary.js';

/** A verb with its auxiliaries: "had not been invited", "would meet", "to provide". */
export interface VerbGroup {
  /** First token of the group (auxiliary, "to" or the verb). */
  first: number;
  /** The main verb. */
  head: number;
  /** Token after the group. */
  end: number;
  passive: boolean;
  negated: boolean;
  /** The modal's lemma: "would", "may", "could"; "will" also for "going to". */
  modal: string | null;
  infinitive: boolean;
  progressive: boolean;
  perfect: boolean;
  /** A participle with no auxiliary after a noun: "a stance put forward by X", "backed by Y". */
  reduced: boolean;
}

const NEGATION = new Set(['not', "n't", 'never', 'no']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must', 'wo', 'ca']);
/** Adverbs that may sit inside a verb group ("has since publicly called", "was not likely"). */
const INNER_ADVERB = /^(also|still|already|since|publicly|just|now|then|previously|later|again|first|finally|reportedly|allegedly|repeatedly|consistently|courageously|meaningfully|almost|even|only|ever|long|jointly|formally|officially|recently|quickly|once|yet|further|largely|automatically|never|not|n't|longer|no)$/;

/** Participles used as prepositions: "following a call", "according to", "including". */
const PREPOSITIONAL = /^(following|according|including|regarding|concerning|excluding|given|pending|barring|considering)$/;

/**
 * The verb groups of the tokens [from, to), in order. `isName` tells tokens inside a name ("United
 * States") or a compound event noun ("hunger strike"), which are never verbs; an event noun tagged as a verb before "between"/"with" ("talks
 * between X and Y") is left to the nominal events.
 */
export function verbGroups(tokens: Token[], words: Words, from: number, to: number, isName: (i: number) => boolean, isEventNoun: (i: number) => boolean): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.upos !== 'VERB' && !(t.upos === 'AUX' && isMainAux(tokens, i, to))) continue;
    if (isName(i) || PREPOSITIONAL.test(words.form[i]) || isAuxiliary(tokens, words, i, to)) continue;
    if (isEventNoun(i) && /^(between|with)$/.test(words.form[i + 1] ?? '')) continue;
    if (pluralNoun(tokens, words, i, to)) continue;
    // "the seized aircraft", "Algeria's leading activist", "long-threatened": a participle after a
    // determiner, adjective, possessive or hyphen is an adjective.
    if (/^(VBN|VBG)$/.test(t.xpos) && (/^(DET|ADJ)$/.test(tokens[i - 1]?.upos ?? '') || /^(POS|PRP\$|HYPH)$/.test(tokens[i - 1]?.xpos ?? '')) && i > from) continue;
    // "extradited suspected militants": a participle right after a verb (not an auxiliary) is an adjective.
    if (t.xpos === 'VBN' && i > from && tokens[i - 1].upos === 'VERB' && !/^(have|be|get|do)$/.test(words.lemma[i - 1])) continue;
    let first = i;
    let passive = false;
    let negated = false;
    let modal: string | null = null;
    let infinitive = false;
    let progressive = false;
    let perfect = false;
    let auxiliaries = 0;
    for (let k = i - 1; k >= from && k >= i - 8; k--) {
      const lemma = words.lemma[k];
      const form = words.form[k];
      if (tokens[k].upos === 'PUNCT' && /^["“”']$/.test(form)) continue;
      if (tokens[k].upos === 'AUX' || MODALS.has(form) || isAuxiliary(tokens, words, k, i + 1)) {
        auxiliaries++;
        if (MODALS.has(form) || MODALS.has(lemma)) modal ??= form === 'wo' ? 'will' : form === 'ca' ? 'can' : lemma;
        else if (lemma === 'be' || lemma === 'get') {
          if (t.xpos === 'VBN' && auxiliaries === 1) passive = true;
          if (t.xpos === 'VBG' && auxiliaries === 1) progressive = true;
        } else if (lemma === 'have') perfect = true;
        first = k;
      } else if (form === 'to' && tokens[k].upos === 'PART') {
        infinitive = true;
        first = k;
        // "is going to meet", "is set to take place", "is to meet": a plan.
        if (k >= from + 2 && /^(going|set|due|about)$/.test(words.form[k - 1]) && words.lemma[k - 2] === 'be') modal ??= 'will';
        if (k >= from + 1 && words.lemma[k - 1] === 'be' && tokens[k - 1].upos === 'AUX') modal ??= 'will';
        break;
      } else if ((INNER_ADVERB.test(form) || tokens[k].xpos === 'RB') && tokens[k].upos !== 'VERB') {
        if (NEGATION.has(form) || form === 'longer') negated = true;
        if (auxiliaries === 0 && !NEGATION.has(form)) continue;
        first = k;
      } else break;
    }
    // Leading adverbs with no auxiliary before them do not belong to the group.
    while (first < i && tokens[first].upos === 'ADV' && !NEGATION.has(words.form[first])) first++;
    let end = i + 1;
    while (end < to && tokens[end].upos === 'ADP' && tokens[end].xpos === 'RP') end++;
    // "a stance put forward by X", "and backed by Y": a participle with no auxiliary.
    const previous = tokens[i - 1];
    const byFollows = words.form[end] === 'by' || words.form[end + 1] === 'by';
    const reduced = auxiliaries === 0 && !infinitive && t.xpos === 'VBN' && !!previous && byFollows && /^(NOUN|PROPN|PUNCT|CCONJ)$/.test(previous.upos);
    groups.push({ first, head: i, end, passive: passive || (reduced && byFollows), negated, modal, infinitive, progressive, perfect, reduced });
    i = end - 1;
  }
  return groups;
}

/**
 * "Ivory Coast rebels on Friday rejected": a present-tense "-s" form after a proper noun, followed
 * by nothing but adverbs and prepositional phrases before a past-tense verb, is a plural noun.
 */
function pluralNoun(tokens: Token[], words: Words, i: number, to: number): boolean {
  if (tokens[i].xpos !== 'VBZ' || !words.form[i].endsWith('s') || tokens[i - 1]?.upos !== 'PROPN') return false;
  for (let k = i + 1; k < to && k <= i + 5; k++) {
    if (tokens[k].xpos === 'VBD') return true;
    if (!/^(ADV|ADP|PROPN|NUM|DET)$/.test(tokens[k].upos)) return false;
  }
  return false;
}

/** "has" tagged as a verb before a participle ("has since called") is an auxiliary all the same. */
function isAuxiliary(tokens: Token[], words: Words, i: number, to: number): boolean {
  if (tokens[i].upos !== 'VERB' || !/^(have|be|do|get)$/.test(words.lemma[i])) return false;
  for (let k = i + 1; k < to && k <= i + 3; k++) {
    const t = tokens[k];
    if (t.upos === 'VERB' || t.upos === 'AUX') return /^(VBN|VBG|VB)$/.test(t.xpos);
    if (t.upos !== 'ADV' && t.upos !== 'PART' && words.form[k] !== 'since') return false;
  }
  return false;
}

/** An auxiliary with no verb after it is the main verb of its clause ("there were no plans", "is not necessary"). */
function isMainAux(tokens: Token[], i: number, to: number): boolean {
  for (let k = i + 1; k < to && k <= i + 5; k++) {
    const u = tokens[k].upos;
    if (u === 'VERB' || u === 'AUX') return false;
    if (u !== 'ADV' && u !== 'PART') break;
  }
  return true;
}
