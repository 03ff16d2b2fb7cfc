// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { api } from '../../renderer/app/api/index.js';
import { OrderSatisfaction } from '../../renderer/orders/OrderSatisfaction.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';

const en = catalogue.en.analytics;

/** The satisfaction form of a handed-back order of the demo that nobody has rated yet. */
function UnratedOrder({ id }: { id: () => string }) {
  const [view, setView] = useState<OrderView>();
  useEffect(() => {
    void api()
      .call('orders.get', { id: id() })
      .then((result) => result.ok && setView(result.value));
  }, [id]);
  return view ? <OrderSatisfaction view={view} /> : null;
}

describe('customer satisfaction after hand-back', () => {
  it('starts with no score picked, saves nothing until the clerk picks one, then saves that one', async () => {
    let orderId = '';
    const { manager } = await renderWithBackend(() => <UnratedOrder id={() => orderId} />, {
      demo: true,
      role: 'clerk',
      prepare: async (t) => {
        orderId = t.backend.store.orders.all().find((o) => o.status === 'issued' && !o.satisfaction)!.id;
      },
    });
    const scores = await screen.findAllByRole('radio');
    expect(scores.map((s) => (s as HTMLInputElement).checked)).toEqual([false, false, false, false, false]);
    const save = screen.getByRole('button', { name: en.saveRating }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(en.comment), 'Quick and polite');
    await user.click(save);
    expect((await manager.ok('orders.get', { id: orderId })).order.satisfaction).toBeUndefined();

    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.click(save);
    await waitFor(async () => expect((await manager.ok('orders.get', { id: orderId })).order.satisfaction).toMatchObject({ score: 4, comment: 'Quick and polite' }));
  });
});
