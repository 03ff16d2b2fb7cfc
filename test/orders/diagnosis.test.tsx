// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { api } from '../../renderer/app/api/index.js';
import { catalogue } from '../../shared/catalogue.js';
import { OrderDetail } from '../../renderer/orders/OrderDetail.js';
import { renderWithBackend } from '../app/harness.js';


const ru = catalogue.ru;

/** The first open order of the demo data, opened as the order screen. */
function FirstOpenOrder() {
  const [id, setId] = useState<string>();
  useEffect(() => {
    void api()
      .call('orders.list', {})
      .then((result) => result.ok && setId(result.value.rows.find((r) => r.status === 'diagnosing' || r.status === 'received')?.id));
  }, []);
  return id ? <OrderDetail id={id} /> : null;
}

describe('defect codes on the diagnosis', () => {
  it('are picked from the catalogue in the interface language and saved with the notes', async () => {
    const { manager } = await renderWithBackend(() => <FirstOpenOrder />, { demo: true, language: 'ru' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: ru.defects.add }));
    const row = document.querySelector('[data-defect-row="0"]') as HTMLElement;
    await waitFor(() => expect(within(row).getByRole('option', { name: /^C10 · Попадание жидкости/ })).toBeTruthy());
    await user.selectOptions(within(row).getByLabelText(ru.defects.kinds.symptom), 'S01');
    await user.selectOptions(within(row).getByLabelText(ru.defects.kinds.cause), 'C10');
    await user.selectOptions(within(row).getByLabelText(ru.defects.kinds.component), 'K01');
    const notes = screen.getByLabelText(ru.order.diagnosis);
    await user.clear(notes);
    await user.type(notes, 'Следы жидкости на основной плате');
    await user.click(screen.getByRole('button', { name: ru.order.saveDiagnosis }));
    const number = document.querySelector('section.order h1 .mono')!.textContent!;
    const { id } = (await manager.ok('orders.find', { code: number }))!;
    await waitFor(async () =>
      expect((await manager.ok('orders.get', { id })).order.diagnosis).toMatchObject({
        notes: 'Следы жидкости на основной плате',
        defects: [{ symptom: 'S01', cause: 'C10', component: 'K01' }],
      }),
    );
    // The order screen reads its documents (opening that collection writes its files): let it finish first.
    await manager.ok('documents.forOrder', { orderId: id });
  });
});
