import type { Span } from '../model/schema.js';
import { form, isTime, phraseAfter, type Context, type Range } from './phrases.js';
import { quotedEndingAt, quotedStartingAt, type Quoted } from './quote-marks.js';
import type { Cue } from './cues.js';

const SUBORDINATOR = /^(although|though|while|as|because|since|if|when|whereas|unless|after|before)$/i;
const SETTING_NOUN = /^(statement|interview|address|email|e-mail|letter|post|tweet|release|speech|briefing|conference|call|message|video|op-ed|column|remarks|appearance|hearing|memo|report|book|broadcast|show|podcast)$/i;

/**
 * Where the content may start after the cue: past the hearer of "told", a time ("on Tuesday") and a
 * setting ("in a statement"), and a comma or colon. Returns the token index and the hearer.
 */
export function afterCue(ctx: Context, cue: Cue, start: number, limit: number): { next: number; addressee: Range | null } {
  let k = start;
  let addressee: Range | null = null;
  if (cue.verb?.addressee) {
    addressee = phraseAfter(ctx, k, limit, false) ?? oneWordHearer(ctx, k, limit);
    if (addressee) k = addressee[1];
  }
  for (let moved = true; moved && k < limit; ) {
    moved = false;
    const time = skipTime(ctx, k, limit);
    if (time > k) { k = time; moved = true; continue; }
    const setting = skipSetting(ctx, k, limit);
    if (setting > k) { k = setting; moved = true; }
  }
  return { next: k, addressee };
}

/** A hearer the tagger took for a verb ("told reporters the …"): one word before a new clause. */
function oneWordHearer(ctx: Context, k: number, limit: number): Range | null {
  if (k + 1 >= limit || !/^[a-z]+s$/.test(form(ctx, k))) return null;
  return /^(DT|PRP|``)$/.test(ctx.tokens[k + 1].xpos) || /^(that|“|")$/.test(form(ctx, k + 1)) ? [k, k + 1] : null;
}

function skipTime(ctx: Context, k: number, limit: number): number {
  let j = k;
  if (j < limit && /^(on|at|this|last|earlier|later)$/i.test(form(ctx, j)) && j + 1 < limit && isTime(ctx, j + 1)) j++;
  if (j >= limit || !isTime(ctx, j)) return k;
  while (j < limit && isTime(ctx, j)) j++;
  return j;
}

/** "in a statement", "during his daily address", "in an interview with CNN". */
function skipSetting(ctx: Context, k: number, limit: number): number {
  if (k >= limit || !/^(in|during|at|on)$/i.test(form(ctx, k))) return k;
  for (let j = k + 1; j < Math.min(limit, k + 6); j++) {
    if (SETTING_NOUN.test(form(ctx, j))) {
      let end = j + 1;
      const tail = end < limit && /^(with|to|on)$/i.test(form(ctx, end)) ? phraseAfter(ctx, end + 1, limit, false) : null;
      if (tail) end = tail[1];
      return end;
    }
    if (!/^(DT|PRP\$|JJ|NN|NNP|CD|POS|HYPH)$/.test(ctx.tokens[j].xpos)) return k;
  }
  return k;
}

/** The quoted stretch opening at `offset` (spaces and a paragraph break skipped), if any. */
export function quotedAt(text: string, quoted: Quoted[], offset: number): number {
  let i = offset;
  while (i < text.length && /\s/.test(text[i])) i++;
  return quotedStartingAt(quoted, i);
}

/**
 * The quoted stretch ending right before `offset` with a comma, question or exclamation mark or
 * dash at its end (“…,” she said); one closed by a full stop ends its own sentence.
 */
export function quotedBefore(text: string, quoted: Quoted[], offset: number): number {
  let i = offset;
  while (i > 0 && /[\s,—–]/.test(text[i - 1])) i--;
  const index = quotedEndingAt(quoted, i);
  if (index < 0) return -1;
  const q = quoted[index];
  const closing = text.slice(q.start + 1, q.end).match(/^(.*?)(['"”»’]*)$/s)!;
  return /[,?!—–-]\s*$/.test(closing[1]) || /[,—–]/.test(text.slice(q.end, offset)) ? index : -1;
}

/** A quoted stretch with the stretches it runs on from (earlier paragraphs) or into (later ones). */
export function withContinuations(quoted: Quoted[], index: number): Span[] {
  const chain: Span[] = [quoted[index]];
  for (let q = quoted[index]; q.continues !== null; q = quoted[q.continues]) chain.unshift(quoted[q.continues]);
  for (let next = index + 1; next < quoted.length && quoted[next].continues === next - 1 && chain.includes(quoted[next - 1]); next++) chain.push(quoted[next]);
  return chain.map((q) => ({ start: q.start, end: q.end }));
}

/**
 * The content clause after the cue, tokens [from, sentence end): it runs to the end of the
 * sentence (a final stop left out, unless a quote closes after it), or to the comma that ends an
 * opening subordinate clause ("Although X described the call as …, …"), or to ", according to"
 * and ", adding …" which start attributions of their own.
 */
export function clauseAfter(ctx: Context, from: number, sentence: Range, cues: Cue[]): Span | null {
  const [first, end] = sentence;
  let last = end;
  let comma = from - 1;
  while (comma >= first && form(ctx, comma) !== ',') comma--;
  // Only a cue inside the opening clause ends with it: no comma between the sentence start and it.
  // A relative clause set off by commas ("X, who said …, left") ends with its closing comma too.
  const relative = comma >= first && /^(who|which)$/i.test(form(ctx, comma + 1));
  const subordinate = relative || SUBORDINATOR.test(form(ctx, first)) && from > first && comma < first;
  for (let k = from; k < end; k++) {
    if (form(ctx, k) !== ',') continue;
    if (subordinate) { last = k + 1 < end && /^[”"']+$/.test(form(ctx, k + 1)) ? k + 2 : k; break; }
    const next = cues.find((c) => c.range[0] === k + 1 || c.head === k + 1);
    if (next && (next.verb === null || ctx.tokens[next.head].xpos === 'VBG')) { last = k; break; }
  }
  while (last > from && /^[.!?;:]$/.test(form(ctx, last - 1))) last--;
  // One word is enough when it is a name or a pronoun object ("endorsed her", "attacked Clinton"),
  // or an answer ("said no", "said so").
  if (last - from < 2 && !(last - from === 1 && (/^(NNPS?|NNS?|PRP)$/.test(ctx.tokens[from].xpos) || /^(yes|no|so)$/i.test(form(ctx, from))))) return null;
  return { start: ctx.tokens[from].start, end: ctx.tokens[last - 1].end };
}

/**
 * The content before the source or cue of a sentence-final attribution ("…, a source said"): the
 * sentence up to the comma before it, a closing mark kept when the comma sits inside the quote.
 */
export function clauseBefore(ctx: Context, sentence: Range, anchor: number): Span | null {
  let k = anchor - 1;
  if (k <= sentence[0]) return null;
  if (form(ctx, k) === ',') k--;
  else if (!(/^[”"']+$/.test(form(ctx, k)) && k > sentence[0] && form(ctx, k - 1) === ',')) return null;
  if (k - sentence[0] < 1) return null;
  return { start: ctx.tokens[sentence[0]].start, end: ctx.tokens[k].end };
}
