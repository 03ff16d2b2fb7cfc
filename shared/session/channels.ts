import { z } from 'zod';
import { SessionInput, SessionOutput, SignInInput, SignInOutput } from '../staff/index.js';

/** The session channels: every name starts with "session.". */
export const sessionChannels = {
  'session.signIn': {
    summary: 'Sign in with a PIN; the token goes with every later request. Repeated wrong PINs lock the member out for a while.',
    input: SignInInput,
    output: SignInOutput,
    public: true,
  },
  'session.current': {
    summary: 'Who a session token belongs to, if it is still valid.',
    input: SessionInput,
    output: SessionOutput,
    public: true,
  },
  'session.signOut': {
    summary: 'End a session.',
    input: SessionInput,
    output: z.object({}),
    public: true,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
