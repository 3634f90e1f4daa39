import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { getJson, type EventRow, type Network, type Place, type Timeline } from './api.js';
import { ArticlePage } from './article-page.js';
import { EventPage } from './event-page.js';
import { EventsTable } from './events-table.js';
import { MapView } from './map.js';
import { NetworkView } from './network.js';
import { filterParams, hrefOf, navigate, useFetch, useRoute, type Filters } from './route.js';
import { Sidebar } from './sidebar.js';
import { TimelineChart } from './timeline.js';

const STACKS = [['type', 'PLOVER type'], ['quad', 'quad class'], ['status', 'status']];

function Panel({ title, state, children }: { title: string; state: { loading: boolean; error: string | null }; children: () => preact.ComponentChildren }) {
  return (
    <section class="panel" aria-busy={state.loading}>
      <h2>{title}</h2>
      {state.error ? <p class="error">{state.error}</p> : state.loading ? <p class="loading">Loading…</p> : children()}
    </section>
  );
}

function Overview({ filters, stack }: { filters: Filters; stack: string }) {
  const key = JSON.stringify(filters);
  const timeline = useFetch((s) => getJson<Timeline>('/api/aggregates/timeline', filterParams(filters, { stack, period: 'month' }), s), [key, stack]);
  const network = useFetch((s) => getJson<Network>('/api/aggregates/network', filterParams(filters, { limit: '150' }), s), [key]);
  const places = useFetch((s) => getJson<{ places: Place[] }>('/api/aggregates/places', filterParams(filters), s), [key]);
  const world = useFetch((s) => fetch('/countries-110m.json', { signal: s }).then((r) => r.json()), []);
  const [events, setEvents] = useState<{ rows: EventRow[]; next: string | null }>({ rows: [], next: null });
  const first = useFetch((s) => getJson<{ events: EventRow[]; next: string | null }>('/api/events', filterParams(filters, { limit: '50' }), s), [key]);
  useEffect(() => setEvents({ rows: first.data?.events ?? [], next: first.data?.next ?? null }), [first.data]);
  const more = async () => {
    const page = await getJson<{ events: EventRow[]; next: string | null }>('/api/events', filterParams(filters, { limit: '50', cursor: events.next! }));
    setEvents({ rows: [...events.rows, ...page.events], next: page.next });
  };
  const total = timeline.data ? timeline.data.series.reduce((n, s) => n + s.counts.reduce((a, b) => a + b, 0), 0) + timeline.data.undated : null;
  const refine = (extra: Filters) => navigate(hrefOf({ filters: { ...filters, ...extra } }));
  return (
    <>
      <Panel title="Events over time" state={timeline}>
        {() => (
          <>
            <p class="summary" data-testid="event-count">
              {total?.toLocaleString('en')} events{timeline.data!.undated ? ` (${timeline.data!.undated} undated)` : ''}
              {' '}· stacked by{' '}
                <select aria-label="Stack the timeline by" value={stack} onChange={(e) => navigate(hrefOf({ stack: (e.currentTarget as HTMLSelectElement).value }))}>
                  {STACKS.map(([v, l]) => (
                    <option value={v}>{l}</option>
                  ))}
                </select>
            </p>
            <TimelineChart timeline={timeline.data!} />
          </>
        )}
      </Panel>
      <div class="pair">
        <Panel title="Actor network" state={network}>
          {() => <NetworkView network={network.data!} onActor={(id) => refine({ actor: network.data!.nodes.find((n) => n.id === id)?.name })} />}
        </Panel>
        <Panel title="Map" state={{ loading: places.loading || world.loading, error: places.error ?? world.error }}>
          {() => <MapView places={places.data!.places} world={world.data} onPlace={(place) => refine({ place })} />}
        </Panel>
      </div>
      <Panel title="Events" state={first}>
        {() => <EventsTable events={events.rows} next={events.next} onMore={more} />}
      </Panel>
    </>
  );
}

function App() {
  const route = useRoute();
  const stats = useFetch((s) => getJson<{ articles: number; events: number; firstReported: string | null; lastReported: string | null }>('/api/stats', null, s), []);
  useEffect(() => {
    document.title = route.page === 'overview' ? 'Readout' : `Readout · ${route.page} ${route.id}`;
  }, [route.page, route.id]);
  return (
    <>
      <header>
        <h1>
          <a href="/">Readout</a>
        </h1>
        {stats.data && (
          <span class="stats">
            {stats.data.articles.toLocaleString('en')} articles · {stats.data.events.toLocaleString('en')} events · {stats.data.firstReported ?? '—'} to {stats.data.lastReported ?? '—'}
          </span>
        )}
      </header>
      <div class="layout">
        <Sidebar filters={route.filters} />
        <main>
          {route.page === 'event' && <EventPage id={route.id!} />}
          {route.page === 'article' && <ArticlePage id={route.id!} />}
          {route.page === 'overview' && <Overview filters={route.filters} stack={route.stack} />}
        </main>
      </div>
    </>
  );
}

const root = document.getElementById('app')!;
root.textContent = ''; // the page's own loading note
render(<App />, root);
