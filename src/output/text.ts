import type { DocumentModel } from '../model/document.js';
import { safeText } from './safe-text.js';

/**
 * A readout for a person: headline and date, then Events, Quotes, Actors and Timeline. Each line
 * ends with the character span it rests on, so a reader can check it against the text. Control and
 * bidirectional characters of the article are escaped (safe-text.ts).
 */
export function formatText(doc: DocumentModel): string {
  const { article } = doc;
  const out: string[] = [];
  out.push(article.title ?? '(no headline)');
  const meta = [
    article.published ? `published ${article.published}` : 'publication date unknown',
    article.dateline,
    article.byline ? `by ${article.byline}` : null,
  ].filter(Boolean);
  out.push(meta.join(' · '));
  out.push(`${article.id} — ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens`);
  const boilerplate = article.parts.filter((p) => p.kind === 'boilerplate').length;
  if (boilerplate) out.push(`${boilerplate} boilerplate line${boilerplate === 1 ? '' : 's'} set aside`);

  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const who = (ids: string[]) => (ids.length ? ids.map((id) => names.get(id) ?? id).join(', ') : '—');
  // Each event's own words first (what happened, as the article put it), then its codes.
  section(out, 'Events', doc.events.map((e) => `“${oneLine(doc.text.slice(e.text.start, e.text.end))}”\n    ${eventDate(e.date)} · ${e.status} · ${e.type}${e.cameo ? ` (${e.cameo})` : ''} · ${who(e.actors)} → ${who(e.recipients)}${e.location ? ` · ${e.location}` : ''}  [${e.text.start}–${e.text.end}]`));
  const actorName = new Map(doc.actors.map((a) => [a.id, a.name]));
  section(out, 'Quotes', doc.quotes.map((q) => `${(q.speaker && actorName.get(q.speaker)) ?? q.source?.text ?? 'unknown'} — ${q.cue.text} — ${q.contents.map((c) => doc.text.slice(c.start, c.end)).join(' … ')}  [${q.start}–${q.end}]`));
  section(out, 'Actors', doc.actors.map((a) => `${a.name}${a.title ? `, ${a.title}` : ''} (${[a.kind, a.country, a.sector].filter(Boolean).join(' ')}) ×${a.mentions.length}`));
  section(out, 'Timeline', timeline(doc).map((t) => `${when(t)} · ${t.value} ${t.type}${t.mod ? ` ${t.mod}` : ''} “${t.text}”  [${t.start}–${t.end}]`));
  return safeText(out.join('\n')) + '\n';
}

/** Times in calendar order of the days they allow (earliest, then latest); unresolved ones last, in text order. */
function timeline(doc: DocumentModel): DocumentModel['times'] {
  const key = (t: DocumentModel['times'][number]) => t.earliest ?? t.latest ?? '\uffff';
  return [...doc.times].sort((a, b) => key(a).localeCompare(key(b)) || (a.latest ?? '').localeCompare(b.latest ?? '') || a.start - b.start);
}

/** The days a time allows: one day, a range, an open bound ("…2025-08-21" is on or before it). */
function when(t: DocumentModel['times'][number]): string {
  if (!t.earliest && !t.latest) return 'unresolved';
  return t.earliest === t.latest ? t.earliest! : `${t.earliest ?? ''}…${t.latest ?? ''}`;
}

/** An event's date: its value, with the days it allows when they say more ("P2W 2025-10-16…2025-10-30"). */
function eventDate(d: DocumentModel['events'][number]['date']): string {
  if (!d.value && !d.earliest && !d.latest) return 'undated';
  const days = d.earliest === d.latest ? d.earliest : `${d.earliest ?? ''}…${d.latest ?? ''}`;
  return d.value && d.value !== days ? `${d.value}${days ? ` ${days}` : ''}` : (days ?? '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function section(out: string[], name: string, lines: string[]) {
  out.push('', name);
  out.push(...(lines.length ? lines.map((l) => `  ${l}`) : ['  none found']));
}
