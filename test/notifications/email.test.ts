import { describe, expect, it, vi } from 'vitest';
import { closedPort, startSilentServer, startSmtp } from './servers.js';
import { emailSettings, makeReady, messageOf, notifyingWorkshop, orderFor } from './workshop.js';
import { snapshot, validImei } from '../platform/helpers.js';

describe('e-mail to the customer through the workshop’s SMTP server', () => {
  it('an order set ready sends the “ready for pickup” e-mail once, in the customer’s language, with the order number and amount due', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port));
    const { order } = await orderFor(w.clerk, { email: 'dana@example.test', language: 'he' });
    await makeReady(w.technician, order.id);

    const ready = await messageOf(w.clerk, order.id, 'ready');
    expect(ready).toMatchObject({ state: 'sent', channel: 'email', to: 'dana@example.test', language: 'he', attempts: 1 });
    const mail = smtp.mails.find((m) => m.subject.includes('מוכנה לאיסוף'))!;
    expect(mail.subject).toBe(`הזמנה ${order.number} מוכנה לאיסוף`);
    expect(mail.to).toEqual(['dana@example.test']);
    expect(mail.from).toBe('service@workshop.test');
    expect(mail.text).toContain(`(הזמנה ${order.number}) מוכן לאיסוף`);
    expect(mail.text).toContain('Samsung Galaxy S23');
    expect(mail.text).toContain('שעות פתיחה: Sun-Thu 9-18');
    expect(mail.text).toContain('Fix-It Lab');
    // Intake told them too; nothing went twice.
    await messageOf(w.clerk, order.id, 'received');
    expect(smtp.mails.map((m) => m.subject)).toEqual([`Fix-It Lab: הזמנה ${order.number} התקבלה`, `הזמנה ${order.number} מוכנה לאיסוף`]);
  });

  it('speaks English to a customer who did not say, when the workshop’s documents are in English', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { email: 'ivan@example.test' });
    await makeReady(w.technician, order.id);
    await messageOf(w.clerk, order.id, 'ready');
    expect(smtp.mails.map((m) => m.subject)).toEqual([`Order ${order.number} is ready for pickup`]);
    expect(smtp.mails[0].text).toMatch(/^Hello Dana Levi, your Samsung Galaxy S23 \(order R-\d{4}-\d{5}\) is ready for pickup\. Amount due: ₪0\.00\. Opening hours: Sun-Thu 9-18\. Fix-It Lab$/);
  });

  it('uses the workshop’s own wording of a message for that language, and the default for the others', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, {
      eventsOff: ['received'],
      templates: { ready: { en: { subject: '{{orderNumber}} done', body: 'Come by, {{customerName}}: {{workshopName}}' } } },
    }));
    const { order } = await orderFor(w.clerk, { email: 'ivan@example.test' });
    await makeReady(w.technician, order.id);
    await messageOf(w.clerk, order.id, 'ready');
    expect(smtp.mails[0]).toMatchObject({ subject: `${order.number} done`, text: 'Come by, Dana Levi: Fix-It Lab' });
  });

  it('an SMTP server that refuses the connection: the message waits with the reason, the order is intact, and it goes once the server is there', async () => {
    const port = await closedPort();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(port, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { email: 'dana@example.test' });
    const view = await makeReady(w.technician, order.id);
    const waiting = await messageOf(w.clerk, order.id, 'ready', (m) => m.attempts === 1 && m.state === 'queued');
    expect(waiting).toMatchObject({ failure: 'unreachable', state: 'queued' });
    expect(waiting.nextAttemptAt! > waiting.updatedAt).toBe(true);
    expect((await w.clerk.ok('orders.get', { id: order.id })).order).toEqual(view.order);

    const smtp = await startSmtp();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received'] }));
    await w.clerk.ok('notifications.sendAgain', { id: waiting.id });
    expect(await messageOf(w.clerk, order.id, 'ready')).toMatchObject({ state: 'sent', attempts: 2, failure: undefined });
    expect(smtp.mails).toHaveLength(1);
  });

  it('an SMTP server that takes the connection and hangs: the try ends after the configured seconds and waits for the next', async () => {
    const silent = await startSilentServer();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(silent.port, { eventsOff: ['received'], timeoutSeconds: 1 }));
    const { order } = await orderFor(w.clerk, { email: 'dana@example.test' });
    await makeReady(w.technician, order.id);
    const waiting = await messageOf(w.clerk, order.id, 'ready', (m) => m.failure !== undefined);
    expect(waiting).toMatchObject({ state: 'queued', failure: 'timeout', attempts: 1 });
    // Other work went on meanwhile: the store was never held by the hung server.
    expect((await w.clerk.ok('orders.get', { id: order.id })).order.status).toBe('ready');
  });

  it('a recipient the server refuses (550) fails for good with the server’s words, and is not tried again', async () => {
    const smtp = await startSmtp({ rejectTo: 'gone@example.test' });
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { email: 'gone@example.test' });
    await makeReady(w.technician, order.id);
    const failed = await messageOf(w.clerk, order.id, 'ready');
    expect(failed).toMatchObject({ state: 'failed', failure: 'rejected', attempts: 1, nextAttemptAt: undefined });
    expect(failed.detail).toContain('Mailbox unavailable');
    expect(smtp.mails).toEqual([]);
  });

  it('a wrong password is said as such, and the password never reaches a screen or the data files', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received'], password: 'wrong' }));
    const settings = await w.manager.ok('notifications.settings', {});
    expect(settings).toMatchObject({ passwordKept: true, authKept: false });
    expect(JSON.stringify(settings)).not.toContain('wrong');
    const { order } = await orderFor(w.clerk, { email: 'dana@example.test' });
    await makeReady(w.technician, order.id);
    expect(await messageOf(w.clerk, order.id, 'ready')).toMatchObject({ state: 'failed', failure: 'auth_failed' });
    for (const [file, text] of await snapshot(w.t.dataDir)) expect(text, file).not.toContain('"wrong"');
  });

  it('the test message of the settings goes at once and says whether it went', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port));
    expect(await w.manager.ok('notifications.sendTest', { channel: 'email', to: 'owner@example.test', language: 'ru' })).toEqual({ sent: true });
    expect(smtp.mails[0]).toMatchObject({ to: ['owner@example.test'], subject: 'Заказ R-0000-00000 готов к выдаче' });
    await w.manager.ok('notifications.saveSettings', emailSettings(await closedPort()));
    expect(await w.manager.ok('notifications.sendTest', { channel: 'email', to: 'owner@example.test' })).toMatchObject({ sent: false, failure: 'unreachable' });
  });

  it('sends each of many queued messages exactly once', async () => {
    const smtp = await startSmtp();
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received'] }));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await orderFor(w.clerk, { email: `c${i}@example.test`, phone: `054-777-12${30 + i}`, imei: validImei(`3529061112340${i}`) })).order.id);
    await Promise.all(ids.map((id) => makeReady(w.technician, id)));
    for (const id of ids) await messageOf(w.clerk, id, 'ready');
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(5));
    expect(new Set(smtp.mails.map((m) => m.to[0])).size).toBe(5);
  });
});
