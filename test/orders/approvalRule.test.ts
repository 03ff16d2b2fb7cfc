import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advancesWork, approvalState, statusAfterApproval } from '../../shared/orders/approval.js';
import { charge, effectiveTax } from '../../shared/payments/index.js';
import { ORDER_STATUSES } from '../../shared/orders/status.js';

const amount = fc.integer({ min: 0, max: 10_000_000_000 });
const limitAmount = fc.integer({ min: 1, max: 10_000_000_000 });
const answers = fc.array(
  fc.oneof(
    limitAmount.map((approvedUpTo) => ({ answer: 'approved' as const, approvedUpTo })),
    fc.constant({ answer: 'declined' as const }),
  ),
  { maxLength: 5 },
);
const intake = fc.record({ estimate: fc.option(amount, { nil: undefined }), approvedMax: fc.option(amount, { nil: undefined }) });

describe('the approval rule (shared/orders/approval.ts)', () => {
  it('never needs approval when what the customer pays is at or under the limit in force, always when above it', () => {
    fc.assert(
      fc.property(amount, intake, answers, (total, given, said) => {
        const state = approvalState(total, given, said);
        if (state.limit === undefined) expect(state.needed).toBe(false);
        else expect(state.needed).toBe(total > state.limit);
      }),
    );
  });

  it('the limit in force is the last approval, else the approved maximum, else the estimate; a refusal raises nothing', () => {
    fc.assert(
      fc.property(amount, intake, answers, (total, given, said) => {
        const approved = said.filter((a) => a.answer === 'approved').at(-1);
        const expected = approved ? approved.approvedUpTo : given.approvedMax || given.estimate || undefined;
        expect(approvalState(total, given, said).limit).toBe(expected);
        expect(approvalState(total, given, [...said, { answer: 'declined' }]).limit).toBe(expected);
      }),
    );
  });

  it('an approval up to at least the total always clears the need', () => {
    fc.assert(
      fc.property(amount, intake, answers, fc.nat(), (total, given, said, extra) => {
        expect(approvalState(total, given, [...said, { answer: 'approved', approvedUpTo: total + extra }]).needed).toBe(false);
      }),
    );
  });

  it('warranty-only orders never need approval: the customer pays nothing of warranty lines, whatever they cost', () => {
    const prices = fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 100 }), unitPrice: fc.integer({ min: 0, max: 100_000_000 }) }), { maxLength: 20 });
    fc.assert(
      fc.property(fc.constantFrom('manufacturer', 'statutory', 'repeat_repair', 'goodwill' as const), fc.constantFrom('il', 'ru', 'uk'), prices, intake, answers, (basis, profile, lines, given, said) => {
        const customer = charge({ basis, lines: lines.map((l) => ({ ...l, kind: 'work', description: 'Work' })), date: '2026-03-01' }, effectiveTax(profile)).customer.gross;
        expect(approvalState(customer, given, said).needed).toBe(false);
      }),
    );
  });

  it('only the work moves wait: cancelling, "unrepairable" and handing back a cancelled or unrepairable unit do not', () => {
    expect(ORDER_STATUSES.filter((to) => advancesWork('diagnosing', to))).toEqual(['diagnosing', 'awaiting_parts', 'in_repair', 'at_external_service', 'ready']);
    expect(advancesWork('ready', 'issued')).toBe(true);
    expect(advancesWork('cancelled', 'issued')).toBe(false);
    expect(advancesWork('unrepairable', 'issued')).toBe(false);
  });

  it('an approved order goes back to the status it stopped in, or on to the diagnosis when it stopped at intake', () => {
    expect(statusAfterApproval([{ from: null, to: 'received' }, { from: 'received', to: 'diagnosing' }, { from: 'diagnosing', to: 'in_repair' }, { from: 'in_repair', to: 'awaiting_approval' }])).toBe('in_repair');
    expect(statusAfterApproval([{ from: null, to: 'received' }, { from: 'received', to: 'awaiting_approval' }])).toBe('diagnosing');
    expect(statusAfterApproval([{ from: 'ready', to: 'awaiting_approval' }])).toBe('ready');
  });
});
