import type { Span } from '../model/schema.js';
import { tokenAt, tokenRange } from '../model/token-index.js';
import { afterCue, clauseAfter, clauseBefore, quotedAt, quotedBefore, withContinuations } from './contents.js';
import { findCues, type Cue } from './cues.js';
import { form, phraseAfter, sourceBefore, type Context, type Range } from './phrases.js';
import { insideQuoted, type Quoted } from './quote-marks.js';

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/** An attribution before speaker resolution: token ranges for cue, source and hearer. */
export interface Attribution {
  kind: QuoteKind;
  cue: Range;
  lemma: string;
  source: Range | null;
  /** The source is the subject of an earlier cue in the sentence ("…, adding …"). */
  borrowed: boolean;
  addressee: Range | null;
  contents: Span[];
  rule: string;
  /** Lower goes first when attributions compete for the same words. */
  rank: number;
}

export const RANK = { quote: 0, final: 1, clause: 2 } as const;
const SUBJECT = /^(he|she|they|we|i|it)$/i;
const GERUND_PREPOSITION = /^(by|after|before|while|when|upon|in|without)$/i;

/** The attributions of every sentence, before the ones that overlap are settled. */
export function candidateAttributions(ctx: Context, sentences: Span[], quoted: Quoted[]): Attribution[] {
  const found: Attribution[] = [];
  const inQuote = (offset: number) => insideQuoted(quoted, offset);
  for (const sentence of sentences) {
    const range = tokenRange(ctx.tokens, sentence);
    if (range[0] === range[1]) continue;
    const cues = findCues(ctx, range[0], range[1]).filter((c) => !inQuote(ctx.tokens[c.head].start));
    for (const cue of cues) {
      const made = cue.verb ? verbAttribution(ctx, cue, range, cues, quoted, found) : accordingTo(ctx, cue, range, cues);
      if (made) found.push(made);
    }
  }
  return found;
}

/**
 * The last earlier attribution of this sentence with a source. Attributions are found sentence by
 * sentence, so this sentence's are the tail of `earlier`: the search stops where the tail does.
 */
function lastWithSource(earlier: Attribution[], inSentence: (a: Attribution) => boolean): Attribution | undefined {
  for (let i = earlier.length - 1; i >= 0 && inSentence(earlier[i]); i--) if (earlier[i].source) return earlier[i];
  return undefined;
}

