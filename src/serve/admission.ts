// Which check requests the service takes: at most `concurrency` files checked at once (the
// worker pool's threads) and `queue` more waiting, counted from the moment a request arrives,
// so an upload still being received holds its place too. One more is refused with 429 before
// its body is read; once shutdown starts, every new one gets 503.

export type Admission = 'ok' | 'full' | 'closing';

export class AdmissionControl {
  private active = 0;
  private closing = false;
  private waiting: Array<() => void> = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  /** Takes a place for one request, or says why not; a request that got 'ok' must call leave() once. */
  enter(): Admission {
    if (this.closing) return 'closing';
    if (this.active >= this.concurrency + this.queue) return 'full';
    this.active++;
    return 'ok';
  }

  leave(): void {
    this.active = Math.max(0, this.active - 1);
    if (this.active === 0) for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** No new request from now on; resolves once every request taken before has been answered. */
  close(): Promise<void> {
    this.closing = true;
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /** How many are being checked and how many wait (for /healthz and the 429 message). */
  load(): { running: number; queued: number } {
    const running = Math.min(this.active, this.concurrency);
    return { running, queued: this.active - running };
  }
}
