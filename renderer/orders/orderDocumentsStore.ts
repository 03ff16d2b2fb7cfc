import type { Envelope } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { ConditionFindings, IssuedDocument } from '../../shared/documents/index.js';
import { api } from '../app/api/index.js';
import { printDocument, useOrder } from './orderStore.js';

/** Issue (or fetch again) a document of the open order, list it with the order's documents, then print it. */
async function issueAndPrint(issue: Promise<Envelope<IssuedDocument>>): Promise<IssuedDocument | undefined> {
  const issued = await issue;
  if (!issued.ok) {
    useOrder.setState({ error: issued.error, notice: undefined });
    return undefined;
  }
  const orderId = useOrder.getState().view?.order.id;
  if (orderId) {
    const documents = await api().call('documents.forOrder', { orderId });
    if (documents.ok) useOrder.setState({ documents: documents.value, error: undefined });
  }
  await printDocument(issued.value);
  return issued.value;
}

const openOrder = () => useOrder.getState().view?.order.id ?? '';

export const printCompletionAct = (language: Language) =>
  issueAndPrint(api().call('orders.completionAct', { orderId: openOrder(), language }));

export const printConditionAct = (language: Language, findings: ConditionFindings) =>
  issueAndPrint(api().call('orders.conditionAct', { orderId: openOrder(), language, findings }));

/** Labels of one order (the open one) or of a batch: one PDF, one label a page. */
export async function printLabels(orderIds: string[], language: Language): Promise<IssuedDocument | undefined> {
  const issued = await api().call('orders.labels', { orderIds, language });
  if (!issued.ok) return undefined;
  await printDocument(issued.value);
  return issued.value;
}

export const printOrderLabel = (language: Language) => issueAndPrint(api().call('orders.labels', { orderIds: [openOrder()], language }));
