import type { DocumentModel } from '../model/document.js';
import type { Quote, Span } from '../model/schema.js';
import { candidateAttributions, type Attribution } from './attributions.js';
import { colonAttributions, labelAttributions } from './colons.js';
import { makeContext, type Context, type Range } from './phrases.js';
import { headlineAttribution } from './headline.js';
import { nominalAttributions } from './nominal.js';
import { findQuoted } from './quote-marks.js';
import { attachFloating, settle } from './settle.js';
import { SpeakerResolver } from './speakers.js';

/**
 * Quotes stage: every attribution in the body (direct, mixed and indirect) and in the headline
 * ("Source: …", "Source Says …"), with its cue, source mention, content spans, speaker actor and
 * hearer. Reads paragraphs, sentences, tokens, times and actors; boilerplate has no paragraphs, so
 * it never yields a quote.
 */
export function quotesStage(doc: DocumentModel): void {
  const ctx = makeContext(doc.text, doc.tokens, doc.times);
  const quoted = findQuoted(doc.text, doc.paragraphs);
  const candidates = [
    ...labelAttributions(ctx, doc.paragraphs),
    ...colonAttributions(ctx, doc.sentences, quoted),
    ...candidateAttributions(ctx, doc.sentences, quoted),
    ...nominalAttributions(ctx, doc.sentences, quoted),
  ];
  const kept = settle(ctx, candidates);
  attachFloating(ctx, doc.paragraphs, quoted, kept);
  const found = kept.map((a) => spans(ctx, a));
  const headline = doc.article.parts.find((p) => p.kind === 'headline');
  const titled = headline && headlineAttribution(doc.text, headline);
  if (titled) {
    const kind = /[“”"‘’]/.test(doc.text.slice(titled.content.start, titled.content.end)) ? 'mixed' : 'indirect';
    found.unshift({ kind, cue: titled.cue, lemma: titled.lemma, source: titled.source, addressee: null, contents: [titled.content], rule: titled.lemma === ':' ? 'headline.colon' : 'headline.verb' });
  }
  const speakers = new SpeakerResolver(doc.actors, doc.sentences);
  doc.quotes = found.map((a, i) => toQuote(doc, a, i, speakers));
}

/** An attribution with character spans in place of token ranges. */
type Found = Omit<Attribution, 'cue' | 'source' | 'addressee' | 'borrowed' | 'rank'> & { cue: Span; source: Span | null; addressee: Span | null };

function spans(ctx: Context, a: Attribution): Found {
  const span = (r: Range): Span => ({ start: ctx.tokens[r[0]].start, end: ctx.tokens[r[1] - 1].end });
  return { kind: a.kind, cue: span(a.cue), lemma: a.lemma, source: a.source && span(a.source), addressee: a.addressee && span(a.addressee), contents: a.contents, rule: a.rule };
}

function toQuote(doc: DocumentModel, a: Found, i: number, speakers: SpeakerResolver): Quote {
  const { cue, source } = a;
  const sourceText = source ? doc.text.slice(source.start, source.end) : '';
  const speaker = source ? speakers.speaker(source, sourceText) : null;
  const hearer = a.addressee;
  const hearerActor = hearer ? speakers.mentioned(hearer) : null;
  const contents = [...a.contents].sort((x, y) => x.start - y.start);
  const all = [cue, ...(source ? [source] : []), ...contents];
  return {
    id: `q${i + 1}`,
    kind: a.kind,
    start: Math.min(...all.map((s) => s.start)),
    end: Math.max(...all.map((s) => s.end)),
    contents,
    cue: { ...cue, text: doc.text.slice(cue.start, cue.end), lemma: a.lemma },
    source: source ? { ...source, text: sourceText } : null,
    speaker: speaker?.id ?? null,
    addressee: hearerActor?.id ?? null,
    ...(hearer && !hearerActor ? { addressee_text: doc.text.slice(hearer.start, hearer.end) } : {}),
    rule: a.rule,
  };
}
