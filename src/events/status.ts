import type { EventStatus } from '../model/schema.js';
import type { ArticleView } from './article-view.js';
import type { VerbGroup } from './verb-groups.js';
import { dependencies } from '../model/dependencies.js';
import { hasReading } from './modality-cues.js';
import { NEGATION, type Scope } from './scope.js';

export interface StatusReading {
  status: EventStatus;
  /** The rule and the words it rests on. */
  rule: string;
  cue: { start: number; end: number } | null;
}

/**
 * The status of an event mentioned at tokens [anchor, anchorEnd) of a clause that starts at
 * `clauseStart`, read from its verb group (null for an event noun), the words that govern it in
 * the parse (`scope`) and the words around it. The cue names the word the status rests on.
 */
export function readStatus(view: ArticleView, sentenceStart: number, clauseStart: number, anchor: number, anchorEnd: number, group: VerbGroup | null, scope: Scope, purpose = false): StatusReading {
  const { words, doc } = view;
  const { tokens } = doc;
  const span = (a: number, b: number) => ({ start: tokens[a].start, end: tokens[b - 1].end });
  const at = (g: VerbGroup) => span(g.first, g.end);
  const deps = dependencies(tokens);
  // "there were no plans for X to meet", "no immediate plans for a summit": shelved.
  for (let k = anchor - 1; k >= sentenceStart && k >= anchor - 9 && !/^[;.]$/.test(words.form[k]); k--) {
    if (/^plans?$/.test(words.form[k]) && (words.form[k - 1] === 'no' || words.form[k - 2] === 'no')) return { status: 'cancelled', rule: 'status.no-plans', cue: span(k - 1, k + 1) };
  }
  // The event noun followed by its fate: "a meeting ... is not necessary", "was no longer happening", "called off".
  const after = predicateAfter(view, anchorEnd);
  if (after) return after;
  const governing = scope.governors.flatMap((g) => (g.group ? [g.group] : []));
  const chain = group ? [group, ...governing] : governing;
  for (const g of chain) {
    const lemma = words.lemma[g.head];
    const next = [words.form[g.end], words.form[g.end - 1]];
    // "called off", its particle inside the group or after it.
    if (hasReading(lemma, 'cancelled', ...next)) return { status: 'cancelled', rule: `status.${lemma}${lemma === 'call' ? '-off' : ''}`, cue: at(g) };
    if (hasReading(lemma, 'denied')) return { status: 'denied', rule: `status.${lemma}`, cue: at(g) };
    if (g !== group && hasReading(lemma, 'refused')) return { status: 'negated', rule: `status.${lemma}-to`, cue: at(g) };
  }
  // "if Bolivia does not withdraw": under a condition, whatever its polarity.
  if (scope.condition >= 0) return { status: 'hypothetical', rule: `status.conditional-${words.form[scope.condition].toLowerCase()}`, cue: span(scope.condition, scope.condition + 1) };
  if (group?.negated) return { status: 'negated', rule: 'status.negation', cue: at(group) };
  // "urged Y not to attack": the negation the parse puts on the verb, outside its group.
  const not = group ? deps.dependents(scope.word, 'advmod').find((d) => NEGATION.test(words.form[d].toLowerCase())) ?? -1 : -1;
  if (not >= 0) return { status: 'negated', rule: 'status.negation', cue: span(not, not + 1) };
  // "no meeting took place": an event noun under "no".
  const no = group ? -1 : deps.dependents(scope.word, 'det').find((d) => words.form[d].toLowerCase() === 'no') ?? -1;
  if (no >= 0) return { status: 'negated', rule: 'status.no', cue: span(no, no + 1) };
  // An "if" the parse attached elsewhere: the words before the event, as far as a clause goes.
  for (let k = anchor - 1; k >= sentenceStart && k >= anchor - 12 && !/^[;.]$/.test(words.form[k]); k--) {
    if (hasReading(words.form[k].toLowerCase(), 'conditional') && tokens[k].upos === 'SCONJ') return { status: 'hypothetical', rule: 'status.conditional', cue: span(k, k + 1) };
  }
  // "did not agree to meet", and a noun in the object of "did not hold".
  const nearest = scope.governors[0];
  // A verb of saying only reports: "does not say it will meet" neither negates the meeting nor plans it.
  const head = nearest?.group && (group ? group.infinitive || nearest.via === 'xcomp' : true) && nearest.token !== scope.reporter ? nearest.group : undefined;
  if (head?.negated) return { status: 'negated', rule: 'status.negated-governor', cue: at(head) };
  for (const g of chain) {
    if (g.modal && hasReading(g.modal, 'modal-possible')) return { status: 'possible', rule: `status.modal-${g.modal}`, cue: at(g) };
  }
  // "possibly meet", "a possible meeting", "is likely to meet": a word of possibility on the event or above it.
  const possible = modifierWith(view, scope, 'possible-word') ?? nearBefore(view, sentenceStart, anchor, 6, 'possible-word');
  if (possible !== undefined) return { status: 'possible', rule: 'status.possible', cue: span(possible, possible + 1) };
  // "urged X to hold talks", "called on X to withdraw": asked of X; "wants to meet": intended;
  // "suggested a ceasefire was near": possible. Only for what the verb governs as its complement.
  for (const { group: g, via } of scope.governors) {
    if (!g || via === 'nsubj') continue;
    const lemma = words.lemma[g.head];
    const next = [words.form[g.end], words.form[g.end - 1]];
    if (hasReading(lemma, 'requested', ...next)) return { status: 'requested', rule: `status.requested-${lemma === 'call' ? `call-${next.find((n) => hasReading('call', 'requested', n))}` : lemma}`, cue: at(g) };
    if (hasReading(lemma, 'intended')) return { status: 'intended', rule: `status.intended-${lemma}`, cue: at(g) };
    if (hasReading(lemma, 'possible')) return { status: 'possible', rule: `status.possible-${lemma}`, cue: at(g) };
  }
  // "would give" told by no one is a hypothetical; under "said" it is the reported "will".
  const wouldAlone = chain.find((g) => g.modal === 'would');
  if (wouldAlone && scope.reporter < 0 && !reported(view, sentenceStart, anchor)) return { status: 'hypothetical', rule: 'status.modal-would', cue: at(wouldAlone) };
  for (const g of chain) {
    if (g.modal && hasReading(g.modal, 'modal-future')) return { status: 'planned', rule: `status.modal-${g.modal}`, cue: at(g) };
    if (g !== group && hasReading(words.lemma[g.head], 'planned')) return { status: 'planned', rule: `status.${words.lemma[g.head]}`, cue: at(g) };
  }
  // "upcoming talks", "plans for a summit", "hopes for a meeting".
  const planned = modifierWith(view, scope, 'planned-word') ?? nearBefore(view, clauseStart, anchor, 6, 'planned-word');
  if (planned !== undefined) return { status: 'planned', rule: 'status.planned-word', cue: span(planned, planned + 1) };
  if (group?.progressive && /^(am|is|are|'s|'re)$/.test(words.form[group.first])) return { status: 'ongoing', rule: 'status.progressive', cue: at(group) };
  if (purpose) return { status: 'hypothetical', rule: 'status.purpose', cue: at(group!) };
  return { status: 'occurred', rule: group ? 'status.indicative' : 'status.default', cue: null };
}

