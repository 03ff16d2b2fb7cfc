import { createHash } from 'node:crypto';
import { DomainError } from '../../shared/platform/result.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { issueGathered } from '../documents/index.js';
import { currentSettings, letterheadProfile } from '../settings/index.js';
import { renderCreditNote, renderInvoice } from '../platform/workers/pdf.js';
import { NO_FISCAL_DEVICE, type FiscalDevice } from './fiscal.js';
import { targetMoney, workshopTax } from './payments.js';
import type { InvoiceSubject } from './invoiceDoc.js';

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** The invoice of an order or a sale and the credit note of a refund, each in its own consecutive series. */
export function paymentDocumentHandlers(ctx: ServiceContext, fiscal: FiscalDevice = NO_FISCAL_DEVICE): Pick<Handlers, 'payments.invoice' | 'payments.creditNote'> {
  const subjectOf = (target: { orderId?: string; saleId?: string }) => {
    const { money, order, sale } = targetMoney(ctx, target);
    let subject: InvoiceSubject;
    if (order) {
      const customer = ctx.store.customers.get(order.customerId);
      const device = ctx.store.devices.get(order.deviceId);
      subject = { kind: 'order', number: order.number, customerName: customer?.name, customerPhone: customer?.phones[0], device: device ? `${device.brand} ${device.model}${device.serial ? ` · S/N ${device.serial}` : ''}` : undefined };
    } else subject = { kind: 'sale', number: sale!.number, customerName: sale!.customerName, customerPhone: sale!.customerPhone };
    return { money, subject };
  };
  const common = () => {
    const settings = currentSettings(ctx);
    return { settings, workshop: letterheadProfile(ctx, settings), currency: settings.currency, tax: workshopTax(ctx), fiscal: { connected: fiscal.connected, name: fiscal.name } };
  };
  return {
    'payments.invoice': ({ orderId, saleId, language, paper }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const { money, subject } = subjectOf({ orderId, saleId });
        const { settings, ...data } = common();
        const lang = language ?? settings.documentLanguage;
        return {
          kind: 'tax_invoice',
          actorId: caller.id,
          language: lang,
          orderId,
          paper,
          // The same lines, tax and payments reprint the same invoice (in any language or paper); a change makes a new one.
          fingerprint: hashOf([saleId, money.lines, money.rate, money.payments.map((p) => p.id), data.tax.invoiceName]),
          render: (number, issuedAt) => renderInvoice({ documentNumber: number, issuedAt, ...data, subject, money }, lang, paper),
        };
      }),

    'payments.creditNote': ({ paymentId, language, paper }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const refund = ctx.store.payments.get(paymentId);
        if (!refund) throw new DomainError('not_found', 'No such payment.', { paymentId: 'not_found' });
        if (refund.amount >= 0) throw new DomainError('validation', 'A credit note is issued for a refund.', { paymentId: 'not_a_refund' });
        const { money, subject } = subjectOf({ orderId: refund.orderId, saleId: refund.saleId });
        const { settings, ...data } = common();
        const lang = language ?? settings.documentLanguage;
        return {
          kind: 'credit_note',
          actorId: caller.id,
          language: lang,
          orderId: refund.orderId,
          paper,
          fingerprint: refund.id,
          render: (number, issuedAt) => renderCreditNote({ documentNumber: number, issuedAt, ...data, subject, money, refund }, lang, paper),
        };
      }),
  };
}
