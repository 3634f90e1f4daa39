import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';

/**
 * The floors of the house, lowest first: a module may import its own folder and any lower floor,
 * never a higher one. Stages are one floor, in pipeline order: a stage may read what an earlier
 * stage exports, never a later one. The store knows only the model.
 */
const FLOORS: [string, number][] = [
  ['model', 0],
  ['knowledge', 1],
  ['ingest', 2.0],
  ['text', 2.1],
  ['mentions', 2.2],
  ['actors', 2.3],
  ['quotes', 2.4],
  ['events', 2.5],
  ['pipeline.ts', 3],
  ['output', 4],
  ['jobs', 4],
  ['cli', 5],
  ['api', 5],
];
const STORE_MAY_IMPORT = new Set(['model', 'store']);

const src = repoPath('src');
const floorOf = (file: string) => FLOORS.find(([top]) => relative(src, file).split('/')[0] === top)?.[1];
const topOf = (file: string) => relative(src, file).split('/')[0];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1]).replace(/\.js$/, '.ts'));
}

test('no import points from a lower floor to a higher one', () => {
  const wrong: string[] = [];
  for (const file of sources(src)) {
    for (const target of imports(file)) {
      const from = topOf(file);
      const to = topOf(target);
      if (from === to) continue;
      if (from === 'store') {
        if (!STORE_MAY_IMPORT.has(to)) wrong.push(`${relative(src, file)} → ${relative(src, target)} (the store imports only the model)`);
        continue;
      }
      const a = floorOf(file);
      const b = to === 'store' ? 4 : floorOf(target); // the store serves jobs and above
      if (a === undefined || b === undefined) wrong.push(`${relative(src, file)} → ${relative(src, target)} (a folder with no floor)`);
      else if (b > a) wrong.push(`${relative(src, file)} → ${relative(src, target)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the product does not import the dev harness, tests or scripts', () => {
  const wrong = sources(src).flatMap((file) => imports(file).filter((t) => !t.startsWith(src + '/')).map((t) => `${relative(src, file)} → ${relative(repoPath('.'), t)}`));
  assert.deepEqual(wrong, []);
});
