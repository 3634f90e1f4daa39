import type { Span } from '../model/schema.js';
import { cueVerb } from './lexicon.js';

/** Headline labels that head a colon without being anyone's words ("Breaking: …", "The Latest: …"). */
const LABEL = /^(the|breaking|exclusive|watch|look|wow|revealed|bombshell|update|analysis|opinion|editorial|just)\b/i;

type HeadlineAttribution = { lemma: string; cue: Span; source: Span; content: Span };

/**
 * "Source: words" in the headline ("Mayor Lopez: Harbour Will Open in Spring"), which PolNeAR marks
 * as an attribution with the colon as cue. The headline has no tokens, so this reads characters: the
 * source is a short name-like phrase (capitalised, up to five words, no comma, quote mark or digit
 * at its start, not in capitals throughout like "BREAKING"); the content runs to the line's end
 * without its final stop.
 */
export function headlineAttribution(text: string, headline: Span): HeadlineAttribution | null {
  const line = text.slice(headline.start, headline.end);
  const m = /^([A-Z][^:,"“”‘’'\n]{0,38}?)\s*:\s+(\S)/.exec(line);
  if (!m) return verbAttribution(line, headline);
  const name = m[1];
  // After a label ("The Latest: Mayor Backs Plan", "UPDATE: …") the rest of the line is a headline of its own.
  if (LABEL.test(name) || (/^[^a-z]+$/.test(name) && /[A-Z]{4}|\s/.test(name))) {
    const rest = m.index + m[0].length - 1;
    return verbAttribution(line.slice(rest), { start: headline.start + rest, end: headline.end });
  }
  // A longer stretch before the colon is a headline with a verb ("Mayor Backs Ferry Plan: …").
  if (name.split(/\s+/).length > 5) return verbAttribution(line, headline);
  const colon = headline.start + line.indexOf(':', name.length);
  const end = headline.start + line.trimEnd().replace(/\.$/, '').length;
  const contentStart = headline.start + m.index + m[0].length - 1;
  if (end - contentStart < 3) return null;
  return {
    lemma: ':',
    cue: { start: colon, end: colon + 1 },
    source: { start: headline.start, end: headline.start + name.length },
    content: { start: contentStart, end },
  };
}

/** A headline source cannot open with a question word or a clause opener ("How X Thinks …"). */
const NOT_SOURCE = /^(how|why|what|when|where|who|as|after|before|if|while)\b|\b(to|and|or)\b/i;

/** Reporting verbs that close a headline after its source ("…, harbour chief says"). */
const TAIL_VERB = /^(says|tells|warns|claims|argues|insists|predicts|finds|rules|reports|writes|admits|concedes|denies|suggests|urges|vows)$/i;

/** Adverbs a headline puts before its verb ("Lopez Just Announced …"); they belong to the cue. */
const ADVERB = /^(just|finally|now|also|again|already|officially|publicly|quietly|reportedly)$/i;

/**
 * "Source Verbs words" in the headline ("Harbour Board Backs Mayor's Plan"): the first cue verb of
 * the lexicon among the first seven words, in its third-person form or its bare form after a plural
 * (headlines are in the present), or in the past after an adverb ("Lopez Just Announced …"), after a
 * source of plain words; the content is the rest of the line without its stop. "Words, Source
 * says." puts the source and verb last.
 */
function verbAttribution(line: string, headline: Span): HeadlineAttribution | null {
  const at = (a: number, b: number): Span => ({ start: headline.start + a, end: headline.start + b });
  const end = line.trimEnd().replace(/[.;]$/, '').length;
  // "The ferry will run again, harbour chief says."
  const final = /,\s+([^,"“”]{2,40}?)\s+(\p{L}+s)$/u.exec(line.slice(0, end));
  const finalVerb = final && TAIL_VERB.test(final[2]) && cueVerb(final[2].toLowerCase().replace(/s$/, ''));
  if (final && finalVerb && !NOT_SOURCE.test(final[1])) {
    const sourceStart = final.index + final[0].length - final[1].length - 1 - final[2].length;
    const content = line.slice(0, final.index).trimEnd();
    if (content.length >= 3) return { lemma: finalVerb.lemma, cue: at(end - final[2].length, end), source: at(sourceStart, sourceStart + final[1].length), content: at(0, content.length) };
  }
  const words = [...line.matchAll(/[\p{L}’'.-]+/gu)].slice(0, 7);
  for (let i = 1; i < words.length; i++) {
    const word = words[i][0].toLowerCase();
    const adverb = ADVERB.test(words[i - 1][0]) && i > 1;
    const past = adverb ? [word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/ied$/, 'y')] : [];
    const lemma = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y'), ...past].find((w) => cueVerb(w));
    const verb = lemma && cueVerb(lemma);
    if (!verb || verb.kind === 'raising' || verb.particles.length) continue;
    // A bare form is a verb only after a plural subject ("Voters prefer …", not "Harbour plan …").
    if (word === lemma && !/s$/i.test(words[i - 1][0])) continue;
    const cueStart = words[adverb ? i - 1 : i].index;
    const source = line.slice(0, cueStart).trimEnd();
    if (/[,;?!"“”‘]/.test(source) || NOT_SOURCE.test(source)) return null;
    const cueEnd = words[i].index + words[i][0].length;
    const contentStart = line.length - line.slice(cueEnd).trimStart().length;
    if (end - contentStart < 3) return null;
    return { lemma: verb.lemma, cue: at(cueStart, cueEnd), source: at(0, source.length), content: at(contentStart, end) };
  }
  return null;
}
