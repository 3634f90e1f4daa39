/**
 * Progress on standard error for long runs: silent for the first seconds, then a line every few
 * seconds (rewritten in place on a terminal) with the count, the rate and the failures.
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
    private readonly everyMs = stream.isTTY ? 500 : 5000,
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
    const line = `readout: ${this.done.toLocaleString('en')} articles, ${rate.toFixed(1)}/s, ${this.failed} failed, ${seconds.toFixed(0)} s`;
    if (this.stream.isTTY) this.stream.write(`\r${line}${final ? '\n' : ''}`);
    else this.stream.write(`${line}\n`);
  }
}
