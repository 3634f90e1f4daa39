import type { Span, Token } from '../model/schema.js';
import { tokenRange } from '../model/token-index.js';
import { cueVerb } from './lexicon.js';

/** What the phrase finders read: the text, its tokens, and which tokens lie in a time expression. */
export interface Context {
  text: string;
  tokens: Token[];
  inTime: Uint8Array;
}

export function makeContext(text: string, tokens: Token[], times: Span[]): Context {
  const inTime = new Uint8Array(tokens.length);
  for (const time of times) {
    const [first, last] = tokenRange(tokens, time);
    inTime.fill(1, first, last);
  }
  return { text, tokens, inTime };
}

/** Token range [from, to). */
export type Range = [number, number];

const NOUNISH = /^(NNP?S?|JJ[RS]?|DT|PRP\$|POS|CD|HYPH|VBN|FW)$/;
const HEAD = /^(NNP?S?|PRP|WP|CD)$/;
const INNER_PREPOSITION = /^(of|for|at|from|with|on|in|to|by)$/i;
const PRONOUN = /^(he|she|they|it|we|i|you|who|which|that)$/i;
const SUBJECT_PRONOUN = /^(he|she|they|it|we|i|you|who|which)$/;
/** Quantities that head a source of their own ("half said …", "many say …"). */
const QUANTITY = /^(half|third|quarter|two-thirds|three-quarters|most|many|some|few|several|others|another|majority|minority)$/i;
/** Prepositions that stay inside a source before the cue ("voters across the state", "critics like Roe"), but not after it ("told reporters about …"). */
const SOURCE_PREPOSITION = /^(about|across|among|like)$/i;
const QUANTITY_HEDGE = /^(about|nearly|almost|roughly|approximately|only|some)$/i;
const ADVERBIAL = /^(RB|RBR|,)$/;
const DASH = /^(—|―|–|--)$/;

export function form(ctx: Context, i: number): string {
  return ctx.text.slice(ctx.tokens[i].start, ctx.tokens[i].end);
}

/** Whether the token lies inside a time expression ("Tuesday", "last week"). */
export function isTime(ctx: Context, i: number): boolean {
  return ctx.inTime[i] === 1;
}

/**
 * The source written before the cue: a noun phrase with its titles ("White House spokesperson Anna
 * Kelly"), of-phrases ("one of the family's lawyers") and an apposition closed by a comma ("Jane Roe,
 * a spokeswoman for the campaign,"), as PolNeAR marks sources. A time phrase between source and cue
 * ("X on Tuesday said") is stepped over; a parenthetical adverb or prepositional phrase ("X,
 * meanwhile, said", "X, in a statement, said") too.
 */
export function sourceBefore(ctx: Context, end: number, floor: number): Range | null {
  let j = end - 1;
  while (j >= floor && isTime(ctx, j)) j--;
  if (j < end - 1 && j >= floor && /^(on|in|at)$/i.test(form(ctx, j))) j--;
  if (j < floor) return null;
  // "Ford itself said": the reflexive stresses the source and belongs to it.
  if (/^(itself|himself|herself|themselves)$/i.test(form(ctx, j)) && j > floor) {
    const phrase = phraseEndingAt(ctx, j - 1, floor);
    return phrase && [phrase[0], j + 1];
  }
  // "those surveyed said", "those polled said".
  if (ctx.tokens[j].xpos === 'VBN' && j > floor && /^those$/i.test(form(ctx, j - 1))) return [j - 1, j + 1];
  if (form(ctx, j) === ',') return appositionBefore(ctx, j, floor);
  if (DASH.test(form(ctx, j))) return dashedBefore(ctx, j, floor);
  // "A poll released Friday found …": the participle and its time belong to the source.
  if (/^VB[NG]$/.test(ctx.tokens[j].xpos) && j < end - 1 && j > floor && /^NN/.test(ctx.tokens[j - 1].xpos)) {
    const phrase = phraseEndingAt(ctx, j - 1, floor);
    return phrase && [phrase[0], end];
  }
  const phrase = phraseEndingAt(ctx, j, floor);
  return phrase && withRelative(ctx, phrase, floor);
}

