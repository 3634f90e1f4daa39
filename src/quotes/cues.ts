import { cueVerb, type CueVerb } from './lexicon.js';
import { form, type Context, type Range } from './phrases.js';

/** A cue: its tokens (auxiliaries and adverbs included, "has also said"), head and lemma. */
export interface Cue {
  range: Range;
  head: number;
  lemma: string;
  /** Null for "according to". */
  verb: CueVerb | null;
}

/**
 * The cue candidates among tokens [from, to): verbs of the lexicon (not passive "was told", not an
 * infinitive "declined to say") and "according to". Whether a candidate attributes anything is
 * decided by its source and content.
 */
export function findCues(ctx: Context, from: number, to: number): Cue[] {
  const t = ctx.tokens;
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    if (t[i].lemma === 'accord' && i + 1 < to && form(ctx, i + 1).toLowerCase() === 'to') {
      cues.push({ range: [i, i + 2], head: i, lemma: 'according to', verb: null });
      continue;
    }
    if (!t[i].xpos.startsWith('VB')) continue;
    const verb = cueVerb(t[i].lemma.toLowerCase());
    if (!verb) continue;
    let last = i + 1;
    if (verb.particles.length) {
      if (last >= to || !verb.particles.includes(form(ctx, last).toLowerCase())) continue;
      last++;
    }
    let first = i;
    while (first > from && (t[first - 1].upos === 'AUX' || /^(MD|RB)$/.test(t[first - 1].xpos)) && !/^(n't|not)$/i.test(form(ctx, first - 1)) && i - first < 4) first--;
    // An adverb kept at the front of the chain belongs to the clause, not the cue ("Now, …").
    while (first < i && t[first].xpos === 'RB' && (first === from || !/^(AUX|PRON|PROPN|NOUN)$/.test(t[first - 1].upos) && t[first - 1].xpos !== 'MD')) first++;
    if (first > from && t[first - 1].xpos === 'TO') continue;
    const passive = t[i].xpos === 'VBN' && t.slice(first, i).some((x) => x.lemma === 'be');
    if (passive) continue;
    cues.push({ range: [first, last], head: i, lemma: verb.particles.length ? `${verb.lemma} ${form(ctx, last - 1).toLowerCase()}` : verb.lemma, verb });
  }
  return cues;
}
