import { useState } from 'preact/hooks';
import { getJson, type Article, type Fact } from './api.js';
import { Link } from './events-table.js';
import { hrefOf, useFetch } from './route.js';

const LAYERS: Fact['layer'][] = ['event', 'status', 'quote', 'actor'];

/** The text cut where any shown fact starts or ends: each piece with the facts that cover it. */
function pieces(text: string, facts: Fact[]): { start: number; end: number; facts: Fact[] }[] {
  const cuts = [...new Set([0, text.length, ...facts.flatMap((f) => [f.start, f.end])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    out.push({ start, end, facts: facts.filter((f) => f.start <= start && f.end >= end) });
  }
  return out;
}

/** An article with every stored fact marked on its characters; hovering a mark shows each fact's label and rule. */
export function ArticlePage({ id }: { id: string }) {
  const { data, error, loading } = useFetch((signal) => getJson<Article>(`/api/articles/${encodeURIComponent(id)}`, null, signal), [id]);
  const [shown, setShown] = useState<Set<string>>(new Set(LAYERS));
  if (loading) return <p class="loading">Loading article…</p>;
  if (error || !data) return <p class="error">{error}</p>;
  const facts = data.facts.filter((f) => shown.has(f.layer));
  const toggle = (layer: string) => setShown((s) => {
    const next = new Set(s);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    return next;
  });
  return (
    <article class="article-page">
      <p>
        <Link href={hrefOf({ page: 'overview', id: null })}>← all events</Link>
      </p>
      <h2>{data.title ?? data.id}</h2>
      <p class="meta">
        {data.published ?? 'undated'} · {data.id} · {data.facts.length} facts
      </p>
      <fieldset class="layers">
        <legend>Highlight</legend>
        {LAYERS.map((l) => (
          <label key={l} class={`mark-${l}`}>
            <input type="checkbox" checked={shown.has(l)} onChange={() => toggle(l)} /> {l} ({data.facts.filter((f) => f.layer === l).length})
          </label>
        ))}
      </fieldset>
      <div class="article-text">
        {pieces(data.text, facts).map((p) => {
          const piece = data.text.slice(p.start, p.end);
          if (p.facts.length === 0) return piece;
          // The innermost (shortest) fact decides the colour; the title lists every fact here with its rule.
          const inner = p.facts.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
          const title = p.facts.map((f) => `${f.layer}: ${f.label}${f.rule ? ` — rule ${f.rule}` : ''}`).join('\n');
          return (
            <mark key={p.start} class={`mark-${inner.layer}`} title={title} data-layers={p.facts.map((f) => f.layer).join(' ')} data-events={p.facts.filter((f) => f.layer === 'event').map((f) => f.ref).join(' ') || undefined}>
              {piece}
            </mark>
          );
        })}
      </div>
    </article>
  );
}
