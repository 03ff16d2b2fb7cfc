import type { Customer } from '../../shared/customers/schemas.js';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ServiceContext } from '../platform/context.js';
import { listRow } from '../orders/index.js';
import { loanView } from '../loans/index.js';

type Profile = ChannelOutput<'customers.get'>;

/** A customer with everything that is theirs: orders newest first, units, loans, claims and what they paid. */
export function customerProfile(ctx: ServiceContext, customer: Customer): Profile {
  const { store } = ctx;
  const orders = store.orders
    .byKey('customer', (o) => [o.customerId], customer.id)
    .slice()
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1));
  const payments: Profile['payments'] = orders.flatMap((order) => [
    ...(order.intake.prepayment ? [{ orderId: order.id, orderNumber: order.number, kind: 'prepayment' as const, amount: order.intake.prepayment, at: order.receivedAt }] : []),
    ...(order.paidAmount && order.handedBackAt ? [{ orderId: order.id, orderNumber: order.number, kind: 'hand_back' as const, amount: order.paidAmount, at: order.handedBackAt }] : []),
  ]);
  return {
    customer,
    orders: orders.map((order) => listRow(ctx, order)),
    devices: store.devices.all().filter((d) => d.ownerId === customer.id),
    loans: store.loans.all().filter((l) => l.customerId === customer.id).map((loan) => loanView(ctx, loan)),
    claims: store.claims.all().filter((c) => c.customerId === customer.id),
    payments: payments.sort((a, b) => (a.at < b.at ? 1 : -1)),
  };
}
