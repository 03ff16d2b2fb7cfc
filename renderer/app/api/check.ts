import type { z } from 'zod';
import { type ChannelName, channels } from '../../../shared/channels.js';
import { fieldErrors } from '../../../shared/platform/issues.js';
import type { FieldErrors } from '../../../shared/platform/result.js';

/**
 * A form's input checked with its channel's own schema before it is sent, the way register() reads it: every
 * problem of the shape at once (the backend answers the same, and stays the one that decides).
 */
export function checkInput(channel: ChannelName, input: unknown): FieldErrors {
  const parsed = (channels[channel].input as z.ZodType).safeParse(input ?? {});
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}