/** A word with `reading` modifying the event's word or a word above it ("a possible meeting", "possibly met"), or governing it as a noun or adjective ("plans for talks", "likely to meet"). */
function modifierWith(view: ArticleView, scope: Scope, reading: 'possible-word' | 'planned-word'): number | undefined {
  const deps = dependencies(view.doc.tokens);
  const is = (t: number) => hasReading(view.words.form[t].toLowerCase(), reading) || hasReading(view.words.lemma[t], reading);
  for (const t of [scope.word, ...scope.governors.map((g) => g.token)]) {
    const modifier = deps.dependents(t, 'amod', 'advmod').find(is);
    if (modifier !== undefined) return modifier;
  }
  return scope.governors.find((g) => !g.group && is(g.token))?.token;
}

/** A word with `reading` in the few words before the event (what the parse may have attached elsewhere). */
function nearBefore(view: ArticleView, limit: number, anchor: number, width: number, reading: 'possible-word' | 'planned-word'): number | undefined {
  const { form } = view.words;
  for (let k = anchor - 1; k >= limit && k >= anchor - width && !/^[;.]$/.test(form[k]); k--) {
    // A noun by its lemma ("plans", "hopes"), any other word by its form ("planned", "expected").
    if (hasReading(form[k].toLowerCase(), reading) || (view.doc.tokens[k].upos === 'NOUN' && hasReading(view.words.lemma[k], reading))) return k;
  }
  return undefined;
}

/** "<event> is not necessary", "was no longer happening", "was called off", "cannot be postponed". */
function predicateAfter(view: ArticleView, from: number): StatusReading | null {
  const { words, doc } = view;
  let k = from;
  // Skip the rest of the noun phrase ("between the Secretary and Foreign Minister").
  while (k < doc.tokens.length && k < from + 8 && doc.tokens[k].upos !== 'AUX' && doc.tokens[k].upos !== 'VERB' && doc.tokens[k].upos !== 'PUNCT') k++;
  if (doc.tokens[k]?.upos !== 'AUX' || words.lemma[k] !== 'be') return null;
  const rest = words.form.slice(k + 1, k + 4).join(' ');
  const cue = (n: number) => ({ start: doc.tokens[k].start, end: doc.tokens[Math.min(k + n, doc.tokens.length - 1)].end });
  if (/^(not|no longer) (necessary|essential|needed|happening|going ahead|on)\b/.test(rest)) return { status: 'cancelled', rule: 'status.not-necessary', cue: cue(2) };
  if (/^(off|cancell?ed|called off|postponed|shelved|scrapped)\b/.test(rest)) return { status: 'cancelled', rule: 'status.called-off', cue: cue(2) };
  return null;
}

/** The sentence around `anchor` reports speech: a verb of saying anywhere in it ("..., officials said"). */
function reported(view: ArticleView, sentenceStart: number, anchor: number): boolean {
  const { words, doc } = view;
  for (let k = sentenceStart; k < doc.tokens.length && !(k > anchor && /^[.!?]$/.test(words.form[k])); k++) {
    if (hasReading(words.lemma[k], 'report') && doc.tokens[k].upos === 'VERB') return true;
  }
  return false;
}
