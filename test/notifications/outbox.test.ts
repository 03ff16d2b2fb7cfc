import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/platform/store/store.js';
import { startGateway, startSmtp } from './servers.js';
import { emailSettings, makeReady, messageOf, notifyingWorkshop, orderFor, smsSettings } from './workshop.js';
import { openBackend, snapshot, TEST_PIN } from '../platform/helpers.js';

describe('SMS through the workshop’s HTTP gateway', () => {
  it('posts the message to the gateway with the number in international form and the authorization header', async () => {
    const gateway = await startGateway();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', smsSettings(gateway.url, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { channel: 'sms', language: 'ru' });
    await makeReady(w.technician, order.id);
    expect(await messageOf(w.clerk, order.id, 'ready')).toMatchObject({ state: 'sent', channel: 'sms', to: '+972547771234' });
    expect(gateway.requests).toHaveLength(1);
    const [request] = gateway.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/send' });
    expect(request.headers.authorization).toBe('Bearer gateway-token');
    expect(request.headers['content-type']).toBe('application/json');
    const body = JSON.parse(request.body) as { to: string; message: string };
    expect(body.to).toBe('+972547771234');
    expect(body.message).toContain(`(заказ ${order.number}) готово к выдаче`);
  });

  it('a gateway answering 500 keeps the message waiting with its reason; sent again it goes, once', async () => {
    const gateway = await startGateway();
    gateway.state.mode = 'error';
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', smsSettings(gateway.url, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { channel: 'sms' });
    const view = await makeReady(w.technician, order.id);
    const waiting = await messageOf(w.clerk, order.id, 'ready', (m) => m.failure !== undefined);
    expect(waiting).toMatchObject({ state: 'queued', failure: 'server_error', attempts: 1 });
    expect(waiting.detail).toContain('HTTP 500');
    expect((await w.clerk.ok('orders.get', { id: order.id })).order).toEqual(view.order);

    gateway.state.mode = 'ok';
    await w.clerk.ok('notifications.sendAgain', { id: waiting.id });
    expect(await messageOf(w.clerk, order.id, 'ready', (m) => m.state === 'sent')).toMatchObject({ attempts: 2, failure: undefined });
    expect(gateway.requests).toHaveLength(2);
    const sent = await w.clerk.call('notifications.sendAgain', { id: waiting.id });
    expect(sent.ok ? undefined : sent.error.fields).toEqual({ id: 'not_failed' });
    expect(gateway.requests).toHaveLength(2);
  });

  it('a gateway that never answers: the try ends after the configured timeout', async () => {
    const gateway = await startGateway();
    gateway.state.mode = 'hang';
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', smsSettings(gateway.url, { eventsOff: ['received'], timeoutSeconds: 1 }));
    const { order } = await orderFor(w.clerk, { channel: 'sms' });
    await makeReady(w.technician, order.id);
    const waiting = await messageOf(w.clerk, order.id, 'ready', (m) => m.failure !== undefined);
    expect(waiting).toMatchObject({ state: 'queued', failure: 'timeout', attempts: 1 });
    expect(gateway.requests).toHaveLength(1);
  });

  it('a customer whose only phone is a landline gets no SMS: the timeline says why, and the gateway hears nothing', async () => {
    const gateway = await startGateway();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', smsSettings(gateway.url, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { channel: 'sms', phone: '03-555-0199' });
    await makeReady(w.technician, order.id);
    expect(await messageOf(w.clerk, order.id, 'ready')).toMatchObject({ state: 'failed', failure: 'no_mobile', attempts: 0 });
    expect(gateway.requests).toEqual([]);
    const compose = await w.clerk.ok('notifications.compose', { orderId: order.id, event: 'ready' });
    expect(compose.failure).toBe('no_mobile');
    expect(compose.whatsApp).toBeUndefined();
  });
});

