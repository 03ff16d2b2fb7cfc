import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/channels.js';

/** One function per channel: takes the already validated input, returns the channel's output. */
export type Handlers = {
  [C in ChannelName]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};
