import type { EventStatus } from '../model/schema.js';
import type { ArticleView } from './article-view.js';
import type { VerbGroup } from './verb-groups.js';


export interface StatusReading {
  status: EventStatus;
  /** The rule and the words it rests on. */
  rule: string;
  cue: { start: number; end: number } | null;
}

/** Governing verbs whose complement is planned ("expected X would meet", "agreed to meet"). */
const PLANNING = new Set(['expect', 'plan', 'schedule', 'announce', 'agree', 'intend', 'prepare', 'propose', 'promise', 'pledge', 'arrange', 'invite', 'offer', 'vow', 'decide', 'set', 'organize', 'organise']);
/** Governing verbs that ask their complement of someone: "urged X to hold talks", "called on X to withdraw". */
const REQUESTING = new Set(['urge', 'ask', 'demand', 'press', 'request', 'appeal', 'encourage', 'implore', 'beg', 'exhort', 'pressure', 'pressurize', 'pressurise']);
/** Governing verbs of wanting: their complement is intended by the subject, not planned ("wants to meet", "seeks to end"). */
const INTENDING = new Set(['want', 'hope', 'seek', 'wish', 'aim', 'try', 'attempt', 'strive', 'desire']);
/** Verbs of saying: "would" under one is a reported "will" (a plan), elsewhere a hypothetical. */
const REPORTING = new Set(['say', 'tell', 'announce', 'state', 'report', 'add', 'confirm', 'insist', 'claim', 'declare', 'write', 'expect']);
const REFUSING = new Set(['decline', 'refuse', 'fail', 'reject']);
const DENYING = new Set(['deny']);
const CANCELLING = new Set(['cancel', 'postpone', 'shelve', 'scrap', 'delay', 'suspend', 'abandon', 'drop']);
const POSSIBLE_MODALS = new Set(['may', 'might', 'could', 'can']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall']);
/** Nouns and adjectives that put an event in the future or in doubt ("hopes for a meeting", "a possible end"). */
const PLANNED_WORDS = /^(plans?|planned|hopes?|upcoming|proposed|expected|scheduled|forthcoming|prospective|future|next|prospects?|preparations?|invitation)$/;
const POSSIBLE_WORDS = /^(possible|possibly|perhaps|likely|potential|potentially|maybe)$/;

/**
 * The status of an event mentioned at tokens [anchor, anchorEnd) of a clause that starts at
 * `clauseStart`, read from its verb group, the verbs governing it and the words around it.
 */
export function readStatus(view: ArticleView, sentenceStart: number, clauseStart: number, anchor: number, anchorEnd: number, group: VerbGroup | null, governors: VerbGroup[], purpose = false): StatusReading {
  const { words, doc } = view;
  const span = (a: number, b: number) => ({ start: doc.tokens[a].start, end: doc.tokens[b - 1].end });
  // "there were no plans for X to meet", "no immediate plans for a summit": shelved.
  for (let k = anchor - 1; k >= sentenceStart && k >= anchor - 9 && !/^[;.]$/.test(words.form[k]); k--) {
    if (/^plans?$/.test(words.form[k]) && (words.form[k - 1] === 'no' || words.form[k - 2] === 'no')) return { status: 'cancelled', rule: 'status.no-plans', cue: span(k - 1, k + 1) };
  }
  // The event noun followed by its fate: "a meeting ... is not necessary", "was no longer happening", "called off".
  const after = predicateAfter(view, anchorEnd);
  if (after) return after;
  const chain = group ? [group, ...governors] : governors;
  for (const g of chain) {
    const lemma = words.lemma[g.head];
    // "called off", its particle inside the group or after it.
    if (CANCELLING.has(lemma) || (lemma === 'call' && (words.form[g.end] === 'off' || words.form[g.end - 1] === 'off'))) return { status: 'cancelled', rule: `status.${lemma}`, cue: span(g.first, g.end) };
    if (DENYING.has(lemma)) return { status: 'denied', rule: 'status.deny', cue: span(g.first, g.end) };
    if (g !== group && REFUSING.has(lemma)) return { status: 'negated', rule: `status.${lemma}-to`, cue: span(g.first, g.end) };
  }
  if (group?.negated) return { status: 'negated', rule: 'status.negation', cue: span(group.first, group.end) };
  // "did not agree to meet", and a noun in the object of "did not hold".
  const head = group ? (group.infinitive ? governors[0] : undefined) : governors[0];
  if (head?.negated) return { status: 'negated', rule: 'status.negated-governor', cue: span(head.first, head.end) };
  for (let k = anchor - 1; k >= sentenceStart && k >= anchor - 12 && !/^[;.]$/.test(words.form[k]); k--) {
    if (/^(if|unless)$/.test(words.form[k])) return { status: 'hypothetical', rule: 'status.conditional', cue: span(k, k + 1) };
  }
  for (const g of chain) {
    if (g.modal && POSSIBLE_MODALS.has(g.modal)) return { status: 'possible', rule: `status.modal-${g.modal}`, cue: span(g.first, g.end) };
  }
  for (let k = anchor - 1; k >= sentenceStart && k >= anchor - 6 && !/^[;.]$/.test(words.form[k]); k--) {
    if (POSSIBLE_WORDS.test(words.form[k])) return { status: 'possible', rule: 'status.possible', cue: span(k, k + 1) };
  }
  // "urged X to hold talks", "called on X to withdraw": asked of X; "wants to meet": intended.
  for (const g of governors) {
    const lemma = words.lemma[g.head];
    const callOn = lemma === 'call' && /^(on|upon)$/.test(words.form[g.end] ?? '');
    if (REQUESTING.has(lemma) || callOn) return { status: 'requested', rule: `status.requested-${callOn ? 'call-on' : lemma}`, cue: span(g.first, g.end) };
    if (INTENDING.has(lemma)) return { status: 'intended', rule: `status.intended-${lemma}`, cue: span(g.first, g.end) };
  }
  // "would give" told by no one is a hypothetical; under "said" it is the reported "will".
  const wouldAlone = chain.find((g) => g.modal === 'would');
  if (wouldAlone && !reported(view, sentenceStart, anchor)) return { status: 'hypothetical', rule: 'status.modal-would', cue: span(wouldAlone.first, wouldAlone.end) };
  for (const g of chain) {
    if (g.modal && FUTURE_MODALS.has(g.modal)) return { status: 'planned', rule: `status.modal-${g.modal}`, cue: span(g.first, g.end) };
    if (g !== group && PLANNING.has(words.lemma[g.head])) return { status: 'planned', rule: `status.${words.lemma[g.head]}`, cue: span(g.first, g.end) };
  }
  for (let k = anchor - 1; k >= clauseStart && k >= anchor - 6; k--) {
    if (PLANNED_WORDS.test(words.form[k])) return { status: 'planned', rule: 'status.planned-word', cue: span(k, k + 1) };
  }
  if (group?.progressive && /^(am|is|are|'s|'re)$/.test(words.form[group.first])) return { status: 'ongoing', rule: 'status.progressive', cue: span(group.first, group.end) };
  if (purpose) return { status: 'hypothetical', rule: 'status.purpose', cue: span(group!.first, group!.end) };
  return { status: 'occurred', rule: group ? 'status.indicative' : 'status.default', cue: null };
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
    if (REPORTING.has(words.lemma[k]) && doc.tokens[k].upos === 'VERB') return true;
  }
  return false;
}
