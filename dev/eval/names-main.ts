/**
 * The name rows of `npm run eval` alone (GUM news, UNER EWT dev, UNER PUD), for measuring a
 * retrained name model quickly, and the silver check of names in all-capital Reuters titles
 * (headline-names.ts):  npm run eval:names
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from './conllu.js';
import { gumNamedTexts, readUner, scoreNames, type NameScore } from './entities.js';
import { scoreHeadlineNames } from './headline-names.js';
import { sharedDir } from './shared.js';

const shared = sharedDir();
if (!shared) {
  console.error('readout eval:names: ../shared (or READOUT_SHARED) not found; nothing to score');
  process.exit(1);
}
const gumNews = join(shared, 'data/nlp/gum/news');
const gumDocs = readdirSync(gumNews).filter((f) => f.endsWith('.conllu')).flatMap((f) => readConllu(join(gumNews, f)));
const pct = (x: number) => (100 * x).toFixed(1);
const line = (s: NameScore) => `${pct(s.f1)} (P ${pct(s.precision)}, R ${pct(s.recall)}; CI ${pct(s.ci[0])}–${pct(s.ci[1])})`;
const started = process.cpuUsage();
for (const [data, docs] of [
  ['GUM news', gumNamedTexts(gumDocs)],
  ['UNER EWT dev', readUner(join(shared, 'data/nlp/uner-ewt/en_ewt-ud-dev.iob2'))],
  ['UNER PUD', readUner(join(shared, 'data/nlp/uner-pud/en_pud-ud-test.iob2'))],
] as const) {
  const names = scoreNames([...docs]);
  console.log(`${data}: P+L+O ${line(names.overall)}`);
  for (const type of ['person', 'place', 'organisation'] as const) console.log(`  ${type} ${line(names.byType[type])}`);
}
const reuters = join(shared, 'data/corpora/reuters-21578/reuters21578.jsonl');
if (existsSync(reuters)) {
  const h = scoreHeadlineNames(reuters, 800);
  console.log(`Reuters titles in capitals (${h.titles}, silver: the story's body read in ordinary case): F1 ${pct(h.f1)} (P ${pct(h.precision)}, R ${pct(h.recall)})`);
}
const cpu = process.cpuUsage(started);
console.log(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
