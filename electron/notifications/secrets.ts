import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableJsonFile } from '../platform/store/durableJsonFile.js';

/** The file of the SMTP password and the SMS gateway's authorization header: a dot-file, as the PIN hashes are. */
export const NOTIFICATION_SECRETS_FILE = '.notification-secrets.json';

interface SecretsFile {
  schemaVersion: 1;
  smtpPassword?: string;
  smsAuthHeader?: string;
}
export type Secrets = Omit<SecretsFile, 'schemaVersion'>;

/**
 * The credentials of the workshop's mail server and SMS gateway, kept apart from the data: a dot-file of the data
 * folder, which no backup, export, import or audit entry copies (electron/platform/store/backup.ts skips dot-files),
 * readable by the PC's user only (mode 0600 where the file system has modes). They are never sent to a screen:
 * the settings say only whether one is kept. An import on another PC brings none along.
 */
export class NotificationSecrets {
  private constructor(
    private readonly file: DurableJsonFile<SecretsFile>,
    private secrets: Secrets,
  ) {}

  static async open(dataDir: string): Promise<NotificationSecrets> {
    const file = new DurableJsonFile<SecretsFile>(join(dataDir, NOTIFICATION_SECRETS_FILE));
    let secrets: Secrets = {};
    try {
      const data = await file.read();
      if (data && typeof data === 'object') secrets = { smtpPassword: data.smtpPassword, smsAuthHeader: data.smsAuthHeader };
    } catch {
      // damaged: as if missing (a manager types the password again)
    }
    return new NotificationSecrets(file, secrets);
  }

  get current(): Readonly<Secrets> {
    return this.secrets;
  }

  /** A secret given replaces the kept one, an empty one removes it, one left out stays; on disk before it counts. */
  async change(changes: { smtpPassword?: string; smsAuthHeader?: string }): Promise<void> {
    const next: Secrets = { ...this.secrets };
    for (const key of ['smtpPassword', 'smsAuthHeader'] as const) {
      const value = changes[key];
      if (value === undefined) continue;
      next[key] = value === '' ? undefined : value;
    }
    if (next.smtpPassword === this.secrets.smtpPassword && next.smsAuthHeader === this.secrets.smsAuthHeader) return;
    await this.file.write({ schemaVersion: 1, ...next });
    await chmod(this.file.filename, 0o600);
    this.secrets = next;
  }
}
