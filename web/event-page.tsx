import { getJson, type Story } from './api.js';
import { Link } from './events-table.js';
import { hrefOf, useFetch } from './route.js';

const MERGE_NOTES: Record<string, string> = {
  'merge.dyad': 'joined: same type, same sides, dates agree',
  'merge.actor-place': 'joined: same type, same actor, same place',
  'merge.actor-date': 'joined: same type, same actor, dates within a week',
  'new.no-match': 'first report',
  'new.no-window': 'first report (no date to compare)',
  'new.no-participants': 'first report (no actors to compare)',
};

/** An event and its storyline: each report with its outlet, date, the status it gave and the words that say so. */
export function EventPage({ id }: { id: string }) {
  const { data, error, loading } = useFetch((signal) => getJson<Story>(`/api/events/${encodeURIComponent(id)}/story`, null, signal), [id]);
  if (loading) return <p class="loading">Loading event {id}…</p>;
  if (error || !data) return <p class="error">{error}</p>;
  const { event, steps } = data;
  const who = (role: string) => event.participants.filter((p) => p.role === role).map((p) => `${p.name}${p.country ? ` (${p.country})` : ''}`).join(', ');
  return (
    <article class="event-page">
      <p>
        <Link href={hrefOf({ page: 'overview', id: null })}>← all events</Link>
      </p>
      <h2>
        {event.type}
        {event.cameo ? ` (CAMEO ${event.cameo})` : ''} · <span class={`status s-${event.status}`}>{event.status}</span> · {event.date ?? 'undated'}
      </h2>
      <p class="lede">“{event.text}”</p>
      <p>
        {who('actor') || '?'} → {who('recipient') || '—'}
        {event.place ? ` · ${event.place}${event.place_country ? `, ${event.place_country}` : ''}` : ''}
      </p>
      <h3>
        Storyline: {steps.length} report{steps.length === 1 ? '' : 's'} in {event.sources} article{event.sources === 1 ? '' : 's'}
      </h3>
      <ol class="story">
        {steps.map((s, i) => (
          <li key={i} class="step">
            <div class="step-head">
              <span class="nowrap">{s.published ?? 'undated'}</span> · <Link href={hrefOf({ page: 'article', id: s.article })}>{s.title ?? s.article}</Link>
              {s.url && (
                <>
                  {' '}
                  · <a href={s.url} rel="noreferrer noopener">source</a>
                </>
              )}
            </div>
            <div>
              <span class={`status s-${s.status}`}>{s.status}</span> {s.date ? `· ${s.date}` : ''} · “{s.text}”
            </div>
            <ul class="evidence">
              {s.evidence.map((e, k) => (
                <li key={k}>
                  <span class={`status s-${e.status}`}>{e.status}</span> <q>{e.text}</q> <code>{e.rule}</code>
                </li>
              ))}
            </ul>
            <div class="merge">{MERGE_NOTES[s.merge.rule] ?? s.merge.rule}{s.merge.shared?.length ? ` (${s.merge.shared.join(', ')})` : ''}</div>
          </li>
        ))}
      </ol>
    </article>
  );
}
