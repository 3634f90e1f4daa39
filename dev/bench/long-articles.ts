import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeText, DEFAULT_MAX_BYTES, InputError } from '../../src/ingest/decode.js';

interface SizeFigures {
  kb: number;
  msPerKb: number;
  cpuMsPerKb: number;
  stages: Record<string, number>;
  peakMb: number;
}

const SIZES = [
  { label: '4 KB', bytes: 4 * 1024, count: 64 },
  { label: '100 KB', bytes: 100 * 1024, count: 1 },
  { label: '1 MB', bytes: 1024 * 1024, count: 1 },
];

/**
 * Time per KB as articles grow: 64 articles of 4 KB, one of 100 KB and one of 1 MB, built from the
 * corpus stories, each size in its own process (long-article-run.ts) for its peak memory. Linear
 * stages keep the 1 MB / 4 KB ratio near 1. Then what happens to a 20 MB article: the size limit.
 */
export function benchLongArticles(corpus: string): string[] {
  const runner = fileURLToPath(new URL('./long-article-run.js', import.meta.url));
  const lines: string[] = [];
  const figures = new Map<string, SizeFigures>();
  for (const size of SIZES) {
    const run = spawnSync(process.execPath, [runner, corpus, String(size.bytes), String(size.count)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) {
      lines.push(`length      ${size.label}: failed: ${run.stderr.trim().split('\n')[0]}`);
      continue;
    }
    const f = JSON.parse(run.stdout) as SizeFigures;
    figures.set(size.label, f);
    const stages = Object.entries(f.stages).map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ');
    lines.push(`length      ${size.label.padEnd(6)} ${f.msPerKb.toFixed(2)} ms/KB (cpu ${f.cpuMsPerKb.toFixed(2)}), ${(f.msPerKb * f.kb / 1000 / size.count).toFixed(2)} s per article, peak ${f.peakMb.toFixed(0)} MB; ms/KB by stage: ${stages}`);
  }
  const small = figures.get('4 KB');
  const large = figures.get('1 MB');
  if (small && large) lines.push(`length      1 MB / 4 KB time per KB: ${(large.msPerKb / small.msPerKb).toFixed(2)} (cpu ${(large.cpuMsPerKb / small.cpuMsPerKb).toFixed(2)})`);
  try {
    decodeText(new Uint8Array(20 * 1024 * 1024).fill(0x61), '20 MB article');
    lines.push('length      20 MB: accepted by the default size limit');
  } catch (err) {
    lines.push(`length      20 MB: refused at the default limit (${DEFAULT_MAX_BYTES} bytes): ${err instanceof InputError ? err.reason : err}`);
  }
  return lines;
}
