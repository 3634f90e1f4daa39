import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word token as absolute character offsets into the tokenized text. */
export interface Span {
  start: number;
  end: number;
}

type WinkTokens = { values: string[]; spaces: string[]; types: string[] };
let wink: ((text: string) => WinkTokens) | null = null;

/** What patches/wink-nlp adds: wink's cache otherwise keeps every unseen token for good, and consults it. */
interface Checkpoints {
  /** From now on, what is added to the cache is hidden from its lookups. */
  checkpoint(): unknown;
  /** Forgets what was added since the checkpoint. */
  rollback(point: unknown): void;
  /** How many words were added since the checkpoint. */
  learnt(): number;
}

/** Unseen words kept in wink's cache before it is rolled back: about 25 MB. */
const MAX_LEARNT = 200_000;

/**
 * wink with an empty pipeline only tokenizes, which is all we need; built once because it is costly.
 * wink adds each unseen token to its cache and consults the cache when it splits punctuation off
 * ("U.S" seen once, "U.S." was split from then on), so the cache's lookups are limited to wink's own
 * words: the tokens of a text never depend on the texts read before it. What it learns is forgotten
 * now and then, so that a long-running process does not grow.
 */
function winkTokens(text: string): WinkTokens {
  if (!wink) {
    const nlp = winkNLP(model, []);
    const cache = nlp as unknown as Checkpoints;
    const its = nlp.its;
    const initial = cache.checkpoint();
    wink = (t) => {
      const tokens = nlp.readDoc(t).tokens();
      const out = { values: tokens.out(its.value), spaces: tokens.out(its.precedingSpaces), types: tokens.out(its.type) };
      if (cache.learnt() > MAX_LEARNT) cache.rollback(initial);
      return out;
    };
  }
  return wink(text);
}

/**
 * Splits text[start, end) into word tokens following UD English (EWT/GUM) conventions:
 * clitics are separate words ("ca|n't", "I|'m", "world|'s", "gon|na"), hyphenated compounds are split
 * except after bound prefixes ("long|-|range" but "non-profit"), while abbreviations, URLs and
 * emails stay whole.
 */
export function tokenize(text: string, start = 0, end = text.length): Span[] {
  const raw = winkSpans(text, start, end);
  const merged = mergeRuns(text, raw);
  const out: Span[] = [];
  for (const span of merged) splitWord(text, span, out);
  return out;
}

interface RawSpan extends Span {
  type: string;
}

/** wink tokens placed by the running sum of preceding spaces and values, minus whitespace tokens. */
function winkSpans(text: string, start: number, end: number): RawSpan[] {
  const { values, spaces, types } = winkTokens(text.slice(start, end));
  const spans: RawSpan[] = [];
  let pos = start;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i].length;
    let value = values[i];
    if (!text.startsWith(value, pos)) {
      // Safety net should wink ever normalise a token: resynchronise on the raw text.
      const found = text.indexOf(value, pos);
      if (found < 0 || found >= end) continue;
      pos = found;
    }
    const tokenEnd = pos + value.length;
    if (value.trim() !== '') spans.push({ start: pos, end: tokenEnd, type: types[i] });
    pos = tokenEnd;
  }
  return spans;
}

