import type { Backend } from '../electron/backend.js';
import { inProcess } from '../electron/platform/ipc/register.js';
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/channels.js';
import type { Envelope } from '../shared/platform/result.js';

export interface LocalSession {
  /** The envelope, as a transport would return it. */
  send<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  /** The value, or an Error naming the channel and the refusal. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/**
 * The backend's channels from a script in the same process (docs samples, benchmarks), through register() and a
 * real sign-in with the member's PIN, as the window and the web host reach them: `public` needs no session, `as()`
 * signs a member in.
 */
export function localClient(backend: Backend): { public: LocalSession; as(staffId: string, pin: string): Promise<LocalSession> } {
  const send = inProcess(backend.handlers, backend.signedIn);
  const session = (token?: string): LocalSession => ({
    send: (channel, input) => send(channel, input, token),
    call: async (channel, input) => {
      const result = await send(channel, input, token);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
  });
  return {
    public: session(),
    as: async (staffId, pin) => {
      const signedIn = await session().call('session.signIn', { staffId, pin });
      return session(signedIn.token);
    },
  };
}
