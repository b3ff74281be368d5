/**
 * The landing data kept ready as serialised JSON. A stats event marks it stale and schedules one
 * refresh (bursts coalesce: one running, at most one queued); requests never compute it, they get
 * the latest JSON. Subscribers (the SSE streams) hear each new version.
 */
import type { DbOrTx } from '../../db/client.ts';
import { computeLandingData } from './landing.service.ts';

/** Time-based parts (the open phase, `as_of`) refresh even without changes. */
const PERIODIC_MS = 30_000;

export class LandingCache {
  private json: string | null = null;
  private running: Promise<void> | null = null;
  private queued = false;
  private readonly subscribers = new Set<(json: string) => void>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: DbOrTx,
    private readonly clock: () => Date,
    private readonly onError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => {
      if (this.json !== null) this.invalidate();
    }, PERIODIC_MS);
    this.timer.unref();
  }

  /** The latest JSON; computed on the first call only. */
  async current(): Promise<string> {
    if (this.json === null) await this.refresh();
    return this.json!;
  }

  /** Something changed: refresh if anyone has read or is listening. */
  invalidate(): void {
    if (this.json === null && this.subscribers.size === 0) return;
    if (this.running) {
      this.queued = true;
      return;
    }
    void this.refresh();
  }

  subscribe(listener: (json: string) => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  get listeners(): number {
    return this.subscribers.size;
  }

  close(): void {
    clearInterval(this.timer);
    this.subscribers.clear();
  }

  private refresh(): Promise<void> {
    this.running ??= (async () => {
      try {
        do {
          this.queued = false;
          const next = JSON.stringify(await computeLandingData(this.db, this.clock()));
          const changed = next !== this.json;
          this.json = next;
          if (changed) for (const listener of this.subscribers) listener(next);
        } while (this.queued);
      } catch (error) {
        this.onError(error);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
