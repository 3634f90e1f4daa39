import type { Span, Token } from '../model/schema.js';

/** What the phrase finders read: the text, its tokens and the time expressions already found. */
export interface Context {
  text: string;
  tokens: Token[];
  times: Span[];
}

/** Token range [from, to). */
export type Range = [number, number];

const NOUNISH = /^(NNP?S?|JJ[RS]?|DT|PRP\$|POS|CD|HYPH|VBN|FW)$/;
const HEAD = /^(NNP?S?|PRP|WP|CD)$/;
const INNER_PREPOSITION = /^(of|for|at|from|with|on|in|to)$/i;
const PRONOUN = /^(he|she|they|it|we|i|you|who|which|that)$/i;
const SUBJECT_PRONOUN = /^(he|she|they|it|we|i|who|which)$/;
const ADVERBIAL = /^(RB|RBR|,)$/;

export function form(ctx: Context, i: number): string {
  return ctx.text.slice(ctx.tokens[i].start, ctx.tokens[i].end);
}

/** Whether the token lies inside a time expression ("Tuesday", "last week"). */
export function isTime(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return ctx.times.some((x) => x.start <= t.start && t.end <= x.end);
}

/**
 * The source written before the cue: a noun phrase with its titles ("White House spokesperson Anna
 * Kelly"), of-phrases ("one of the family's lawyers") and an apposition closed by a comma ("Jane Roe,
 * a spokeswoman for the campaign,"), as PolNeAR marks sources. A time phrase between source and cue
 * ("X on Tuesday said") is stepped over; a parenthetical adverb ("X, meanwhile, said") too.
 */
export function sourceBefore(ctx: Context, end: number, floor: number): Range | null {
  let j = end - 1;
  while (j >= floor && isTime(ctx, j)) j--;
  if (j < end - 1 && j >= floor && /^(on|in|at)$/i.test(form(ctx, j))) j--;
  if (j < floor) return null;
  if (form(ctx, j) === ',') return appositionBefore(ctx, j, floor);
  return phraseEndingAt(ctx, j, floor);
}

function phraseEndingAt(ctx: Context, j: number, floor: number): Range | null {
  const t = ctx.tokens;
  if (j < floor) return null;
  const word = form(ctx, j).toLowerCase();
  if (/^(PRP|WP|WDT)$/.test(t[j].xpos) || PRONOUN.test(word)) return SUBJECT_PRONOUN.test(word) ? [j, j + 1] : null;
  let first = j;
  if (form(ctx, j) === ')') {
    // "Rep. Jane Roe (D-Ore.) said": a short parenthesis after the name.
    let k = j - 1;
    while (k > floor && form(ctx, k) !== '(' && j - k < 8) k--;
    if (form(ctx, k) !== '(') return null;
    first = k;
    j = k - 1;
    if (j < floor) return null;
  }
  if (!HEAD.test(t[j].xpos)) return null;
  first = j;
  for (let k = j - 1; k >= floor; k--) {
    const f = form(ctx, k);
    if (NOUNISH.test(t[k].xpos) && !isTime(ctx, k)) first = k;
    else if (INNER_PREPOSITION.test(f) && t[k].xpos === 'IN' && k > floor && /^(NN|JJ)/.test(t[k - 1].xpos)) first = k;
    else if (f === 'and' && k > floor && /^NNPS?$/.test(t[k - 1].xpos) && /^NNPS?$/.test(t[k + 1].xpos)) first = k;
    else if (f === '.' && k > floor && /^[A-Z][a-z]?$/.test(form(ctx, k - 1))) first = k; // "Rep. Jane Roe"
    else break;
  }
  // A phrase cannot open with a preposition, a conjunction or a dash.
  while (first < j && (/^(IN|CC|HYPH|POS)$/.test(t[first].xpos) || form(ctx, first) === '.')) first++;
  return [first, j + 1];
}

/** "Name, apposition," before the cue, or "Name, meanwhile," (the adverb left out). */
function appositionBefore(ctx: Context, comma: number, floor: number): Range | null {
  let k = comma - 1;
  while (k >= floor && form(ctx, k) !== ',' && comma - k <= 25) k--;
  if (k < floor || form(ctx, k) !== ',' || k === comma - 1) return null;
  const middle: Range = [k + 1, comma];
  const head = phraseEndingAt(ctx, k - 1, floor);
  if (!head || /^(PRP|WP|WDT)$/.test(ctx.tokens[head[1] - 1].xpos)) return null;
  if (ctx.tokens.slice(middle[0], middle[1]).every((x) => ADVERBIAL.test(x.xpos)) || /^(meanwhile|however|too|though)$/i.test(form(ctx, middle[0]))) return head;
  const opener = ctx.tokens[middle[0]];
  const relative = /^(who|which)$/i.test(form(ctx, middle[0]));
  const finite = ctx.tokens.slice(middle[0], middle[1]).some((x) => /^(VBD|VBZ|VBP|MD)$/.test(x.xpos));
  if (!relative && (finite || !/^(DT|PRP\$|NNP?S?|JJ[RS]?|CD)$/.test(opener.xpos))) return null;
  return [head[0], comma + 1];
}

/**
 * A noun phrase starting at token i: a source after the cue ("said Jane Roe, head of the union"),
 * the hearer ("told reporters"), the source after "according to". `apposition` takes in a
 * ", apposition" that runs to the end of the sentence.
 */
export function phraseAfter(ctx: Context, i: number, limit: number, apposition: boolean): Range | null {
  const t = ctx.tokens;
  if (i >= limit) return null;
  if (t[i].xpos === 'PRP' && /^(him|her|them|us|me|he|she|they)$/i.test(form(ctx, i))) return [i, i + 1];
  if (!/^(NNP?S?|DT|PRP\$|JJ[RS]?|CD)$/.test(t[i].xpos) || isTime(ctx, i)) return null;
  let last = i;
  for (let k = i + 1; k < limit; k++) {
    const f = form(ctx, k);
    if (isTime(ctx, k)) break;
    if (NOUNISH.test(t[k].xpos) && t[k].xpos !== 'VBN') last = k;
    else if ((INNER_PREPOSITION.test(f) && t[k].xpos === 'IN' && !/^(on|in|at|to)$/i.test(f) || f === 'and' && /^NNPS?$/.test(t[k - 1].xpos)) && k + 1 < limit && /^(NNP?S?|DT|PRP\$|JJ|CD)$/.test(t[k + 1].xpos) && !isTime(ctx, k + 1)) last = k;
    else break;
  }
  if (!/^(NNP?S?|CD)$/.test(t[last].xpos)) return null;
  let end = last + 1;
  if (apposition && end < limit && form(ctx, end) === ',') {
    let k = end + 1;
    while (k < limit && form(ctx, k) !== ',' && !/^(VBD|VBZ|VBP|MD)$/.test(t[k].xpos)) k++;
    const closes = k === limit || (k < limit && form(ctx, k) === ',' && /^VBG$/.test(t[k + 1]?.xpos ?? ''));
    if (closes && k > end + 1 && /^(DT|PRP\$|NNP?S?|JJ[RS]?|CD)$/.test(t[end + 1].xpos)) end = k;
  }
  return [i, end];
}
