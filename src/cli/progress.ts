/**
 * Progress on standard error for long runs: silent for the first seconds, then, on a terminal, a
 * bar rewritten in place; elsewhere a line every few seconds. Each shows the count, the rate, the
 * failures and, when the total is known, the time left.
 */
export class Progress {
  private readonly started = Date.now();
  private lastShown = this.started;
  private done = 0;
  private failed = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    private readonly total: number | null = null,
    private readonly everyMs = stream.isTTY ? 250 : 5000,
  ) {}

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    const now = Date.now();
    if (this.enabled && now - this.lastShown >= this.everyMs && now - this.started >= 2000) {
      this.lastShown = now;
      this.show(false);
    }
  }

  finish(): void {
    if (this.shown) this.show(true);
  }

  private show(final: boolean): void {
    this.shown = true;
    const seconds = (Date.now() - this.started) / 1000;
    const rate = this.done / Math.max(seconds, 0.001);
    const parts = [`${this.done.toLocaleString('en')}${this.total === null ? '' : `/${this.total.toLocaleString('en')}`} articles`, `${rate.toFixed(1)}/s`, `${this.failed} failed`, duration(seconds)];
    if (this.total !== null && !final && this.done >= 10) parts.push(`ETA ${duration(Math.max(0, this.total - this.done) / rate)}`);
    const line = `readout: ${this.bar()}${parts.join(', ')}`;
    if (this.stream.isTTY) this.stream.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    else this.stream.write(`${line}\n`);
  }

  private bar(): string {
    if (this.total === null || this.total === 0) return '';
    const width = 24;
    const filled = Math.min(width, Math.round((this.done / this.total) * width));
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
