import { create } from 'zustand';
import type { ApiError } from '../../shared/platform/result.js';
import type { OutboxMessage } from '../../shared/notifications/index.js';
import { api } from '../app/api/index.js';

interface OrderMessagesState {
  orderId?: string;
  messages: OutboxMessage[];
  error?: ApiError;
  load(orderId: string): Promise<void>;
  sendAgain(id: string): Promise<void>;
}

/** The open order's messages to the customer, as the outbox has them. */
export const useOrderMessages = create<OrderMessagesState>((setState, getState) => ({
  messages: [],
  load: async (orderId) => {
    const result = await api().call('notifications.forOrder', { orderId });
    if (result.ok) setState({ orderId, messages: result.value, error: undefined });
    else setState({ orderId, messages: [], error: result.error });
  },
  sendAgain: async (id) => {
    const result = await api().call('notifications.sendAgain', { id });
    if (!result.ok) return setState({ error: result.error });
    const { orderId } = getState();
    if (orderId) await getState().load(orderId);
  },
}));

/** A message still on its way: the screen looks again until it is sent or failed. */
export const pending = (messages: readonly OutboxMessage[]) => messages.some((m) => m.state === 'sending' || (m.state === 'queued' && !m.failure));
