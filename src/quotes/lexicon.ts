import { readDataRows } from '../knowledge/data-files.js';

/** A cue verb (or adjective after "be") of attribution, from data/quotes/cue-verbs.tsv. */
export interface CueVerb {
  lemma: string;
  /** Particles one of which must follow ("call for", "point out"); empty when none is needed. */
  particles: string[];
  /** "raising": the subject is part of the content, not a source ("X seems to …"). */
  kind: 'speech' | 'attitude' | 'raising';
  /** The first object is the hearer ("told CNN that …"), not part of the content. */
  addressee: boolean;
}

let verbs: Map<string, CueVerb> | null = null;

export function cueVerb(lemma: string): CueVerb | undefined {
  if (!verbs) {
    verbs = new Map();
    for (const [lemma, particles, kind, addressee] of readDataRows('quotes/cue-verbs.tsv')) {
      verbs.set(lemma, { lemma, particles: particles ? particles.split('|') : [], kind: kind as CueVerb['kind'], addressee: addressee === 'addressee' });
    }
  }
  return verbs.get(lemma);
}
