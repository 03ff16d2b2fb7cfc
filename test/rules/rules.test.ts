import { describe, expect, it } from 'vitest';
import { imeiCheckDigit, imeiProblem, isValidImei } from '../../shared/devices/imei.js';
import { orderTotals, parseMoney } from '../../shared/platform/money.js';
import { phoneKey, serialKey } from '../../shared/platform/search.js';
import { allowedTransitions, canTransition, handBackOutcomes, ORDER_STATUSES } from '../../shared/orders/status.js';

describe('IMEI', () => {
  it('accepts a 15-digit IMEI whose last digit is the Luhn check digit', () => {
    expect(isValidImei('490154203237518')).toBe(true);
    expect(imeiCheckDigit('49015420323751')).toBe('8');
  });

  it('tells a typo (wrong check digit) from a wrong length', () => {
    expect(imeiProblem('490154203237519')).toBe('imei_checksum');
    expect(imeiProblem('49015420323751')).toBe('imei_length');
    expect(imeiProblem('4901542032375181')).toBe('imei_length');
    expect(imeiProblem('49015420323751A')).toBe('imei_length');
  });
});

describe('status transitions', () => {
  it('lets a received unit go to diagnosis, wait for approval of lines above its estimate, or be cancelled, and nowhere else', () => {
    expect(allowedTransitions('received')).toEqual(['diagnosing', 'awaiting_approval', 'cancelled']);
    expect(canTransition('received', 'ready')).toBe(false);
  });

  it('hands a device back only when it is ready, cancelled or unrepairable', () => {
    const canHandBack = ORDER_STATUSES.filter((s) => canTransition(s, 'issued'));
    expect(canHandBack.sort()).toEqual(['cancelled', 'ready', 'unrepairable']);
  });

  it('ends at issued: a handed-back order has no further transitions', () => {
    expect(allowedTransitions('issued')).toEqual([]);
  });

  it('offers hand-back outcomes that fit where the order stands', () => {
    expect(handBackOutcomes('ready')).toContain('repaired');
    expect(handBackOutcomes('unrepairable')).toContain('unrepairable');
    expect(handBackOutcomes('cancelled')).toEqual(['refused']);
    expect(handBackOutcomes('in_repair')).toEqual([]);
  });

  it('names every status in the transition table', () => {
    for (const status of ORDER_STATUSES) {
      for (const to of allowedTransitions(status)) expect(ORDER_STATUSES).toContain(to);
    }
  });
});

describe('money', () => {
  it('reads amounts typed with a dot or a comma into minor units', () => {
    expect(parseMoney('12.5')).toBe(1250);
    expect(parseMoney('1 200,05')).toBe(120005);
    expect(parseMoney('0')).toBe(0);
    expect(parseMoney('-3')).toBeNull();
    expect(parseMoney('12.345')).toBeNull();
    expect(parseMoney('abc')).toBeNull();
  });

  it('totals work and parts and subtracts the prepayment, never below zero', () => {
    const totals = orderTotals(
      [{ quantity: 1, unitPrice: 5000 }],
      [
        { quantity: 2, unitPrice: 1250 },
        { quantity: 1, unitPrice: 999 },
      ],
      2000,
    );
    expect(totals).toEqual({ work: 5000, parts: 3499, total: 8499, prepayment: 2000, due: 6499 });
    expect(orderTotals([], [], 500).due).toBe(0);
  });
});

describe('search keys', () => {
  it('matches phones by their digits and serials without spaces or dashes', () => {
    expect(phoneKey('+7 (912) 555-01-02')).toBe('79125550102');
    expect(serialKey(' fd9807-123456 ')).toBe('FD9807123456');
  });
});
