import { cueVerb, type CueVerb } from './lexicon.js';
import { form, isTime, phraseAfter, type Context, type Range } from './phrases.js';

const PREPOSITION_CUE = /^(to|about|of|for|against|with|on)$/i;
/** Verbs whose following preposition opens a setting or a hearer ("said on CNN"), not an object. */
const NO_PREPOSITION = /^(say|tell|add|write|note|post|tweet|announce|report|explain|state|declare|continue)$/;
const WH = /^(if|whether|what|why|how|who|which|about|when|where)$/i;
const REDUCED = /^(when|if|after|before|once|unless|while)$/i;
/** Nouns for what reports the views of those asked: "in a poll", "in the latest survey". */
const POLL = /^(poll|survey)s?$/i;

/** A cue: its tokens (auxiliaries and adverbs included, "has also said"), head and lemma. */
export interface Cue {
  range: Range;
  head: number;
  lemma: string;
  /** Null for "according to" and "in" a poll. */
  verb: CueVerb | null;
  /**
   * A cue without a source whose subject is part of the content: a passive ("is widely expected
   * to …", "was seen as …") or a raising verb ("seems to …").
   */
  sourceless: boolean;
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
      cues.push({ range: [i, i + 2], head: i, lemma: 'according to', verb: null, sourceless: false });
      continue;
    }
    // "In a poll released Monday, 40% …": the poll opening the sentence is the source, like
    // "according to" (PolNeAR marks the "in" as the cue). Not later in the sentence: "X leads in
    // the polls" mostly reports no one's findings.
    if (i === from && /^in$/i.test(form(ctx, i))) {
      const poll = phraseAfter(ctx, i + 1, to, false);
      if (poll && POLL.test(t[poll[1] - 1].lemma)) cues.push({ range: [i, i + 1], head: i, lemma: 'in', verb: null, sourceless: false });
      continue;
    }
    if (!t[i].xpos.startsWith('VB') && !mistaggedVerb(ctx, i, from, to) && !predicative(ctx, i, from)) continue;
    // A stem cut short of its final e ("endors-ed") is looked up with it.
    const verb = cueVerb(t[i].lemma.toLowerCase()) ?? cueVerb(`${t[i].lemma.toLowerCase()}e`);
    if (!verb) continue;
    let last = i + 1;
    // "support continues to grow": aspectual "continue" before an infinitive attributes nothing.
    if (verb.lemma === 'continue' && last < to && t[last].xpos === 'TO') continue;
    if (verb.particles.length) {
      // "made it clear that …": an "it" may stand before the particle.
      if (last + 1 < to && form(ctx, last).toLowerCase() === 'it' && verb.particles.includes(form(ctx, last + 1).toLowerCase())) last++;
      if (last >= to || !verb.particles.includes(form(ctx, last).toLowerCase())) continue;
      last++;
      // "put it" reports words only in "as the mayor put it".
      if (verb.lemma === 'put' && !t.slice(Math.max(from, i - 8), i).some((x) => /^as$/i.test(ctx.text.slice(x.start, x.end)))) continue;
    }
    // "responded to", "asked about", "railed against": the preposition is part of the cue.
    // Not "to" before a verb: "declined to comment" is an infinitive, the content.
    const infinitive = last + 1 < to && form(ctx, last).toLowerCase() === 'to' && t[last + 1].xpos === 'VB';
    if (!verb.particles.length && last < to && PREPOSITION_CUE.test(form(ctx, last)) && t[last].xpos === 'IN' && !infinitive && !NO_PREPOSITION.test(verb.lemma) && !(last + 1 < to && isTime(ctx, last + 1))) last++;
    let first = i;
    while (first > from && i - first < 4 && isAuxiliary(ctx, first - 1)) first--;
    // An adverb kept at the front of the chain belongs to the clause, not the cue ("Now, …").
    while (first < i && /^RBR?$/.test(t[first].xpos) && (first === from || !/^(AUX|PRON|PROPN|NOUN)$/.test(t[first - 1].upos) && t[first - 1].xpos !== 'MD')) first++;
    // "went on to say", "are more likely to say": the governing verb group joins the cue.
    if (first > from && t[first - 1].xpos === 'TO') {
      let k = first - 2;
      while (k >= from && first - k < 7 && (/^(VB|RB|JJ|MD)/.test(t[k].xpos) || /^(on|so|far|as)$/i.test(form(ctx, k)))) k--;
      if (!t.slice(k + 1, first - 1).some((x) => x.xpos.startsWith('VB'))) continue;
      first = k + 1;
      while (first < i && !t[first].xpos.startsWith('VB') && !isAuxiliary(ctx, first)) first++;
    }
    // "the group known as …": a participle naming its noun attributes nothing.
    if (t[i].xpos === 'VBN' && first === i && first > from && /^NNP?S?$/.test(t[first - 1].xpos) && last < to && form(ctx, last).toLowerCase() === 'as') continue;
    // "was asked about …", and the reduced "when asked about …" or "Asked whether …, X said": no
    // source in the clause.
    const reduced = /^VB[DN]$/.test(t[i].xpos) && first === i && (first > from ? REDUCED.test(form(ctx, first - 1)) : t[i].xpos === 'VBN' || /^[A-Z]/.test(form(ctx, i)) && askedWhether(ctx, i + 1, to));
    const passive = reduced || t[i].xpos === 'VBN' && t.slice(first, i).some((x) => x.lemma === 'be');
    if (passive && verb.particles.length) continue;
    // "is seen as …": the "as" belongs to the cue, as PolNeAR marks it.
    if (passive && last < to && form(ctx, last).toLowerCase() === 'as') last++;
    const lemma = verb.particles.length ? `${verb.lemma} ${form(ctx, last - 1).toLowerCase()}` : verb.lemma;
    cues.push({ range: [first, last], head: i, lemma, verb, sourceless: passive || verb.kind === 'raising' });
  }
  return cues;
}

