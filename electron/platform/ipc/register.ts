import type { z } from 'zod';
import { type ChannelName, type ChannelOutput, CHANNEL_NAMES, channels, isPublicChannel } from '../../../shared/channels.js';
import { type ApiError, DomainError, type Envelope, type FieldErrors } from '../../../shared/platform/result.js';
import { fieldErrors } from '../../../shared/platform/issues.js';

export { fieldErrors };
import { changeContext } from '../store/audit.js';
import type { Caller } from '../context.js';
import type { Handlers } from './handlers.js';

/**
 * What register() needs of a transport: Electron's ipcMain satisfies it, and so does the web host's router.
 * The event's sender is whatever the transport knows about who is asking; `session` is the sign-in token the
 * request carries (IPC: the second argument after the input; HTTP: the X-Workshop-Session header).
 */
export interface ChannelBus<Event> {
  handle(channel: string, listener: (event: Event, input: unknown, session?: unknown) => Promise<Envelope<unknown>>): void;
}

/** Who a valid session token signs in: the member as the store has them now, and whether they must first choose a PIN. */
export interface SignedIn {
  caller: Caller;
  mustSetPin: boolean;
}

export interface RegisterOptions<Event> {
  /** True when the request comes from our own top-level page (Electron frame, or token + origin on HTTP). */
  isTrustedSender(event: Event): boolean;
  /**
   * Whose sign-in a session token is, while it is valid and the member is active; read for every request, so that
   * a changed role or a deactivation counts at once (Backend.signedIn).
   */
  signedIn(token: unknown): SignedIn | undefined;
  log?: (line: string) => void;
}

/**
 * The one place where requests enter the backend. For every channel of the table: check the sender, find the
 * signed-in member from the session, parse the input with the channel's schema, call the handler with the input
 * and that member, and turn every outcome into an envelope. Errors travel as values with a closed set of codes,
 * never as thrown exceptions. Requests carry no actor id: who acts is the session's member, always.
 */
export function register<Event>(bus: ChannelBus<Event>, handlers: Handlers, options: RegisterOptions<Event>): void {
  for (const channel of CHANNEL_NAMES) {
    bus.handle(channel, async (event, input, session) => {
      if (!options.isTrustedSender(event)) return failure('forbidden', 'The request does not come from the application.');
      const signedIn = options.signedIn(session);
      const refusal = checkSession(channel, input, signedIn);
      return refusal ?? dispatch(handlers, channel, input, signedIn?.caller, typeof session === 'string' ? session : undefined, options.log);
    });
  }
}

/**
 * register() on a bus of its own, for callers in the same process (tests, the bench, the docs samples): the same
 * checks as IPC and HTTP, a trusted sender, and the session token passed along as a request would carry it.
 */
export function inProcess(handlers: Handlers, signedIn: RegisterOptions<unknown>['signedIn'], log?: (line: string) => void) {
  const listeners = new Map<string, (event: unknown, input: unknown, session?: unknown) => Promise<Envelope<unknown>>>();
  register({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers, { isTrustedSender: () => true, signedIn, log });
  return <C extends ChannelName>(channel: C, input: unknown, session?: string): Promise<Envelope<ChannelOutput<C>>> => {
    const listener = listeners.get(channel);
    if (!listener) return Promise.resolve(failure('unknown_channel', `There is no channel "${String(channel)}".`));
    return listener(undefined, input, session) as Promise<Envelope<ChannelOutput<C>>>;
  };
}

/**
 * Every channel but those of the sign-in and first-run screens needs a signed-in member; a member signed in
 * without a PIN (from before PINs) may only choose their own. Roles are then checked by the services.
 */
function checkSession(channel: ChannelName, input: unknown, signedIn: SignedIn | undefined): Envelope<never> | undefined {
  if (!signedIn) return isPublicChannel(channel) ? undefined : failure('unauthenticated', 'Sign in first.');
  if (signedIn.mustSetPin && !isPublicChannel(channel)) {
    const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
    if (channel !== 'staff.setPin' || id !== signedIn.caller.id) {
      return failure('forbidden', 'Choose your PIN first.', { pin: 'pin_required' });
    }
  }
  return undefined;
}

async function dispatch(
  handlers: Handlers,
  channel: ChannelName,
  input: unknown,
  caller: Caller | undefined,
  session: string | undefined,
  log?: (line: string) => void,
): Promise<Envelope<unknown>> {
  const parsed = (channels[channel].input as z.ZodType).safeParse(input ?? {});
  if (!parsed.success) {
    return failure('validation', `Invalid input for ${channel}.`, fieldErrors(parsed.error.issues));
  }
  const audited: Array<Promise<void>> = [];
  try {
    // checkSession() let a request without a caller through to public channels only, whose handlers take undefined.
    const handler = handlers[channel] as (value: unknown, caller: Caller | undefined) => unknown;
    // The audit log learns who makes each change (the session's member), and through which channel, from here; the
    // answer goes out once the audit entries of the request's changes are on disk (audit.ts, `audited`).
    const context = { channel, actorId: caller?.id, session, audited };
    const value = await changeContext.run(context, () => handler(parsed.data, caller));
    await Promise.all(audited);
    return { ok: true, value };
  } catch (error) {
    await Promise.all(audited);
    if (error instanceof DomainError) return failure(error.code, error.message, error.fields, error.retryAfterMs);
    log?.(`[ipc] ${channel} failed: ${(error as Error).stack ?? String(error)}`);
    return failure('internal', `Unexpected error in ${channel}: ${(error as Error).message}`);
  }
}

export function failure(code: ApiError['code'], message: string, fields?: FieldErrors, retryAfterMs?: number): Envelope<never> {
  return { ok: false, error: { code, message, ...(fields ? { fields } : {}), ...(retryAfterMs ? { retryAfterMs } : {}) } };
}
