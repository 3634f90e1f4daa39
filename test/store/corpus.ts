import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedArticle } from '../../dev/eval/shared.js';
import { ploverRecords } from '../../src/jobs/export.js';
import { findActors, findEvents, findQuotes } from '../../src/jobs/queries.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import type { ArticleInput } from '../../src/model/schema.js';
import type { Store } from '../../src/store/store.js';

/** The first `count` Reuters-21578 stories with a body, as the JSON-lines reader takes them (body as text, the day of `date`). */
export function reutersInputs(shared: string, count: number): ArticleInput[] {
  const inputs: ArticleInput[] = [];
  for (const line of readFileSync(join(shared, 'data/corpora/reuters-21578/reuters21578.jsonl'), 'utf8').split('\n')) {
    if (inputs.length === count) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; body?: string; date?: string; title?: string };
    if (!r.body?.trim()) continue;
    inputs.push({ id: `reuters-${r.id}`, text: r.body, published: r.date?.slice(0, 10) ?? null, title: r.title ?? null, url: null });
  }
  return inputs;
}

/** The example articles: the repository's and the shared folder's. */
export function exampleInputs(shared: string): ArticleInput[] {
  const seed = seedArticle(shared);
  const ours = readdirSync(repoPath('examples')).filter((f) => f.endsWith('.txt'));
  return [
    { id: 'seed', text: readFileSync(seed.path, 'utf8'), published: seed.published, title: null, url: null },
    ...ours.map((f) => ({ id: f, text: readFileSync(repoPath(`examples/${f}`), 'utf8'), published: '2025-10-21', title: null, url: null })),
  ];
}

const ALL = 1_000_000;

/**
 * What `readout events`, `story`, `quotes`, `actors` and `export` show of a store, with the
 * store's own row numbers left out (they depend on the order writers came in): every event with
 * its story (each report, its status and why it merged), every quote, every actor with its counts,
 * and the PLOVER export, each sorted.
 */
export async function storeView(store: Store) {
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  const events = await findEvents(store, { limit: ALL });
  const stories = [];
  for (const { id, ...event } of events) {
    const story = (await store.storyOf(id))!;
    const { id: _, ...storyEvent } = story.event;
    stories.push({ event, story: { ...storyEvent, actors: names(storyEvent.actors), recipients: names(storyEvent.recipients) }, steps: story.steps });
  }
  const exported = [];
  for await (const { id: _, ...record } of ploverRecords(store, 'test')) exported.push(record);
  return {
    stats: await store.stats(),
    stories: sorted(stories.map((s) => ({ ...s, event: { ...s.event, actors: names(s.event.actors), recipients: names(s.event.recipients) } }))),
    quotes: sorted((await findQuotes(store, { limit: ALL })).map(({ id: _, ...q }) => q)),
    actors: sorted([...(await findActors(store, { limit: ALL })), ...(await findActors(store, { kind: 'anonymous', limit: ALL }))].map(({ id: _, ...a }) => a)),
    exported: sorted(exported.map((r) => ({ ...r, actor: sorted(r.actor as unknown[]), recipient: sorted(r.recipient as unknown[]) }))),
  };
}

/** A list of participant names in a fixed order: stores list them by their own actor numbers. */
function names(list: string | null): string | null {
  return list === null ? null : list.split('; ').sort().join('; ');
}
