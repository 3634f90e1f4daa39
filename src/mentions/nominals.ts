import { readDataRows } from '../knowledge/data-files.js';
import type { NominalMention, Token } from '../model/schema.js';
import { readTitleWord, type TitleWord } from '../knowledge/title-words.js';
import { findAgent } from '../knowledge/agents.js';
import { findCountry } from '../knowledge/countries.js';

let heads: Map<string, { singular: string; plural: boolean; sector: string | null; qualified: boolean }> | null = null;

function anonymousHeads() {
  if (heads) return heads;
  heads = new Map();
  for (const [singular, plural, sector, qualified] of readDataRows('mentions/anonymous-heads.tsv')) {
    heads.set(singular, { singular, plural: false, sector: sector || null, qualified: qualified === 'qualified' });
    heads.set(plural, { singular, plural: true, sector: sector || null, qualified: qualified === 'qualified' });
  }
  return heads;
}

const INDEFINITE = /^(a|an|one|another|two|three|four|several|multiple|some|many|other|few|senior)$/i;
const POST_MODIFIER = /^(familiar|close|with|briefed|knowledgeable)$/i;
const MAX_MODIFIERS = 5;

/** Role and anonymous-source mentions in the sentence whose tokens are [from, to). */
export function findNominals(text: string, tokens: Token[], from: number, to: number): NominalMention[] {
  const form = (i: number) => text.slice(tokens[i].start, tokens[i].end);
  const found: NominalMention[] = [];
  for (let i = from; i < to; i++) {
    if (!/^NNP?S?$/.test(tokens[i].xpos)) continue;
    // A role noun right before a name is that person's title, not a mention of its own.
    if (i + 1 < to && tokens[i + 1].upos === 'PROPN') continue;
    const lower = form(i).toLowerCase();
    const anonymous = anonymousHeads().get(lower);
    if (anonymous && tokens[i].xpos.startsWith('NNP')) continue;
    const titled = anonymous ? null : readTitleWord(form(i), tokens[i].xpos.replace('NNP', 'NN'));
    // An agent noun of the people at large ("activists", "men", "demonstrators") heads a group only
    // with a country before it ("US activists"), which is checked below.
    const people = anonymous || titled?.kind === 'role' ? null : peopleAgent(lower, tokens[i].xpos);
    const role = titled?.kind === 'role' ? titled : people;
    if (!anonymous && !role) continue;

    let first = i;
    let country: string | null = null;
    let organisation: string | null = null;
    let sector: string | null = anonymous ? anonymous.sector : role?.kind === 'role' ? role.sector : null;
    while (first > from && i - first < MAX_MODIFIERS) {
      const modifier = readModifier(text, tokens, first, from);
      if (!modifier) break;
      const { word } = modifier;
      if (word?.kind === 'country') {
        country ??= word.match.country.code;
        sector ??= word.match.sector;
      } else if (word?.kind === 'organisation') organisation ??= word.organisation.id;
      first = modifier.first;
    }
    // "Israel's high court": a country's possessive before the phrase qualifies it.
    const owner = country || organisation ? null : possessiveCountry(text, tokens, first, from);
    if (owner) (country = owner.code), (first = owner.first);
    // "students throughout Indonesia", "rebels in the Ivory Coast": a plural known by where it is.
    const where = country || organisation || anonymous || tokens[i].xpos !== 'NNS' ? null : countryAfter(text, tokens, i + 1, to);
    if (where) country = where;
    if (people && !country) continue;
    const opener = first > from && /^(DT|CD|PRP\$)$|^JJ$/.test(tokens[first - 1].xpos) ? form(first - 1) : null;
    const plural = anonymous ? anonymous.plural : tokens[i].xpos === 'NNS';
    // "the two aides" is as definite as "the aides": it points back at people already named.
    const determiner = opener && /^CD$/.test(tokens[first - 1].xpos) && first - 2 >= from ? form(first - 2) : opener;
    const definite = determiner !== null && /^(the|this|that|these|those)$/i.test(determiner);
    if (anonymous) {
      if (!definite && !(opener && INDEFINITE.test(opener)) && !plural) continue;
      if (anonymous.qualified && !(i + 1 < to && POST_MODIFIER.test(form(i + 1)))) continue;
      // A bare noun with a country before it is a group: "Israeli soldiers", "Turkish police".
      // "a Kenyan court", "a French minister": someone of that country, not an office holder.
    } else if (!definite && !((plural || !opener || INDEFINITE.test(opener)) && (country || organisation))) continue;
    const indefinite = !anonymous && !definite && !plural && opener !== null && INDEFINITE.test(opener);
    let last = i + 1;
    if (anonymous && last < to && POST_MODIFIER.test(form(last))) {
      while (last < to && tokens[last].upos !== 'PUNCT' && !/^(VERB|AUX|SCONJ)$/.test(tokens[last].upos)) last++;
    }
    const start = opener ? tokens[first - 1].start : tokens[first].start;
    found.push({
      start,
      end: tokens[last - 1].end,
      text: text.slice(start, tokens[last - 1].end),
      kind: anonymous ? 'anonymous' : 'role',
      head: anonymous ? anonymous.singular : lower.replace(/s$/, ''),
      plural,
      definite,
      country,
      organisation,
      sector,
      modifiers: text.slice(tokens[first].start, tokens[i].start).trim().toLowerCase(),
      rule: anonymous ? (definite ? 'nominal.anonymous-definite' : 'nominal.anonymous') : indefinite ? 'nominal.role-indefinite' : people ? 'nominal.agent' : 'nominal.role',
    });
    // "Hungarian and Romanian officials", "US and British activists": each country's own group.
    for (const other of coordinatedCountries(text, tokens, first, from)) {
      found.push({ ...found[found.length - 1], start: tokens[other.index].start, end: tokens[other.index].end, text: form(other.index), country: other.code, definite: false, modifiers: form(other.index).toLowerCase(), rule: 'nominal.coordinated-country' });
    }
  }
  return found;
}

