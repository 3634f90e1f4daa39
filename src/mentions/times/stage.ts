import type { DocumentModel } from '../../model/document.js';
import type { Span, Time, TimeAlternative } from '../../model/schema.js';
import { timeBounds } from './bounds.js';
import { isoDate, parseIsoDate, type Period } from './calendar.js';
import { findMentions, type Mention } from './find-mentions.js';
import type { Context } from './readings.js';
import { speechTimes, undatedSpeeches, type SentenceTime, type SpeechTime, type UndatedSpeech } from './speech-time.js';
import { clauseTense, type Tense } from './tense.js';

/** One sentence's times and its statements, dated by their own time or not. */
interface SentenceTimes {
  sentence: Span;
  found: Found[];
  dated: SpeechTime[];
  undated: UndatedSpeech[];
}

interface Found extends SentenceTime {
  mention: Mention;
  context: (anchor: Date | null) => Context;
  anchor: Date | null;
  alternatives?: TimeAlternative[];
}

/**
 * Times stage: every time expression of the body, read against the publication date (or the time of
 * the statement that contains it), with TIMEX3 type/value/mod, the anchor used and earliest/latest
 * days. Sentences outside the body or in boilerplate yield nothing.
 *
 * Without a publication date nothing relative is guessed (never from the clock): the value keeps the
 * offset from the unknown reference as a signed TIMEX3 duration, "-P1W" (last week), "P0W" (this
 * week), "+P1Y" (next year), "-P2Y" (two years ago), "-P1D" (yesterday), "-P1Q" (last quarter), and
 * calendar names keep an unknown year or week: "XXXX-03" (March), "XXXX-03-03", "XXXX-WXX-1"
 * (Monday), "XXXX-XX-XXT15:30" (3:30 p.m.). Such times have no anchor and no earliest/latest.
 */
export function timesStage(doc: DocumentModel): void {
  const published = doc.article.published ? parseIsoDate(doc.article.published) : null;
  const body = doc.article.body;
  const boilerplate = doc.article.parts.filter((p) => p.kind === 'boilerplate');
  const sentences: SentenceTimes[] = [];
  let named: { period: Period; sentence: number } | null = null;
  let first = 0;

  doc.sentences.forEach((sentence, s) => {
    while (first < doc.tokens.length && doc.tokens[first].end <= sentence.start) first++;
    let last = first;
    while (last < doc.tokens.length && doc.tokens[last].start < sentence.end) last++;
    if (sentence.start < body.start || sentence.end > body.end || boilerplate.some((b) => overlaps(b, sentence))) return;
    const tokens = doc.tokens.slice(first, last);
    const tokenAt = (offset: number) => {
      const i = tokens.findIndex((t) => t.end > offset);
      return i < 0 ? tokens.length : i;
    };
    const tagAt = (offset: number) => {
      const t = tokens[tokenAt(offset)];
      return t && t.start <= offset ? t.xpos : null;
    };

    const found: Found[] = [];
    for (const mention of findMentions(doc.text, sentence, tagAt)) {
      const token = tokenAt(mention.start);
      let tense: Tense | null | undefined;
      const snapshot = named;
      const context = (anchor: Date | null): Context => ({
        anchor,
        tense: () => (tense === undefined ? (tense = clauseTense(tokens, doc.text, token)) : tense),
        reference: () => snapshot?.period ?? null,
        nearbyReference: () => (snapshot && s - snapshot.sentence <= 1 ? snapshot.period : null),
      });
      const reading = mention.read(context(published));
      if (!reading) continue;
      found.push({ start: mention.start, end: mention.end, token, reading, mention, context, anchor: reading.relative ? published : null });
      if (reading.period && reading.type === 'DATE' && !reading.moved) named = { period: reading.period, sentence: s };
    }
    const dated = speechTimes(tokens, found, doc.text);
    for (const speech of dated) anchorOnSpeech(found, speech, published);
    sentences.push({ sentence, found, dated, undated: undatedSpeeches(tokens, doc.text, dated) });
  });
  anchorOnSameSpeaker(sentences, published);
  doc.times = sentences.flatMap(({ sentence, found }) => found.map((f) => toFact(doc.text, sentence, f, found, published)));
}

/** Re-reads the relative times of reported speech from the day the statement was made. */
function anchorOnSpeech(found: Found[], speech: { from: number; day: Date; start?: number }, published: Date | null, keepAnchored = false): void {
  for (const f of found) {
    if (f.start < speech.from || f.start === speech.start || !f.reading.relative || (keepAnchored && f.alternatives)) continue;
    const reading = f.mention.read(f.context(speech.day));
    if (!reading || reading.value === f.reading.value) continue;
    f.alternatives = [{ value: f.reading.value, anchor: published && isoDate(published), rule: 'anchor.publication' }];
    f.reading = reading;
    f.anchor = speech.day;
  }
}

/** How many sentences back "X also said" looks for the statement it continues. */
const ALSO_REACH = 3;

/**
 * A statement whose day is not given takes the day of the same speaker's dated statement in the
 * next or the previous sentence: "a source told CNN that ... next week. The source said Monday
 * that ..." — both were made on Monday. "X also said" continues X's latest dated statement a few
 * sentences back.
 */
function anchorOnSameSpeaker(sentences: SentenceTimes[], published: Date | null): void {
  sentences.forEach(({ found, undated }, s) => {
    for (const speech of undated) {
      const back = Array.from({ length: speech.also ? ALSO_REACH : 1 }, (_, i) => s - 1 - i);
      const nearby = [s + 1, ...back].flatMap((n) => sentences[n]?.dated ?? []);
      const same = nearby.find((d) => d.speaker === speech.speaker);
      if (same) anchorOnSpeech(found, { from: speech.from, day: same.day }, published, true);
    }
  });
}

function toFact(text: string, sentence: Span, f: Found, found: Found[], published: Date | null): Time {
  const { reading } = f;
  const before = text.slice(sentence.start, f.start).slice(-12);
  const after = text.slice(f.end, sentence.end).slice(0, 12);
  const b = timeBounds(reading, text.slice(f.start, f.end), before, after, f.anchor ?? published, f.anchor ?? nearestDay(f, found) ?? published);
  const anchor = b.anchor ?? f.anchor;
  return {
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    type: reading.type,
    value: reading.value,
    mod: reading.mod,
    anchor: anchor ? isoDate(anchor) : null,
    earliest: b.earliest,
    latest: b.latest,
    rule: b.rule && b.rule !== 'bounds.period' ? `${f.mention.rule}+${b.rule}` : f.mention.rule,
    ...(f.alternatives ? { alternatives: f.alternatives } : {}),
  };
}

/** The closest day named in the same sentence: what a deadline there counts from ("within two weeks ... following a Thursday call"). */
function nearestDay(f: Found, found: Found[]): Date | null {
  let best: Found | null = null;
  for (const other of found) {
    const p = other.reading.period;
    if (other === f || !p || (p.g !== 'day' && p.g !== 'daypart')) continue;
    if (!best || Math.abs(other.start - f.start) < Math.abs(best.start - f.start)) best = other;
  }
  const p = best?.reading.period;
  return p ? new Date(Date.UTC(p.year, p.month! - 1, p.day!)) : null;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
