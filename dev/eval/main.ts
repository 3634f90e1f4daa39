import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitParagraphs } from '../../src/text/paragraphs.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tagText } from '../../src/text/tag-text.js';
import { readConllu } from './conllu.js';
import { gumNamedTexts, readUner, scoreNames, type NameScore } from './entities.js';
import { scorePloverGold, scoreSeedEvents, scoreTabari, scoreValidationTriples, type Ratio, type SeedResult } from './events.js';
import { evaluateParse } from './parse.js';
import { loadActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import { loadVerbDictionary } from '../../src/events/verb-dictionary.js';
import { evaluatePos } from './pos.js';
import { evaluateSentences } from './sentences.js';
import { exactScores, overlapScores, partialScores, scorePolnear, scoreSeedQuotes } from './quotes.js';
import { scoreDates, scoreExtraction, scoreFeeds, scoreWarcs } from './ingest.js';
import { seedArticle, sharedDir } from './shared.js';
import { addCounts, countTimeML, readTimeMLFolder, scoreSeedTimes, timexScores } from './times.js';

/** One line of the evaluation table; `floor` is the figure an issue requires, where there is one. */
interface Row {
  component: string;
  data: string;
  metric: string;
  value: number;
  floor?: number;
}

const shared = sharedDir();
if (!shared) {
  console.error('readout eval: ../shared (or READOUT_SHARED) not found; nothing to score');
  process.exit(1);
}
const seed = seedArticle(shared);

const rows: Row[] = [];
const gumNews = join(shared, 'data/nlp/gum/news');
const gumDocs = readdirSync(gumNews).filter((f) => f.endsWith('.conllu')).flatMap((f) => readConllu(join(gumNews, f)));
const ewtDev = readConllu(join(shared, 'data/nlp/ud-ewt/en_ewt-ud-dev.conllu'));

for (const [data, docs] of [[`GUM news (${gumDocs.length} docs)`, gumDocs], [`UD EWT dev (${ewtDev.length} docs)`, ewtDev]] as const) {
  const s = evaluateSentences([...docs]);
  rows.push({ component: 'sentences', data, metric: 'precision', value: s.precision });
  rows.push({ component: 'sentences', data, metric: 'recall', value: s.recall });
  rows.push({ component: 'sentences', data, metric: 'F1 (exact span)', value: s.f1 });
}

// The whole text layer runs on the rebuilt text: our paragraphs, sentences and tokens, not gold ones.
const pos = evaluatePos(gumNews, (text) => tagText(text, splitSentences(text, splitParagraphs(text))));
const posData = `GUM news (${pos.goldTokens} tokens)`;
rows.push({ component: 'tokens', data: posData, metric: 'aligned with gold', value: pos.aligned });
rows.push({ component: 'POS', data: posData, metric: 'UPOS accuracy', value: pos.upos, floor: 0.96 });
rows.push({ component: 'POS', data: posData, metric: 'XPOS (PTB) accuracy', value: pos.xpos });
rows.push({ component: 'lemmas', data: posData, metric: 'accuracy', value: pos.lemma });

// Syntax from raw text with gold sentence breaks: our tokens, tags and dependencies, scored as in CoNLL 2018 (F1, words matched by offsets).
for (const [data, docs, floors] of [[`UD EWT dev (${ewtDev.length} docs)`, ewtDev, true], [`GUM news (${gumDocs.length} docs)`, gumDocs, false]] as const) {
  const p = evaluateParse([...docs], tagText);
  const at = `${data}, ${p.goldWords} words`;
  rows.push({ component: 'tokens', data: at, metric: 'words F1 (gold sentences)', value: p.words, ...(floors ? { floor: 0.98 } : {}) });
  rows.push({ component: 'POS', data: at, metric: 'UPOS F1 (gold sentences)', value: p.upos, floor: 0.96 });
  rows.push({ component: 'syntax', data: at, metric: 'UAS F1 (gold sentences)', value: p.uas, ...(floors ? { floor: 0.88 } : {}) });
  rows.push({ component: 'syntax', data: at, metric: 'LAS F1 (gold sentences)', value: p.las, ...(floors ? { floor: 0.85 } : {}) });
}

// Name mentions, exact span and type (GUM gold converted to the CoNLL/UNER convention: see
// entities.ts), each F1 with its 95% bootstrap interval over documents.
const uner = readUner(join(shared, 'data/nlp/uner-ewt/en_ewt-ud-dev.iob2'));
const pud = readUner(join(shared, 'data/nlp/uner-pud/en_pud-ud-test.iob2'));
for (const [data, docs, floor, types] of [
  [`GUM news (${gumDocs.length} docs)`, gumNamedTexts(gumDocs), 0.82, ['person', 'place', 'organisation', 'group']],
  [`UNER EWT dev (${uner.length} docs)`, uner, 0.8, ['person', 'place', 'organisation']],
  [`UNER PUD (${pud.length} docs)`, pud, 0.82, ['person', 'place', 'organisation']],
] as const) {
  const names = scoreNames([...docs]);
  const ci = (s: NameScore) => `CI ${pct(s.ci[0])}–${pct(s.ci[1])}`;
  for (const type of types) {
    const s = names.byType[type];
    const typeFloor = type === 'organisation' ? 0.75 : type === 'group' ? undefined : floor;
    rows.push({ component: 'names', data, metric: `${type} F1 (P ${pct(s.precision)}, R ${pct(s.recall)}, ${s.gold} gold; ${ci(s)})`, value: s.f1, ...(typeFloor === undefined ? {} : { floor: typeFloor }) });
  }
  rows.push({ component: 'names', data, metric: `person+place+org F1 (P ${pct(names.overall.precision)}, R ${pct(names.overall.recall)}; ${ci(names.overall)})`, value: names.overall.f1, floor });
}

// Times: TempEval-3 scoring on TimeBank and AQUAINT (the DCT is the publication date), then the seed gold.
const tbaq = join(shared, 'data/time/TempEval3/Training/TBAQ-cleaned');
const timebank = countTimeML(readTimeMLFolder(join(tbaq, 'TimeBank')));
const aquaint = countTimeML(readTimeMLFolder(join(tbaq, 'AQUAINT')));
for (const [name, counts, floors] of [['TimeBank', timebank, false], ['AQUAINT', aquaint, false], ['TimeBank+AQUAINT', addCounts(timebank, aquaint), true]] as const) {
  const t = timexScores(counts);
  const data = `${name} (${counts.documents} docs, ${counts.gold} timexes)`;
  rows.push({ component: 'times', data, metric: 'strict span F1', value: t.strictF1 });
  rows.push({ component: 'times', data, metric: 'relaxed span F1', value: t.relaxedF1, ...(floors ? { floor: 0.88 } : {}) });
  rows.push({ component: 'times', data, metric: 'value F1', value: t.valueF1, ...(floors ? { floor: 0.72 } : {}) });
}
const seedTimes = scoreSeedTimes(join(shared, 'gold/seed/time.jsonl'), seed.path, seed.published);
rows.push({ component: 'times', data: `seed gold (${seedTimes.total} non-optional)`, metric: 'right value', value: seedTimes.correct / seedTimes.total });

// Events: the whole pipeline on PLOVER's gold sentences, TABARI's real-country records and the seed article.
const eventGold = join(shared, 'data/eventcoding/derived');
const plover = scorePloverGold(join(eventGold, 'gold_plover_gsr_cameo.jsonl'));
const ploverData = `PLOVER gold (${plover.sentences} sentences)`;
rows.push({ component: 'events', data: ploverData, metric: 'type accuracy (gold type coded)', value: plover.type.correct / plover.type.total, floor: 0.75 });
rows.push({ component: 'events', data: ploverData, metric: 'type accuracy (first coded event)', value: plover.firstType.correct / plover.firstType.total });
rows.push({ component: 'events', data: ploverData, metric: `source country accuracy (${plover.source.total})`, value: plover.source.correct / plover.source.total });
rows.push({ component: 'events', data: ploverData, metric: `target country accuracy (${plover.target.total})`, value: plover.target.correct / plover.target.total });
/** A part of PLOVER's sentences: type, source and target rows. */
const ploverRows = (data: string, s: Record<'type' | 'source' | 'target', Ratio>) => {
  rows.push({ component: 'events', data, metric: 'type accuracy (gold type coded)', value: s.type.correct / s.type.total });
  rows.push({ component: 'events', data, metric: `source country accuracy (${s.source.total})`, value: s.source.correct / s.source.total });
  rows.push({ component: 'events', data, metric: `target country accuracy (${s.target.total})`, value: s.target.correct / s.target.total });
};
for (const half of ['A', 'B'] as const) {
  const h = plover.halves[half];
  ploverRows(`PLOVER gold, half ${half} (${h.type.total} sentences${half === 'A' ? ', developed on' : ', not looked at'})`, h);
}
// The same sentences with PETRARCH-2's Phoenix actor and agent dictionaries given as `--actors`
// files (read from ../shared): what an analyst gains from them, and the gap in the shipped knowledge.
const phoenix = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt'];
const ploverPhoenix = scorePloverGold(join(eventGold, 'gold_plover_gsr_cameo.jsonl'), { actors: loadActorDictionary(phoenix.map((f) => join(shared, 'data/eventcoding/petrarch2/dictionaries', f))) });
ploverRows(`PLOVER gold, --actors Phoenix dictionaries (${ploverPhoenix.sentences} sentences)`, ploverPhoenix);
const tabari = scoreTabari(join(eventGold, 'gold_tabari_validate.jsonl'));
const tabariData = `TABARI validation, real countries (${tabari.records} records, ${tabari.root.total} triples)`;
for (const [metric, r] of [['source country', tabari.source], ['target country', tabari.target], ['CAMEO root', tabari.root], ['whole triple', tabari.triple]] as const) {
  rows.push({ component: 'events', data: tabariData, metric: `${metric} (lenient)`, value: r.correct / r.total });
}
// The validation suites, fictional actors and events coded by their own actor, agent and verb
// dictionaries (read from ../shared as a user's `--actors` and `--verbs` files): exact
// source–target–code triples, then each half.
const suites = [
  ['PETRARCH-2 unit tests', 'gold_petr_unittest.jsonl', ['petrarch2/dictionaries/PETR.Validate.actors.txt', 'petrarch2/dictionaries/PETR.Validate.agents.txt'], ['petrarch2/dictionaries/PETR.Validate.verbs.txt']],
  ['TABARI validation', 'gold_tabari_validate.jsonl', ['tabari/TABARI.Demo.actors', 'tabari/Validate.agents'], ['tabari/TABARI.Demo.verbs']],
] as const;
for (const [name, file, actors, verbs] of suites) {
  const inShared = (files: readonly string[]) => files.map((f) => join(shared, 'data/eventcoding', f));
  const suite = scoreValidationTriples(join(eventGold, file), { actors: loadActorDictionary(inShared(actors)), verbs: loadVerbDictionary(inShared(verbs)) });
  const data = `${name} (${suite.records} records, ${suite.triple.total} triples)`;
  rows.push({ component: 'events', data, metric: 'exact source–target–code triple', value: suite.triple.correct / suite.triple.total, floor: 0.75 });
  rows.push({ component: 'events', data, metric: 'source–target–root triple', value: suite.root.correct / suite.root.total });
  rows.push({ component: 'events', data, metric: 'source–target pair (any code)', value: suite.pair.correct / suite.pair.total });
  for (const half of ['odd', 'even'] as const) {
    const h = suite.halves[half];
    const halfData = `${name}, ${half} records (${h.records} records, ${h.triple.total} triples${half === 'odd' ? ', developed on' : ', not looked at'})`;
    rows.push({ component: 'events', data: halfData, metric: 'exact source–target–code triple', value: h.triple.correct / h.triple.total });
    rows.push({ component: 'events', data: halfData, metric: 'source–target–root triple', value: h.root.correct / h.root.total });
    rows.push({ component: 'events', data: halfData, metric: 'source–target pair (any code)', value: h.pair.correct / h.pair.total });
  }
}
const seedEvents = scoreSeedEvents(join(shared, 'gold/seed/events.jsonl'), seed.path, seed.published);
const required = seedEvents.results.filter((r) => r.required);
const seedData = `seed gold (${required.length} required; ${seedEvents.coded} coded, ${seedEvents.beyond} beyond the ${seedEvents.results.length})`;
for (const key of ['found', 'cameo', 'actors', 'status', 'date', 'place'] as const) {
  rows.push({ component: 'events', data: seedData, metric: key === 'found' ? 'found with right type' : `right ${key}`, value: required.filter((r) => r[key]).length / required.length });
}

// Quotes: the Citron protocol on PolNeAR dev (the whole pipeline on each text), then the seed gold.
const polnear = scorePolnear(join(shared, 'data/quotes/polnear/dev.jsonl'));
const polnearData = `PolNeAR dev (${polnear.documents} docs, ${polnear.gold} quotes)`;
const pr = (s: { precision: number; recall: number }) => `(P ${(s.precision * 100).toFixed(1)}, R ${(s.recall * 100).toFixed(1)})`;
for (const role of ['source', 'cue', 'content'] as const) {
  const exact = exactScores(polnear, role);
  const overlap = overlapScores(polnear, role);
  rows.push({ component: 'quotes', data: polnearData, metric: `${role} exact F1 ${pr(exact)}`, value: exact.f1, ...(role === 'source' ? { floor: 0.7 } : {}) });
  rows.push({ component: 'quotes', data: polnearData, metric: `${role} token-overlap F1 ${pr(overlap)}`, value: overlap.f1, ...(role === 'content' ? { floor: 0.75 } : {}) });
}
for (const share of ['30', '80'] as const) {
  const partial = partialScores(polnear, share);
  rows.push({ component: 'quotes', data: polnearData, metric: `content ≥${share}% overlap F1 ${pr(partial)}`, value: partial.f1 });
}
const seedQuotes = scoreSeedQuotes(join(shared, 'gold/seed/quotes.jsonl'), seed.path, seed.published);
const seedQuotesData = `seed gold (${seedQuotes.total} quotes)`;
rows.push({ component: 'quotes', data: seedQuotesData, metric: `found, ≥80% of content (${seedQuotes.found}/${seedQuotes.total})`, value: seedQuotes.found / seedQuotes.total });
rows.push({ component: 'quotes', data: seedQuotesData, metric: `found with right speaker (${seedQuotes.speakerRight}/${seedQuotes.total})`, value: seedQuotes.speakerRight / seedQuotes.total, floor: 30 / 33 });
rows.push({ component: 'quotes', data: seedQuotesData, metric: `none from boilerplate (${seedQuotes.fromBoilerplate} found)`, value: seedQuotes.fromBoilerplate === 0 ? 1 : 0, floor: 1 });

// Web ingestion: article text and publication dates (halves A, where rules were developed, and B,
// held out), then every feed and WARC fixture.
const ingestData = join(shared, 'data/ingest');
const extraction = scoreExtraction(join(ingestData, 'article-extraction-benchmark'));
for (const half of ['A', 'B', 'all'] as const) {
  const e = extraction[half];
  const data = `article-extraction-benchmark ${half === 'all' ? 'all' : `half ${half}${half === 'A' ? ' (dev)' : ' (held out)'}`} (${e.pages} pages)`;
  rows.push({ component: 'web article', data, metric: `text F1, its metric (P ${pct(e.precision)}, R ${pct(e.recall)}, ${e.failures} failed)`, value: e.f1, ...(half === 'all' ? { floor: 0.955 } : {}) });
}
const aebData = `article-extraction-benchmark (${extraction.pages} pages, no title/byline gold)`;
rows.push({ component: 'web article', data: aebData, metric: 'pages with a title found', value: extraction.titles / extraction.pages });
rows.push({ component: 'web article', data: aebData, metric: 'pages with a byline found', value: extraction.bylines / extraction.pages });
const dates = scoreDates(join(ingestData, 'htmldate-mediacloud'));
for (const half of ['A', 'B', 'all'] as const) {
  const d = dates[half];
  const data = `htmldate Media Cloud ${half === 'all' ? 'all' : `half ${half}${half === 'A' ? ' (dev)' : ' (held out)'}`} (${d.pages} pages)`;
  rows.push({ component: 'web date', data, metric: `publication date F1 (P ${pct(d.precision)}, R ${pct(d.recall)}; ${d.wrong} wrong, ${d.missing} missing)`, value: d.f1, ...(half === 'all' ? { floor: 0.92 } : {}) });
}
const feeds = scoreFeeds([join(ingestData, 'feeds/rss-parser-fixtures/test/input'), join(ingestData, 'feeds/feedsmith-references')]);
const feedRefusals = feeds.refused.map((r) => `${r.file}: ${r.reason}`).join('; ');
rows.push({ component: 'web feeds', data: `feed fixtures (${feeds.files} files, ${feeds.items} items)`, metric: `parsed${feedRefusals ? ` (refused: ${feedRefusals})` : ''}`, value: feeds.read / feeds.files });
const warcDir = join(ingestData, 'warc/warcio-fixtures/test/data');
const warcs = await scoreWarcs([...readdirSync(warcDir).map((f) => join(warcDir, f)), join(ingestData, 'warc/aeb-181.warc.gz')]);
rows.push({ component: 'web WARC', data: `WARC fixtures (${warcs.files} files, ${warcs.items} HTML pages)`, metric: `read, or refused with a reason (${warcs.read} read, ${warcs.refused.length} refused)`, value: (warcs.read + warcs.refused.length) / warcs.files, floor: 1 });

printTable(rows);
printSeedEvents(seedEvents.results);

function pct(x: number): string {
  return (x * 100).toFixed(1);
}
process.exitCode = rows.some((r) => r.floor !== undefined && r.value < r.floor) ? 1 : 0;

function printTable(table: Row[]) {
  const cells = table.map((r) => [r.component, r.data, r.metric, (r.value * 100).toFixed(1), r.floor === undefined ? '' : `≥ ${(r.floor * 100).toFixed(0)}`, r.floor === undefined ? '' : r.value >= r.floor ? 'ok' : 'BELOW']);
  const header = ['component', 'data', 'metric', 'score', 'floor', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

/** The seed gold event by event: what was found and what was right. */
function printSeedEvents(results: SeedResult[]) {
  console.log('\nseed gold events (✓ right, ✗ wrong, · not found)');
  for (const r of results) {
    const mark = (ok: boolean) => (!r.found ? '·' : ok ? '✓' : '✗');
    console.log(`  ${r.id}${r.required ? '*' : ' '} ${r.found ? (r.event ?? '').padEnd(5) : '—    '} type ${mark(r.type)} cameo ${mark(r.cameo)} actors ${mark(r.actors)} status ${mark(r.status)} date ${mark(r.date)} place ${mark(r.place)}  ${r.what}`);
  }
}
