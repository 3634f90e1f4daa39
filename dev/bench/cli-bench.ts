import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoPath } from '../../src/knowledge/data-files.js';

/** Makes a child report its CPU time (all its threads) on standard error as it exits. */
const REPORT_CPU = `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\ncpu-us '+(c.user+c.system)+'\\n')})`;

interface Run {
  wallMs: number;
  cpuMs: number;
}

/** Runs `readout …` as a user does, to its end: its wall time and the CPU time of all its threads. */
async function readout(args: string[]): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORT_CPU, repoPath('bin/readout.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  const wallMs = performance.now() - started;
  const cpu = /cpu-us (\d+)/.exec(stderr);
  if (code !== 0 || !cpu) throw new Error(`readout ${args.join(' ')} failed (exit ${code}): ${stderr.trim().split('\n')[0]}`);
  return { wallMs, cpuMs: Number(cpu[1]) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function medianRun(args: string[], runs: number): Promise<Run> {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await readout(args));
  return { wallMs: median(all.map((r) => r.wallMs)), cpuMs: median(all.map((r) => r.cpuMs)) };
}

/**
 * The command line as users run it: start-up (`--help`, one short article), `analyze` on one
 * thread and on every core, and `ingest` with 1 and 2 threads — wall time, and the CPU time of
 * every thread, which a machine shared with other work does not inflate as much. Scaling read off
 * the wall clock needs an otherwise idle machine.
 */
export async function benchCli(corpus: string, storeCorpus: string | null, articles: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cli-bench-'));
  try {
    const help = await medianRun(['--help'], 7);
    const first = await medianRun(['analyze', '-q', repoPath('examples/grain-corridor-talks.txt')], 5);
    const lines = [
      `start-up    readout --help ${help.wallMs.toFixed(0)} ms wall, ${help.cpuMs.toFixed(0)} ms CPU; one-article analyze ${first.wallMs.toFixed(0)} ms wall, ${first.cpuMs.toFixed(0)} ms CPU (medians of 7 and 5 runs)`,
    ];
    const sample = join(dir, 'sample.jsonl');
    writeFileSync(sample, readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).slice(0, articles).join('\n') + '\n');
    const cores = availableParallelism();
    const one = await readout(['analyze', '-q', '--threads', '1', sample]);
    const all = await readout(['analyze', '-q', '--threads', String(cores), sample]);
    const rate = (r: Run) => `${((articles * 1000) / r.wallMs).toFixed(1)} articles/s (${r.cpuMs.toFixed(0)} ms CPU)`;
    lines.push(`analyze     ${articles} articles: 1 thread ${rate(one)}, ${cores} threads ${rate(all)}: ×${(one.wallMs / all.wallMs).toFixed(2)} wall, CPU per article ×${(all.cpuMs / one.cpuMs).toFixed(2)} (start-up included)`);
    if (storeCorpus) {
      const reuters = join(dir, 'reuters.jsonl');
      writeFileSync(reuters, readFileSync(storeCorpus, 'utf8').split('\n').filter((l) => l.includes('"body"')).slice(0, articles).join('\n') + '\n');
      const ingest = (threads: number) => readout(['ingest', '-q', '--threads', String(threads), '--db', join(dir, `ingest-${threads}.db`), reuters]);
      const [i1, i2] = [await ingest(1), await ingest(2)];
      lines.push(`ingest      ${articles} Reuters stories: 1 thread ${rate(i1)}, 2 threads ${rate(i2)}: ×${(i1.wallMs / i2.wallMs).toFixed(2)} wall, CPU ×${(i2.cpuMs / i1.cpuMs).toFixed(2)} (wall scaling holds only on an idle machine)`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
