import type { EventStatus, Span } from '../model/schema.js';
import type { PloverCoding } from './plover.js';

/** One mention of an event, as coded from its clause or noun phrase, before mentions are merged. */
export interface Candidate {
  cameo: string;
  coding: PloverCoding;
  actors: string[];
  recipients: string[];
  /** Compound subject or "talks between X and Y": each side acts on the other. */
  reciprocal: boolean;
  status: EventStatus;
  statusRule: string;
  statusCue: Span | null;
  /** The verb or event noun. */
  trigger: Span;
  /** The clause (or noun phrase with its modifiers) the event was read from. */
  text: Span;
  /** Index into doc.times, doc.places. */
  time: number | null;
  place: number | null;
  rule: string;
  entry: string;
  /** The rules that found the actors and the recipients ("actors parse.subject; recipients parse.objects"). */
  participants?: string;
  /** A noun phrase that points back at an event already mentioned ("the call", "their conversation"). */
  anaphoric: boolean;
  /** Dated clearly before the week the article reports on: background, never merged with the news. */
  background: boolean;
  /** A phone call and a meeting in person are different events; talks may be either. */
  medium: 'phone' | 'person' | 'any';
}
