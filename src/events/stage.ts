import type { DocumentModel } from '../model/document.js';
import type { Event, EventStatus, Span } from '../model/schema.js';
import { tokenRange } from '../model/token-index.js';
import { viewArticle } from './article-view.js';
import type { Candidate } from './candidate.js';
import { readClauses } from './clauses.js';
import { mergeMentions, type EventGroup } from './merge.js';
import { endsCompound, isEventWord, nominalCandidates } from './nominal-events.js';
import { Salience } from './participants.js';
import { entriesOf, isKnownVerb, type VerbDictionary } from './verb-dictionary.js';
import { verbalCandidates } from './verbal-events.js';

/** Which status an event keeps when its mentions disagree: a shelving outranks the plan it ends. */
const PRECEDENCE: EventStatus[] = ['cancelled', 'denied', 'occurred', 'ongoing', 'possible', 'planned', 'requested', 'intended', 'hypothetical', 'negated'];

/** What the user may add to the events stage: verb dictionaries given at run time (`--verbs`). */
export interface EventsOptions {
  verbs?: VerbDictionary;
}

/**
 * Events stage: who did what to whom, when and where. Each body sentence is read clause by clause
 * (verbal events, PETRARCH-2 patterns) and noun phrase by noun phrase (nominal events); every
 * mention gets a status from its modality, negation and the words that plan or shelve it; then all
 * mentions of one real event are merged into one event that keeps every mention and status step.
 */
export function eventsStage(doc: DocumentModel, options: EventsOptions = {}): void {
  const { verbs } = options;
  const isVerb = verbs ? (word: string) => !!entriesOf(verbs, word) || isKnownVerb(word) : isKnownVerb;
  const view = viewArticle(doc, { isEventWord, endsCompound, isVerb, userVerbs: verbs });
  const salience = new Salience(view);
  const boilerplate = doc.article.parts.filter((p) => p.kind === 'boilerplate');
  const candidates: Candidate[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.start < doc.article.body.start || sentence.end > doc.article.body.end) continue;
    if (boilerplate.some((b) => b.start < sentence.end && sentence.start < b.end)) continue;
    const [from, to] = tokenRange(doc.tokens, sentence);
    if (from >= to) continue;
    const clauses = readClauses(view, salience, from, to);
    const verbal = verbalCandidates(view, salience, clauses, from, to);
    const nominal = nominalCandidates(view, salience, clauses, verbal, from, to);
    const found = [...verbal.filter((c): c is Candidate => c !== null), ...nominal].sort((a, b) => a.trigger.start - b.trigger.start);
    for (const c of found) {
      salience.note([...c.actors, ...c.recipients], tokenRange(doc.tokens, c.trigger)[0]);
      plannedByDate(doc, c);
      c.background = isBackground(doc, c);
    }
    candidates.push(...found);
  }
  doc.events = mergeMentions(doc, candidates).map((g, i) => toEvent(doc, g, i));
}

/** An event told without modality but dated after publication ("a meeting next week") is planned. */
function plannedByDate(doc: DocumentModel, c: Candidate): void {
  const published = doc.article.published;
  const earliest = c.time === null ? null : doc.times[c.time].earliest;
  if (c.status === 'occurred' && published && earliest && earliest > published) {
    c.status = 'planned';
    c.statusRule = 'status.future-date';
    c.statusCue = { start: doc.times[c.time!].start, end: doc.times[c.time!].end };
  }
}

/** Days before publication that still count as the news of a report: older dated events are background. */
const NEWS_WINDOW_DAYS = 7;

/** An event that took place on dates all before the report's news window ("last met on April 25", "in 2014"). */
function isBackground(doc: DocumentModel, c: Candidate): boolean {
  const published = doc.article.published;
  const latest = c.time === null ? null : doc.times[c.time].latest;
  if (!published || !latest || c.status !== 'occurred') return false;
  const window = new Date(Date.parse(published.slice(0, 10)) - NEWS_WINDOW_DAYS * 864e5).toISOString().slice(0, 10);
  return latest.slice(0, 10) < window;
}

function toEvent(doc: DocumentModel, group: EventGroup, index: number): Event {
  const { mentions } = group;
  const first = mentions.find((m) => !m.anaphoric) ?? mentions[0];
  const cameo = mainCode(mentions, first);
  // The evidence and the clause shown are those of the first mention told with the event's code.
  const lead = mentions.find((m) => !m.anaphoric && m.cameo === cameo) ?? first;
  const coding = lead.coding;
  const status = PRECEDENCE.find((s) => mentions.some((m) => m.status === s)) ?? lead.status;
  const reciprocal = mentions.some((m) => m.reciprocal);
  // Each side of a reciprocal event acts on the other: the lead's first actor, then everyone else.
  const everyone = unique([...lead.actors, ...mentions.flatMap((m) => [...m.actors, ...m.recipients])]);
  const actors = reciprocal ? everyone.slice(0, 1) : unique(mentions.flatMap((m) => m.actors));
  const recipients = reciprocal ? everyone.slice(1) : unique(mentions.flatMap((m) => m.recipients)).filter((id) => !actors.includes(id));
  const time = bestTime(doc, mentions);
  const place = mentions.find((m) => m.place !== null)?.place ?? null;
  return {
    id: `ev${index + 1}`,
    type: coding.type,
    mode: coding.mode,
    context: coding.context,
    cameo,
    status,
    actors,
    recipients,
    reciprocal,
    background: mentions.every((m) => m.background),
    date: time === null ? { value: null, earliest: null, latest: null } : { value: doc.times[time].value, earliest: doc.times[time].earliest, latest: doc.times[time].latest },
    location: place === null ? null : doc.places[place].name,
    text: lead.text,
    mentions: uniqueSpans(mentions.map((m) => m.text)),
    evidence: { rule: lead.rule, entry: lead.entry, ...(lead.participants ? { participants: lead.participants } : {}) },
    history: mentions.map((m) => ({ status: m.status, evidence: m.statusCue ?? m.trigger, rule: m.statusRule, entry: m.entry })),
  };
}

/** The code of the event: a more specific one (not ending in 0) told at least twice, else the lead mention's. */
function mainCode(mentions: Candidate[], lead: Candidate): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.cameo, (counts.get(m.cameo) ?? 0) + 1);
  const specific = [...counts].filter(([code, n]) => n >= 2 && !code.endsWith('0') && code.slice(0, 2) === lead.cameo.slice(0, 2));
  return specific.sort((a, b) => b[1] - a[1])[0]?.[0] ?? lead.cameo;
}

/** The time of the first mention that dates the event; the words that shelve it date only the shelving. */
function bestTime(doc: DocumentModel, mentions: Candidate[]): number | null {
  const dated = mentions.filter((m) => m.time !== null && (doc.times[m.time].earliest || doc.times[m.time].latest));
  return (dated.find((m) => m.status !== 'cancelled') ?? dated[0])?.time ?? null;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`)).sort((a, b) => a.start - b.start);
}
