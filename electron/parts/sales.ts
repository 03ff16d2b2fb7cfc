import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { lineTotal } from '../../shared/platform/money.js';
import { quantityProblem } from '../../shared/parts/stock.js';
import type { Sale } from '../../shared/parts/sale.js';
import { may } from '../../shared/staff/index.js';
import { renderSaleReceipt } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { letterheadProfile } from '../settings/index.js';
import { deliverPdf } from './partFiles.js';
import { currentSettings } from '../settings/index.js';
import { appendMoves, checkMoves, getPart, movesOf, newMove } from './stockLedger.js';
import { saleMoney } from '../payments/index.js';

/** Over-the-counter sales of parts: free stock goes out (never what orders hold), a numbered receipt comes back. */
export function saleHandlers(ctx: ServiceContext): Pick<Handlers, 'parts.sales.create' | 'parts.sales.list' | 'parts.sales.receiptPdf'> {
  const { store } = ctx;
  const isCommitted = (sale: Sale) => movesOf(ctx, 'saleId', sale.id).length > 0;
  const committed = () => store.sales.all().filter(isCommitted);
  return {
    'parts.sales.create': ({ customerName, customerPhone, lines }, caller) =>
      store.exclusive(async () => {
        const actor = requireRole(ctx, caller);
        const fields: FieldErrors = {};
        const seen = new Set<string>();
        lines.forEach((line, i) => {
          const part = store.parts.get(line.partId);
          if (!part) fields[`lines.${i}.partId`] = 'not_found';
          else if (seen.has(line.partId)) fields[`lines.${i}.partId`] = 'duplicate';
          else {
            const problem = quantityProblem(part.unit, line.quantity);
            if (problem) fields[`lines.${i}.quantity`] = problem;
            // Selling below the catalogue price is a discount: a manager's decision.
            if (line.unitPrice !== undefined && line.unitPrice < part.price && !may(actor.role, 'orders.belowCataloguePrice')) fields[`lines.${i}.unitPrice`] = 'below_catalogue_price';
          }
          seen.add(line.partId);
        });
        if (Object.values(fields).includes('below_catalogue_price')) throw new DomainError('forbidden', 'Only a manager may sell below the catalogue price.', fields);
        if (Object.keys(fields).length) throw new DomainError('validation', 'Some lines need attention.', fields);
        const now = ctx.now();
        const at = now.toISOString();
        const sold = lines.map((line) => {
          const part = getPart(ctx, line.partId);
          return { partId: part.id, sku: part.sku, name: part.name, unit: part.unit, quantity: line.quantity, unitPrice: line.unitPrice ?? part.price, warrantyDays: part.warrantyDays };
        });
        const sale: Sale = {
          id: ctx.newId(),
          number: ctx.sequences.next('S', now.getUTCFullYear(), () => committed().map((s) => s.number)),
          at,
          by: caller.id,
          customerName: customerName || undefined,
          customerPhone: customerPhone || undefined,
          lines: sold,
          total: sold.reduce((sum, l) => sum + lineTotal(l), 0),
        };
        // The sale record first, its moves last: the moves (one batch, one file) are what makes the sale happen. A
        // sale record whose moves were never written is a failed sale: no stock left, and it is shown nowhere.
        const moves = sold.map((l) => newMove(ctx, caller.id, at, { partId: l.partId, kind: 'consumption', quantity: l.quantity, saleId: sale.id, reason: sale.number }));
        const lineOf = (partId: string) => `lines.${lines.findIndex((l) => l.partId === partId)}.quantity`;
        checkMoves(ctx, moves, lineOf);
        await store.sales.insert(sale);
        await appendMoves(ctx, moves, lineOf);
        ctx.sequences.commit(sale.number);
        return sale;
      }),

    'parts.sales.list': ({ limit }) => {
      const rows: Sale[] = [];
      const all = store.sales.all();
      for (let i = all.length - 1; i >= 0 && rows.length < limit; i--) if (isCommitted(all[i])) rows.push(all[i]);
      return rows;
    },

    'parts.sales.receiptPdf': ({ id, language }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const sale = store.sales.get(id);
        if (!sale || !isCommitted(sale)) throw new DomainError('not_found', 'No such sale.', { id: 'not_found' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const pdf = await renderSaleReceipt(
          { sale, seller: store.staff.get(sale.by)?.name ?? '', workshop: letterheadProfile(ctx, settings), currency: settings.currency, money: saleMoney(ctx, sale) },
          lang,
          { paperSize: settings.paperSize, createdAt: new Date(sale.at) },
        );
        return deliverPdf(ctx, `${sale.number}-${lang}`, pdf);
      }),
  };
}
