import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durableWrite.js';

export const MANIFEST_FILE = '.store-manifest.json';

interface ManifestData {
  version: 1;
  /** The folder holds a workshop's data: some record other than the settings was saved once (first run is over). */
  setUp: boolean;
  /** Data file (relative, "/"-separated) → records it held at its last recorded save (never more than it holds). */
  files: Record<string, number>;
  /**
   * Data file → "size:mtime:inode" of the file as the store last wrote or validated it: a file still so has only
   * records that were checked, and is not validated again at start-up (a file changed by anything else is).
   */
  checked?: Record<string, string>;
  /**
   * One-time changes of the data done on these files (phones to E.164...): not looked for again at each start. A
   * restore or an import brings other files and a manifest without them, so the next start looks again.
   */
  migrated?: string[];
}

/** The collection of the settings: saving them (the language on the first-run screen) does not end the first run. */
const SETTINGS_FILE = 'settings.json';

/**
 * What the store knows it has: every data file and how many records it held. A missing file that is listed is a loss
 * to recover from a backup, never an empty collection; a file holding fewer records than listed lost some (records
 * are never deleted). Counts are lower bounds: a count that goes up is written after the data file; one that goes
 * down (quarantine, restore) before it. The manifest is written durably when it must be (a file that gets its first
 * record, the first run ending) and otherwise a moment after the saves, and at close.
 */
export class StoreManifest {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly dataDir: string,
    private data: ManifestData,
    /** False for a folder of an earlier version (no manifest yet): it is described from what is there. */
    readonly known: boolean,
  ) {}

  static async load(dataDir: string): Promise<StoreManifest> {
    try {
      const data = JSON.parse(await readFile(join(dataDir, MANIFEST_FILE), 'utf8')) as ManifestData;
      if (data && typeof data.files === 'object' && data.files) {
        return new StoreManifest(dataDir, { version: 1, setUp: Boolean(data.setUp), files: data.files, checked: data.checked ?? {}, migrated: Array.isArray(data.migrated) ? data.migrated : [] }, true);
      }
    } catch {
      // missing or unreadable: described again from the files
    }
    return new StoreManifest(dataDir, { version: 1, setUp: false, files: {}, checked: {} }, false);
  }

  /** A manifest for files about to replace the data (a restore, an import), written into `folder`. */
  static async writeFor(folder: string, files: Record<string, number>, setUp: boolean): Promise<void> {
    await writeFileDurably(join(folder, MANIFEST_FILE), JSON.stringify({ version: 1, setUp, files } satisfies ManifestData));
  }

  get setUp(): boolean {
    return this.data.setUp;
  }

  get files(): Readonly<Record<string, number>> {
    return this.data.files;
  }

  listed(file: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.data.files, key(file));
  }

  records(file: string): number {
    return this.data.files[key(file)] ?? 0;
  }

  /** The stamp of a file when its records were last known valid (undefined: check them). */
  checkedStamp(file: string): string | undefined {
    return this.data.checked?.[key(file)];
  }

  /** The file now holds only valid records (validated, or written by the store from records in memory). */
  markChecked(file: string, stamp: string | undefined): void {
    const name = key(file);
    this.data.checked ??= {};
    if (stamp === undefined) delete this.data.checked[name];
    else if (this.data.checked[name] !== stamp) this.change(() => (this.data.checked![name] = stamp));
  }

  /** A one-time change of the data was done on these files (and needs no look at each start). */
  migrated(name: string): boolean {
    return this.data.migrated?.includes(name) ?? false;
  }

  markMigrated(name: string): void {
    if (!this.migrated(name)) this.change(() => (this.data.migrated = [...(this.data.migrated ?? []), name]));
  }

  /** The folder was set up before the manifest existed (an earlier version's data, or a backup says so). */
  markSetUp(): void {
    if (!this.data.setUp) this.change(() => (this.data.setUp = true));
  }

  /** A file seen at start-up (created, or read): listed, its count raised to what it holds. */
  seen(file: string, records: number): void {
    const name = key(file);
    if (this.data.files[name] === undefined || this.data.files[name] < records) this.change(() => (this.data.files[name] = records));
    if (records > 0 && name !== SETTINGS_FILE) this.markSetUp();
  }

  /** After a file was saved: durable now when it must be (first record of a file, end of the first run), else soon. */
  async saved(file: string, records: number, stamp?: string): Promise<void> {
    const name = key(file);
    this.markChecked(name, stamp);
    const endsFirstRun = !this.data.setUp && records > 0 && name !== SETTINGS_FILE;
    const urgent = ((this.data.files[name] ?? 0) === 0 && records > 0) || endsFirstRun;
    if (this.data.files[name] !== records) this.change(() => (this.data.files[name] = records));
    if (endsFirstRun) this.change(() => (this.data.setUp = true));
    if (urgent) await this.flush();
    else this.schedule();
  }

  /** Before a file is rewritten with fewer records (quarantine, repair): the lower count goes to disk first. */
  async lower(file: string, records: number): Promise<void> {
    const name = key(file);
    const current = this.data.files[name];
    if (current !== undefined && current <= records) return;
    this.change(() => (this.data.files[name] = records));
    await this.flush();
  }

  forget(file: string): void {
    const name = key(file);
    if (this.data.files[name] !== undefined) this.change(() => delete this.data.files[name]);
  }

  /** Write what changed (a failed write is logged and tried again with the next one: the data files are saved). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(async () => {
      if (!this.dirty || this.closed) return;
      this.dirty = false;
      try {
        await writeFileDurably(join(this.dataDir, MANIFEST_FILE), JSON.stringify(this.data));
      } catch (error) {
        this.dirty = true;
        console.error(`[store] the manifest could not be written (${(error as Error).message}); it will be tried again.`);
      }
    });
    return this.writing;
  }

  /** Flush and stop: nothing is written any more (the data is about to be replaced, or the store closes). */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private change(apply: () => void): void {
    apply();
    this.dirty = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => void this.flush(), 1_000);
    this.timer.unref?.();
  }
}

const key = (file: string) => file.replace(/\\/g, '/');
