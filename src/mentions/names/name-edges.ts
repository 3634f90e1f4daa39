import { findAgent } from '../../knowledge/agents.js';
import { findCountry } from '../../knowledge/countries.js';
import { findOrganisation } from '../../knowledge/organisations.js';
import { readDataRows } from '../../knowledge/data-files.js';

/**
 * Where a name starts inside a longer phrase. Entity spans follow the CoNLL/UNER convention: the
 * name only, without a leading determiner or title ("Defence Secretary Jane Roe" → "Jane
 * Roe"), because titles are parsed separately from the tokens before the name. Used both to
 * convert gold annotations (GUM) and to trim the tagger's person spans.
 */

/** Honorifics and military ranks that stand before a name but are no agent nouns of agents.tsv. */
const HONORIFICS = new Set(
  ('mr mrs ms miss mx dr prof sir dame lord lady rev fr sen rep gov gen col maj capt lt sgt cpl adm cmdr ' +
    'major colonel captain lieutenant sergeant corporal commander admiral pope saint st')
    .split(' '),
);

let titleWords: Map<string, string> | null = null;

/** data/knowledge/title-words.tsv: word → "role" or "modifier". */
function titleWordKinds(): Map<string, string> {
  titleWords ??= new Map(readDataRows('knowledge/title-words.tsv').map(([word, kind]) => [word!, kind!]));
  return titleWords;
}

const roleWords = new Map<string, boolean>();

/** A word that names an office or rank ("President", "spokesperson", "Dr."); memoised per form. */
export function isRoleWord(form: string): boolean {
  let known = roleWords.get(form);
  if (known === undefined) {
    known = roleWord(form);
    if (roleWords.size > 100_000) roleWords.clear();
    roleWords.set(form, known);
  }
  return known;
}

function roleWord(form: string): boolean {
  const lower = form.toLowerCase().replace(/\.$/, '');
  if (HONORIFICS.has(lower) || titleWordKinds().get(lower) === 'role') return true;
  // Faiths in the agents table ("Islamic", "Sunni") qualify a title or a name; they hold no office.
  if (titleWordKinds().get(lower) === 'modifier') return false;
  const agent = /^\p{L}[\p{L}-]*$/u.test(lower) ? findAgent(lower) : null;
  return agent !== null && agent.sector !== 'CVL';
}

/** A role word or a title filler. */
export function isTitleWord(form: string): boolean {
  return isRoleWord(form) || isTitleFiller(form);
}

/** A word that may stand inside a title without being a role ("foreign", "of", "deputy"). */
function isTitleFiller(form: string): boolean {
  return titleWordKinds().get(form.toLowerCase()) === 'modifier';
}

/** A country, demonym, seat or organisation name that qualifies a title ("Russian", "Kremlin", "NATO"). */
function isTitleQualifier(form: string): boolean {
  return /^\p{Lu}/u.test(form) && (findCountry(form) !== null || findOrganisation(form) !== null);
}

const DETERMINER = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i;

/**
 * First token of the name in forms[from, to): past leading determiners, past a possessive ("Saudi
 * Arabia's Civil Defense Authority" → "Civil Defense Authority"), and for a person past the last
 * role word and the title fillers after it ("Defence Secretary Jane Roe" → "Jane Roe",
 * "Kremlin spokesperson Ivan Petrov" → "Ivan Petrov"). The name keeps a capitalised token.
 */
export function nameStart(forms: string[], from: number, to: number, person: boolean): number {
  let start = from;
  while (start < to - 1 && DETERMINER.test(forms[start]!)) start++;
  const capitalised = (k: number) => forms.slice(k, to).some((f) => /^\p{Lu}/u.test(f));
  for (let k = to - 2; k >= start; k--) {
    if (/^['’]s?$/.test(forms[k]!) && capitalised(k + 1)) {
      start = k + 1;
      break;
    }
  }
  if (!person) return start;
  for (let k = to - 2; k >= start; k--) {
    if (!isRoleWord(forms[k]!)) continue;
    let cut = k + 1;
    while (cut < to - 1 && (isTitleFiller(forms[cut]!) || DETERMINER.test(forms[cut]!))) cut++;
    return capitalised(cut) ? cut : start;
  }
  return start;
}

/**
 * Whether a person phrase is a title rather than a name: it ends in a role word ("the State
 * Department Spokesperson") or holds only title words ("Secretary of State").
 */
export function isTitleOnly(forms: string[]): boolean {
  if (forms.length === 0 || isRoleWord(forms.at(-1)!)) return true;
  return forms.some(isRoleWord) && forms.every((f) => isRoleWord(f) || isTitleFiller(f) || isTitleQualifier(f) || DETERMINER.test(f));
}

/** One past the last token of the name: drops a trailing possessive or punctuation. */
export function nameEnd(forms: string[], from: number, to: number): number {
  let end = to;
  while (end > from + 1 && /^(?:['’]s?|[\p{P}])$/u.test(forms[end - 1]!) && !/^\p{Lu}\.$/u.test(forms[end - 1]!)) end--;
  return end;
}
