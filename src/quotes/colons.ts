import type { Span } from '../model/schema.js';
import { tokenAt, tokenRange } from '../model/token-index.js';
import { RANK, type Attribution } from './attributions.js';
import { quotedAt, withContinuations } from './contents.js';
import { form, sourceBefore, type Context } from './phrases.js';
import type { Quoted } from './quote-marks.js';

const NOT_SPEAKER = /^(update|updated|correction|video|photo|photos|related|watch|note|contributing|source|sources)$/i;

/**
 * Transcript and interview lines, "NAME: words…": a paragraph that opens (after an optional
 * quotation mark) with a short name or capitalised label and a colon.
 */
export function labelAttributions(ctx: Context, paragraphs: Span[]): Attribution[] {
  const t = ctx.tokens;
  const found: Attribution[] = [];
  for (const paragraph of paragraphs) {
    let first = tokenAt(t, paragraph.start);
    const [, end] = tokenRange(t, paragraph);
    if (first < end && /^[“"']+$/.test(form(ctx, first))) first++;
    let colon = first;
    // Capitalised words: a name, or one the tagger does not take for a name ("WEBER").
    while (colon < end && colon - first < 4 && (/^NNPS?$/.test(t[colon].xpos) || /^[A-Z][\p{L}.’'-]*$/u.test(form(ctx, colon)))) colon++;
    if (colon === first || colon >= end - 3 || form(ctx, colon) !== ':') continue;
    // "Q:" and "A:" mark the interview's roles, not a named speaker; "UPDATE:", "VIDEO:" are labels.
    const label = ctx.text.slice(t[first].start, t[colon - 1].end);
    if (label.length === 1 || NOT_SPEAKER.test(label)) continue;
    found.push({
      kind: 'direct', cue: [colon, colon + 1], lemma: ':', source: [first, colon], borrowed: false, addressee: null,
      contents: [{ start: t[colon + 1].start, end: t[end - 1].end }], rule: 'label.colon', rank: RANK.quote,
    });
  }
  return found;
}

/**
 * A name and a colon before a quote, inside a sentence ("ECONOMY REPORT - Jane Roe: “…”"): the
 * colon is the cue. A label opening its paragraph is left to labelAttributions.
 */
export function colonAttributions(ctx: Context, sentences: Span[], quoted: Quoted[]): Attribution[] {
  const t = ctx.tokens;
  const found: Attribution[] = [];
  for (const sentence of sentences) {
    const [from, to] = tokenRange(t, sentence);
    for (let colon = from + 1; colon < to; colon++) {
      if (form(ctx, colon) !== ':') continue;
      const index = quotedAt(ctx.text, quoted, t[colon].end);
      const source = index >= 0 ? sourceBefore(ctx, colon, from) : null;
      if (!source || source[0] === from || !/^NNPS?$/.test(t[source[1] - 1].xpos)) continue;
      // The object of a verb or preposition is the hearer or the topic ("told CNN: …", "of X: …").
      if (/^(VB|IN|TO)/.test(t[source[0] - 1].xpos)) continue;
      found.push({
        kind: 'direct', cue: [colon, colon + 1], lemma: ':', source, borrowed: false, addressee: null,
        contents: withContinuations(quoted, index), rule: 'colon.quote', rank: RANK.quote,
      });
    }
  }
  return found;
}
