import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { refusal } from './unreadable-lines.js';

/**
 * User actor dictionaries, read at run time (`--actors FILE`): what an analyst gives to code names
 * the built-in knowledge lacks or has wrong ("stale dictionaries"). Three formats:
 *
 * - PETRARCH / TABARI actors files: `NAME [CODE]`, names joined by `_`, synonyms on `+NAME` lines,
 *   codes on the entry's line or on indented lines below it, possibly dated (`[USAGOV 991201-010114]`,
 *   `[HOB <950601]`, `[HOBREB >990816]`), several actors in one (`[ELR/GAL]`); comments after `#`
 *   or `;`, `<!-- -->` blocks and `<TAG>` sections (TABARI's noun lists) are skipped, `~~FINISH` ends.
 * - agents files (any entry whose code holds `~`): agent nouns with the sector they add to the actor
 *   beside them, after its code (`POLICE [~COP]`: GON + COP) or before it (`MSF [NGO~]`); plurals are
 *   formed as PETRARCH forms them, or listed in braces (`{ATTORNEYS_GENERAL}`), and `!PERSON! = MAN,
 *   WOMAN` lines define substitutions (`CONGRESS!PERSON!`).
 * - `.tsv`: name, code and an optional provenance, one entry a line; `#` comments.
 *
 * Names are whole words, as PETRARCH matches them ("PETR does not do stemming"), except in a TABARI
 * file (one with `;` comments, `<NOUN>` sections or `~~FINISH`), where a name not ending in `_` is a
 * stem ("ARGENTIN" finds "Argentina"). Every entry keeps its file and line, so that each fact coded by
 * it can say where it came from.
 */
export interface DictionaryEntry {
  /** The name as matched: lower case, words separated by one space. */
  phrase: string;
  /** The last word may run on ("argentin" → "argentina"). */
  stem: boolean;
  kind: 'actor' | 'agent';
  /** Actors: the codes, each with the dates it holds for. Agents: one code with `~` where the actor's goes. */
  codes: DatedCode[];
  /** "file:line NAME", the entry as the user wrote it. */
  source: string;
}

export interface DatedCode {
  code: string;
  /** ISO dates, inclusive; null: unbounded. */
  from: string | null;
  to: string | null;
}

/** What matching needs of a dictionary: its entries by the words they begin with, longest phrase first. */
export interface DictionaryIndex {
  /** Whole-word entries by their first two words, or their one word (`indexKey`). */
  byFirstWords: { get(words: string): DictionaryEntry[] | undefined };
  /** The first words of entries of two words or more. */
  leads: { has(word: string): boolean };
  /** Stem entries (TABARI's) by their first letters. */
  stemsByPrefix: Map<string, DictionaryEntry[]>;
}

export interface ActorDictionary extends DictionaryIndex {
  entries: DictionaryEntry[];
  /** Lines skipped as unreadable, each `file:line: why`: the command reports them. */
  skipped: string[];
}

/** Stems are found by this many first characters (fewer when the phrase is shorter). */
export const PREFIX_LENGTH = 3;

/** A dictionary file that cannot be read as one: the message names the file and line. */
export class DictionaryError extends Error {}

/**
 * Reads and checks every file, in order; later files' entries come after earlier ones'. A line that
 * cannot be read is skipped and named in `skipped` (the Phoenix files have a few typos: "[~ENV}"),
 * unless there are too many (unreadable-lines.ts).
 */
