import { readFileSync } from 'node:fs';

/** One gold word of a CoNLL-U file, placed in the reconstructed document text. */
export interface GoldWord {
  start: number;
  end: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** Index of the head word in the sentence's `words`, -1 for the root. */
  head: number;
  /** Universal Dependencies relation, subtype included ("acl:relcl"). */
  deprel: string;
  misc: string;
}

export interface GoldSentence {
  start: number;
  end: number;
  words: GoldWord[];
}

/** A CoNLL-U document rebuilt as plain text, with gold sentences and words as offsets. */
export interface GoldDocument {
  id: string;
  text: string;
  sentences: GoldSentence[];
}

/**
 * Reads a CoNLL-U file and rebuilds each document's running text: words joined as SpaceAfter says,
 * sentences joined by a space, paragraphs (`# newpar`) by a newline. Words inside a multiword token
 * ("world's" = world + 's) get offsets only when their forms spell the surface token; otherwise they
 * get an empty span at the token's start, so that no tokenizer can align with them.
 */
export function readConllu(path: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let doc: GoldDocument | null = null;
  let text = '';
  let pendingPar = false;
  let sentence: GoldSentence | null = null;
  let mwt: { last: number; form: string; start: number; spaceAfter: boolean; words: string[] } | null = null;

  const finishDoc = () => {
    if (doc) {
      doc.text = text;
      docs.push(doc);
    }
  };
  const startDoc = (id: string) => {
    finishDoc();
    doc = { id, text: '', sentences: [] };
    text = '';
    pendingPar = false;
  };

  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      startDoc(line.replace(/^# newdoc( id)?\s*=?\s*/, '').trim());
      continue;
    }
    if (line.startsWith('# newpar')) {
      pendingPar = true;
      continue;
    }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (sentence && doc) {
        sentence.end = text.trimEnd().length;
        text = text.slice(0, sentence.end);
        (doc as GoldDocument).sentences.push(sentence);
      }
      sentence = null;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10 || cols[0].includes('.')) continue;
    if (!doc) startDoc(path);
    if (!sentence) {
      if (text.length > 0) text += pendingPar ? '\n' : ' ';
      pendingPar = false;
      sentence = { start: text.length, end: text.length, words: [] };
    }
    const spaceAfter = !/SpaceAfter=No/.test(cols[9]);
    if (cols[0].includes('-')) {
      const [, last] = cols[0].split('-').map(Number);
      mwt = { last, form: cols[1], start: text.length, spaceAfter, words: [] };
      text += cols[1] + (spaceAfter ? ' ' : '');
      continue;
    }
    const id = Number(cols[0]);
    const word: GoldWord = { start: 0, end: 0, form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4], head: Number(cols[6]) - 1, deprel: cols[7], misc: cols[9] };
    if (mwt) {
      const offset = mwt.words.join('').length;
      const spelled = mwt.form.slice(offset, offset + word.form.length) === word.form;
      word.start = spelled ? mwt.start + offset : mwt.start;
      word.end = spelled ? word.start + word.form.length : mwt.start;
      mwt.words.push(word.form);
      if (id >= mwt.last) mwt = null;
    } else {
      word.start = text.length;
      word.end = text.length + word.form.length;
      text += word.form + (spaceAfter ? ' ' : '');
    }
    sentence.words.push(word);
  }
  if (sentence && doc) {
    sentence.end = text.trimEnd().length;
    (doc as GoldDocument).sentences.push(sentence);
  }
  finishDoc();
  return docs;
}
