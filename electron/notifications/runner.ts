import type { ServiceContext } from '../platform/context.js';
import { NotificationSecrets } from './secrets.js';

/** What the outbox keeps per backend: its secrets, the drain under way, the timer of the next retry. */
export interface Runner {
  secrets?: Promise<NotificationSecrets>;
  draining?: Promise<void>;
  /** Something was queued while a drain ran: it looks again before it ends. */
  again: boolean;
  stopped: boolean;
  retryTimer?: ReturnType<typeof setTimeout>;
}

const runners = new WeakMap<ServiceContext, Runner>();

export function runnerOf(ctx: ServiceContext): Runner {
  let runner = runners.get(ctx);
  if (!runner) {
    runner = { again: false, stopped: false };
    runners.set(ctx, runner);
  }
  return runner;
}

export function secretsOf(ctx: ServiceContext): Promise<NotificationSecrets> {
  const runner = runnerOf(ctx);
  runner.secrets ??= NotificationSecrets.open(ctx.store.dataDir);
  return runner.secrets;
}
