/**
 * The name rows of `npm run eval` alone (GUM news, UNER EWT dev, UNER PUD), for measuring a
 * retrained name model quickly:  npm run eval:names
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from './conllu.js';
import { gumNamedTexts, readUner, scoreNames, type NameScore } from './entities.js';
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
const cpu = process.cpuUsage(started);
console.log(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
