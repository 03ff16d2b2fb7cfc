// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OrderDetail } from '../../renderer/orders/OrderDetail.js';
import { Shipments } from '../../renderer/shipments/Shipments.js';
import { renderWithBackend } from '../app/harness.js';

/** Rendering a PDF may take a second on a busy machine. */
const slow = { timeout: 10_000 };

/** In a browser the issued PDF opens in a new tab: the tabs the page asked for are what the test looks at. */
const opened: string[] = [];
beforeEach(() => {
  opened.length = 0;
  URL.createObjectURL = (blob: Blob) => `blob:${blob.type}:${opened.length}`;
  vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return null;
  });
});

describe('documents on the order screen', () => {
  it('prints the work completion act of a ready order and its label, and lists both with their kind', async () => {
    const { manager } = await renderWithBackend(() => <OrderDetail id={orderId} />, {
      demo: true,
      prepare: async (_t, manager) => {
        orderId = (await manager.ok('orders.list', { status: 'ready' })).rows[0].id;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Print work completion act' }));
    await screen.findByText(/^CA-\d{4}-00001 · Work completion act/, {}, slow);
    await user.click(screen.getByRole('button', { name: 'Print device label' }));
    await screen.findByText(/^DL-\d{4}-00001 · Device labels/, {}, slow);
    await waitFor(() => expect(opened).toHaveLength(2), slow);
    expect((await manager.ok('documents.forOrder', { orderId })).map((d) => d.kind).sort()).toEqual(['completion_act', 'device_label']);
  });

  it('offers no completion act while the work is not finished', async () => {
    const { manager } = await renderWithBackend(() => <OrderDetail id={orderId} />, {
      demo: true,
      prepare: async (_t, manager) => {
        orderId = (await manager.ok('orders.list', { status: 'received' })).rows[0].id;
      },
    });
    await screen.findByRole('button', { name: 'Print device label' });
    expect(screen.queryByRole('button', { name: 'Print work completion act' })).toBeNull();
    // The screen's document list has been read before the data folder goes away.
    await manager.ok('documents.forOrder', { orderId });
  });

  it('prints the technical condition act from the findings entered', async () => {
    const { manager } = await renderWithBackend(() => <OrderDetail id={orderId} />, {
      demo: true,
      prepare: async (_t, manager) => {
        orderId = (await manager.ok('orders.list', { status: 'received' })).rows[0].id;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByText('Technical condition act', { selector: 'summary' }));
    await user.type(screen.getByLabelText('Found at the examination'), 'Water under the drip tray: seal worn');
    await user.selectOptions(screen.getByLabelText('Cause'), 'wear');
    await user.click(screen.getByRole('button', { name: 'Print technical condition act' }));
    await screen.findByText(/^TC-\d{4}-00001/, {}, slow);
    const [act] = await manager.ok('documents.forOrder', { orderId });
    expect(act.kind).toBe('condition_act');
  });
});

describe('the shipments screen', () => {
  it('sends picked orders in one shipment, prints the waybill, and receives one back', async () => {
    const { manager } = await renderWithBackend(() => <Shipments />, { demo: true });
    const user = userEvent.setup();
    const sendable = (await manager.ok('orders.list', { status: 'in_repair' })).rows[0];
    await user.type(await screen.findByLabelText('Service centre'), 'Bosch Service');
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(sendable.number) }));
    await user.click(screen.getByRole('button', { name: 'Send and print the waybill' }));
    await waitFor(() => expect(opened).toHaveLength(1), slow);
    await user.click(await screen.findByRole('button', { name: 'Receive back' }, slow));
    await waitFor(() => expect(opened).toHaveLength(2), slow);
    const [shipment] = await manager.ok('shipments.list', { status: 'all' });
    expect(shipment.shipment.status).toBe('returned');
    expect(shipment.orders[0].status).toBe('in_repair');
  });
});

let orderId = '';