/**
 * The modifier ending just before token `first`: a country or body of up to three words ("State
 * Department"), a title word, or any adjective ("senior"); null where the phrase begins.
 */
function readModifier(text: string, tokens: Token[], first: number, from: number): { word: TitleWord | null; first: number } | null {
  for (let width = Math.min(3, first - from); width >= 1; width--) {
    // The determiner opens the mention; it is not part of a name ("the US").
    if (width > 1 && tokens[first - width].xpos === 'DT') continue;
    const phrase = text.slice(tokens[first - width].start, tokens[first - 1].end);
    const word = readTitleWord(phrase, width === 1 ? tokens[first - 1].xpos : 'NNP');
    if (word && (width === 1 || word.kind === 'country' || word.kind === 'organisation')) return { word, first: first - width };
  }
  return tokens[first - 1].xpos === 'JJ' ? { word: null, first: first - 1 } : null;
}

/** An agent noun of the people at large (CAMEO CVL, PPL...) that readTitleWord leaves out of titles. */
function peopleAgent(lower: string, xpos: string): { kind: 'role'; noun: string; sector: string | null } | null {
  if (!/^NNS?$/.test(xpos)) return null;
  const agent = findAgent(lower);
  return agent ? { kind: 'role', noun: agent.noun, sector: agent.sector } : null;
}

/** The country of a possessive ending just before token `first` ("Israel's", "Ivory Coast's"), and where it starts. */
function possessiveCountry(text: string, tokens: Token[], first: number, from: number): { code: string; first: number } | null {
  if (first - 2 < from || !/^['’]s?$/.test(text.slice(tokens[first - 1].start, tokens[first - 1].end))) return null;
  for (let width = Math.min(3, first - 1 - from); width >= 1; width--) {
    const match = findCountry(text.slice(tokens[first - 1 - width].start, tokens[first - 2].end));
    if (match && (match.via === 'name' || match.via === 'alias')) return { code: match.country.code, first: first - 1 - width };
  }
  return null;
}

/** The country named by "in/of/from/throughout (the) X" right after a plural head. */
function countryAfter(text: string, tokens: Token[], at: number, to: number): string | null {
  if (at + 1 >= to || !/^(in|of|from|throughout|across)$/i.test(text.slice(tokens[at].start, tokens[at].end))) return null;
  let k = at + 1;
  if (/^the$/i.test(text.slice(tokens[k].start, tokens[k].end))) k++;
  for (let width = Math.min(3, to - k); width >= 1; width--) {
    if (!/^\p{Lu}/u.test(text.slice(tokens[k].start, tokens[k].end))) return null;
    const match = findCountry(text.slice(tokens[k].start, tokens[k + width - 1].end));
    // A country by name, not a capital: "ministers in Vienna" meet there, they are not Austria's.
    if (match && (match.via === 'name' || match.via === 'alias')) return match.country.code;
  }
  return null;
}

/** Countries coordinated before the modifiers of a phrase: "Hungarian and" in "Hungarian and Romanian officials". */
function coordinatedCountries(text: string, tokens: Token[], first: number, from: number): { index: number; code: string }[] {
  const out: { index: number; code: string }[] = [];
  let k = first - 1;
  while (k - 1 >= from && /^(and|,|or)$/i.test(text.slice(tokens[k].start, tokens[k].end))) {
    const word = text.slice(tokens[k - 1].start, tokens[k - 1].end);
    const match = /^\p{Lu}/u.test(word) ? findCountry(word) : null;
    if (!match || match.via === 'seat') break;
    out.push({ index: k - 1, code: match.country.code });
    k -= 2;
  }
  return out;
}
