// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useTransport } from '../../renderer/app/api/index.js';
import { Parts } from '../../renderer/parts/Parts.js';
import type { ChannelName } from '../../shared/channels.js';
import { useParts } from '../../renderer/parts/store.js';
import { sessionToken } from '../../renderer/app/api/client.js';
import { renderWithBackend } from '../app/harness.js';

const skus = () => [...document.querySelectorAll('tr[data-sku]')].map((row) => row.getAttribute('data-sku'));

describe('the parts screen', () => {
  it('lists the catalogue with stock from the ledger and narrows it by a compatible model', async () => {
    useParts.setState({ query: '', attention: false });
    await renderWithBackend(() => <Parts />, { demo: true });
    await waitFor(() => expect(skus()).toEqual(['BAT-S23', 'GLUE-B7000', 'PUMP-BSH-E18', 'SCR-S23']));
    const display = document.querySelector('tr[data-sku="SCR-S23"]')!;
    expect(display.className).toBe('attention');
    expect(within(display as HTMLElement).getByText('1 lacking for orders')).toBeTruthy();
    await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Search by SKU, name or compatible model' }), 'WAN24140');
    await waitFor(() => expect(skus()).toEqual(['PUMP-BSH-E18']));
  });

  it('searches when the typing pauses, and shows the answer to the newest search only', async () => {
    useParts.setState({ query: '', attention: false });
    const { t } = await renderWithBackend(() => <Parts />, { demo: true });
    await waitFor(() => expect(skus()).toHaveLength(4));
    const queries: string[] = [];
    let answerFirst!: () => void;
    const firstMayAnswer = new Promise<void>((resolve) => (answerFirst = resolve));
    let firstAnswered: Promise<unknown> = Promise.resolve();
    useTransport((channel, input) => {
      const answer = () => t.send(channel as ChannelName, structuredClone(input), sessionToken());
      if (channel !== 'parts.list') return answer();
      queries.push((input as { query: string }).query);
      // The first search answers last, once the newer one is on screen: no timer decides the order.
      if (queries.length > 1) return answer();
      const answered = firstMayAnswer.then(answer);
      firstAnswered = answered;
      return answered;
    });
    const box = screen.getByRole('searchbox', { name: 'Search by SKU, name or compatible model' });
    /** Keystrokes 30 ms apart in fake time: quicker than the store's 50 ms pause, however slow the machine. */
    const type = async (word: string) => {
      for (let i = 1; i <= word.length; i++) {
        fireEvent.change(box, { target: { value: word.slice(0, i) } });
        await act(() => vi.advanceTimersByTimeAsync(30));
      }
    };
    // Fake time moves only when the test moves it, so that no search starts in the middle of a word.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await type('BAT');
      expect(queries).toEqual([]);
      await act(() => vi.advanceTimersByTimeAsync(20));
      expect(queries).toEqual(['BAT']);
      await type('WAN24140');
      await act(() => vi.advanceTimersByTimeAsync(20));
      expect(queries).toEqual(['BAT', 'WAN24140']);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(skus()).toEqual(['PUMP-BSH-E18']));
    // Now the stale answer arrives; once it has been handled, the newer answer is still the one shown.
    await act(async () => {
      answerFirst();
      await firstAnswered;
    });
    await act(() => new Promise<void>((resolve) => setImmediate(resolve)));
    expect(skus()).toEqual(['PUMP-BSH-E18']);
    expect(queries).toEqual(['BAT', 'WAN24140']);
  });

  it('says next to the field that a SKU is taken, in the user’s language', async () => {
    useParts.setState({ query: '', attention: false });
    await renderWithBackend(() => <Parts />, { demo: true, language: 'ru' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Новая запчасть' }));
    const form = screen.getByRole('form', { name: 'Новая запчасть' });
    await user.type(within(form).getByLabelText('Артикул'), 'scr-s23');
    await user.type(within(form).getByLabelText('Наименование'), 'Дисплей');
    await user.click(within(form).getByRole('button', { name: 'Добавить запчасть' }));
    expect(await within(form).findByText('Уже существует.')).toBeTruthy();
    expect(within(form).getByLabelText('Артикул').getAttribute('aria-invalid')).toBe('true');
  });

  it('gathers a requisition for the order waiting for its display', async () => {
    useParts.setState({ query: '', attention: false });
    await renderWithBackend(() => <Parts />, { demo: true });
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Waiting & arrived' }));
    await waitFor(() => expect(document.querySelectorAll('tr[data-waiting]')).toHaveLength(1));
    await user.click(screen.getByRole('tab', { name: 'Requisitions' }));
    await user.click(screen.getByRole('button', { name: 'Gather requisitions' }));
    const card = await screen.findByRole('form', { name: /^RQ-/ });
    expect((within(card).getByLabelText('Quantity SCR-S23') as HTMLInputElement).value).toBe('2');
    expect(within(card).queryByLabelText('Quantity BAT-S23')).toBeNull();
  });
});
