import type { DocumentModel } from '../model/document.js';

/**
 * A readout for a person: headline and date, then Events, Quotes, Actors and Timeline. Each line
 * ends with the character span it rests on, so a reader can check it against the text.
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

  section(out, 'Events', doc.events.map((e) => `${e.date.value ?? 'undated'} · ${e.status} · ${e.type} · ${e.actors.join(', ')} → ${e.recipients.join(', ')}${e.location ? ` · ${e.location}` : ''}  [${e.text.start}–${e.text.end}]`));
  section(out, 'Quotes', doc.quotes.map((q) => `${q.speaker ?? q.source?.text ?? 'unknown'} — ${q.cue.text} — ${q.contents.map((c) => doc.text.slice(c.start, c.end)).join(' … ')}  [${q.start}–${q.end}]`));
  section(out, 'Actors', doc.actors.map((a) => `${a.name}${a.title ? `, ${a.title}` : ''} (${[a.kind, a.country, a.sector].filter(Boolean).join(' ')}) ×${a.mentions.length}`));
  section(out, 'Timeline', timeline(doc).map((t) => `${when(t)} · ${t.value} ${t.type}${t.mod ? ` ${t.mod}` : ''} “${t.text}”  [${t.start}–${t.end}]`));
  return out.join('\n') + '\n';
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

function section(out: string[], name: string, lines: string[]) {
  out.push('', name);
  out.push(...(lines.length ? lines.map((l) => `  ${l}`) : ['  none found']));
}
