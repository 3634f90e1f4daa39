import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDir } from '../../dev/eval/shared.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { ArticleInput, Readout } from '../../src/model/schema.js';
import { toReadout } from '../../src/output/json.js';
import { analyzeArticle } from '../../src/pipeline.js';

const shared = sharedDir();

/** Parses the article's full output (tokens included) with the strict schemas: an unknown field, a missing one or a wrong type fails. */
function assertContract(input: ArticleInput): void {
  const readout = toReadout(analyzeArticle(ArticleInput.parse(input)), { includeTokens: true });
  const result = Readout.safeParse(readout);
  assert.ok(result.success, `${input.id}: ${result.success ? '' : result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const within = (s: { start: number; end: number }) => s.start <= s.end && s.end <= input.text.length;
  for (const layer of [readout.sentences, readout.entities, readout.quotes, readout.times, readout.places, readout.events.map((e) => e.text)]) {
    assert.ok(layer.every(within), `${input.id}: a span outside the text`);
  }
}

test('the schemas are strict: a field the contract does not name is refused', () => {
  const ok = { schema: 'readout/1', article: { id: 'a', title: null, byline: null, dateline: null, published: null, body: { start: 0, end: 0 }, parts: [] }, paragraphs: [], sentences: [], entities: [], actors: [], quotes: [], times: [], places: [], events: [] };
  assert.ok(Readout.safeParse(ok).success);
  assert.equal(Readout.safeParse({ ...ok, sentences: [{ start: 0, end: 0, extra: 1 }] }).success, false);
  assert.equal(Readout.safeParse({ ...ok, article: { ...ok.article, note: 'x' } }).success, false);
});

test('the example articles: every output field is in the contract', (t) => {
  const examples = readdirSync(repoPath('examples')).filter((f) => f.endsWith('.txt')).map((f) => join(repoPath('examples'), f));
  if (shared) examples.push(...readdirSync(join(shared, 'examples')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'examples', f)));
  if (examples.length === 0) return t.skip('no example articles');
  for (const path of examples) assertContract({ id: path, text: readFileSync(path, 'utf8'), published: '2025-10-21', title: null, url: null });
});

test('200 Reuters stories: every output field is in the contract', (t) => {
  if (!shared) return t.skip('../shared not present');
  const lines = readFileSync(join(shared, 'data/corpora/reuters-21578/reuters21578.jsonl'), 'utf8').split('\n');
  let checked = 0;
  for (const line of lines) {
    if (checked === 200) break;
    const r = JSON.parse(line) as { id: string; body?: string; date?: string; title?: string };
    if (!r.body?.trim()) continue;
    assertContract({ id: r.id, text: r.body, published: r.date?.slice(0, 10) ?? null, title: r.title ?? null, url: null });
    checked++;
  }
  assert.equal(checked, 200);
});
