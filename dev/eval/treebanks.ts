import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, type GoldDocument } from './conllu.js';

/** GUM documents we may train on: not news (our evaluation set), not wikiHow/fiction (CC BY-NC-SA). */
export const usableGum = (id: string) => !/^GUM_(news|whow|fiction)_/.test(id);

/**
 * The training treebanks under `dataDir` (../shared/data/nlp): UD EWT train, then the usable GUM
 * documents of its training and dev splits, `gumWeight` times over.
 */
export function trainingTreebanks(dataDir: string, gumWeight: number): GoldDocument[] {
  const conllu = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort().map((f) => join(dir, f));
  const gum = [
    ...conllu(join(dataDir, 'gum/train-nonnews')).flatMap(readConllu).filter((d) => usableGum(d.id)),
    ...readConllu(join(dataDir, 'gum/en_gum-ud-dev.conllu')).filter((d) => usableGum(d.id)),
  ];
  const train = [...conllu(join(dataDir, 'ud-ewt/train')).flatMap(readConllu)];
  for (let k = 0; k < gumWeight; k++) train.push(...gum);
  return train;
}
