import { describe, expect, it } from 'vitest';
import { intakeInput, type Member, openBackend, pdfText, snapshot, staffedWorkshop } from '../platform/helpers.js';

const normalise = (text: string) => text.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, '').replace(/\s+/g, ' ');

/** 22:30 in London on the evening of 1 March 2026: already 2 March in Jerusalem (UTC+2) and Moscow (UTC+3). */
const LATE_EVENING_UTC = new Date('2026-03-01T22:30:00Z');

/** A workshop whose clerk takes a phone in at 22:30 UTC and prints its intake act at once. */
async function lateIntake(settings: { timeZone?: string; dateFormatEn?: 'dd/mm/yyyy' | 'mm/dd/yyyy' | 'yyyy-mm-dd' }) {
  const t = await openBackend({ now: () => LATE_EVENING_UTC });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { workshop: { name: 'FixPoint' }, ...settings });
  const view = await staff.clerk.ok('orders.create', intakeInput());
  return { t, ...staff, view };
}

async function intakeActText(clerk: Member, orderId: string, language: 'en' | 'ru' | 'he') {
  const act = await clerk.ok('orders.intakeAct', { orderId, language });
  const { pdfBase64 } = await clerk.ok('documents.content', { id: act.id });
  return normalise(await pdfText(Buffer.from(pdfBase64, 'base64')));
}

describe("documents date and time instants where the workshop is, as it writes dates", () => {
  it('an act issued at 22:30 UTC in a Jerusalem workshop writing month/day/year is dated 2 March, received at 00:30', async () => {
    const { clerk, view } = await lateIntake({ timeZone: 'Asia/Jerusalem', dateFormatEn: 'mm/dd/yyyy' });
    const en = await intakeActText(clerk, view.order.id, 'en');
    expect(en).toContain('Date 03/02/2026');
    expect(en).toContain('03/02/2026, 00:30');
    expect(en).not.toContain('03/01/2026');
    expect(en).not.toContain('22:30');
    // Hebrew readers write day.month.year whatever the English order; the time is still Jerusalem's.
    const he = await intakeActText(clerk, view.order.id, 'he');
    expect(he).toContain('02.03.2026, 00:30');
    expect(he).not.toContain('22:30');
  });

  it('the same act in a Moscow workshop is dated 02.03.2026 and received at 01:30', async () => {
    const { clerk, view } = await lateIntake({ timeZone: 'Europe/Moscow' });
    const ru = await intakeActText(clerk, view.order.id, 'ru');
    expect(ru).toContain('02.03.2026, 01:30');
    expect(ru).not.toContain('01.03.2026');
    const en = await intakeActText(clerk, view.order.id, 'en');
    expect(en).toContain('02/03/2026, 01:30');
  });

  it('a workshop that has not chosen a zone has the machine’s, and a UTC workshop prints the evening of 1 March', async () => {
    const t = await openBackend({ now: () => LATE_EVENING_UTC });
    expect((await t.public.ok('settings.get', {})).timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const { clerk, view } = await lateIntake({ timeZone: 'UTC' });
    expect(await intakeActText(clerk, view.order.id, 'en')).toContain('01/03/2026, 22:30');
  });

  it('refuses a zone the system does not know, naming the field, and changes nothing stored', async () => {
    const { t, manager } = await lateIntake({ timeZone: 'Asia/Jerusalem' });
    // The stored bytes once every acknowledged save is in its file (the store rewrites them in the background).
    await t.backend.store.flush();
    const before = await snapshot(t.dataDir);
    for (const timeZone of ['Mars/Olympus_Mons', '', '   ', '+02:00x', 'x'.repeat(101)]) {
      expect(await manager.call('settings.update', { timeZone }), timeZone).toMatchObject({ ok: false, error: { code: 'validation', fields: { timeZone: expect.any(String) } } });
    }
    expect(await manager.call('settings.update', { timeZone: 'Mars/Olympus_Mons' })).toMatchObject({ error: { fields: { timeZone: 'invalid_time_zone' } } });
    await t.backend.store.flush();
    expect(await snapshot(t.dataDir)).toEqual(before);
    expect((await manager.ok('settings.get', {})).timeZone).toBe('Asia/Jerusalem');
  });
});
