import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from './helpers.js';

describe('CSV exports through the one shared writer', () => {
  it('makes a multi-line cell that starts like a formula, and each of its lines, plain text in the analytics export', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-02T09:00:00Z') });
    const { manager } = await staffedWorkshop(t);
    const name = '=HYPERLINK("http://x.example","click")\n+cmd|calc';
    const sly = await manager.ok('staff.create', { name, role: 'technician', pin: '2468' });
    const { order } = await manager.ok('orders.create', intakeInput({ imei: validImei('35290611000021') }));
    await manager.ok('orders.assign', { id: order.id, technicianId: sly.id });
    const csv = await manager.ok('analytics.export', { from: '2026-03-01', to: '2026-03-31', format: 'csv', table: 'technicians', language: 'en' });
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8').replace(/^\ufeff/, '');
    const cells = Papa.parse<string[]>(text, { delimiter: ',' }).data.flat();
    expect(cells).toContain(`'=HYPERLINK("http://x.example","click")\n'+cmd|calc`);
    for (const cell of cells) expect(cell).not.toMatch(/(^|[\r\n])[=+\-@\t\r]/);
  });
});
