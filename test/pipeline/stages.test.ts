import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { sharedDir } from '../../dev/eval/shared.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { createDocument, type DocumentModel } from '../../src/model/document.js';
import { checkStages, INPUT_LAYERS, STAGES, type Layer, type Stage } from '../../src/pipeline.js';

const LAYERS = Object.keys(createDocument({ id: 'x', text: '', published: null, title: null, url: null })).filter((k) => k !== 'text' && k !== 'input') as Layer[];

/** What one stage did to the document: the layers it looked up and those whose content it changed. */
interface Trace {
  touched: Set<Layer>;
  changed: Set<Layer>;
}

/**
 * Runs each stage on a Proxy of the document that records which layers it looks up, and compares
 * every layer's content before and after it: a layer changed in place (pushed to, or an item's
 * field set) is written as surely as one assigned.
 */
function traceStages(doc: DocumentModel, stages: readonly Stage[]): Map<string, Trace> {
  const traces = new Map<string, Trace>();
  for (const stage of stages) {
    const trace: Trace = { touched: new Set(), changed: new Set() };
    const before = LAYERS.map((layer) => structuredClone(doc[layer]));
    const recorder = new Proxy(doc, {
      get(target, key, receiver) {
        if ((LAYERS as (string | symbol)[]).includes(key)) trace.touched.add(key as Layer);
        return Reflect.get(target, key, receiver);
      },
      set(target, key, value, receiver) {
        if ((LAYERS as (string | symbol)[]).includes(key)) trace.changed.add(key as Layer);
        return Reflect.set(target, key, value, receiver);
      },
    });
    stage.run(recorder);
    LAYERS.forEach((layer, k) => {
      if (!isDeepStrictEqual(before[k], doc[layer])) trace.changed.add(layer);
    });
    traces.set(stage.name, trace);
  }
  return traces;
}

/**
 * The example articles: the repository's and the shared seed story, and a story written for this
 * test with a person described in apposition, which the actors stage reads off the tokens.
 */
function exampleArticles(): { name: string; text: string }[] {
  const dir = repoPath('examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const shared = sharedDir();
  if (shared) files.push(join(shared, 'examples/summit-stalled.txt'));
  const apposition = "Amina Haddad, Algeria's leading human rights activist, said on Monday that the police had arrested ten students in Oran.";
  return [...files.map((path) => ({ name: path, text: readFileSync(path, 'utf8') })), { name: 'apposition fixture', text: apposition }];
}

test('every layer a stage reads is written before it', () => {
  assert.deepEqual(checkStages(STAGES), []);
  for (const stage of STAGES) for (const layer of [...stage.reads, ...stage.writes]) assert.ok(LAYERS.includes(layer), `${stage.name}: ${layer} is a layer`);
});

test('the order check finds a stage moved before the stage that writes what it reads', () => {
  const events = STAGES.findIndex((s) => s.name === 'events');
  const moved = [STAGES[events], ...STAGES.filter((_, k) => k !== events)];
  assert.ok(checkStages(moved).includes('events reads actors, which no earlier stage writes'));
  assert.ok(checkStages(STAGES, []).includes('ingest reads article, which no earlier stage writes'));
  assert.deepEqual(INPUT_LAYERS, ['article']);
});

test('on the example articles, each stage reads and writes only the layers it declares', () => {
  const examples = exampleArticles();
  assert.ok(examples.length >= 1);
  const seen = new Map(STAGES.map((s) => [s.name, { touched: new Set<Layer>(), changed: new Set<Layer>() }]));
  for (const { name, text } of examples) {
    const doc = createDocument({ id: name, text, published: '2025-10-21', title: null, url: null });
    for (const [stage, trace] of traceStages(doc, STAGES)) {
      const declared = STAGES.find((s) => s.name === stage)!;
      for (const layer of trace.changed) assert.ok(declared.writes.includes(layer), `${stage} writes ${layer} on ${name}, undeclared`);
      for (const layer of trace.touched) assert.ok(declared.reads.includes(layer) || declared.writes.includes(layer), `${stage} reads ${layer} on ${name}, undeclared`);
      for (const layer of trace.touched) seen.get(stage)!.touched.add(layer);
      for (const layer of trace.changed) seen.get(stage)!.changed.add(layer);
    }
    assert.ok(doc.events.length > 0, `${name}: events found`);
  }
  // The declarations are no wider than what the stages do: every declared layer is used on some example.
  for (const stage of STAGES) {
    const { touched, changed } = seen.get(stage.name)!;
    for (const layer of stage.reads) assert.ok(touched.has(layer), `${stage.name} declares reading ${layer} but never looks it up`);
    for (const layer of stage.writes) assert.ok(changed.has(layer), `${stage.name} declares writing ${layer} but never changes it`);
  }
});