const HYPHEN = /^[-‐‑]$/;
const WORDISH = /^[\p{L}\p{N}]/u;
const TERMINAL = /^[.!?…]+$/;
const DOMAIN_PART = /^[a-z][\w-]*$/;
/** Rules and arrows drawn with symbols ("=====", "----==", "<<"), one word in UD. */
const SYMBOL_RUN = /^[-=*<>~_#+^]+$/;

/**
 * Rejoins pieces that wink split but UD keeps as one word, judged on each adjacent pair with no space
 * between: "word-word" runs (so that one rule in splitWord decides about hyphens), punctuation runs
 * ("!!", "?!"), symbol runs ("=====", "<<") and dotted names ("Gawker.com", "alt.religion.scientology").
 */
function mergeRuns(text: string, spans: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  const str = (s: Span) => text.slice(s.start, s.end);
  for (let i = 0; i < spans.length; i++) {
    let cur = spans[i];
    for (;;) {
      const a = spans[i + 1];
      const b = spans[i + 2];
      const glued = a && a.start === cur.end;
      const gluedPair = glued && b && b.start === a.end;
      const joinsTriple =
        gluedPair &&
        ((HYPHEN.test(str(a)) && WORDISH.test(str(cur)) && WORDISH.test(str(b))) ||
          (str(a) === '.' && /^[a-z\d][\w.-]*$/i.test(str(cur)) && !/^\d+$/.test(str(cur)) && DOMAIN_PART.test(str(b))));
      if (joinsTriple) {
        cur = { start: cur.start, end: b.end, type: 'word' };
        i += 2;
      } else if (glued && ((TERMINAL.test(str(cur)) && TERMINAL.test(str(a))) || (SYMBOL_RUN.test(str(cur)) && SYMBOL_RUN.test(str(a))))) {
        cur = { start: cur.start, end: a.end, type: 'punctuation' };
        i += 1;
      } else break;
    }
    out.push(cur);
  }
  return out;
}

/** Bound prefixes that UD English keeps attached to the following word ("non-profit", "e-mail", "re-run"). */
const KEEP_PREFIXES = new Set(
  ('non e mid re pre co anti cross post semi over pro sub multi ex counter mini un socio psycho neo inter ' +
    'intra trans proto micro mis macro bi tri quasi pseudo ultra hyper extra')
    .split(' '),
);

const CLITIC = /^(.+?)((?:n['’]t)|(?:['’](?:s|m|re|ve|ll|d)))$/i;
const CLITIC_NOT = /^(.+?)(n['’]t)$/i;
const FUSED = /^(gon|wan|got)(na|ta)$/i;
const CLOCK = /^(\d[\d:.]*?)([ap]m|[ap]\.m\.)(\.?)$/i;

/**
 * Applies the UD splits to one token and appends the resulting words to `out`. Most tokens are
 * plain words, so each split is first gated on the characters its pattern needs (a hyphen inside, a
 * digit first, an apostrophe before the last one or two letters) instead of running every regex.
 */
function splitWord(text: string, span: RawSpan, out: Span[]): void {
  if (span.type === 'url' || span.type === 'email') {
    out.push({ start: span.start, end: span.end });
    return;
  }
  const value = text.slice(span.start, span.end);
  if (hasInnerHyphen(value)) {
    const parts = value.split(/([-‐‑])/);
    if (!KEEP_PREFIXES.has(parts[0].toLowerCase()) && parts.every((p) => p !== '')) {
      let pos = span.start;
      for (const part of parts) {
        splitWord(text, { start: pos, end: pos + part.length, type: 'word' }, out);
        pos += part.length;
      }
      return;
    }
  }
  // "No." is an abbreviation only before a number ("No. 5"); elsewhere it is "No" plus a full stop.
  if (value.length === 3 && /^no\.$/i.test(value) && !/^\s*\d/.test(text.slice(span.end, span.end + 3))) {
    out.push({ start: span.start, end: span.end - 1 }, { start: span.end - 1, end: span.end });
    return;
  }
  const clock = isDigit(value.charCodeAt(0)) ? CLOCK.exec(value) : null;
  if (clock) {
    // "9am." → 9 | am | .
    let pos = span.start;
    for (const part of clock.slice(1).filter((p) => p !== '')) out.push({ start: pos, end: (pos += part.length) });
    return;
  }
  const clitic = (hasCliticApostrophe(value) ? (CLITIC_NOT.exec(value) ?? CLITIC.exec(value)) : null) ?? (value.length === 5 ? FUSED.exec(value) : null);
  if (clitic && /\p{L}/u.test(clitic[1])) {
    const cut = span.start + clitic[1].length;
    out.push({ start: span.start, end: cut }, { start: cut, end: span.end });
    return;
  }
  out.push({ start: span.start, end: span.end });
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

/** A hyphen after the first and before the last character: the test of the hyphen split. */
function hasInnerHyphen(value: string): boolean {
  for (let i = 1; i < value.length - 1; i++) if (isHyphen(value.charCodeAt(i))) return true;
  return false;
}

/** An apostrophe two or three characters from the end, where every ending of CLITIC and CLITIC_NOT has one. */
function hasCliticApostrophe(value: string): boolean {
  return isApostrophe(value.charCodeAt(value.length - 2)) || isApostrophe(value.charCodeAt(value.length - 3));
}