/**
 * "Voters who backed the plan say …": a phrase ending a restrictive relative clause (no comma) is
 * not the source; the noun the clause modifies is, with the clause. Only when that noun opens the
 * clause (sentence start, or after a conjunction or comma).
 */
function withRelative(ctx: Context, phrase: Range, floor: number): Range {
  const t = ctx.tokens;
  if (/^(PRP|WP|WDT)$/.test(t[phrase[0]].xpos)) return phrase;
  for (let k = phrase[0] - 1; k > floor && phrase[0] - k <= 20; k--) {
    if (/^[,;:()“”"—–-]$/.test(form(ctx, k)) || /^(who|that)$/i.test(form(ctx, k)) && !/^(WP|WDT)$/.test(t[k].xpos)) return phrase;
    if (!/^(who|that)$/i.test(form(ctx, k)) || !/^NN/.test(t[k - 1].xpos)) continue;
    // The pronoun must be the clause's subject ("who have seen"), not its object ("that voters like").
    if (!/^(VB|MD|RB)/.test(t[k + 1].xpos)) return phrase;
    const head = phraseEndingAt(ctx, k - 1, floor);
    if (!head || head[0] > floor && !/^(CC|,)$/.test(t[head[0] - 1].xpos)) return phrase;
    return [head[0], phrase[1]];
  }
  return phrase;
}

function phraseEndingAt(ctx: Context, j: number, floor: number): Range | null {
  const t = ctx.tokens;
  if (j < floor) return null;
  const word = form(ctx, j).toLowerCase();
  // "most of them", "some of us": a pronoun after "of" ends a quantity.
  const partitive = /^(them|us|those)$/.test(word) && j > floor && form(ctx, j - 1).toLowerCase() === 'of';
  if (!partitive && (/^(PRP|WP|WDT)$/.test(t[j].xpos) || PRONOUN.test(word))) return SUBJECT_PRONOUN.test(word) ? [j, j + 1] : null;
  // "Rep. Jane Roe (D-Ore.) said": a short parenthesis after the name belongs to the source.
  const end = j + 1;
  if (form(ctx, j) === ')') {
    let k = j - 1;
    while (k > floor && form(ctx, k) !== '(' && j - k < 8) k--;
    if (form(ctx, k) !== '(') return null;
    j = k - 1;
    if (j < floor) return null;
  }
  if (!HEAD.test(t[j].xpos) && !partitive && !QUANTITY.test(word)) return null;
  let first = j;
  for (let k = j - 1; k >= floor; k--) {
    const f = form(ctx, k);
    // A determiner opens the phrase: a noun before it ends another one ("an offer the union made").
    if (/^(DT|PRP\$)$/.test(t[first].xpos) && /^(NNS?|JJ|CD)$/.test(t[k].xpos) && !QUANTITY.test(f)) break;
    // "at least half of …" ("least" is tagged as an adjective).
    if (f === 'least' && k > floor && /^at$/i.test(form(ctx, k - 1))) first = --k;
    // A time with a possessive is a modifier: "Tuesday's results".
    // A year before a noun is a modifier too: "a 2009 paper".
    else if (NOUNISH.test(t[k].xpos) && (!isTime(ctx, k) || t[k + 1].xpos === 'POS' || t[k].xpos === 'CD' && /^NN/.test(t[k + 1].xpos))) first = k;
    // Modifiers inside the phrase: "Managing Editor", "rising rates", "most passionate".
    else if (/^(VBG|RBS)$/.test(t[k].xpos) && /^(NN|JJ)/.test(t[k + 1].xpos)) first = k;
    // "both …", "he and …".
    else if (/^both$/i.test(f)) first = k;
    else if (f === 'and' && k > floor && /^(he|she|i|we|they)$/i.test(form(ctx, k - 1))) first = --k;
    else if ((INNER_PREPOSITION.test(f) || SOURCE_PREPOSITION.test(f)) && t[k].xpos === 'IN' && k > floor && /^(NN|JJ|DT|CD)/.test(t[k - 1].xpos)) first = k;
    // "a poll conducted by …": a participle after a noun, with its agent or setting.
    else if (/^(by|for|in)$/i.test(f) && k - 1 > floor && t[k - 1].xpos === 'VBN' && /^NNS?$/.test(t[k - 2].xpos)) first = --k;
    // "more than half of …", "fewer than 10 …".
    else if (f === 'than' && k > floor && /^(more|less|fewer)$/i.test(form(ctx, k - 1))) first = --k;
    // "Democrats and civil rights groups": coordinated nouns make one source.
    else if (/^(and|nor)$/.test(f) && k > floor && /^(NN|JJ)/.test(t[k - 1].xpos) && (NOUNISH.test(t[k + 1].xpos) || /^even$/i.test(form(ctx, k + 1)))) first = k;
    // "Neither X nor Y", "X and even Y", "two out of three voters".
    else if (/^neither$/i.test(f) && NOUNISH.test(t[k + 1].xpos)) first = k;
    else if (/^even$/i.test(f) && k > floor && /^(and|or)$/i.test(form(ctx, k - 1)) && NOUNISH.test(t[k + 1].xpos)) first = k;
    else if (/^of$/i.test(f) && k - 1 > floor && /^out$/i.test(form(ctx, k - 1)) && t[k - 2].xpos === 'CD') first = k -= 2;
    // "a CNN/ORC poll": names joined by a slash.
    else if (f === '/' && k > floor && /^NNP/.test(t[k - 1].xpos) && /^NNP/.test(t[k + 1].xpos)) first = k;
    // "about half of …", "nearly two-thirds of …", "all the …": a quantity's hedge or predeterminer.
    else if ((QUANTITY_HEDGE.test(f) || t[k].xpos === 'PDT') && (/^(CD|DT|NNS?|JJ)$/.test(t[k + 1].xpos) || QUANTITY.test(form(ctx, k + 1)))) first = k;
    else if (f === '.' && k > floor && /^[A-Z][a-z]?$/.test(form(ctx, k - 1))) first = k; // "Rep. Jane Roe"
    else break;
  }
  // A phrase cannot open with a preposition, a conjunction or a dash.
  while (first < j && (/^(IN|CC|HYPH|POS)$/.test(t[first].xpos) && !/^(at|both|neither)$/i.test(form(ctx, first)) && !QUANTITY_HEDGE.test(form(ctx, first)) || form(ctx, first) === '.')) first++;
  return [first, end];
}

/**
 * "Name, apposition," before the cue, or "Name, meanwhile," (the adverb left out). The apposition
 * may hold commas of its own ("Jane Roe, head of the union, the city's largest,", "Jane Roe, who
 * lives in Salem, Ore.,"): the outermost comma that opens one after a noun phrase wins, unless
 * that phrase is the object of a preposition ("In Salem, the mayor, …").
 */
function appositionBefore(ctx: Context, comma: number, floor: number): Range | null {
  const t = ctx.tokens;
  let found: Range | null = null;
  // When no aside or apposition fits, the phrase that opens the clause before the first comma is
  // the source: with what follows when that opens like a noun phrase or a participle, as PolNeAR
  // marks it ("Roe, 29, of Salem, Ore.,", "The poll, conducted by …,"), else without it ("Roe,
  // clearly frustrated,", "Roe, himself a candidate,", "Roe, when asked,").
  let opener: Range | null = null;
  for (let k = comma - 2; k >= floor && comma - k <= 40; k--) {
    if (form(ctx, k) !== ',') continue;
    const middle: Range = [k + 1, comma];
    const head = phraseEndingAt(ctx, k - 1, floor);
    if (head && (head[0] === floor || t[head[0] - 1].xpos === 'CC' || /^that$/i.test(form(ctx, head[0] - 1)))) {
      opener = /^(DT|PRP\$|NNP?S?|CD|VBN)$/.test(t[k + 1].xpos) ? [head[0], comma + 1] : head;
    }
    if (!head || /^(PRP|WP|WDT)$/.test(t[head[1] - 1].xpos)) continue;
    if (head[0] > floor && t[head[0] - 1].xpos === 'IN') continue;
    // Past the nearest comma, the head must open the clause ("Last week, Jane Roe, …" is not one).
    let outer = false;
    for (let n = k + 1; n < comma && !outer; n++) outer = form(ctx, n) === ',';
    if (outer && head[0] > floor && !/^(,|CC)$/.test(t[head[0] - 1].xpos)) continue;
    const words = t.slice(middle[0], middle[1]);
    // "Several senators, including Jane Roe and John Doe,": the members named belong to the source.
    const members = /^(including|along)$/i.test(form(ctx, middle[0]));
    const verb = words.findIndex((x) => /^(VBD|VBZ|VBP|MD)$/.test(x.xpos));
    // "X, meanwhile, said", "X, in a statement, said", "X, speaking on radio, said": the aside is
    // not part of the source.
    // An adverb may open the aside ("X, also speaking on radio, said").
    const open = words.findIndex((x) => !/^RB/.test(x.xpos));
    const lead = open >= 0 ? words[open] : words[0];
    const aside = words.every((x) => ADVERBIAL.test(x.xpos)) || /^(meanwhile|however|too|though)$/i.test(form(ctx, middle[0])) || (lead.xpos === 'VBG' || words[0].xpos === 'IN' && !/^(that|because|if|while|as|of)$/i.test(form(ctx, middle[0]))) && verb < 0;
    if (!found && aside && !members) return head;
    const relative = /^(who|whose|which)$/i.test(form(ctx, middle[0]));
    // "Jane Roe, who said she …, said": a relative clause with a cue is an attribution of its own.
    if (!found && relative && hasCue(words)) return head;
    // A finite verb is allowed only inside a relative clause ("head of the union which represents …").
    const finite = verb >= 0 && !words.slice(0, verb).some((x) => /^(WDT|WP\$?)$/.test(x.xpos));
    if (relative || members && !finite || !finite && nominalPieces(ctx, middle)) found = [head[0], comma + 1];
  }
  // Only before a finite verb: a participle after the comma ("Roe, a lawyer, saying …") borrows its source.
  return found ?? (comma + 1 < ctx.tokens.length && /^(VBD|VBZ|VBP|MD)$/.test(t[comma + 1].xpos) ? opener : null);
}

/** Whether the words hold a verb of the lexicon that has a source. */
function hasCue(words: Token[]): boolean {
  return words.some((x) => x.xpos.startsWith('VB') && (cueVerb(x.lemma.toLowerCase())?.kind ?? 'raising') !== 'raising');
}

/** "Jane Roe — a teacher from Salem — said": an aside between dashes, kept in the source. */
function dashedBefore(ctx: Context, dash: number, floor: number): Range | null {
  for (let k = dash - 2; k > floor && dash - k <= 30; k--) {
    if (!DASH.test(form(ctx, k))) continue;
    const head = phraseEndingAt(ctx, k - 1, floor);
    return head && [head[0], dash + 1];
  }
  return null;
}

/** Each comma-separated piece of an apposition opens like a noun phrase or a relative clause. */
function nominalPieces(ctx: Context, [from, to]: Range): boolean {
  let relative = false;
  for (let k = from; k < to; k++) {
    if (k !== from && form(ctx, k - 1) !== ',') continue;
    // "then 38", "now a lawyer", "and migration": an adverb or conjunction may open a piece.
    while (k + 1 < to && /^(RB|CC)$/.test(ctx.tokens[k].xpos) && /^(RB|CC|DT|PRP\$|NNP?S?|CD)$/.test(ctx.tokens[k + 1].xpos)) k++;
    if (!relative && !/^(DT|PRP\$|NNP?S?|JJ[RS]?|CD)$/.test(ctx.tokens[k].xpos) && !/^(who|whose|which)$/i.test(form(ctx, k))) return false;
    relative ||= /^(who|whose|which)$/i.test(form(ctx, k));
  }
  return true;
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
  // A participle used as an adjective may open the phrase ("said retired general Jane Roe").
  const participle = /^VB[DN]$/.test(t[i].xpos) && /^[a-z]+ed$/.test(form(ctx, i)) && i + 1 < limit && /^(NNP?S?|JJ)$/.test(t[i + 1].xpos);
  if (!/^(NNP?S?|DT|PRP\$|JJ[RS]?|CD)$/.test(t[i].xpos) && !participle || isTime(ctx, i)) return null;
  let last = i;
  for (let k = i + 1; k < limit; k++) {
    const f = form(ctx, k);
    // A time, or a determiner after the head, starts something else ("told reporters the plan …").
    // A year used as a modifier stays in ("a 2008 campaign veteran").
    const modifier = isTime(ctx, k) && t[k].xpos === 'CD' && k + 1 < limit && /^NN/.test(t[k + 1].xpos);
    if (isTime(ctx, k) && !modifier || /^(DT|PRP\$)$/.test(t[k].xpos) && /^NN/.test(t[k - 1].xpos)) break;
    if (NOUNISH.test(t[k].xpos) && t[k].xpos !== 'VBN') last = k;
    // "another leading advocate": a gerund before a noun or adjective modifies it.
    else if (t[k].xpos === 'VBG' && k + 1 < limit && /^(NN|JJ)/.test(t[k + 1].xpos)) continue;
    // "a CNN/ORC poll": names joined by a slash.
    else if (f === '/' && /^NNP/.test(t[k - 1].xpos) && k + 1 < limit && /^NNP/.test(t[k + 1].xpos)) continue;
    // A capitalised participle inside a name ("an Associated Press poll").
    else if (t[k].xpos === 'VBN' && /^[A-Z]/.test(f) && k + 1 < limit && /^NN/.test(t[k + 1].xpos)) continue;
    else if ((INNER_PREPOSITION.test(f) && t[k].xpos === 'IN' && !/^(on|in|at|to)$/i.test(f) || f === 'and' && /^NNPS?$/.test(t[k - 1].xpos)) && k + 1 < limit && /^(NNP?S?|DT|PRP\$|JJ|CD)$/.test(t[k + 1].xpos) && !isTime(ctx, k + 1)) last = k;
    else break;
  }
  // "said a former executive.": a determiner's phrase ending at a stop or a relative pronoun has a
  // noun head, even where the tagger took it for an adjective.
  const head = /^(NNP?S?|CD)$/.test(t[last].xpos) || t[last].xpos === 'JJ' && last > i && t[i].xpos === 'DT' && (last + 1 >= limit || /^([.,;:!?]|who|whose)$/i.test(form(ctx, last + 1)));
  if (!head) return null;
  let end = last + 1;
  // "Rep. Jane Roe (D-Ore.)": a short parenthesis after the name.
  if (end < limit && form(ctx, end) === '(') {
    let k = end + 1;
    while (k < limit && k - end < 8 && form(ctx, k) !== ')') k++;
    if (k < limit && form(ctx, k) === ')') end = k + 1;
  }
  // "said a former official who oversaw …", "said a source involved in …": a relative clause or
  // participle right after the noun restricts it and belongs to the source, to the sentence end,
  // unless it holds a cue of its own.
  if (apposition && end < limit && (/^(who|whose)$/i.test(form(ctx, end)) || /^VB[NG]$/.test(t[end].xpos) && /^NN/.test(t[end - 1].xpos))) {
    let k = end + 1;
    while (k < limit && !/^[.!?;:,]$/.test(form(ctx, k)) && !/^[“"]$/.test(form(ctx, k))) k++;
    if ((k >= limit || form(ctx, k) !== ',') && !hasCue(t.slice(end, k))) return [i, k];
  }
  if (apposition && end < limit && form(ctx, end) === ',') {
    // The apposition, with its own commas and relative clauses ("said Jane Roe, head of the union,
    // who …"), runs to the end of the sentence, or to a participle clause (", adding …").
    let k = end + 1;
    // A quotation after a comma is the content, not part of the apposition ("said Roe, a teacher, “…”").
    while (k < limit && !/^[.!?;:]$/.test(form(ctx, k)) && !(form(ctx, k) === ',' && (/^VBG$/.test(t[k + 1]?.xpos ?? '') || /^[“"]$/.test(k + 1 < limit ? form(ctx, k + 1) : '')))) k++;
    // The comma before a quotation stays with the source, as PolNeAR marks it.
    const quote = k + 1 < limit && form(ctx, k) === ',' && /^[“"]$/.test(form(ctx, k + 1));
    // A relative clause with a cue of its own is an attribution of its own ("said Roe, who noted …").
    const relative = /^(who|whose)$/i.test(form(ctx, end + 1));
    if (k > end + 1 && (/^(DT|PRP\$|NNP?S?|JJ[RS]?|CD)$/.test(t[end + 1].xpos) || relative && !hasCue(t.slice(end + 1, k)))) end = quote ? k + 1 : k;
  }
  return [i, end];
}
