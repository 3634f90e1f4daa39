import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toReadout } from '../../src/output/json.js';
import { renderRows } from '../../src/output/rows.js';
import { safeText } from '../../src/output/safe-text.js';
import { formatText } from '../../src/output/text.js';
import { analyzeArticle } from '../../src/pipeline.js';

// Written for this test: a quote carrying a colour escape, a name with a right-to-left override.
const text = [
  'Ministers meet in Geneva',
  '"We will not sign\u001B[2J\u001B[31m this deal," Maria Okafor told reporters on Monday.',
  'Okafor said the \u202Eeerga lliw ew\u202C talks would resume, officials said.',
].join('\n');

test('control and bidi characters of an article are escaped in the text readout', () => {
  const doc = analyzeArticle({ id: 'hostile', text, published: '2021-05-20', title: null, url: null });
  const out = formatText(doc);
  assert.doesNotMatch(out, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  assert.match(out, /sign\\u\{1B\}\[2J\\u\{1B\}\[31m this deal/);
  assert.ok(doc.quotes.length > 0, 'the quote is still found');
});

test('JSON keeps every character as it is', () => {
  const doc = analyzeArticle({ id: 'hostile', text, published: '2021-05-20', title: null, url: null });
  const json = JSON.parse(JSON.stringify(toReadout(doc)));
  const quote = json.quotes.find((q: { contents: { start: number; end: number }[] }) => q.contents.some((c) => text.slice(c.start, c.end).includes('\u001B')));
  assert.ok(quote, 'a quote content holds the raw escape');
});

test('table cells are escaped; CSV and JSON rows are not', () => {
  const rows = [{ actor: 'Evil\u001B]0;title\u0007 Corp', quote: 'left \u202Ethgir' }];
  const table = renderRows(rows, ['actor', 'quote'], 'table');
  assert.doesNotMatch(table, /[\u001B\u0007\u202E]/);
  assert.match(table, /Evil\\u\{1B\}\]0;title\\u\{7\} Corp/);
  assert.match(renderRows(rows, ['actor', 'quote'], 'csv'), /\u001B/);
});

test('safeText keeps tabs, newlines and CRLF line breaks, and escapes a lone carriage return', () => {
  assert.equal(safeText('a\tb\nc\r\nd'), 'a\tb\nc\r\nd');
  assert.equal(safeText('paid\rfree'), 'paid\\u{D}free');
  assert.equal(safeText('\u2067x\u2069 \u0085'), '\\u{2067}x\\u{2069} \\u{85}');
});
