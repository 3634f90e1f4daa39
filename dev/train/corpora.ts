/**
 * Where the trainers find their data, and which documents they may learn from: one place for the
 * licence rule, so that the trainers cannot drift apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, type GoldDocument } from '../eval/conllu.js';
import { sharedDir } from '../eval/shared.js';

/** The treebank folder: the script's first argument, else data/nlp of ../shared (or READOUT_SHARED). */
export function trainingDataDir(script: string): string {
  const shared = sharedDir();
  const dir = process.argv[2] ?? (shared && join(shared, 'data/nlp'));
  if (!dir) throw new Error(`${script}: no data folder given and ../shared (or READOUT_SHARED) not found`);
  return dir;
}

/**
 * GUM documents we may train on: not news (GUM news is an evaluation set), not wikiHow or fiction
 * (CC BY-NC-SA: a shipped model cannot carry NonCommercial terms).
 */
export const usableGum = (id: string): boolean => !/^GUM_(news|whow|fiction)_/.test(id);

/** The CoNLL-U files of a folder, sorted. */
export function conlluFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => join(dir, f));
}

/** The usable GUM documents: the non-news training folder and the dev split. */
export function gumTrainingDocs(dataDir: string): GoldDocument[] {
  return [...conlluFiles(join(dataDir, 'gum/train-nonnews')).flatMap(readConllu), ...readConllu(join(dataDir, 'gum/en_gum-ud-dev.conllu'))].filter((d) => usableGum(d.id));
}

/** A name of a token-per-line corpus: word indices [first, last) and our tagger type (PER/LOC/ORG). */
export interface IobName {
  first: number;
  last: number;
  type: string;
}

/** A sentence of a token-per-line corpus, with its document's number in the file. */
export interface IobSentence {
  doc: number;
  forms: string[];
  names: IobName[];
}

/**
 * Reads an IOB2 (or IO) token-per-line file: `token<TAB>label`, or UNER's `id<TAB>token<TAB>label…`.
 * Blank or whitespace-only lines end a sentence; `# newdoc` and `-DOCSTART-` start a document, other
 * `# ` lines without a TAB are comments. `types` maps the corpus's types to ours (PER/LOC/ORG);
 * unmapped types count as no name. Files without documents get one per `pseudoDoc` sentences, so
 * that folds by document stay possible.
 */
export function readIob(path: string, types: Record<string, string>, pseudoDoc = 20): IobSentence[] {
  const out: IobSentence[] = [];
  let doc = -1;
  let withDocs = false;
  let rows: [string, string][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    if (!withDocs && out.length % pseudoDoc === 0) doc++;
    const names: IobName[] = [];
    let open: IobName | null = null;
    let openTag = '';
    rows.forEach(([, label], i) => {
      const [prefix, tag] = label === 'O' ? ['O', ''] : [label.slice(0, 1), label.slice(2)];
      if (open && prefix === 'I' && tag === openTag) {
        open.last = i + 1;
        return;
      }
      open = null;
      if (prefix === 'O' || !types[tag]) return;
      open = { first: i, last: i + 1, type: types[tag]! };
      openTag = tag;
      names.push(open);
    });
    out.push({ doc: Math.max(doc, 0), forms: rows.map(([form]) => form), names });
    rows = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc') || line.startsWith('-DOCSTART-')) {
      flush();
      withDocs = true;
      doc++;
    } else if (line.startsWith('#') && !line.includes('\t')) continue;
    else if (line.trim() === '') flush();
    else {
      const cells = line.split('\t');
      const [form, label] = cells.length >= 3 && /^\d+$/.test(cells[0]!) ? [cells[1]!, cells[2]!] : [cells[0]!, cells[1] ?? 'O'];
      if (form.trim() !== '') rows.push([form, label.trim() || 'O']);
    }
  }
  flush();
  return out;
}

/** The training treebanks: UD EWT train, then the usable GUM documents `gumWeight` times over. */
export function trainingTreebanks(dataDir: string, gumWeight: number): GoldDocument[] {
  const gum = gumTrainingDocs(dataDir);
  const train = conlluFiles(join(dataDir, 'ud-ewt/train')).flatMap(readConllu);
  for (let k = 0; k < gumWeight; k++) train.push(...gum);
  return train;
}

/**
 * The jackknife fold (0 … folds-1) of a document, from a hash of its id, so that every copy of a
 * document falls in the same fold and the folds do not depend on the order documents are read in.
 */
export function jackknifeFold(id: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}