/** A question word right after the verb or past a short time or setting ("Asked on Monday whether …"). */
function askedWhether(ctx: Context, k: number, to: number): boolean {
  for (let j = k; j < Math.min(to, k + 6); j++) {
    if (WH.test(form(ctx, j))) return true;
    if (form(ctx, j) === ',' || j === k && !/^(on|in|at|during|by)$/i.test(form(ctx, j))) return false;
  }
  return false;
}

/** Auxiliaries, negation and adverbs of the verb group ("has not since publicly called for"). */
function isAuxiliary(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (/^(n['’]t|not|never)$/i.test(form(ctx, k))) return true;
  const auxiliary = (x: typeof t) => x.upos === 'AUX' || (x.xpos.startsWith('VB') && /^(have|be|do)$/.test(x.lemma));
  return auxiliary(t) || /^(MD|RBR?)$/.test(t.xpos) || (form(ctx, k).toLowerCase() === 'since' && k > 0 && auxiliary(ctx.tokens[k - 1]));
}

/** A present-tense cue the tagger took for a plural noun: "Lopez notes that …", "he talks about …", "Lopez slams the plan". */
function mistaggedVerb(ctx: Context, i: number, from: number, to: number): boolean {
  const t = ctx.tokens;
  if (t[i].xpos !== 'NNS' || i === from || i + 1 >= to || !/s$/.test(form(ctx, i))) return false;
  // An adverb may stand between the subject and the verb ("Lopez often questions …").
  const subject = /^RB/.test(t[i - 1].xpos) && i - 1 > from ? i - 2 : i - 1;
  if (!/^(NNP|PRP)$/.test(t[subject].xpos)) return false;
  const next = form(ctx, i + 1);
  return /^(that|about|to|out|[“"])$/i.test(next) || /^(DT|PRP\$|NNP)$/.test(t[i + 1].xpos) || /^[.,]$/.test(next) && subject > from && /^[,”"']+$/.test(form(ctx, subject - 1));
}

/** An adjective after a form of "be" ("is wary of …", "was adamant that …"): the lexicon decides whether it is a cue. */
function predicative(ctx: Context, i: number, from: number): boolean {
  const t = ctx.tokens;
  if (t[i].xpos !== 'JJ') return false;
  let k = i - 1;
  while (k > from && /^RB/.test(t[k].xpos)) k--;
  return k >= from && t[k].lemma === 'be';
}
