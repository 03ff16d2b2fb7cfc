import type { ChannelName, ChannelOutput, ChannelParsedInput, Channels } from '../../../shared/channels.js';
import type { Caller } from '../context.js';

/** The channels that answer without a session (sign-in and first-run screens): `public: true` in the table. */
export type PublicChannel = { [C in ChannelName]: Channels[C] extends { public: true } ? C : never }[ChannelName];

/**
 * One function per channel: takes the already validated input and the signed-in member who asks (register() reads
 * them from the session, never from the input), returns the channel's output. A public channel may be called by
 * nobody in particular: its handler gets `undefined` and must decide what that allows.
 */
export type Handlers = {
  [C in ChannelName]: (
    input: ChannelParsedInput<C>,
    caller: C extends PublicChannel ? Caller | undefined : Caller,
  ) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};
