import type { DocumentModel } from '../model/document.js';
import { codesOn, PREFIX_LENGTH, type DictionaryEntry, type DictionaryIndex } from '../knowledge/actor-dictionary.js';

/** A name of an actor dictionary (the user's, or Phoenix's) found in the text, with the agent beside it, if any. */
export interface DictionaryMatch {
  start: number;
  end: number;
  /** The actor codes on the article's date, the agent's sector joined ("GON" + "~COP" → "GONCOP"); empty for a null code ("---"). */
  codes: string[];
  /** "file:line NAME" of the entry, and of the agent's after "+". */
  entry: string;
}

interface Found {
  /** Offsets into the folded text, and the token range. */
  start: number;
  end: number;
  first: number;
  last: number;
  entry: DictionaryEntry;
}

const WORD = /[\p{L}\p{N}]/u;
/** Words that may sit between a name and its agent noun: "Gondor's main opposition group", "Arnor former security officials". */
const BETWEEN = /^('s?|’s?)$/;
/** Prepositions that hang a name on its agent noun: "activists in Arnor", "the government of Gondor". */
const OF = new Set(['of', 'in', 'from']);

/**
 * The dictionary's names in the article, matched as PETRARCH and TABARI match them: case-insensitive,
 * at the start of a word, the longest entry first, names that are stems running on to the end of the
 * word ("Argentin" → "Argentina"), others ending with a word; then each agent noun joined to the name
 * it qualifies ("Gondor police", "Gondor's government", "activists in Arnor", "MSF Arnor").
 */
export function findDictionaryActors(doc: DocumentModel, dictionary: DictionaryIndex): DictionaryMatch[] {
  const { norm, offsets, tokenAt } = foldedWords(doc);
  const found: Found[] = [];
  for (let i = 0; i < norm.length; i++) {
    if (!isWordAt(norm, i) || (i > 0 && isWordAt(norm, i - 1))) continue;
    const hit = longestAt(dictionary, norm, i);
    if (!hit) continue;
    const start = offsets[i];
    const end = offsets[hit.end - 1] + 1;
    found.push({ start, end, first: tokenAt[i], last: tokenAt[hit.end - 1], entry: hit.entry });
    i = hit.end - 1;
  }
  return joinAgents(doc, found);
}

/**
 * The article's tokens in lower case, one space where the text has any blank between them, none
 * where it has none ("gondor's"), with the text offset and the token of each character. An
 * underscore is a space, as in the dictionaries: texts prepared for these coders join names so
 * ("Dol_Amroth").
 */
function foldedWords(doc: DocumentModel): { norm: string; offsets: number[]; tokenAt: number[] } {
  let norm = '';
  const offsets: number[] = [];
  const tokenAt: number[] = [];
  doc.tokens.forEach((t, k) => {
    if (k > 0 && t.start > doc.tokens[k - 1].end) {
      norm += ' ';
      offsets.push(t.start - 1);
      tokenAt.push(k);
    }
    const form = doc.text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'").replace(/_/g, ' ');
    // A lower-case form of another length (rare letters) keeps the token's own offsets at its ends.
    for (let c = 0; c < form.length; c++) {
      offsets.push(Math.min(t.start + c, t.end - 1));
      tokenAt.push(k);
    }
    norm += form;
  });
  return { norm, offsets, tokenAt };
}

function nextBlank(norm: string, from: number): number {
  const at = norm.indexOf(' ', from);
  return at < 0 ? norm.length : at;
}

/** A letter or digit: ASCII by its code, the rest by the Unicode classes. */
function isWordAt(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORD.test(norm[i]);
}

/**
 * The longest entry at `i`: whole-word entries are looked up by their first two words, or their one
 * word, each word ending at a blank or before a mark inside it ("gondor" in "gondor's", "u.s" in
 * "u.s."); stems by their first letters.
 */
function longestAt(dictionary: DictionaryIndex, norm: string, i: number): { entry: DictionaryEntry; end: number } | null {
  let best: { entry: DictionaryEntry; end: number } | null = null;
  const consider = (entries: DictionaryEntry[] | undefined) => {
    for (const entry of entries ?? []) {
      if (best && entry.phrase.length <= best.end - i) continue;
      if (!norm.startsWith(entry.phrase, i)) continue;
      let end = i + entry.phrase.length;
      if (entry.stem) while (end < norm.length && isWordAt(norm, end)) end++;
      else if (end < norm.length && isWordAt(norm, end)) continue;
      if (!best || end - i > best.end - i) best = { entry, end };
      return;
    }
  };
  // One-word entries by each way the word may end, longer ones by their first two words.
  const blank = nextBlank(norm, i);
  for (let k = i + 1; k <= blank; k++) if (k === blank || !isWordAt(norm, k)) consider(dictionary.byFirstWords.get(norm.slice(i, k)));
  if (blank < norm.length && dictionary.leads.has(norm.slice(i, blank))) {
    const first = norm.slice(i, blank + 1);
    const second = nextBlank(norm, blank + 1);
    for (let k = blank + 2; k <= second; k++) if (k === second || !isWordAt(norm, k)) consider(dictionary.byFirstWords.get(first + norm.slice(blank + 1, k)));
  }
  if (dictionary.stemsByPrefix.size) for (let n = PREFIX_LENGTH; n >= 1; n--) consider(dictionary.stemsByPrefix.get(norm.slice(i, i + n)));
  return best;
}

/** Names joined with the agent nouns that qualify them; agents left alone code nothing. */
function joinAgents(doc: DocumentModel, found: Found[]): DictionaryMatch[] {
  const date = doc.article.published;
  const form = (t: number) => (t >= 0 && t < doc.tokens.length ? doc.text.slice(doc.tokens[t].start, doc.tokens[t].end).toLowerCase() : '');
  const out: DictionaryMatch[] = [];
  const used = new Set<Found>();
  const actors = found.filter((f) => f.entry.kind === 'actor');
  // Agents by their first and last token: an article may have thousands of names and agents.
  const agentFrom = new Map<number, Found>();
  const agentTo = new Map<number, Found>();
  for (const f of found) if (f.entry.kind === 'agent') agentFrom.set(f.first, f), agentTo.set(f.last, f);
  const free = (a: Found | undefined) => (a && !used.has(a) ? a : undefined);
  for (const actor of actors) {
    let codes = codesOn(actor.entry, date);
    let { start, end } = actor;
    let entry = actor.entry.source;
    // Coordinated agents each qualify the name: "Danish media and government" is DNKMED and DNKGOV.
    const join = (group: Found[]) => {
      const sectors = group.map((a) => codesOn(a.entry, date)[0] ?? '~');
      // "White House [USAGOV] security officials [~GOV]" is USAGOV, not USAGOVGOV.
      codes = codes.flatMap((c) => sectors.map((sector) => (c.endsWith(sector.replace('~', '')) ? c : sector.replace('~', c))));
      for (const agent of group) {
        start = Math.min(start, agent.start);
        end = Math.max(end, agent.end);
        entry += ` + ${agent.entry.source}`;
        used.add(agent);
      }
    };
    const coordinated = (first: Found, step: 1 | -1) => {
      const group = [first];
      for (let cur = first; ; ) {
        const and = step > 0 ? cur.last + 1 : cur.first - 1;
        const next = form(and) === 'and' ? free(step > 0 ? agentFrom.get(and + 1) : agentTo.get(and - 1)) : undefined;
        if (!next || group.includes(next)) return group.sort((a, b) => a.first - b.first);
        group.push(next);
        cur = next;
      }
    };
    // "MSF Arnor": an agent whose sector comes first, just before the name.
    const before = [free(agentTo.get(actor.first - 1))].find((a) => a && codesOn(a.entry, date)[0]?.endsWith('~'));
    if (before) join([before]);
    // "Arnor police", "Gondor's main opposition group", "Arnor former security officials".
    const after = [1, 2, 3].map((d) => free(agentFrom.get(actor.last + d))).find((a) => a && tokensBetween(doc, actor.last + 1, a.first, form));
    // "activists in Arnor", "the government of Gondor", "lawmakers and officials in Fornost".
    const hanging = [3, 2, 1].map((d) => free(agentTo.get(actor.first - d))).find((a) => a && OF.has(form(a.last + 1)) && (actor.first - a.last === 2 || form(a.last + 2) === 'the'));
    if (after) join(coordinated(after, 1));
    else if (hanging) join(coordinated(hanging, -1));
    if (codes.includes('---')) codes = [];
    out.push({ start, end, codes: codes.filter((c) => !c.includes('~')), entry });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the tokens [from, to) are only a possessive and adjectives. */
function tokensBetween(doc: DocumentModel, from: number, to: number, form: (t: number) => string): boolean {
  for (let t = from; t < to; t++) if (!BETWEEN.test(form(t)) && doc.tokens[t].upos !== 'ADJ') return false;
  return true;
}