export function loadActorDictionary(paths: readonly string[]): ActorDictionary {
  const entries: DictionaryEntry[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new DictionaryError(`${path}: cannot read the actor dictionary (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const problems: string[] = [];
    const read = path.toLowerCase().endsWith('.tsv') ? readTsv(text, path, problems) : readPetrarch(text, path, problems);
    checkReadable(path, read.length, problems);
    entries.push(...read);
    skipped.push(...problems);
  }
  return { ...indexEntries(entries), skipped };
}

function checkReadable(path: string, entries: number, problems: string[]) {
  if (entries === 0 && problems.length === 0) throw new DictionaryError(`${path}: no actor or agent entry (expected NAME [CODE] lines, or name<TAB>code in a .tsv)`);
  const refused = refusal(path, 'an actors or agents file', entries, problems);
  if (refused) throw new DictionaryError(refused);
}

/**
 * The key a whole-word entry is found by: its first two words, or its one word. Two, because one
 * is too common a start in large dictionaries ("the": a hundred Phoenix names).
 */
export function indexKey(phrase: string): string {
  const first = phrase.indexOf(' ');
  const second = first < 0 ? -1 : phrase.indexOf(' ', first + 1);
  return second < 0 ? phrase : phrase.slice(0, second);
}

/** The first word of a phrase of several words (a `leads` word), else null. */
export function leadOf(phrase: string): string | null {
  const blank = phrase.indexOf(' ');
  return blank < 0 ? null : phrase.slice(0, blank);
}

export function indexEntries(entries: DictionaryEntry[]): Omit<ActorDictionary, 'skipped'> {
  const byFirstWords = new Map<string, DictionaryEntry[]>();
  const stemsByPrefix = new Map<string, DictionaryEntry[]>();
  const leads = new Set<string>();
  for (const entry of entries) {
    const lead = entry.stem ? null : leadOf(entry.phrase);
    if (lead) leads.add(lead);
    const [index, key] = entry.stem ? [stemsByPrefix, entry.phrase.slice(0, PREFIX_LENGTH)] : [byFirstWords, indexKey(entry.phrase)];
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  }
  for (const index of [byFirstWords, stemsByPrefix]) for (const list of index.values()) longestFirst(list);
  return { entries, byFirstWords, leads, stemsByPrefix };
}

/** Longest match first: "ithilen military" before "ithilen"; a later file wins a tie. */
export function longestFirst(list: DictionaryEntry[]): DictionaryEntry[] {
  return list.reverse().sort((a, b) => b.phrase.length - a.phrase.length);
}

function readTsv(text: string, path: string, problems: string[]): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [name = '', code = '', provenance] = line.split('\t').map((c) => c.trim());
    const at = `${path}:${i + 1}`;
    try {
      if (!name || !code) throw new DictionaryError(`${at}: expected "name<TAB>code[<TAB>provenance]", got ${JSON.stringify(line.slice(0, 60))}`);
      const phrase = phraseOf(name, at);
      entries.push({ phrase, stem: false, kind: code.includes('~') ? 'agent' : 'actor', codes: [{ code: checkCode(code, at), from: null, to: null }], source: `${basename(path)}:${i + 1} ${name}${provenance ? ` (${provenance})` : ''}` });
    } catch (err) {
      if (!(err instanceof DictionaryError)) throw err;
      problems.push(err.message);
    }
  });
  return entries;
}

interface Pending {
  names: { name: string; line: number }[];
  codes: DatedCode[];
  /** Plurals listed in braces; null when there are no braces (then formed), empty for `{}` (none). */
  plurals: string[] | null;
  line: number;
}

/** TABARI's own marks, which PETRARCH's files do not use: `;` comments, `<NOUN>` sections, `~~FINISH`. */
const TABARI = /^[^#\n]*;|^~~|^<(NOUN|ADJECTIVE)>/m;

function readPetrarch(text: string, path: string, problems: string[]): DictionaryEntry[] {
  const stems = TABARI.test(text);
  const entries: DictionaryEntry[] = [];
  const substitutions = new Map<string, string[]>();
  const skip = (err: unknown) => {
    if (!(err instanceof DictionaryError)) throw err;
    problems.push(err.message);
  };
  let pending: Pending | null = null;
  const flush = () => {
    const block: Pending | null = pending;
    pending = null;
    if (!block?.codes.length) return;
    try {
      entries.push(...expand(block, path, substitutions, stems));
    } catch (err) {
      skip(err);
    }
  };
  // After an entry's own line is skipped, the synonym and code lines that continue it go with it.
  let skipping = false;
  let inComment = false;
  let section: string | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const at = `${path}:${i + 1}`;
    let line = lines[i];
    // <!-- ... --> blocks, possibly over several lines.
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      line = line.slice(end + 3);
      inComment = false;
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) {
      line = line.slice(0, open);
      inComment = true;
    }
    if (line.startsWith('~~')) break;
    line = stripComment(line);
    if (!line.trim()) continue;
    const tag = /^\s*<(\/?)([A-Za-z]+)>\s*$/.exec(line);
    if (tag) {
      flush();
      skipping = false;
      section = tag[1] ? null : tag[2];
      continue;
    }
    // TABARI's <NOUN> and <ADJECTIVE> sections list words without codes.
    if (section) continue;
    const macro = /^\s*(![A-Z]+!)\s*=\s*(.+)$/i.exec(line);
    if (macro) {
      substitutions.set(macro[1].toUpperCase(), macro[2].split(',').map((w) => w.trim()).filter(Boolean));
      continue;
    }
    const continues = /^\s/.test(line) || line.startsWith('+');
    if (continues && skipping) continue;
    try {
      const { rest, codes, plurals } = readCodes(line, at);
      if (/^\s/.test(line)) {
        if (rest.trim()) throw new DictionaryError(`${at}: an indented line may only hold codes in brackets, got ${JSON.stringify(rest.trim().slice(0, 60))}`);
        if (!pending) throw new DictionaryError(`${at}: a code line with no entry above it`);
        pending.codes.push(...codes);
      } else if (line.startsWith('+')) {
        if (!pending) throw new DictionaryError(`${at}: a synonym (+NAME) with no entry above it`);
        pending.names.push({ name: rest.slice(1).trim(), line: i + 1 });
        pending.codes.push(...codes);
      } else {
        flush();
        skipping = false;
        pending = { names: [{ name: rest.trim(), line: i + 1 }], codes, plurals, line: i + 1 };
      }
    } catch (err) {
      skip(err);
      if (!continues) {
        flush();
        skipping = true;
      }
    }
  }
  flush();
  return entries;
}

/** The line without its comment: `#` or `;` outside brackets. */
function stripComment(line: string): string {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if ((c === '#' || c === ';') && depth === 0) return line.slice(0, i);
  }
  return line;
}

/** The bracketed codes and braced plurals of a line, and what is left of it (the name). */
function readCodes(line: string, at: string): { rest: string; codes: DatedCode[]; plurals: string[] | null } {
  const codes: DatedCode[] = [];
  let plurals: string[] | null = null;
  let rest = line.replace(/\{([^}]*)\}/g, (_, list: string) => {
    plurals = [...(plurals ?? []), ...list.split(/[\s,]+/).filter(Boolean)];
    return ' ';
  });
  rest = rest.replace(/\[([^\]]*)\]/g, (_, inside: string) => {
    codes.push(readCode(inside, at));
    return ' ';
  });
  if (/[[\]{}]/.test(rest)) throw new DictionaryError(`${at}: unbalanced bracket in ${JSON.stringify(line.trim().slice(0, 60))}`);
  return { rest, codes, plurals };
}

