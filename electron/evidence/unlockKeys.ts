import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyProtector, ServiceContext } from '../platform/context.js';
import { DurableJsonFile } from '../platform/store/durableJsonFile.js';

/**
 * The keys of the unlock codes: one AES-256 key per order, in a dot-file of the data folder that no backup, export,
 * import or audit entry copies (as the PIN hashes and the mail password), readable by the PC's user only (0600).
 * In the desktop app the keys inside it are sealed by the operating system (Electron's safeStorage: DPAPI on
 * Windows, the Keychain on macOS, the secret service on Linux), so that a copy of the file alone opens nothing.
 * Erasing an order's code removes its key: what a backup, an export or the audit log kept of the sealed code can
 * never be opened again.
 */
export const UNLOCK_KEYS_FILE = '.unlock-keys.json';

interface KeysFile {
  schemaVersion: 1;
  /** 'os': `sealed` holds the keys, sealed by the operating system; 'file': `keys` holds them, by order id. */
  protectedBy: 'os' | 'file';
  keys?: Record<string, string>;
  sealed?: string;
}

export class UnlockKeys {
  private constructor(
    private readonly file: DurableJsonFile<KeysFile>,
    private readonly protector: KeyProtector | undefined,
    private keys: Record<string, string>,
  ) {}

  static async open(dataDir: string, protector?: KeyProtector): Promise<UnlockKeys> {
    const file = new DurableJsonFile<KeysFile>(join(dataDir, UNLOCK_KEYS_FILE));
    let keys: Record<string, string> = {};
    try {
      const data = await file.read();
      if (data?.protectedBy === 'file' && data.keys) keys = { ...data.keys };
      if (data?.protectedBy === 'os' && data.sealed && protector) keys = JSON.parse(protector.unprotect(Buffer.from(data.sealed, 'base64')).toString('utf8')) as Record<string, string>;
    } catch {
      // Damaged, or sealed by another user or PC: the codes kept cannot be read here (unlock_unreadable).
    }
    return new UnlockKeys(file, protector, keys);
  }

  /** Where the keys are protected: by the operating system, or by the file's permissions alone (the web host). */
  get protectedBy(): KeysFile['protectedBy'] {
    return this.protector ? 'os' : 'file';
  }

  get(orderId: string): Buffer | undefined {
    const key = Object.hasOwn(this.keys, orderId) ? this.keys[orderId] : undefined;
    return key ? Buffer.from(key, 'base64') : undefined;
  }

  /** The order's key, made now when it has none; on disk before it is used. */
  async keyOf(orderId: string): Promise<Buffer> {
    const kept = this.get(orderId);
    if (kept) return kept;
    const key = randomBytes(32);
    await this.save({ ...this.keys, [orderId]: key.toString('base64') });
    return key;
  }

  /** Forget an order's key, on disk before it counts. */
  async erase(orderId: string): Promise<void> {
    if (!Object.hasOwn(this.keys, orderId)) return;
    const { [orderId]: _gone, ...rest } = this.keys;
    await this.save(rest);
  }

  private async save(keys: Record<string, string>): Promise<void> {
    const data: KeysFile = this.protector
      ? { schemaVersion: 1, protectedBy: 'os', sealed: this.protector.protect(Buffer.from(JSON.stringify(keys), 'utf8')).toString('base64') }
      : { schemaVersion: 1, protectedBy: 'file', keys };
    await this.file.write(data);
    await chmod(this.file.filename, 0o600);
    this.keys = keys;
  }
}

const vaults = new WeakMap<ServiceContext, Promise<UnlockKeys>>();

export function unlockKeysOf(ctx: ServiceContext): Promise<UnlockKeys> {
  let vault = vaults.get(ctx);
  if (!vault) {
    vault = UnlockKeys.open(ctx.store.dataDir, ctx.keyProtector);
    vaults.set(ctx, vault);
  }
  return vault;
}

/** AES-256-GCM, bound to its order and kind (a sealed code moved to another order does not open): iv + tag + text. */
export function seal(key: Buffer, bound: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(bound, 'utf8'));
  const text = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64');
}

/** The code a sealed text holds, or undefined when the key or the binding is not the one it was sealed with. */
export function unseal(key: Buffer, bound: string, sealed: string): string | undefined {
  try {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(bound, 'utf8'));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
