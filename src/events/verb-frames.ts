import { readDataRows } from '../knowledge/data-files.js';
import { dependencies } from '../model/dependencies.js';
import type { ArticleView } from './article-view.js';
import { tokenKind, type ObjectKind } from './object-kinds.js';
import { phraseAfter } from './participants.js';
import type { VerbEntry } from './verb-dictionary.js';

/** A row of data/events/verb-frames.tsv: the object kinds a verb's own code needs. */
export interface VerbFrame {
  kinds: ReadonlySet<ObjectKind>;
  /** The row as written, for the evidence. */
  entry: string;
}

let frames: Map<string, VerbFrame> | null = null;

/** The frame a dictionary entry's own code needs: the verb's row, else its block's; null when none is written. */
export function frameOf(entry: VerbEntry): VerbFrame | null {
  if (!frames) {
    frames = new Map();
    for (const [kind, block, verb, kinds] of readDataRows('events/verb-frames.tsv')) {
      if (kind === 'frame') frames.set(`${block}\t${verb}`, { kinds: new Set(kinds!.split('|') as ObjectKind[]), entry: `${block} ${verb} + ${kinds} object` });
    }
  }
  return frames.get(`${entry.block}\t${entry.words.join(' ')}`) ?? frames.get(`${entry.block}\t*`) ?? null;
}

/**
 * The kind of the object of the verb at `verb`: its direct object in the parse (the subject of a
 * passive), else the noun phrase right after the verb's words [from, to) when the parse gives none.
 */
export function objectKind(view: ArticleView, verb: number, passive: boolean, from: number, to: number): ObjectKind {
  const deps = dependencies(view.doc.tokens);
  let head = passive ? deps.dependent(verb, 'nsubj') : deps.dependent(verb, 'obj');
  // A reduced passive ("ships seized by X") hangs on the noun it tells of.
  if (head < 0 && passive && deps.tokens[verb].deprel === 'acl') head = deps.tokens[verb].head;
  if (head < 0 && !passive) head = phraseHead(view, from, phraseAfter(view, from, to));
  return head < 0 ? 'none' : tokenKind(view, head);
}

/** The last noun or pronoun of the phrase [from, to), or -1. */
function phraseHead(view: ArticleView, from: number, to: number): number {
  for (let t = to - 1; t >= from; t--) if (/^(NOUN|PROPN|PRON)$/.test(view.doc.tokens[t].upos)) return t;
  return -1;
}

