import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scoreSeedQuotes } from '../../dev/eval/quotes.js';
import { seedArticle, sharedDir } from '../../dev/eval/shared.js';

const shared = sharedDir();
const gold = shared && join(shared, 'gold/seed/quotes.jsonl');

test('seed gold: at least 30 of 33 quotes found with the right speaker, none from the footer', { skip: !gold || !existsSync(gold) ? 'no ../shared gold' : false }, () => {
  const score = scoreSeedQuotes(gold!, seedArticle(shared!).path, '2025-10-21');
  assert.equal(score.fromBoilerplate, 0);
  assert.ok(score.speakerRight >= 30, `${score.speakerRight}/${score.total}: ${score.misses.join('; ')}`);
});
