/**
 * Feature templates of the name tagger, shared by the tagger and its trainer so that a model is
 * always read with the features it was trained with.
 */
import { isRoleWord } from './name-edges.js';
import { gazetteerMatches, gazetteerTags, isOrganisationWord, type GazetteerMatch, type ModelLists } from './lexicon.js';

/** BILOU labels over these types; "O" is class 0. */
export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'GRP'] as const;
export const LABELS = ['O', ...NAME_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** One sentence as the tagger sees it. */
export interface NameContext {
  forms: string[];
  lower: string[];
  shapes: string[];
  upos: string[];
  xpos: string[];
  gaz: string[];
  /** "g" given name, "s" surname, "gs" both, "-" neither (from the model's lists). */
  person: string[];
  /** "R" when the token is a role word or honorific ("President", "Dr."), else "-". */
  role: string[];
  /**
   * Where the token stands to an organisation word (org-words.tsv) of its run of capitalised words:
   * "H" it is one, "B" one follows it, "A" one precedes it, "-" none in the run.
   */
  org: string[];
  /** Gazetteer matches of the sentence, kept for the stage's own use. */
  matches: GazetteerMatch[];
  /**
   * Tokens that cannot start a name: no capital letter, no gazetteer or name-list hit, no role
   * word. After an "O" the tagger labels them "O" without scoring (most tokens of a text).
   */
  plain: boolean[];
}

/** Padding tokens on either side of a sentence in a NameContext. */
export const PAD = 2;

const shapes = new Map<string, string>();

/** Compressed character shape: "Obama" → "Xx", "U.S." → "X.X.", "iPhone" → "xXx", "G20" → "Xd". */
export function shape(word: string): string {
  let out = shapes.get(word);
  if (out !== undefined) return out;
  out = computeShape(word);
  // Words repeat across articles: keep the shapes, within a bound.
  if (shapes.size > 100_000) shapes.clear();
  shapes.set(word, out);
  return out;
}

function computeShape(word: string): string {
  let out = '';
  for (const ch of word.length > 20 ? word.slice(0, 20) : word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

/** Words that join the capitalised words of one name in organisationRuns. */
const RUN_CONNECTOR = /^(of|and|&|for|the|de|du|del|la|von|van)$/;

/** Per token, its place relative to the organisation words of its run of capitalised words. */
function organisationRuns(forms: string[]): string[] {
  const out = forms.map(() => '-');
  const capital = (k: number) => k < forms.length && /^\p{Lu}/u.test(forms[k]!);
  for (let i = 0; i < forms.length; ) {
    if (!capital(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (capital(j) || (j + 1 < forms.length && RUN_CONNECTOR.test(forms[j]!) && capital(j + 1))) j++;
    const heads: number[] = [];
    for (let k = i; k < j; k++) if (isOrganisationWord(forms[k]!)) heads.push(k);
    if (heads.length > 0) for (let k = i; k < j; k++) out[k] = heads.includes(k) ? 'H' : k < heads.at(-1)! ? 'B' : 'A';
    i = j;
  }
  return out;
}

const pad = (values: string[], left: string, right: string) => [left + '2', left + '1', ...values, right + '1', right + '2'];

/** What makeContext reads off a word form alone, the same wherever the word stands. */
interface WordFacts {
  lower: string;
  shape: string;
  person: string;
  role: string;
}

/** Per model's lists, the facts of word forms seen: words repeat across sentences and articles. */
const wordFacts = new WeakMap<ModelLists, Map<string, WordFacts>>();

/** The word facts kept for `lists`. */
function knownFacts(lists: ModelLists): Map<string, WordFacts> {
  let known = wordFacts.get(lists);
  if (known === undefined) wordFacts.set(lists, (known = new Map()));
  return known;
}

function factsOf(form: string, lists: ModelLists, known: Map<string, WordFacts>): WordFacts {
  let facts = known.get(form);
  if (facts === undefined) {
    const lower = form.toLowerCase();
    facts = {
      lower,
      shape: shape(form),
      person: (lists.given.has(lower) ? 'g' : '') + (lists.surnames.has(lower) ? 's' : '') || '-',
      role: /^\p{Lu}|^[a-z]{3,}$/u.test(form) && isRoleWord(form) ? 'R' : '-',
    };
    if (known.size > 100_000) known.clear();
    known.set(form, facts);
  }
  return facts;
}

export function makeContext(forms: string[], upos: string[], xpos: string[], lists: ModelLists): NameContext {
  const known = knownFacts(lists);
  const facts = forms.map((f) => factsOf(f, lists, known));
  const person = facts.map((w) => w.person);
  const matches = gazetteerMatches(forms, lists);
  const gaz = gazetteerTags(forms, matches);
  const role = facts.map((w) => w.role);
  const org = organisationRuns(forms);
  const plain = forms.map((f, i) => gaz[i] === '-' && person[i] === '-' && role[i] === '-' && facts[i]!.lower === f);
  return {
    forms,
    lower: pad(facts.map((w) => w.lower), '<s', '</s'),
    shapes: pad(facts.map((w) => w.shape), '<', '>'),
    upos: pad(upos, '<', '>'),
    xpos: pad(xpos, '<', '>'),
    gaz: pad(gaz, '<', '>'),
    person: pad(person, '<', '>'),
    role: pad(role, '<', '>'),
    org: pad(org, '<', '>'),
    matches,
    plain,
  };
}

/**
 * What a feature template reads: a field of the token at an offset from the tagged one (`lower`,
 * `shape`, …), a part of its lower-cased form (`prefix3`, `suffix2`, …), or a label predicted
 * before it (`prev`, `prev2`). `first+shape` is the shape, marked "^" on the sentence's first token.
 */
export type Field =
  | 'bias' | 'form' | 'lower' | 'shape' | 'prefix3' | 'suffix2' | 'suffix3' | 'suffix4' | 'first+shape'
  | 'upos' | 'xpos' | 'gaz' | 'person' | 'role' | 'org' | 'prev' | 'prev2';

/** One or two parts (field, offset); a template's value is its parts' values joined by a space. */
export type Part = readonly [field: Field, offset: number];

const one = (field: Field, offset = 0): Part[] => [[field, offset]];
const two = (a: Field, offsetA: number, b: Field, offsetB: number): Part[] => [[a, offsetA], [b, offsetB]];

/** The templates by name and parts, in the model's order. */
export const TEMPLATE_PARTS: readonly (readonly [name: string, parts: readonly Part[]])[] = [
  ['bias', one('bias')], ['form', one('form')], ['lower', one('lower')], ['shape', one('shape')],
  ['prefix3', one('prefix3')], ['suffix2', one('suffix2')], ['suffix3', one('suffix3')], ['suffix4', one('suffix4')],
  ['first+shape', one('first+shape')], ['upos', one('upos')], ['xpos', one('xpos')],
  ['lower-1', one('lower', -1)], ['lower+1', one('lower', 1)], ['lower-2', one('lower', -2)], ['lower+2', one('lower', 2)],
  ['shape-1+shape', two('shape', -1, 'shape', 0)], ['shape+shape+1', two('shape', 0, 'shape', 1)],
  ['upos-1+upos', two('upos', -1, 'upos', 0)], ['upos+upos+1', two('upos', 0, 'upos', 1)],
  ['xpos+1', one('xpos', 1)], ['gaz', one('gaz')], ['gaz-1', one('gaz', -1)], ['gaz+1', one('gaz', 1)],
  ['gaz+shape', two('gaz', 0, 'shape', 0)], ['person', one('person')], ['person-1', one('person', -1)], ['person+1', one('person', 1)],
  ['role-1', one('role', -1)], ['role', one('role')], ['role-1+shape', two('role', -1, 'shape', 0)],
  ['prev', one('prev')], ['prev2+prev', two('prev2', 0, 'prev', 0)], ['prev+shape', two('prev', 0, 'shape', 0)],
  ['prev+lower', two('prev', 0, 'lower', 0)], ['prev+upos', two('prev', 0, 'upos', 0)],
  ['lower-1+lower', two('lower', -1, 'lower', 0)], ['lower+lower+1', two('lower', 0, 'lower', 1)],
  ['org', one('org')], ['org+gaz', two('org', 0, 'gaz', 0)], ['prev+org', two('prev', 0, 'org', 0)],
];

export const TEMPLATES = TEMPLATE_PARTS.map(([name]) => name);

/** The value of one part for token i, given the two labels predicted before it. */
export function partValue(ctx: NameContext, [field, offset]: Part, i: number, prev: string, prev2: string): string {
  const j = i + PAD + offset;
  switch (field) {
    case 'bias': return '1';
    case 'form': return ctx.forms[i]!;
    case 'lower': return ctx.lower[j]!;
    case 'shape': return ctx.shapes[j]!;
    case 'prefix3': return ctx.lower[j]!.slice(0, 3);
    case 'suffix2': return ctx.lower[j]!.slice(-2);
    case 'suffix3': return ctx.lower[j]!.slice(-3);
    case 'suffix4': return ctx.lower[j]!.slice(-4);
    case 'first+shape': return (i === 0 ? '^' : '') + ctx.shapes[j]!;
    case 'upos': return ctx.upos[j]!;
    case 'xpos': return ctx.xpos[j]!;
    case 'gaz': return ctx.gaz[j]!;
    case 'person': return ctx.person[j]!;
    case 'role': return ctx.role[j]!;
    case 'org': return ctx.org[j]!;
    case 'prev': return prev;
    case 'prev2': return prev2;
  }
}

/** One value per template for token i, given the two labels predicted before it (greedy, left to right). */
export function features(ctx: NameContext, i: number, prev: string, prev2: string): string[] {
  return TEMPLATE_PARTS.map(([, parts]) => parts.map((part) => partValue(ctx, part, i, prev, prev2)).join(' '));
}

/** Whether no name is open after label `prev`, so that a plain token is "O" without scoring. */
export function startsFree(prev: string): boolean {
  return prev === 'O' || prev[0] === '<' || prev[0] === 'L' || prev[0] === 'U';
}

/** Whether label `next` may follow `prev` under BILOU. */
export function allowed(prev: string, next: string): boolean {
  const open = prev.startsWith('B-') || prev.startsWith('I-');
  if (next.startsWith('I-') || next.startsWith('L-')) return open && prev.slice(2) === next.slice(2);
  return !open;
}

/** Spans [first, last) with their type from a BILOU label sequence. */
export function decode(labels: string[]): { first: number; last: number; type: string }[] {
  const spans: { first: number; last: number; type: string }[] = [];
  let start = -1;
  labels.forEach((label, i) => {
    if (label.startsWith('U-')) spans.push({ first: i, last: i + 1, type: label.slice(2) });
    else if (label.startsWith('B-')) start = i;
    else if (label.startsWith('L-') && start >= 0) {
      spans.push({ first: start, last: i + 1, type: label.slice(2) });
      start = -1;
    }
  });
  return spans;
}

/** BILOU labels of a sentence of `n` tokens holding these spans. */
export function encode(n: number, spans: { first: number; last: number; type: string }[]): string[] {
  const labels = new Array<string>(n).fill('O');
  for (const { first, last, type } of spans) {
    if (last - first === 1) labels[first] = `U-${type}`;
    else for (let k = first; k < last; k++) labels[k] = `${k === first ? 'B' : k === last - 1 ? 'L' : 'I'}-${type}`;
  }
  return labels;
}
