// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuditSection } from '../../renderer/data/AuditSection.js';
import { catalogue } from '../../shared/catalogue.js';
import { DEMO_PIN } from '../../electron/app/demo.js';
import { renderWithBackend } from '../app/harness.js';

const ULID = /[0-9A-HJKMNP-TV-Z]{26}/;

describe('the audit log screen', () => {
  for (const [language, words] of [
    ['en', { show: catalogue.en.audit.show, diagnosed: ': diagnosis recorded', order: 'Order ', customer: 'Customer ', corrected: ': customer details corrected' }],
    ['ru', { show: catalogue.ru.audit.show, diagnosed: ': записан диагноз', order: 'Заказ ', customer: 'Клиент ', corrected: ': исправлены данные клиента' }],
  ] as const) {
    it(`says in ${language} which order or customer changed, what was done and by whom, without channel names or ids`, async () => {
      let number = '';
      let customerName = '';
      let technicianName = '';
      await renderWithBackend(() => <AuditSection />, {
        demo: true,
        language,
        prepare: async (t, manager) => {
          const technicianRecord = t.backend.store.staff.all().find((m) => m.role === 'technician')!;
          const technician = await t.signIn(technicianRecord, DEMO_PIN);
          technicianName = technicianRecord.name;
          const order = t.backend.store.orders.all().find((o) => o.status === 'diagnosing' || o.status === 'received')!;
          number = order.number;
          await technician.ok('orders.diagnose', { id: order.id, notes: 'Display cable loose' });
          const customer = t.backend.store.customers.get(order.customerId)!;
          customerName = customer.name;
          await manager.ok('customers.correct', { id: customer.id, email: 'new@example.com', reason: 'Typo at intake' });
        },
      });
      await userEvent.setup().click(screen.getByRole('button', { name: words.show }));
      const rows = await screen.findAllByRole('row');
      const diagnosis = await waitFor(() => {
        const row = rows.find((r) => r.textContent?.includes(`${words.order}${number}${words.diagnosed}`));
        expect(row, `a row "${words.order}${number}${words.diagnosed}"`).toBeTruthy();
        return row!;
      });
      expect(diagnosis.textContent).toContain(technicianName);
      expect(rows.some((r) => r.textContent?.includes(`${words.customer}${customerName}${words.corrected}`))).toBe(true);
      const body = document.querySelector('table')!.textContent!;
      expect(body).not.toMatch(ULID);
      expect(body).not.toMatch(/orders\.diagnose|customers\.correct|app\.loadDemo/);
    });
  }
});
