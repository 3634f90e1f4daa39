import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument, type DocumentModel } from '../../src/model/document.js';
import { STAGES } from '../../src/pipeline.js';
import { generatedNews } from './generated-news.js';

/**
 * Work grows linearly with the article: each stage reads the layers before it a number of times
 * proportional to the text, never once per pair of sentences, entities or quotes. Counting element
 * reads instead of timing keeps the test exact on a busy machine: four times the text may cost a
 * little over four times the reads (binary searches), never the sixteen of an all-pairs step.
 */
const LAYERS = ['paragraphs', 'sentences', 'tokens', 'entities', 'nominals', 'actors', 'quotes', 'times', 'places', 'events'] as const;

function readsPerStage(text: string): Map<string, number> {
  const doc = createDocument({ id: 'generated', text, published: '2021-05-20', title: null, url: null });
  const reads = new Map<string, number>();
  for (const stage of STAGES) {
    let count = 0;
    const targets = new Map<unknown, unknown[]>();
    const layers = doc as unknown as Record<string, unknown[]>;
    for (const layer of LAYERS) {
      const target = layers[layer];
      const proxy = new Proxy(target, {
        get(array, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) count++;
          return Reflect.get(array, key, receiver);
        },
      });
      targets.set(proxy, target);
      layers[layer] = proxy;
    }
    stage.run(doc as DocumentModel);
    for (const layer of LAYERS) if (targets.has(layers[layer])) layers[layer] = targets.get(layers[layer])!;
    reads.set(stage.name, count);
  }
  return reads;
}

test('every stage reads its input layers a number of times linear in the article length', () => {
  const small = readsPerStage(generatedNews(12_000));
  const large = readsPerStage(generatedNews(48_000));
  const superlinear = [...small]
    .filter(([, n]) => n >= 200)
    .map(([stage, n]) => ({ stage, n, m: large.get(stage)!, ratio: large.get(stage)! / n }))
    .filter((s) => s.ratio >= 6)
    .map((s) => `${s.stage}: ${s.n} reads at 12 KB, ${s.m} at 48 KB (×${s.ratio.toFixed(1)} for ×4 the text)`);
  assert.deepEqual(superlinear, []);
});
