import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatRows, ploverRecords } from '../../src/jobs/export.js';
import type { ExportedEvent, Store } from '../../src/store/store.js';

/** A store that holds only the given events: exports need nothing else. */
function storeOf(events: ExportedEvent[]): Store {
  const unused = () => Promise.reject(new Error('not used by exports'));
  return {
    location: 'memory',
    articleState: unused, writeArticles: unused, listEvents: unused, pageEvents: unused, storyOf: unused, listQuotes: unused, listActors: unused, stats: unused,
    actorOf: unused, countEvents: unused, eventDyads: unused, eventPlaces: unused, articleOf: unused, searchArticles: unused, dataVersion: unused,
    close: async () => {},
    async *exportEvents() {
      yield* events;
    },
  };
}

function event(id: number, earliest: string | null, latest: string | null, firstReported: string): ExportedEvent {
  return {
    event: { id, type: 'CONSULT', cameo: '040', mode: null, context: [], status: 'occurred', date_value: null, earliest, latest, first_reported: firstReported, sources: 1, mentions: 1, place: null },
    actors: [{ role: 'actor', name: 'Norway', country: 'NOR', sector: null, cameo: 'NOR', title: null }],
    reports: [{ article: 'a', url: null, title: null, text: 'Norway held talks.' }],
  };
}

test('exports date an event on or before its end date: a deadline in the past is not pushed to the report', async () => {
  const store = storeOf([
    event(1, null, '2024-08-21', '2024-10-21'), // "by August 21", reported in October
    event(2, '2024-03-01', '2024-03-31', '2024-03-04'),
    event(3, null, null, '2024-03-04'),
    event(4, '2024-03-10', '2024-03-10', '2024-03-04'),
  ]);
  const records: Record<string, unknown>[] = [];
  for await (const record of ploverRecords(store, 'test')) records.push(record);
  assert.deepEqual(records.map((r) => [r.date, r.enddate]), [['2024-08-21', undefined], ['2024-03-01', '2024-03-31'], ['2024-03-04', undefined], ['2024-03-10', undefined]]);
  const rows: (string | number | null)[][] = [];
  for await (const row of flatRows(store)) rows.push(row);
  assert.deepEqual(rows.map((r) => [r[1], r[2]]), [['2024-08-21', '2024-08-21'], ['2024-03-01', '2024-03-31'], ['2024-03-04', null], ['2024-03-10', '2024-03-10']]);
  for (const [date, end] of rows.map((r) => [r[1], r[2]])) assert.ok(end === null || String(date) <= String(end));
});
