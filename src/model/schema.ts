import { z } from 'zod';

/**
 * The output contract, `readout/1`. Every element is stand-off: `start`/`end` are JavaScript string
 * indices (UTF-16 code units) into the article text exactly as read, after decoding. Field names are
 * fixed by the contract; later stages fill the layers and may add fields, never rename them.
 */
export const SCHEMA_VERSION = 'readout/1';

const offset = z.number().int().nonnegative();
export const Span = z.strictObject({ start: offset, end: offset });
export type Span = z.infer<typeof Span>;

/** Which rule or dictionary entry produced a fact. */
/** The rule and dictionary entry a fact rests on; for an event, also the rules that found its participants. */
export const Evidence = z.strictObject({ rule: z.string(), entry: z.string().optional(), participants: z.string().optional() });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One article to analyse, as given by the user (the pipeline's input). */
export const ArticleInput = z.strictObject({
  id: z.string(),
  text: z.string(),
  published: isoDate.nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export const Article = z.strictObject({
  id: z.string(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  published: isoDate.nullable(),
  url: z.string().nullable().optional(),
  body: Span,
  /** Where each part of the article was found; boilerplate spans never yield facts. */
  parts: z.array(Span.extend({ kind: z.enum(['headline', 'byline', 'dateline', 'body', 'boilerplate']), rule: z.string() })),
});

export const Paragraph = Span;
/** A sentence; `rule` says why a run-on sentence was cut where it was. */
export const Sentence = Span.extend({ rule: z.string().optional() });

export const Token = Span.extend({
  upos: z.string(),
  xpos: z.string(),
  lemma: z.string(),
  /** Index in the document's `tokens` of this token's syntactic head; -1 for the root of a sentence. */
  head: z.number().int().min(-1),
  /** Universal Dependencies basic relation to the head, without subtype ("nsubj", "obj", "acl"); "root" at the root. */
  deprel: z.string(),
});
export type Token = z.infer<typeof Token>;

export const EntityType = z.enum(['person', 'organisation', 'place', 'country', 'group']);
/** A title or role parsed beside a person's name ("Kremlin spokesperson"), with what it implies. */
export const Title = Span.extend({
  text: z.string(),
  country: z.string().nullable(),
  organisation: z.string().nullable(),
  sector: z.string().nullable(),
  rule: z.string(),
});
export const Entity = Span.extend({
  text: z.string(),
  type: EntityType,
  actor: z.string().nullable(),
  title: Title.optional(),
  /** Where the name came from: tagger, extended, gazetteer, pattern, lower-case, salutation, document, country-name. */
  rule: z.string(),
  /** The gazetteer class that typed it, when one did. */
  entry: z.string().optional(),
});
export type Entity = z.infer<typeof Entity>;

/**
 * A person named by role or left anonymous: "the US president", "a senior administration official",
 * "a source familiar with the matter", "officials". Internal to the pipeline: the actors stage
 * resolves them into actors.
 */
export const NominalMention = Span.extend({
  text: z.string(),
  kind: z.enum(['role', 'anonymous']),
  /** The head noun, singular and lower case: "president", "official", "source". */
  head: z.string(),
  plural: z.boolean(),
  /** "the source" points back at a source already named; "a source" introduces one. */
  definite: z.boolean(),
  country: z.string().nullable(),
  organisation: z.string().nullable(),
  sector: z.string().nullable(),
  /** The words before the head ("senior administration"), lower case, for matching roles. */
  modifiers: z.string(),
  rule: z.string(),
});
export type NominalMention = z.infer<typeof NominalMention>;

export const ActorKind = z.enum(['person', 'organisation', 'country', 'group', 'anonymous']);
export const Actor = z.strictObject({
  id: z.string(),
  kind: ActorKind,
  name: z.string(),
  title: z.string().nullable(),
  country: z.string().length(3).nullable(),
  sector: z.string().nullable(),
  cameo: z.string().nullable(),
  mentions: z.array(Span),
});
export type Actor = z.infer<typeof Actor>;

export const Quote = Span.extend({
  id: z.string(),
  kind: z.enum(['direct', 'mixed', 'indirect']),
  contents: z.array(Span),
  cue: Span.extend({ text: z.string(), lemma: z.string() }),
  source: Span.extend({ text: z.string() }).nullable(),
  speaker: z.string().nullable(),
  addressee: z.string().nullable(),
  /** The hearer's words when no actor stands for them ("told reporters"). */
  addressee_text: z.string().optional(),
  rule: z.string(),
});
export type Quote = z.infer<typeof Quote>;

/** Another reading of a time, kept beside the one chosen (the publication-date reading of reported speech). */
export const TimeAlternative = z.strictObject({ value: z.string(), anchor: z.string().nullable(), rule: z.string() });
export type TimeAlternative = z.infer<typeof TimeAlternative>;

export const Time = Span.extend({
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  mod: z.string().nullable(),
  anchor: z.string().nullable(),
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  rule: z.string(),
  alternatives: z.array(TimeAlternative).optional(),
});
export type Time = z.infer<typeof Time>;

export const Place = Span.extend({
  text: z.string(),
  name: z.string(),
  country: z.string().length(3).nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** Why the mention is a place: a locative before it, a place beside it, or the name alone. */
  rule: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const PloverType = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
export type PloverType = z.infer<typeof PloverType>;

/** What the article says became of an event; `planned`, `possible` and `hypothetical` look forward. */
/** `requested`: asked of someone ("urged X to hold talks"); `intended`: wanted, hoped or sought by its subject. */
export const EventStatus = z.enum(['occurred', 'ongoing', 'planned', 'requested', 'intended', 'possible', 'hypothetical', 'negated', 'denied', 'cancelled']);
export type EventStatus = z.infer<typeof EventStatus>;

/** One status an event was given, with the words it rests on: a planned summit, then its shelving. */
export const StatusStep = z.strictObject({ status: EventStatus, evidence: Span, rule: z.string(), entry: z.string() });
export type StatusStep = z.infer<typeof StatusStep>;

export const Event = z.strictObject({
  id: z.string(),
  type: PloverType,
  mode: z.string().nullable(),
  context: z.array(z.string()),
  cameo: z.string().nullable(),
  status: EventStatus,
  actors: z.array(z.string()),
  recipients: z.array(z.string()),
  date: z.strictObject({ value: z.string().nullable(), earliest: z.string().nullable(), latest: z.string().nullable() }),
  location: z.string().nullable(),
  text: Span,
  mentions: z.array(Span),
  evidence: Evidence,
  /** Compound subject or "talks between X and Y": each side acts on the other. */
  reciprocal: z.boolean(),
  /** Told as background: dated clearly before the report's news window ("last met on April 25", "in 2014"). */
  background: z.boolean(),
  /** Every status its mentions gave, in text order. */
  history: z.array(StatusStep),
});
export type Event = z.infer<typeof Event>;

export type Article = z.infer<typeof Article>;

export const Readout = z.strictObject({
  schema: z.literal(SCHEMA_VERSION),
  article: Article,
  /** The text every start/end points into: given for web inputs (extracted text) and on request. */
  text: z.string().optional(),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  tokens: z.array(Token).optional(),
  entities: z.array(Entity),
  actors: z.array(Actor),
  quotes: z.array(Quote),
  times: z.array(Time),
  places: z.array(Place),
  events: z.array(Event),
});
export type Readout = z.infer<typeof Readout>;
