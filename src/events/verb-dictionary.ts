import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readDataRows } from '../knowledge/data-files.js';
import { refusal } from '../knowledge/unreadable-lines.js';
import { parseVerbFile, VerbFileError, type VerbRow } from './verb-file.js';

/** One slot of a pattern: the words any of which may fill it (a word may be several: "cease fire"). */
type Slot = string[][];
/** A pattern element: a word, consecutive words ({a b}) or a prepositional phrase ((prep a b)). */
type Element = { kind: 'words'; slots: Slot[] } | { kind: 'phrase'; slots: Slot[] };

export interface VerbPattern {
  before: Element[];
  after: Element[];
  active: string;
  passive: string;
  /** The pattern as written, for the evidence; with its file and line when a user's (`--verbs`). */
  entry: string;
  /** How many words it asks for: the most specific pattern wins. */
  weight: number;
  /** Per element of `after`, the words one of which must be in the clause: a quick test before matching. */
  keys: string[][];
}

export interface VerbEntry {
  /** The verb and any particles ("meet with"), lower case. */
  words: string[];
  forms: Set<string>;
  block: string;
  active: string;
  passive: string;
  /** The block's patterns, most specific first. */
  patterns: VerbPattern[];
  /** Indexes in `patterns` by a word of their first `keys` slot; shared by the entries of a block. */
  patternsByKey: Map<string, number[]>;
  /** Indexes in `patterns` of those without keys (nothing after the verb), which any clause may fit. */
  keyless: number[];
  /** Its subject undergoes the act and a "from" phrase does it ("came under fire from X"), as in a passive. */
  undergoer: boolean;
  /** File and line of a user's verb (`--verbs`); null for the shipped ones. */
  at: string | null;
}

export interface VerbDictionary {
  /** Entries by the lemma or any form of their first word. */
  byWord: Map<string, VerbEntry[]>;
  /** Entries of TABARI stems ("RESTOR"), which any word beginning with them fits; empty in the shipped dictionary. */
  byStem: Map<string, VerbEntry[]>;
}

let dictionary: VerbDictionary | null = null;

/** The PETRARCH-2 verb patterns (data/events/verb-patterns.tsv) with Readout's additions. */
export function verbDictionary(): VerbDictionary {
  const rows = (cells: string[]) => ({ cells, line: 0 });
  return (dictionary ??= buildDictionary([...readDataRows('events/verb-patterns.tsv'), ...readDataRows('events/verb-patterns-readout.tsv')].map(rows), null));
}

/**
 * The user's verb dictionaries (`--verbs`, PETRARCH-2 or TABARI format): a verb of two files is
 * tried in the first file given first. Unreadable lines are skipped and named in `skipped`, unless
 * there are too many (knowledge/unreadable-lines.ts); other faults throw a one-line error naming the
 * file and line.
 */
