import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { seedArticle, sharedDir } from '../../../dev/eval/shared.js';
import type { Time } from '../../../src/model/schema.js';
import { analyzeArticle } from '../../../src/pipeline.js';

const shared = sharedDir();

/** The time whose text is `text`, found right after `before` in the article (which stays in ../shared). */
function at(text: string, times: Time[], before: string, expression: string): Time {
  const start = text.indexOf(before + expression) + before.length;
  assert.ok(start >= before.length, `"${before}${expression}" is not in the example`);
  const found = times.find((t) => t.start <= start && start < t.end);
  assert.ok(found, `no time at "${expression}" after "${before}"`);
  return found;
}

test('the example article (published 2025-10-21) gets the dates the issue asks for', (t) => {
  if (!shared) return t.skip('../shared not present');
  const text = readFileSync(seedArticle(shared).path, 'utf8');
  const doc = analyzeArticle({ id: 'example', text, published: '2025-10-21', title: null, url: null });
  const times = doc.times;
  assert.equal(at(text, times, 'following a ', 'Thursday').value, '2025-10-16');
  assert.equal(at(text, times, 'spoke by phone ', 'Monday').value, '2025-10-20');
  assert.equal(at(text, times, 'told reporters ', 'Saturday').value, '2025-10-18');
  assert.equal(at(text, times, 'Zelensky ', 'last week').value, '2025-W42');
  assert.equal(at(text, times, 'take place ', 'next week').value, '2025-W44');
  const deadline = at(text, times, 'meet “within ', 'two weeks');
  assert.deepEqual([deadline.type, deadline.value, deadline.latest], ['DURATION', 'P2W', '2025-10-30']);
  const footer = doc.article.parts.find((p) => p.kind === 'boilerplate' && text.slice(p.start, p.end).includes('©'));
  assert.ok(footer, 'the copyright footer is boilerplate');
  assert.ok(times.every((x) => x.end <= footer.start || x.start >= footer.end), 'the copyright year yields nothing');
});
