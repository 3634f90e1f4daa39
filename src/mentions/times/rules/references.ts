import { timeLexicon } from '../lexicon.js';
import type { Reading } from '../readings.js';
import type { TimeRule } from './rule.js';
import { lower } from './words.js';

/** Words of data/mentions/times/references.tsv that name a time by themselves: "now", "recently", "the past". */
export const referenceWord: TimeRule = {
  rule: 'reference.word',
  pattern: '{B}({REF}){E}',
  trigger: '{REF}',
  extract: (m) => {
    const entry = timeLexicon().references.get(lower(m[1]))!;
    return () => ({ type: entry.type as Reading['type'], value: entry.value, mod: null, period: null, relative: false });
  },
};
