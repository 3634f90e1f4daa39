import { Piscina } from 'piscina';
import type { ArticleInput, Readout } from '../model/schema.js';
import type { Presentation } from './analyze-worker.js';

/**
 * Analysis on `threads` worker threads (piscina), or on this thread when there is one. The tasks
 * are analyze-worker.ts's exports; on this thread that module (and the pipeline and its models) is
 * loaded on first use, so a process whose analysis runs on workers never loads it itself.
 */
export class AnalysisPool {
  private readonly pool: Piscina | null;

  constructor(readonly threads: number) {
    this.pool = threads > 1 ? new Piscina({ filename: new URL('./analyze-worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads }) : null;
  }

  /** Articles to have in flight to keep every thread busy while the caller takes the oldest result. */
  get depth(): number {
    return Math.max(2, this.threads * 4);
  }

  readout(input: ArticleInput): Promise<Readout> {
    if (this.pool) return this.pool.run(input) as Promise<Readout>;
    return import('./analyze-worker.js').then((worker) => worker.default(input));
  }

  render(input: ArticleInput, presentation: Presentation): Promise<string> {
    const task = { input, presentation };
    if (this.pool) return this.pool.run(task, { name: 'render' }) as Promise<string>;
    return import('./analyze-worker.js').then((worker) => worker.render(task));
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