/** "USAGOV 991201-010114", "HOB < 950601", "HOBREB > 990816", "~GOV". */
function readCode(inside: string, at: string): DatedCode {
  const m = /^\s*(\S+)\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*$/.exec(inside);
  if (!m) throw new DictionaryError(`${at}: cannot read the code [${inside.trim()}]: expected [CODE], [CODE <YYMMDD], [CODE >YYMMDD] or [CODE YYMMDD-YYMMDD]`);
  const code = checkCode(m[1], at);
  if (m[2] === '<') return { code, from: null, to: isoDate(m[3], at, -1) };
  if (m[2] === '>') return { code, from: isoDate(m[3], at, 0), to: null };
  if (m[4]) return { code, from: isoDate(m[4], at, 0), to: isoDate(m[5], at, 0) };
  return { code, from: null, to: null };
}

function checkCode(code: string, at: string): string {
  if (!/^[A-Za-z0-9~/+#-]+$/.test(code) || (code.match(/~/g)?.length ?? 0) > 1) throw new DictionaryError(`${at}: "${code}" is not an actor or agent code (letters and digits, "~" where an agent joins the actor, "/" between actors)`);
  return code.toUpperCase();
}

/**
 * A YYMMDD (TABARI: years before 30 are 20xx) or YYYYMMDD date as ISO; `shift` -1 for "before" (the
 * day before: "[HOB <950601]" then "[HOBGOV 950601-990815]"), so that every bound is inclusive.
 */
function isoDate(digits: string, at: string, shift: -1 | 0): string {
  const full = digits.length === 8 ? digits : `${Number(digits.slice(0, 2)) < 30 ? '20' : '19'}${digits}`;
  const time = Date.UTC(Number(full.slice(0, 4)), Number(full.slice(4, 6)) - 1, Number(full.slice(6, 8)));
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10).replace(/-/g, '') !== full) throw new DictionaryError(`${at}: "${digits}" is not a date (YYMMDD or YYYYMMDD)`);
  return new Date(time + shift * 864e5).toISOString().slice(0, 10);
}

