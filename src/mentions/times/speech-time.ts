import type { Token } from '../../model/schema.js';
import { timeLexicon } from './lexicon.js';
import type { Reading } from './readings.js';

/** A reported statement whose own day is known: relative times after `from` count from `day`. */
export interface SpeechTime {
  /** Where the complement starts: after the speech verb and its time. */
  from: number;
  day: Date;
  /** The time expression that dates the speech itself. */
  start: number;
  /** The speech verb's token index, and who speaks: the subject's head word, lower case, or null. */
  verb: number;
  speaker: string | null;
}

/** A speech verb of a sentence whose own time is not given there. */
export interface UndatedSpeech {
  from: number;
  speaker: string;
  /** "X also said": more of what the speaker said on an occasion already reported. */
  also: boolean;
}

/** A read time of the sentence, with the token index it starts at. */
export interface SentenceTime {
  start: number;
  end: number;
  token: number;
  reading: Reading;
}

/** Words after which a day dates the statement that precedes them. */
const FOLLOWING = /^(following|after)$/i;

/** How many tokens may stand between a speech verb and its time: "told reporters on Saturday". */
const MAX_GAP = 3;

/**
 * Speech verbs of the sentence ("said", "told") that carry a time of their own at day precision
 * ("said Thursday", "told CNN on Tuesday", "on Monday, officials said"): the statement was made on
 * that day, so the relative times of what follows count from it, not from the publication date.
 */
export function speechTimes(tokens: Token[], times: SentenceTime[], text: string): SpeechTime[] {
  const lemmas = timeLexicon().speechLemmas;
  const out: SpeechTime[] = [];
  tokens.forEach((token, k) => {
    if (!token.xpos.startsWith('VB') || token.xpos === 'VBG' || !lemmas.has(token.lemma.toLowerCase())) return;
    const dated =
      times.find((t) => isDay(t.reading) && ((t.token > k && t.token - k - 1 <= MAX_GAP) || (t.token < k && t.end <= token.start && k - lastToken(tokens, t.end) - 1 <= MAX_GAP))) ??
      // "X said ... following a Thursday phone call": the statement came on the day of that event.
      times.find((t) => isDay(t.reading) && t.token > k && [t.token - 1, t.token - 2].some((i) => i > k && FOLLOWING.test(text.slice(tokens[i].start, tokens[i].end))));
    if (!dated) return;
    const p = dated.reading.period!;
    out.push({ from: Math.max(token.end, dated.token > k ? dated.end : token.end), day: new Date(Date.UTC(p.year, p.month! - 1, p.day!)), start: dated.start, verb: k, speaker: speakerOf(tokens, k, text) });
  });
  return out;
}

/** Speech verbs without a time of their own, with a known speaker: "a source told CNN that ...". */
export function undatedSpeeches(tokens: Token[], text: string, dated: SpeechTime[]): UndatedSpeech[] {
  const lemmas = timeLexicon().speechLemmas;
  const out: UndatedSpeech[] = [];
  tokens.forEach((token, k) => {
    if (!token.xpos.startsWith('VB') || token.xpos === 'VBG' || !lemmas.has(token.lemma.toLowerCase())) return;
    if (dated.some((d) => d.verb === k)) return;
    const speaker = speakerOf(tokens, k, text);
    if (speaker) out.push({ from: token.end, speaker, also: k > 0 && /^also$/i.test(text.slice(tokens[k - 1].start, tokens[k - 1].end)) });
  });
  return out;
}

/** Words that open the clause a speech verb heads, so that its subject follows them. */
const CLAUSE_OPENERS = /^(,|that|after|before|because|when|while|although|as|if|and|but|;)$/i;

/**
 * The head word of the speech verb's subject: the first noun of its clause ("a source familiar
 * with the matter told" → "source", "after Smith said" → "smith").
 */
function speakerOf(tokens: Token[], k: number, text: string): string | null {
  let j = k - 1;
  while (j >= 0 && !CLAUSE_OPENERS.test(text.slice(tokens[j].start, tokens[j].end))) j--;
  for (let i = j + 1; i < k; i++) if (/^NN/.test(tokens[i].xpos)) return text.slice(tokens[i].start, tokens[i].end).toLowerCase();
  return null;
}

function isDay(r: Reading): boolean {
  return r.period !== null && (r.period.g === 'day' || r.period.g === 'daypart');
}

function lastToken(tokens: Token[], end: number): number {
  let i = tokens.length - 1;
  while (i > 0 && tokens[i].start >= end) i--;
  return i;
}
