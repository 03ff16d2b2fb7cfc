import type { DiagnosisDefect } from '../../shared/defects/index.js';
import { create } from 'zustand';
import type { ChannelInput } from '../../shared/channels.js';
import type { ApiError, Envelope } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { IssuedDocument } from '../../shared/documents/index.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import { api } from '../app/api/index.js';

type Without<T, K extends keyof T> = Omit<T, K>;

export type OrderNotice = 'status' | 'diagnosis' | 'lines' | 'intake' | 'approval';

interface OrderState {
  view?: OrderView;
  documents: IssuedDocument[];
  error?: ApiError;
  /** Which part of the order a change has just saved, so that "Saved." shows beside it. */
  notice?: OrderNotice;
  open(id: string, options?: { keepNotice?: boolean }): Promise<void>;
  transition(input: Without<ChannelInput<'orders.transition'>, 'id'>): Promise<boolean>;
  assign(technicianId: string | null): Promise<boolean>;
  diagnose(notes: string, defects?: DiagnosisDefect[]): Promise<boolean>;
  setLines(lines: Without<ChannelInput<'orders.setLines'>, 'id'>): Promise<boolean>;
  /** Correct the order's intake facts (only the fields given change). */
  correct(input: Without<ChannelInput<'orders.correct'>, 'id'>): Promise<boolean>;
  printIntakeAct(language: Language): Promise<IssuedDocument | undefined>;
  printRepairCertificate(language: Language): Promise<void>;
  /** Record the customer's answer to lines above what they agreed to. */
  recordApproval(input: Without<ChannelInput<'orders.recordApproval'>, 'id'>): Promise<boolean>;
}

export const useOrder = create<OrderState>((set, get) => {
  /** Apply the result of a change: the new order view, or the error to show next to the fields. */
  function settle(orderId: string, result: Envelope<OrderView>, notice: OrderNotice): boolean {
    // An answer about an order the clerk has left meanwhile is not shown on the one they are on now.
    if (get().view?.order.id !== orderId) return result.ok;
    if (!result.ok) {
      set({ error: result.error, notice: undefined });
      return false;
    }
    set({ view: result.value, error: undefined, notice });
    return true;
  }
  const id = () => get().view?.order.id ?? '';

  return {
    documents: [],

    async open(orderId, options) {
      if (!options?.keepNotice) set({ view: undefined, error: undefined, notice: undefined, documents: [] });
      // The order shows as soon as it arrives; its documents follow (the first request may read them from disk).
      const view = await api().call('orders.get', { id: orderId });
      if (!view.ok) return set({ error: view.error });
      set({ view: view.value });
      const listed = await api().call('documents.forOrder', { orderId });
      if (get().view?.order.id === orderId) set({ documents: listed.ok ? listed.value : [] });
    },

    async transition(input) {
      const orderId = id();
      return settle(orderId, await api().call('orders.transition', { ...input, id: orderId }), 'status');
    },

    async assign(technicianId) {
      const orderId = id();
      return settle(orderId, await api().call('orders.assign', { id: orderId, technicianId }), 'status');
    },

    async diagnose(notes, defects) {
      const orderId = id();
      return settle(orderId, await api().call('orders.diagnose', { id: orderId, notes, defects }), 'diagnosis');
    },

    async setLines(lines) {
      const orderId = id();
      return settle(orderId, await api().call('orders.setLines', { ...lines, id: orderId }), 'lines');
    },

    async correct(input) {
      const orderId = id();
      return settle(orderId, await api().call('orders.correct', { ...input, id: orderId }), 'intake');
    },

    /** Issue (or fetch again) the intake act, then print it: the print dialog in Electron, the PDF in a browser. */
    async printIntakeAct(language) {
      const issued = await api().call('orders.intakeAct', { orderId: id(), language });
      if (!issued.ok) {
        set({ error: issued.error });
        return undefined;
      }
      const documents = await api().call('documents.forOrder', { orderId: id() });
      if (documents.ok) set({ documents: documents.value });
      await printDocument(issued.value);
      return issued.value;
    },

    /** The warranty certificate of this repair: its work and parts, each with its own warranty. */
    async printRepairCertificate(language) {
      const view = get().view;
      if (!view) return;
      const issued = await api().call('warranty.certificate', { deviceId: view.device.id, orderId: view.order.id, language });
      if (!issued.ok) return set({ error: issued.error });
      const documents = await api().call('documents.forOrder', { orderId: view.order.id });
      if (documents.ok) set({ documents: documents.value });
      await printDocument(issued.value);
    },

    async recordApproval(input) {
      const orderId = id();
      return settle(orderId, await api().call('orders.recordApproval', { ...input, id: orderId }), 'approval');
    },
  };
});

export async function printDocument(document: IssuedDocument): Promise<void> {
  const printed = await api().call('documents.print', { id: document.id });
  if (printed.ok && printed.value.printed) return;
  const content = await api().call('documents.content', { id: document.id });
  if (!content.ok) return;
  const bytes = Uint8Array.from(atob(content.value.pdfBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  window.open(url, '_blank');
}
