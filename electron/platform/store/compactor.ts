import type { Journal } from './journal.js';

/** How long after an acknowledged save the files are rewritten: saves in between share the rewrite. */
export const COMPACT_DELAY_MS = 500;
/** After a failed round (a full disk), the next try: the journal keeps everything meanwhile. */
const RETRY_MS = 5_000;

/**
 * Rewrites the data files from memory in the background, so that a save costs one journal append: a round switches
 * the journal to a new segment, rewrites (durably, one after the other) every file that entries of the older
 * segments touched, and only then deletes those segments. A round that fails keeps them (the next round takes
 * them again, with the newer ones). Rounds run one at a time, a short delay after a save (at least twice the last
 * round's length, so that the rewrites never take more than a third of the time), and at once on `flush`.
 */
export class Compactor {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private lastRoundMs = 0;
  private stopped = false;

  constructor(
    private readonly journal: Journal,
    /** Rewrite one data file (relative name) from memory, durably. */
    private readonly writeFile: (file: string) => Promise<void>,
    /** The delay after a save (Infinity: only on `flush`, for tests that look at the files between two saves). */
    private readonly delayMs = COMPACT_DELAY_MS,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {
    journal.onAppended = () => this.schedule();
  }

  /** Every acknowledged change is in the files and the journal is cut; throws if a file could not be written. */
  flush(): Promise<void> {
    this.cancel();
    const round = this.running.catch(() => undefined).then(() => this.round());
    this.running = round.catch(() => undefined);
    return round;
  }

  /** A round soon (start-up, when the journal held entries of the last run). */
  schedule(delayMs = this.delayMs): void {
    if (this.timer || this.stopped || !Number.isFinite(delayMs)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: Error) => {
        this.log(`[store] the data files could not be rewritten (${error.message}); the journal keeps every change, and it is tried again.`);
        this.schedule(RETRY_MS);
      });
    }, Math.max(delayMs, 2 * this.lastRoundMs));
    this.timer.unref?.();
  }

  /** No more rounds by timer (the store closes or its data is replaced); `flush` still works. */
  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async round(): Promise<void> {
    if (!this.journal.pending) return;
    const started = performance.now();
    const older = await this.journal.rotate();
    const files = [...new Set(older.flatMap((segment) => [...segment.files]))].sort();
    for (const file of files) {
      await this.writeFile(file);
      // Requests go on between two files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.journal.release(older.map((segment) => segment.id));
    this.lastRoundMs = performance.now() - started;
  }
}
