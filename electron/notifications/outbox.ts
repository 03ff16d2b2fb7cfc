import { nextAttempt, RETRIED } from '../../shared/notifications/events.js';
import type { OutboxMessage } from '../../shared/notifications/schemas.js';
import { DomainError } from '../../shared/platform/result.js';
import type { ServiceContext } from '../platform/context.js';
import { notificationSettings } from './notificationSettings.js';
import { type Runner, runnerOf, secretsOf } from './runner.js';
import { openSender, type Sender, type SendResult } from './senders.js';

/**
 * The outbox: messages wait in the `outbox` collection and go one at a time. Nothing is sent twice:
 *
 * 1. A message is marked `sending` (attempts + 1), durably (the store acknowledges a save once it is on disk),
 *    before it is handed to the server.
 * 2. The server's answer makes it `sent`, `queued` again with a time for the next try (the server could not be
 *    reached, was too slow, or answered with a temporary error: a minute, 5, 15, an hour, 3 hours), or `failed`.
 * 3. A message found `sending` at start-up was cut by a stop between 1 and 2: it may have arrived. It is not sent
 *    again silently but marked failed as `interrupted`, for a clerk to send again if the customer did not get it.
 *
 * So a stop can cost a message (to be sent again by hand, and the timeline says so), never send one twice.
 * Network I/O happens outside the store's lock: a hung server holds up no other change.
 */
export function kick(ctx: ServiceContext): void {
  const runner = runnerOf(ctx);
  if (runner.stopped) return;
  if (runner.draining) {
    runner.again = true;
    return;
  }
  runner.draining = drain(ctx, runner)
    .catch((error: Error) => console.error(`[notifications] the outbox stopped: ${error.message}`))
    .finally(() => {
      runner.draining = undefined;
      if (runner.again && !runner.stopped) {
        runner.again = false;
        kick(ctx);
      }
    });
}

/** Messages due now, oldest first. */
function dueMessages(ctx: ServiceContext): OutboxMessage[] {
  const now = ctx.now().toISOString();
  return ctx.store.outbox
    .byKey('state', (m) => [m.state], 'queued')
    .filter((m) => !m.nextAttemptAt || m.nextAttemptAt <= now)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

function afterSending(message: OutboxMessage, result: SendResult, at: Date): OutboxMessage {
  const updatedAt = at.toISOString();
  if (result.sent) return { ...message, state: 'sent', sentAt: updatedAt, failure: undefined, detail: undefined, nextAttemptAt: undefined, updatedAt };
  const retryAt = RETRIED.has(result.failure) ? nextAttempt(at, message.attempts) : undefined;
  return { ...message, state: retryAt ? 'queued' : 'failed', nextAttemptAt: retryAt?.toISOString(), failure: result.failure, detail: result.detail, updatedAt };
}

async function drain(ctx: ServiceContext, runner: Runner): Promise<void> {
  const secrets = await secretsOf(ctx);
  for (let due = dueMessages(ctx); due.length && !runner.stopped; due = dueMessages(ctx)) {
    const sender = openSender(notificationSettings(ctx), secrets.current);
    try {
      await sendRound(ctx, runner, due, sender);
    } finally {
      sender.close();
    }
  }
  scheduleRetry(ctx, runner);
}

async function sendRound(ctx: ServiceContext, runner: Runner, due: OutboxMessage[], sender: Sender): Promise<void> {
  for (const queued of due) {
    if (runner.stopped) return;
    const claimed = await ctx.store.exclusive(async () => {
      const current = ctx.store.outbox.get(queued.id);
      if (current?.state !== 'queued') return undefined;
      return ctx.store.outbox.replace({ ...current, state: 'sending', attempts: current.attempts + 1, updatedAt: ctx.now().toISOString() });
    });
    if (!claimed) continue;
    const result = await sender.send(claimed);
    await ctx.store.exclusive(() => ctx.store.outbox.replace(afterSending(claimed, result, ctx.now())));
  }
}

/** The drain comes back by itself when the earliest message waiting for its next try is due. */
function scheduleRetry(ctx: ServiceContext, runner: Runner): void {
  if (runner.retryTimer) clearTimeout(runner.retryTimer);
  runner.retryTimer = undefined;
  const next = ctx.store.outbox
    .byKey('state', (m) => [m.state], 'queued')
    .map((m) => m.nextAttemptAt)
    .filter((at): at is string => Boolean(at))
    .sort()[0];
  if (!next || runner.stopped) return;
  const wait = Math.min(Math.max(Date.parse(next) - ctx.now().getTime(), 1_000), 3_600_000);
  runner.retryTimer = setTimeout(() => kick(ctx), wait);
  runner.retryTimer.unref?.();
}

/** At start-up: a message the last run was handing over when it stopped may have arrived; it is not sent again by itself. */
export function markInterrupted(ctx: ServiceContext): Promise<number> {
  return ctx.store.exclusive(async () => {
    const cut = [...ctx.store.outbox.byKey('state', (m) => [m.state], 'sending')];
    for (const message of cut) {
      await ctx.store.outbox.replace({ ...message, state: 'failed', failure: 'interrupted', detail: undefined, updatedAt: ctx.now().toISOString() });
    }
    return cut.length;
  });
}

/** Queue a failed message again, or try a waiting one now (a clerk or a manager). */
export function sendAgain(ctx: ServiceContext, id: string, by: string): Promise<OutboxMessage> {
  return ctx.store.exclusive(async () => {
    const message = ctx.store.outbox.get(id);
    if (!message) throw new DomainError('not_found', 'No such message.', { id: 'not_found' });
    if (message.state === 'sent' || message.state === 'sending') throw new DomainError('conflict', 'This message was sent or is being sent.', { id: 'not_failed' });
    if (message.failure === 'no_email' || message.failure === 'no_mobile') {
      throw new DomainError('conflict', 'The customer still has no address for this channel: correct the customer first.', { id: 'not_failed' });
    }
    // A failed message starts its tries afresh; one waiting for its next try keeps its count.
    const attempts = message.state === 'failed' ? 0 : message.attempts;
    const saved = await ctx.store.outbox.replace({ ...message, state: 'queued', attempts, nextAttemptAt: undefined, resentBy: by, updatedAt: ctx.now().toISOString() });
    kick(ctx);
    return saved;
  });
}

/** Stop sending (the backend closes): waits for the message being handed over, so that its state is saved. */
export async function stopOutbox(ctx: ServiceContext): Promise<void> {
  const runner = runnerOf(ctx);
  runner.stopped = true;
  if (runner.retryTimer) clearTimeout(runner.retryTimer);
  await runner.draining;
}
