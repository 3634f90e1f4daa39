import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDir } from '../../dev/eval/shared.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { reutersInputs } from '../store/corpus.js';

const shared = sharedDir();

// Queue workers each see their own share of a batch, in their own order: an article's readout must
// not depend on which articles a process read before it (caches, lexicons learnt on the way).
test('an article reads the same whatever was analysed before it in the process', { timeout: 600_000 }, (t) => {
  if (!shared) return t.skip('../shared not present');
  const inputs = reutersInputs(shared, 400);
  const forward = new Map(inputs.map((input) => [input.id, JSON.stringify(analyzeArticle(input))]));
  const differ = [...inputs].reverse().filter((input) => JSON.stringify(analyzeArticle(input)) !== forward.get(input.id));
  assert.deepEqual(differ.map((input) => input.id), []);
});
