import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { decodeText, InputError, type Encoding } from '../../src/ingest/decode.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { ArticleInput, Readout } from '../../src/model/schema.js';
import { toReadout } from '../../src/output/json.js';
import { formatText } from '../../src/output/text.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { SENTENCE_CAP } from '../../src/text/long-sentences.js';
import { generatedNews } from './generated-news.js';

/**
 * Property-based tests: random and adversarial inputs through the decoder, the JSON Lines and CSV
 * readers and the whole pipeline. The seed is fixed so a run is reproducible; a failure prints the
 * counterexample and its path, and `FUZZ_SEED=n` reruns with another seed.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261207);
const settings = (numRuns: number) => ({ seed, numRuns, endOnFailure: true });

const word = fc.constantFrom('the', 'minister', 'said', 'talks', 'Paris', 'Ivan Petrov', 'on Monday', 'police', 'told', 'according to', 'Mr', 'U.S.', 'No.', 'she');
/** Pieces of hostile text, each short; a text is a few of them. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' ')),
  fc.nat({ max: 60 }).chain((n) => fc.constantFrom('"', '“', '”', '(', '[', '«', "'", '‘').map((mark) => `${mark.repeat(n)}said ${mark.repeat(n)}`)),
  fc.nat({ max: 30 }).map((n) => `${'“He said “she said “'.repeat(n)}${'”'.repeat(n)}`),
  fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => `x${String.fromCodePoint(c)}y`),
  fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\u001B[31m', '\u202E', '\u200B', '\u00AD', '\uFEFF', '\r', '\f', '\u2028'),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((n) => `${n} people, $${n}bn, ${n}%`),
  fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -5, max: 99 }), fc.integer({ min: -5, max: 99 })).map(([y, m, d]) => `on ${d}/${m}/${y}, ${y}-${m}-${d}, March ${d}, ${y}, Q${m} ${y}, ${d}th century`),
  fc.constantFrom('\n', '\n\n', '. ', ', ', '; ', ': ', ' — ', '?! ', '...'),
);
const hostileText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((ps) => ps.join(' '));
const longLine = fc.tuple(fc.array(word, { minLength: 600, maxLength: 900 }), fc.constantFrom(' ', ', ', '; ', '')).map(([ws, sep]) => ws.join(sep));

/** Every span in the readout lies inside the text. */
function assertSpansInside(value: unknown, length: number, path = 'readout'): void {
  if (Array.isArray(value)) value.forEach((v, i) => assertSpansInside(v, length, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      assert.ok(0 <= o.start && o.start <= o.end && o.end <= length, `${path}: [${o.start}, ${o.end}) outside a text of ${length}`);
    }
    for (const [k, v] of Object.entries(o)) assertSpansInside(v, length, `${path}.${k}`);
  }
}

function analyse(text: string): void {
  const doc = analyzeArticle({ id: 'fuzz', text, published: '2021-05-20', title: null, url: null });
  const readout = toReadout(doc, { includeTokens: true });
  Readout.parse(readout);
  assertSpansInside(readout, text.length);
  assert.ok(doc.sentences.every((s) => s.end - s.start <= SENTENCE_CAP), 'a sentence over the cap');
  // Output is bounded by the text: a handful of facts per token at most.
  assert.ok(JSON.stringify(readout).length < 2000 + 400 * text.length, 'readout out of proportion to the text');
  assert.doesNotMatch(formatText(doc), /[\u001B\u202E\u0000]/, 'raw control or bidi character in text output');
}

test('the pipeline takes any text: valid readout, spans inside the text, bounded output', () => {
  fc.assert(fc.property(hostileText, (text) => { if (text.trim() !== '') analyse(text); }), settings(120));
});

test('the pipeline takes run-on lines and mutated news', () => {
  const news = generatedNews(3000, 7);
  const mutated = fc.tuple(fc.nat({ max: news.length }), piece).map(([at, p]) => news.slice(0, at) + p + news.slice(at));
  fc.assert(fc.property(fc.oneof(longLine, mutated), analyse), settings(12));
});

test('the decoder returns text or an InputError for any bytes, including truncated UTF-8', () => {
  const encodings: Encoding[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'];
  const truncated = fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), fc.nat()).map(([s, cut]) => {
    const bytes = Buffer.from(s, 'utf8');
    return bytes.subarray(0, cut % (bytes.length + 1));
  });
  const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), truncated);
  fc.assert(
    fc.property(bytes, fc.constantFrom(...encodings), fc.integer({ min: 1, max: 400 }), (input, encoding, maxBytes) => {
      try {
        const text = decodeText(input, 'fuzz.txt', encoding, maxBytes);
        assert.equal(typeof text, 'string');
        assert.ok(text.trim() !== '');
      } catch (err) {
        assert.ok(err instanceof InputError, `not an InputError: ${err}`);
        assert.match(err.message, /^fuzz\.txt: /);
      }
    }),
    settings(400),
  );
});

const dir = mkdtempSync(join(tmpdir(), 'readout-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every item a reader yields is a valid article or an InputError; reading never throws. */
async function readAll(path: string): Promise<number> {
  let items = 0;
  for await (const item of readInputs([path])) {
    items++;
    if (item.ok) ArticleInput.parse(item.article);
    else assert.ok(item.error instanceof InputError);
  }
  return items;
}

const field = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', '"', '""', ',', '\n', '\r\n', '2021-02-30', '1e999', 'null', '{', '\u0000'), fc.integer().map(String));

test('the JSON Lines reader turns any lines into articles or errors', async () => {
  const record = fc.record({ id: fc.oneof(field, fc.integer()), text: field, published: field, title: field }, { requiredKeys: [] });
  const line = fc.oneof(record.map((r) => JSON.stringify(r)), field, fc.constantFrom('[]', '{"id":1,"text":"Talks resumed."}', '{"id":"a","text":"x","published":"2021-01-01T10:00:00Z"}'));
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
      const path = join(dir, `case-${n++}.jsonl`);
      writeFileSync(path, lines.join('\n'));
      assert.ok((await readAll(path)) >= 1);
    }),
    settings(150),
  );
});

test('the CSV reader turns any records into articles or errors', async () => {
  const cell = field.map((f) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f));
  const row = fc.array(fc.oneof(cell, field), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(','));
  const header = fc.constantFrom('id,text,published', 'id,text', 'text', 'id,body,date,title', '"id","text"');
  let n = 0;
  await fc.assert(
    fc.asyncProperty(header, fc.array(row, { maxLength: 10 }), async (head, rows) => {
      const path = join(dir, `case-${n++}.csv`);
      writeFileSync(path, [head, ...rows].join('\n'));
      assert.ok((await readAll(path)) >= 1);
    }),
    settings(150),
  );
});