function verbAttribution(ctx: Context, cue: Cue, sentence: Range, cues: Cue[], quoted: Quoted[], earlier: Attribution[]): Attribution | null {
  const t = ctx.tokens;
  const [from, to] = sentence;
  if (cue.sourceless) return sourcelessAttribution(ctx, cue, sentence, cues);
  let source = sourceBefore(ctx, cue.range[0], from);
  let rule = 'subject';
  let inverted = false;
  const beforeCue = cue.range[0] > from ? form(ctx, cue.range[0] - 1) : '';
  // The word that links the cue to the clause before, past adverbs ("…, and then said", "…, falsely suggesting").
  let link = cue.range[0] - 1;
  while (link > from && /^RB/.test(t[link].xpos)) link--;
  const linkWord = link >= from ? form(ctx, link) : '';
  let borrowed = false;
  const gerund = t[cue.head].xpos === 'VBG' && (/^[,—–]$/.test(linkWord) || GERUND_PREPOSITION.test(linkWord));
  if (!source && (gerund || /^(and|but)$/i.test(linkWord))) {
    // "…, saying …", "by saying …" and "X met … and said …": the source of an attribution before
    // it in the sentence, else the subject of the closest verb before it ("Roe, who came out and
    // endorsed …"), else of the main clause ("After saying …, the mayor left").
    const previous = lastWithSource(earlier, (a) => t[a.cue[0]].start >= t[from].start);
    source = previous?.source ?? nearestSubject(ctx, from, link) ?? mainSubject(ctx, sentence, cue);
    borrowed = source !== null;
    rule = gerund ? 'participle' : 'coordinated';
  }
  if (!source && (cue.range[0] === from || /^[,”"']+$/.test(beforeCue))) {
    source = phraseAfter(ctx, cue.range[1], to, true);
    inverted = source !== null;
    rule = 'inverted';
  }
  if (!source) return null;
  // A participle right after a noun modifies it ("a group backing the mayor"), unless "with" makes
  // the noun its subject ("…, with a spokesman saying …") or a clause follows ("voters saying they …").
  const modifier = rule === 'subject' && t[cue.head].xpos === 'VBG' && cue.range[0] === cue.head && source[1] === cue.head;
  const clausal = cue.range[1] < to && (/^(that|:|“|")$/.test(form(ctx, cue.range[1])) || SUBJECT.test(form(ctx, cue.range[1])));
  if (modifier && !clausal && !(source[0] > from && /^with$/i.test(form(ctx, source[0] - 1)))) return null;
  const start = inverted ? source[1] : cue.range[1];
  const { next, addressee } = afterCue(ctx, cue, start, to);
  const anchor = inverted ? cue.range[0] : source[0];
  const base = { cue: cue.range, lemma: cue.lemma, source, addressee, borrowed };

  // “…,” X said — with what follows: “…,” X said, “…” or “…,” X said. “…”
  // A borrowed source ("…,” she said, adding …") leaves the quote to the cue before.
  const before = borrowed ? -1 : quotedBefore(ctx.text, quoted, t[anchor].start);
  // Words before the quote in its sentence make it mixed (Russia “became less interested,” he
  // said) unless the cue has a clause of its own to attribute.
  const lead = before >= 0 && quoted[before].start > t[from].start && tokenAt(t, quoted[before].start) - from >= 2;
  // “…?” closes a sentence of its own unless the cue ends one too (“…?” she asked.).
  const comma = before >= 0 && /,\s*$/.test(ctx.text.slice(quoted[before].start, t[anchor].start).replace(/[”"'»\s]+$/, ''));
  if (before >= 0 && (lead || !comma ? isFinal(ctx, next, to) : true)) {
    const q = quoted[before];
    const contents = withContinuations(quoted, before);
    if (lead) contents[contents.length - 1] = { start: t[from].start, end: q.end };
    const follow = followingQuote(ctx, quoted, next, to);
    if (follow >= 0) contents.push(...withContinuations(quoted, follow).filter((s) => s.start > q.end));
    return { ...base, kind: lead ? 'mixed' : 'direct', contents, rule: `${rule}.quote-before`, rank: RANK.quote };
  }
  // X said: “…” (after a colon the quote may open the next paragraph)
  // "Said the mayor: “…”": an inverted cue opening the sentence may introduce the quote too.
  const opening = inverted && (cue.range[0] !== from || t[cue.head].xpos === 'VBG') ? -1 : next < to ? quotedAt(ctx.text, quoted, /^[,:]$/.test(form(ctx, next)) ? t[next].end : t[next].start)
    : form(ctx, to - 1) === ':' ? quotedAt(ctx.text, quoted, t[to - 1].end) : -1;
  if (opening >= 0) {
    const q = quoted[opening];
    // A quote that only opens a longer clause is part of a mixed content: X said “…” and more.
    if (tokenAt(t, q.end) < to - 2) {
      const clause = clauseAfter(ctx, next, sentence, cues);
      if (clause) return { ...base, kind: 'mixed', contents: [clause], rule: `${rule}.clause`, rank: RANK.clause };
    }
    return { ...base, kind: 'direct', contents: withContinuations(quoted, opening), rule: `${rule}.quote-after`, rank: RANK.quote };
  }
  if (isFinal(ctx, next, to)) {
    // "…, as the mayor said.": the "as" belongs to the attribution, not to the content.
    const as = !inverted && anchor - 1 > from && /^as$/i.test(form(ctx, anchor - 1)) ? anchor - 1 : anchor;
    const clause = clauseBefore(ctx, sentence, as);
    if (!clause) return null;
    return { ...base, kind: hasMark(ctx.text, clause) ? 'mixed' : 'indirect', contents: [clause], rule: `${rule}.final`, rank: RANK.final };
  }
  if (inverted) return null;
  // "The ferry, she said, will run again": the attribution splits its content in two.
  if (!borrowed && source[0] - 1 > from && form(ctx, source[0] - 1) === ',' && next < to && form(ctx, next) === ',') {
    const rest = clauseAfter(ctx, next + 1, sentence, cues);
    if (!rest) return null;
    const contents = [{ start: t[from].start, end: t[source[0] - 2].end }, rest];
    return { ...base, kind: contents.some((c) => hasMark(ctx.text, c)) ? 'mixed' : 'indirect', contents, rule: `${rule}.split`, rank: RANK.clause };
  }
  // "the attacks, which the probe said were covered up": the relative pronoun is the content's subject;
  // alone when a comma closes the relative clause ("the plan, which Lopez backed, …").
  const relative = !borrowed && source[0] > from && /^(WDT|WP)$/.test(t[source[0] - 1].xpos) ? t[source[0] - 1] : null;
  const closed = next < to && form(ctx, next) === ',';
  if (relative && closed) return { ...base, kind: 'indirect', contents: [{ start: relative.start, end: relative.end }], rule: `${rule}.relative`, rank: RANK.clause };
  // "As the Gazette reported, the ferry …": the content starts after the comma.
  const clause = clauseAfter(ctx, closed ? next + 1 : next, sentence, cues);
  if (!clause) return null;
  const contents = relative ? [{ start: relative.start, end: relative.end }, clause] : [clause];
  return { ...base, kind: hasMark(ctx.text, clause) ? 'mixed' : 'indirect', contents, rule: `${rule}.clause`, rank: RANK.clause };
}

/**
 * "The plan is widely seen as a failure", "Lopez seems to regret it": no source, and a content made of the subject and the complement, as PolNeAR marks them. An "it" or
 * "there" subject is left out; a raising verb needs a clausal complement ("to", "that", "like").
 */
function sourcelessAttribution(ctx: Context, cue: Cue, sentence: Range, cues: Cue[]): Attribution | null {
  const t = ctx.tokens;
  const [from, to] = sentence;
  const next = cue.range[1];
  const base = { cue: cue.range, lemma: cue.lemma, addressee: null, borrowed: false, kind: 'indirect' as const, rank: RANK.clause };
  if (next < to && form(ctx, next).toLowerCase() === 'by') return agentAttribution(ctx, cue, sentence, cues);
  const subject = sourceBefore(ctx, cue.range[0], from);
  const expletive = subject !== null && /^(it|there)$/i.test(form(ctx, subject[0]));
  if (cue.verb?.kind === 'raising' && !raisingComplement(ctx, next, to, expletive)) return null;
  if (!subject && !(cue.range[0] === from || /^(it|there|when|if|after|before|once|unless|while)$/i.test(form(ctx, cue.range[0] - 1)))) return null;
  // "Asked whether …, X said …": the reduced clause opening the sentence ends at its comma.
  let clauseEnd = next;
  while (cue.range[0] === from && clauseEnd < to && form(ctx, clauseEnd) !== ',') clauseEnd++;
  // Its content is the question, past a time or setting ("Asked on Monday whether …").
  let start = next;
  while (cue.range[0] === from && start < clauseEnd - 2 && !/^(if|whether|what|why|how|who|which|about|when|where)$/i.test(form(ctx, start)) && start - next < 5) start++;
  if (start >= clauseEnd - 2 || start - next >= 5) start = next;
  const clause = clauseAfter(ctx, start, [from, cue.range[0] === from ? clauseEnd : to], cues);
  if (!clause) return null;
  const contents = subject && !expletive ? [{ start: t[subject[0]].start, end: t[subject[1] - 1].end }, clause] : [clause];
  return { ...base, source: null, contents, rule: 'sourceless.clause' };
}

/**
 * What a raising verb needs after it: "to", "that", "like" or "as", an adjective or participle past
 * adverbs ("seemed equally unperturbed", "appeared paralyzed"), or after "it" a clause ("it seems
 * the plan has failed").
 */
function raisingComplement(ctx: Context, next: number, to: number, expletive: boolean): boolean {
  const t = ctx.tokens;
  let k = next;
  while (k < to && /^RB/.test(t[k].xpos)) k++;
  if (k >= to) return false;
  if (/^(to|that|like|as)$/i.test(form(ctx, k)) || /^(JJ|VBN)/.test(t[k].xpos)) return true;
  return expletive && k === next && /^(DT|PRP|NNPS?)$/.test(t[k].xpos);
}

/**
 * A passive with its agent ("The plan was backed by the union for its cost"): the agent is the
 * source, the subject and a complement after the agent ("for …", "as …", "to …") are the content.
 */
function agentAttribution(ctx: Context, cue: Cue, sentence: Range, cues: Cue[]): Attribution | null {
  const t = ctx.tokens;
  const [from, to] = sentence;
  const subject = sourceBefore(ctx, cue.range[0], from);
  const source = phraseAfter(ctx, cue.range[1] + 1, to, false);
  if (!subject || !source || /^(it|there)$/i.test(form(ctx, subject[0]))) return null;
  const contents = [{ start: t[subject[0]].start, end: t[subject[1] - 1].end }];
  const rest = source[1] < to && /^(for|as|over|to)$/i.test(form(ctx, source[1])) ? clauseAfter(ctx, source[1], sentence, cues) : null;
  if (rest) contents.push(rest);
  return { cue: cue.range, lemma: cue.lemma, source, addressee: null, borrowed: false, kind: 'indirect', contents, rule: 'passive.agent', rank: RANK.clause };
}

/**
 * "Roe, who came out and endorsed …": the subject of the closest finite verb before the "and",
 * which need not be the main clause's.
 */
function nearestSubject(ctx: Context, from: number, link: number): Range | null {
  const t = ctx.tokens;
  let k = link - 1;
  while (k > from && !/^(VBD|VBZ|VBP|MD)$/.test(t[k].xpos)) k--;
  if (k <= from) return null;
  // Back to the start of the verb group ("have long argued") and past adverbs.
  while (k > from + 1 && (/^(MD|RB)/.test(t[k - 1].xpos) || t[k - 1].xpos.startsWith('VB') && /^(have|be|do)$/.test(t[k - 1].lemma))) k--;
  return sourceBefore(ctx, k, from);
}

/**
 * The subject of the sentence's main clause before a participle cue ("In a speech, X struck a
 * measured tone, saying …"): the phrase before its first finite verb.
 */
function mainSubject(ctx: Context, sentence: Range, cue: Cue): Range | null {
  const [from, to] = sentence;
  const finite = (k: number) => /^(VBD|VBZ|VBP|MD)$/.test(ctx.tokens[k].xpos);
  // Adverbs between the subject and its verb are stepped over ("She also compared …").
  const subjectBefore = (k: number, floor: number) => {
    let j = k;
    while (j > floor + 1 && /^RB/.test(ctx.tokens[j - 1].xpos)) j--;
    return sourceBefore(ctx, j, floor);
  };
  for (let k = from + 1; k < cue.range[0]; k++) if (finite(k)) return subjectBefore(k, from);
  if (cue.range[0] === from || !/^(after|before|while|upon|in|by|without)$/i.test(form(ctx, from))) return null;
  let comma = cue.range[1];
  while (comma < to && form(ctx, comma) !== ',') comma++;
  for (let k = comma + 2; k < to; k++) if (finite(k)) return subjectBefore(k, comma + 1);
  return null;
}

/** The quote that goes on after the attribution: ", “…”" in the sentence or a next sentence “…”. */
function followingQuote(ctx: Context, quoted: Quoted[], next: number, to: number): number {
  const t = ctx.tokens;
  if (next < to && form(ctx, next) === ',') return quotedAt(ctx.text, quoted, t[next].end);
  // The source kept the comma ("said Roe, a teacher, “…”").
  if (next < to && form(ctx, next - 1) === ',' && /^[“"]$/.test(form(ctx, next))) return quotedAt(ctx.text, quoted, t[next].start);
  if (next < to && !/^[.!?]$/.test(form(ctx, next))) return -1;
  const end = next < to ? t[next].end : t[to - 1].end;
  const index = quotedAt(ctx.text, quoted, end);
  // Only within the paragraph: the next paragraph's quote is a floating one, settled later.
  return index >= 0 && !ctx.text.slice(end, quoted[index].start).includes('\n') ? index : -1;
}

/** Nothing after the cue but the final stop, or ", adding …" (an attribution of its own). */
function isFinal(ctx: Context, next: number, to: number): boolean {
  if (next >= to) return true;
  if (/^[.!?]$/.test(form(ctx, next)) && next + 1 >= to) return true;
  if (/^[”"']+$/.test(form(ctx, next)) && next + 2 >= to) return true;
  return form(ctx, next) === ',' && next + 1 < to && ctx.tokens[next + 1].xpos === 'VBG';
}

function accordingTo(ctx: Context, cue: Cue, sentence: Range, cues: Cue[]): Attribution | null {
  const [from, to] = sentence;
  const head = phraseAfter(ctx, cue.range[1], to, false);
  if (!head) return null;
  // PolNeAR's source runs on to the comma or the sentence end ("a poll by X out Thursday").
  let end = head[1];
  while (end < to && !/^[,.!?;:]$/.test(form(ctx, end))) end++;
  if (cue.lemma === 'in') {
    // After "in", only a participle and its setting may follow the poll ("released Monday"), up to a comma.
    if (end >= to || form(ctx, end) !== ',' || ctx.tokens.slice(head[1], end).some((x) => /^(VBD|VBZ|VBP|MD|CC)$/.test(x.xpos))) return null;
    // "In a poll, conducted in May, …": a participle set off by commas belongs to the poll, with its comma.
    let k = end + 1;
    if (k < to && ctx.tokens[k].xpos === 'VBN') while (k < to && !/^[,.!?;:]$/.test(form(ctx, k))) k++;
    if (k > end + 1 && k < to && form(ctx, k) === ',') end = k + 1;
  }
  const source: Range = [head[0], end];
  const base = { cue: cue.range, lemma: cue.lemma, source, addressee: null, borrowed: false, rank: RANK.final };
  const leading = ctx.tokens.slice(from, cue.range[0]).every((x) => /^(CC|RB|,)$/.test(x.xpos));
  if (leading) {
    const start = source[1] < to && form(ctx, source[1]) === ',' ? source[1] + 1 : source[1];
    const clause = clauseAfter(ctx, start, sentence, cues);
    return clause ? { ...base, kind: hasMark(ctx.text, clause) ? 'mixed' : 'indirect', contents: [clause], rule: 'according-to.leading' } : null;
  }
  // Without a comma ("X leads by ten points according to a poll, but …") the clause before is the content.
  const bare = form(ctx, cue.range[0] - 1) !== ',' && cue.range[0] - from >= 3 ? { start: ctx.tokens[from].start, end: ctx.tokens[cue.range[0] - 1].end } : null;
  const clause = clauseBefore(ctx, sentence, cue.range[0]) ?? bare;
  return clause ? { ...base, kind: hasMark(ctx.text, clause) ? 'mixed' : 'indirect', contents: [clause], rule: 'according-to.final' } : null;
}

function hasMark(text: string, span: Span): boolean {
  return /[“”"]|''/.test(text.slice(span.start, span.end));
}
