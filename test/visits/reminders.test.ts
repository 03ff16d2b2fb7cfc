import { describe, expect, it, vi } from 'vitest';
import { startSmtp } from '../notifications/servers.js';
import { emailSettings } from '../notifications/workshop.js';
import { book, installation, visitingWorkshop } from './workshop.js';

describe('reminders of tomorrow\'s visits', () => {
  it('go by e-mail through the outbox once per window; a customer no message reaches is on the list to phone', async () => {
    const smtp = await startSmtp();
    const w = await visitingWorkshop();
    const emailed = await book(w.clerk, installation([w.technician.id]));
    const phoned = await book(w.clerk, installation([w.second.id], { customer: { kind: 'person', name: 'Avi Mizrahi', phones: ['03-555-1212'] }, units: [] , kind: 'home_repair' }));
    const list = await w.clerk.ok('visits.reminders', {});
    expect(list.date).toBe('2026-03-10');
    expect(list.rows.map((r) => [r.visit.number, r.reach])).toEqual([['V-2026-00001', 'phone'], ['V-2026-00002', 'phone']]);

    await w.manager.ok('notifications.saveSettings', emailSettings(smtp.port, { eventsOff: ['received'] }));
    const sent = await w.clerk.ok('visits.reminders.send', {});
    expect(sent.rows.map((r) => [r.visit.number, r.reach, r.reminder])).toEqual([['V-2026-00001', 'message', 'message'], ['V-2026-00002', 'phone', undefined]]);
    await vi.waitFor(() => expect(smtp.mails).toHaveLength(1), { timeout: 30_000 });
    expect(smtp.mails[0].text).toContain('רחוב הרצל 12, דירה 5, תל אביב');
    expect(smtp.mails[0].text).toContain('09:00–10:30');
    await w.clerk.ok('visits.reminders.send', {});
    expect(w.t.backend.store.outbox.all().filter((m) => m.event === 'visit_reminder')).toHaveLength(1);

    const called = await w.clerk.ok('visits.reminders.called', { id: phoned.visit.id });
    expect(called.rows.find((r) => r.visit.id === phoned.visit.id)).toMatchObject({ reminder: 'phone', remindedAt: expect.any(String) });
    // A moved visit is reminded again, of its new window.
    await w.clerk.ok('visits.reschedule', { id: emailed.visit.id, start: '2026-03-10T14:00' });
    await w.clerk.ok('visits.reminders.send', {});
    expect(w.t.backend.store.outbox.all().filter((m) => m.event === 'visit_reminder')).toHaveLength(2);
  });
});
