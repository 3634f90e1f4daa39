import type { ArticleView } from './article-view.js';

const SPEECH = new Set(['say', 'tell', 'add', 'announce', 'state', 'report', 'write', 'claim', 'insist', 'stress']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside']);

/**
 * The time of an event read from tokens [from, to) of the sentence [sentenceFrom, sentenceTo): a time
 * inside it, else the nearest time of the sentence that does not date a statement ("said Tuesday").
 * Durations count only with a bound ("more than two months since").
 */
export function eventTime(view: ArticleView, from: number, to: number, sentenceFrom: number, sentenceTo: number): number | null {
  let best: number | null = null;
  let bestScore = Infinity;
  for (let t = sentenceFrom; t < sentenceTo; t++) {
    const index = view.timeAt.get(t);
    if (index === undefined) continue;
    const time = view.doc.times[index];
    if (time.type === 'SET' || (!time.earliest && !time.latest && !/^\d{4}/.test(time.value))) continue;
    const inside = t >= from && t < to;
    if (!inside && datesStatement(view, t, sentenceFrom)) continue;
    const score = inside ? 0 : 100 + Math.min(Math.abs(t - from), Math.abs(t - to));
    if (score < bestScore) (best = index), (bestScore = score);
  }
  return best;
}

/** A time right after a speech verb ("said Tuesday", "told reporters Saturday") dates the statement. */
function datesStatement(view: ArticleView, t: number, limit: number): boolean {
  for (let k = t - 1; k >= limit && k >= t - 3; k--) {
    if (SPEECH.has(view.words.lemma[k]) && view.doc.tokens[k].upos === 'VERB') return true;
  }
  return false;
}

/**
 * The place a relative clause gives for the event it follows: "..., which is set to take place next
 * week in Chile", "that will be held in Geneva". Searched in tokens [from, to).
 */
export function venuePlace(view: ArticleView, from: number, to: number): number | null {
  const { form, lemma } = view.words;
  for (let k = from; k < to; k++) {
    if (!/^(which|that)$/.test(form[k])) continue;
    for (let j = k + 1; j < to && j <= k + 8; j++) {
      if ((form[j] === 'take' && form[j + 1] === 'place') || (lemma[j] === 'hold' && view.doc.tokens[j].xpos === 'VBN')) return eventPlace(view, j, Math.min(to, j + 8));
    }
    return null;
  }
  return null;
}

/** The place named after "in"/"at" in tokens [from, to): the first of "Portland, Maine". */
export function eventPlace(view: ArticleView, from: number, to: number): number | null {
  for (let t = from; t < to; t++) {
    const index = view.placeAt.get(t);
    if (index === undefined) continue;
    let k = t - 1;
    while (k > from && (view.doc.tokens[k].upos === 'PROPN' || view.words.form[k] === ',')) k--;
    if (LOCATIVE.has(view.words.form[k])) return index;
  }
  return null;
}