export function loadVerbDictionary(paths: readonly string[]): VerbDictionary & { skipped: string[] } {
  const rows: VerbRow[] = [];
  const files: string[] = [];
  const skipped: string[] = [];
  for (const [index, path] of paths.entries()) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      throw new VerbFileError(`${path}: cannot read the verb dictionary (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    // UTF-8, else Latin-1 as the PETRARCH-2 and TABARI files were written.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = bytes.toString('latin1');
    }
    const problems: string[] = [];
    const read = parseVerbFile(text, path, problems);
    const refused = refusal(path, 'a PETRARCH-2 or TABARI verb dictionary', read.length, problems);
    if (refused) throw new VerbFileError(refused);
    if (!read.some((r) => r.cells[0] === 'verb')) throw new VerbFileError(`${path}: no verbs found (expected PETRARCH-2 or TABARI verb dictionary lines)`);
    skipped.push(...problems);
    // Blocks and synonym sets are named per file ("MEET@0"), so that two files' of one name stay apart.
    const name = basename(path);
    const scope = (text: string) => text.replace(/&[^\s/(){}]+/g, (set) => `${set}@${index}`);
    for (const r of read) {
      if (r.cells[0] === 'synset') r.cells = r.cells.map((cell, k) => (k > 0 ? scope(cell) : cell));
      else r.cells[1] = `${r.cells[1]}@${index}`;
      if (r.cells[0] === 'pattern') for (const k of [2, 3]) r.cells[k] = scope(r.cells[k]);
      files.push(name);
      rows.push(r);
    }
  }
  return { ...buildDictionary(rows, files), skipped };
}

/** The dictionary of verb-patterns.tsv rows; `files`, per row, names a user's file for the evidence. */
function buildDictionary(rows: VerbRow[], files: string[] | null): VerbDictionary {
  const at = (k: number) => (files ? `${files[k]}:${rows[k].line}` : null);
  const synsets = new Map<string, string[]>();
  const blocks = new Map<string, { active: string; passive: string; patterns: VerbPattern[] }>();
  // Keyed by block and verb, so that Readout's rows override the defaults of the source's.
  const verbs = new Map<string, { block: string; word: string; active: string; passive: string; forms: string[]; stem: boolean; at: string | null }>();
  const undergoers = new Set<string>();
  const block = (name: string) => {
    let b = blocks.get(name);
    if (!b) blocks.set(name, (b = { active: '', passive: '', patterns: [] }));
    return b;
  };
  rows.forEach(({ cells: [kind, ...cells] }, k) => {
    if (kind === 'synset') synsets.set(cells[0], cells.slice(1));
    else if (kind === 'block') Object.assign(block(cells[0]), { active: cells[1] ?? '', passive: cells[2] ?? '' });
    else if (kind === 'undergoer') undergoers.add(cells[0]);
    else if (kind === 'verb') verbs.set(`${cells[0]}\t${cells[1]}`, { block: cells[0], word: cells[1], active: cells[2] ?? '', passive: cells[3] ?? '', forms: (cells[4] ?? '').split('|').filter(Boolean), stem: cells[5] === 'stem', at: at(k) });
  });
  rows.forEach(({ cells }, k) => {
    if (cells[0] !== 'pattern') return;
    const [, name, before = '', after = '', active = '', passive = ''] = cells;
    const b = parse(before, synsets);
    const a = parse(after, synsets);
    const weight = [...b, ...a].reduce((n, e) => n + e.slots.length, 0);
    const keys = a.map((e) => e.slots[0].map((alt) => alt[0]));
    const where = at(k);
    block(name).patterns.push({ before: b, after: a, active, passive, entry: where ? `${rows[k].text} (${where})` : `${before} * ${after}`.trim(), weight, keys });
  });
  const byWord = new Map<string, VerbEntry[]>();
  const byStem = new Map<string, VerbEntry[]>();
  const indexed = new Map<string, Pick<VerbEntry, 'patterns' | 'patternsByKey' | 'keyless'>>();
  for (const v of verbs.values()) {
    const b = block(v.block);
    const words = v.word.split(' ');
    let patterns = indexed.get(v.block);
    if (!patterns) indexed.set(v.block, (patterns = indexPatterns([...b.patterns].sort((x, y) => y.weight - x.weight))));
    const entry: VerbEntry = {
      words,
      forms: new Set(v.forms.map((f) => f.split(' ')[0])),
      block: v.block.replace(/@\d+$/, ''),
      active: v.active || b.active,
      passive: v.passive || v.active || b.passive,
      ...patterns,
      undergoer: undergoers.has(v.block),
      at: v.at,
    };
    for (const key of new Set([words[0], ...entry.forms])) {
      const list = byWord.get(key) ?? [];
      list.push(entry);
      byWord.set(key, list);
    }
    if (v.stem) byStem.set(words[0], [...(byStem.get(words[0]) ?? []), entry]);
  }
  // Multi-word verbs first: "call off" before "call".
  for (const list of byWord.values()) list.sort((x, y) => y.words.length - x.words.length);
  return { byWord, byStem };
}

/** The entries of a word: by the word itself, else by the longest stem it begins with. */
export function entriesOf(dict: VerbDictionary, word: string): VerbEntry[] | undefined {
  const entries = dict.byWord.get(word);
  if (entries || dict.byStem.size === 0) return entries;
  for (let k = word.length - 1; k >= 3; k--) {
    const stemmed = dict.byStem.get(word.slice(0, k));
    if (stemmed) return stemmed;
  }
  return undefined;
}

/** Patterns with the index `matchVerb` uses to try only those whose first key word is in the clause. */
function indexPatterns(patterns: VerbPattern[]): Pick<VerbEntry, 'patterns' | 'patternsByKey' | 'keyless'> {
  const patternsByKey = new Map<string, number[]>();
  const keyless: number[] = [];
  patterns.forEach((pattern, k) => {
    if (pattern.keys.length === 0) keyless.push(k);
    for (const word of new Set(pattern.keys[0])) {
      const list = patternsByKey.get(word);
      if (list) list.push(k);
      else patternsByKey.set(word, [k]);
    }
  });
  return { patterns, patternsByKey, keyless };
}

/** Whether a word is a verb of the dictionary (its first word, or one of its listed forms). */
export function isKnownVerb(word: string): boolean {
  return verbDictionary().byWord.has(word);
}

/** "demonstration (in solidarity) {mass rally} &weapon" → elements. */
function parse(text: string, synsets: Map<string, string[]>): Element[] {
  const elements: Element[] = [];
  // A synonym set may hold others ("+&TIETYPES"), a level deep.
  const members = (x: string, depth = 0): string[] => (x.startsWith('&') && depth < 2 ? (synsets.get(x) ?? []).flatMap((m) => members(m, depth + 1)) : x.startsWith('&') ? [] : [x]);
  const slot = (w: string): Slot => w.split('/').flatMap((x) => members(x)).map((x) => x.split(' '));
  const re = /\(([^)]*)\)|\{([^}]*)\}|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) elements.push({ kind: 'phrase', slots: m[1].trim().split(/\s+/).filter(Boolean).map(slot) });
    else if (m[2] !== undefined) elements.push({ kind: 'words', slots: m[2].trim().split(/\s+/).map(slot) });
    else elements.push({ kind: 'words', slots: [slot(m[3])] });
  }
  return elements;
}

/** The words of a stretch of tokens, as the matcher sees them: lower-case form and lemma. */
export interface Words {
  form: string[];
  lemma: string[];
  upos: string[];
}

function fits(words: Words, i: number, slot: Slot): number {
  for (const alt of slot) {
    let ok = true;
    for (let k = 0; k < alt.length && ok; k++) ok = i + k < words.form.length && (words.form[i + k] === alt[k] || words.lemma[i + k] === alt[k]);
    if (ok) return alt.length;
  }
  return 0;
}

/**
 * Matches the elements in order between `from` and `to`; true when all are found. Gaps are short,
 * as in a verb phrase: the first element within a few words of the verb (a noun phrase's determiner
 * and adjectives), each next one soon after the last. A phrase of a lone preposition, "(to)", must
 * be a preposition, not the "to" of an infinitive.
 */
export function matchElements(elements: Element[], words: Words, from: number, to: number, gap = 4): boolean {
  let at = from;
  for (const e of elements) {
    let found = -1;
    const last = Math.min(to, at + gap + 1);
    for (let i = at; i < last && found < 0; i++) {
      if (e.kind === 'phrase' && e.slots.length === 1 && words.upos[i] !== 'ADP') continue;
      let j = i;
      let ok = true;
      for (let s = 0; s < e.slots.length && ok; s++) {
        // In a prepositional phrase, its noun may come a few words after the preposition ("for a ceasefire").
        const reach = e.kind === 'phrase' && s > 0 ? Math.min(to, j + 4) : j + 1;
        let n = 0;
        let k = j;
        for (; k < reach && !(n = fits(words, k, e.slots[s])); k++);
        if (n) j = k + n;
        else ok = false;
      }
      if (ok) found = j;
    }
    if (found < 0) return false;
    at = found;
    gap = 6;
  }
  return true;
}
