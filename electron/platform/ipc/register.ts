import type { z } from 'zod';
import { type ChannelName, CHANNEL_NAMES, channels, isPublicChannel } from '../../../shared/channels.js';
import { type ApiError, DomainError, type Envelope, type FieldErrors, type FieldReason, isFieldReason } from '../../../shared/platform/result.js';
import { changeContext } from '../store/audit.js';
import type { Handlers } from './handlers.js';

/**
 * What register() needs of a transport: Electron's ipcMain satisfies it, and so does the web host's router.
 * The event's sender is whatever the transport knows about who is asking; `session` is the sign-in token the
 * request carries (IPC: the second argument after the input; HTTP: the X-Workshop-Session header).
 */
export interface ChannelBus<Event> {
  handle(channel: string, listener: (event: Event, input: unknown, session?: unknown) => Promise<Envelope<unknown>>): void;
}

export interface RegisterOptions<Event> {
  /** True when the request comes from our own top-level page (Electron frame, or token + origin on HTTP). */
  isTrustedSender(event: Event): boolean;
  /** Whose sign-in a session token is, while it is valid, and whether that member must first choose a PIN. */
  sessions: { signedIn(token: unknown): { staffId: string; mustSetPin: boolean } | undefined };
  log?: (line: string) => void;
}

/**
 * The one place where requests enter the backend. For every channel of the table: check the sender, parse the
 * input with the channel's schema, call the handler, and turn every outcome into an envelope. Errors travel as
 * values with a closed set of codes, never as thrown exceptions.
 */
export function register<Event>(bus: ChannelBus<Event>, handlers: Handlers, options: RegisterOptions<Event>): void {
  for (const channel of CHANNEL_NAMES) {
    bus.handle(channel, async (event, input, session) => {
      if (!options.isTrustedSender(event)) return failure('forbidden', 'The request does not come from the application.');
      const refusal = checkSession(channel, input, options.sessions.signedIn(session));
      return refusal ?? dispatch(handlers, channel, input, options.log, typeof session === 'string' ? session : undefined);
    });
  }
}

/**
 * Every channel but the sign-in screen's needs a signed-in member, and a change made in someone's name must be
 * made by them: the `actorId` of a request is the session's member, or the request is refused. Roles are then
 * checked by the services against that member.
 */
function checkSession(
  channel: ChannelName,
  input: unknown,
  signedIn: { staffId: string; mustSetPin: boolean } | undefined,
): Envelope<never> | undefined {
  const fields = typeof input === 'object' && input !== null ? (input as { actorId?: unknown; id?: unknown }) : {};
  const actorId = fields.actorId;
  if (!signedIn) {
    if (!isPublicChannel(channel)) return failure('unauthenticated', 'Sign in first.');
    if (actorId !== undefined) return failure('unauthenticated', 'Sign in first.', { actorId: 'not_signed_in' });
    return undefined;
  }
  // A member signed in without a PIN (from before PINs) may only choose their own before anything else.
  if (signedIn.mustSetPin && !isPublicChannel(channel)) {
    if (channel !== 'staff.setPin' || fields.id !== signedIn.staffId) {
      return failure('forbidden', 'Choose your PIN first.', { pin: 'pin_required' });
    }
  }
  if (actorId !== undefined && actorId !== signedIn.staffId) {
    return failure('forbidden', 'A change can only be made in the name of the signed-in member.', { actorId: 'not_signed_in' });
  }
  return undefined;
}

export async function dispatch(
  handlers: Handlers,
  channel: ChannelName,
  input: unknown,
  log?: (line: string) => void,
  session?: string,
): Promise<Envelope<unknown>> {
  const parsed = (channels[channel].input as z.ZodType).safeParse(input ?? {});
  if (!parsed.success) {
    return failure('validation', `Invalid input for ${channel}.`, fieldErrors(parsed.error.issues));
  }
  try {
    const handler = handlers[channel] as (value: unknown) => unknown;
    // The audit log learns who makes each change, and through which channel, from here.
    const actorId = (parsed.data as { actorId?: unknown }).actorId;
    const context = { channel, actorId: typeof actorId === 'string' ? actorId : undefined, session };
    return { ok: true, value: await changeContext.run(context, () => handler(parsed.data)) };
  } catch (error) {
    if (error instanceof DomainError) return failure(error.code, error.message, error.fields);
    log?.(`[ipc] ${channel} failed: ${(error as Error).stack ?? String(error)}`);
    return failure('internal', `Unexpected error in ${channel}: ${(error as Error).message}`);
  }
}

export function failure(code: ApiError['code'], message: string, fields?: FieldErrors): Envelope<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** zod issues → field path → a short code the UI translates ("required", "too_long", "imei_checksum", ...). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch the input came closest to (e.g. a new customer's fields, not "an existing id").
      const closest = [...issue.errors].sort((a, b) => shapeMismatch(a) - shapeMismatch(b))[0];
      Object.assign(fields, { ...fieldErrors(closest, path), ...fields });
      continue;
    }
    const key = path.map(String).join('.') || '_';
    fields[key] ??= issueCode(issue);
  }
  return fields;
}

/** How badly a union branch missed: wrong types and unknown keys count more than a too-short value. */
function shapeMismatch(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce(
    (sum, issue) =>
      sum + (['invalid_type', 'unrecognized_keys', 'invalid_value', 'invalid_union'].includes(issue.code) ? 10 : 1),
    0,
  );
}

function issueCode(issue: z.core.$ZodIssue): FieldReason {
  switch (issue.code) {
    case 'custom':
      return isFieldReason(issue.message) ? issue.message : 'invalid_value';
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'required' : 'invalid_type';
    case 'invalid_value':
      return 'invalid_choice';
    case 'invalid_union':
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      // A schema names its reason in the message ("too_long"); without one, zod's issue code is the reason.
      return isFieldReason(issue.message) ? issue.message : issue.code;
  }
}
