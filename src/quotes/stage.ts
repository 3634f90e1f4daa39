import type { z } from 'zod';
import type { DocumentModel } from '../model/document.js';
import type { Quote, Span } from '../model/schema.js';
import { candidateAttributions, type Attribution } from './attributions.js';
import { colonAttributions, labelAttributions } from './colons.js';
import { makeContext, type Context, type Range } from './phrases.js';
import { findQuoted } from './quote-marks.js';
import { attachFloating, settle } from './settle.js';
import { SpeakerResolver } from './speakers.js';

/** A quote with its evidence, and the hearer's words when no actor stands for them. */
export type QuoteFact = z.infer<typeof Quote> & { rule: string; addressee_text?: string };

/**
 * Quotes stage: every attribution in the body (direct, mixed and indirect) with its cue, source
 * mention, content spans, speaker actor and hearer. Reads paragraphs, sentences, tokens, times
 * and actors; boilerplate has no paragraphs, so it never yields a quote.
 */
export function quotesStage(doc: DocumentModel): void {
  const ctx = makeContext(doc.text, doc.tokens, doc.times);
  const quoted = findQuoted(doc.text, doc.paragraphs);
  const candidates = [
    ...labelAttributions(ctx, doc.paragraphs),
    ...colonAttributions(ctx, doc.sentences, quoted),
    ...candidateAttributions(ctx, doc.sentences, quoted),
  ];
  const kept = settle(ctx, candidates);
  attachFloating(ctx, doc.paragraphs, quoted, kept);
  const speakers = new SpeakerResolver(doc.actors, doc.sentences);
  doc.quotes = kept.map((a, i) => toQuote(doc, ctx, a, i, speakers));
}

function toQuote(doc: DocumentModel, ctx: Context, a: Attribution, i: number, speakers: SpeakerResolver): QuoteFact {
  const span = (r: Range): Span => ({ start: ctx.tokens[r[0]].start, end: ctx.tokens[r[1] - 1].end });
  const cue = span(a.cue);
  const source = a.source ? span(a.source) : null;
  const sourceText = source ? doc.text.slice(source.start, source.end) : '';
  const speaker = source ? speakers.speaker(source, sourceText) : null;
  const hearer = a.addressee ? span(a.addressee) : null;
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