describe('the customer’s say and the outbox’s promises', () => {
  it('a customer who opted out gets nothing; the change of mind is recorded as a correction, and then they hear', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port));
    const { order, customer } = await orderFor(w.clerk, { email: 'dana@example.test', consent: false });
    await makeReady(w.technician, order.id);
    expect(await w.clerk.ok('notifications.forOrder', { orderId: order.id })).toEqual([]);

    const corrected = await w.clerk.ok('customers.correct', { id: customer.id, notifyConsent: true, notifyLanguage: 'ru', reason: 'Asked for messages at pickup' });
    expect(corrected.corrections).toEqual([
      expect.objectContaining({ field: 'notifyConsent', before: false, after: true, by: w.clerk.id, reason: 'Asked for messages at pickup' }),
      expect.objectContaining({ field: 'notifyLanguage', before: null, after: 'ru' }),
    ]);
    await w.technician.ok('orders.transition', { id: order.id, to: 'in_repair' });
    await w.technician.ok('orders.transition', { id: order.id, to: 'ready' });
    expect(await messageOf(w.clerk, order.id, 'ready')).toMatchObject({ state: 'sent', language: 'ru' });
    expect(smtp.mails.map((m) => m.subject)).toEqual([`Заказ ${order.number} готов к выдаче`]);
  });

  it('nothing is queued while notifications are off', async () => {
    const w = await notifyingWorkshop();
    const { order } = await orderFor(w.clerk, { email: 'dana@example.test' });
    await makeReady(w.technician, order.id);
    expect(await w.clerk.ok('notifications.forOrder', { orderId: order.id })).toEqual([]);
  });

  it('a message the last run was handing over when it stopped is marked interrupted, not sent again by itself', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { email: 'dana@example.test' });
    await w.t.close();
    // What a stop between "sending" and the server's answer leaves on disk.
    const store = await openStore(w.t.dataDir);
    const at = new Date().toISOString();
    await store.exclusive(() =>
      store.outbox.insert({ id: '01JDZ0000000000000000000AA', event: 'ready', channel: 'email', to: 'dana@example.test', language: 'en', subject: 's', body: 'b', orderId: order.id, customerId: order.customerId, key: `ready:${order.id}:x`, state: 'sending', attempts: 1, createdAt: at, updatedAt: at }),
    );
    await store.close();

    const again = await notifyingWorkshopOn(w.t.dataDir);
    expect(await messageOf(again.manager, order.id, 'ready')).toMatchObject({ state: 'failed', failure: 'interrupted', attempts: 1 });
    expect(smtp.mails).toEqual([]);
    // A clerk who learns the customer did not get it sends it again.
    await again.manager.ok('notifications.sendAgain', { id: '01JDZ0000000000000000000AA' });
    expect(await messageOf(again.manager, order.id, 'ready', (m) => m.state === 'sent')).toMatchObject({ attempts: 1 });
    expect(smtp.mails).toHaveLength(1);
  });

  it('the daily check at start-up reminds of an order not collected for the set days, once per time it became ready', async () => {
    const smtp = await startSmtp();
    let now = new Date('2026-03-01T09:00:00Z');
    const w = await notifyingWorkshop({ now: () => now });
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received', 'ready'], reminderDays: 7 }));
    const { order } = await orderFor(w.clerk, { email: 'dana@example.test' });
    await makeReady(w.technician, order.id);
    await w.t.close();

    now = new Date('2026-03-07T09:00:00Z');
    const early = await notifyingWorkshopOn(w.t.dataDir, () => now);
    expect(await early.manager.ok('notifications.forOrder', { orderId: order.id })).toEqual([]);
    await early.t.close();

    now = new Date('2026-03-09T09:00:00Z');
    const late = await notifyingWorkshopOn(w.t.dataDir, () => now);
    expect(await messageOf(late.manager, order.id, 'uncollected')).toMatchObject({ state: 'sent' });
    expect(smtp.mails.map((m) => m.subject)).toEqual([`Reminder: order ${order.number} is waiting for you`]);
    expect(smtp.mails[0].text).toContain('Days waiting: 8.');
    await late.t.close();

    const next = await notifyingWorkshopOn(w.t.dataDir, () => now);
    expect(await next.manager.ok('notifications.forOrder', { orderId: order.id })).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
  });
});

describe('the notification settings', () => {
  it('refuse a template with an unknown placeholder, naming the field and the word, and change nothing', async () => {
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(2525));
    // Every acknowledged save in its file (the journal is rewritten into the files in the background).
    await w.t.backend.store.flush();
    const before = await snapshot(w.t.dataDir);
    const refused = await w.manager.call('notifications.saveSettings', emailSettings(2525, {
      templates: { ready: { he: { subject: 'הזמנה {{orderNumber}}', body: 'שלום {{customerName}}, לתשלום {{amountToPay}}' } } },
    }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.fields).toEqual({ 'templates.ready.he.body': 'unknown_placeholder' });
    expect(refused.error.message).toContain('{{amountToPay}}');
    await w.t.backend.store.flush();
    expect(await snapshot(w.t.dataDir)).toEqual(before);
  });

  it('are a manager’s: a clerk and a technician are refused through the channels', async () => {
    const w = await notifyingWorkshop();
    for (const member of [w.clerk, w.technician]) {
      for (const result of [
        await member.call('notifications.settings', {}),
        await member.call('notifications.saveSettings', emailSettings(2525)),
        await member.call('notifications.sendTest', { channel: 'email', to: 'x@example.test' }),
      ]) {
        expect(result.ok ? undefined : result.error.code).toBe('forbidden');
      }
    }
  });

  it('give the clerk a WhatsApp and an SMS link prefilled with the message, the phone in international form', async () => {
    const w = await notifyingWorkshop();
    const { order } = await orderFor(w.clerk, { language: 'he' });
    await makeReady(w.technician, order.id);
    const compose = await w.clerk.ok('notifications.compose', { orderId: order.id, event: 'ready' });
    expect(compose.phone).toBe('+972547771234');
    expect(compose.whatsApp).toBe(`https://wa.me/972547771234?text=${encodeURIComponent(compose.text)}`);
    expect(compose.sms).toBe(`sms:+972547771234?body=${encodeURIComponent(compose.text)}`);
    expect(compose.text).toContain(`הזמנה ${order.number}`);
  });
});

async function notifyingWorkshopOn(dataDir: string, now?: () => Date) {
  const t = await openBackend({ dataDir, now });
  const staff = await t.public.ok('staff.list', {});
  const manager = await t.signIn(staff.find((s) => s.role === 'manager')!, TEST_PIN);
  return { t, manager };
}
