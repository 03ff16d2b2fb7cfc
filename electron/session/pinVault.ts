import { join } from 'node:path';
import { DurableJsonFile } from '../platform/store/durableJsonFile.js';

/** The file of the PIN hashes: a dot-file of the data folder, which no backup, export or import copies. */
export const PIN_VAULT_FILE = '.staff-pins.json';

interface VaultFile {
  schemaVersion: 1;
  /** Staff id → `scrypt$<salt>$<hash>`. */
  pins: Record<string, string>;
}

/**
 * The staff's PIN hashes, kept apart from the staff records. A 4-digit PIN falls to an offline guess against its
 * hash in minutes whatever the hash costs (10,000 tries), so the hashes must not travel: backups, exports and the
 * audit log copy the records, and the records hold no hash. This file stays on the PC whose members chose those
 * PINs; a restore leaves it as it is (everyone keeps their current PIN), and an import on another PC brings no
 * PIN along (a manager sets them there). Written durably, like the data files.
 */
export class PinVault {
  private constructor(
    private readonly file: DurableJsonFile<VaultFile>,
    private pins: Record<string, string>,
  ) {}

  /** An unreadable or missing file is an empty vault: nobody has a PIN on this PC (see signIn for what follows). */
  static async open(dataDir: string): Promise<PinVault> {
    const file = new DurableJsonFile<VaultFile>(join(dataDir, PIN_VAULT_FILE));
    let pins: Record<string, string> = {};
    try {
      const data = await file.read();
      if (data && typeof data.pins === 'object' && data.pins !== null) pins = { ...data.pins };
    } catch {
      // damaged: as if missing
    }
    return new PinVault(file, pins);
  }

  get(staffId: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.pins, staffId) ? this.pins[staffId] : undefined;
  }

  has(staffId: string): boolean {
    return this.get(staffId) !== undefined;
  }

  /** Store a member's new hash; resolves once it is on disk, and changes nothing in memory if the write fails. */
  async set(staffId: string, hash: string): Promise<void> {
    const pins = { ...this.pins, [staffId]: hash };
    await this.file.write({ schemaVersion: 1, pins });
    this.pins = pins;
  }

  /**
   * Hashes that staff records of an earlier version carried (the data folder before this file existed, or a backup
   * or archive made by such a version): taken for the members the vault knows no PIN of. The vault's own win.
   */
  async adopt(records: ReadonlyArray<{ id: string; pinHash?: string }>): Promise<void> {
    const found = records.filter((r) => r.pinHash && !this.has(r.id));
    if (!found.length) return;
    const pins = { ...this.pins, ...Object.fromEntries(found.map((r) => [r.id, r.pinHash!])) };
    await this.file.write({ schemaVersion: 1, pins });
    this.pins = pins;
  }
}
