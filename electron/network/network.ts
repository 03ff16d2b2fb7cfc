import { DomainError } from '../../shared/platform/result.js';
import type { NetworkStatus, SiteIdentity } from '../../shared/network/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type Caller, requireRole, type ServiceContext } from '../platform/context.js';
import type { SettingsRecord } from '../platform/store/store.js';
import { credentialsFile, type NetworkCredentials, readCredentials, writeCredentials } from './credentials.js';
import { Replicator } from './replicator.js';

/** The network of one backend: its site, the hub's settings and the replication running with them. */
export class Network {
  private replicator: Replicator | undefined;
  private credentials: NetworkCredentials | undefined;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: { backoff?: { firstMs: number; maxMs: number } } = {},
  ) {}

  site(): SiteIdentity | undefined {
    return this.ctx.store.settings.get('settings')?.site;
  }

  /** Read the hub's settings and start replicating if they are complete and on (the main process and the web host). */
  async start(): Promise<void> {
    this.credentials = await readCredentials(this.ctx.store.dataDir);
    await this.restart();
  }

  private async restart(): Promise<void> {
    await this.replicator?.close();
    this.replicator = undefined;
    const site = this.site();
    const credentials = this.credentials;
    if (!site || !credentials) return;
    this.replicator = new Replicator({
      store: this.ctx.store,
      site,
      hub: { url: credentials.hubUrl.replace(/\/+$/, ''), database: credentials.database, username: credentials.username, password: credentials.password },
      now: this.ctx.now,
      backoff: this.options.backoff,
    });
    if (credentials.enabled) this.replicator.start();
  }

  get running(): Replicator | undefined {
    return this.replicator;
  }

  async status(): Promise<NetworkStatus> {
    const credentials = this.credentials;
    const replicator = this.replicator;
    const known = replicator ? await replicator.snapshot() : undefined;
    const state = !replicator || !credentials?.enabled ? 'off' : replicator.state === 'stopped' ? 'off' : replicator.state;
    return {
      site: this.site(),
      configured: Boolean(credentials),
      enabled: credentials?.enabled ?? false,
      hubUrl: credentials?.hubUrl,
      database: credentials?.database,
      username: credentials?.username,
      credentialsFile: credentialsFile(this.ctx.store.dataDir),
      state,
      lastPush: known?.lastPush,
      lastPull: known?.lastPull,
      pending: known?.pending ?? 0,
      pushed: known?.pushed ?? 0,
      pulled: known?.pulled ?? 0,
      problem: replicator?.problem?.problem,
      problemDetail: replicator?.problem?.detail,
      retryAt: replicator?.retryAt?.toISOString(),
      conflicts: known?.conflicts ?? [],
      refused: known?.refused ?? [],
    };
  }

  /** The site is set once: every number issued after it carries the code, and the hub knows the point by it. */
  async setSite(caller: Caller, site: SiteIdentity): Promise<NetworkStatus> {
    await this.ctx.store.exclusive(async () => {
      requireRole(this.ctx, caller, 'settings.change');
      const current = this.ctx.store.settings.get('settings');
      if (current?.site) throw new DomainError('conflict', `This service point is ${current.site.code} already: the site code is set once.`, { code: 'site_already_set' });
      const record = { ...(current ?? {}), id: 'settings', site } as SettingsRecord;
      if (current) await this.ctx.store.settings.replace(record);
      else await this.ctx.store.settings.insert(record);
    });
    await this.restart();
    return this.status();
  }

  async configure(caller: Caller, input: NetworkCredentials): Promise<NetworkStatus> {
    requireRole(this.ctx, caller, 'settings.change');
    const password = input.password || this.credentials?.password;
    if (!password) throw new DomainError('validation', 'The password of this site on the hub is needed.', { password: 'required' });
    const credentials = { ...input, hubUrl: input.hubUrl.replace(/\/+$/, ''), password };
    await writeCredentials(this.ctx.store.dataDir, credentials);
    this.credentials = credentials;
    await this.restart();
    return this.status();
  }

  async syncNow(caller: Caller): Promise<NetworkStatus> {
    requireRole(this.ctx, caller, 'settings.change');
    this.replicator?.poke();
    return this.status();
  }

  async close(): Promise<void> {
    await this.replicator?.close();
    this.replicator = undefined;
  }
}

const networks = new WeakMap<ServiceContext, Network>();

/** The network of a backend's context (made on first use). */
export function networkOf(ctx: ServiceContext, options?: ConstructorParameters<typeof Network>[1]): Network {
  let network = networks.get(ctx);
  if (!network) networks.set(ctx, (network = new Network(ctx, options)));
  return network;
}

export function networkHandlers(ctx: ServiceContext): Pick<Handlers, 'network.status' | 'network.setSite' | 'network.configure' | 'network.syncNow'> {
  return {
    'network.status': (_input, caller) => {
      requireRole(ctx, caller, 'settings.change');
      return networkOf(ctx).status();
    },
    'network.setSite': (input, caller) => networkOf(ctx).setSite(caller, input),
    'network.configure': (input, caller) => networkOf(ctx).configure(caller, input),
    'network.syncNow': (_input, caller) => networkOf(ctx).syncNow(caller),
  };
}
