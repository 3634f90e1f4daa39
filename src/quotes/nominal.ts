import { readDataRows } from '../knowledge/data-files.js';
import type { Span } from '../model/schema.js';
import { tokenRange } from '../model/token-index.js';
import { RANK, type Attribution } from './attributions.js';
import { cueVerb } from './lexicon.js';
import { form, phraseAfter, sourceBefore, type Context, type Range } from './phrases.js';
import { insideQuoted, type Quoted } from './quote-marks.js';

let nouns: Map<string, Set<string>> | null = null;

/** The complements a cue noun of data/quotes/cue-nouns.tsv takes ("that", "to", "of", …). */
function cueNoun(lemma: string): Set<string> | undefined {
  if (!nouns) {
    nouns = new Map();
    for (const [noun, complements] of readDataRows('quotes/cue-nouns.tsv')) nouns.set(noun, new Set(complements.split('|')));
  }
  return nouns.get(lemma);
}

const FINITE = /^(VBD|VBZ|VBP|MD)$/;
const STOP = /^[,;:.!?()—–]$/;

/**
 * Nominal attributions: "her suggestion that the port will open", "his promise to build it", "the
 * union's criticism of the plan". The cue is the noun (with the preposition that opens its
 * content); the source is the possessive before it ("her", "the union's") or a "from"/"by" phrase
 * after it ("criticism from the union of …"), else none; the content is the complement.
 */
export function nominalAttributions(ctx: Context, sentences: Span[], quoted: Quoted[]): Attribution[] {
  const t = ctx.tokens;
  const found: Attribution[] = [];
  const inQuote = (offset: number) => insideQuoted(quoted, offset);
  for (const sentence of sentences) {
    const [from, to] = tokenRange(t, sentence);
    for (let i = from; i < to - 2; i++) {
      if (!/^NNS?$/.test(t[i].xpos) || inQuote(t[i].start)) continue;
      const complements = cueNoun(t[i].lemma.toLowerCase());
      if (!complements) continue;
      // "criticism from the union that …": the source after the noun, before its complement.
      let k = i + 1;
      let source: Range | null = null;
      if (/^(from|by)$/i.test(form(ctx, k))) {
        source = phraseAfter(ctx, k + 1, to, false);
        if (!source) continue;
        k = source[1];
      }
      if (k >= to - 1) continue;
      const word = form(ctx, k).toLowerCase();
      if (!complements.has(word)) continue;
      // "that"/"whether" open a clause and an infinitive its verb phrase, both kept in the content
      // ("her suggestion {that …}", "his promise {to build …}"); a preposition joins the cue ("criticism of").
      const clause = word === 'that' || word === 'whether';
      const infinitive = word === 'to' && t[k + 1].xpos === 'VB';
      const contentStart = clause || infinitive ? k : k + 1;
      const end = complementEnd(ctx, contentStart, to, clause);
      if (end - contentStart < 1) continue;
      const cueEnd = source ? i + 1 : contentStart;
      let cueStart = i;
      if (!source) {
        // Back over the noun's modifiers to a possessive ("Trump's recent assertion"), a determiner,
        // or the verb that takes the noun as object.
        let j = i - 1;
        while (j >= from && /^(JJ|RB|HYPH|VBN)$/.test(t[j].xpos) && i - j < 4) j--;
        if (j >= from && t[j].xpos === 'PRP$') source = [j, j + 1];
        else if (j > from && t[j].xpos === 'POS') {
          // The owner is the name or noun phrase right before "'s", without what governs it.
          let owner = j;
          while (owner > from && (/^(NNP?S?|JJ|CD)$/.test(t[owner - 1].xpos) || /^(the|\.)$/i.test(form(ctx, owner - 1)))) owner--;
          if (owner < j) source = [owner, j + 1];
        }
        // A "noun" right after a name or pronoun is a verb the tagger missed ("Lopez calls for …").
        else if (j === i - 1 && j >= from && /^(NNPS?|PRP)$/.test(t[j].xpos)) continue;
        if (source) cueStart = j + 1;
        else {
          while (j >= from && /^(DT|CD)$/.test(t[j].xpos)) j--;
          // "in a statement", "in the hope of": a setting or an adverbial, not an attribution.
          if (j >= from && /^(IN|TO)$/.test(t[j].xpos)) continue;
          // "made no mention of", "has raised questions about": a light verb and its noun make one
          // cue, whose source is the verb's subject.
          if (j >= from && t[j].xpos.startsWith('VB')) {
            const verb = lightVerb(ctx, j, from);
            if (!verb) continue;
            cueStart = verb;
            source = sourceBefore(ctx, verb, from);
            if (!source) continue;
          }
        }
      }
      const contents = [{ start: t[contentStart].start, end: t[end - 1].end }];
      const kind = /[“”"]/.test(ctx.text.slice(contents[0].start, contents[0].end)) ? 'mixed' : 'indirect';
      found.push({ kind, cue: [cueStart, cueEnd], lemma: t[i].lemma.toLowerCase(), source, borrowed: false, addressee: null, contents, rule: 'nominal.complement', rank: RANK.clause });
    }
  }
  return found;
}

/**
 * The start of the verb group ending at token j ("has also raised"), when its verb is not a cue of
 * its own (those attribute by themselves; "make" is one only with "clear") nor "be", and it has a
 * finite form or an auxiliary.
 */
function lightVerb(ctx: Context, j: number, from: number): number | null {
  const t = ctx.tokens;
  const verb = cueVerb(t[j].lemma.toLowerCase());
  if (t[j].lemma === 'be' || verb && !verb.particles.length) return null;
  let k = j;
  while (k > from && (/^(MD|RB)$/.test(t[k - 1].xpos) || t[k - 1].xpos.startsWith('VB') && /^(have|be|do)$/.test(t[k - 1].lemma))) k--;
  return /^(VBD|VBZ|VBP)$/.test(t[j].xpos) || k < j ? k : null;
}

/**
 * Where the noun's complement ends: at a comma, dash or stop, or at the main clause's verb ("his
 * promise to build a wall / was popular"); a "that" clause keeps its own first verb.
 */
function complementEnd(ctx: Context, start: number, to: number, clause: boolean): number {
  const t = ctx.tokens;
  let verbs = 0;
  let k = start;
  for (; k < to; k++) {
    if (STOP.test(form(ctx, k))) break;
    if (FINITE.test(t[k].xpos) && ++verbs > (clause ? 1 : 0)) break;
  }
  return k;
}
