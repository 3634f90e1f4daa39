import type { EventRow } from './api.js';
import { hrefOf, navigate } from './route.js';

/** A link inside the app: the address changes without a reload; it is a real link for the keyboard and new tabs. */
export function Link({ href, children, class: cls }: { href: string; children: preact.ComponentChildren; class?: string }) {
  return (
    <a href={href} class={cls} onClick={(e) => { if (!e.ctrlKey && !e.metaKey) { e.preventDefault(); navigate(href); } }}>
      {children}
    </a>
  );
}

/** Matching events, one line each: when, what (type and the words of the report), who, where. */
export function EventsTable({ events, next, onMore }: { events: EventRow[]; next: string | null; onMore: () => void }) {
  if (events.length === 0) return <p class="empty">No events match these filters.</p>;
  return (
    <div>
      <table class="events">
        <thead>
          <tr>
            <th>Date</th>
            <th>Type</th>
            <th>Status</th>
            <th>Who → whom</th>
            <th>What was reported</th>
            <th>Place</th>
            <th title="articles">Src</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td class="nowrap">{e.date ?? '—'}</td>
              <td title={e.cameo ? `CAMEO ${e.cameo}` : undefined}>{e.type}</td>
              <td>
                <span class={`status s-${e.status}`}>{e.status}</span>
              </td>
              <td>
                {e.actors ?? '?'} → {e.recipients ?? '—'}
              </td>
              <td>
                <Link href={hrefOf({ page: 'event', id: String(e.id) })}>{e.text}</Link>
              </td>
              <td>{e.place ?? ''}</td>
              <td class="num">{e.sources}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next && (
        <button type="button" onClick={onMore}>
          More events
        </button>
      )}
    </div>
  );
}
