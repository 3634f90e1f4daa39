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
    const cores = availableParallelism();
    lines.push(await scaling('analyze', 'articles', articles, cores, sampleOf(dir, corpus, 'sample', () => true), (input, threads) => readout(['analyze', '-q', '--threads', String(threads), input])));
    if (storeCorpus) {
      let stores = 0;
      const reuters = sampleOf(dir, storeCorpus, 'reuters', (line) => line.includes('"body"'));
      lines.push(await scaling('ingest', 'Reuters stories', articles, cores, reuters, (input, threads) => readout(['ingest', '-q', '--threads', String(threads), '--db', join(dir, `ingest-${stores++}.db`), input])));
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the first `n` lines of `source` that `keep` accepts to a file in `dir`; returns its path. */
function sampleOf(dir: string, source: string, name: string, keep: (line: string) => boolean): (n: number) => string {
  return (n) => {
    const path = join(dir, `${name}-${n}.jsonl`);
    writeFileSync(path, readFileSync(source, 'utf8').split('\n').filter((l) => l.trim() && keep(l)).slice(0, n).join('\n') + '\n');
    return path;
  };
}

/**
 * A command on 1 thread and on every core, each on `articles` inputs and on their first fifth: the
 * difference is the articles' own cost without start-up (every thread loads the models), the
 * rate of a long run, which is what threads are for.
 */
async function scaling(command: string, what: string, articles: number, cores: number, sample: (n: number) => string, run: (input: string, threads: number) => Promise<Run>): Promise<string> {
  const few = Math.max(1, Math.floor(articles / 5));
  const rates: { threads: number; whole: Run; steady: number }[] = [];
  for (const threads of [1, cores]) {
    const whole = await run(sample(articles), threads);
    const part = await run(sample(few), threads);
    rates.push({ threads, whole, steady: ((articles - few) * 1000) / Math.max(1, whole.wallMs - part.wallMs) });
  }
  const [one, all] = rates;
  const rate = (r: (typeof rates)[number]) => `${r.threads} thread${r.threads > 1 ? 's' : ''} ${((articles * 1000) / r.whole.wallMs).toFixed(1)} articles/s (${r.whole.cpuMs.toFixed(0)} ms CPU; ${r.steady.toFixed(1)}/s start-up aside)`;
  return `${command.padEnd(11)} ${articles} ${what}: ${rate(one)}, ${rate(all)}: ×${(one.whole.wallMs / all.whole.wallMs).toFixed(2)} wall, ×${(all.steady / one.steady).toFixed(2)} start-up aside, CPU ×${(all.whole.cpuMs / one.whole.cpuMs).toFixed(2)}`;
}
