import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';
import { seedArticle, sharedDir } from '../../dev/eval/shared.js';
import { ingestInputs } from '../../src/jobs/ingest.js';
import { openStore } from '../../src/jobs/stores.js';

// Needs ../shared (the seed article); skipped without it. The follow-up report is our own fixture.
const shared = sharedDir();

test('the seed article twice, then a later report of the summit held: one summit event whose story has both steps', { skip: !shared && 'needs ../shared' }, async () => {
  const seed = seedArticle(shared!);
  const dir = mkdtempSync(join(tmpdir(), 'readout-seed-story-'));
  const input = join(dir, 'articles.jsonl');
  const record = (id: string, published: string, path: string) => JSON.stringify({ id, published, text: readFileSync(path, 'utf8') });
  writeFileSync(input, [record('seed', seed.published, seed.path), record('seed', seed.published, seed.path), record('follow-up', '2025-11-06', repoPath('test/store/fixtures/summit-held.txt'))].join('\n') + '\n');
  const { store } = await openStore(join(dir, 'store.db'));
  const summary = await ingestInputs(store, [input], { threads: 1, batchSize: 10 });
  assert.deepEqual([summary.added, summary.unchanged], [2, 1]);

  const summits = await store.listEvents({ place: 'Budapest', type: 'CONSULT', limit: 10 });
  assert.equal(summits.length, 1, JSON.stringify(summits));
  assert.deepEqual([summits[0].status, summits[0].date, summits[0].sources], ['occurred', '2025-11-06', 2]);
  const { steps } = (await store.storyOf(summits[0].id))!;
  assert.deepEqual(steps.map((s) => [s.article, s.status]), [['seed', 'cancelled'], ['follow-up', 'occurred']]);
  assert.ok(steps[0].evidence.some((e) => e.status === 'planned') && steps[0].evidence.some((e) => e.status === 'cancelled'));
  assert.equal(steps[1].merge.rule, 'merge.dyad');
  await store.close();
});
