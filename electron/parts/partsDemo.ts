import { saveCounterparty } from './counterparties.js';
import type { Caller, ServiceContext } from '../platform/context.js';
import { saveLabour } from './labour.js';
import { setOrderLines } from '../orders/index.js';
import { receivePart, savePart } from './parts.js';

/**
 * Demo data of the parts side: a supplier and two manufacturers, a small catalogue with stock, a price list, and
 * the demo order that awaits parts lacking its display, so that "Waiting" and "Gather requisitions" show something.
 */
export async function loadPartsDemo(ctx: ServiceContext, manager: Caller): Promise<void> {
  const supplier = await saveCounterparty(ctx, manager, { name: 'PartsPro Ltd', kinds: ['supplier'], contactPerson: 'Dana Levi', phone: '+972 3-555-0199', email: 'orders@partspro.example', legalName: 'PartsPro Trading Ltd', taxId: '514000111', brands: [], active: true });
  const samsung = await saveCounterparty(ctx, manager, { name: 'Samsung Electronics', kinds: ['manufacturer'], legalName: 'Samsung Electronics Co., Ltd.', brands: ['Samsung'], active: true });
  await saveCounterparty(ctx, manager, { name: 'BSH Hausgeräte', kinds: ['manufacturer', 'supplier'], legalName: 'BSH Hausgeräte GmbH', brands: ['Bosch', 'Siemens'], active: true });

  const catalogue = [
    { sku: 'SCR-S23', name: 'Display module Galaxy S23', compatibleModels: ['Galaxy S23'], unit: 'pcs', cost: 42000, price: 69000, minStock: 1, stock: 0, manufacturerId: samsung.id },
    { sku: 'BAT-S23', name: 'Battery EB-BS912ABY', compatibleModels: ['Galaxy S23'], unit: 'pcs', cost: 9000, price: 18000, minStock: 2, stock: 4, manufacturerId: samsung.id },
    { sku: 'PUMP-BSH-E18', name: 'Drain pump (E18)', compatibleModels: ['WAN28281', 'WAN24140'], unit: 'pcs', cost: 16000, price: 29000, minStock: 1, stock: 2 },
    { sku: 'GLUE-B7000', name: 'Adhesive B-7000', compatibleModels: [], unit: 'ml', cost: 20, price: 50, minStock: 15, stock: 50 },
  ] as const;
  const ids: Record<string, string> = {};
  for (const { stock, ...part } of catalogue) {
    const saved = await savePart(ctx, manager, { ...part, compatibleModels: [...part.compatibleModels], supplierId: supplier.id, warrantyDays: 90, allowNegative: false, active: true });
    ids[part.sku] = saved.id;
    if (stock) await receivePart(ctx, manager, { partId: saved.id, quantity: stock, reason: 'Opening stock' });
  }

  for (const [code, name, minutes, price] of [
    ['L-010', 'Display replacement', 45, 25000],
    ['L-020', 'Battery replacement', 30, 15000],
    ['L-110', 'Drain pump replacement', 60, 30000],
    ['L-900', 'Diagnostics', 20, 10000],
  ] as const) {
    await saveLabour(ctx, manager, { code, name, minutes, price, warrantyDays: 90, active: true });
  }

  const waiting = ctx.store.orders.all().find((o) => o.status === 'awaiting_parts');
  if (waiting) {
    await setOrderLines(ctx, manager, {
      id: waiting.id,
      workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 25000, warrantyDays: 90, operationId: ctx.store.labour.all().find((o) => o.code === 'L-010')?.id }],
      partLines: [{ name: 'Display module Galaxy S23', sku: 'SCR-S23', partId: ids['SCR-S23'], quantity: 1, unitPrice: 69000, warrantyDays: 90 }],
    });
  }
}
