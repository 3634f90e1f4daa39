import { dependencies } from '../model/dependencies.js';
import type { ArticleView } from './article-view.js';
import { hasReading } from './modality-cues.js';
import type { VerbGroup } from './verb-groups.js';

/** One word above an event in the parse, and the relation by which the word below it hangs on it. */
export interface Governor {
  token: number;
  via: string;
  /** The word's verb group: its own, or one read off its auxiliaries in the parse; null for a noun or an adjective. */
  group: VerbGroup | null;
}

/** The words that govern an event in the parse, nearest first, up to the clause that reports it. */
export interface Scope {
  /** The event's own word: its verb, or the last word of its noun. */
  word: number;
  governors: Governor[];
  /** The verb of saying that reports the event ("said", also "..., the minister said" hanging on it), or -1. */
  reporter: number;
  /** "if"/"unless" introducing the event's clause or a clause above it, or -1. */
  condition: number;
}

/** Relations by which a word hangs on one whose modality reaches it: complements, objects, obliques, subjects. */
const INTO = new Set(['xcomp', 'ccomp', 'csubj', 'obj', 'iobj', 'obl', 'nmod', 'acl', 'nsubj']);
const RELATIVE = /^(who|whom|which|that|whose)$/;
/** Adverbs that negate the verb they hang on. */
export const NEGATION = /^(not|n't|never)$/;

/** Whether the verb at `i` is a verb of saying or belief that only reports what it governs. */
function reports(view: ArticleView, i: number): boolean {
  return view.words.upos[i] === 'VERB' && hasReading(view.words.lemma[i], 'report');
}

/**
 * Walks the parse up from the event's word (`anchor`) through the words that govern it: "talks"
 * hangs on "engage", which hangs on "urged"; stops at a verb of saying (which passes the status
 * through), at an adverbial clause (only "if"/"unless" there counts), a relative clause, or any
 * other relation. `groups` are the sentence's verb groups, looked up by their verb; `nearby`, the
 * groups that govern the event by their order in the clause, come after those of the parse.
 */
export function scopeOf(view: ArticleView, anchor: number, groups: readonly VerbGroup[], nearby: readonly VerbGroup[] = []): Scope {
  const { tokens } = view.doc;
  const deps = dependencies(tokens);
  const governors: Governor[] = [];
  let reporter = -1;
  let condition = -1;
  const visited = [anchor];
  for (let t = anchor; ; ) {
    const mark = deps.dependents(t, 'mark').find((m) => hasReading(view.words.form[m].toLowerCase(), 'conditional'));
    if (mark !== undefined && condition < 0) condition = mark;
    const { head, deprel } = tokens[t];
    if (head < 0 || head >= tokens.length || visited.includes(head)) break;
    // "stop fighting and hold talks": a conjunct shares what governs the first conjunct, not its own modality.
    if (deprel === 'conj') {
      visited.push((t = head));
      continue;
    }
    // "met Y to lay the groundwork for a summit": a clause of purpose stands as the verb it serves does.
    const purpose = deprel === 'advcl' && deps.dependents(t, 'mark', 'aux').some((m) => view.words.form[m] === 'to');
    if (!INTO.has(deprel) && !purpose) break;
    // "the envoy, who met ...": a relative clause says nothing of how its head noun's event stands.
    if (deprel === 'acl' && deps.dependents(t).some((c) => RELATIVE.test(view.words.form[c].toLowerCase()) && tokens[c].upos === 'PRON')) break;
    governors.push({ token: head, via: deprel, group: groupAt(view, head, groups) });
    visited.push((t = head));
    if (reports(view, head)) {
      reporter = head;
      break;
    }
  }
  // "Japan would give ..., the minister said": the verb of saying hangs on what it reports.
  for (const t of visited) {
    if (reporter >= 0) break;
    reporter = deps.dependents(t, 'parataxis', 'ccomp').find((c) => c > t && reports(view, c) && deps.dependent(c, 'ccomp', 'xcomp') < 0) ?? -1;
  }
  // The verb groups before the event in its clause ("expected X would meet"), where a misread parse
  // did not reach them; not a verb the event's word is coordinated with ("had not agreed to talks
  // and accused Y"): a conjunct is a sibling, and its modality is its own.
  for (const g of nearby) if (!visited.includes(g.head) && !governors.some((k) => k.token === g.head)) governors.push({ token: g.head, via: 'clause', group: g });
  return { word: anchor, governors, reporter, condition };
}

/** The verb group whose verb is `i`, or one read off the parse (its auxiliaries and negation); null for a word that is no verb. */
function groupAt(view: ArticleView, i: number, groups: readonly VerbGroup[]): VerbGroup | null {
  const known = groups.find((g) => g.head === i);
  if (known) return known;
  const { tokens } = view.doc;
  const deps = dependencies(tokens);
  const { form } = view.words;
  const aux = deps.dependents(i, 'aux');
  // A noun or an adjective is a predicate with a verb group only with its auxiliaries: "would be useful".
  if (tokens[i].upos !== 'VERB' && !aux.some((a) => tokens[a].xpos === 'MD')) return null;
  const negation = deps.dependents(i, 'advmod').filter((a) => NEGATION.test(form[a].toLowerCase()));
  const modal = aux.find((a) => tokens[a].xpos === 'MD');
  const first = Math.min(i, ...aux, ...negation);
  return {
    first, head: i, end: i + 1, passive: false, negated: negation.length > 0, modal: modal === undefined ? null : view.words.lemma[modal],
    infinitive: aux.some((a) => form[a] === 'to') || deps.dependents(i, 'mark').some((m) => form[m] === 'to'),
    progressive: false, perfect: false, reduced: false,
  };
}
