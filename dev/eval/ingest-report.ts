import { scoreDates, scoreExtraction } from './ingest.js';
const t = Date.now();
const e = process.argv.includes("--dates") ? null : scoreExtraction('/work/shared/data/ingest/article-extraction-benchmark');
console.log(JSON.stringify(e, null, 1), (Date.now() - t) / 1000);
const d = process.argv.includes("--nodates") ? null : scoreDates('/work/shared/data/ingest/htmldate-mediacloud', process.argv.includes('--show'));
if (d) console.log(JSON.stringify({ ...d, sources: [...d.sources] }, null, 1));