/** One entry per name, synonym, plural and substitution of a dictionary block. */
function expand(p: Pending, path: string, substitutions: Map<string, string[]>, stems: boolean): DictionaryEntry[] {
  const isAgent = p.codes.some((c) => c.code.includes('~'));
  const file = basename(path);
  const out: DictionaryEntry[] = [];
  for (const { name, line } of p.names) {
    const at = `${path}:${line}`;
    if (!name) throw new DictionaryError(`${at}: an entry with codes but no name`);
    const forms = withSubstitutions(name, substitutions, at);
    // Agents are nouns: the plural is coded as the singular.
    if (isAgent) forms.push(...(p.plurals ?? forms.flatMap(plurals)));
    for (const form of new Set(forms)) {
      out.push({ phrase: phraseOf(form, at), stem: stems && !isAgent && !form.endsWith('_') && !form.endsWith('='), kind: isAgent ? 'agent' : 'actor', codes: p.codes, source: `${file}:${line} ${name}` });
    }
  }
  return out;
}

function withSubstitutions(name: string, substitutions: Map<string, string[]>, at: string): string[] {
  const macro = /![A-Z]+!/i.exec(name);
  if (!macro) return [name];
  const words = substitutions.get(macro[0].toUpperCase());
  if (!words) throw new DictionaryError(`${at}: ${macro[0]} is used before a line defines it (${macro[0]} = WORD, WORD)`);
  return words.flatMap((w) => withSubstitutions(name.replace(macro[0], w), substitutions, at));
}

/** PETRARCH's regular plurals of the last word: -s, -es after s/x/z/ch/sh, -ies after a consonant and y, -men. */
function plurals(name: string): string[] {
  const bare = name.replace(/_+$/, '');
  const m = /^(.*?)([A-Za-z]+)$/.exec(bare);
  if (!m) return [];
  const [, head, last] = m;
  const upper = last.toUpperCase();
  if (upper.endsWith('MAN')) return [`${head}${last.slice(0, -3)}MEN`];
  if (/[^AEIOU]Y$/.test(upper)) return [`${head}${last.slice(0, -1)}IES`];
  if (/(S|X|Z|CH|SH)$/.test(upper)) return [`${head}${last}ES`];
  return [`${head}${last}S`];
}

function phraseOf(name: string, at: string): string {
  const phrase = name.replace(/[_=]+$/, '').replace(/[_\s]+/g, ' ').trim().toLowerCase();
  if (!/[\p{L}\p{N}]/u.test(phrase)) throw new DictionaryError(`${at}: the name ${JSON.stringify(name)} has no letter or digit`);
  return phrase;
}

/** The codes of an entry on a date (ISO; null: undated), each actor of a compound ("ELR/GAL") apart. */
export function codesOn(entry: DictionaryEntry, date: string | null): string[] {
  const dated = entry.codes.filter((c) => c.from !== null || c.to !== null);
  const fits = date ? dated.find((c) => (c.from === null || c.from <= date) && (c.to === null || date <= c.to)) : undefined;
  const code = fits ?? entry.codes.find((c) => c.from === null && c.to === null) ?? (date ? undefined : entry.codes[entry.codes.length - 1]);
  return code ? code.code.split('/').filter(Boolean) : [];
}
