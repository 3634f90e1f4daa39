import type { z } from 'zod';
import type { DocumentModel } from '../../model/document.js';
import type { Entity } from '../../model/schema.js';
import { propagate, voteTypes, type TokenSpan } from './consistency.js';
import { decode } from './features.js';
import { classify, gazetteerMatches, type GazetteerClass } from './lexicon.js';
import { defaultNameTagger } from './model.js';
import { nameEnd, nameStart } from './name-edges.js';

type EntityType = z.infer<typeof Entity>['type'];

/** A name mention with its evidence: the rule that made it, and the gazetteer class that typed it. */
export type NameMention = z.infer<typeof Entity> & { rule: string; entry?: string };

const TAGGER_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organisation', LOC: 'place', GRP: 'group' };

/** Gazetteer classes that make a mention on their own, where nothing else did. */
const GAZETTEER_TYPES: Partial<Record<GazetteerClass, string>> = { country: 'LOC', demonym: 'GRP', seat: 'ORG', org: 'ORG' };

/**
 * Names stage: person, organisation, place, country and group (NORP) mentions. The trained tagger
 * (model.ts) finds and types names sentence by sentence (rule "tagger"); the article then settles
 * each name's type and finds its other mentions (consistency.ts, rule "document"); the knowledge
 * modules add the countries, demonyms and organisations still missing (rule "gazetteer") and
 * refine types: a place that is a country, a person that is a people's name, a seat of
 * government such as "the Kremlin" that stands for it.
 */
export function namesStage(doc: DocumentModel): void {
  const tagger = defaultNameTagger();
  const tokens = doc.tokens;
  const forms = tokens.map((t) => doc.text.slice(t.start, t.end));
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const spans: TokenSpan[] = [];
  let t = 0;
  doc.sentences.forEach((sentence, k) => {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) sentenceOf[t++] = k;
    if (t === first) return;
    const words = forms.slice(first, t);
    const sentenceTokens = tokens.slice(first, t);
    const labels = tagger.tag(words, sentenceTokens.map((x) => x.upos), sentenceTokens.map((x) => x.xpos));
    for (const span of decode(labels)) {
      const a = nameStart(words, span.first, span.last, span.type === 'PER');
      const b = nameEnd(words, a, span.last);
      // A name holds a capital letter; a lone "of" left by the tagger does not.
      if (!words.slice(a, b).some((w) => /\p{Lu}/u.test(w))) continue;
      spans.push({ first: first + a, last: first + b, type: span.type, rule: 'tagger' });
    }
    for (const m of gazetteerMatches(words, tagger.lists)) {
      const type = GAZETTEER_TYPES[m.cls];
      const [a, b] = [first + m.first, first + m.last];
      if (type && !spans.some((s) => s.first < b && a < s.last)) spans.push({ first: a, last: b, type, rule: 'gazetteer' });
    }
  });
  if (!process.env.NOVOTE) voteTypes(spans, forms);
  if (!process.env.NOPROP) spans.push(...propagate(spans, forms, sentenceOf));
  doc.entities = spans
    .sort((x, y) => x.first - y.first)
    .map((s) => {
      const start = tokens[s.first]!.start;
      const end = tokens[s.last - 1]!.end;
      const cls = classify(forms.slice(s.first, s.last).join(' '), tagger.lists);
      const mention: NameMention = { start, end, text: doc.text.slice(start, end), type: retype(TAGGER_TYPES[s.type]!, cls), actor: null, rule: s.rule };
      return cls ? { ...mention, entry: cls } : mention;
    });
}

/** The tagger's type corrected by the gazetteer class of the whole name. */
function retype(type: EntityType, cls: GazetteerClass | null): EntityType {
  if (cls === 'seat') return 'organisation';
  if (cls === 'country' && type === 'place') return 'country';
  if (cls === 'demonym' && (type === 'person' || type === 'place')) return 'group';
  return type;
}
