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

  /** `actors`, `verbs`: the user's actor and verb dictionary files, read by each thread (see analyze-worker.ts). */
  constructor(
    readonly threads: number,
    private readonly actors: readonly string[] = [],
    private readonly verbs: readonly string[] = [],
  ) {
    this.pool = threads > 1 ? new Piscina({ filename: new URL('./analyze-worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads }) : null;
  }

  /** Articles to have in flight to keep every thread busy while the caller takes the oldest result. */
  get depth(): number {
    return Math.max(2, this.threads * 4);
  }

  readout(input: ArticleInput): Promise<Readout> {
    const task = { input, actors: this.actors, verbs: this.verbs };
    if (this.pool) return this.pool.run(task, { name: 'readout' }) as Promise<Readout>;
    return import('./analyze-worker.js').then((worker) => worker.readout(task));
  }

  render(input: ArticleInput, presentation: Presentation): Promise<string> {
    const task = { input, presentation, actors: this.actors, verbs: this.verbs };
    if (this.pool) return this.pool.run(task, { name: 'render' }) as Promise<string>;
    return import('./analyze-worker.js').then((worker) => worker.render(task));
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
